"""Each quotation's candidate speakers, with the evidence the rules compute for them.

For every quotation the engine found, ``options`` lists who could have said it: the
speaker the rules chose, everyone the cast names or reports as speaking from two
paragraph before the quotation to the paragraph after it, and *nobody* (an unnamed
source, a document). Each option carries plain numeric features (where the person is
named or speaks relative to the quotation, how the rules found them, what they are), so
a small learned scorer can rank the options (``tools/train_speaker_ranker.py`` trains
one on the labelled development news; ``score`` applies its weights). Pure Python: the
runtime needs no learning library.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from .names import People

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Candidate, Paragraphs

NOBODY: Final = ""
#: the options come from the paragraph before the quotation's to the one after it, and
#: no further than these many characters before its opening and after its closing mark
BEFORE = 1
REACH = (800, 400)
_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s))")  # ([.!?…](?=\s)|\n, opening with the marks)
_WORD: Final = re.compile(r"\w\w*")
#: how the rules found the quotation's speaker (Candidate.how) and the name (Attribution.how)
RULE_HOWS = ("after", "before", "subject", "chain", "inherited")
NAME_HOWS = ("name", "short", "role", "library", "pronoun", "subject", "body")


@dataclass
class SpeakerOption:
    """One possible speaker of a quotation (``name`` "" is nobody) and its evidence."""

    name: str
    features: dict[str, float] = field(default_factory=dict)


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Is there no sentence break between a and b?"""
    return not _BREAK.search(text, min(a, b), max(a, b))


def _nearest(pos_list: list[int], who_list: list[str], lo: int, hi: int,
             before: int, after: int) -> tuple[dict[str, int], dict[str, int]]:
    """Per name, its last position in [lo, before) and its first in [after, hi)."""
    last: dict[str, int] = {}
    first: dict[str, int] = {}
    i = bisect.bisect_left(pos_list, lo)
    n = len(pos_list)
    while i < n and pos_list[i] < hi:
        p, w = pos_list[i], who_list[i]
        if p < before:
            last[w] = p
        elif p >= after and w not in first:
            first[w] = p
        i += 1
    return last, first


def _where(text: str, lo: int, hi: int, pos: int, anchor: int) -> str:
    """“sent” (same sentence), “para” (same paragraph: lo..hi) or “p1” (the one before
    or after: the options come no further)."""
    if lo <= pos < hi:
        return "sent" if _same_sentence(text, pos, anchor) else "para"
    return "p1"


