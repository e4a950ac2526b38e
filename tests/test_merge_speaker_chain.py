"""Review R24-2: speaker merges travel (R21-14) one at a time. A merged "Kapusdatin" into
"Abdul Muhari", then "Abdul Muhari" into "Budi": Budi's events said only "Abdul Muhari
merged" (Kapusdatin's merge was noted on Abdul Muhari, deleted with the second merge).
B, holding all three, merged Abdul Muhari into Budi and kept "Kapusdatin" a speaker of
its own, for good (its new quotes of that name under a second speaker); where B had
merged Abdul Muhari into Kapusdatin, the two libraries kept two names for one person and
a conflict. A speaker merged into another now takes the speakers merged into it along
(the target notes them merged too; undone with the merge). Found by a three-library
random walk with speaker merges (seed 14 of 60)."""

from __future__ import annotations

import pytest

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"


@pytest.fixture
def pair(tmp_path):
    a = open_library(tmp_path / "a.sqlite")
    a.imports.paths([STORY])
    [article_id] = a.articles.ids()
    a.annotations.add_exact(article_id, "Kami sudah mengerahkan tim", kind="quote",
                            speaker="Kapusdatin")
    a.annotations.add_exact(article_id, "BNPB", kind="quote", speaker="Abdul Muhari")
    a.annotations.add_exact(article_id, "Jakarta Timur", kind="quote", speaker="Budi")
    a.exchange.export_file(tmp_path / "a0.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a0.kutip")
    yield a, b, article_id
    a.close()
    b.close()


def _speakers(library):
    return sorted((s.name, sorted(s.aliases)) for s in library.speakers.all())


def _quotes(library):
    return sorted((n.exact, n.speaker) for n in library.annotations.where())


def _exchange(tmp_path, a, b, round_):
    a.exchange.export_file(tmp_path / f"a{round_}.kutip")
    b.exchange.export_file(tmp_path / f"b{round_}.kutip")
    return (a.exchange.merge(tmp_path / f"b{round_}.kutip"),
            b.exchange.merge(tmp_path / f"a{round_}.kutip"))


ONE = [("Budi", ["Abdul Muhari", "Kapusdatin"])]
ALL_BUDI = [("BNPB", "Budi"), ("Jakarta Timur", "Budi"), ("Kami sudah mengerahkan tim", "Budi")]


@pytest.mark.parametrize("there", ["nothing", "the opposite merge"])
def test_a_chain_of_speaker_merges_travels_whole(pair, tmp_path, there):
    a, b, article_id = pair
    a.speakers.merge("Kapusdatin", "Abdul Muhari")
    a.speakers.merge("Abdul Muhari", "Budi")
    if there != "nothing":
        b.speakers.merge("Abdul Muhari", "Kapusdatin")

    to_a, to_b = _exchange(tmp_path, a, b, 1)

    assert _speakers(a) == _speakers(b) == ONE  # (was: B kept "Kapusdatin" besides Budi)
    assert _quotes(a) == _quotes(b) == ALL_BUDI  # (and "BNPB" twice in the opposite case)
    assert to_a.conflicts == [] and to_b.conflicts == []
    again_a, again_b = _exchange(tmp_path, a, b, 2)
    assert not again_a.changed_anything and not again_b.changed_anything
    b.annotations.add_exact(article_id, "Jakarta", kind="quote", speaker="Kapusdatin")
    assert ("Jakarta", "Budi") in _quotes(b)  # (a new quote of the name: the one person)

    b.exchange.undo_merge(to_b)  # (B's merge of the file undone: its speakers are back)
    assert "Kapusdatin" in [s.name for s in b.speakers.all()]


def test_a_chain_undone_before_the_file_was_written_travels_as_it_was_left(pair, tmp_path):
    a, b, _ = pair
    a.speakers.merge("Kapusdatin", "Abdul Muhari")
    snapshot = a.speakers.merge_undoable("Abdul Muhari", "Budi")
    a.speakers.unmerge(snapshot)  # (Budi no longer holds Kapusdatin either)
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert report.speakers_merged == 1
    assert _speakers(a) == _speakers(b) == [("Abdul Muhari", ["Kapusdatin"]), ("Budi", [])]
