"""Speaker and span errors of a labelled set, counted by KIND, without printing any text.

    PYTHONPATH=. python tools/error_kinds.py                   # every repository set
    PYTHONPATH=. python tools/error_kinds.py dev fresh6 /work/coord/blind/en16
    PYTHONPATH=. python tools/error_kinds.py dev --show pronoun   # dev only: the examples
    PYTHONPATH=. python tools/error_kinds.py --paths              # kinds split by the engine's path

Issue 9: the speaker rules written on the development set barely reach the never-tuned
sets, whose texts nobody may read. This tool says WHICH classes of error those sets hold,
by counts alone, so rules can aim at the classes dev also shows. For every gold quotation
of a set (``tests/data/quotes_real/<set>`` or any folder of ``*.txt`` + ``*.json`` in the
gold format), it runs ``suggest()`` and sorts each miss into one kind (first that fits):

spans
  ``missed``      no suggestion overlaps the gold quotation;
  ``boundary``    a suggestion overlaps it, but less than the scorer's 80 %;
  ``extra``       a suggested quotation overlapping no gold (nor optional) span.
speakers (matched quotations whose speaker is wrong)
  ``named->nobody:<where>:<cued>``  gold names somebody, the engine nobody; <where> is how
                  near the gold's name (its last word) is written: ``sentence`` (the
                  quotation's sentence or the next or the one before), ``near`` (2-3
                  sentences), ``far`` (elsewhere in the article), ``unwritten`` (nowhere);
                  <cued> whether a speech verb stands right beside the quotation (``cued``:
                  "a spokesperson said", a role or a body the engine left unnamed) or not;
  ``nobody->named:<how>``  gold is nobody (an unnamed source, a document), the engine names
                  somebody; <how> as ``other:<how>`` below;
  ``role``        the engine's speaker is a role or a lower-case word ("spokesman");
  ``form:cut:<which>``  the engine's speaker is part of the gold's name ("Aviation" for the
                  Ministry of Ports and Aviation): ``first-words`` missing (a surname alone),
                  ``last-words`` missing, or ``both``;
  ``form:before:<shape>`` / ``form:after:<shape>``  the gold's name with words glued before
                  it ("Greek Emmanouil Karalis") or after it ("Duplantis Breaks"); <shape> is
                  what those words look like, never the words: ``title`` (Mr, Dr, Hon, ranks),
                  ``role`` (an office word), ``party`` (“Democrat”, “Labour”),
                  ``day-or-month``, ``demonym`` (a country or a word shaped like
                  "Ghanaian", "Iranian", "Greek"), ``place-or-body`` (a place, a
                  body's word, capitals), ``lower-case``, ``ordinary-word`` (a capitalised
                  word the article also writes in lower case: “Meanwhile”, “By”),
                  ``abbreviation`` (“Rt.”), ``word`` or ``words`` (any other capitalised
                  word, or two or more);
  ``form:around`` words on both sides; ``form:other``  the two share a word but neither
                  holds the other (another person with the same surname, a spelling);
  ``place``       the engine's speaker looks like a place or a body by its words (a
                  country, a state, Street, Ministry, University, an acronym: the lexicon's
                  lists and the article's cast), or the article writes it after "in", "at",
                  "near" or after a place and a comma ("University of California, Berkeley");
  ``unwritten``   the engine's speaker is not written in the article as such (words glued
                  across a break, a name built from two mentions);
  ``quoted``      the engine's speaker is written only inside quotation marks;
  ``other:<how>`` another person of the article: ``cue`` (a speech verb beside the quotation
                  names them), ``pronoun-N`` / ``role-N`` (a pronoun or a role resolved to them,
                  named N sentences before: ``0-1``, ``2-3``, ``4+``), ``inherited-N`` /
                  ``chain`` (taken from an earlier quotation or paragraph), ``subject`` (the
                  sentence is about them).

Each wrong named speaker also counts as ``unmarked`` when the engine gives it without the
check-speaker mark (a confident wrong name: the worst kind), and ``reachable`` when the gold
speaker is among the candidates the learned scorer weighs; ``@N`` says in how many articles
the kind occurs (a class many outlets show is worth a rule, one article's habit is not).

Only counts are printed for every set except the development and synthetic sets, where
``--show KIND`` (a prefix of a kind) lists the examples of that kind: never use it, or
anything else that prints text, on a never-tuned or blind set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.quotes.api import speaker_options  # noqa: E402
from reader.core.quotes.engine import Candidate, analysed, reading, suggest  # noqa: E402
from reader.core.quotes.evaluate import (  # noqa: E402
    GOLD_DIR,
    REAL_DEV_DIR,
    GoldArticle,
    load_gold,
    overlaps,
)
from reader.core.quotes.lexicon import (  # noqa: E402
    EN_PLACE_KINDS,
    EN_PLACE_OF,
    FACILITY_WORDS,
    GEO_WORDS,
    HONORIFICS,
    ORG_WORDS,
    RANK_WORDS,
    ROLE_WORDS,
)
from reader.core.quotes.marks import paragraphs, quotes_in  # noqa: E402
from reader.core.quotes.names import People  # noqa: E402

SETS = ["dev", "heldout", "unseen", "fresh", "fresh2", "fresh3", "fresh5", "fresh6", "fresh7",
        "fresh9", "fresh11", "fresh12", "fresh15", "fresh16", "fresh17", "fresh18",
        "fresh20"]
#: the sets whose examples may be printed (tuned on); every other folder gives counts only
READABLE = {REAL_DEV_DIR.resolve(), GOLD_DIR.resolve()}

# US states and their abbreviations, and a few words that end the names of places, which
# the engine's lexicon does not list (the tool's own word-shape test; not the engine's)
_STATES = frozenset(
    """
    alabama alaska arizona arkansas colorado connecticut delaware hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada hampshire jersey carolina dakota ohio
    oklahoma oregon pennsylvania rhode tennessee utah vermont virginia washington wisconsin
    wyoming ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
