"""Scoring against the gold set, shared by ``bench/quotes.py`` and the tests.

A predicted quote matches a gold quote when their overlap covers at least 80% of the
longer of the two spans. A gold speaker of ``null`` (an unnamed source, a document) is
matched by a prediction that names nobody. Speaker accuracy counts, among matched quotes,
those whose predicted speaker is the gold one; speaker precision counts the same among
matched predictions that name a speaker; speaker recall divides by all gold quotes; sure
precision counts the same among named speakers without the check-speaker mark (a guess
the app marks is checked by the user before it is trusted).
Predictions overlapping a gold ``optional`` span (a defensible either way partial quote)
are neither rewarded nor penalised.

Two gold sets: the synthetic one in ``tests/data/quotes`` and real news in
``tests/data/quotes_real/{dev,heldout,unseen,fresh,fresh2,fresh3,fresh5,fresh6,fresh7,fresh9,fresh11,fresh12,fresh15,fresh16,fresh17,fresh18,fresh20}``
(sources in its README; article numbers have three or four digits).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .engine import suggest

_DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
GOLD_DIR = _DATA / "quotes"
REAL_DEV_DIR = _DATA / "quotes_real" / "dev"
REAL_HELDOUT_DIR = _DATA / "quotes_real" / "heldout"
REAL_UNSEEN_DIR = _DATA / "quotes_real" / "unseen"
REAL_FRESH_DIR = _DATA / "quotes_real" / "fresh"
REAL_FRESH2_DIR = _DATA / "quotes_real" / "fresh2"
REAL_FRESH3_DIR = _DATA / "quotes_real" / "fresh3"
REAL_FRESH5_DIR = _DATA / "quotes_real" / "fresh5"
REAL_FRESH6_DIR = _DATA / "quotes_real" / "fresh6"
REAL_FRESH7_DIR = _DATA / "quotes_real" / "fresh7"
REAL_FRESH9_DIR = _DATA / "quotes_real" / "fresh9"
REAL_FRESH11_DIR = _DATA / "quotes_real" / "fresh11"
REAL_FRESH12_DIR = _DATA / "quotes_real" / "fresh12"
REAL_FRESH15_DIR = _DATA / "quotes_real" / "fresh15"
REAL_FRESH16_DIR = _DATA / "quotes_real" / "fresh16"
REAL_FRESH17_DIR = _DATA / "quotes_real" / "fresh17"
REAL_FRESH18_DIR = _DATA / "quotes_real" / "fresh18"
REAL_FRESH20_DIR = _DATA / "quotes_real" / "fresh20"
OVERLAP = 0.8


@dataclass
class GoldArticle:
    name: str
    text: str
    language: str
    quotes: list[tuple[int, int, str]]  # (start, end, speaker; "" when unnamed)
    not_quotes: list[tuple[int, int]] = field(default_factory=list)
    optional: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_named: int = 0
    speaker_correct_named: int = 0
    speaker_sure: int = 0  # named without the check-speaker mark (not a guess)
    speaker_correct_sure: int = 0
    gold: int = 0
    # matched quotes whose gold speaker (or nobody) is among the candidates the engine
    # weighs (``speaker_options``): no scoring can be right on the others
    reachable: int = 0
    optioned: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else 1.0

    @property
    def speaker_precision(self) -> float:
        named = self.speaker_correct_named
        return named / self.speaker_named if self.speaker_named else 1.0

    @property
    def sure_precision(self) -> float:
        """Of the speakers named without the check-speaker mark, how many are right."""
        return self.speaker_correct_sure / self.speaker_sure if self.speaker_sure else 1.0

    @property
    def wrong_marked(self) -> tuple[int, int]:
        """(wrong named speakers that carry the mark, wrong named speakers)."""
        wrong = self.speaker_named - self.speaker_correct_named
        return wrong - (self.speaker_sure - self.speaker_correct_sure), wrong

    @property
    def gold_among_candidates(self) -> float:
        return self.reachable / self.optioned if self.optioned else 1.0

    @property
    def speaker_recall(self) -> float:
        return self.speaker_ok / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "speaker_ok", "speaker_named", "speaker_correct_named",
                     "speaker_sure", "speaker_correct_sure", "gold", "reachable", "optioned"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def _locate(text: str, exact: str, after: int, name: str) -> int:
    """Where a gold quote is: its first occurrence from ``after`` that sits right after a
    quote mark (a pull quote may repeat it unquoted earlier), else the first at all."""
    pos = text.find(exact, after)
    marked = pos
    while marked >= 0 and not _after_mark(text, marked):
        marked = text.find(exact, marked + 1)
    if marked >= 0:
        pos = marked
    if pos < 0:
        pos = text.find(exact)
    if pos < 0:
        raise ValueError(f"{name}: gold text not found: {exact[:60]!r}")
    return pos


_OPENING = "\"“”„«»‘’'"


def _after_mark(text: str, pos: int) -> bool:
    """Does a quote mark (perhaps with blanks) come right before pos?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] in _OPENING


