"""Hostile Markdown stays bounded (issue 17.11): each pathological input of
``tests/test_markdown_bounded.py`` against ordinary Markdown prose of the same length.

Python-Markdown once spent 46 s on 32 KB of ``[`` (an ordinary file of that size takes a
few milliseconds), and the import could not be cancelled meanwhile. The tests check that
every character is kept; the time is measured here, as a ratio in the same run.

    python bench/hostile.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import Row  # noqa: E402

#: the slowest hostile input may take this many times an ordinary text of its length
TARGET = "≤ 5"
ORDINARY = ("Menteri **Luar Negeri** berkata di [Moskow](https://example.org/berita) bahwa "
            "perundingan *akan* berlanjut; `catatan` redaksi.\n\n")


def _import_seconds(text: str) -> float:
    from reader.core.importers import article_from_text

    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        article_from_text("Judul berita\n\n" + text + "\n\nAkhir berita.", fmt="md")
        best = min(best, time.perf_counter() - started)
    return best


def bench_hostile_markdown() -> list[Row]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.test_markdown_bounded import HOSTILE

    rows = []
    for name in sorted(HOSTILE):
        text = HOSTILE[name]
        ordinary = (ORDINARY * (len(text) // len(ORDINARY) + 1))[:len(text)]
        rows.append(Row(f"markdown import: {name}", _import_seconds(text) * 1e3,
                        _import_seconds(ordinary) * 1e3, "ms", TARGET,
                        f"{len(text):,} characters vs ordinary Markdown of that length"))
    return rows


if __name__ == "__main__":
    from bench.run import print_table

    sys.exit(1 if print_table(bench_hostile_markdown()) else 0)
