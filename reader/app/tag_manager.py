"""The tag manager: a tree of hierarchical tags to create, rename, recolour, merge and delete.

Every change goes through the Library and is pushed on the app's undo stack, so
Ctrl+Z in the dialog (or later in the main window) takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Area, Changes
from ..core.library import LibraryError
from ..core.library.rules import clean_tag_name
from . import dialog_helpers as dh
from . import keyboard
from .i18n import translate
from .operations import History
from .tag_commands import (
    CreateTagCommand,
    DeleteTagCommand,
    MergeTagsCommand,
    RecolourTagCommand,
    RenameTagCommand,
    subtree,
)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_COLOUR, COL_USES = range(3)


def pick_colour(parent: QWidget | None, current: str) -> str | None:
    """Ask for a colour; ``None`` when cancelled. Tests replace this function."""
    colour = QColorDialog.getColor(QColor(current), parent,
                                  translate("TagManagerDialog", "Tag colour"))
    return colour.name() if colour.isValid() else None


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor(colour).isValid() else QColor("#888888"))
    return QIcon(pixmap)


class TagTree(QTreeView):
    """The tree; dropping a tag on another nests it there, on empty space moves it to the top."""

    tagDropped = Signal(str, str)  # tag name, new parent name ("" for top level)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event):  # noqa: N802 (Qt override)
        source = self.currentIndex()
        if not source.isValid():
            event.ignore()
            return
        name = source.siblingAtColumn(COL_NAME).data(NAME_ROLE)
        target = self.indexAt(event.position().toPoint())
        parent = target.siblingAtColumn(COL_NAME).data(NAME_ROLE) if target.isValid() else ""
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the model is rebuilt from the library; never let Qt move rows
        if name and parent != name:
            self.tagDropped.emit(name, parent or "")


class TagManagerDialog(QDialog):
    def __init__(self, library, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self.history = History(undo_stack, self)  # the one way to make a change
        self._refreshing = False
        self.setWindowTitle(self.tr("Manage tags"))
        self.setObjectName("TagManagerDialog")

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Colour"), self.tr("Uses")])
        self.model.itemChanged.connect(self._item_edited)

        self.tree = TagTree(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setIconSize(QSize(14, 14))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COLOUR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_USES, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setToolTip(
            self.tr("Double-click or F2 to rename; drag a tag onto another to nest it."))
        self.tree.tagDropped.connect(self.move_tag)
        self.tree.doubleClicked.connect(self._double_clicked)

        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, label, tip, slot in (
            (
                "new",
                self.tr("&New…"),
                self.tr("Create a tag (nested under the selected one)"),
                self.new_tag,
            ),
            (
                "rename",
                self.tr("&Rename…"),
                self.tr("Rename or move the tag; nested tags move with it"),
                self.rename_selected,
            ),
            (
                "recolour",
                self.tr("Re&colour…"),
                self.tr("Choose the highlight colour"),
                self.recolour_selected,
            ),
            (
                "merge",
                self.tr("&Merge into…"),
                self.tr("Give this tag's annotations another tag and remove it"),
                self.merge_selected,
            ),
            (
                "delete",
                self.tr("&Delete"),
                self.tr("Delete the tag; its annotations stay"),
                self.delete_selected,
            ),
        ):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        side.addSpacing(12)
        self.undo_action = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = undo_stack.createRedoAction(self, self.tr("Re&do"))
        self.history.take_over(self.undo_action, self.redo_action)
        keyboard.set_history_shortcuts(self.undo_action, self.redo_action)
        self.addActions([self.undo_action, self.redo_action])
        dh.plain_action_tooltip(self.undo_action)
        dh.plain_action_tooltip(self.redo_action)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.history.undo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        # the undo text quotes tag names: shown as text, never as rich text
        self.undo_button.setEnabled(undo_stack.canUndo())
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.clicked.connect(self.history.redo)
        undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.redo_button.setEnabled(undo_stack.canRedo())
        undo_stack.undoTextChanged.connect(self._undo_tip)
        undo_stack.redoTextChanged.connect(self._redo_tip)
        self._undo_tip(undo_stack.undoText())
        self._redo_tip(undo_stack.redoText())
        for button in (self.undo_button, self.redo_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # the palette's muted text, in light and dark themes
        self.hint.setText(self.tr("Nest tags with “/”: framing/threat sits under framing."))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.resize(560, 420)

        self.refresh()
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()
        dh.listen(library, self, "_library_changed")
        self.finished.connect(lambda _r: dh.unlisten(library, self))

    # ----- model -----------------------------------------------------------------------

    def _undo_tip(self, text: str) -> None:
        """The button's tooltip says what Undo does; the text quotes tag names."""
        self.undo_button.setToolTip(dh.plain_tooltip(text))

    def _redo_tip(self, text: str) -> None:
        self.redo_button.setToolTip(dh.plain_tooltip(text))

    def _library_changed(self, changes: Changes) -> None:
        if Area.TAGS in changes or Area.ANNOTATIONS in changes:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the tree from the library, keeping what was expanded and selected."""
        expanded = set(self._expanded_names())
        first = self.model.rowCount() == 0
        current = self.selected_name()
        self._refreshing = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            items: dict[str, QStandardItem] = {}
            for tag in self.library.tags.all():  # sorted by name, so parents come first
                name_item = QStandardItem(tag.leaf)
                name_item.setData(tag.name, NAME_ROLE)
                name_item.setToolTip(dh.plain_tooltip(tag.name))
                name_item.setEditable(True)
                name_item.setDragEnabled(True)
                name_item.setDropEnabled(True)
                colour_item = QStandardItem(swatch(tag.colour), tag.colour)
                colour_item.setEditable(False)
                colour_item.setData(tag.name, NAME_ROLE)
                colour_item.setToolTip(self.tr("Double-click to change the colour"))
                uses_item = QStandardItem(str(tag.uses))
                uses_item.setEditable(False)
                uses_item.setData(tag.name, NAME_ROLE)
                uses_item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                uses_item.setToolTip(self.tr("1 annotation") if tag.uses == 1
                                     else self.tr("{n} annotations").format(n=tag.uses))
                parent = items.get(tag.parent)
                if parent is None and tag.parent:  # a gap in the tree: show the full name
                    name_item.setText(tag.name)
                (parent or self.model.invisibleRootItem()).appendRow(
                    [name_item, colour_item, uses_item]
                )
                items[tag.name] = name_item
        finally:
            self._refreshing = False
        for name, item in items.items():
            if first or name in expanded:
                self.tree.setExpanded(item.index(), True)
        if current and current in items:
            self.tree.setCurrentIndex(items[current].index())
        self._update_buttons()

    def _expanded_names(self):
        def walk(parent: QModelIndex):
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, COL_NAME, parent)
                if self.tree.isExpanded(index):
                    yield index.data(NAME_ROLE)
                yield from walk(index)

        return walk(QModelIndex())

    def index_of(self, name: str) -> QModelIndex:
        matches = self.model.match(
            self.model.index(0, COL_NAME),
            NAME_ROLE,
            name,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else QModelIndex()

    def select(self, name: str) -> None:
        index = self.index_of(name)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def selected_name(self) -> str:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(COL_NAME).data(NAME_ROLE) or "" if index.isValid() else ""

    def _update_buttons(self, *_args) -> None:
        has = bool(self.selected_name())
        for key in ("rename", "recolour", "merge", "delete"):
            self.buttons[key].setEnabled(has)
        self.buttons["new"].setText(self.tr("&New…") if not has else self.tr("&New nested…"))

    # ----- actions ---------------------------------------------------------------------

    def _push(self, command) -> bool:
        """Apply the change (a refusal is shown, nothing is pushed), then make it undoable."""
        return self.history.run(command, self, command.text() or "Tags")

    def new_tag(self) -> None:
        parent = self.selected_name()
        label = (self.tr("Name of the new tag under “{parent}”:").format(parent=parent) if parent
                 else self.tr("Name of the new tag:"))
        leaf = dh.ask_text(self, self.tr("New tag"), label)
        if leaf is None or not leaf.strip():
            return
        name = f"{parent}/{leaf.strip()}" if parent else leaf.strip()
        if self._push(CreateTagCommand(self.library, name)):
            self.select(self.library.tags.get(name).name)

    def rename_tag(self, old: str, new: str, text: str = "") -> bool:
        try:
            new = clean_tag_name(new)  # the core's rules: it also refuses a move under itself
        except LibraryError:
            return False
        if new == old:
            return False
        if self._push(RenameTagCommand(self.library, old, new, text=text)):
            self.select(new)
            return True
        self.refresh()  # put back an inline edit the library refused
        return False

    def rename_selected(self) -> None:
        old = self.selected_name()
        if not old:
            return
        new = dh.ask_text(
            self,
            self.tr("Rename tag"),
            self.tr("New name (use “/” to nest it, e.g. framing/threat):"),
            old,
        )
        if new is not None:
            self.rename_tag(old, new)

    def move_tag(self, name: str, new_parent: str) -> None:
        leaf = name.rpartition("/")[2]
        new = f"{new_parent}/{leaf}" if new_parent else leaf
        if new != name:
            text = (self.tr("Move tag {name} to {parent}").format(name=name, parent=new_parent)
                    if new_parent else self.tr("Move tag {name} to the top level").format(
                        name=name))
            self.rename_tag(name, new, text=text)

    def _item_edited(self, item: QStandardItem) -> None:
        if self._refreshing or item.column() != COL_NAME:
            return
        old = item.data(NAME_ROLE)
        parent = old.rpartition("/")[0] if item.parent() is not None else ""
        text = item.text().strip()
        new = f"{parent}/{text}" if parent and text else text
        if not text or new == old:
            self._refreshing = True
            item.setText(old.rpartition("/")[2] if parent else old)
            self._refreshing = False
            return
        # rename after the editor has closed: the rename rebuilds the model under it
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.rename_tag(old, new))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_COLOUR:
            self.recolour_selected()
        elif index.column() == COL_USES:
            self.tree.edit(index.siblingAtColumn(COL_NAME))

    def recolour_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        old = self.library.tags.get(name).colour
        new = pick_colour(self, old)
        if not new or new.lower() == old.lower():
            return
        self._push(RecolourTagCommand(self.library, name, old, new))

    def merge_selected(self) -> None:
        source = self.selected_name()
        if not source:
            return
        skip = set(subtree(self.library, source))
        targets = [t.name for t in self.library.tags.all() if t.name not in skip]
        if not targets:
            dh.show_info(
                self, self.tr("Merge tags"), self.tr("There is no other tag to merge into.")
            )
            return
        target = dh.ask_item(
            self,
            self.tr("Merge tags"),
            self.tr("Merge “{source}” into (its annotations get that tag):").format(
                source=source),
            targets,
        )
        if not target:
            return
        command = MergeTagsCommand(self.library, source, target)
        if dh.guarded(self, self.tr("Merge tags"), command.check):
            self._push(command)  # redo runs the merge; a refusal is reported there
            self.select(target)

    def delete_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        tags = {t.name: t for t in self.library.tags.all()}
        names = subtree(self.library, name)
        uses = tags[name].uses if name in tags else 0
        text = self.tr("Delete the tag “{name}”?").format(name=name)
        detail = (self.tr("1 annotation uses it; the annotations stay, only the tag is removed "
                          "from them.") if uses == 1 else
                  self.tr("{n} annotations use it; the annotations stay, only the tag is "
                          "removed from them.").format(n=uses))
        nested = [n for n in names if n != name]
        if nested:
            nested_uses = sum(tags[n].uses for n in nested if n in tags)
            more = (self.tr("The tag nested under it goes too (used {uses}×).") if len(nested) == 1
                    else self.tr("The {n} tags nested under it go too (used {uses}×)."))
            detail += "\n" + more.format(n=len(nested), uses=nested_uses)
        detail += "\n" + self.tr("You can undo this.")
        if not dh.confirm(self, self.tr("Delete tag"), text, detail, ok_text=self.tr("Delete")):
            return
        command = DeleteTagCommand(self.library, name)
        self._push(command)
