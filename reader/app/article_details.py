"""The article details dialog: correct title, source, authors, date …; choose collections.

``ArticleDetailsDialog.ask`` returns the changed fields (``{}`` when only the collections
or nothing changed, ``None`` when cancelled). Saving makes one ``EditArticleCommand`` (the
details and the collection membership, one transaction) and hands it to ``run`` — the
window's ``History.run``, so it is one undo step and a refusal keeps the dialog open.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.library import EDITABLE_FIELDS
from ..core.models import partial_label
from . import dialog_helpers as dh
from .article_commands import EditArticleCommand
from .i18n import core_text, translate

TEXT_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Title"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "The headline")),
    ("source", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Source"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "The agency or outlet, e.g. MINA, Antara, Reuters")),
    ("authors", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Authors"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Reporters, separated by commas")),
    ("editor", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Editor"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "The editor named in the article")),
    ("dateline", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Dateline"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Where the story was filed, e.g. Moskow")),
    ("published", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Published"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "The publication date, best as YYYY-MM-DD")),
    ("url", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&URL"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Where the article was published online")),
    ("photo_credit", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "P&hoto credit"),
     QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Who took the photo, e.g. AP")),
)
LANGUAGES = ((QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Indonesian (id)"), "id"),
             (QT_TRANSLATE_NOOP("ArticleDetailsDialog", "English (en)"), "en"),
             (QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Unknown"), ""),
             (QT_TRANSLATE_NOOP("ArticleDetailsDialog", "Other…"), None))
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$")


def date_hint(value: str) -> str:
    """A gentle note when the published date is not ISO (the seed's “22/12” has no year)."""
    value = value.strip()
    if not value or ISO_DATE.match(value):
        return ""
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}", value):
        return translate("ArticleDetailsDialog",
                         "“{value}” has no year; use YYYY-MM-DD if known.").format(value=value)
    return translate("ArticleDetailsDialog", "Dates sort best written as YYYY-MM-DD.")


