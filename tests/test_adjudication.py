"""Disagreements and adjudication (issue 14): the passages where coders' annotations meet,
how they differ, and accepting one coder's version into another (e.g. "gold") in one
transaction that ``swap`` undoes and redoes exactly."""

import pytest

from reader.core.disagreement import passages
from reader.core.library import LibraryError
from reader.core.models import Annotation

LAVROV = "Kami tidak ingin berperang"


def note(id_, coder, start, end, kind="quote", tags=(), speaker="", verdict=""):
    return Annotation(id=id_, article_id=1, kind=kind, exact="x", start=start, end=end,
                      tags=list(tags), speaker=speaker, verdict=verdict, coder=coder)


def test_overlapping_annotations_form_one_passage_and_say_how_they_differ():
    notes = [note(1, "Ana", 0, 10, speaker="Lavrov"), note(2, "Budi", 0, 10, speaker="lavrov"),
             note(3, "Ana", 20, 30, tags=["a"]), note(4, "Budi", 25, 40, tags=["a"]),
             note(5, "Budi", 38, 50, kind="claim", verdict="false"),  # chained: one passage
             note(6, "Ana", 60, 70, kind="claim", verdict="true"),
             note(7, "Budi", 60, 70, kind="claim", verdict="false"),
             note(8, "Citra", 80, 90), note(9, "Ana", 95, 99, kind="highlight"),
             Annotation(id=10, article_id=1, kind="quote", exact="y", start=None, end=None,
                        coder="Budi")]  # an orphan
    found = passages(notes, ["Ana", "budi"])
    assert [(p.start, p.end) for p in found] == [(0, 10), (20, 50), (60, 70), (95, 99)]
    same, spans, verdicts, alone = found
    assert same.agree and same.differences == []  # speakers compare case-blind
    assert passages([note(1, "Ana", 0, 5, tags=["Framing"]), note(2, "Budi", 0, 5,
                                                                   tags=["framing"])],
                    ["Ana", "Budi"])[0].agree  # so do tags
    assert spans.differences == ["span", "kind", "tags", "verdict"]  # (Budi's claim: no tag)
    assert [n.id for n in spans.versions["budi"]] == [4, 5]
    assert verdicts.differences == ["verdict"]
    assert alone.differences == ["missing"] and alone.coded_by() == ["Ana"]


def code(lib, coder, article_id, exact, **fields):
    lib.coders.use(coder)
    made = lib.annotations.add_exact(article_id, exact, **fields)
    lib.coders.use(None)
    return made


def test_accepting_a_version_into_gold_and_undoing_it(seeded_library, seed_id):
    lib = seeded_library
    ana = code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov", tags=["framing"])
    code(lib, "Budi", seed_id, "tidak ingin berperang", kind="quote")
    code(lib, "Ana", seed_id, "Rusia", kind="highlight")
    [highlight, quote] = lib.agreement.passages(seed_id)  # ("Rusia" comes first)
    assert quote.differences == ["span", "tags", "speaker"]
    assert highlight.differences == ["missing"]

    made, removed = lib.agreement.adjudicate(seed_id, "ana", "gold", quote.start, quote.end)
    assert removed == [] and len(made) == 1
    [gold] = made
    assert (gold.coder, gold.start, gold.end, gold.kind, gold.speaker, gold.tags) == (
        "gold", ana.start, ana.end, "quote", ana.speaker, ["framing"])
    assert gold.uuid != ana.uuid and gold.id != ana.id
    assert lib.agreement.passages(seed_id, ["Ana", "gold"])[1].agree

    # Budi's version replaces gold's there; undo (swap) gives gold Ana's again, exactly
    made2, removed2 = lib.agreement.adjudicate(seed_id, "Budi", "gold", quote.start, quote.end)
    assert [n.id for n in removed2] == [gold.id] and made2[0].start > gold.start
    lib.agreement.swap(made2, removed2)
    [back] = [n for n in lib.annotations.where(everyone=True) if n.coder == "gold"]
    assert (back.id, back.uuid, back.start, back.tags) == (gold.id, gold.uuid, gold.start,
                                                           gold.tags)
    lib.agreement.swap(removed2, made2)  # redo
    [again] = [n for n in lib.annotations.where(everyone=True) if n.coder == "gold"]
    assert again.id == made2[0].id

    whole, replaced = lib.agreement.adjudicate(seed_id, "Ana", "gold")  # the whole article
    assert len(whole) == 2 and [n.id for n in replaced] == [again.id]
    assert {c.name: c.annotations for c in lib.coders.all()}["gold"] == 2


def test_adjudication_refusals_are_one_line(seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote")
    for args in [("Ana", "ana"), ("Zed", "gold"), ("Ana", "x" * 200), ("Ana", "gold", 5, None),
                 ("Ana", "gold", 2000, 2100)]:
        with pytest.raises(LibraryError) as caught:
            lib.agreement.adjudicate(seed_id, *args)
        assert "\n" not in str(caught.value)
    assert [c.name for c in lib.coders.all() if c.name == "gold"] == []  # nothing was made


def test_undo_of_an_adjudication_keeps_a_colleague_s_later_correction(seeded_library,
                                                                        seed_id, db_path):
    """R17-5's class in adjudication: undo deleted the gold version even after a colleague
    annotated it; now it is refused whole and their note stays."""
    from reader.core.library import Library

    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov")
    [quote] = lib.agreement.passages(seed_id)
    made, removed = lib.agreement.adjudicate(seed_id, "ana", "gold", quote.start, quote.end)
    [gold] = made
    with Library(lib.stores.db.kutip_where) as colleague:
        colleague.annotations.update(gold.id, note="checked against MINA")
    with pytest.raises(LibraryError, match="Someone else changed this annotation since"):
        lib.agreement.swap(made, removed)
    assert lib.annotations.get(gold.id).note == "checked against MINA"
