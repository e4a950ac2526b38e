"""R12-15: a partial quote (or a stock phrase) two different statements both hold chains
them into one cluster; ``cluster.statements`` tells the statements such a part joins
apart, and the trail flags the versions in it only through such a part."""

import itertools
import random

from reader.core.library import ClusterFilter, Library
from reader.core.models import ImportedArticle
from reader.core.trail.cluster import components, statements

DAMS = ("The dams were built too late for this city and we will not give up on the"
        " families who lost their homes")
TAX = ("The new tax on fuel is the only honest way to pay for the schools and we will not"
       " give up on the families who lost their homes")
PART = "we will not give up on the families who lost their homes"


def test_a_part_of_two_statements_joins_neither():
    # 1 dams (22 words), 2 its copy, 3 tax (27), 4 the part (11) in both
    words = {1: 22, 2: 22, 3: 27, 4: 11}
    links = [(1, 2), (1, 4), (2, 4), (3, 4)]
    assert len(set(components(words, links).values())) == 1  # (what clusters do)
    assert statements(words, links, words) == {1: 1, 2: 1, 3: 3, 4: 4}


def test_a_part_of_one_statement_joins_it_and_a_part_of_a_part_too():
    # 1 and 2 one statement (40 words, one word dropped), 3 a part of both (20), 4 a part
    # of 3 and of 1 (8)
    words = {1: 40, 2: 39, 3: 20, 4: 8}
    links = [(1, 2), (1, 3), (2, 3), (3, 4), (1, 4)]
    assert set(statements(words, links, words).values()) == {1}
    # a part of a part that also lies in another statement (5): joins neither
    words[5] = 30
    assert statements(words, [*links, (4, 5)], words) == {1: 1, 2: 1, 3: 1, 4: 4, 5: 5}


def test_groups_that_lie_in_each_other_are_one_and_the_order_does_not_matter():
    # a chain of small edits makes one group of 10 to 28 words (1-6-2-9-8-10); 3 (18
    # words) holds 1 and lies in 10: the two lie in each other (a cycle), so are one, and
    # both lie in 7 (60 words) alone: all one statement. 11 lies in 7 and in 12: apart.
    words = {1: 10, 6: 12, 2: 14, 9: 17, 8: 21, 10: 28, 3: 18, 7: 60, 11: 8, 12: 50}
    links = [(1, 6), (2, 6), (2, 9), (8, 9), (8, 10), (1, 3), (3, 10), (7, 10), (3, 7),
             (7, 11), (11, 12)]
    assert statements(words, links, words) == {
        **{i: 1 for i in (1, 6, 2, 9, 8, 10, 3, 7)}, 11: 11, 12: 12}
    want = statements(words, links, words)
    rng = random.Random(3)
    for _ in range(20):
        order = list(words)
        rng.shuffle(order)
        name = {old: new for old, new in zip(sorted(words), sorted(order), strict=True)}
        renamed = [(name[a], name[b]) for a, b in links]
        got = statements([name[i] for i in words], renamed,
                         {name[i]: n for i, n in words.items()})
        together = {frozenset(g for g in words if got[name[g]] == got[name[i]])
                    for i in words}
        assert together == {frozenset(g for g in words if want[g] == want[i])
                            for i in words}


def test_with_only_whole_versions_statements_are_the_components():
    rng = random.Random(5)
    words = {i: 12 for i in range(1, 30)}
    links = [(a, b) for a, b in itertools.combinations(words, 2) if rng.random() < 0.05]
    assert statements(words, links, words) == components(words, links)


def test_the_trail_flags_the_versions_in_it_only_through_a_part(tmp_path):
    lib = Library(str(tmp_path / "library.sqlite"))
    try:
        lib.bulk.add_articles([ImportedArticle(
            title=name, source=f"Outlet{name}", content_hash=name,
            published=f"2024-01-0{n}", text=f"Jakarta – “{text},” Vale said.")
            for n, (name, text) in enumerate((("A", DAMS), ("B", TAX), ("C", PART)), 1)])
        [cluster] = lib.trail.clusters(ClusterFilter())
        trail = lib.trail.trail_of_cluster(cluster.cluster)
        assert [v.source for v in trail.versions] == ["OutletA", "OutletB", "OutletC"]
        assert trail.versions[1].reference  # (the tax statement, the fullest)
        assert trail.flags == ["versions 1 (OutletA), 3 (OutletC) are in this trail only"
                               " through a shorter quotation they share with the others:"
                               " they may quote a different statement, not reword this one"]
    finally:
        lib.close()
