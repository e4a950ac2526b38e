"""Quote-engine benchmark: precision/recall on the gold set and suggest() speed.

Run with ``python bench/quotes.py``. Speed is measured on a ~5,000-word article built by
concatenating gold articles, and reported against a plain ``re.finditer`` pass over the
same text so the ratio stays comparable across machines.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.quotes import suggest  # noqa: E402
from reader.core.quotes.evaluate import Score, load_gold, score_article  # noqa: E402

TARGET = 0.9
WORDS = 5000


def _best(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def long_article(articles, words: int = WORDS) -> str:
    parts, count = [], 0
    while count < words:
        for a in articles:
            parts.append(a.text)
            count += len(a.text.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def main() -> int:
    articles = load_gold()
    total = Score()
    print(f"{'article':34} {'P':>5} {'R':>5} {'spkP':>5} {'spkR':>5}")
    for a in articles:
        s = score_article(a)
        total.add(s)
        print(f"{a.name:34} {s.precision:5.2f} {s.recall:5.2f} "
              f"{s.speaker_precision:5.2f} {s.speaker_recall:5.2f}")
    print()
    print(f"quote spans   precision {total.precision:.3f}  recall {total.recall:.3f}  "
          f"({total.tp} matched, {total.fp} extra, {total.fn} missed of {total.gold})")
    print(f"speakers      precision {total.speaker_precision:.3f}  "
          f"recall {total.speaker_recall:.3f}")
    for err in total.errors:
        print("  -", err)

    text = long_article(articles)
    pattern = re.compile(r"[“”\"«»‘’']")
    baseline = _best(lambda: sum(1 for _ in pattern.finditer(text)))
    elapsed = _best(lambda: suggest(text))
    print()
    print(f"speed: suggest() on {len(text.split())} words ({len(text)} chars): "
          f"{elapsed * 1000:.1f} ms (target < 50 ms); "
          f"baseline re.finditer {baseline * 1000:.2f} ms; ratio {elapsed / baseline:.0f}x")
    ok = min(total.precision, total.recall, total.speaker_precision, total.speaker_recall)
    return 0 if ok >= TARGET and elapsed < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
