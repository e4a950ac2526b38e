"""Review R21-14: A merged the speaker "Kapusdatin" into "Abdul Muhari" while B quoted
"Kapusdatin" anew: after one exchange each way A had one speaker and B two, B's new quote
under the merged-away name, for good. A speaker merge now travels: B merges its
"Kapusdatin" too (its quotes go to Abdul Muhari), and undoing B's merge of the file puts
it back; a merge A undid before sending does not travel."""

from __future__ import annotations

import pytest

from reader.core.library import open_library
from tests.merge_helpers import STORY, exchange, shared_pair


@pytest.fixture
def pair(tmp_path):
    a, b, article_id = shared_pair(tmp_path, [("Kami sudah mengerahkan tim", "Abdul Muhari"),
                              ("Jakarta Timur", "Kapusdatin")])
    yield a, b, article_id
    a.close()
    b.close()


def _state(library):
    return (sorted(s.name for s in library.speakers.all()),
            sorted((n.exact, n.speaker) for n in library.annotations.where()))


def test_a_speaker_merged_there_is_merged_here_with_the_new_quotes(pair, tmp_path):
    a, b, article_id = pair
    a.speakers.merge("Kapusdatin", "Abdul Muhari")
    b.annotations.add_exact(article_id, "BNPB", kind="quote", speaker="Kapusdatin")

    to_a, to_b = exchange(tmp_path, a, b)

    merged = (["Abdul Muhari"], [("BNPB", "Abdul Muhari"), ("Jakarta Timur", "Abdul Muhari"),
                                 ("Kami sudah mengerahkan tim", "Abdul Muhari")])
    assert _state(a) == _state(b) == merged  # (was: B kept "Kapusdatin" and its quote)
    assert to_b.speakers_merged == 1 and "1 speakers merged into another" in to_b.summary()
    assert "Kapusdatin" in b.speakers.get("Abdul Muhari").aliases
    again_a, again_b = exchange(tmp_path, a, b, 2)
    assert not again_a.changed_anything and not again_b.changed_anything
    assert _state(a) == _state(b) == merged

    b.exchange.undo_merge(to_b)  # (B's merge of the file undone: its speaker is back)
    assert "Kapusdatin" in [s.name for s in b.speakers.all()]
    assert ("BNPB", "Kapusdatin") in _state(b)[1]


def test_a_merge_undone_before_the_file_was_written_does_not_travel(pair, tmp_path):
    a, b, _ = pair
    snapshot = a.speakers.merge_undoable("Kapusdatin", "Abdul Muhari")
    a.speakers.unmerge(snapshot)
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert report.speakers_merged == 0
    assert sorted(s.name for s in b.speakers.all()) == ["Abdul Muhari", "Kapusdatin"]


def test_an_alias_taken_away_after_the_merge_keeps_a_new_speaker_of_that_name(pair, tmp_path):
    """Once merged here, the name taken away from the speaker kept and given to a new
    speaker of its own: an older file that still says "merged" does not merge it again."""
    a, b, article_id = pair
    a.speakers.merge("Kapusdatin", "Abdul Muhari")
    a.exchange.export_file(tmp_path / "a1.kutip")
    assert b.exchange.merge(tmp_path / "a1.kutip").speakers_merged == 1
    b.speakers.remove_alias("Abdul Muhari", "Kapusdatin")
    b.annotations.add_exact(article_id, "BNPB", kind="quote", speaker="Kapusdatin")
    report = b.exchange.merge(tmp_path / "a1.kutip")  # (the same older file again)
    assert report.speakers_merged == 0
    assert sorted(s.name for s in b.speakers.all()) == ["Abdul Muhari", "Kapusdatin"]


def test_the_same_two_speakers_merged_in_opposite_directions_end_with_one_name(pair, tmp_path):
    """Found by a random walk of three libraries (session 23): A merged Kapusdatin into
    Abdul Muhari while B merged Abdul Muhari into Kapusdatin; each then found the other's
    name as its own alias, and the two libraries named the person differently for good.
    Both keep the name first in order (the other an alias); undone with the merge."""
    a, b, _ = pair
    a.speakers.merge("Kapusdatin", "Abdul Muhari")
    b.speakers.merge("Abdul Muhari", "Kapusdatin")
    a.exchange.export_file(tmp_path / "a1.kutip")
    b.exchange.export_file(tmp_path / "b1.kutip")
    to_a = a.exchange.merge(tmp_path / "b1.kutip")
    to_b = b.exchange.merge(tmp_path / "a1.kutip")
    assert _state(a) == _state(b)  # (was: "Abdul Muhari" in A, "Kapusdatin" in B)
    assert _state(a)[0] == ["Abdul Muhari"]
    assert "Kapusdatin" in b.speakers.get("Abdul Muhari").aliases
    assert to_a.speakers_merged == 0 and to_b.speakers_merged == 1
    again_a, again_b = exchange(tmp_path, a, b, 2)
    assert not again_a.changed_anything and not again_b.changed_anything
    b.exchange.undo_merge(to_b)
    assert [s.name for s in b.speakers.all()] == ["Kapusdatin"]


def test_a_speaker_merged_there_into_a_name_new_here_takes_that_name(tmp_path):
    """B knows only "Kapusdatin"; A merged it into "Abdul Muhari", a speaker B never had:
    B's speaker takes the name, "Kapusdatin" an alias (was: two names for one person)."""
    a = open_library(tmp_path / "a.sqlite")
    b = open_library(tmp_path / "b.sqlite")
    try:
        a.imports.paths([STORY])
        [article_id] = a.articles.ids()
        a.annotations.add_exact(article_id, "Jakarta Timur", kind="quote", speaker="Kapusdatin")
        a.exchange.export_file(tmp_path / "a0.kutip")
        b.exchange.merge(tmp_path / "a0.kutip")
        a.speakers.merge("Kapusdatin", "Abdul Muhari")
        a.exchange.export_file(tmp_path / "a1.kutip")
        report = b.exchange.merge(tmp_path / "a1.kutip")
        assert _state(a) == _state(b) == (["Abdul Muhari"], [("Jakarta Timur", "Abdul Muhari")])
        assert report.speakers_merged == 1
        b.exchange.undo_merge(report)
        assert [s.name for s in b.speakers.all()] == ["Kapusdatin"]
    finally:
        a.close()
        b.close()
