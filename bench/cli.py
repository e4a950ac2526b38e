"""The command line as whole processes (issue 12): ``kutip`` against a raw script.

Each ``kutip`` command runs as its own Python process (``python -c "from reader.cli import
main; main()" …``), exactly as a user's shell starts it, and is compared with a process doing
the same work with nothing but ``click`` and ``sqlite3``: the same queries, the same lines
printed. Runs alternate between the two so load on the machine hits both alike; the figure is
the median CPU time (user + system) of the runs, and a row passes only when the ratio of the
wall-clock medians (in the note) meets the target too. Output goes to a pipe (``/dev/null``),
as when piped into ``less``.

    python bench/cli.py --db bench/out/library.sqlite      # this section alone
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import Row  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KUTIP = "from reader.launcher import main; main()"  # (the `kutip` command's entry point)

# The baselines: click + sqlite3, the same queries and output as kutip's commands.
RAW_PRELUDE = """
import sqlite3, sys
import click

def connect(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
"""

RAW_VERSION = "import click"

RAW_SEARCH = RAW_PRELUDE + """
@click.command()
@click.option("--db")
@click.argument("query")
def main(db, query):
    conn = connect(db)
    fq = '"' + query.replace('"', '""') + '"'
    # as kutip does: rank, limit and snip inside each FTS table, then read the heads
    a = conn.execute(
        "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS r,"
        " snippet(articles_fts, 1, '[', ']', '…', 16)"
        " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY r LIMIT 20", [fq]).fetchall()
    n = conn.execute(
        "SELECT rowid, bm25(annotations_fts) AS r,"
        " snippet(annotations_fts, -1, '[', ']', '…', 16)"
        " FROM annotations_fts WHERE annotations_fts MATCH ? ORDER BY r LIMIT 20",
        [fq]).fetchall()
    notes = {i: (article, kind) for i, article, kind in conn.execute(
        "SELECT id, article_id, kind FROM annotations WHERE id IN (%s)"
        % ",".join(str(row[0]) for row in n))} if n else {}
    hits = sorted([(i, r, s, i, "") for i, r, s in a]
                  + [(i, r, s, *notes[i]) for i, r, s in n if i in notes],
                  key=lambda row: row[1])[:20]
    heads = {i: (t, src) for i, t, src in conn.execute(
        "SELECT id, title, source FROM articles WHERE id IN (%s)"
        % ",".join(str(h[3]) for h in hits))} if hits else {}
    for i, _, snippet, article, kind in hits:
        title, source = heads[article]
        where = f"article {article}" + (f", {kind} #{i}" if kind else "")
        click.echo(f"{title} ({source or 'no source'}; {where})")
        click.echo(f"    {' '.join(snippet.split())}")

main()
"""

RAW_LIST = RAW_PRELUDE + """
@click.command()
@click.option("--db")
@click.option("--limit", type=int, default=-1)
def main(db, limit):
    conn = connect(db)
    rows = conn.execute("SELECT id, published, source, quotes, claims, highlights, title"
                        " FROM articles ORDER BY id LIMIT ?", [limit])
    out, lines = sys.stdout, []
    for id_, published, source, q, c, h, title in rows:
        counts = f"{q}q {c}c {h}h"
        lines.append(f"{id_:>6}  {published or '-':<10}  {source or '-':<12.12}  "
                     f"{counts:<11}  {title}\\n")
        if len(lines) == 1000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))

main()
"""

RAW_SHOW = RAW_PRELUDE + """
@click.command()
@click.option("--db")
@click.argument("article_id", type=int)
def main(db, article_id):
    conn = connect(db)
    row = conn.execute("SELECT title, source, authors, editor, dateline, published, url,"
                       " language, text FROM articles WHERE id = ?", [article_id]).fetchone()
    click.echo(row[0])
    for label, value in zip(("source", "authors", "editor", "dateline", "published", "url",
                             "language"), row[1:8]):
        if value:
            click.echo(f"{label + ':':<11}{value}")
    click.echo("")
    click.echo(row[8])
    notes = conn.execute(
        "SELECT n.id, n.kind, n.start, n.\\"end\\", n.exact, coalesce(s.name, ''), n.note,"
        " (SELECT group_concat(t.name, ', ') FROM annotation_tags nt JOIN tags t"
        "  ON t.id = nt.tag_id WHERE nt.annotation_id = n.id)"
        " FROM annotations n LEFT JOIN speakers s ON s.id = n.speaker_id"
        " WHERE n.article_id = ? ORDER BY n.start IS NULL, n.start, n.\\"end\\", n.id",
        [article_id]).fetchall()
    click.echo("")
    click.echo(f"{len(notes)} annotation(s)")
    for id_, kind, start, end, exact, speaker, note, tags in notes:
        who = f" — {speaker}" if speaker else ""
        click.echo(f"#{id_} {kind} {start}–{end}: “{exact}”{who}" + (f" [{tags}]" if tags else ""))
        if note:
            click.echo(f"    note: {note}")