def options(text: str, paras: Paragraphs, people: People, cands: Sequence[Candidate],
            language: str, named_only: bool = False) -> list[list[SpeakerOption]]:
    """For each candidate quotation (in order), its speaker options, nobody first (none
    for a quotation the rules give nobody, when ``named_only``).

    (``tools/train_speaker_ranker.py`` imports this under older engines too: it reads
    only what their candidates and casts already had.)"""
    out: list[list[SpeakerOption]] = []
    first_seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    for p, w in zip(people.mention_pos, people.mention_who, strict=True):
        first_seen.setdefault(w, p)
        counts[w] = counts.get(w, 0) + 1
    order = sorted(first_seen, key=first_seen.__getitem__)
    rank = {w: k for k, w in enumerate(order)}
    lang_id = 1.0 if language == "id" else 0.0
    known: dict[str, tuple[dict[str, float], list[str]]] = {}
    holders: dict[str, set[str]] = {}  # word -> the names in the article that have it
    word_sets: dict[str, frozenset[str]] = {}  # name -> its words (split once, not per pair)
    for name in {*people.mention_who, *people.event_who, *people.body_who,
                 *(c.att.speaker for c in cands)}:
        words = name.split()
        word_sets[name] = frozenset(words)
        for w in words:
            holders.setdefault(w, set()).add(name)

    def static(name: str) -> tuple[dict[str, float], list[str]]:
        """What does not depend on the quotation: the name's own features and words."""
        found = known.get(name)
        if found is None:
            words = name.split()
            f: dict[str, float] = {"mentions": math.log1p(counts.get(name, 0))}
            if people.is_body(name):
                f["body"] = 1.0
            if len(words) >= 2:
                f["full_name"] = 1.0
            if people.roles.get(name):
                f["has_role"] = 1.0
            if name in people.roles:
                f["in_cast"] = 1.0
            if not counts.get(name):
                f["not_mentioned"] = 1.0
            if words and words[0].lower() in people.words:
                f["common_first_word"] = 1.0  # “Disebut Djoko”, “Urusan Logistik”
            if rank.get(name) == 0:
                f["first_in_article"] = 1.0
            mine = frozenset(words)
            for w in mine:
                for other in holders.get(w, ()):
                    theirs = word_sets[other]
                    if mine < theirs:
                        f["shorter_form"] = 1.0  # “Jokowi” beside “Joko Widodo (Jokowi)”
                    elif theirs < mine:
                        f["longer_form"] = 1.0
            parts = [w for w in _WORD.findall(name.casefold()) if len(w) > 2]
            found = known[name] = (f, parts)
        return found

    prev_speaker = ""
    prev_para = -9
    for c in cands:
        if named_only and not c.att.speaker:
            out.append([])
            continue
        s = c.span
        para = s.para
        close = s.close if s.close is not None else s.end
        lo = max(paras[max(0, para - BEFORE)][0], s.open - REACH[0])
        hi = min(paras[min(len(paras) - 1, para + 1)][1], close + REACH[1])
        ev_last, ev_first = _nearest(people.event_pos, people.event_who, lo, hi, s.open,
                                     close + 1)
        mn_last, mn_first = _nearest(people.mention_pos, people.mention_who, lo, hi, s.open,
                                     close + 1)
        bd_last, _bd_first = _nearest(people.body_pos, people.body_who, lo, hi, s.open,
                                      close + 1)
        p_lo, p_hi = paras[para]
        looks = (("ev_b_", ev_last, s.open), ("ev_a_", ev_first, close),
                 ("mn_b_", mn_last, s.open), ("mn_a_", mn_first, close))
        names: dict[str, None] = {}
        if c.att.speaker:
            names[c.att.speaker] = None
        for d in (ev_last, ev_first, mn_last, mn_first, bd_last):
            for w in d:
                names.setdefault(w, None)
        names.pop(NOBODY, None)
        recency = sorted(mn_last, key=mn_last.__getitem__, reverse=True)[:2] + ["", ""]
        last_named, second_named = recency[0], recency[1]
        last_speaker = max(ev_last, key=ev_last.__getitem__) if ev_last else ""
        inner_words = set(_WORD.findall(text[s.start : s.end].casefold()))
        conf = c.att.confidence if c.att.speaker else 0.0
        rule_named = bool(c.att.speaker)
        explicit_nobody = not rule_named and c.att.explicit and c.how in ("after", "before")
        u = bisect.bisect_left(people.unnamed_pos, s.open) - 1
        unnamed_before = u >= 0 and people.unnamed_pos[u] >= paras[para][0]
        v = bisect.bisect_left(people.unnamed_pos, close)
        unnamed_after = v < len(people.unnamed_pos) and people.unnamed_pos[v] < paras[para][1] \
            and _same_sentence(text, close, people.unnamed_pos[v])
        nobody = SpeakerOption(NOBODY, {"nobody": 1.0})  # (features that hold: 1.0)
        f = nobody.features
        if lang_id:
            f["nobody_id"] = 1.0
        if rule_named:
            f["nobody_rule_conf"] = conf
        else:
            f["nobody_rule_none"] = 1.0
        if explicit_nobody:
            f["nobody_rule_explicit"] = 1.0
        if unnamed_before:
            f["nobody_unnamed_before"] = 1.0
        if unnamed_after:
            f["nobody_unnamed_after"] = 1.0
        if not names:
            f["nobody_no_options"] = 1.0
        if c.sentence_like:
            f["nobody_sentence_like"] = 1.0
        opts = [nobody]
        for name in names:
            base, parts = static(name)
            f = dict(base)
            if name == c.att.speaker:
                f["rule"] = 1.0
                f["rule_id"] = lang_id
                f["rule_conf"] = conf
                if c.how in RULE_HOWS:
                    f["rule_" + c.how] = 1.0
                    f[f"rule_{c.how}_id"] = lang_id
                if c.att.how in NAME_HOWS:
                    f["rule_name_" + c.att.how] = 1.0
            for tag, found, anchor in looks:
                at = found.get(name)
                if at is not None:
                    f[tag + _where(text, p_lo, p_hi, at, anchor)] = 1.0
            if name in bd_last:
                f["body_near"] = 1.0
            if name == last_named:
                f["last_named"] = 1.0
            elif name == second_named:
                f["second_named"] = 1.0
            if name == last_speaker:
                f["last_speaker"] = 1.0
            if name == prev_speaker and prev_para >= para - 1:
                f["prev_quote" if prev_para == para else "prev_quote_p1"] = 1.0
            if not inner_words.isdisjoint(parts):
                f["in_quote"] = 1.0
            opts.append(SpeakerOption(name, f))
        out.append(opts)
        if c.att.speaker:
            prev_speaker, prev_para = c.att.speaker, para
    return out


def score(option: SpeakerOption, weights: Mapping[str, float]) -> float:
    """The option's score under the weights (a linear model: one weight per feature)."""
    get = weights.get
    return sum([get(k, 0.0) * v for k, v in option.features.items()])


def rank(opts: Sequence[SpeakerOption], weights: Mapping[str, float]
         ) -> list[tuple[float, SpeakerOption]]:
    """Options with their probability (a softmax over the quotation's options), best first."""
    raw = [score(o, weights) for o in opts]
    top = max(raw)
    exp = [math.exp(r - top) for r in raw]
    total = sum(exp)
    return sorted(((e / total, o) for e, o in zip(exp, opts, strict=True)),
                  key=lambda pair: -pair[0])


def odds(opts: Sequence[SpeakerOption], weights: Mapping[str, float], name: str
         ) -> tuple[float, str, float]:
    """(probability of ``name``, the likeliest other option's name, its probability): what
    ``rank`` gives for them, without sorting every option."""
    raw = [score(o, weights) for o in opts]
    top = max(raw)
    exp = [math.exp(r - top) for r in raw]
    total = sum(exp)
    mine, other, best = 0.0, "", -1.0
    for o, e in zip(opts, exp, strict=True):
        if o.name == name:
            mine = e / total
        elif e > best:
            other, best = o.name, e
    return mine, other, (best / total if best >= 0 else 0.0)
