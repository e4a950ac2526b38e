"""Inter-coder agreement (issue 14): Krippendorff's α, Cohen's κ and percent agreement.

Pure: it gets the articles' texts and the coders' annotations and returns a report; the
Library's ``agreement`` area chooses what to compare. Krippendorff's α comes from the
``krippendorff`` package (Castro's implementation of Krippendorff 2011), never by hand.

Two kinds of comparison:

- **unitized** (per tag and per kind): the text is cut into units — characters, or word
  tokens — and each coder either coded a unit (an annotation with that tag or kind covers
  it) or did not. α is nominal α over those binary values (one value per coder per unit);
  κ and percent agreement are computed on the same units.
- **matched** (speaker of a quote, verdict of a claim): the annotations of the coders are
  matched into units by overlap (each coder contributes at most one annotation to a unit);
  each coder's value on a unit is the speaker (or verdict) they gave, or missing when they
  did not code it. α is nominal α with missing values; κ uses the units both coders coded.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations
from typing import Literal

import krippendorff
import numpy as np

from .messages import Message

Unit = Literal["character", "token"]
UNITS: tuple[Unit, ...] = ("character", "token")

#: fewer units (matched) or coded segments (unitized) than this: a warning
FEW_UNITS = 10
#: a unit's plural in a warning ("of the characters", "12 matched quote(s)")
_PLURALS = {"character": Message("agreement.characters", "characters"),
            "token": Message("agreement.tokens", "tokens"),
            "matched quote": Message("agreement.matched-quotes", "matched quote(s)"),
            "matched claim": Message("agreement.matched-claims", "matched claim(s)")}
#: one category holding more than this share of the values: a warning
DOMINANT_SHARE = 0.9
#: two annotations of different coders are the same unit when they overlap at least this
#: much (intersection over union of their spans)
MATCH_OVERLAP = 0.5

_TOKEN = re.compile(r"\w+", re.UNICODE)
#: the value of a quote whose coder named no speaker (a category, not a missing value)
NO_SPEAKER = "(no speaker)"
#: an annotation's value on a matched unit (its speaker, its verdict)
_Value = Callable[["Coded"], object | None]


@dataclass(frozen=True)
class Coded:
    """One coder's annotation, as agreement sees it."""

    coder: str
    article_id: int
    start: int
    end: int
    kind: str
    tags: tuple[str, ...] = ()
    speaker: str = ""
    verdict: str = ""


@dataclass
class PairAgreement:
    """Two coders on one comparison: Cohen's κ and percent agreement over ``units``."""

    coder_a: str
    coder_b: str
    kappa: float | None
    percent: float | None
    units: int


