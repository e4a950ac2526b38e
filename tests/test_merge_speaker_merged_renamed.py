"""Review R24-5: A merged "Ani Sutrisno" into "Abdul Muhari" while B renamed her "Bu Ani".
A merge travels by the merged speaker's name (R21-14), which B's speaker no longer had:
after exchanging both ways A called the person Abdul Muhari and B Bu Ani, for good; where
B had an "Abdul Muhari" of its own, B kept two speakers for A's one, and the quote twice
(a conflict copy) in both libraries. A speaker renamed here from a name the file's library
merged into another (news here) is merged as that name would be: into the file's speaker,
or, where this library lacks it, taking its name. Found by the lead's random walk (seed
149 of 300: a merge there and three renames here)."""

from __future__ import annotations

import pytest

from tests.merge_helpers import exchange, shared_pair

WORDS = "Kami sudah mengerahkan tim"


def _speakers(library):
    return sorted((s.name, sorted(s.aliases)) for s in library.speakers.all())


def _quotes(library):
    return sorted((n.exact, n.speaker) for n in library.annotations.where())


@pytest.mark.parametrize("abdul_in_b", [False, True], ids=["B lacks Abdul", "B has Abdul"])
def test_a_speaker_merged_there_and_renamed_here_is_one_speaker_of_one_name(tmp_path,
                                                                              abdul_in_b):
    quotes = [(WORDS, "Ani Sutrisno"), *([("BNPB", "Abdul Muhari")] if abdul_in_b else [])]
    a, b, _ = shared_pair(tmp_path, quotes)
    try:
        a.speakers.merge("Ani Sutrisno", "Abdul Muhari")
        b.speakers.rename("Ani Sutrisno", "Bu Ani")

        to_a, to_b = exchange(tmp_path, a, b)

        assert _speakers(a) == _speakers(b) == [("Abdul Muhari", ["Ani Sutrisno", "Bu Ani"])]
        expected = sorted([(WORDS, "Abdul Muhari"),
                           *([("BNPB", "Abdul Muhari")] if abdul_in_b else [])])
        assert _quotes(a) == _quotes(b) == expected  # (was: the quote twice, with Abdul)
        assert to_a.conflicts == [] and to_b.conflicts == []
        again_a, again_b = exchange(tmp_path, a, b, 2)
        assert not again_a.changed_anything and not again_b.changed_anything

        b.exchange.undo_merge(to_b)  # (as it was: Bu Ani, and Abdul where B had him)
        assert "Bu Ani" in [s.name for s in b.speakers.all()]
    finally:
        a.close()
        b.close()


def test_a_rename_made_knowing_the_merge_stays(tmp_path):
    """(Unchanged: B merged A's file, then renamed the speaker kept: B's later name.)"""
    a, b, _ = shared_pair(tmp_path, [(WORDS, "Ani Sutrisno"), ("BNPB", "Abdul Muhari")])
    try:
        a.speakers.merge("Ani Sutrisno", "Abdul Muhari")
        a.exchange.export_file(tmp_path / "a1.kutip")
        b.exchange.merge(tmp_path / "a1.kutip")
        b.speakers.rename("Abdul Muhari", "Pak Abdul")
        exchange(tmp_path, a, b, 2)
        assert _speakers(a) == _speakers(b) == [("Pak Abdul", ["Abdul Muhari",
                                                               "Ani Sutrisno"])]
    finally:
        a.close()
        b.close()
