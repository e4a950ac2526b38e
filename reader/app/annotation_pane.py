"""The annotation pane: the article's annotations in reading order, and a form to edit one.

Edits are saved as soon as a field is left (or Enter is pressed), each as one
undoable command; nothing typed waits for an explicit "Save".
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.models import KINDS, VERDICTS, Annotation
from . import app_style, i18n
from .annotation_model import AnnotationListModel, RememberedSizes, spelled_otherwise
from .dialog_helpers import plain_label
from .list_selection import select_index
from .steady_label import SteadyLabel
from .viewport_label import ViewportLabel

UNIFORM_ROWS_ABOVE = 2000  # annotations; a longer list has rows of one height


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class NoteEdit(QPlainTextEdit):
    """A note field that saves when focus leaves it."""

    editingFinished = Signal()  # noqa: N815

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.editingFinished.emit()
        super().focusOutEvent(event)


class _FormScroll(QScrollArea):
    """The form's scroll area: it asks for the whole form's height (a QScrollArea asks
    for at most 24 lines), so the form shows in full where the window has the room and
    scrolls only in a short one. With its labels above its fields (a narrow pane) the
    form is taller than 24 lines and scrolled at 1400×900 with half the pane to spare."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        form = self.widget()
        if form is None:
            return hint
        return QSize(hint.width(), form.sizeHint().height() + 2 * self.frameWidth())