@dataclass
class Comparison:
    """One line of the report: what was compared, over which unit, and the figures."""

    what: str  # "tag framing/threat", "kind quote", "speaker", "verdict"
    measure: Literal["unitized", "matched"]
    unit: str  # the unit of analysis, stated: "character", "token", "matched quote", …
    units: int  # how many units were compared
    alpha: float | None  # Krippendorff's nominal α; None where it is undefined
    percent: float | None  # percent agreement (share of agreeing pairs of values)
    pairs: list[PairAgreement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class AgreementReport:
    coders: list[str]
    articles: int
    unit: str
    comparisons: list[Comparison] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # the articles compared


# --------------------------------------------------------------------------- coefficients
def nominal_alpha(data: Sequence[Sequence[object | None]]) -> float | None:
    """Krippendorff's nominal α of reliability data: one row per coder, one column per
    unit, None where a coder gave no value. None when α is undefined (fewer than two
    values in some pairable unit overall, or only one value used throughout)."""
    values = sorted({v for row in data for v in row if v is not None}, key=repr)
    pairable = [column for column in zip(*data, strict=True)
                if sum(v is not None for v in column) >= 2]
    if len({v for column in pairable for v in column if v is not None}) < 2:
        return None  # (α counts only pairable values: one value among them is 0 / 0)
    index = {v: float(i) for i, v in enumerate(values)}
    matrix = np.array([[np.nan if v is None else index[v] for v in row] for row in data],
                      dtype=float)
    result = float(krippendorff.alpha(reliability_data=matrix,
                                      level_of_measurement="nominal"))
    return None if math.isnan(result) else result


def cohen_kappa(a: Sequence[object], b: Sequence[object]) -> float | None:
    """Cohen's κ of two coders' values on the same units: (pₒ − pₑ) / (1 − pₑ). None when
    there are no units or chance agreement is total (both coders used one same value)."""
    if len(a) != len(b):
        raise ValueError("both coders need a value for every unit")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[v] * count_b[v] for v in count_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def binary_alpha(rows: np.ndarray) -> float | None:
    """``nominal_alpha`` of complete 0/1 reliability data (a row per coder, a value at every
    unit), handed to ``krippendorff`` as the array itself: a million units in well under a
    second, where building Python lists took tens of seconds."""
    if rows.shape[1] == 0 or rows.min() == rows.max():
        return None  # (no units, or one value throughout: undefined)
    result = float(krippendorff.alpha(reliability_data=rows.astype(float),
                                      level_of_measurement="nominal"))
    return None if math.isnan(result) else result


def binary_kappa(a: np.ndarray, b: np.ndarray) -> float | None:
    """``cohen_kappa`` of two coders' 0/1 values on the same units, over arrays."""
    if len(a) == 0:
        return None
    observed = float((a == b).mean())
    share_a, share_b = float(a.mean()), float(b.mean())
    expected = share_a * share_b + (1.0 - share_a) * (1.0 - share_b)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def percent_agreement(data: Sequence[Sequence[object | None]]) -> float | None:
    """The share of agreeing pairs among all pairs of values given to the same unit."""
    agree = total = 0
    for column in zip(*data, strict=True):
        given = [v for v in column if v is not None]
        for x, y in combinations(given, 2):
            total += 1
            agree += x == y
    return agree / total if total else None


# --------------------------------------------------------------------------- the report
def agreement_report(texts: Mapping[int, str], coded: Iterable[Coded], coders: Sequence[str],
                     unit: Unit = "character", tags: Sequence[str] | None = None,
                     kinds: Sequence[str] = ("quote", "claim", "highlight"),
                     progress: Callable[[int, int], None] | None = None
                     ) -> AgreementReport:
    """Agreement of ``coders`` on the articles of ``texts`` (article id → text).

    ``tags`` limits the per-tag lines to those tags (and their sub-tags: a span tagged
    ``framing/threat`` counts for ``framing``); by default every tag used. Annotations
    of other coders or other articles, and orphans, are left out. ``progress(done,
    total)`` is called before each line is computed and once at the end (it may raise
    to stop the work: a dialog's Cancel).
    """
    if unit not in UNITS:
        raise ValueError(f"the unit is one of {', '.join(UNITS)}")
    wanted = {c.casefold(): c for c in coders}
    items = [c for c in coded if c.coder.casefold() in wanted and c.article_id in texts
             and 0 <= c.start < c.end]
    items = [Coded(wanted[c.coder.casefold()], c.article_id, c.start, c.end, c.kind, c.tags,
                   c.speaker, c.verdict) for c in items]
    report = AgreementReport(coders=list(coders), articles=len(texts), unit=unit,
                             article_ids=sorted(texts))
    if len(coders) < 2:
        report.warnings.append(Message("agreement.two-coders",
                                       "Agreement needs at least two coders."))
        return report
    for name in coders:
        if not any(c.coder == name for c in items):
            report.warnings.append(Message(
                "agreement.silent-coder", "{name} coded nothing in these articles: every "
                "figure counts their silence as disagreement.", name=name))
    grid = _Grid(texts, unit)
    lines: list[Callable[[], Comparison]] = []  # each line of the report, computed in turn
    every_tag = sorted({t for c in items for t in c.tags}, key=str.casefold)
    for tag in (list(tags) if tags is not None else every_tag):
        folded = tag.casefold()
        chosen = [c for c in items if any(t.casefold() == folded
                                          or t.casefold().startswith(folded + "/")
                                          for t in c.tags)]
        lines.append(partial(_unitized, f"tag {tag}", chosen, coders, grid))
    if tags is None:
        for kind in kinds:
            chosen = [c for c in items if c.kind == kind]
            if chosen:
                lines.append(partial(_unitized, f"kind {kind}", chosen, coders, grid))
    quotes = [c for c in items if c.kind == "quote"]
    if tags is None and quotes:
        lines.append(partial(_matched, "speaker", quotes, coders, "matched quote",
                             lambda c: " ".join(c.speaker.split()).casefold() or NO_SPEAKER))
    claims = [c for c in items if c.kind == "claim"]
    if tags is None and claims:
        lines.append(partial(_matched, "verdict", claims, coders, "matched claim",
                             lambda c: c.verdict or None))
    for done, line in enumerate(lines):
        if progress is not None:
            progress(done, len(lines))
        report.comparisons.append(line())
    if progress is not None:
        progress(len(lines), len(lines))
    return report


class _Grid:
    """The units of analysis of every article, in one line: characters, or word tokens."""

    def __init__(self, texts: Mapping[int, str], unit: Unit):
        self.unit = unit
        self.offset: dict[int, int] = {}
        self.tokens: dict[int, list[tuple[int, int]]] = {}
        self.token_starts: dict[int, list[int]] = {}
        self.token_ends: dict[int, list[int]] = {}
        total = 0
        for article_id in sorted(texts):
            self.offset[article_id] = total
            if unit == "token":
                found = [(m.start(), m.end()) for m in _TOKEN.finditer(texts[article_id])]
                self.tokens[article_id] = found
                self.token_starts[article_id] = [start for start, _ in found]
                self.token_ends[article_id] = [end for _, end in found]
                total += len(found)
            else:
                total += len(texts[article_id])
        self.size = total

    def covered(self, c: Coded) -> range:
        """The units (positions in the line) an annotation covers."""
        base = self.offset[c.article_id]
        if self.unit == "character":
            return range(base + c.start, base + c.end)
        # the tokens that end after the span starts and start before it ends
        first = bisect_right(self.token_ends[c.article_id], c.start)
        last = bisect_left(self.token_starts[c.article_id], c.end)
        return range(base + first, base + max(first, last))


def _unitized(what: str, chosen: list[Coded], coders: Sequence[str], grid: _Grid
              ) -> Comparison:
    """Coded or not at each unit, per coder."""
    rows = np.zeros((len(coders), grid.size), dtype=np.int8)
    position = {name: i for i, name in enumerate(coders)}
    for c in chosen:
        span = grid.covered(c)
        rows[position[c.coder], span.start:span.stop] = 1
    comparison = Comparison(what=what, measure="unitized", unit=grid.unit, units=grid.size,
                            alpha=binary_alpha(rows), percent=_all_agree(rows))
    for (i, a), (j, b) in combinations(enumerate(coders), 2):
        comparison.pairs.append(PairAgreement(
            a, b, binary_kappa(rows[i], rows[j]), _all_agree(rows[[i, j]]), grid.size))
    if len(chosen) < FEW_UNITS:
        comparison.warnings.append(Message(
            "agreement.few-segments", "only {count} coded segment(s): α and κ are not reliable "
            "on so few.", count=len(chosen)))
    coded_share = float(rows.mean()) if grid.size else 0.0
    if coded_share > DOMINANT_SHARE:
        comparison.warnings.append(Message(
            "agreement.mostly-coded", "{share:.0%} of the {units} are coded: with one category "
            "dominating, α and κ are unstable.", share=coded_share, units=_PLURALS.get(
                grid.unit, f"{grid.unit}s")))
    for name in coders:
        if not rows[position[name]].any():
            comparison.warnings.append(Message("agreement.nothing-here",
                                               "{name} coded nothing here.", name=name))
    if comparison.alpha is None and grid.size:
        comparison.warnings.append(Message(
            "agreement.undefined-unitized", "α is undefined: every coder gave every unit the "
            "same value."))
    return comparison


def _all_agree(rows: np.ndarray) -> float | None:
    """The share of units on which every coder gave the same value."""
    if rows.shape[1] == 0:
        return None
    return float((rows.min(axis=0) == rows.max(axis=0)).mean())


def _overlap(a: Coded, b: Coded) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if a.article_id != b.article_id or inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def match_units(chosen: list[Coded], coders: Sequence[str]) -> list[dict[str, Coded]]:
    """Group annotations of different coders on the same words into units (coder →
    annotation): each annotation joins the unit it overlaps most (at least
    ``MATCH_OVERLAP``) that has none of its coder yet, else starts one."""
    units: list[dict[str, Coded]] = []
    order = {name: i for i, name in enumerate(coders)}
    for c in sorted(chosen, key=lambda c: (c.article_id, c.start, c.end, order[c.coder])):
        best, best_overlap = None, MATCH_OVERLAP
        for unit in units[-50:]:  # (units are in text order: only the last few can overlap)
            if c.coder in unit:
                continue
            overlap = max(_overlap(c, other) for other in unit.values())
            if overlap >= best_overlap:
                best, best_overlap = unit, overlap
        if best is None:
            units.append({c.coder: c})
        else:
            best[c.coder] = c
    return units


def _matched(what: str, chosen: list[Coded], coders: Sequence[str], unit: str,
             value: _Value) -> Comparison:
    units = match_units(chosen, coders)
    data: list[list[object | None]] = [
        [value(u[name]) if name in u else None for u in units] for name in coders]
    comparison = Comparison(what=what, measure="matched", unit=unit, units=len(units),
                            alpha=nominal_alpha(data), percent=percent_agreement(data))
    for (i, a), (j, b) in combinations(enumerate(coders), 2):
        both = [(x, y) for x, y in zip(data[i], data[j], strict=True)
                if x is not None and y is not None]
        comparison.pairs.append(PairAgreement(
            a, b, cohen_kappa([x for x, _ in both], [y for _, y in both]),
            percent_agreement([[x for x, _ in both], [y for _, y in both]]), len(both)))
    pairable = sum(1 for column in zip(*data, strict=True)
                   if sum(v is not None for v in column) >= 2)
    if pairable < FEW_UNITS:
        comparison.warnings.append(Message(
            "agreement.few-units", "only {count} {units} coded by two or more coders: α and κ "
            "are not reliable on so few.", count=pairable,
            units=_PLURALS.get(unit, f"{unit}(s)")))
    given = Counter(v for row in data for v in row if v is not None)
    if given:
        top, count = given.most_common(1)[0]
        share = count / sum(given.values())
        if share > DOMINANT_SHARE and len(given) > 1:
            comparison.warnings.append(Message(
                "agreement.dominant-value", "“{value}” is {share:.0%} of the values: with one "
                "category dominating, α and κ are unstable.", value=top, share=share))
    for name, row in zip(coders, data, strict=True):
        if all(v is None for v in row):
            comparison.warnings.append(Message("agreement.nothing-here",
                                               "{name} coded nothing here.", name=name))
    if comparison.alpha is None and pairable:
        comparison.warnings.append(Message(
            "agreement.undefined-matched", "α is undefined: only one value was given "
            "throughout."))
    return comparison