main()
"""


RAW_CSV = RAW_PRELUDE + """
import csv

COLUMNS = ("article_id", "article_title", "source", "authors", "published", "url",
           "annotation_id", "kind", "exact", "speaker", "tags", "verdict", "note", "start",
           "end", "prefix", "suffix", "anchor", "created_at", "updated_at", "coder",
           "language", "article_uuid", "annotation_uuid")
FORMULA = ("=", "+", "-", "@", "\\t", "\\r")

@click.command()
@click.option("--db")
@click.option("--article", type=int, default=None)
def main(db, article):
    conn = connect(db)
    rows = conn.execute(
        "SELECT a.id, a.title, a.source, a.authors, a.published, a.url, n.id, n.kind, n.exact,"
        " coalesce(s.name, ''), (SELECT group_concat(t.name, char(31)) FROM"
        "  annotation_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = n.id),"
        " n.verdict, n.note, n.start, n.\\"end\\", n.prefix, n.suffix, n.anchor,"
        " n.created_at, n.updated_at, coalesce(c.name, ''), a.language, a.uuid, n.uuid"
        " FROM annotations n JOIN articles a ON a.id = n.article_id"
        " LEFT JOIN speakers s ON s.id = n.speaker_id LEFT JOIN coders c ON c.id = n.coder_id"
        + (" WHERE a.id = ?" if article else "")
        + " ORDER BY a.id, n.start IS NULL, n.start, n.id",
        [article] if article else [])
    out = sys.stdout
    out.reconfigure(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        row = list(row)  # tags sorted case-blind, as kutip lists them
        row[10] = "; ".join(sorted(row[10].split(chr(31)), key=str.lower)) if row[10] else ""
        writer.writerow(["'" + v if isinstance(v, str) and v.startswith(FORMULA) else v
                         for v in row])

main()
"""


@dataclass
class ProcessRow(Row):
    """A whole-process row: ``value``/``baseline`` are CPU-time medians (the ratio shown);
    it passes only when the wall-clock medians' ratio meets the target as well."""

    wall: float = 0.0
    wall_baseline: float = 0.0

    @property
    def wall_ratio(self) -> float:
        return self.wall / self.wall_baseline if self.wall_baseline else float("inf")

    @property
    def passed(self) -> bool:
        return super().passed and self.meets(self.wall_ratio)


def _env(home: str, bytecode: bool = True) -> dict[str, str]:
    """A user's environment: their own config dirs, and Python's bytecode cache allowed (as
    an installed package has it; kept in ``home`` so the checkout is not written to)."""
    path = os.environ.get("PYTHONPATH", "")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + (os.pathsep + path if path else ""),
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """One process: (its CPU time, user + system; wall-clock time). Runs are one at a
    time, so the children's CPU this process has reaped grows by this child's alone."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=env["HOME"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace").strip().splitlines()[-1])
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return cpu, wall


def _output(code: str, args: list[str], env: dict[str, str]) -> bytes:
    return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=env["HOME"],
                          capture_output=True, timeout=300, check=True).stdout


def _pair(name: str, kutip_args: list[str], raw: str, raw_args: list[str], runs: int,
          target: str, note: str, env: dict[str, str], same_output: bool = False) -> Row:
    """CPU-time medians of ``runs`` kutip processes alternating with the baseline's (the
    machine is shared: wall-clock ratios move with the load); wall medians in the note.
    ``same_output``: first check that both print the same bytes."""
    if same_output and _output(KUTIP, kutip_args, env) != _output(raw, raw_args, env):
        raise RuntimeError(f"{name}: the baseline's output differs from kutip's")
    _run(KUTIP, kutip_args, env), _run(raw, raw_args, env)  # warm the caches for both
    mine, base = [], []
    for _ in range(runs):
        mine.append(_run(KUTIP, kutip_args, env))
        base.append(_run(raw, raw_args, env))

    def median(samples: list[tuple[float, float]], i: int) -> float:
        return statistics.median(sample[i] for sample in samples) * 1e3

    row = ProcessRow(name, median(mine, 0), median(base, 0), "ms", target, "",
                     median(mine, 1), median(base, 1))
    row.note = (f"CPU, median of {runs} processes alternating; wall {row.wall_ratio:.2f}"
                f" ({row.wall:.0f} / {row.wall_baseline:.0f} ms), must pass too; load average"
                f" {os.getloadavg()[0]:.1f}; {note}")
    return row


def _small_library(folder: Path) -> Path:
    """A one-article library made through kutip itself (the seed-free path)."""
    from reader.core.library import Library

    path = folder / "one.sqlite"
    with Library(path) as library:
        report = library.imports.text(
            "Lavrov: kami tidak ingin berperang\n\nMenteri Luar Negeri Rusia Sergei Lavrov"
            " mengatakan, \"Kami tidak ingin berperang dengan siapa pun.\" Pernyataan itu"
            " disampaikan di Moskwa pada Selasa.", name="bench")
        article_id = report.imported[0][1]
        library.annotations.add_exact(article_id, "Kami tidak ingin berperang", kind="quote",
                                      speaker="Lavrov")
    return path


def bench_cli(db: Path, runs: int = 7) -> list[Row]:
    results: list[Row] = []
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        small = _small_library(Path(home))
        results.append(_pair("CLI: kutip --version", ["--version"], RAW_VERSION, [], runs,
                             "≤ 1.3", "baseline: python -c 'import click'", env))
        results.append(_pair("CLI: kutip --help", ["--help"], RAW_VERSION, [], runs,
                             "≤ 1.3", "baseline: python -c 'import click'", env))
        raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        article = raw.execute("SELECT article_id FROM annotations GROUP BY article_id"
                              " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        raw.close()
        for label, path, article_id in (("1 article", small, 1), ("100k", db, article)):
            results.append(_pair(f"CLI: kutip search ({label})",
                                 ["--db", str(path), "search", "berperang"], RAW_SEARCH,
                                 ["--db", str(path), "berperang"], runs, "≤ 1.5",
                                 "baseline: click + sqlite3, the same two FTS5 queries", env))
            results.append(_pair(f"CLI: kutip list --limit 20 ({label})",
                                 ["--db", str(path), "list", "--limit", "20"], RAW_LIST,
                                 ["--db", str(path), "--limit", "20"], runs, "≤ 1.5",
                                 "baseline: click + sqlite3, one SELECT … LIMIT 20", env))
            results.append(_pair(f"CLI: kutip show ({label})",
                                 ["--db", str(path), "show", str(article_id)], RAW_SHOW,
                                 ["--db", str(path), str(article_id)], runs, "≤ 1.5",
                                 "baseline: click + sqlite3, article + its annotations", env))
            csv_args = [] if label == "1 article" else ["--article", str(article_id)]
            results.append(_pair(f"CLI: kutip export --format csv ({label})",
                                 ["--db", str(path), "export", "--format", "csv", *csv_args],
                                 RAW_CSV, ["--db", str(path), *csv_args], runs, "≤ 1.5",
                                 "baseline: click + sqlite3 + csv, the same columns"
                                 + (" (the article with most annotations)" if csv_args
                                    else ""), env, same_output=True))
        results.append(_pair("CLI: kutip list, all rows (100k)", ["--db", str(db), "list"],
                             RAW_LIST, ["--db", str(db)], max(3, runs // 2), "≤ 1.5",
                             "baseline: click + sqlite3, one streamed SELECT", env))
    return results


def main(argv: list[str] | None = None) -> int:
    from bench.generate import DEFAULT_OUT
    from bench.run import print_table

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    return 1 if print_table(bench_cli(args.db, args.runs)) else 0


if __name__ == "__main__":
    sys.exit(main())
