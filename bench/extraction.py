"""Article extraction: Kutip's stored text against trafilatura called directly on the same pages.

Uses the scrapinghub article-extraction-benchmark (181 real pages with ground truth; not
copied into this repository). Get it once:

    git clone --depth 1 https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    python bench/extraction.py /tmp/aeb            # ≈2 minutes on 2 cores
    python bench/extraction.py /tmp/aeb --worst 10 # also list the pages Kutip does worst on

The metric is the benchmark's own (``evaluate.py``): per page, 4-word shingles of ``\\w+``
tokens give TP/FP/FN normalised to sum 1; precision and recall are averaged over pages and
F1 is their harmonic mean.  Kutip's text is what ``read_article`` would store (title
excluded, as the ground truth's ``articleBody`` is); a page Kutip refuses counts as empty.
A page is *boilerplate instead of the story* when Kutip stores text that holds less than a
fifth of the story (recall < 0.2) while the page has one; pages where the story is there
but makes up less than a fifth of what is stored (precision < 0.2) are listed too.  Exit
status 1 when Kutip's F1 is below trafilatura's or any page stores boilerplate.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from reader.core.importers import ImportFailed, read_article  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)
MISSED = 0.2  # recall below this: the story is not what was stored


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall) exactly as the benchmark's ``metrics_from_tp_fp_fns``."""
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return 2 * precision * recall / (precision + recall), precision, recall


def kutip_text(page: bytes, tmp: Path) -> tuple[str, str]:
    """What Kutip stores for a saved page, or ``("", reason)`` when it refuses it."""
    path = tmp / "page.html"
    path.write_bytes(page)
    try:
        return read_article(path).text, ""
    except ImportFailed as e:
        return "", str(e)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", type=Path, help="a checkout of article-extraction-benchmark")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages Kutip does worst")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (quick)")
    args = parser.parse_args()
    truth_path = args.benchmark / "ground-truth.json"
    if not truth_path.exists():
        print(f"{truth_path} not found; see the top of {__file__} for how to get the benchmark")
        return 2
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit or None]
    ours, theirs, refused, boiler, padded, rows = [], [], [], [], [], []
    times = {"kutip": 0.0, "trafilatura": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for key in keys:
            page = gzip.decompress((args.benchmark / "html" / f"{key}.html.gz").read_bytes())
            true = truth[key].get("articleBody", "")
            start = time.perf_counter()
            text, reason = kutip_text(page, Path(tmp))
            times["kutip"] += time.perf_counter() - start
            start = time.perf_counter()
            raw = trafilatura.extract(page.decode("utf-8", "replace"), include_comments=False)
            times["trafilatura"] += time.perf_counter() - start
            ours.append(tp_fp_fn(true, text))
            theirs.append(tp_fp_fn(true, raw or ""))
            if reason:
                refused.append((key, reason))
            if text and true.strip():
                if _recall(*ours[-1]) < MISSED:
                    boiler.append((key, _recall(*ours[-1]), text[:80]))
                elif _precision(*ours[-1]) < MISSED:
                    padded.append((key, _precision(*ours[-1]), text[:80]))
            rows.append((key, ours[-1], theirs[-1]))
    f1, p, r = scores(ours)
    tf1, tp, tr = scores(theirs)
    print(f"{len(keys)} pages of {args.benchmark}")
    print(f"{'':<14}{'F1':>7}{'precision':>11}{'recall':>8}{'seconds':>9}")
    print(f"{'kutip':<14}{f1:>7.3f}{p:>11.3f}{r:>8.3f}{times['kutip']:>9.1f}")
    print(f"{'trafilatura':<14}{tf1:>7.3f}{tp:>11.3f}{tr:>8.3f}{times['trafilatura']:>9.1f}")
    print(f"refused by kutip: {len(refused)}")
    for key, reason in refused:
        print(f"  {key[:12]}  {reason}")
    print(f"boilerplate stored instead of the story: {len(boiler)}")
    for key, rec, start in boiler:
        print(f"  {key[:12]}  recall {rec:.2f}  {start!r}")
    print(f"story stored with much more than the story (precision < {MISSED}): {len(padded)}")
    for key, prec, start in padded:
        print(f"  {key[:12]}  precision {prec:.2f}  {start!r}")
    if args.worst:
        rows.sort(key=lambda row: _f1(row[1]) - _f1(row[2]))
        print(f"worst {args.worst} pages against trafilatura (kutip F1 / trafilatura F1):")
        for key, mine, raw in rows[: args.worst]:
            print(f"  {key[:12]}  {_f1(mine):.3f} / {_f1(raw):.3f}")
    ok = f1 >= tf1 and not boiler
    print("PASS" if ok else "MISS")
    return 0 if ok else 1


def _f1(c: tuple[float, float, float]) -> float:
    p, r = _precision(*c), _recall(*c)
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    sys.exit(main())
