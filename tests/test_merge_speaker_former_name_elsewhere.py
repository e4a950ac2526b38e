"""Review R24-12 (the walk's seed 319): two libraries each made a speaker of one name on their
own (two UUIDs); one of them merged a third into theirs and renamed it (the old name kept as
an alias). The other kept its own speaker of that name beside the renamed one, for good: an
alias never merges two speakers. But before the rename the two were one by that name
(speakers meet by name), and the renaming library already reads the other's quotes of that
name as its renamed speaker's: the file's speaker's former name (its ``name:`` events), the
own name of another speaker here, merges that speaker in, reported and undone with the
merge."""

from __future__ import annotations

from tests.merge_helpers import exchange, shared_pair


def _state(library):
    return (sorted((s.name, sorted(a.casefold() for a in s.aliases))
                   for s in library.speakers.all()),
            sorted((n.exact, n.speaker) for n in library.annotations.where()))


def _quote(library, article_id, exact, speaker):
    library.annotations.add_exact(article_id, exact, kind="quote", speaker=speaker)


def test_a_speaker_renamed_there_meets_its_former_name_made_here_on_its_own(tmp_path):
    a, b, article_id = shared_pair(tmp_path, [("Kami sudah mengerahkan tim",
                                               "Abdul Muhari")])
    try:
        _quote(a, article_id, "warga yang mengungsi", "Ani Sutrisno")
        a.speakers.merge("Abdul Muhari", "Ani Sutrisno")
        a.speakers.rename("Ani Sutrisno", "Ani S.")
        [b_article] = b.articles.ids()
        _quote(b, b_article, "Jakarta Timur", "Ani Sutrisno")
        for round_ in range(1, 4):
            exchange(tmp_path, a, b, round_)
        assert _state(a) == _state(b)
        assert [s.name for s in b.speakers.all()] == ["Ani S."]
    finally:
        a.close()
        b.close()


def test_the_merge_of_a_former_name_is_reported_and_undone_with_the_merge(tmp_path):
    a, b, article_id = shared_pair(tmp_path, [("Kami sudah mengerahkan tim",
                                               "Abdul Muhari")])
    try:
        _quote(a, article_id, "warga yang mengungsi", "Ani Sutrisno")
        a.speakers.merge("Abdul Muhari", "Ani Sutrisno")
        a.speakers.rename("Ani Sutrisno", "Ani S.")
        [b_article] = b.articles.ids()
        _quote(b, b_article, "Jakarta Timur", "Ani Sutrisno")
        before = _state(b)
        a.exchange.export_file(tmp_path / "a1.kutip")
        report = b.exchange.merge(tmp_path / "a1.kutip")
        assert report.speakers_merged == 2  # (Abdul Muhari, as there; her former name)
        b.exchange.undo_merge(report)
        assert _state(b) == before
    finally:
        a.close()
        b.close()