def _locate_marked(text: str, exact: str, name: str) -> int:
    """The occurrence of exact that sits right after a quote mark, else the first."""
    pos = text.find(exact)
    while pos > 0:
        if text[pos - 1] in "\"“”„«»‘’'":
            return pos
        pos = text.find(exact, pos + 1)
    return _locate(text, exact, 0, name)


def load_gold(folder: Path = GOLD_DIR) -> list[GoldArticle]:
    """Every ``*.txt`` with a sibling ``*.json`` listing its quotes, in name order."""
    articles = []
    for txt in sorted(Path(folder).glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        quotes, cursor = [], 0
        for q in meta["quotes"]:
            pos = _locate(text, q["exact"], cursor, txt.name)
            quotes.append((pos, pos + len(q["exact"]), q["speaker"] or ""))
            cursor = pos + 1
        others = {}
        for key in ("not_quotes", "optional"):
            spans = []
            for exact in meta.get(key, []):
                pos = _locate_marked(text, exact, txt.name)
                spans.append((pos, pos + len(exact)))
            others[key] = spans
        articles.append(
            GoldArticle(txt.stem, text, meta.get("language", ""), quotes, **others)
        )
    return articles


def overlaps(a: tuple[int, int], b: tuple[int, int], threshold: float = OVERLAP) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= threshold * max(a[1] - a[0], b[1] - b[0])


def _same_speaker(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def score_article(article: GoldArticle, aliases: dict[str, str] | None = None) -> Score:
    found = [s for s in suggest(article.text, aliases) if s.kind == "quote"]
    score = Score(gold=len(article.quotes))
    used: set[int] = set()
    for s in found:
        span = (s.start, s.end)
        match = next(
            (i for i, g in enumerate(article.quotes) if i not in used and overlaps(span, g[:2])),
            None,
        )
        if match is None:
            if any(overlaps(span, o) for o in article.optional):
                continue
            score.fp += 1
            score.errors.append(f"{article.name}: extra quote {s.exact[:50]!r}")
            continue
        used.add(match)
        score.tp += 1
        gold_speaker = article.quotes[match][2]
        if s.speaker:
            score.speaker_named += 1
            score.speaker_sure += not s.speaker_unsure
        if _same_speaker(s.speaker, gold_speaker):
            score.speaker_ok += 1
            score.speaker_correct_named += bool(s.speaker)
            score.speaker_correct_sure += bool(s.speaker) and not s.speaker_unsure
        else:
            score.errors.append(
                f"{article.name}: speaker {s.speaker!r} != {gold_speaker!r} for {s.exact[:40]!r}"
            )
    for i, (a, b, _who) in enumerate(article.quotes):
        if i not in used:
            score.fn += 1
            score.errors.append(f"{article.name}: missed quote {article.text[a:b][:50]!r}")
    return score


def count_candidates(article: GoldArticle, score: Score) -> None:
    """Add to ``score`` how many of the article's gold quotes the engine finds with the
    gold speaker (or nobody, for a null one) among the quotation's candidate speakers."""
    from .api import speaker_options  # (here: tools/train_speaker_ranker.py copies this
    # module into older engines' trees, whose api has no speaker_options)

    found = speaker_options(article.text)
    for start, end, who in article.quotes:
        quote = next((q for q in found if overlaps((q.start, q.end), (start, end))), None)
        if quote is not None:
            score.optioned += 1
            score.reachable += any(_same_speaker(o.name, who) for _p, o in quote.ranked)


def score_gold(folder: Path = GOLD_DIR, language: str | None = None) -> Score:
    """Totals over a gold set, or over its articles in one language."""
    total = Score()
    for article in load_gold(folder):
        if language is None or article.language == language:
            total.add(score_article(article))
    return total
