"""Blind double-coding in the window (issue 14): Library → Code Collection Blind (also in
the collections' context menu) turns it on or off for the chosen collection, undoably;
while the open article is coded blind a banner over the article says so and whose
annotations are shown, the status bar's coder label adds "· blind", and the sidebar marks
blind collections. The rule itself (what a coder sees) is the library's
(``library.coders.visible``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from . import dialog_helpers as dh
from . import i18n
from .coding_commands import SetBlindCommand

if TYPE_CHECKING:
    from ..core.changes import Changes

BANNER_STYLE = ("QLabel { background: #fff4c2; color: #4a3b00; border-bottom: 1px solid #e0c870;"
                " padding: 6px 10px; }")


class BlindCoding(QObject):
    def __init__(self, window, label: QLabel) -> None:
        super().__init__(window)
        self.window = window
        self.label = label  # the status bar's "Coding as …"
        self.library = window.library
        self.action = QAction(self.tr("&Code Collection Blind"), window)
        self.action.setCheckable(True)
        tip = self.tr("On this collection's articles each coder sees only their own annotations"
                      " and suggestion decisions, so a second coding is independent")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.toggle)
        window.library_menu.addAction(self.action)
        window.sidebar.addAction(self.action)
        self.banner = dh.plain_label(QLabel())
        self.banner.setObjectName("blind-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Blind coding"))
        self.banner.hide()
        window.reader.layout().insertWidget(0, self.banner)
        window.sidebar.currentItemChanged.connect(lambda *_: self._update_action())
        dh.listen(self.library, self, "_on_change")
        self.update()

    # ----------------------------------------------------------------- showing
    def update(self) -> None:
        """The banner and the menu for the open article and the chosen collection."""
        article_id = self.window.article_id
        blind = article_id is not None and self.library.coders.is_blind(article_id)
        if blind:
            self.banner.setText(self.tr(
                "Blind coding: this article is coded blind, so only {coder}'s annotations"
                " and suggestion decisions are shown. Others' stay hidden until the"
                " collection is no longer blind (Library → Code Collection Blind).").format(
                    coder=dh.clip_words(i18n.coder_name(self.library.coders.current), 40)))
        self.banner.setVisible(blind)
        name = dh.clip_words(i18n.coder_name(self.library.coders.current), 40)
        self.label.setText(self.tr("Coding as {name} · blind").format(name=name) if blind
                        else self.tr("Coding as {name}").format(name=name))
        self._update_action()

    def _update_action(self) -> None:
        collection_id = self.window.sidebar.current_collection_id()
        self.action.setEnabled(collection_id is not None)
        self.action.setChecked(collection_id is not None
                               and collection_id in self.library.coders.blind_collections())

    def _on_change(self, changes: Changes) -> None:
        from ..core.changes import Area

        if changes.areas & {Area.COLLECTIONS, Area.ARTICLES}:
            self.update()
        # (coded blind or not, or what a blind one holds, changes which speakers and tags
        # one sees: the window refills its completions and menus for that notice, once)

    def coder_changed(self) -> None:
        """Another coder codes now: on blind articles other annotations are theirs."""
        if self.window.article_id is not None:
            self.window._reload_current_article()
            self.window.suggestions.refresh()
        if self.library.coders.blind_collections():  # (the list counts one's own there,
            self.window.library_panel.model.refresh_rows()  # and the speakers and tags
            self.window._refresh_completions()  # offered are those of their own work)
        self.update()

    # ----------------------------------------------------------------- changing
    def toggle(self, blind: bool) -> None:
        collection_id = self.window.sidebar.current_collection_id()
        if collection_id is None:
            self._update_action()
            return
        name = next((c.name for c in self.library.collections.all() if c.id == collection_id),
                    "")
        self.window.history.run(SetBlindCommand(self.library, collection_id, name, blind),
                                title=self.tr("Blind coding"))
        self.update()
        if blind:
            self.window.statusBar().showMessage(self.tr(
                "“{name}” is coded blind: each coder sees only their own annotations on its"
                " articles.").format(name=dh.clip_words(name, 40)), 6000)


def install(window, label: QLabel) -> BlindCoding:
    return BlindCoding(window, label)


__all__ = ["BlindCoding", "install"]
