"""The quote trail's pairwise precision and recall on the labelled quotations.

    python bench/trail_quality.py            # figures per language and edit type
    python bench/trail_quality.py --misses   # also every pair it gets wrong

Data: tests/data/trail/quotes.json (quotations of the same events by several outlets, with
the page each came from) and variants.json (hand-made variants for each edit type): the
development set the matcher was tuned on. heldout.json: real coverage of two more events,
labelled before the matcher was first run on it and never used to tune it (its figures are
the fairer estimate; a miss there is reported, not fixed on the set itself). chains.json:
constructed cases of a partial quote or stock phrase two different statements share
(R12-15): none of their "different" pairs should end up in one cluster; reported, not yet
a gate (connected components chain them; see bench/README.md, Session 12 (clus12)); its
three stock-phrase cases ("I don't know") no longer chain: a stock phrase links no longer
quotation (``match.stock_phrase``, R14-1; bench/README.md, Session 14 (hub14)).
content.json: constructed pairs of two statements of one speaker that keep every function
word and change the verb, the object, a name or a number (R13-9), with the same sentences
a synonym apart; reported per language (see bench/README.md, Session 13 (clus13)).
partial.json: REAL partial and edited quotations from different articles (Indonesian and
English coverage of the same events; typos, prefixes written apart, a word changed or
dropped), labelled by hand, drawn to stress the one-shingle rule; reported per language and
per class, pairwise and clustered (see bench/README.md, Session 14 (one14)).

    python bench/trail_quality.py --one-shingle-words 9   # every figure under another bound
    python bench/trail_quality.py --short 5               # trails' short members: <= 5 keys

"as a trail shows them" lines: the clusters as the trail view splits them (session 16,
``cluster.by_speaker``): a member of ``--short`` keys or fewer joins others only where
their speakers allow; for the real partial pairs also each pair alone as a trail of the
two shows it (session 18: a part of ``match.PART_EDITED`` keys or fewer with an edit
joins only where the two speakers can be one person or one names nobody). Speakers:
dev's events name one speaker (taken as every quotation's), held-out none, chains.json's
made-up ones, partial.json's the attribution's
(``speaker_found``). The other pair lines are the matcher's (the links it stores, which
the trail then judges): the attribution's speakers alone split no pair but one of a short
edited part.

A pair counts as put together when the trail would link it: the candidate lookup asks about
it (``text.worth_checking`` with ``--one-shingle-words``, default the trail's) and ``compare``
joins it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.trail.cluster import SHORT_MEMBER  # noqa: E402
from reader.core.trail.evaluate import (  # noqa: E402
    Score,
    flagged,
    load_chains,
    load_constructed,
    load_heldout,
    load_pairs,
    load_partial,
    partial_halves,
    score_chains,
    score_clusters,
    score_pair_clusters,
    score_pairs,
    together_share,
)
from reader.core.trail.text import ONE_SHINGLE_WORDS  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "trail"


def line(name: str, score: Score) -> str:
    if not score.tp + score.fn + score.fp + score.tn:  # not "1.000" of nothing
        return f"{name:<44} no pairs"
    return (f"{name:<44} precision {score.precision:.3f}  recall {score.recall:.3f}"
            f"   (same {score.tp + score.fn}, different {score.fp + score.tn})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the pairs it gets wrong")
    parser.add_argument("--one-shingle-words", type=int, default=ONE_SHINGLE_WORDS,
                        metavar="N", help="pairs sharing one shingle are checked only when a "
                        f"side has N words or fewer (the trail: {ONE_SHINGLE_WORDS})")
    parser.add_argument("--short", type=int, default=SHORT_MEMBER, metavar="N",
                        help="as a trail shows them: members of N keys or fewer join by"
                        f" speaker (the trail: {SHORT_MEMBER})")
    args = parser.parse_args(argv)
    bound = args.one_shingle_words
    short = args.short
    pairs, events = load_pairs(DATA)
    overall = score_pairs(pairs, bound)
    print(line("pairs, all", overall))
    by_language: dict[str, list] = defaultdict(list)
    by_group: dict[str, list] = defaultdict(list)
    for pair in pairs:
        by_language[pair.language].append(pair)
        by_group[pair.group].append(pair)
    for language, chosen in sorted(by_language.items()):
        print(line(f"pairs, {language}", score_pairs(chosen, bound)))
    for group, chosen in sorted(by_group.items()):
        print(line(f"  {group[:40]}", score_pairs(chosen, bound)))
    clusters = score_clusters(events, bound)
    print(line("clusters (real coverage), all pairs", clusters))
    print(line("  as a trail shows them", score_clusters(events, bound, short)))
    chains = score_chains(load_chains(DATA), bound)
    print(line("clusters, parts two statements share", chains)
          + "  (R12-15: reported, not yet a gate)")
    print(line("  as a trail shows them", score_chains(load_chains(DATA), bound, short)))
    chain_cases = load_chains(DATA)
    marked = {"chains": flagged([case["quotes"] for case in chain_cases]),
              "real coverage": flagged(events),
              "HELD-OUT real coverage": flagged(load_heldout(DATA)[1])}
    print("clusters whose trail flags versions joined only through a part: " + ", ".join(
        f"{name} {n} of {total}" for name, (n, total) in marked.items()))
    for wanted in ("reworded", "overlap"):
        together, total = together_share(pairs, wanted)
        print(f"{wanted} pairs put together (development set, not counted): {together} of {total}")
    content = load_constructed(DATA / "content.json")
    for language in sorted({p.language for p in content}):
        print(line(f"constructed, function words shared, {language}",
                   score_pairs([p for p in content if p.language == language], bound))
              + "  (R13-9: reported)")
    held_pairs, held_events = load_heldout(DATA)
    held = score_pairs(held_pairs, bound)
    print(line("HELD-OUT pairs, all", held))
    for language in sorted({p.language for p in held_pairs}):
        print(line(f"HELD-OUT pairs, {language}",
                   score_pairs([p for p in held_pairs if p.language == language], bound)))
    held_clusters = score_clusters(held_events, bound)
    print(line("HELD-OUT clusters, all pairs", held_clusters))
    print(line("  as a trail shows them", score_clusters(held_events, bound, short)))
    partial, unclear = load_partial(DATA)
    real = score_pairs(partial, bound)
    print(line("REAL partial/edited pairs, all", real) + f"  ({unclear} unclear, not scored)")
    for language in sorted({p.language for p in partial}):
        print(line(f"REAL partial/edited pairs, {language}",
                   score_pairs([p for p in partial if p.language == language], bound)))
    for group in sorted({p.group for p in partial}):
        print(line(f"  {group[:40]}", score_pairs([p for p in partial if p.group == group],
                                                   bound)))
    for name, half in zip(("A, text_sha1 even", "B, text_sha1 odd"), partial_halves(DATA),
                          strict=True):  # (a rule looked for on one half: score the other)
        print(line(f"  half {name}", score_pairs(half, bound)))
    print(line("REAL partial pairs, as a trail shows them",
               score_pairs(partial, bound, shown=True)))
    for language in sorted({p.language for p in partial}):
        print(line(f"  {language}", score_pairs([p for p in partial if p.language == language],
                                                bound, shown=True)))
    for name, half in zip(("A", "B"), partial_halves(DATA), strict=True):
        print(line(f"  half {name}", score_pairs(half, bound, shown=True)))
    real_clusters = score_pair_clusters(partial, bound)
    print(line("REAL partial/edited pairs, clustered", real_clusters))
    print(line("  as a trail shows them", score_pair_clusters(partial, bound, short)))
    for name, half in zip(("A", "B"), partial_halves(DATA), strict=True):
        print(line(f"  half {name}, clustered",
                   score_pair_clusters(half, bound)))
        print(line(f"  half {name}, as a trail shows them",
                   score_pair_clusters(half, bound, short)))
    if args.misses:
        constructed = score_pairs(content, bound)
        for pair in (overall.misses + clusters.misses + chains.misses + constructed.misses
                     + held.misses + held_clusters.misses + real.misses):
            print(f"MISSED  {pair.a!r}\n        {pair.b!r}")
        for pair in (overall.false_alarms + clusters.false_alarms + chains.false_alarms
                     + constructed.false_alarms + held.false_alarms + held_clusters.false_alarms
                     + real.false_alarms):
            print(f"WRONGLY JOINED  {pair.a!r}\n                {pair.b!r}")
    ok = (min(overall.precision, overall.recall, clusters.precision, clusters.recall) >= 0.95
          and overall.tp + overall.fn > 0 and clusters.tp + clusters.fn > 0)  # (none: no pass)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
