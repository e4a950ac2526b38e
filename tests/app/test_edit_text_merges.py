"""Edit Article Text, its undo and redo, as another library merging this one sees them
(review R19-3): each is the latest change, and travels."""

from __future__ import annotations

from reader.app.reanchor_controller import EditArticleTextCommand
from reader.core.library import open_library
from reader.core.textnorm import content_hash


def test_the_undo_of_a_text_edit_reaches_the_library_that_took_the_edit(
        qtbot, window, seed_id, tmp_path):
    """R19-3: Budi took Ana's edit of the text; Ana's Ctrl+Z put the text back, but wrote it
    without noting a change, so her next merge of Budi's file gave her the undone paragraph
    again ("replaced by the file's newer version") and Budi never got the undo. The undo is
    now a later change of its own: Ana keeps it, Budi takes it; the redo travels too."""
    ana = window.library
    budi = open_library(tmp_path / "budi.sqlite", seed=False)
    budi.exchange.merge_bundle(ana.exchange.snapshot())
    [mine] = budi.articles.ids()
    old = ana.articles.text(seed_id)
    edited = old + "\n\nParagraf tambahan yang keliru."
    window.history.run(EditArticleTextCommand(ana, seed_id, edited, based_on=content_hash(old)))
    assert budi.exchange.merge_bundle(ana.exchange.snapshot()).texts_replaced
    assert budi.articles.text(mine) == edited

    window.undo_stack.undo()
    report = ana.exchange.merge_bundle(budi.exchange.snapshot())
    assert ana.articles.text(seed_id) == old and not report.texts_replaced
    report = budi.exchange.merge_bundle(ana.exchange.snapshot())
    assert budi.articles.text(mine) == old and report.texts_replaced and not report.texts_both

    window.undo_stack.redo()
    assert ana.articles.text(seed_id) == edited
    assert budi.exchange.merge_bundle(ana.exchange.snapshot()).texts_replaced
    assert budi.articles.text(mine) == edited
    budi.close()
