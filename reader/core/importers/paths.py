"""Which files an import of some paths means: the files given, plus directories walked."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..messages import Message

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
                      ".odt", ".epub", ".eml")


def iter_import_paths(paths: Iterable[Path], unreadable: list[tuple[str, str]] | None = None,
                      skipped: list[tuple[Path, Path]] | None = None) -> Iterator[Path]:
    """Yield files as given (even unsupported ones, so the caller can report them) and the
    supported, non-hidden files under directories, recursively, in sorted order.

    A folder that cannot be listed (no permission, gone meanwhile) is skipped and, when
    ``unreadable`` is given, added to it as ``(folder, reason)`` so it can be reported;
    a file under a folder of a type Kutip does not import is left out and, when
    ``skipped`` is given, added to it as ``(the folder given, the file)`` (review R18-1:
    a folder of ``.html.gz`` pages imported "0 imported, 0 already present, 0 failed").
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, unreadable, skipped)
        else:
            yield path


def supported_name(name: str) -> bool:
    """Whether a file of this name is one Kutip imports: a supported type, or one gzipped
    (``page.html.gz``)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".gz":
        suffix = Path(name[:-3]).suffix.lower()
    return suffix in SUPPORTED_SUFFIXES


def skipped_note(files: Sequence[Path]) -> Message:
    """What a folder's files of other types are, for the import's report: how many, by
    type (most first), and the types Kutip imports."""
    kinds = Counter(path.suffix.lower() or "(none)" for path in files)
    return Message(
        "import.skipped-types", "{n} file(s) left out, of a type Kutip does not import "
        "({types}); it imports {supported}", n=len(files),
        types=", ".join(f"{suffix} {count}" for suffix, count in sorted(
            kinds.items(), key=lambda kind: (-kind[1], kind[0]))),
        supported=", ".join(SUPPORTED_SUFFIXES))


def _walk(root: Path, unreadable: list[tuple[str, str]] | None,
          skipped: list[tuple[Path, Path]] | None) -> Iterator[Path]:
    def failed(error: OSError) -> None:
        if unreadable is not None:
            reason = (error.strerror or str(error)).rstrip(".").lower()
            unreadable.append((str(error.filename or root), Message(
                "import.folder-unreadable", "folder not read: {reason}", reason=reason)))

    # os.walk does not follow directory symlinks, so link loops cannot trap us.
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if not supported_name(name):
                if skipped is not None:
                    skipped.append((root, Path(dirpath) / name))
                continue
            yield Path(dirpath) / name
