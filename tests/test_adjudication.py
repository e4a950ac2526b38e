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


def _two_calls(library, tmp_path):
    """A story imported, gold's quote of Lavrov and Ana's of the spokesman on the same
    words: its article's id."""
    text = '"Kami tidak ingin berperang," kata Lavrov. Juru bicara itu menolak.'
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    library.imports.paths([tmp_path / "story.txt"])
    (article,) = library.articles.ids()
    library.coders.use("gold")
    library.annotations.add_exact(article, LAVROV, kind="quote", speaker="Sergey Lavrov")
    library.coders.use("Ana")
    library.annotations.add_exact(article, LAVROV, kind="quote", speaker="Juru Bicara")
    return article


def _gold(library):
    return [(n.exact, n.speaker) for n in library.annotations.where(everyone=True)
            if n.coder == "gold"]


def test_undo_and_redo_of_an_adjudication_after_a_merge_are_not_deleted_again(tmp_path):
    """Review R20-20: the adjudication reached the other library (a file, a push), then
    was undone here; merging the other's file back deleted gold's first call again (its
    put-back had the very version the other side's tombstone names), and gold was left
    with nothing. ``swap`` puts back as an undeletion (in undo and redo): a later event
    than the deletion, which the other library then takes."""
    from reader.core.library import open_library

    a, b = open_library(tmp_path / "a.sqlite"), open_library(tmp_path / "b.sqlite")
    article = _two_calls(a, tmp_path)

    def send(sender, receiver, name):
        sender.exchange.export_file(tmp_path / name)
        return receiver.exchange.merge(tmp_path / name)

    send(a, b, "a1.kutip")
    made, removed = a.agreement.adjudicate(article, "Ana", "gold")
    send(a, b, "a2.kutip")
    assert _gold(b) == [(LAVROV, "Juru Bicara")]
    b.exchange.export_file(tmp_path / "b2.kutip")  # (B's library: the adjudication taken)
    a.agreement.swap(made, removed)  # Undo
    a.exchange.merge(tmp_path / "b2.kutip")
    assert _gold(a) == [(LAVROV, "Sergey Lavrov")]
    send(a, b, "a3.kutip")  # and the undo reaches B
    assert _gold(b) == [(LAVROV, "Sergey Lavrov")]
    b.exchange.export_file(tmp_path / "b3.kutip")
    a.agreement.swap(removed, made)  # Redo, after B took the undo
    a.exchange.merge(tmp_path / "b3.kutip")
    assert _gold(a) == [(LAVROV, "Juru Bicara")]
    send(a, b, "a4.kutip")
    assert _gold(b) == [(LAVROV, "Juru Bicara")]
    a.close()
    b.close()


def test_undo_of_an_adjudication_in_a_team_library_survives_a_colleagues_push(tmp_path,
                                                                              pg_url):
    """R20-20 in a team library (PostgreSQL): the adjudication made there, pulled by a
    colleague, undone there; the colleague's push (his library holding the adjudication)
    leaves gold's first call put back."""
    from reader.core.library import Library, open_library

    local = open_library(tmp_path / "b.sqlite", seed=False)
    _two_calls(local, tmp_path)
    with Library(pg_url) as team:
        team.exchange.merge_bundle(local.exchange.snapshot())
        made, removed = team.agreement.adjudicate(team.articles.ids()[0], "Ana", "gold")
        local.exchange.merge_bundle(team.exchange.snapshot())  # (pulled)
        assert _gold(local) == [(LAVROV, "Juru Bicara")]
        team.agreement.swap(made, removed)  # Undo
        team.exchange.merge_bundle(local.exchange.snapshot())  # (his push)
        assert _gold(team) == [(LAVROV, "Sergey Lavrov")]
    local.close()
