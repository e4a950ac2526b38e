"""Review R24-8: a quote deleted in one library while the other merged or renamed its
speaker came back in both, reported as a conflict: the merge or rename changed the quote's
version (the speaker's name is in its fingerprint), so the deletion was against a version
the other library "never saw". A version that differs from the one deleted only by the
speaker's name, a name the speaker has here too (an alias), is that version: the deletion
stands, in both libraries. An edit made besides the name still brings the quote back."""

from __future__ import annotations

import pytest

from tests.merge_helpers import exchange, shared_pair

QUOTES = [("Kami sudah mengerahkan tim", "Abdul Muhari"),
          ("warga yang mengungsi", "Kapusdatin BNPB")]


def _state(library):
    return (sorted((s.name, sorted(s.aliases)) for s in library.speakers.all()),
            sorted((n.exact, n.speaker, n.note) for n in library.annotations.where()))


def _change(library, how):
    if how == "merge":
        library.speakers.merge("Kapusdatin BNPB", "Abdul Muhari")
    elif how == "merge_undoable":
        library.speakers.merge_undoable("Kapusdatin BNPB", "Abdul Muhari")
    else:
        library.speakers.rename("Kapusdatin BNPB", "Kapusdatin")


def _delete(library):
    [note] = [n for n in library.annotations.where() if n.exact == "warga yang mengungsi"]
    library.annotations.delete(note.id)


@pytest.mark.parametrize("how", ["merge", "merge_undoable", "rename"])
def test_a_deletion_against_a_speaker_merge_or_rename_elsewhere_stands(tmp_path, how):
    a, b, _ = shared_pair(tmp_path, QUOTES)
    try:
        _change(a, how)
        _delete(b)
        conflicts = 0
        for round_ in range(1, 4):
            ra, rb = exchange(tmp_path, a, b, round_)
            conflicts += len(ra.conflicts) + len(rb.conflicts)
        assert conflicts == 0
        assert _state(a) == _state(b)
        assert [n.exact for n in a.annotations.where()] == ["Kami sudah mengerahkan tim"]
    finally:
        a.close()
        b.close()


def test_an_edit_besides_the_speakers_name_brings_the_quote_back(tmp_path):
    a, b, _ = shared_pair(tmp_path, QUOTES)
    try:
        _change(a, "merge")
        [note] = [n for n in a.annotations.where() if n.exact == "warga yang mengungsi"]
        a.annotations.update(note.id, note="dicek")
        _delete(b)
        ra, rb = exchange(tmp_path, a, b)
        assert len(rb.conflicts) == 1  # (the edit is not lost, and is said)
        for round_ in range(2, 4):
            exchange(tmp_path, a, b, round_)
        assert _state(a) == _state(b)
        assert ("warga yang mengungsi", "Abdul Muhari", "dicek") in _state(b)[1]
    finally:
        a.close()
        b.close()
