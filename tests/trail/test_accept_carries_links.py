"""A quote accepted as the suggested passage it replaces (the same place and words: the
Suggestions tab's Accept All) takes the passage's links over in the catch-up, instead of
finding them again (issue 15's upkeep): the passage's keys are its keys, so its candidates
and ``compare``'s answers are the passage's. The trail then equals a rebuild's, on
randomized libraries (``test_upkeep_random``'s), with some passages accepted as they are,
some with another span, and some articles changed beside them; on a library file and on a
team library."""

import random

import pytest

from reader.core.library import Library
from reader.core.library import trail as trail_module
from reader.core.library.trail_build import Builder

from .test_upkeep_random import SPEAKERS, _articles, _snapshot, _statement


def _accept_all(lib: Library, article_id: int) -> int:
    """Accept every quote the Suggestions tab offers for the article, as it is."""
    offered = lib.suggestions.for_article(article_id, kinds="quote")
    lib.suggestions.accept_many(article_id, offered)
    return len(offered)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_accepted_passages_keep_their_links_as_a_rebuild_finds_them(place, monkeypatch, seed):
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(10)]
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles(rng, statements, 40, 1))
        lib.trail.refresh()  # the first use builds it
        ids = lib.articles.ids()
        accepted = sum(_accept_all(lib, article_id) for article_id in rng.sample(ids, 12))
        assert accepted >= 12
        for article_id in rng.sample(ids, 3):  # a part of a passage, and a deleted article
            text = lib.articles.text(article_id)
            start = text.index("“") + 1
            lib.annotations.add_exact(article_id, " ".join(text[start:].split()[:5]),
                                      kind="quote", speaker=rng.choice(SPEAKERS))
        lib.articles.delete(rng.choice(ids))
        lib.bulk.add_articles(_articles(rng, statements, 5, 100))  # (new ones beside)
        monkeypatch.setattr(trail_module, "REFRESH_PART", 15)  # several parts
        report = lib.trail.refresh()
        assert not report.rebuilt
        caught_up = _snapshot(lib)
        assert sum(len(c) > 1 for c in caught_up[0]) >= 5
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()


def test_accept_all_checks_no_pair_again(tmp_path, monkeypatch):
    """An article's passages accepted as they are: the catch-up checks no pair (before, it
    found and checked every one of them again) and the trail is as before, with the quotes
    in the passages' places."""
    rng = random.Random(5)
    statements = [_statement(rng) for _ in range(6)]
    lib = Library(tmp_path / "l.sqlite")
    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        lib.trail.refresh()
        before = _snapshot(lib)
        linked = {place[0] for pair in before[2] for place in pair}  # (articles linked)
        article_id = sorted(linked)[0]
        assert _accept_all(lib, article_id)
        checked = []
        real = Builder.check_lists

        def counted(self, lists, a, b):
            checked.append(len(a))
            return real(self, lists, a, b)

        monkeypatch.setattr(Builder, "check_lists", counted)
        lib.trail.refresh()
        assert sum(checked) == 0
        after = _snapshot(lib)

        def unannotated(snapshot):  # (the places without the annotation ids)
            clusters, _, links, _ = snapshot
            return (sorted(sorted(p[:4] for p in c) for c in clusters),
                    {tuple(p[:4] for p in pair) for pair in links})

        assert unannotated(after) == unannotated(before)
        assert any(p[4] is not None for c in after[0] for p in c)
    finally:
        lib.close()