def _style_hint(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(10)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


class AnnotationPane(QWidget):
    annotationSelected = Signal(int)  # noqa: N815
    editRequested = Signal(int, dict)  # noqa: N815  (annotation id, changed fields)
    deleteRequested = Signal(int)  # noqa: N815
    reattachRequested = Signal(int)  # noqa: N815  (orphan id: place it on the reader's selection)
    coderFilterChanged = Signal()  # noqa: N815  (the annotations shown are another coder's)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.focus_home: QWidget | None = None  # where focus goes when the form empties
        self.model = AnnotationListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.sizes = RememberedSizes(self.model, self.list)  # (kept: a view does not own it)
        self.list.setItemDelegate(self.sizes)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wraps
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        app_style.opaque(self.list.verticalScrollBar())  # (painted again on every row added)
        self.list.setAccessibleName(self.tr("Annotations"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        # (its counts change with every tag: without laying the window out again)
        self.heading = SteadyLabel(self.tr("Annotations"))
        self.heading.setStyleSheet("font-weight: 600")
        self._all: list[Annotation] = []  # the article's annotations, before the coder filter
        self._colours: dict[str, str] = {}
        self.current_coder = ""  # who is coding now (their annotations need no name)
        self._several = False  # several coders on this article: rows and form name them
        self.coder_filter = QComboBox()
        self.coder_filter.setToolTip(self.tr("Show the annotations of one coder only"))
        self.coder_filter.setAccessibleName(self.tr("Coder"))
        self.coder_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.coder_filter.setMinimumContentsLength(10)
        self.coder_filter.addItem(self.tr("All coders"), "")
        self.coder_filter.activated.connect(self._coder_chosen)
        self.coder_filter.hide()

        self.kind = QComboBox()
        self.kind.addItems([i18n.title(k) for k in KINDS])
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("Who said it"))
        self.speaker.setClearButtonEnabled(True)
        self.speaker_names = QStringListModel(self)  # (completers: ``make_completers``)
        # the field holds the library's speaker (what is edited, filtered and grouped by);
        # how this article writes the name, when otherwise, is said under it
        self.speaker_written = plain_label(QLabel())
        self.speaker_written.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.speaker_written.setWordWrap(True)
        self.speaker_written.hide()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("tags, comma-separated (framing/threat)"))
        self.tag_names = QStringListModel(self)
        self.verdict = QComboBox()
        self.verdict.addItems([i18n.title(v) for v in VERDICTS])
        for combo in (self.kind, self.verdict):  # they narrow with the pane (a large font)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.note = NoteEdit()
        self.note.setPlaceholderText(self.tr("Note, evidence, context…"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.coder_label = plain_label(QLabel())
        self.coder_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.coder_label.setWordWrap(True)
        self.anchor_label = plain_label(QLabel())
        self.anchor_label.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this annotation (Delete key)"))
        self.delete_button.clicked.connect(self._delete_current)
        self.reattach_button = QPushButton(self.tr("Re-attach to Selection"))
        self.reattach_button.setToolTip(
            self.tr("Place this annotation on the text selected in the article"))
        self.reattach_button.clicked.connect(self._reattach_current)
        self._reader_has_selection = False
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Speaker"), self.speaker)
        form.addRow(self.speaker_written)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("&Verdict"), self.verdict)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.coder_label)
        form.addRow(self.anchor_label)
        form.addRow(self.reattach_button)
        form.addRow(self.delete_button)
        self.form = QWidget()
        self.form.setLayout(form)
        self.form_layout = form

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.coder_filter)
        layout.addWidget(self.list, 3)
        # how to tag, over the empty list (made the first time it shows: ViewportLabel)
        self._hint = ViewportLabel(self.list, _style_hint, self.tr(
            "To tag, select text in the article and press Q for a quote, C for a claim "
            "or H for a highlight."))
        # The form scrolls when the window is too short for it (a large font at 650 px):
        # the pane never makes the window taller than the screen, and the field that gets
        # the focus (Speaker after Q, Verdict after C) is scrolled into view.
        self.form_scroll = _FormScroll()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.form_scroll)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

        self.kind.activated.connect(lambda _: self._save("kind"))
        self.verdict.activated.connect(lambda _: self._save("verdict"))
        self.speaker.editingFinished.connect(lambda: self._save("speaker"))
        self.tags.editingFinished.connect(lambda: self._save("tags"))
        self.note.editingFinished.connect(lambda: self._save("note"))
        self._show_form(None)

    @property
    def empty_hint(self) -> QLabel:
        """How to tag, over the list while it is empty (made on first use)."""
        return self._hint.label()

    def show_hint(self, shown: bool) -> None:
        self._hint.set_shown(shown)

    #: a field narrower than this many average characters goes under its label
    FIELD_CHARS = 12
    #: the list keeps room for about this many lines of text, whatever the form needs
    LIST_LINES = 9

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_form(event.size().width())

    def _fit_form(self, width: int) -> None:
        """Labels beside their fields while the pane is wide enough for both; above them
        when it is narrow (a long label, a large font), so no field is cut to a few letters.
        Beside them, the form needs its own margins, the widest label, the spacing and the
        widest field's minimum (a combo box's arrow and frame), with room kept for the
        scroll bar the form gets in a short window: Indonesian's "Narasumber" beside a
        combo box ran past the window's edge in a 200 px pane, the scroll area cutting off
        what did not fit (it never scrolls sideways)."""
        form = self.form_layout
        label_role, field_role = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole
        rows = range(form.rowCount())
        labels = [form.itemAt(row, label_role) for row in rows]
        fields = [form.itemAt(row, field_role) for row in rows]
        label = max((item.sizeHint().width() for item in labels if item is not None), default=0)
        field = max([self.fontMetrics().averageCharWidth() * self.FIELD_CHARS,
                     *(item.minimumSize().width() for item in fields if item is not None)])
        margins, inner = self.layout().contentsMargins(), form.contentsMargins()
        room = (width - margins.left() - margins.right() - 2 * self.form_scroll.frameWidth()
                - inner.left() - inner.right()
                - self.form_scroll.verticalScrollBar().sizeHint().width())
        spare = room - form.horizontalSpacing() - label
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if spare < field
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)
            self.form_scroll.updateGeometry()  # (its height: see _FormScroll)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * self.LIST_LINES)

    # -- filling --------------------------------------------------------------------
    def set_annotations(
        self,
        annotations: list[Annotation],
        keep_selection: bool = True,
        tag_colours: dict[str, str] | None = None,
    ) -> None:
        self._all = list(annotations)
        self._colours = dict(tag_colours or {})
        coders = sorted({a.coder for a in annotations if a.coder}, key=str.casefold)
        chosen = self.chosen_coder()
        names = coders if chosen in coders or not chosen else sorted(
            [*coders, chosen], key=str.casefold)
        listed = [self.coder_filter.itemData(i) for i in range(1, self.coder_filter.count())]
        if names != listed:  # (a tag seldom brings a new coder: leave the box alone)
            self.coder_filter.blockSignals(True)
            while self.coder_filter.count() > 1:
                self.coder_filter.removeItem(1)
            for name in names:
                self.coder_filter.addItem(i18n.coder_name(name), name)
            self.coder_filter.setCurrentIndex(max(self.coder_filter.findData(chosen), 0))
            self.coder_filter.blockSignals(False)
        several = self._several = len({*coders, self.current_coder} - {""}) > 1
        self.coder_filter.setVisible(several or bool(chosen))
        if chosen:
            annotations = [a for a in annotations if a.coder == chosen]
        current = self.current_annotation()
        # Rows of their own height (wrapped quotes) make the list measure every row; past
        # a few thousand that takes seconds, so a huge list has rows of one height.
        huge = len(annotations) > UNIFORM_ROWS_ABOVE
        self.list.setUniformItemSizes(huge)
        self.list.setLayoutMode(
            QListView.LayoutMode.Batched if huge else QListView.LayoutMode.SinglePass
        )
        self.model.set_annotations(annotations, tag_colours, show_coder=several,
                                   in_place=keep_selection,
                                   current=current.id if current is not None else None)
        counts = {k: sum(a.kind == k for a in annotations) for k in KINDS}
        orphans = sum(a.anchor == "orphan" for a in annotations)
        summary = ", ".join(i18n.kind_count(k, n) for k, n in counts.items() if n)
        self.heading.setText(
            self.tr("Annotations — {summary}").format(summary=summary or self.tr("none yet"))
            + (self.tr(" · {n} without text").format(n=orphans) if orphans else "")
            + (self.tr(" · {coder}'s only").format(coder=i18n.coder_name(chosen))
               if chosen else "")
        )
        self.show_hint(not annotations)
        row = self.model.row_of(current.id) if keep_selection and current is not None else -1
        if row < 0:
            self._show_form(None)
        elif self.list.currentIndex().row() != row:  # the list was filled afresh
            self.select(current.id, emit=False)
        elif self.model.annotation(row) != self._shown:  # changed in place (an edit)
            self._show_form(self.model.annotation(row))
        # else: the list kept its current row (rows inserted or removed around it) and
        # the form shows it as it is: nothing to select or fill again

    def chosen_coder(self) -> str:
        """The coder whose annotations alone are shown; "" for every coder's."""
        return str(self.coder_filter.currentData() or "")

    def visible_annotations(self) -> list[Annotation]:
        """The annotations shown (the coder filter applied), in reading order."""
        return self.model.annotations()

    def set_current_coder(self, name: str) -> None:
        """Who is coding now: rows name their coder once someone else's are among them."""
        if name != self.current_coder:
            self.current_coder = name
            self.set_annotations(self._all, tag_colours=self._colours)

    def show_coder(self, name: str) -> None:
        """Show only ``name``'s annotations ("" for everyone's)."""
        if name and self.coder_filter.findData(name) < 0:
            self.coder_filter.addItem(i18n.coder_name(name), name)
        self.coder_filter.setCurrentIndex(max(self.coder_filter.findData(name), 0))
        self._coder_chosen()

    def _coder_chosen(self, _index: int = 0) -> None:
        self.set_annotations(self._all, tag_colours=self._colours)
        self.coderFilterChanged.emit()

    def make_completers(self) -> None:
        """Complete the speaker and tag fields from the names given to ``set_completions``
        (once; the window calls it after its first paint)."""
        if self.speaker.completer() is not None:
            return
        from .annotation_completers import complete

        complete(self.speaker, self.speaker_names)
        complete(self.tags, self.tag_names, tags=True)

    def set_completions(self, speakers: list[str], tags: list[str]) -> None:
        self.speaker_names.setStringList(speakers)
        self.tag_names.setStringList(tags)

    def current_annotation(self) -> Annotation | None:
        index = self.list.currentIndex()
        return self.model.annotation(index.row()) if index.isValid() else None

    def select(self, annotation_id: int, emit: bool = True) -> None:
        if self.model.row_of(annotation_id) < 0 and any(a.id == annotation_id for a in self._all):
            self.show_coder("")  # another coder's annotation (e.g. one just made): show all
        row = self.model.row_of(annotation_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        again = self.list.currentIndex() == index
        select_index(self.list, index, emit)
        if again:  # (a new current row fills the form in _current_changed: not twice)
            self._show_form(self.model.annotation(row))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self) and self.form.isAncestorOf(new):
            self.form_scroll.ensureWidgetVisible(new)

    def focus_speaker(self) -> None:
        self.speaker.setFocus(Qt.FocusReason.OtherFocusReason)
        self.speaker.selectAll()

    # -- internals ------------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        annotation = self.model.annotation(current.row()) if current.isValid() else None
        self._show_form(annotation)
        if annotation is not None and self.list.signalsBlocked() is False:
            self.annotationSelected.emit(annotation.id)

    def _typed(self, annotation: Annotation | None) -> dict[str, str]:
        """What is typed in the form and not saved yet, when ``annotation`` is the one shown:
        a refresh (another process's change, a lost connection) must not throw it away."""
        shown = getattr(self, "_shown", None)  # (none before the first one)
        if shown is None or annotation is None or shown.id != annotation.id:
            return {}
        typed = {"speaker": self.speaker.text(), "tags": self.tags.text(),
                 "note": self.note.toPlainText()}
        was = {"speaker": shown.speaker, "tags": ", ".join(shown.tags), "note": shown.note}
        return {field: text for field, text in typed.items() if text != was[field]}

    def unsaved(self) -> tuple[int, dict[str, str]] | None:
        """The annotation shown and what is typed for it and not saved yet, if anything."""
        shown = getattr(self, "_shown", None)  # (none before the first one)
        typed = self._typed(shown)
        return (shown.id, typed) if shown is not None and typed else None

    def restore_unsaved(self, annotation_id: int, typed: dict[str, str]) -> None:
        """Show the annotation again with what was typed for it (after a refresh)."""
        if self.model.row_of(annotation_id) < 0:
            return  # deleted meanwhile (or filtered out): nothing to type into
        if self._shown is None or self._shown.id != annotation_id:
            self.select(annotation_id, emit=False)
        fields = {"speaker": self.speaker, "tags": self.tags, "note": self.note}
        for field, text in typed.items():
            widget = fields[field]
            widget.blockSignals(True)
            if field == "note":
                self.note.setPlainText(text)
                cursor = self.note.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.note.setTextCursor(cursor)
            else:
                widget.setText(text)
            widget.blockSignals(False)

    def _show_form(self, annotation: Annotation | None) -> None:
        self._shown = annotation
        focus = QApplication.focusWidget()
        if (
            annotation is None
            and focus is not None
            and self.form.isAncestorOf(focus)
            and self.focus_home is not None
        ):
            # the form is about to be disabled under the cursor (e.g. Ctrl+Z right after Q):
            # go back to where the user was, not to whatever widget Qt picks next
            self.focus_home.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.setEnabled(annotation is not None)
        blockers = [self.kind, self.verdict, self.speaker, self.tags, self.note]
        for widget in blockers:
            widget.blockSignals(True)
        if annotation is None:
            self.kind.setCurrentIndex(0)
            self.speaker.clear()
            self.tags.clear()
            self.note.clear()
            self.verdict.setCurrentIndex(0)
            self.anchor_label.clear()
            self.coder_label.clear()
            self.speaker_written.clear()
            self.speaker_written.hide()
        else:
            self.kind.setCurrentIndex(KINDS.index(annotation.kind))
            self.speaker.setText(annotation.speaker)
            written = spelled_otherwise(annotation)
            self.speaker_written.setText(
                self.tr("This article writes “{name}”").format(name=written) if written else "")
            self.speaker_written.setVisible(bool(written))
            self.tags.setText(", ".join(annotation.tags))
            for field in (self.speaker, self.tags):  # a narrow field shows how it begins
                if not field.hasFocus():
                    field.setCursorPosition(0)
            if self.note.toPlainText() != annotation.note:  # (a new document, laid out)
                self.note.setPlainText(annotation.note)
            self.verdict.setCurrentIndex(
                VERDICTS.index(annotation.verdict) if annotation.verdict in VERDICTS else 0
            )
            self.verdict.setEnabled(annotation.kind == "claim")
            self.anchor_label.setText(_anchor_text(annotation))
            # (as the list's rows: a coder alone in the article needs no name, and the
            # built-in coder's is no name at all: "Coded by default" read as automatic)
            self.coder_label.setText(
                self.tr("Coded by {coder}").format(coder=i18n.coder_name(annotation.coder))
                if annotation.coder and self._several else "")
        for widget in blockers:
            widget.blockSignals(False)
        for label in (self.anchor_label, self.coder_label):  # (an empty one takes no row:
            label.setVisible(bool(label.text()))  # ~40 px of the list's beside the dock)
        self._update_reattach()

    def _form_value(self, field: str) -> tuple[object, bool]:
        """What the form holds for ``field`` and whether the annotation shown holds it."""
        annotation = self._shown
        value = {
            "kind": lambda: KINDS[self.kind.currentIndex()],
            "verdict": lambda: VERDICTS[self.verdict.currentIndex()],
            "speaker": lambda: " ".join(self.speaker.text().split()),
            "tags": lambda: split_tags(self.tags.text()),
            "note": lambda: self.note.toPlainText().strip(),
        }[field]()
        current = getattr(annotation, field)
        if field == "tags":
            return value, [t.lower() for t in current] == [t.lower() for t in value]
        return value, current == value

    def _save(self, field: str) -> None:
        annotation = self._shown
        if annotation is None:
            return
        value, same = self._form_value(field)
        if not same:
            self.editRequested.emit(annotation.id, {field: value})

    def commit_pending(self) -> str:
        """Save whatever is typed in the form (called before the window closes); what of
        it could not be saved (refused: the disk full, a colleague's change meanwhile …),
        one "field: value" line each, "" when all was (review R18-15: it went with the
        window)."""
        for field in ("speaker", "tags", "note"):
            self._save(field)
        if self._shown is None:
            return ""
        left = []
        for field, label in (("speaker", i18n.translate("AnnotationPane", "Speaker")),
                             ("tags", i18n.translate("AnnotationPane", "Tags")),
                             ("note", i18n.translate("AnnotationPane", "Note"))):
            value, same = self._form_value(field)
            if not same:
                shown = ", ".join(value) if isinstance(value, list) else str(value)
                left.append(f"{label}: {shown}")
        return "\n".join(left)

    def set_reader_selection(self, has_selection: bool) -> None:
        """The reader has (or no longer has) selected text: Re-attach needs some."""
        self._reader_has_selection = has_selection
        self._update_reattach()

    def _update_reattach(self) -> None:
        shown = getattr(self, "_shown", None)
        orphan = shown is not None and shown.anchor == "orphan"
        self.reattach_button.setVisible(orphan)
        self.reattach_button.setEnabled(orphan and self._reader_has_selection)

    def _reattach_current(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None and annotation.anchor == "orphan":
            self.reattachRequested.emit(annotation.id)

    def _delete_current(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self.deleteRequested.emit(annotation.id)


def _anchor_text(annotation: Annotation) -> str:
    if annotation.anchor == "orphan":
        return i18n.translate(
            "AnnotationPane",
            "⚠ This annotation's text is no longer in the "
            "article. Select the text it belongs to and use “Re-attach” to place "
            "it again.",
        )
    if annotation.anchor == "reanchored":
        return i18n.translate(
            "AnnotationPane",
            "The article changed; this annotation was placed again by a close match.",
        )
    return ""
