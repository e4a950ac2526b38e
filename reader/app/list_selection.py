"""Selecting a row of a list in code, optionally without telling the list's listeners."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def select_index(view: QAbstractItemView, index: QModelIndex, emit: bool = True) -> None:
    """Make ``index`` current and selected, and scroll to it.

    With ``emit=False`` the view's own signals are blocked while it changes; the panes
    check ``view.signalsBlocked()`` in their current-changed slots and stay quiet.
    """
    view.blockSignals(not emit)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.blockSignals(False)
    view.scrollTo(index)
