"""Undo of a merge keeps what someone did since on what it merged (review R18-3).

Ctrl+Z of File › Exchange › Merge (and of a REFI-QDA import, the same ``MergeCommand``)
deleted the merged articles with every annotation on them, and put the pre-merge version
of an updated annotation back over whatever it held: a colleague's correction of a merged
quote and the colleague's own new highlights on the merged articles were gone, without a
word. Now the undo takes back only what is still as the merge left it (where its words
are left out: a re-import moving them is nobody's edit), keeps the rest and says how many;
merging the file again (redo) leaves what it kept.

The libraries are real news from ``tests/data/quotes_real/dev`` (their ``.json`` names the
public source of each) with their labelled quotes as one coder's work.
"""

import json
import time
from pathlib import Path

import pytest

from reader.core.library import Library, open_library

REAL = Path(__file__).parent / "data" / "quotes_real" / "dev"
ARTICLES = ["001_detik_id", "002_liputan6_id"]
CORRECTION = "Koreksi: berita ini diperbarui pada pukul 10.00 WIB.\n\n"


@pytest.fixture
def merged(tmp_path):
    """Ana's coded library, exported; Budi's empty library, the file merged in: (Budi's
    library, the file's path, the merge's report)."""
    ana = open_library(tmp_path / "ana.sqlite", seed=False)
    ana.imports.paths([REAL / f"{name}.txt" for name in ARTICLES])
    ana.coders.use("Ana")
    for name in ARTICLES:
        labels = json.loads((REAL / f"{name}.json").read_text(encoding="utf-8"))
        article_id = next(i for i in ana.articles.ids()
                          if labels["quotes"][0]["exact"] in ana.articles.text(i))
        for quote in labels["quotes"]:
            ana.annotations.add_exact(article_id, quote["exact"], kind="quote",
                                      speaker=quote["speaker"], tags=["source/official"])
    ana.exchange.export_file(tmp_path / "ana.kutip")
    ana.close()
    budi = open_library(tmp_path / "budi.sqlite", seed=False)
    budi.coders.use("Budi")
    report = budi.exchange.merge(tmp_path / "ana.kutip")
    assert report.articles_added == 2 and report.annotations_added >= 9
    yield budi, tmp_path / "ana.kutip", report
    budi.close()


def _everyone(library):
    return {n.uuid: n for n in library.annotations.where(everyone=True)}


def test_undo_keeps_a_colleagues_correction_and_own_annotations(merged, tmp_path):
    budi, path, report = merged
    first, second = budi.articles.ids()
    on_first = budi.annotations.for_article(first, everyone=True)
    with Library(tmp_path / "budi.sqlite") as cici:  # a colleague (the CLI, a team member)
        cici.coders.use("Cici")
        corrected = cici.annotations.update(on_first[0].id, speaker="Colleague Corrected",
                                            note="checked by a colleague")
        text = cici.articles.text(first)
        own = cici.annotations.add(first, 100, 140, kind="highlight", note="Cici's own")
    assert text[100:140]

    undone = budi.exchange.undo_merge(report)

    left = _everyone(budi)
    assert set(left) == {corrected.uuid, own.uuid}  # the rest of the merge is taken back
    assert left[corrected.uuid].speaker == "Colleague Corrected"
    assert left[corrected.uuid].note == "checked by a colleague"
    assert left[corrected.uuid].tags == ["source/official"]  # the merged tag it uses stays
    assert left[corrected.uuid].coder == "Ana"  # and the coder the merge brought
    assert left[own.uuid].note == "Cici's own"
    assert budi.articles.ids() == [first]  # the article holding their work stays
    assert second not in budi.articles.ids()
    assert (undone.kept_annotations, undone.kept_articles) == (1, 1)
    assert [m.code for m in undone.notes()] == ["lib.merge-undo-kept-annotations",
                                               "lib.merge-undo-kept-articles"]
    assert "Kept 1 of the merged annotations" in undone.notes()[0]

    # redo (merging the file again) brings back only what the undo took: no conflict,
    # the correction stays as the colleague left it
    again = budi.exchange.merge_bundle(budi.exchange.read(path), leave=undone.left)
    assert not again.conflicts and again.annotations_added == report.annotations_added - 1
    assert _everyone(budi)[corrected.uuid].note == "checked by a colleague"
    assert len(_everyone(budi)) == report.annotations_added + 1
    assert len(budi.articles.ids()) == 2 and first in budi.articles.ids()


def test_undo_of_an_untouched_merge_takes_everything_back(merged):
    budi, _, report = merged
    undone = budi.exchange.undo_merge(report)
    assert budi.annotations.where(everyone=True) == [] and budi.articles.ids() == []
    assert undone.notes() == [] and undone.left == set()
    assert "Ana" not in {c.name for c in budi.coders.all(everyone=True)}
    assert budi.tags.all() == []