_PLACE_TAILS = frozenset(
    "bill act world valley bay beach river lake mountain mountains island islands hills "
    "heights coast peninsula strip bank gulf sea ocean harbour harbor port temple palace "
    "hotel centre center plaza tower bridge gate station".split()
)
_PLACE_PREPOSITIONS = frozenset("in near inside outside across".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class Pick:
    """What the engine gave for one quotation, as the classification needs it."""

    speaker: str
    unsure: bool
    how: str = ""  # Candidate.how: after, before, subject, chain, inherited, ""
    name_how: str = ""  # Attribution.how: name, short, role, library, pronoun, subject, body
    sentences_back: int = -1  # sentences between where the name was read and the quotation
    cued: bool = False  # a speech verb right beside the quotation (Attribution.explicit)


def _norm(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").casefold() for w in name.split() if w.strip(".,'’")]


def _sentences(text: str, lo: int, hi: int) -> int:
    return len(re.findall(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n", text[lo:hi]))


def _bucket(n: int, edges: tuple[str, ...] = ("0-1", "2-3", "4+")) -> str:
    return edges[0] if n <= 1 else edges[1] if n <= 3 else edges[2]


def _place_shaped(name: str, is_body: bool) -> bool:
    """A place or a body by its words (or by the article's cast)."""
    if is_body:
        return True
    low = [w.strip(".,").casefold() for w in name.split()]
    if not low:
        return False
    if any(w in EN_PLACE_KINDS or w in FACILITY_WORDS for w in low):
        return True  # “Harbour Street”, “Kumasi Central Hospital”
    last, first = low[-1], low[0]
    if last in _PLACE_TAILS and len(low) >= 2:
        return True  # “Jerry World”, “Rights Bill”, “Crystal Palace”
    if last in GEO_WORDS or last in _STATES or last in ORG_WORDS:
        # “South Dakota”, “W. Va”, “Berkeley” is not caught; but “Peter White”: a surname
        return len(low) == 1 or len(first) <= 2 or first in GEO_WORDS or first in _STATES \
            or first in ORG_WORDS or first in EN_PLACE_OF
    if len(low) >= 2 and (first in ORG_WORDS or first in EN_PLACE_OF):
        return True  # “Ministry of Ports”, “University of …”
    letters = name.replace(".", "").replace("-", "").replace(" ", "")
    return len(letters) >= 2 and letters.isupper()


def _place_context(text: str, name: str) -> bool:
    """The article writes ``name`` (one word) only after a preposition of place or after a
    place and a comma ("the University of California, Berkeley")."""
    found = False
    if len(name.split()) != 1:
        return False
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        before = _WORD.findall(text[max(0, m.start() - 40): m.start()])
        if before and before[-1].casefold() in _PLACE_PREPOSITIONS:
            found = True
            continue
        head = text[max(0, m.start() - 3): m.start()]
        if head.endswith(", ") and before and (
                before[-1].casefold() in GEO_WORDS or before[-1].casefold() in _STATES
                or before[-1].casefold() in EN_PLACE_KINDS):
            found = True
            continue
        return False
    return found


def _quoted_only(text: str, name: str) -> bool:
    """``name`` is written in the article, and only inside quotation marks."""
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    if not found:
        return False
    spans = [(s.open, s.outer_end) for s in quotes_in(text, paragraphs(text))]
    return all(any(a <= p < b for a, b in spans) for p in found)


def _where_named(text: str, gold: str, start: int, end: int) -> str:
    """How near the quotation the gold speaker's last word is written."""
    words = _words(gold)
    if not words:
        return "unwritten"
    pattern = re.compile(r"(?<!\w)" + re.escape(gold.split()[-1].strip(".,")) + r"(?!\w)",
                         re.IGNORECASE)
    best = None
    for m in pattern.finditer(text):
        if start <= m.start() < end:
            continue
        n = _sentences(text, m.end(), start) if m.start() < start else _sentences(
            text, end, m.start())
        best = n if best is None else min(best, n)
    if best is None:
        return "unwritten"
    return "sentence" if best <= 1 else "near" if best <= 3 else "far"


_TITLES = HONORIFICS | RANK_WORDS | frozenset(
    "dr prof professor hon honourable honorable rev reverend sheikh sheik imam chief "
    "justice judge gen col maj capt lt sgt cpl adm president minister".split())
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ean)|Greek|Thai|Czech|Swiss|Dutch")


_PARTIES = frozenset(
    "democrat democrats democratic republican republicans gop labour labor tory tories "
    "conservative liberal independent green greens socialist communist".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split())


def _shape(words: list[str], text: str) -> str:
    """What the extra words glued to a name look like (never the words themselves)."""
    low = [w.strip(".,'’").casefold() for w in words]
    if low == ["the"]:
        return "article"  # (“The New York Times” for “New York Times”)
    if all(w in _TITLES for w in low):
        return "title"
    if all(w in _PARTIES for w in low):
        return "party"
    if all(w in ROLE_WORDS for w in low):
        return "role"
    if any(w in _CALENDAR for w in low):
        return "day-or-month"
    if all(w in GEO_WORDS or _DEMONYM.fullmatch(v.strip(".,")) for w, v in zip(
            low, words, strict=True)):
        return "demonym"
    if all(w in GEO_WORDS or w in ORG_WORDS or w in _STATES or w in EN_PLACE_KINDS
           for w in low) or all(v.replace(".", "").isupper() for v in words):
        return "place-or-body"
    if any(w[:1].islower() for w in words):
        return "lower-case"
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in low if w.isalpha()):
        return "ordinary-word"  # the article writes it in lower case too (“Meanwhile”, “By”)
    if any(w.endswith(".") for w in words):
        return "abbreviation"
    return "word" if len(words) == 1 else "words"


def _other(pick: Pick) -> str:
    if pick.how == "chain":
        return "chain"
    if pick.how == "inherited":
        return "inherited-" + _bucket(max(pick.sentences_back, 0))
    if pick.name_how in ("pronoun", "role"):
        return f"{pick.name_how}-" + _bucket(max(pick.sentences_back, 0))
    if pick.how == "subject" or pick.name_how == "subject":
        return "subject"
    return "cue"


def speaker_kind(text: str, gold: str, pick: Pick, start: int, end: int,
                 is_body: bool = False) -> str:
    """The kind of a wrong speaker (``pick.speaker`` is not ``gold``)."""
    if not pick.speaker:
        return ("named->nobody:" + _where_named(text, gold, start, end)
                + (":cued" if pick.cued else ":uncued"))
    if not gold:
        return "nobody->named:" + _other(pick)
    said = _words(pick.speaker)
    if pick.speaker[:1].islower() or all(w in ROLE_WORDS for w in said):
        return "role"
    gold_words = _words(gold)
    if said and gold_words:
        n = len(said)
        if n < len(gold_words) and any(gold_words[i:i + n] == said
                                       for i in range(len(gold_words) - n + 1)):
            gold_split = gold.split()
            which = ("first-words" if gold_words[-n:] == said
                     else "last-words" if gold_words[:n] == said else "both")
            if which == "both" or len(gold_split) != len(gold_words):
                return "form:cut:" + which
            missing = gold_split[:-n] if which == "first-words" else gold_split[n:]
            return f"form:cut:{which}:" + _shape(missing, text)
        if n > len(gold_words):
            k = len(gold_words)
            words = pick.speaker.split()
            if said[-k:] == gold_words:
                return "form:before:" + _shape(words[:n - k], text)
            if said[:k] == gold_words:
                return "form:after:" + _shape(words[k:], text)
            if any(said[i:i + k] == gold_words for i in range(n - k + 1)):
                return "form:around"
        if set(said) & set(gold_words):
            return "form:other"
    if _place_shaped(pick.speaker, is_body) or _place_context(text, pick.speaker):
        return "place"
    if _norm(pick.speaker) not in _norm(text):
        return "unwritten"
    if _quoted_only(text, pick.speaker):
        return "quoted"
    return "other:" + _other(pick)


def _picks(text: str) -> tuple[list[tuple[int, int, Pick]], People]:
    """Each suggested quotation's span (offsets of ``text``) and what the engine gave, and
    the article's cast."""
    fixed = reading(text)
    read = fixed.text if fixed is not None else text
    back = fixed.old if fixed is not None else int
    cands: dict[tuple[int, int], Candidate] = {}
    an = analysed(read, None)
    for c in an.candidates:
        cands[(back(c.span.start), back(c.span.end))] = c
    out = []
    for s in suggest(text):
        if s.kind != "quote":
            continue
        c = cands.get((s.start, s.end))
        pick = Pick(s.speaker, s.speaker_unsure)
        if c is not None:
            pick.how, pick.name_how, pick.cued = c.how, c.att.how, c.att.explicit
            at = c.att.source if c.att.source >= 0 else c.at
            if at >= 0 and at < c.span.open:
                pick.sentences_back = _sentences(read, at, c.span.open)
        out.append((s.start, s.end, pick))
    return out, an.people


@dataclass
class Tally:
    """Counts of one set in one language."""

    quotes: int = 0
    right: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    unmarked: Counter[str] = field(default_factory=Counter)
    reachable: Counter[str] = field(default_factory=Counter)
    articles: Counter[str] = field(default_factory=Counter)  # how many articles show it

    def add(self, other: Tally) -> None:
        """Add another article's (or set's) counts."""
        self.quotes += other.quotes
        self.right += other.right
        for name in ("kinds", "unmarked", "reachable"):
            getattr(self, name).update(getattr(other, name))
        self.articles.update(other.articles if other.articles else set(other.kinds))


def classify(article: GoldArticle, show: str | None = None, paths: bool = False
             ) -> tuple[Tally, list[str]]:
    """The article's errors by kind; with ``show``, lines describing those of that kind;
    with ``paths``, each wrong speaker's kind followed by the engine's path to it
    (``path``)."""
    text = article.text
    picks, people = _picks(text)
    tally = Tally(quotes=len(article.quotes))
    lines: list[str] = []
    ranked = None
    used: set[int] = set()
    for start, end, pick in picks:
        match = next((i for i, g in enumerate(article.quotes)
                      if i not in used and overlaps((start, end), g[:2])), None)
        if match is None:
            if any(overlaps((start, end), o) for o in article.optional):
                continue
            if not any(overlaps((start, end), g[:2], 0.0000001) for g in article.quotes):
                tally.kinds["extra"] += 1
            continue
        used.add(match)
        gold = article.quotes[match][2]
        if _norm(pick.speaker) == _norm(gold):
            tally.right += 1
            continue
        kind = speaker_kind(text, gold, pick, start, end,
                            bool(pick.speaker) and people.is_body(pick.speaker))
        if paths:
            kind += " " + path(pick)
        tally.kinds[kind] += 1
        if pick.speaker and not pick.unsure:
            tally.unmarked[kind] += 1
        if ranked is None:
            ranked = speaker_options(text)
        q = next((q for q in ranked if overlaps((q.start, q.end), (start, end))), None)
        if q is not None and any(_norm(o.name) == _norm(gold) for _p, o in q.ranked):
            tally.reachable[kind] += 1
        if show is not None and kind.startswith(show):
            mark = "" if not pick.speaker else " (marked)" if pick.unsure else " (unmarked)"
            lines.append(f"{article.name}: {kind}: {pick.speaker!r}{mark} != {gold!r} "
                         f"for {text[start:end][:50]!r}")
    for i, (a, b, _who) in enumerate(article.quotes):
        if i in used:
            continue
        near = any(overlaps((a, b), (s, e), 0.0000001) for s, e, _p in picks)
        tally.kinds["boundary" if near else "missed"] += 1
    return tally, lines


def path(pick: Pick) -> str:
    """How the engine came to a speaker, by its own labels, never the text: where the rules
    found the quotation's speaker (``Candidate.how``: after, before, subject, chain,
    inherited) and how the name was read (``Attribution.how``: name, short, role, library,
    pronoun, subject, body), and whether a speech verb stands beside the quotation:
    ``<after·pronoun·cued>``. A never-tuned set's errors of one kind split so say which of
    the engine's paths a rule should aim at, with counts alone."""
    return (f"<{pick.how or '-'}·{pick.name_how or '-'}·"
            f"{'cued' if pick.cued else 'uncued'}>")


def tally_set(folder: Path, show: str | None = None, language: str | None = None,
              paths: bool = False) -> dict[str, Tally]:
    """Per language (or of ``language`` only), the counts of one folder."""
    out: dict[str, Tally] = {}
    if show is not None and folder.resolve() not in READABLE:
        raise SystemExit(f"--show prints texts: only for {', '.join(map(str, READABLE))}")
    for article in load_gold(folder):
        if language is not None and article.language != language:
            continue
        got, lines = classify(article, show, paths)
        out.setdefault(article.language, Tally()).add(got)
        for line in lines:
            print("   ", line)
    return out


def _folder(name: str) -> Path:
    path = Path(name)
    if path.is_dir():
        return path
    return REAL_DEV_DIR.parent / name


def table(results: dict[str, dict[str, Tally]], language: str) -> list[str]:
    """One language's table: a row per kind, a column per set; a wrong speaker's cell is
    ``count/unmarked/reachable@articles``."""
    cols = [(name, r[language]) for name, r in results.items() if language in r]
    if not cols:
        return []
    kinds: set[str] = set()
    for _n, t in cols:
        kinds |= set(t.kinds)
    spans = ["missed", "boundary", "extra"]
    order = [k for k in spans if k in kinds] + sorted(kinds - set(spans))
    width = max([len(k) for k in order] + [22])
    head = f"{language:<{width}} " + " ".join(f"{n[-12:]:>12}" for n, _t in cols)
    lines = [head, f"{'quotes':<{width}} " + " ".join(f"{t.quotes:>12}" for _n, t in cols),
             f"{'right speaker':<{width}} " + " ".join(f"{t.right:>12}" for _n, t in cols)]
    for k in order:
        cells = []
        for _n, t in cols:
            n = t.kinds.get(k, 0)
            cells.append(f"{n}" if k in spans or not n else
                         f"{n}/{t.unmarked.get(k, 0)}/{t.reachable.get(k, 0)}"
                         f"@{t.articles.get(k, 0)}")
        lines.append(f"{k:<{width}} " + " ".join(f"{c:>12}" for c in cells))
    return lines


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names under tests/data/quotes_real or folders")
    ap.add_argument("--lang", choices=["en", "id"], help="one language only")
    ap.add_argument("--show", metavar="KIND",
                    help="list the errors of this kind (dev and synthetic sets only)")
    ap.add_argument("--paths", action="store_true",
                    help="split each wrong speaker's kind by the engine's path to it (counts"
                         " only: for any set)")
    args = ap.parse_args(argv)
    results = {}
    for name in args.sets or SETS:
        folder = _folder(name)
        label = name if not Path(name).is_dir() else Path(name).name
        results[label] = tally_set(folder, args.show, args.lang, args.paths)
    others = [r for name, r in results.items() if name not in ("dev", "synthetic")]
    if len(others) >= 2:  # the never-tuned sets together
        total: dict[str, Tally] = {}
        for r in others:
            for lang, t in r.items():
                total.setdefault(lang, Tally()).add(t)
        results["Σ not dev"] = total
    print("cells: errors / of them named without the check-speaker mark / gold speaker among "
          "the candidates @ articles showing the kind")
    for lang in ([args.lang] if args.lang else ["en", "id"]):
        lines = table(results, lang)
        if lines:
            print()
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
