"""Review R24-7: A merged the speaker "Kapusdatin" into "Abdul Muhari" while B edited the
note of one of Kapusdatin's quotes. The merge changed the quotes' versions (their speaker's
name is part of them) without noting the versions they had, so B's merge of A's file (its
own quote now Abdul Muhari's too, by R21-14) found two versions neither library had seen
and differing in the note only: a conflict, and the quote twice in both libraries after one
exchange each way. A speaker merge now notes its quotes' versions as a rename does
(R20-2b): one quote, with B's note, in both."""

from __future__ import annotations

from tests.merge_helpers import exchange, shared_pair

WORDS = "Kami sudah mengerahkan tim"


def _quotes(library):
    return sorted((n.exact, n.note, n.speaker) for n in library.annotations.where())


def test_a_quote_edited_here_of_a_speaker_merged_there_is_one_quote(tmp_path):
    a, b, _ = shared_pair(tmp_path, [(WORDS, "Kapusdatin"), ("BNPB", "Abdul Muhari")])
    try:
        a.speakers.merge("Kapusdatin", "Abdul Muhari")
        [quote] = [n for n in b.annotations.where() if n.exact == WORDS]
        b.annotations.update(quote.id, note="cek lagi")

        to_a, to_b = exchange(tmp_path, a, b)

        expected = [("BNPB", "", "Abdul Muhari"), (WORDS, "cek lagi", "Abdul Muhari")]
        assert _quotes(a) == _quotes(b) == expected  # (was: the quote twice in both)
        assert to_a.conflicts == [] and to_b.conflicts == []
        again_a, again_b = exchange(tmp_path, a, b, 2)
        assert not again_a.changed_anything and not again_b.changed_anything
    finally:
        a.close()
        b.close()
