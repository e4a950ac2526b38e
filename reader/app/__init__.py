"""The PySide6 desktop app: thin widgets over Qt model/view, on top of ``reader.core``."""

from .pyside_guard import protect_none

protect_none()  # before any widget exists: PySide6 6.12 on Python 3.11 leaks None references