class ArticleDetailsDialog(QDialog):
    def __init__(self, library, article_id: int, parent: QWidget | None = None,
                 run: Callable[..., bool] | None = None):
        super().__init__(parent)
        self.library = library
        self.run = run or _run_now
        self.article_id = article_id
        self.article = library.articles.get(article_id)
        self.setWindowTitle(self.tr("Article details"))
        self.edits: dict[str, QLineEdit] = {}

        details = QGroupBox(self.tr("Details"), self)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, label, tip in TEXT_FIELDS:
            edit = QLineEdit(getattr(self.article, name) or "", details)
            edit.setCursorPosition(0)  # (a long title shows its start, not its end: R13-10)
            edit.setToolTip(self.tr(tip))
            edit.setClearButtonEnabled(True)
            self.edits[name] = edit
            form.addRow(self.tr(label), edit)
            if name == "published":
                edit.setPlaceholderText("YYYY-MM-DD")
                self.date_hint = QLabel(details)
                self.date_hint.setWordWrap(True)
                self.date_hint.setEnabled(False)  # muted text in light and dark palettes
                form.addRow("", self.date_hint)
                edit.textChanged.connect(self._update_date_hint)
        self.edits["url"].setPlaceholderText("https://…")

        self.language = QComboBox(details)
        self.language.setToolTip(self.tr("The article's language (used for quote suggestions)"))
        for text, code in LANGUAGES:
            self.language.addItem(self.tr(text), code)
        self.other_language = QLineEdit(details)
        self.other_language.setPlaceholderText(self.tr("code, e.g. ms"))
        self.other_language.setMaxLength(16)
        self.other_language.setToolTip(self.tr("A language code such as ms, jv or ar"))
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.other_language, 1)
        language_label = QLabel(self.tr("&Language"), details)
        language_label.setBuddy(self.language)
        form.addRow(language_label, row)
        self._set_language(self.article.language or "")
        self.language.currentIndexChanged.connect(self._language_changed)
        self._update_date_hint()

        info = QGroupBox(self.tr("Imported file"), self)
        info_form = QFormLayout(info)
        self.info_labels: dict[str, QLabel] = {}
        for name, label, value in (
            ("original_name", self.tr("File name"), self.article.original_name or "—"),
            ("original_format", self.tr("Format"), self.article.original_format or "—"),
            ("imported_at", self.tr("Imported"), _when(self.article.imported_at)),
            ("updated_at", self.tr("Last edited"), _when(self.article.updated_at)),
        ):
            shown = QLabel(value, info)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # a file may be named <b>x</b>
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_labels[name] = shown
            info_form.addRow(label + ":", shown)

        groups = QGroupBox(self.tr("Collections"), self)
        groups_layout = QVBoxLayout(groups)
        self.collection_area = QScrollArea(groups)
        self.collection_area.setWidgetResizable(True)
        self.collection_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.collection_box = QWidget()
        self.collection_layout = QVBoxLayout(self.collection_box)
        self.collection_layout.setContentsMargins(0, 0, 0, 0)
        self.collection_layout.addStretch(1)
        self.collection_area.setWidget(self.collection_box)
        self.collection_area.setMinimumHeight(90)
        self.collection_checks: list[QCheckBox] = []  # property "collection_id" or "new_name"
        member = {c.id for c in library.collections.of_article(article_id)}
        self._member_before = member
        for collection in library.collections.all():
            self._add_check(collection.name, collection.id, collection.id in member)
        self.new_collection_button = QPushButton(self.tr("&New collection…"), groups)
        self.new_collection_button.setAutoDefault(False)
        self.new_collection_button.setToolTip(
            self.tr("Create a collection and put the article in it"))
        self.new_collection_button.clicked.connect(self.new_collection)
        groups_layout.addWidget(self.collection_area, 1)
        groups_layout.addWidget(self.new_collection_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(info)
        side.addWidget(groups, 1)
        body = QHBoxLayout()
        body.addWidget(details, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.changes: dict | None = None
        self.resize(760, 440)
        self._fit_height()
        self.edits["title"].setFocus()

    def _fit_height(self) -> None:
        """Tall enough for every row at the dialog's width, the date's wrapped hint included
        (a top-level window does not grow for a label that wraps: at a large font the hint
        was cut off)."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        QTimer.singleShot(0, self._show_starts)

    def _show_starts(self) -> None:
        """The field given the focus selects its text with the cursor at its end, so a long
        title showed its end (R13-10): the same selection, made from the end back to the
        start, keeps the start in view."""
        for edit in self.edits.values():
            if edit.hasSelectedText() and edit.selectedText() == edit.text():
                edit.setSelection(len(edit.text()), -len(edit.text()))
            elif not edit.hasFocus():
                edit.setCursorPosition(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.setMinimumHeight(max(self.layout().totalMinimumSize().height(),
                                  self.layout().totalHeightForWidth(self.width())))

    # ----- language --------------------------------------------------------------------

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index < 0:
            index = self.language.count() - 1  # Other…
            self.other_language.setText(code)
        self.language.setCurrentIndex(index)
        self._language_changed()

    def _language_changed(self, *_args) -> None:
        other = self.language.currentData() is None
        self.other_language.setVisible(other)
        if other:
            self.other_language.setFocus()

    def language_code(self) -> str:
        code = self.language.currentData()
        return self.other_language.text().strip().lower() if code is None else code

    def _update_date_hint(self, *_args) -> None:
        value = self.edits["published"].text().strip()
        hint = date_hint(value)
        art = self.article
        given = partial_label(art.published_partial)
        if art.published_inferred and value == art.published and given:
            hint = self.tr("Inferred: the story says {given} without a year; the weekday it "
                           "gives fits only {year} among the years it mentions.").format(
                given=given, year=art.published[:4])
        elif not value and given:
            hint = self.tr("The story gives only {given}, without a year.").format(given=given)
        self.date_hint.setText(hint)
        self.date_hint.setVisible(bool(hint))
        if self.layout() is not None:  # (a longer hint: room for it)
            self._fit_height()

    # ----- collections -----------------------------------------------------------------

    def _add_check(self, name: str, collection_id: int | None, checked: bool) -> QCheckBox:
        check = QCheckBox(name, self.collection_box)
        check.setChecked(checked)
        check.setProperty("collection_id", collection_id)
        self.collection_layout.insertWidget(self.collection_layout.count() - 1, check)
        self.collection_checks.append(check)
        return check

    def new_collection(self) -> None:
        name = dh.ask_text(self, self.tr("New collection"), self.tr("Name of the new collection:"))
        name = " ".join((name or "").split())
        if not name:
            return
        for check in self.collection_checks:
            if check.text().lower() == name.lower():
                check.setChecked(True)
                return
        self._add_check(name, None, True).setFocus()  # created when the dialog is saved

    def collection_state(self) -> dict[str, bool]:
        return {check.text(): check.isChecked() for check in self.collection_checks}

    # ----- saving ----------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["language"] = self.language_code()
        return {k: v for k, v in values.items() if k in EDITABLE_FIELDS}

    def changed_fields(self) -> dict[str, str]:
        return {
            k: v for k, v in self.values().items() if v != (getattr(self.article, k) or "").strip()
        }

    def old_values(self, fields) -> dict[str, str]:
        return {k: getattr(self.article, k) or "" for k in fields}

    def save(self) -> None:
        changes = self.changed_fields()
        if "title" in changes and not changes["title"]:
            dh.show_error(self, self.tr("Article details"), self.tr("An article needs a title."))
            self.edits["title"].setFocus()
            return

        chosen = set()
        for check in self.collection_checks:
            if check.isChecked():
                collection_id = check.property("collection_id")
                chosen.add(check.text() if collection_id is None else collection_id)
        if changes or chosen != self._member_before:
            membership = None if chosen == self._member_before else (self._member_before, chosen)
            command = EditArticleCommand(self.library, self.article_id,
                                         self.old_values(changes), changes, membership)
            if not self.run(command, self, self.tr("Article details")):
                return  # refused: said so; the dialog stays open to correct it
        self.changes = changes
        self.accept()

    @classmethod
    def ask(cls, library, article_id: int, parent: QWidget | None = None,
            run: Callable[..., bool] | None = None) -> dict | None:
        """Show the dialog; saved changes as ``{field: new value}``, ``None`` if cancelled.

        ``run(command, parent, title) -> bool`` makes the change (the window passes
        ``History.run``, which puts it on the undo stack)."""
        try:
            dialog = cls(library, article_id, parent, run)
        except dh.USER_ERRORS as error:
            dh.show_error(parent, translate("ArticleDetailsDialog", "Article details"),
                          core_text(error))
            return None
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.changes
        finally:
            dialog.deleteLater()


def _run_now(command, parent: QWidget, title: str) -> bool:
    """Without a window's history: make the change at once (not undoable)."""
    return dh.guarded(parent, title, command.apply)


def _when(stamp: str) -> str:
    if not stamp:
        return "—"
    return stamp.replace("T", " ").replace("+00:00", " UTC")
