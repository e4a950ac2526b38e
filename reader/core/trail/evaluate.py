"""Pairwise precision and recall of the quote trail on labelled quotations.

Two sources (``tests/data/trail``): ``quotes.json``, quotations of the same events by
several outlets, each listing the sentences it covers as ``sentence:wording``; and
``variants.json``, hand-made variants of real quotations for each edit type. From the
first, every pair of quotations of one event gets a label:

- ``same``: one covers no sentence the other lacks, and each shared sentence has the same
  wording (a copy, a cut, a light edit);
- ``different``: no sentence in common;
- ``reworded``: the same sentences in another translation or rewording;
- ``overlap``: each has a sentence the other lacks.

Precision and recall are computed over ``same`` and ``different`` pairs, which is what the
trail promises; ``reworded`` and ``overlap`` pairs are reported (how many end up together)
but do not count. Both the pair decision (``compare``) and the clusters (pairs that end up
in one connected component) are scored; ``chains.json`` adds constructed cases of a partial
quotation or stock phrase that two different statements share (R12-15: a component chains
them today). ``partial.json`` holds real pairs of partial and edited quotations from different
articles (session 14), labelled by hand, some unclear (not scored).

A pair counts as put together when the trail would link it: ``compare`` joins it AND the
trail's candidate lookup would ask (``linked``: a shingle shared, and a second one unless a
side has ``one_shingle_words`` words or fewer, ``text.worth_checking``). Every function takes
that number, so a stricter rule can be measured on every set (``bench/trail_quality.py
--one-shingle-words N``).
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cluster import by_speaker, components, same_speaker, statements
from .match import compare, edited_part
from .text import ONE_SHINGLE_WORDS, keys, shingles, worth_checking


def linked(a: list[str], b: list[str], one_shingle_words: int = ONE_SHINGLE_WORDS) -> bool:
    """Whether the trail links two quotations (lists of keys): the candidate lookup asks
    about the pair and ``compare`` joins it."""
    shared = len(set(shingles(a)) & set(shingles(b)))
    return (shared > 0 and worth_checking(shared, len(a), len(b), one_shingle_words)
            and compare(a, b) is not None)


def _parts(quote: dict[str, Any]) -> dict[str, str]:
    return dict(part.split(":", 1) for part in quote["parts"])


def label(a: dict[str, Any], b: dict[str, Any]) -> str:
    """same / different / reworded / overlap for two quotations of one event."""
    pa, pb = _parts(a), _parts(b)
    shared = set(pa) & set(pb)
    if not shared:
        return "different"
    if not (set(pa) <= set(pb) or set(pb) <= set(pa)):
        return "overlap"
    if all(pa[s] == pb[s] for s in shared):
        return "same"
    return "reworded"


@dataclass
class Pair:
    a: str
    b: str
    label: str
    group: str  # event, or the edit type of a variant
    language: str
    speaker_a: str = ""  # who each side is attributed to ('' unknown; ``speaker_found``)
    speaker_b: str = ""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[Pair] = field(default_factory=list)  # same pairs kept apart
    false_alarms: list[Pair] = field(default_factory=list)  # different pairs put together

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, pair: Pair, together: bool) -> None:
        if pair.label == "same":
            if together:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(pair)
        elif pair.label == "different":
            if together:
                self.fp += 1
                self.false_alarms.append(pair)
            else:
                self.tn += 1


Events = list[list[dict[str, Any]]]


def load_events(path: Path) -> tuple[list[Pair], Events]:
    """The labelled pairs of a file of events (``quotes.json``, ``heldout.json``), and the
    events' quotations (for scoring clusters)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs, events = [], []
    for event in data["events"]:
        quotes = event["quotes"]
        events.append(quotes)
        if event.get("speaker") and ";" not in event["speaker"]:  # (one speaker: as coded)
            for quote in quotes:
                quote.setdefault("speaker", event["speaker"])
        for a, b in itertools.combinations(quotes, 2):
            pairs.append(Pair(a["text"], b["text"], label(a, b), event["event"],
                              event["language"]))
    return pairs, events


def load_pairs(folder: Path) -> tuple[list[Pair], Events]:
    """The development set: real coverage (``quotes.json``) and hand-made variants
    (``variants.json``), with the events' quotations."""
    pairs, events = load_events(folder / "quotes.json")
    return pairs + load_constructed(folder / "variants.json"), events


