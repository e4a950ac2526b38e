"""The window's re-anchoring actions: re-attach an orphan to the selection, edit the text.

Kept out of ``main_window.py``: the window creates one ``ReanchorController`` after its
menus exist; it adds "Edit Article Text…" to the Article menu and wires the annotation
pane's "Re-attach to Selection" button to the reader's selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ..core.library import Library, SeenSpan, text_hash
from . import dialog_helpers
from .dialog_helpers import clip_words
from .i18n import translate
from .summaries import reanchor_summary
from .undo_base import LibraryCommand, Shown

if TYPE_CHECKING:  # (the re-anchoring module loads on first use)
    from ..core.library import ReanchorReport


class EditArticleTextCommand(LibraryCommand):
    """Replace an article's text; undo puts back the old text and every annotation's place."""

    def __init__(self, library: Library, article_id: int, new_text: str,
                 based_on: str | None = None):
        super().__init__(library, translate("Commands", "edit article text"))
        self.article_id, self.new_text = article_id, new_text
        self.based_on = based_on  # the hash of the text the edit started from
        self.snapshot = library.texts.snapshot(article_id)
        self.report: ReanchorReport | None = None
        self.after: str | None = None  # the hash of the text the edit made

    def do(self) -> None:
        self.report = self.library.texts.replace(self.article_id, self.new_text,
                                                based_on=self.based_on)
        # what undo expects to find, and what a redo expects after that undo: never
        # overwrite a text that changed elsewhere in between
        self.after = text_hash(self.library.articles.get(self.article_id).text)
        self.based_on = text_hash(self.snapshot["article"]["text"])

    def undo_change(self) -> list[str] | None:
        # an annotation made on the edited text since is placed again in the text put
        # back; one whose words are not in it is kept with them, and said (review R18-7)
        # (the edit changed the text only: its undo puts back the text, never the title,
        # byline, date … as they were before it over a colleague's correction since:
        # reread18 RR18-6)
        article = {k: self.snapshot["article"][k] for k in ("text", "content_hash")}
        # (noted as a change of its own: the other library takes the undo, R19-3)
        placed = self.library.texts.restore({**self.snapshot, "article": article},
                                            based_on=self.after, note_versions=True)
        if not placed.orphaned:
            return None
        return [translate("Commands", "{n} annotation(s) made on the edited text since could "
                          "not be placed in the text put back: they are kept with their "
                          "words, to re-attach.").format(n=len(placed.orphaned))]

    def shown(self, undone: bool) -> Shown | None:
        return Shown(self.article_id)


class ReanchorController:
    def __init__(self, window):
        self.window = window
        self.library: Library = window.library
        self.pane = window.annotation_pane
        self.reader = window.reader
        self.edit_text_action = QAction(
            translate("ReanchorController", "Edit Article &Text…"), window
        )
        tip = translate("ReanchorController",
                        "Correct the article's text; its annotations are placed again")
        self.edit_text_action.setToolTip(tip)
        self.edit_text_action.setStatusTip(tip)
        self.edit_text_action.triggered.connect(lambda _checked=False: self.edit_text())
        menu = getattr(window, "article_menu", None)
        if menu is not None:
            menu.insertAction(window.add_to_collection_action, self.edit_text_action)
        self.reader.text_widget.selectionChanged.connect(self._selection_changed)
        self.pane.reattachRequested.connect(self.reattach)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.pane.set_reader_selection(self.reader.selection_span() is not None)

    def reattach(self, annotation_id: int) -> bool:
        """Put the annotation on the text selected in the reader (undoable)."""
        span = self.reader.selection_span()
        if span is None or self.window.article_id is None:
            self.window.statusBar().showMessage(
                translate(
                    "ReanchorController",
                    "Select the text this annotation belongs to, then Re-attach.",
                ),
                5000,
            )
            return False
        try:
            annotation = self.library.annotations.get(annotation_id)
        except dialog_helpers.USER_ERRORS:
            return False
        if annotation.article_id != self.window.article_id:
            return False
        shown = self.reader.article
        seen = SeenSpan.of(shown.text, *span) if shown is not None else None
        from .annotation_commands import ReattachAnnotationCommand

        command = ReattachAnnotationCommand(self.library, annotation, *span, seen=seen)
        pushed = self.window.history.run(command)
        self.window._reload_if_text_changed()
        if not pushed:
            return False
        placed = command.annotation
        self.pane.select(placed.id, emit=False)
        self.reader.select_annotation(placed.id)
        self.window.statusBar().showMessage(
            translate("ReanchorController", "Re-attached to “{text}”").format(
                text=clip_words(placed.exact)), 5000)
        return True

    @staticmethod
    def _keep_typed(text: str) -> str:
        """The text the editor returned, refused (the article changed meanwhile, the disk
        is full …): on the clipboard, and a line saying so, never thrown away (review
        R18-15: a long article's corrections were gone)."""
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(text)
        return translate("ReanchorController", "Your edited text was copied to the clipboard: "
                         "open the editor again and paste it there, or compare it with the "
                         "article as it is now.")

    def edit_text(self) -> ReanchorReport | None:
        from .text_editor_dialog import TextEditorDialog

        article_id = self.window.article_id
        if article_id is None:
            return None
        article = self.library.articles.get(article_id)
        count = len(self.library.annotations.for_article(article_id, everyone=True))
        text = TextEditorDialog.ask(article, count, self.window)
        if text is None:
            return None
        command = EditArticleTextCommand(
            self.library, article_id, text, based_on=text_hash(article.text)
        )
        if not self.window.history.run(command, detail=lambda _error: self._keep_typed(text)):
            return None
        report = command.report
        self.window.statusBar().showMessage(reanchor_summary(report), 10000)
        if report.orphaned:
            n = len(report.orphaned)
            text = (translate("ReanchorController",
                              "1 annotation could not be placed in the new text. It is listed "
                              "greyed at the end of the annotation pane: select it, select its "
                              "text in the article and press “Re-attach to Selection”. Undo "
                              "(Ctrl+Z) restores the old text.") if n == 1 else
                    translate("ReanchorController",
                              "{n} annotations could not be placed in the new text. They are "
                              "listed greyed at the end of the annotation pane: select one, "
                              "select its text in the article and press “Re-attach to "
                              "Selection”. Undo (Ctrl+Z) restores the old text.").format(n=n))
            dialog_helpers.show_info(
                self.window, translate("ReanchorController", "Edit article text"), text)
        return report
