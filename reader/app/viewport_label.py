"""A note over a list's viewport ("No articles match.", how to tag), made when first shown.

A scroll area's viewport is a widget Qt makes itself. The first such plain ``QWidget`` that
reaches Python makes PySide build every ``QWidget`` subclass it knows (calendars, wizards,
MDI areas…: ≈ 60 classes with their enums, 12–16 ms of the app's start, issue 12), to
find the most derived one. A list that is not empty when the window first paints never
needs its note, so the note's label, and the viewport it sits on, are left alone until the
note is first shown; then they are made, sized to the viewport and kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea


class ViewportLabel(QObject):
    """The label over ``view``'s viewport, made by :meth:`label` (``setup`` styles it);
    :meth:`set_shown` shows or hides it, making it only to show it. It starts shown, as a
    child label does: made when the view is first shown, unless hidden before."""

    def __init__(self, view: QAbstractScrollArea, setup: Callable[[QLabel], None],
                 text: str = "") -> None:
        super().__init__(view)
        self._view, self._setup, self._text = view, setup, text
        self._label: QLabel | None = None
        self._shown = True
        view.installEventFilter(self)  # (its Show: until the label is made)

    @property
    def made(self) -> bool:
        return self._label is not None

    def label(self) -> QLabel:
        if self._label is None:
            viewport = self._view.viewport()
            label = self._label = QLabel(self._text, viewport)
            self._setup(label)
            label.resize(viewport.size())
            label.setVisible(self._shown)
            self._view.removeEventFilter(self)
            viewport.installEventFilter(self)
        return self._label

    def set_text(self, text: str) -> None:
        self._text = text
        if self._label is not None:
            self._label.setText(text)

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        if self._label is not None or (shown and self._view.isVisible()):
            self.label().setVisible(shown)  # (else made, if still to be shown, at the Show)

    def is_shown(self) -> bool:
        """Shown when the list is (whether or not the label was made yet)."""
        return self._shown

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if self._label is None:  # the view's events
            if event.type() == QEvent.Type.Show and self._shown:
                self.label()
        elif event.type() == QEvent.Type.Resize and obj is not self._view:  # the viewport's
            self._label.resize(event.size())
        return False
