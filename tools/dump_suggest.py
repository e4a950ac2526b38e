"""Dump everything the quote engine gives for the repository's texts, to prove a speed-up
changes no output (issue 9: a rewrite for speed must leave every answer byte-identical).

    PYTHONPATH=. python tools/dump_suggest.py /tmp/before.txt   # on the old tree
    PYTHONPATH=. python tools/dump_suggest.py /tmp/after.txt    # on the new tree
    cmp /tmp/before.txt /tmp/after.txt

Texts: every labelled text under ``tests/data/quotes_real/`` (all sets), the synthetic set
``tests/data/quotes/``, the shipped seed articles (``seeds/``) and the bench's 5,079-word
text (``bench/quotes.py``'s ``long_article``), plus any ``--extra DIR`` of ``*.txt``. For
each text, analysed afresh (``forget_analyses``): ``suggest()`` (every field of every
suggestion, with ``speaker_unsure``), ``speaker_options`` (every candidate and its
evidence), ``guess_speaker`` on every labelled quotation and every suggested span,
``speakers_of`` on the same spans (a fresh analysis), ``resolve_name`` of each speaker's last
word, and ``suggest()`` again with library aliases (each named speaker's last word → the
full name). Then every text once more, one after another without forgetting, as
``bench/quotes.py`` reads them (``suggest()`` only). Per-quote results of the never-tuned
sets land in the file: compare files with ``cmp``, do not read them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reader.core.quotes import (  # noqa: E402
    guess_speaker,
    resolve_name,
    speaker_options,
    speakers_of,
    suggest,
)
from reader.core.quotes.engine import forget_analyses  # noqa: E402
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold  # noqa: E402


def _texts(extra: list[Path]) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(label, text, labelled spans) of every text to dump, in a fixed order."""
    out = []
    folders = [ROOT / "tests" / "data" / "quotes"]
    real = ROOT / "tests" / "data" / "quotes_real"
    folders += sorted(p for p in real.iterdir() if p.is_dir())
    for folder in folders:
        for a in load_gold(folder):
            out.append((f"{folder.relative_to(ROOT)}/{a.name}", a.text,
                        [(s, e) for s, e, _ in a.quotes]))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seeds/{path.name}", path.read_text(encoding="utf-8"), []))
    from quotes import long_article  # bench/quotes.py

    out.append(("bench long_article", long_article(load_gold(REAL_DEV_DIR)), []))
    for folder in extra:
        for path in sorted(folder.glob("*.txt")):
            out.append((str(path), path.read_text(encoding="utf-8"), []))
    return out


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=repr)


def _suggestions(text: str, aliases: dict[str, str] | None = None) -> list[object]:
    return [dataclasses.asdict(g) | {"unsure": g.speaker_unsure}
            for g in suggest(text, aliases)]


def dump(label: str, text: str, labelled: list[tuple[int, int]], w) -> None:
    forget_analyses()
    w(f"== {label}")
    found = _suggestions(text)
    for g in found:
        w(_line(g))
    w("-- options")
    for o in speaker_options(text):
        w(_line([o.start, o.end, o.speaker, [(round(p, 12), opt) for p, opt in o.ranked]]))
    spans = labelled + [(g["start"], g["end"]) for g in found if g["kind"] == "quote"]
    w("-- guess_speaker")
    for s, e in spans:
        w(_line([s, e, guess_speaker(text, s, e)]))
    forget_analyses()
    w("-- speakers_of")
    w(_line(speakers_of(text, spans)))
    names = sorted({g["speaker"] for g in found if g["speaker"]})
    w("-- resolve_name")
    for n in names:
        w(_line([n, resolve_name(text, n.split()[-1])]))
    aliases = {n.split()[-1]: n for n in names if len(n.split()) > 1}
    if aliases:
        forget_analyses()
        w("-- with aliases")
        for g in _suggestions(text, aliases):
            w(_line(g))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="a folder of *.txt to dump too")
    args = ap.parse_args(argv)
    texts = _texts(args.extra)
    with args.out.open("w", encoding="utf-8") as f:
        def w(s: str) -> None:
            f.write(s + "\n")

        for label, text, labelled in texts:
            dump(label, text, labelled, w)
        forget_analyses()
        w("== one after another")
        for label, text, _ in texts:
            w(f"-- {label}")
            for g in _suggestions(text):
                w(_line(g))
    print(f"{len(texts)} texts dumped to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
