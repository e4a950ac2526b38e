"""The speaker manager: rename speakers, describe them, keep their aliases, merge duplicates.

Rename, description and alias changes are undoable. Merging two speakers cannot be
undone with the current Library API, so the dialog says so and asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Area, Changes
from . import dialog_helpers as dh
from .operations import History
from .speaker_commands import (
    AliasCommand,
    MergeSpeakersCommand,
    RenameSpeakerCommand,
    SpeakerDescriptionCommand,
)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
#: why two speakers look like one person (``speakernames.REASONS``), in the interface's words
REASONS = {
    "same": QT_TRANSLATE_NOOP("SpeakerManagerDialog", "the same name"),
    "spelling": QT_TRANSLATE_NOOP("SpeakerManagerDialog", "spelled differently"),
    "short": QT_TRANSLATE_NOOP("SpeakerManagerDialog", "a shorter form"),
    "nickname": QT_TRANSLATE_NOOP("SpeakerManagerDialog", "a nickname"),
    "initials": QT_TRANSLATE_NOOP("SpeakerManagerDialog", "initials"),
}
COL_NAME, COL_ALIASES, COL_QUOTES, COL_DESCRIPTION = range(4)


class SpeakerManagerDialog(QDialog):
    def __init__(self, library, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack
        self.history = History(undo_stack, self)  # the one way to make a change
        self.setWindowTitle(self.tr("Manage speakers"))

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Aliases"), self.tr("Annotations"), self.tr("Description")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter speakers…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ALIASES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_QUOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Select two speakers (Ctrl+click) to merge them."))

        # the editor for the current speaker
        editor = QGroupBox(self.tr("Speaker"), self)
        editor_layout = QVBoxLayout(editor)
        form = QFormLayout()
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.name_edit = QLineEdit(editor)
        self.name_edit.setToolTip(self.tr("Rename: the old name is kept as an alias"))
        self.rename_button = QPushButton(self.tr("&Rename"), editor)
        self.rename_button.clicked.connect(self.rename_current)
        self.name_edit.returnPressed.connect(self.rename_current)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.rename_button)
        name_label = QLabel(self.tr("&Name"), editor)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, row)

        self.description_edit = QLineEdit(editor)
        self.description_edit.setPlaceholderText(self.tr("e.g. Russian foreign minister"))
        dh.fit_placeholder(self.description_edit)
        self.description_edit.setToolTip(self.tr("Who this is; shown with their quotes"))
        self.description_button = QPushButton(self.tr("&Save"), editor)
        self.description_button.setToolTip(self.tr("Save the description"))
        self.description_button.clicked.connect(self.save_description)
        self.description_edit.returnPressed.connect(self.save_description)
        row = QHBoxLayout()
        row.addWidget(self.description_edit, 1)
        row.addWidget(self.description_button)
        description_label = QLabel(self.tr("&Description"), editor)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, row)

        self.alias_list = QListWidget(editor)
        self.alias_list.setToolTip(self.tr("Other spellings that name this speaker in articles"))
        self.alias_list.setMaximumHeight(110)
        self.alias_edit = QLineEdit(editor)
        self.alias_edit.setPlaceholderText(self.tr("New alias, e.g. Lavrov"))
        dh.fit_placeholder(self.alias_edit)
        self.alias_edit.returnPressed.connect(self.add_alias)
        self.add_alias_button = QPushButton(self.tr("&Add"), editor)
        self.add_alias_button.clicked.connect(self.add_alias)
        self.remove_alias_button = QPushButton(self.tr("Re&move"), editor)
        self.remove_alias_button.setToolTip(self.tr("Remove the selected alias"))
        self.remove_alias_button.clicked.connect(self.remove_alias)
        row = QHBoxLayout()
        row.addWidget(self.alias_edit, 1)
        row.addWidget(self.add_alias_button)
        row.addWidget(self.remove_alias_button)
        aliases_label = QLabel(self.tr("Aliase&s"), editor)
        aliases_label.setBuddy(self.alias_list)
        form.addRow(aliases_label, self.alias_list)
        form.addRow("", row)

        self.merge_button = QPushButton(self.tr("&Merge selected…"), self)
        self.merge_button.setToolTip(self.tr("Merge two speakers into one (Ctrl+Z undoes it)"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.status = dh.plain_label(QLabel(self))
        self.status.setEnabled(False)  # muted text in light and dark palettes
        self.status.setWordWrap(True)

        for button in (
            self.rename_button,
            self.description_button,
            self.add_alias_button,
            self.remove_alias_button,
            self.merge_button,
        ):
            button.setAutoDefault(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.status, 1)
        left_layout.addLayout(merge_row)
        left_layout.addWidget(self._build_variants_row(left))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 360])

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(860, 460)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        dh.listen(library, self, "_library_changed")
        self.finished.connect(lambda _r: dh.unlisten(library, self))

    def _build_variants_row(self, parent: QWidget) -> QWidget:
        """A row under the list offering the speakers that look like one person written
        differently ("Sergei" / "Sergey Lavrov", "Jokowi" / "Joko Widodo"), a pair at a
        time: show it in the list, or merge it (undoable)."""
        box = QGroupBox(self.tr("Possibly one person"), parent)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.variant_label = dh.plain_label(QLabel(box))
        self.variant_label.setWordWrap(True)
        self.show_variant_button = QPushButton(self.tr("S&how"), box)
        self.show_variant_button.setToolTip(self.tr("Select the two speakers in the list"))
        self.show_variant_button.clicked.connect(self.show_variant)
        self.merge_variant_button = QPushButton(self.tr("Merge &Pair…"), box)
        self.merge_variant_button.clicked.connect(self.merge_variant)
        self.next_variant_button = QPushButton(self.tr("Ne&xt"), box)
        self.next_variant_button.setToolTip(self.tr("The next pair that looks like one person"))
        self.next_variant_button.clicked.connect(lambda: self._show_variant_at(self._variant + 1))
        column.addWidget(self.variant_label)
        for button in (self.show_variant_button, self.merge_variant_button,
                       self.next_variant_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.variants_box = box
        self.variants: list = []
        self._variant = 0
        return box

    def _show_variant_at(self, n: int) -> None:
        self._variant = n % len(self.variants) if self.variants else 0
        self.variants_box.setVisible(bool(self.variants))
        if not self.variants:
            return
        variant = self.variants[self._variant]
        reason = self.tr(REASONS.get(variant.reason, variant.reason))
        self.variant_label.setText(self.tr("“{name}” → “{into}” ({reason}; {n} of {count})")
                                   .format(name=variant.name, into=variant.into, reason=reason,
                                           n=self._variant + 1, count=len(self.variants)))
        self.next_variant_button.setEnabled(len(self.variants) > 1)

    def show_variant(self) -> None:
        if self.variants:
            variant = self.variants[self._variant]
            self.filter.clear()
            self.select(variant.name, variant.into)

    def merge_variant(self, ask: bool = True) -> bool:
        if not self.variants:
            return False
        variant = self.variants[self._variant]
        return self._merge(variant.name, variant.into, ask)

    # ----- model -----------------------------------------------------------------------

    def _library_changed(self, changes: Changes) -> None:
        if Area.SPEAKERS in changes or Area.ANNOTATIONS in changes:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_names()
        self.model.removeRows(0, self.model.rowCount())
        self._speakers = {s.name: s for s in self.library.speakers.all()}
        for speaker in self._speakers.values():
            name = QStandardItem(speaker.name)
            aliases = QStandardItem(", ".join(speaker.aliases))
            aliases.setToolTip(dh.plain_tooltip("\n".join(speaker.aliases)))
            quotes = QStandardItem()
            quotes.setData(speaker.quotes, Qt.ItemDataRole.DisplayRole)
            quotes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            description = QStandardItem(speaker.description)
            description.setToolTip(dh.plain_tooltip(speaker.description))
            items = [name, aliases, quotes, description]
            for item in items:
                item.setData(speaker.name, NAME_ROLE)
                item.setEditable(False)
            self.model.appendRow(items)
        self.select(*[n for n in selected if n in self._speakers])
        self._selection_changed()
        self.variants = self.library.speakers.likely_variants()
        self._show_variant_at(self._variant)

    def select(self, *names: str) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_NAME)
            if index.data(NAME_ROLE) in names:
                selection.select(index, flags)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_names(self) -> list[str]:
        if not self.table.selectionModel():
            return []
        rows = self.table.selectionModel().selectedRows(COL_NAME)
        return [index.data(NAME_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def current(self):
        names = self.selected_names()
        return self._speakers.get(names[0]) if len(names) == 1 else None

    def _selection_changed(self, *_args) -> None:
        speaker = self.current()
        count = len(self.selected_names())
        for widget in (
            self.name_edit,
            self.rename_button,
            self.description_edit,
            self.description_button,
            self.alias_list,
            self.alias_edit,
            self.add_alias_button,
            self.remove_alias_button,
        ):
            widget.setEnabled(speaker is not None)
        self.name_edit.setText(speaker.name if speaker else "")
        self.description_edit.setText(speaker.description if speaker else "")
        self.alias_list.clear()
        if speaker:
            self.alias_list.addItems(speaker.aliases)
        self.merge_button.setEnabled(count == 2)
        if count == 2:
            self.status.setText(self.tr("Merge the two selected speakers into one."))
        elif count > 2:
            self.status.setText(self.tr("Select exactly two speakers to merge."))
        else:
            n = len(self._speakers)
            self.status.setText(self.tr("1 speaker") if n == 1
                                else self.tr("{n} speakers").format(n=n))

    # ----- actions ---------------------------------------------------------------------

    def rename_current(self) -> None:
        speaker = self.current()
        new = " ".join(self.name_edit.text().split())
        if speaker is None or not new or new == speaker.name:
            return
        if self.history.run(
            RenameSpeakerCommand(self.library, speaker.name, new, speaker.aliases),
            self,
            self.tr("Rename speaker"),
        ):
            self.select(new)
        else:
            self.name_edit.setText(speaker.name)

    def save_description(self) -> None:
        speaker = self.current()
        new = self.description_edit.text().strip()
        if speaker is None or new == speaker.description:
            return
        self.history.run(
            SpeakerDescriptionCommand(self.library, speaker.name, speaker.description, new),
            self,
            self.tr("Speaker description"),
        )

    def add_alias(self) -> None:
        speaker = self.current()
        alias = " ".join(self.alias_edit.text().split())
        if speaker is None or not alias or alias in speaker.aliases or alias == speaker.name:
            return
        if self.history.run(
            AliasCommand(self.library, speaker.name, alias, add=True), self, self.tr("Add alias")
        ):
            self.alias_edit.clear()

    def remove_alias(self) -> None:
        speaker = self.current()
        item = self.alias_list.currentItem()
        if speaker is None or item is None:
            return
        alias = item.text()
        self.history.run(
            AliasCommand(self.library, speaker.name, alias, add=False),
            self,
            self.tr("Remove alias"),
        )

    def merge_selected(self) -> None:
        names = self.selected_names()
        if len(names) != 2:
            return
        # keep by default the one with more annotations
        names.sort(key=lambda n: -self._speakers[n].quotes if n in self._speakers else 0)
        target = dh.ask_item(
            self,
            self.tr("Merge speakers"),
            self.tr("Keep this speaker (the other one's annotations and aliases move to it):"),
            names,
        )
        if not target:
            return
        self._merge(names[1] if target == names[0] else names[0], target)

    def _merge(self, source: str, target: str, ask: bool = True) -> bool:
        """Merge ``source`` into ``target`` once the user agrees (undoable); True if done."""
        if ask and not dh.confirm(
            self,
            self.tr("Merge speakers"),
            self.tr("Merge “{source}” into “{target}”?").format(source=source, target=target),
            self.tr("“{source}” becomes an alias of “{target}” and its annotations move "
                    "to it. Undo (Ctrl+Z) splits them again.").format(source=source, target=target),
            ok_text=self.tr("Merge"),
        ):
            return False
        command = MergeSpeakersCommand(self.library, source, target)
        if not self.history.run(command, self, self.tr("Merge speakers")):
            return False
        self.select(target)
        return True
