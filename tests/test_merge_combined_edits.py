"""Review R21-4: a tag renamed, merged or deleted in one library while a colleague edited
the note of an annotation carrying it: after one exchange each way both libraries held
the annotation twice, and each merge reported a conflict. Changes to different parts of
one annotation (its tags, note, speaker, verdict, span) are now combined, the same way on
both sides; the same part changed on both sides is still a conflict."""

from __future__ import annotations

import pytest

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"
WORDS = "Kami sudah mengerahkan tim"


@pytest.fixture
def pair(tmp_path):
    """A with a quote tagged "banjir", sent to B: both hold the same version."""
    a = open_library(tmp_path / "a.sqlite")
    a.imports.paths([STORY])
    [article_id] = a.articles.ids()
    a.annotations.add_exact(article_id, WORDS, kind="quote", tags=["banjir"])
    a.exchange.export_file(tmp_path / "a0.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a0.kutip")
    yield a, b
    a.close()
    b.close()


def _exchange(tmp_path, a, b, round_: int = 1):
    a.exchange.export_file(tmp_path / f"a{round_}.kutip")
    b.exchange.export_file(tmp_path / f"b{round_}.kutip")
    return (a.exchange.merge(tmp_path / f"b{round_}.kutip"),
            b.exchange.merge(tmp_path / f"a{round_}.kutip"))


def _quotes(library):
    return sorted((n.tags, n.note, n.speaker, n.verdict)
                  for n in library.annotations.where() if n.kind == "quote")


def _only(library):
    [quote] = [n for n in library.annotations.where() if n.kind == "quote"]
    return quote


@pytest.mark.parametrize("change", ["rename", "merge", "delete"])
def test_a_tag_changed_there_and_a_note_edited_here_are_one_annotation(pair, tmp_path,
                                                                         change):
    a, b = pair
    if change == "rename":
        a.tags.rename("banjir", "bencana")
    elif change == "merge":
        [article_id] = a.articles.ids()
        a.annotations.add_exact(article_id, "Abdul Muhari", kind="highlight",
                                tags=["bencana"])
        a.tags.merge("banjir", "bencana")
    else:
        a.tags.delete("banjir")
    b.annotations.update(_only(b).id, note="cek lagi")

    to_a, to_b = _exchange(tmp_path, a, b)

    tags = [] if change == "delete" else ["bencana"]
    assert _quotes(a) == _quotes(b) == [(tags, "cek lagi", "", "")]  # (was: two each)
    assert to_a.conflicts == [] and to_b.conflicts == []
    assert to_a.annotations_updated == to_b.annotations_updated == 1
    again_a, again_b = _exchange(tmp_path, a, b, 2)  # (agreed: nothing more to do)
    assert not again_a.changed_anything and not again_b.changed_anything
    assert _quotes(a) == _quotes(b) == [(tags, "cek lagi", "", "")]


def test_a_speaker_set_here_and_a_note_there_are_combined(pair, tmp_path):
    a, b = pair
    a.annotations.update(_only(a).id, speaker="Abdul Muhari")
    b.annotations.update(_only(b).id, note="dicek ke BNPB", tags=["banjir", "cek"])
    to_a, to_b = _exchange(tmp_path, a, b)
    assert _quotes(a) == _quotes(b) == [(["banjir", "cek"], "dicek ke BNPB", "Abdul Muhari",
                                         "")]
    assert to_a.conflicts == [] and to_b.conflicts == []
    assert _only(a).speaker_written == _only(b).speaker_written  # (with the speaker)


def test_a_verdict_on_a_claim_made_a_quote_elsewhere_is_a_conflict(pair, tmp_path):
    """Combined, the two would be a quote with a verdict, which no library may hold."""
    a, b = pair
    for library in (a, b):
        library.annotations.update(_only(library).id, kind="claim")
    _exchange(tmp_path, a, b)
    [claim_a] = [n for n in a.annotations.where() if n.kind == "claim"]
    [claim_b] = [n for n in b.annotations.where() if n.kind == "claim"]
    a.annotations.update(claim_a.id, kind="quote")
    b.annotations.update(claim_b.id, verdict="true")
    to_a, to_b = _exchange(tmp_path, a, b, 2)
    assert len(to_a.conflicts) == len(to_b.conflicts) == 1
    for library in (a, b):
        assert all(n.kind == "claim" or n.verdict in ("", "unchecked")
                   for n in library.annotations.where())


def test_the_same_part_changed_on_both_sides_is_still_a_conflict(pair, tmp_path):
    a, b = pair
    a.annotations.update(_only(a).id, note="versi A", tags=["banjir", "cek"])
    b.annotations.update(_only(b).id, note="versi B")
    to_a, to_b = _exchange(tmp_path, a, b)
    assert len(to_a.conflicts) == len(to_b.conflicts) == 1
    assert _quotes(a) == _quotes(b) == [(["banjir"], "versi B", "", ""),
                                        (["banjir", "cek"], "versi A", "", "")]