def load_constructed(path: Path) -> list[Pair]:
    """Hand-made pairs in ``variants.json``'s form (``content.json``): each labelled same
    or different, grouped by its ``edit``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Pair(v["a"], v["b"], "same" if v["same"] else "different", v["edit"], v["language"],
                 *_found_speakers(v))
            for v in data["pairs"]]


def _found_speakers(pair: dict[str, Any]) -> tuple[str, str]:
    """The speakers the attribution found for each side of a real pair (``partial.json``'s
    ``speaker_found``), '' for none or a constructed pair."""
    source = pair.get("source")
    sides = [source.get(side) if isinstance(source, dict) else None for side in "ab"]
    return (sides[0].get("speaker_found", "") if isinstance(sides[0], dict) else "",
            sides[1].get("speaker_found", "") if isinstance(sides[1], dict) else "")


def load_heldout(folder: Path) -> tuple[list[Pair], Events]:
    """The held-out set (``heldout.json``): real coverage never used to tune the matcher."""
    return load_events(folder / "heldout.json")


def load_partial(folder: Path) -> tuple[list[Pair], int]:
    """The real partial and edited quotations (``partial.json``): the labelled pairs, grouped
    by how each was drawn, and how many pairs were left unclear (not scored)."""
    data = json.loads((folder / "partial.json").read_text(encoding="utf-8"))
    return load_constructed(folder / "partial.json"), len(data["unclear"])


def partial_halves(folder: Path) -> tuple[list[Pair], list[Pair]]:
    """``partial.json``'s labelled pairs in two fixed halves, by the first byte of side a's
    ``text_sha1`` (even: A, odd: B), so that a rule looked for on one half is scored on the
    other, whose pairs were not read (session 15: a rule that helped on A broke B)."""
    data = json.loads((folder / "partial.json").read_text(encoding="utf-8"))
    halves: tuple[list[Pair], list[Pair]] = ([], [])
    for entry, pair in zip(data["pairs"], load_constructed(folder / "partial.json"),
                           strict=True):
        halves[int(entry["source"]["a"]["text_sha1"][:2], 16) % 2].append(pair)
    return halves


def score_pairs(pairs: list[Pair], one_shingle_words: int = ONE_SHINGLE_WORDS,
                shown: bool = False) -> Score:
    """The pair decision alone: does the trail link each pair (``linked``) as labelled?
    With ``shown``, as a trail of the two shows them: a link of a short part with an edit
    (``match.edited_part``) joins them only where their speakers (``speaker_a``,
    ``speaker_b``) can be one person or one names nobody (``cluster.by_speaker``)."""
    score = Score()
    for pair in pairs:
        a, b = keys(pair.a), keys(pair.b)
        together = linked(a, b, one_shingle_words)
        if together and shown and pair.speaker_a and pair.speaker_b and edited_part(a, b):
            together = same_speaker(pair.speaker_a, pair.speaker_b)
        score.add(pair, together)
    return score


def score_pair_clusters(pairs: list[Pair], one_shingle_words: int = ONE_SHINGLE_WORDS,
                        short: int | None = None) -> Score:
    """Labelled pairs judged by the clusters: the quotations the pairs connect are taken as
    groups (connected components of the pairs), each group is clustered as the trail does
    (``linked`` on every pair of its quotations, then connected components; with
    ``short``, ``cluster.by_speaker`` with each text's speaker, the first a pair names),
    and each labelled pair is scored by whether its two ended up in one cluster."""
    texts = sorted({text for pair in pairs for text in (pair.a, pair.b)})
    at = {text: i for i, text in enumerate(texts)}
    said: dict[int, str] = {}
    for pair in pairs:
        for text, speaker in ((pair.a, pair.speaker_a), (pair.b, pair.speaker_b)):
            if speaker:
                said.setdefault(at[text], speaker)
    group = components(range(len(texts)), [(at[p.a], at[p.b]) for p in pairs])
    members: dict[int, list[int]] = {}
    for i, root in group.items():
        members.setdefault(root, []).append(i)
    found: dict[int, int] = {}
    for quotes in members.values():
        word_keys = {i: keys(texts[i]) for i in quotes}
        links = [(i, j) for i, j in itertools.combinations(quotes, 2)
                 if linked(word_keys[i], word_keys[j], one_shingle_words)]
        found.update(components(quotes, links) if short is None else by_speaker(
            quotes, links, {i: len(k) for i, k in word_keys.items()}, said, short=short,
            edited=[(i, j) for i, j in links if edited_part(word_keys[i], word_keys[j])]))
    score = Score()
    for pair in pairs:
        score.add(pair, found[at[pair.a]] == found[at[pair.b]])
    return score


def score_clusters(events: Events, one_shingle_words: int = ONE_SHINGLE_WORDS,
                   short: int | None = None) -> Score:
    """Clusters: each event's quotations clustered, then every pair judged by whether it
    ended up in one cluster. The truth is the clusters the ``same`` pairs make (a long quote
    and each of its parts belong together, so two parts do too); a pair the truth does not
    join but labels ``reworded`` or ``overlap`` is not counted."""
    score = Score()
    for quotes in events:
        n = range(len(quotes))
        labels = {(i, j): label(quotes[i], quotes[j]) for i, j in itertools.combinations(n, 2)}
        truth = components(n, [p for p, lab in labels.items() if lab == "same"])
        found = found_statements(quotes, one_shingle_words, short)
        for (i, j), lab in labels.items():
            if truth[i] == truth[j]:
                lab = "same"
            elif lab != "different":
                continue
            score.add(Pair(quotes[i]["text"], quotes[j]["text"], lab, "", ""),
                      found[i] == found[j])
    return score


def found_statements(quotes: list[dict[str, Any]], one_shingle_words: int = ONE_SHINGLE_WORDS,
                     short: int | None = None) -> dict[int, int]:
    """Each quotation's index → its cluster's smallest index, as the trail clusters them
    (``linked`` on every pair, then connected components; with ``short``, as a trail
    shows them: ``cluster.by_speaker`` with each quotation's ``speaker``, '' or absent for
    none)."""
    texts = [keys(q["text"]) for q in quotes]
    n = range(len(texts))
    links = [(i, j) for i, j in itertools.combinations(n, 2)
             if linked(texts[i], texts[j], one_shingle_words)]
    if short is None:
        return components(n, links)
    return by_speaker(n, links, {i: len(t) for i, t in enumerate(texts)},
                      {i: q.get("speaker", "") for i, q in enumerate(quotes)}, short=short,
                      edited=[(i, j) for i, j in links if edited_part(texts[i], texts[j])])


def load_chains(folder: Path) -> list[dict[str, Any]]:
    """The constructed cases of ``chains.json``: each a list of quotations, each naming the
    statements it is a part of."""
    data = json.loads((folder / "chains.json").read_text(encoding="utf-8"))
    return list(data["chains"])


def score_chains(chains: list[dict[str, Any]], one_shingle_words: int = ONE_SHINGLE_WORDS,
                 short: int | None = None) -> Score:
    """Clusters of the constructed cases: a pair of quotations of one statement each is
    ``same`` when it is the same one, ``different`` when their statements are disjoint;
    a pair with a part of several statements is not counted."""
    score = Score()
    for case in chains:
        quotes = case["quotes"]
        found = found_statements(quotes, one_shingle_words, short)
        for i, j in itertools.combinations(range(len(quotes)), 2):
            si, sj = set(quotes[i]["statements"]), set(quotes[j]["statements"])
            if si & sj and (len(si) > 1 or len(sj) > 1):
                continue
            lab = "same" if si == sj else "different"
            score.add(Pair(quotes[i]["text"], quotes[j]["text"], lab, case["case"],
                           case["language"]), found[i] == found[j])
    return score


def flagged(groups: list[list[dict[str, Any]]]) -> tuple[int, int]:
    """(clusters the trail flags, clusters of two or more) over these groups of quotations:
    a cluster ``cluster.statements`` splits, whose trail names the versions in it only
    through a part (R12-15)."""
    flags = total = 0
    for quotes in groups:
        texts = [keys(q["text"]) for q in quotes]
        n = range(len(texts))
        links = [(i, j) for i, j in itertools.combinations(n, 2)
                 if compare(texts[i], texts[j]) is not None]
        found = components(n, links)
        apart = statements(n, links, {i: len(t) for i, t in enumerate(texts)})
        for root in set(found.values()):
            members = [i for i in n if found[i] == root]
            if len(members) > 1:
                total += 1
                flags += len({apart[i] for i in members}) > 1
    return flags, total


def together_share(pairs: list[Pair], wanted: str) -> tuple[int, int]:
    """(pairs put together, pairs) among those labelled ``wanted`` (reworded, overlap)."""
    chosen = [p for p in pairs if p.label == wanted]
    return sum(compare(keys(p.a), keys(p.b)) is not None for p in chosen), len(chosen)
