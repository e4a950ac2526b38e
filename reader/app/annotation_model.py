"""The annotation list: one article's annotations in reading order, orphans last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QWidget

from ..core.models import Annotation
from ..core.textnorm import marked_controls
from . import i18n
from .article import style
from .dialog_helpers import plain_tooltip

if TYPE_CHECKING:  # (a suggestion's record module loads with the engine, after the first paint)
    from ..core.models import Suggestion

AnnotationRole = Qt.ItemDataRole.UserRole + 1
AnnotationIdRole = Qt.ItemDataRole.UserRole + 2
CoderRole = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {"quote": "Quote", "claim": "Claim", "highlight": "Highlight"}

_ROOT = QModelIndex()
# roles as ints: a list lays out every row on each change, asking each row for ~10 roles
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CODER = int(CoderRole)
_ANNOTATION = int(AnnotationRole)
_ANNOTATION_ID = int(AnnotationIdRole)
_ROLES = {_DISPLAY, _TOOLTIP, _DECORATION, _FONT, _FOREGROUND, _CODER, _ANNOTATION,
          _ANNOTATION_ID}


def written_speaker(annotation: Annotation | Suggestion) -> str:
    """The speaker as the article writes the name, then the library's speaker when that is
    spelled otherwise, saying which is which: "Sergey Lavrov (in your library: Sergei
    Lavrov)" (an annotation, or a suggestion). Two bare names, "Sergey Lavrov (Sergei
    Lavrov)", did not say which was the library's (R12-18)."""
    written = spelled_otherwise(annotation)
    return f"{written} ({in_library(annotation.speaker)})" if written else annotation.speaker


def in_library(speaker: str) -> str:
    """“in your library: Sergei Lavrov”: the library's speaker beside the article's spelling."""
    return i18n.translate("AnnotationList", "in your library: {speaker}").format(
        speaker=speaker)


def spelled_otherwise(annotation: Annotation | Suggestion) -> str:
    """How the article writes the speaker's name when it is not the library speaker's own
    ("Sergey Lavrov" for the library's "Sergei Lavrov"), else ''."""
    if annotation.speaker_written and annotation.speaker and (
            annotation.speaker_written.lower() != annotation.speaker.lower()):
        return annotation.speaker_written
    return ""


#: a row shows this many characters of its quote at most (R13-5: rows of whole quotes of
#: several lines left room for one and a half of them beside the Quotes dock)
SHOWN_CHARS = 100


