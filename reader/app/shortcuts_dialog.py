"""Help → Keyboard Shortcuts: every key the window answers to, read from its menus.

The list is built from the actions themselves (menu by menu), so it cannot drift from
what the keys really do; keys that belong to one widget (Enter in the Suggestions list,
Esc in the find bar) are added by hand below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def widget_keys() -> list[tuple[str, str, str]]:
    """(where, what, keys) for keys that are not menu actions."""
    return [
        (
            translate("ShortcutsDialog", "Article"),
            translate("ShortcutsDialog", "Open the annotation under the mouse"),
            translate("ShortcutsDialog", "Click"),
        ),
        (
            translate("ShortcutsDialog", "Find bar"),
            translate("ShortcutsDialog", "Next / previous match"),
            translate("ShortcutsDialog", "Enter / Shift+Enter"),
        ),
        (
            translate("ShortcutsDialog", "Find bar"),
            translate("ShortcutsDialog", "Close"),
            translate("ShortcutsDialog", "Esc"),
        ),
        (
            translate("ShortcutsDialog", "Suggestions"),
            translate("ShortcutsDialog", "Accept the suggestion"),
            translate("ShortcutsDialog", "Enter"),
        ),
        (
            translate("ShortcutsDialog", "Suggestions"),
            translate("ShortcutsDialog", "Dismiss the suggestion"),
            translate("ShortcutsDialog", "Del / Backspace"),
        ),
        (
            translate("ShortcutsDialog", "Annotation form"),
            translate("ShortcutsDialog", "Choose a kind or verdict (one undo step)"),
            translate("ShortcutsDialog", "Up / Down"),
        ),
        (
            translate("ShortcutsDialog", "Annotation form"),
            translate("ShortcutsDialog", "Save the field"),
            translate("ShortcutsDialog", "Enter / Tab"),
        ),
    ]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def menu_keys(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a key in the window's menus."""
    out = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), where)
                continue
            keys = action.shortcuts()
            if not keys or action.isSeparator():
                continue
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            # the undo action's text names the change ("Undo tag quote …"): use its verb
            name = _plain(action.text())
            if action is getattr(window, "undo_action", None):
                name = translate("ShortcutsDialog", "Undo")
            elif action is getattr(window, "redo_action", None):
                name = translate("ShortcutsDialog", "Redo")
            out.append((where, name, text))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), _plain(action.text()))
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Keys")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: list[tuple[str, str]] = []
        groups: dict[str, QTreeWidgetItem] = {}
        for where, what, keys in [*menu_keys(window), *widget_keys()]:
            group = groups.get(where)
            if group is None:
                group = groups[where] = QTreeWidgetItem(self.tree, [where])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [what, keys])
            self._rows.append((what, keys))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Wide enough that no action or key is cut, in any language and font size (but
        not beyond the screen); tall enough for the rows, up to most of the screen."""
        tree = self.tree
        columns = tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1)
        chrome = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width() + 48
        rows = sum(1 for _ in QTreeWidgetItemIterator(tree)) * max(tree.sizeHintForRow(0), 1)
        height = rows + tree.header().sizeHint().height() + 100
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        return QSize(min(max(columns + chrome, 480), int(screen.width() * 0.9)),
                     min(max(height, 400), int(screen.height() * 0.85)))

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) as listed, for tests and for copying."""
        return list(self._rows)
