"""The annotation form's completers (speaker names, tags), made after the window's first
paint (``AnnotationPane.make_completers``): PySide builds ``QCompleter``'s class, with its
enums, when a module first touches it."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagsCompleter(QCompleter):
    """Completes the tag typed after the last comma (``a, framing/th`` → ``framing/threat``)."""

    def pathFromIndex(self, index) -> str:  # noqa: N802
        done = self.widget().text().rpartition(",")[0]
        value = self.model().data(index)
        return f"{done}, {value}" if done else value

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rpartition(",")[2].strip()]


def complete(field: QLineEdit, names: QStringListModel, tags: bool = False) -> None:
    """Give ``field`` a completer over ``names`` (any part of a name, any case); for tags,
    one that completes the tag after the last comma."""
    completer = (TagsCompleter if tags else QCompleter)(names, field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
