"""Full-text search in SQLite (``SearchStore``) over the FTS5 indexes; the heads of the rows
shown are read by portable SQL (``store.portable.search``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.search import PortableSearch
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


#: the full-text indexes a purge may be owed for (``search_purge_owed``, migration 0032)
PURGED = ("articles_fts", "annotations_fts")


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint of ``blob`` at ``at``: (its value, where the next one starts)."""
    value = 0
    for i in range(9):
        byte = blob[at]
        at += 1
        if i == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at


def segments(blob: bytes | None) -> tuple[int, bool]:
    """(how many segments, whether a merge is under way) of an FTS5 index, read from its
    structure record (``_data`` row 10: a 4-byte cookie, then varints: levels, segments,
    writes, and per level the segments being merged, the count and each segment's id and
    first and last page; ``fts5StructureDecode`` in SQLite's ``fts5_index.c``)."""
    if not blob:
        return 0, False
    levels, at = _varint(blob, 4)
    count, at = _varint(blob, at)
    _, at = _varint(blob, at)
    merging = False
    for _ in range(levels):
        in_merge, at = _varint(blob, at)
        merging = merging or in_merge > 0
        listed, at = _varint(blob, at)
        for _ in range(3 * listed):
            _, at = _varint(blob, at)
    return count, merging


class SqliteSearch(PortableSearch):
    """FTS5 over ``articles_fts`` and ``annotations_fts``: rank, limit and snip inside each
    index first, then read the heads of only the rows shown (joining before ``ORDER BY rank
    LIMIT`` would read the row of every match)."""

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db

    def _ranked(self, table: str, weights: str, column: int, query: str, limit: int,
                marks: tuple[str, str]) -> list[tuple[int, float, str]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            f"SELECT rowid, bm25({table}{weights}) AS rank,"
            f" snippet({table}, {column}, ?, ?, '…', 16)"
            f" FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
            [marks[0], marks[1], query, limit])]

    def ranked_articles(self, query: str, limit: int, marks: tuple[str, str]
                        ) -> list[tuple[int, float, str]]:
        return self._ranked("articles_fts", ", 5.0, 1.0", 1, query, limit, marks)

    def ranked_annotations(self, query: str, limit: int, marks: tuple[str, str]
                           ) -> list[tuple[int, float, str]]:
        return self._ranked("annotations_fts", "", -1, query, limit, marks)

    def purge_owed(self) -> bool:
        return self.db.execute("SELECT 1 FROM search_purge_owed LIMIT 1").fetchone() is not None

    def purge_step(self, pages: int) -> bool:
        """One bounded merge step of the first index owed a purge: FTS5's ``merge`` writes
        about ``pages`` pages (of 4 KB) and commits with the caller's transaction; an
        incremental merge goes on across transactions. Started with a negative count, a
        merge takes in every segment, whatever its level; once the index is one segment
        (the oldest, where a merge drops the delete markers and the entries they hide) and
        no merge is under way, its note is taken away: its deleted words are gone (pages
        freed are zeroed where SQLite deletes securely, as Debian and Ubuntu build it)."""
        for (fts,) in self.db.execute(
                "SELECT fts FROM search_purge_owed ORDER BY fts").fetchall():
            if fts not in PURGED:
                self.db.execute("DELETE FROM search_purge_owed WHERE fts = ?", [fts])
                continue
            count, merging = segments(self._structure(fts))
            if count <= 1 and not merging:
                self.db.execute("DELETE FROM search_purge_owed WHERE fts = ?", [fts])
                continue
            self.db.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('merge', ?)",
                            [pages if merging else -pages])
            count, merging = segments(self._structure(fts))
            if count <= 1 and not merging:
                self.db.execute("DELETE FROM search_purge_owed WHERE fts = ?", [fts])
            return not self.purge_owed()
        return True

    def _structure(self, fts: str) -> bytes | None:
        row = self.db.execute(f"SELECT block FROM {fts}_data WHERE id = 10").fetchone()
        return bytes(row[0]) if row else None