def shortened(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` on one line, cut after a word at about ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:") + "…"


def describe(annotation: Annotation) -> str:
    """One line a person can read: kind, who, what, tags."""
    parts = [i18n.title(annotation.kind)]
    if annotation.speaker:
        parts.append(f"— {written_speaker(annotation)}")
    if annotation.kind == "claim" and annotation.verdict:
        parts.append(f"[{i18n.title(annotation.verdict).lower()}]")
    if annotation.anchor == "orphan":
        parts.append(i18n.translate("AnnotationList", "(text not found)"))
    elif annotation.anchor == "reanchored":
        parts.append(i18n.translate("AnnotationList", "(re-anchored)"))
    return " ".join(parts)


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Annotation] = []
        self._colours: dict[str, str] = {}
        self._show_coder = False
        # annotation id -> (text, look), worked out once while the annotation is unchanged
        self._shown: dict[int, tuple[str, style.Look]] = {}

    def set_annotations(self, annotations: list[Annotation],
                        tag_colours: dict[str, str] | None = None,
                        show_coder: bool = False, in_place: bool = False,
                        current: int | None = None) -> None:
        """``show_coder``: name each row's coder (when several people coded here).

        ``in_place``: when the list differs by a few annotations (one tagged, edited or
        deleted), insert, change and remove those rows only, so the view keeps its current
        row and lays out no more than it must; otherwise the list is reset. ``current``:
        the id of the view's current annotation; its removal resets the list (a reset says
        "nothing selected", as the pane expects)."""
        items = list(annotations)
        colours = tag_colours or {}
        if (in_place and colours == self._colours and show_coder == self._show_coder
                and self._update_rows(items, current)):
            return
        self.beginResetModel()
        self._items = items
        self._colours = colours
        self._show_coder = show_coder
        self._shown = {}
        self.endResetModel()

    #: more changed rows than this and the list is reset instead (one layout, not many)
    IN_PLACE_UP_TO = 8

    def _update_rows(self, items: list[Annotation], current: int | None) -> bool:
        """Turn the list into ``items`` row by row; False (nothing done) when that is not
        the simple case: ids missing or repeated, an order changed, many rows changed, or
        the ``current`` annotation removed."""
        old, new = [a.id for a in self._items], [a.id for a in items]
        old_set, new_set = set(old), set(new)
        if None in old_set or None in new_set or len(old_set) != len(old) \
                or len(new_set) != len(new):
            return False
        kept_old = [i for i in old if i in new_set]
        if kept_old != [i for i in new if i in old_set]:
            return False  # the same annotations in another order
        removed = [row for row, i in enumerate(old) if i not in new_set]
        added = [row for row, i in enumerate(new) if i not in old_set]
        if len(removed) + len(added) > self.IN_PLACE_UP_TO or (
                current is not None and current in old_set and current not in new_set):
            return False
        was = {a.id: a for a in self._items}
        changed = [row for row, a in enumerate(items) if a.id in old_set and a != was[a.id]]
        if len(removed) + len(added) + len(changed) > self.IN_PLACE_UP_TO:
            return False
        for row in reversed(removed):
            self.beginRemoveRows(_ROOT, row, row)
            self._shown.pop(self._items.pop(row).id, None)
            self.endRemoveRows()
        for row in added:
            self.beginInsertRows(_ROOT, row, row)
            self._items.insert(row, items[row])
            self.endInsertRows()
        for row in changed:
            self._items[row] = items[row]
            self._shown.pop(items[row].id, None)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        return True

    def _palette(self) -> QPalette:
        view = self.parent()
        return view.palette() if isinstance(view, QWidget) else QApplication.palette()

    def annotations(self) -> list[Annotation]:
        return list(self._items)

    def annotation(self, row: int) -> Annotation | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, annotation_id: int) -> int:
        return next((i for i, a in enumerate(self._items) if a.id == annotation_id), -1)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def _row(self, row: int) -> tuple[str, style.Look]:
        """The row's text and mark, worked out once per row while the list stays."""
        item = self._items[row]
        shown = self._shown.get(item.id)
        if shown is None:
            tags = "  " + " ".join(f"#{t}" for t in item.tags) if item.tags else ""
            coder = f"  · {i18n.coder_name(item.coder)}" if self._show_coder and item.coder else ""
            shown = self._shown[item.id] = (  # (its controls marked, as everywhere: R14-5)
                marked_controls(f"{describe(item)}{tags}{coder}\n“{shortened(item.exact)}”",
                                keep="\n"),
                style.look_for(item, self._colours))
        return shown

    def size_key(self, row: int) -> tuple[str, bool]:
        """What a row's size depends on: its text, and italic type for an orphan."""
        return self._row(row)[0], self._items[row].anchor == "orphan"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._items) or not index.isValid():
            return None
        if role == _DISPLAY:
            return self._row(row)[0]
        item = self._items[row]
        if role == _TOOLTIP:  # (its note; a quote the row shortens, in full first)
            quote = f"“{item.exact}”" if shortened(item.exact) != item.exact else ""
            return plain_tooltip("\n\n".join(x for x in (quote, item.note) if x)) or None
        if role == _DECORATION:  # the same shape and colours as in the text
            return style.mark_icon(self._row(row)[1], self._palette())
        if role == _FONT and item.anchor == "orphan":
            font = QFont()
            font.setItalic(True)
            return font
        if role == _FOREGROUND and item.anchor == "orphan":
            return QColor("#888888")
        if role == _CODER:
            return item.coder
        if role == _ANNOTATION:
            return item
        if role == _ANNOTATION_ID:
            return item.id
        return None


class RememberedSizes(QStyledItemDelegate):
    """The list's delegate, remembering each row's size for its text, font and width.

    A list of rows of their own height measures every row whenever it changes; after a
    tag that is every row of the article's list again, each a word-wrapped text layout.
    A row's size depends only on what the key holds (its text, italic for an orphan, the
    width and font it is laid out in, the icon size), so a remembered one is always right.
    """

    KEEP = 4000  # sizes remembered, at most (then forgotten all at once)

    def __init__(self, model: AnnotationListModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._sizes: dict[tuple, object] = {}
        self._font, self._font_key = QFont(), QFont().key()  # the last font seen, its key

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        # (called from C++ for every row of the list each time it is laid out: a tag
        # lays it out once; each Python call here counts. The option's features are not
        # in the key: every row has its text and mark, the list always wraps, and the
        # alternate colour does not change a size; the font's key, a string built on
        # each call, is worked out when the font changes)
        row = index.row()
        model = self._model
        if index.model() is not model or not 0 <= row < len(model._items):
            return super().sizeHint(option, index)
        font = option.font
        if font != self._font:
            self._font, self._font_key = QFont(font), font.key()
        decoration = option.decorationSize
        key = (model.size_key(row), option.rect.width(), self._font_key,
               decoration.width(), decoration.height())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.KEEP:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size
