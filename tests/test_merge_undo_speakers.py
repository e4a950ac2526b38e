"""Review R24-4: undoing a merge that merged a speaker as the file's library had (R21-14)
or renamed one as it had (R20-2b) did it with the library's own steps: an unmerge and a
rename back, each noted as this library's new decision (``merged:…:off``, the old name as
a later event), while the merge's own events stayed. Merging the same file again then
merged and renamed nothing (this library had "decided" later: the two libraries apart for
good), and the file of the library that undid renamed the speaker back in the library
that had renamed it. An undo of a merge now leaves the speakers' histories as they were
before it, as it does for tags and annotations."""

from __future__ import annotations

from tests.merge_helpers import shared_pair


def _speakers(library):
    return sorted((s.name, sorted(s.aliases)) for s in library.speakers.all())


def test_a_merge_undone_merges_and_renames_again_and_sends_no_decision(tmp_path):
    a, b, _ = shared_pair(tmp_path, [("Kami sudah mengerahkan tim", "Kapusdatin"),
                                     ("BNPB", "Abdul Muhari")])
    try:
        a.speakers.merge("Kapusdatin", "Abdul Muhari")
        a.speakers.rename("Abdul Muhari", "Pak Abdul")
        a.exchange.export_file(tmp_path / "a1.kutip")
        report = b.exchange.merge(tmp_path / "a1.kutip")
        assert _speakers(b) == _speakers(a) == [("Pak Abdul", ["Abdul Muhari", "Kapusdatin"])]
        before = _speakers(b)

        b.exchange.undo_merge(report)
        assert _speakers(b) == [("Abdul Muhari", []), ("Kapusdatin", [])]
        b.exchange.export_file(tmp_path / "b1.kutip")
        to_a = a.exchange.merge(tmp_path / "b1.kutip")  # (B's undo is no decision of B's)
        assert _speakers(a) == before  # (was: A's speaker renamed back to Abdul Muhari)
        assert to_a.speakers_renamed == 0

        again = b.exchange.merge(tmp_path / "a1.kutip")  # (the same file again)
        assert (again.speakers_merged, again.speakers_renamed) == (1, 1)  # (was: 0, 0)
        assert _speakers(b) == before
    finally:
        a.close()
        b.close()
