"""Bulk writes in a team library (``BulkStore``): articles by COPY, annotations in one
pipelined batch (COPY would bypass row-level security, so the server refuses it), the
search index and the per-article counts brought up to date set-based, with the row
triggers that would do it row by row skipped for the batch (``kutip.bulk``, a setting of
this transaction only, which those triggers honour)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg import sql

from .connection import PgDatabase


def _copy(db: PgDatabase, table: str, columns: Sequence[str],
          rows: Sequence[Sequence[Any]]) -> None:
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
    with db.pg.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([int(v) if isinstance(v, bool) else v for v in row])


class PgBulk:
    def __init__(self, db: PgDatabase):
        self.db = db

    def insert_articles(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self.db.transaction():
            last = int(self.db.value("SELECT coalesce(max(id), 0) FROM articles"))
            self.db.execute("SELECT set_config('kutip.bulk', 'on', true)")
            _copy(self.db, "articles", columns, rows)
            self.db.execute("SELECT set_config('kutip.bulk', '', true)")
            self.db.execute("SELECT kutip_index_articles(?)", [last])  # (migration 0014)

    def next_annotation_id(self) -> int:
        return int(self.db.value("SELECT greatest(coalesce(max(id), 0),"
                                 " (SELECT last_value FROM pg_sequences WHERE sequencename ="
                                 " 'annotations_id_seq')) + 1 FROM annotations"))

    def insert_annotations(self, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                           tag_links: Sequence[tuple[int, int]]) -> None:
        if "id" not in columns:
            raise ValueError("Bulk annotations come with their ids (next_annotation_id).")
        if not rows:
            return
        at = list(columns).index("id")
        first = min(row[at] for row in rows)
        last = max(row[at] for row in rows)
        with self.db.transaction():
            self.db.execute("SELECT set_config('kutip.bulk', 'on', true)")
            # (not COPY: a coder's rows pass row-level security, which COPY refuses)
            names = ", ".join(f'"{c}"' for c in columns)
            self.db.executemany(f"INSERT INTO annotations ({names}) VALUES"
                                f" ({', '.join('?' * len(columns))})", rows)
            self.db.execute("SELECT set_config('kutip.bulk', '', true)")
            # the search documents and the counts, with the owner's rights (migration 0014)
            self.db.execute("SELECT kutip_index_annotations(?)", [first])
            self.db.execute("SELECT kutip_ids_taken('annotations_id_seq', ?)", [last])
            if tag_links:
                self.db.executemany("INSERT INTO annotation_tags (annotation_id, tag_id)"
                                    " VALUES (?, ?) ON CONFLICT DO NOTHING", list(tag_links))
