"""Review R20-2b: a speaker renamed in one library kept its old name in the other after an
exchange each way, for good; and since an annotation's version holds its speaker's name,
the two libraries' versions of every quote of that speaker then never matched again: a
new conflict at each exchange, and libraries that never agreed (found by a random walk of
three libraries, session 24). A rename now travels as a tag's does: renamed there since,
the speaker here takes the new name (its old one kept as an alias, undone with the merge);
renamed here since, its name stays; renamed on both sides from one name, both keep the
name first in alphabetical order."""

from __future__ import annotations

import pytest

from reader.core.library import open_library
from tests.merge_helpers import exchange, shared_pair


@pytest.fixture
def pair(tmp_path):
    a, b, article_id = shared_pair(tmp_path, [("Kami sudah mengerahkan tim", "Abdul Muhari")])
    yield a, b, article_id
    a.close()
    b.close()


def _state(library):
    return (sorted((s.name, sorted(s.aliases)) for s in library.speakers.all()),
            sorted((n.exact, n.speaker, n.note) for n in library.annotations.where()))


def test_a_speaker_renamed_there_is_renamed_here_and_edits_meet_again(pair, tmp_path):
    a, b, _ = pair
    a.speakers.rename("Abdul Muhari", "Abdul Muhari, Kapusdatin BNPB")
    [quote] = b.annotations.where()
    b.annotations.update(quote.id, note="dicek")

    to_a, to_b = exchange(tmp_path, a, b)

    assert _state(a) == _state(b)  # (was: B kept "Abdul Muhari", A had both names)
    # one quote, both edits: the new name and B's note (was: a conflict copy in A, whose
    # rename made a version of the quote no library knew)
    assert _state(a)[1] == [("Kami sudah mengerahkan tim", "Abdul Muhari, Kapusdatin BNPB",
                             "dicek")]
    assert not to_a.conflicts and not to_b.conflicts
    assert b.speakers.get("Abdul Muhari, Kapusdatin BNPB").aliases == ["Abdul Muhari"]
    assert to_b.speakers_renamed == 1 and "1 speakers renamed as in the file" in to_b.summary()
    again_a, again_b = exchange(tmp_path, a, b, 2)
    assert not again_a.conflicts and not again_b.conflicts  # (was: a conflict every time)
    assert not again_a.changed_anything and not again_b.changed_anything

    b.exchange.undo_merge(to_b)  # (B's merge of the file undone: its name is back)
    assert [s.name for s in b.speakers.all()] == ["Abdul Muhari"]


def test_a_rename_without_the_old_name_kept_finds_the_speaker_by_its_uuid(pair, tmp_path):
    a, b, _ = pair
    a.speakers.rename("Abdul Muhari", "Abdul Muhari (BNPB)", keep_alias=False)
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert [s.name for s in b.speakers.all()] == ["Abdul Muhari (BNPB)"]  # (was: two)
    assert report.speakers_added == 0 and report.speakers_renamed == 1


def test_a_rename_here_is_not_undone_by_an_older_file(pair, tmp_path):
    a, b, _ = pair
    b.speakers.rename("Abdul Muhari", "Muhari")
    a.exchange.export_file(tmp_path / "a1.kutip")  # (A never renamed: its older name)
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert [s.name for s in b.speakers.all()] == ["Muhari"]
    assert report.speakers_renamed == 0
    exchange(tmp_path, a, b, 2)
    assert _state(a) == _state(b)
    assert [s.name for s in a.speakers.all()] == ["Muhari"]


def test_renamed_on_both_sides_both_keep_the_name_first_in_order(pair, tmp_path):
    a, b, _ = pair
    a.speakers.rename("Abdul Muhari", "Muhari")
    b.speakers.rename("Abdul Muhari", "Dr Abdul Muhari")
    exchange(tmp_path, a, b)
    exchange(tmp_path, a, b, 2)
    assert _state(a) == _state(b)
    assert [s.name for s in a.speakers.all()] == ["Dr Abdul Muhari"]
    assert sorted(a.speakers.get("Dr Abdul Muhari").aliases) == ["Abdul Muhari", "Muhari"]


def test_two_libraries_own_names_met_through_an_alias_are_left_as_they_are(tmp_path):
    """No rename anywhere: each library's own name for a person, one holding the other's as
    an alias, is nobody's rename to follow."""
    a = open_library(tmp_path / "a.sqlite")
    b = open_library(tmp_path / "b.sqlite")
    try:
        a.speakers.create("Joko Widodo", aliases=["Jokowi"])
        b.speakers.create("Jokowi")
        a.exchange.export_file(tmp_path / "a.kutip")
        report = b.exchange.merge(tmp_path / "a.kutip")
        assert report.speakers_renamed == 0
        assert [s.name for s in b.speakers.all()] == ["Jokowi"]
    finally:
        a.close()
        b.close()
