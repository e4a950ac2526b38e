"""suggest() on one long paragraph: a pasted transcript or a digest of many stories
(review R16-12: 130k words took 19 s CPU, growing 4x per doubling).

    PYTHONPATH=. python bench/quotes_long.py

Texts, from the real dev articles (tests/data/quotes_real/dev; sources in its README) with
every line break taken out, so the whole text is one paragraph:

- transcript: the last 12 dev articles again and again (the same people throughout, as in
  a transcript);
- digest: the dev articles one after another (a new story, new names, every few hundred
  words).

For each, the CPU time of a first suggest() (nothing remembered) at 40k and 100k words, best
of a few runs, and the ratio: linear growth is 2.5 (100k / 40k words). Target: the
transcript's ratio <= 2.5 x 1.2 (CPU time on a shared machine wobbles by that). The
digest's is printed, not held to it: its cast grows with its length, and each name is
compared with the cast's names of the same initial (names.People._candidates, _misspelt).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.quotes import long_article  # noqa: E402
from reader.core.quotes import suggest  # noqa: E402
from reader.core.quotes.engine import forget_analyses  # noqa: E402
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold  # noqa: E402

SIZES = (40_000, 100_000)
TARGET = 2.5 * 1.2


def one_paragraph(articles, words: int) -> str:
    """``bench/quotes.py``'s long article of ``words`` words, as one paragraph."""
    return " ".join(long_article(articles, words).split())


def first_suggest(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        forget_analyses()
        t0 = time.process_time()
        suggest(text)
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    dev = load_gold(REAL_DEV_DIR)
    ok = True
    for name, articles in (("transcript", dev[-12:]), ("digest", dev)):
        texts = [one_paragraph(articles, n) for n in SIZES]
        times = [first_suggest(t, 3) for t in texts]
        ratio = times[1] / times[0]
        held = name == "transcript"
        if held:
            ok &= ratio <= TARGET
        sizes = zip(texts, times, strict=True)
        print(f"{name}: suggest() on one paragraph of "
              + ", ".join(f"{len(t.split())} words {s:.2f} s" for t, s in sizes)
              + f" CPU; ratio {ratio:.2f} (linear 2.5"
              + (f", target <= {TARGET:.1f})" if held else ", not held to a target)"))
    print("target met" if ok else "target NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
