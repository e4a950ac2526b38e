"""Inputs that once took seconds stay bounded; the tests check the results, the time is
measured here, as a ratio in the same run.

- Hostile Markdown (issue 17.11): each pathological input of
  ``tests/test_markdown_bounded.py`` against ordinary Markdown prose of the same length.
  Python-Markdown once spent 46 s on 32 KB of ``[`` and the import could not be cancelled.
- Re-anchoring an edited quote near the end of a long article (~56,000 characters, as in
  ``tests/test_anchoring.py``) against the same quote in the short seed article: the fuzzy
  search looks near the quote's old place, not through the whole text.

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


def bench_long_reanchor() -> list[Row]:
    from reader.core.anchoring import make_selector, reanchor
    from tests.test_anchoring import LAVROV, TEXT

    def seconds(text: str) -> float:
        at = text.rindex(LAVROV)
        sel = make_selector(text, at, at + len(LAVROV))
        edited = text[:at] + "Kami tdak ingin berperang" + text[at + len(LAVROV):]
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            reanchor(edited, sel["exact"], sel["prefix"], sel["suffix"], sel["start"],
                     sel["end"])
            best = min(best, time.perf_counter() - started)
        return best

    long_text = " ".join(f"kata{i}" for i in range(6000)) + "\n\n" + TEXT
    return [Row("re-anchor an edited quote in a long article", seconds(long_text) * 1e3,
                seconds(TEXT) * 1e3, "ms", "≤ 10",
                f"{len(long_text):,} characters vs the {len(TEXT):,}-character seed article")]


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

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(1 if print_table(bench_hostile_markdown() + bench_long_reanchor()) else 0)
