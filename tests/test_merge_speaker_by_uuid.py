"""Review R24-6: A merged "Abdul Muhari" into "Ani Sutrisno", then renamed her "Bu Ani". B,
holding both, found the file's speaker by its first name it knew, the alias "Abdul Muhari"
(Bu Ani itself unknown there), so B's Ani Sutrisno, the very speaker (the same UUID), was
never matched: B merged Abdul Muhari into nothing of hers, kept "Ani Sutrisno" a speaker of
its own and "Bu Ani" another, for good. A speaker is now found by its UUID first, as a
collection is (R20-18), then by name or alias. Found by the lead's random walk (seed 309
of 300: a merge, then two renames)."""

from __future__ import annotations

from tests.merge_helpers import exchange, shared_pair


def _speakers(library):
    return sorted((s.name, sorted(s.aliases)) for s in library.speakers.all())


def test_a_speaker_merged_into_then_renamed_there_is_found_by_its_uuid(tmp_path):
    a, b, _ = shared_pair(tmp_path, [("Kami sudah mengerahkan tim", "Ani Sutrisno"),
                                     ("BNPB", "Abdul Muhari")])
    try:
        a.speakers.merge("Abdul Muhari", "Ani Sutrisno")
        a.speakers.rename("Ani Sutrisno", "Bu Ani")

        to_a, to_b = exchange(tmp_path, a, b)

        one = [("Bu Ani", ["Abdul Muhari", "Ani Sutrisno"])]
        assert _speakers(a) == _speakers(b) == one  # (was: B "Ani Sutrisno" and "Bu Ani")
        assert sorted(n.speaker for n in b.annotations.where()) == ["Bu Ani", "Bu Ani"]
        again_a, again_b = exchange(tmp_path, a, b, 2)
        assert not again_a.changed_anything and not again_b.changed_anything
        b.exchange.undo_merge(to_b)
        assert _speakers(b) == [("Abdul Muhari", []), ("Ani Sutrisno", [])]
    finally:
        a.close()
        b.close()
