"""Which files an import of some paths means: the files given, plus directories walked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..messages import Message

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
                      ".odt", ".epub", ".eml")


def iter_import_paths(paths: Iterable[Path], unreadable: list[tuple[str, str]] | None = None
                      ) -> Iterator[Path]:
    """Yield files as given (even unsupported ones, so the caller can report them) and the
    supported, non-hidden files under directories, recursively, in sorted order.

    A folder that cannot be listed (no permission, gone meanwhile) is skipped and, when
    ``unreadable`` is given, added to it as ``(folder, reason)`` so it can be reported.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, unreadable)
        else:
            yield path


def _walk(root: Path, unreadable: list[tuple[str, str]] | None) -> Iterator[Path]:
    def failed(error: OSError) -> None:
        if unreadable is not None:
            reason = (error.strerror or str(error)).rstrip(".").lower()
            unreadable.append((str(error.filename or root), Message(
                "import.folder-unreadable", "folder not read: {reason}", reason=reason)))

    # os.walk does not follow directory symlinks, so link loops cannot trap us.
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            yield Path(dirpath) / name
