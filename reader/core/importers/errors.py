"""The one exception importers raise, so callers never see a traceback."""

from __future__ import annotations


class ImportFailed(Exception):
    """An import could not be done; ``str(e)`` is a one-line reason for the user."""

    def __init__(self, message: str) -> None:
        # Callers show this in a status bar or a CLI line: keep it on one line.
        super().__init__(" ".join(str(message).split()) or "import failed")
