"""Where a first suggest() spends its work, phase by phase, in instructions (issue 9: 5,000
words in < 50 ms).

    PYTHONPATH=. python bench/suggest_phases.py

Wall-clock figures on the shared machine wobble by more than most changes are worth
(bench/README, Session 19), so this counts instructions with valgrind's callgrind, which
the load does not move. It runs bench/quotes.py's long article (the real dev articles,
≈5,000 words) through a first suggest() (nothing remembered) once per *cut*: each run stops
where the cut's function is first called, so the difference between two runs in a row is
the work between the two cuts. A run without suggest() is subtracted from all of them
(start-up, imports, a warm-up suggest() on a short text). ``PYTHONHASHSEED=0`` in each run
keeps the counts the same from one run to the next.

The cuts are functions of ``reader.core.quotes.cast`` and ``engine`` in the order
``build_cast`` and ``suggest`` call them; one a change renames or removes is said in one line
(edit ``CUTS``). Fifteen runs take about five minutes on a quiet machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (function to stop at, module it is looked up in, what runs before it since the last cut)
CUTS = [
    ("build_cast", "engine", "paragraphs, quotation spans (analyse before the cast)"),
    ("index_tokens", "cast", "People()"),
    ("letter_words", "cast", "the token index (names._TokenIndex)"),
    ("_vouched_names", "cast", "Counter(letter_words), handles and links"),
    ("_brands", "cast", "_vouched_names, _given_names_in, para_tokens, _inline_links"),
    ("_speech_verbs", "cast", "_brands, furniture, headlines, _scan_names of each paragraph"),
    ("_trim_names", "cast", "the speech verbs: parse_backward/parse_forward, add_person"),
    ("_short_aliases", "cast", "_trim_names, openers dropped, offices, _defined_things"),
    ("_mentions", "cast", "_short_aliases … _ending_on_a_given_name (aliases, nicknames)"),
    ("_apposed_roles", "cast", "_mentions"),
    ("quote_candidates", "engine", "_apposed_roles, the speech events resolved"),
    ("find_claims", "engine", "quote_candidates (attribution, ranker, confidence)"),
    ("", "", "find_claims, the suggestions made"),
]


class _Stop(Exception):
    pass


def _child(cut: str) -> None:
    """Run in valgrind: a warm-up, then a first suggest() of the long article up to ``cut``
    ("none": no suggest(); "": all of it)."""
    from bench.quotes import long_article
    from reader.core.quotes import cast, engine, suggest
    from reader.core.quotes.engine import forget_analyses
    from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

    text = long_article(load_gold(REAL_DEV_DIR))
    suggest("“Kami siap,” kata Joko Widodo. “We are ready,” said John Smith.")
    forget_analyses()
    if cut == "none":
        return
    if cut:
        module = engine if dict((c, m) for c, m, _ in CUTS).get(cut) == "engine" else cast
        if not callable(getattr(module, cut, None)):
            raise SystemExit(f"suggest_phases: no function {cut} in {module.__name__} "
                             "(renamed? edit CUTS)")

        def stop(*_args: object, **_kwargs: object) -> None:
            raise _Stop

        setattr(module, cut, stop)
    try:
        suggest(text)
    except _Stop:
        pass


def _count(cut: str) -> int:
    """Instructions of one run of this script as ``--child cut`` under callgrind."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--child", cut], capture_output=True, text=True, env=env, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"suggest_phases: the run up to {cut or 'the end'} failed: "
                         + (done.stderr.strip().splitlines() or ["no output"])[-1])
    return int(found.group(1))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1] if len(argv) > 1 else "")
        return 0
    if shutil.which("valgrind") is None:
        print("suggest_phases: valgrind is not installed (Debian: apt install valgrind)")
        return 1
    base = _count("none")
    rows, last = [], base
    for cut, _module, before in CUTS:
        n = _count(cut)
        rows.append((before, n - last))
        last = n
    total = last - base
    print(f"first suggest() of bench/quotes.py's long article: {total / 1e6:.1f} M "
          "instructions (PYTHONHASHSEED=0)")
    for what, n in rows:
        print(f"  {n / 1e6:7.1f} M  {100 * n / total:5.1f} %  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
