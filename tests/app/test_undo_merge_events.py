"""The app's undo and redo are changes of their own to a merge (review R20-3): the undo of
Delete (or the redo of Q) after the other library took the deletion stays through the next
merge of that library's file, and reaches it."""

from __future__ import annotations

import pytest

from reader.app.annotation_commands import CreateAnnotationCommand, DeleteAnnotationCommand
from reader.core.library import open_library

LAVROV = "Kami tidak ingin berperang"


@pytest.mark.parametrize("step", ["undo of Delete", "redo of Q"])
def test_a_deletion_taken_back_in_the_window_survives_the_next_merge(
        qtbot, window, seed_id, tmp_path, step):
    library = window.library
    if step == "undo of Delete":
        note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    else:
        text = library.articles.text(seed_id)
        start = text.index(LAVROV)
        window.history.run(CreateAnnotationCommand(library, seed_id, start,
                                                   start + len(LAVROV), "quote"))
        [note] = [n for n in library.annotations.for_article(seed_id) if n.exact == LAVROV]
    other = open_library(tmp_path / "other.sqlite", seed=False)
    other.exchange.merge_bundle(library.exchange.snapshot())
    if step == "undo of Delete":
        window.history.run(DeleteAnnotationCommand(library, note))
    else:
        window.undo_stack.undo()  # (the undo of Q deletes it)
    assert other.exchange.merge_bundle(library.exchange.snapshot()).annotations_deleted == 1
    if step == "undo of Delete":
        window.undo_stack.undo()
    else:
        window.undo_stack.redo()
    report = library.exchange.merge_bundle(other.exchange.snapshot())
    assert not report.annotations_deleted and not report.conflicts, report.summary()
    assert library.annotations.get(note.id).exact == LAVROV
    report = other.exchange.merge_bundle(library.exchange.snapshot())
    assert report.annotations_added == 1 and not report.conflicts, report.summary()
    assert [n.uuid for n in other.annotations.where(everyone=True)
            if n.exact == LAVROV] == [note.uuid]
    other.close()
