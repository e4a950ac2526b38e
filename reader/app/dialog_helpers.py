"""Small shared pieces for the dialogs: message boxes tests can replace, safe library listening.

Every user-facing message box goes through ``show_error``/``confirm``/``show_info`` so
tests can monkeypatch them (``monkeypatch.setattr(dialog_helpers, "confirm", ...)``) and
so no error from the library ever reaches the user as a traceback.

Text that comes from a user or an imported file (titles, names, notes, quotes, file names)
is shown as *plain text* everywhere: Qt takes a tooltip, a label or a message that looks
like HTML as rich text, so a title ``Berita <img src="/dev/zero">`` would make it read a
local file. ``plain_tooltip`` (tooltips and models' ToolTipRole), ``plain_label`` (labels,
progress and input dialogs) and ``plain_action_tooltip`` (actions whose text changes, such
as Undo) are the one way to do it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from ..core.library import LibraryError
from ..core.store import StoreError
from ..core.textnorm import marked_controls
from .i18n import core_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QBoxLayout,
        QDialog,
        QInputDialog,
        QMessageBox,
        QProgressDialog,
        QTableWidget,
    )

# (the dialogs' Qt classes are imported where they are made: PySide builds each class, with
# its enums, when first imported, and the window's start needs none of them; issue 12)

USER_ERRORS = (LibraryError, StoreError, ValueError)


def clip_words(text: str, limit: int = 60) -> str:
    """``text`` on one line, at most ``limit`` characters, cut between words with "…"; its
    bidi and control characters written out (R12-3: an imported title's U+202E turned the
    rest of a status line or menu entry around)."""
    text = marked_controls(" ".join(text.split()))
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def unexpected(error: BaseException) -> str:
    """"Unexpected error: …" in the interface's language (a failure Kutip did not foresee)."""
    return QCoreApplication.translate("Errors", "Unexpected error: {error}").format(error=error)


def escape_html(text: str) -> str:
    """``html.escape(text)``, without importing ``html`` (whose ``html.entities`` table
    and regex cost a start ≈1 ms; a tooltip at start needs only this)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def plain_tooltip(text: str | None) -> str:
    """A tooltip showing ``text`` as it is: a tag named ``<b>x</b>`` is not markup, a bidi
    control is written out (``\\u202e``), not obeyed (R12-3)."""
    if not text:
        return ""
    return "<qt>" + escape_html(marked_controls(text, keep="\n\t")).replace("\n", "<br>") + "</qt>"


class SafeBrowser(QTextBrowser):
    """A QTextBrowser for HTML built from user text: it never follows a link nor loads an
    image, stylesheet or file, and the tooltips its HTML carries (``title`` attributes) are
    shown as plain text. Qt would otherwise render such a tooltip as rich text and load the
    images it names itself, outside ``loadResource``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.loaded: list[str] = []  # what the document asked for (tests look)

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt's name
        self.loaded.append(url.toString())
        return None

    def event(self, event: QEvent) -> bool:
        from PySide6.QtGui import QHelpEvent

        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            from PySide6.QtWidgets import QToolTip

            viewport_pos = self.viewport().mapFrom(self, event.pos())
            tip = self.cursorForPosition(viewport_pos).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def plain_label(widget: QWidget) -> QWidget:
    """Make ``widget`` (a QLabel, or a dialog holding labels) show its text as plain text.

    For a QProgressDialog or QInputDialog every label inside it is switched, so a file
    name or tag name in their text is never read as HTML.
    """
    labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Make a line edit at least as wide as its placeholder (a hint cut off mid-word, like
    "Nama lai…", tells nothing), whatever the language, font and style."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    text = QSize(metrics.horizontalAdvance(edit.placeholderText()) + metrics.averageCharWidth()
                 + margins.left() + margins.right(), metrics.height())
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame  # (a dialog's: see app_style)

    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text, edit)
    edit.setMinimumWidth(size.width())
    return edit