def test_a_re_import_moving_the_words_is_nobodys_edit(merged):
    """Where an annotation's words are is left out: undo still takes back a merged quote
    a re-import of its article moved (as Q/C/H and Accept All do, 73c1443). The article's
    new text is someone's work, though: it stays (RR18-3)."""
    budi, _, report = merged
    first = budi.articles.ids()[0]
    newer = "Ralat: berita ini diperbarui.\n\n" + budi.articles.text(first)
    budi.texts.replace(first, newer)
    undone = budi.exchange.undo_merge(report)
    assert (undone.kept_annotations, undone.kept_articles) == (0, 1)
    assert budi.annotations.where(everyone=True) == [] and budi.articles.ids() == [first]
    assert budi.articles.text(first) == newer


def test_undo_of_an_update_keeps_a_correction_made_since(merged, tmp_path):
    """The merge updated an annotation (edited in the file's library only); a colleague
    corrected it after the merge: undo used to put the pre-merge version back over it."""
    budi, path, _ = merged
    ana = Library(tmp_path / "ana.sqlite")
    quote = next(n for n in ana.annotations.where(everyone=True) if n.kind == "quote")
    ana.annotations.update(quote.id, note="Ana's second look")
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    ana.close()
    report = budi.exchange.merge(tmp_path / "ana2.kutip")
    assert report.annotations_updated == 1
    here = _everyone(budi)[quote.uuid]
    assert here.note == "Ana's second look"
    with Library(tmp_path / "budi.sqlite") as cici:
        cici.annotations.update(here.id, speaker="Someone Else")

    undone = budi.exchange.undo_merge(report)

    after = _everyone(budi)[quote.uuid]
    assert (after.speaker, after.note) == ("Someone Else", "Ana's second look")
    assert undone.kept_annotations == 1 and undone.left == {quote.uuid}
    # the file again: the kept version is the newer one (seen from the file's), no conflict
    again = budi.exchange.merge(tmp_path / "ana2.kutip")
    assert again.annotations_updated == 0 and not again.conflicts
    assert _everyone(budi)[quote.uuid].speaker == "Someone Else"


def test_a_newer_text_annotated_since_stays_with_its_annotations(merged, tmp_path):
    """The merge put the file's newer text in place of this library's (an article edited
    on one side, R17-7); a colleague then annotated the newer words. Putting the older
    text back would leave their highlight on other words: the newer text stays."""
    budi, _, _ = merged
    ana = Library(tmp_path / "ana.sqlite")
    first = ana.articles.ids()[0]
    time.sleep(1.1)  # (a later second: Ana's text is the newer)
    ana.texts.replace(first, CORRECTION + ana.articles.text(first))
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    uuid = ana.articles.get(first).uuid
    ana.close()
    report = budi.exchange.merge(tmp_path / "ana2.kutip")
    assert len(report.texts_replaced) == 1
    here = next(a.id for a in budi.articles.rows(budi.articles.ids()) if a.uuid == uuid)
    with Library(tmp_path / "budi.sqlite") as cici:
        own = cici.annotations.add_exact(here, "diperbarui", kind="highlight")

    undone = budi.exchange.undo_merge(report)

    assert undone.kept_texts == 1 and budi.articles.text(here).startswith(CORRECTION)
    kept = budi.annotations.get(own.id)
    assert budi.articles.text(here)[kept.start:kept.end] == "diperbarui"
    for note in budi.annotations.where(everyone=True):  # every span on its words
        assert budi.articles.text(note.article_id)[note.start:note.end] == note.exact


@pytest.mark.parametrize("work", ["retitled", "filed", "dismissed"])
def test_an_article_a_colleague_worked_on_since_stays(merged, tmp_path, work):
    """RR18-3 (reread18): an added article was kept only while it held annotations the
    merge did not add; a colleague's new title, their collection's member or their
    dismissed suggestion went with it. Now each keeps the article (its merged
    annotations, untouched, are still taken back)."""
    budi, _, report = merged
    first, second = budi.articles.ids()
    with Library(tmp_path / "budi.sqlite") as cici:
        if work == "retitled":
            cici.articles.update(first, title="Judul yang dikoreksi")
        elif work == "filed":
            cici.collections.add([first], cici.collections.create("Sampel Cici").id)
        else:
            cici.suggestions.dismiss(first, cici.suggestions.for_article(first)[0])

    undone = budi.exchange.undo_merge(report)

    assert budi.articles.ids() == [first] and undone.kept_articles == 1
    assert budi.annotations.where(everyone=True) == []  # the merge's own, taken back
    assert "Kept 1 of the merged articles" in undone.notes()[0]
    if work == "retitled":
        assert budi.articles.get(first).title == "Judul yang dikoreksi"
    elif work == "filed":
        assert [c.name for c in budi.collections.of_article(first)] == ["Sampel Cici"]
