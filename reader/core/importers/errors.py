"""The one exception importers raise, so callers never see a traceback."""

from __future__ import annotations

from ..messages import Message


class ImportFailed(Exception):
    """An import could not be done; ``str(e)`` is a one-line reason for the user, in English.

    Importers raise it with a ``Message`` (see ``reader.core.messages``), which the app shows
    in its own language.
    """

    def __init__(self, message: str) -> None:
        # Callers show this in a status bar or a CLI line: keep it on one line.
        if isinstance(message, Message):
            message = message.one_line()
        else:
            message = (" ".join(str(message).split())
                       or Message("import.failed", "import failed"))
        super().__init__(message)