def plain_action_tooltip(action: QAction) -> QAction:
    """Keep ``action``'s tooltip (derived from its text, e.g. "Undo tag quote “…”") plain."""

    def update() -> None:
        if not shiboken6.isValid(action):  # the signal outlives a deleted action
            return
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        tip = plain_tooltip(text)
        if action.toolTip() != tip:
            action.setToolTip(tip)

    action.changed.connect(update)
    update()
    return action


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                informative: str = "") -> QMessageBox:
    """A message box showing its texts as plain text (they may hold tag or file names)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # before the text: a rich label renders at once
    box.setText(text)
    if informative:
        box.setInformativeText(" ")  # creates the label, so it is plain before it holds text
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(informative)
    return box


DAMAGED_TITLE = QT_TRANSLATE_NOOP("Main", "The library file is damaged")


def report_damage(parent: QWidget | None, library, error: BaseException) -> bool:
    """Say once that the library file is damaged, and refuse every later write to it.

    The table, the reader and the panes may each meet the damage many times over (every
    paint reads rows): only the first sighting opens a message. True if it was shown now.
    """
    damaged = library.mark_damaged(error)
    if getattr(library, "kutip_damage_shown", False):
        return False
    library.kutip_damage_shown = True
    show_error(parent, QCoreApplication.translate("Main", DAMAGED_TITLE), core_text(damaged))
    return True


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(QMessageBox.Icon.Warning, title, message, parent).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(QMessageBox.Icon.Information, title, message, parent).exec()


def confirm(parent: QWidget | None, title: str, text: str, informative: str = "",
            ok_text: str = "OK") -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(QMessageBox.Icon.Question, title, text, parent, informative)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, informative: str,
           choices: list[str]) -> int:
    """A question with several answers, as buttons in ``choices``' order: the index of the
    one clicked; the last is the answer that changes nothing (Escape and closing the box
    give it too) and the default."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(QMessageBox.Icon.Question, title, text, parent, informative)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole)
               for label in choices[:-1]]
    buttons.append(box.addButton(choices[-1], QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(buttons[-1])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def rows_table(parent: QWidget, labels: list[str], stretch: tuple[int, ...] = (0,)) -> QTableWidget:
    """A read-only table of whole rows (a dialog's list of feeds, of backups): the columns
    in ``stretch`` share the width, the others fit their contents."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, len(labels), parent)
    table.setHorizontalHeaderLabels(labels)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(labels)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def buttons_below(dialog: QDialog, layout: QBoxLayout, buttons: list[QWidget]) -> None:
    """A row of ``buttons`` at the left, then the dialog's Close button under it."""
    from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout

    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=dialog)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)


def input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A QInputDialog whose label (it may name a tag or speaker) is plain text."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText("")  # creates the label: plain before it holds any text
    plain_label(dialog)
    for shown in dialog.findChildren(QLabel):  # a long question wraps, at a readable width,
        shown.setWordWrap(True)                # instead of a dialog as wide as its sentence
        shown.setMinimumWidth(min(shown.fontMetrics().averageCharWidth() * 50, 480))
    dialog.setLabelText(label)
    return dialog


def progress_dialog(label: str, parent: QWidget | None = None) -> QProgressDialog:
    """A busy QProgressDialog with Cancel whose label (file names, URLs) is plain text."""
    from PySide6.QtWidgets import QProgressDialog

    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    dialog = QProgressDialog("", cancel, 0, 0, parent)
    plain_label(dialog)
    dialog.setLabelText(label)
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    dialog = input_dialog(parent, title, label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    return dialog.textValue() if dialog.exec() else None


def ask_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> str | None:
    dialog = input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    return dialog.textValue() if dialog.exec() else None


def guarded(parent: QWidget | None, title: str, action: Callable[[], object]) -> bool:
    """Run ``action``; a library error becomes a message box. True when it succeeded."""
    try:
        action()
    except USER_ERRORS as error:
        # look the helper up at call time so a monkeypatched ``show_error`` is used
        globals()["show_error"](parent, title, core_text(error))
        return False
    return True


def listen(library, owner, method_name: str) -> None:
    """Subscribe ``owner.<method_name>(change)`` to the library without keeping owner alive.

    The Library has no ``unsubscribe`` yet, so the listener stays registered but does
    nothing once ``owner`` (a QObject) is garbage or its C++ side has been deleted.
    """
    ref = weakref.ref(owner)

    def listener(change) -> None:
        target = ref()
        if target is None:
            return
        try:
            import shiboken6

            if not shiboken6.isValid(target):
                return
        except ImportError:  # pragma: no cover
            pass
        getattr(target, method_name)(change)

    library.subscribe(listener)
    owner._library_listener = listener  # so it can be unsubscribed when the API allows


def unlisten(library, owner) -> None:
    """Drop ``owner``'s listener when the Library can unsubscribe (it cannot yet)."""
    listener = getattr(owner, "_library_listener", None)
    unsubscribe = getattr(library, "unsubscribe", None)
    if listener is not None and unsubscribe is not None:
        try:
            unsubscribe(listener)
        except (ValueError, KeyError):
            pass
    owner._library_listener = None
