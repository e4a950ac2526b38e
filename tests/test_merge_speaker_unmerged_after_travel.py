"""Review REVIEW24b finding 3 (open, recorded as an expected failure): a person's undo of a
speaker merge that already travelled. A merged Kapusdatin BNPB into Abdul Muhari and
exchanged with B (B merged them too, noting its own ``merged:`` event above the file's,
``_Merge.merged_there``); then A undid its merge (``Speakers.unmerge``: a ``merged:…:off``
event). Which of A's ``off`` and B's ``on`` wins depends on their counters' random steps
(``later_event``): in some runs A is merged again silently (its undo lost), in others A
stays unmerged and B merged, and the two libraries never agree again, however often they
exchange. Fixing it needs a rule (does an unmerge travel? B's ``on`` was no decision of
its own) and a comparison by what each side knew, as RR22-3 does for blind coding."""

from __future__ import annotations

import pytest

from tests.merge_helpers import exchange, shared_pair


def _state(library):
    return (sorted((s.name, sorted(s.aliases)) for s in library.speakers.all()),
            sorted((n.exact, n.speaker, n.note) for n in library.annotations.where()))


@pytest.mark.xfail(reason="REVIEW24b finding 3: an unmerge after the merge travelled is"
                   " decided by the counters' random steps", strict=False)
def test_a_merge_undone_after_it_travelled_ends_alike_and_keeps_the_undo(tmp_path):
    outcomes = []
    for attempt in range(12):  # (random steps: one run in three or four went wrong)
        folder = tmp_path / str(attempt)
        folder.mkdir()
        a, b, _ = shared_pair(folder, [("Kami sudah mengerahkan tim", "Abdul Muhari"),
                                       ("warga yang mengungsi", "Kapusdatin BNPB")])
        try:
            snapshot = a.speakers.merge_undoable("Kapusdatin BNPB", "Abdul Muhari")
            exchange(folder, a, b)
            a.speakers.unmerge(snapshot)
            for round_ in range(2, 5):
                exchange(folder, a, b, round_)
            outcomes.append((_state(a) == _state(b),
                             len(a.speakers.all()) == 2))  # (A's undo kept)
        finally:
            a.close()
            b.close()
    assert outcomes == [(True, True)] * 12
