"""Importing files, folders, pasted text and URLs into the library, one transaction per article.

A batch never stops at a bad file: each failure is reported with its one-line
reason and nothing of that file is written; the rest of the batch goes on.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..importers import (
    ImportFailed,
    ImportOptions,
    article_from_stream,
    article_from_text,
    bytes_hash,
    file_format,
    iter_import_paths,
    read_articles,
    read_limited,
    skipped_note,
)
from ..importers.url import article_from_download, fetch_bytes
from ..messages import Message, reason
from ..models import ImportedArticle
from ..paths import storable_name
from ..store import StoreError
from .articles import Articles
from .base import Service, Session, write
from .reanchoring import Texts
from .rules import outlet_shown

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    imported: list[tuple[str, int]] = field(default_factory=list)
    present: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    #: things the user should know about an import that worked (an e-mail's attachments)
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: for each updated article, what happened to its annotations (``ReanchorReport``)
    reanchored: dict[int, object] = field(default_factory=dict)
    #: the imported articles that are another outlet's copy of a text the library held
    #: (syndicated wire copy): (label, article id, its outlet, the oldest article with the
    #: text, that one's outlet); each is in ``imported`` too
    copies: list[tuple[str, int, str, int, str]] = field(default_factory=list)
    #: files under a folder given that are of a type Kutip does not import (left out,
    #: and said: review R18-1); a file given by name of such a type is ``failed``
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        imported = f"{len(self.imported)} imported"
        if self.copies:
            imported += f" ({len(self.copies)} of them another outlet's copy)"
        parts = [imported, f"{len(self.present)} already present"]
        if self.updated:
            parts.append(f"{len(self.updated)} updated")
        parts.append(f"{len(self.failed)} failed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped (not a type Kutip imports)")
        return ", ".join(parts) + (" (cancelled)" if self.cancelled else "")

    @property
    def ok(self) -> bool:
        return not self.failed


class Imports(Service):
    """``library.imports``: files, folders, pasted text and URLs into the library."""

    def __init__(self, session: Session, articles: Articles, texts: Texts):
        super().__init__(session)
        self._articles = articles
        self._texts = texts

    def _store_imported(self, imported: ImportedArticle, report: ImportReport, label: str,
                        collection_id: int | None, original_path: str = "",
                        url: str = "") -> None:
        replaced = self._texts.replace_previous_version(imported, original_path, url, collection_id)
        if replaced is not None:  # a re-import of an edited file or page: see reanchoring.py
            report.updated.append((label, replaced[0]))
            report.reanchored[replaced[0]] = replaced[1]
            return
        article_id, created, copy_of = self._articles.added(imported, collection_id,
                                                            original_path)
        (report.imported if created else report.present).append((label, article_id))
        if copy_of is not None:
            report.copies.append((label, article_id, outlet_shown(imported.source, imported.url),
                                  *copy_of))

    @write
    def store(self, imported: ImportedArticle, label: str, url: str = "",
              report: ImportReport | None = None) -> ImportReport:
        """Store an article read elsewhere (a feed item) through the one import path: dedupe
        by content, re-import of the same ``url`` with re-anchoring. Adds to ``report``."""
        report = report if report is not None else ImportReport()
        self._store_imported(imported, report, label, None, url=url)
        return report

    @write
    def paths(
        self,
        paths: Iterable[str | Path],
        collection_id: int | None = None,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        options: ImportOptions | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively); see ``ImportReport`` for what happened.

        ``options`` say how documents holding several articles are split (EPUB chapters,
        e-mail attachments). A library known to be damaged is refused at once
        (``DamagedLibrary``), not per file.
        """
        self._session.refuse_if_damaged()
        report = ImportReport()
        given = []
        for path in paths:
            if not str(path).strip():  # Path("") is ".": never import the current folder
                report.failed.append((str(path), Message(
                    "import.empty-name", "An empty name is not a file or folder.")))
            else:
                given.append(Path(path))
        there = []
        for path in given:
            try:
                found = path.exists()
            except OSError as error:  # e.g. a name longer than the file system allows (R21-11)
                report.failed.append((str(path), _unusable_name(error)))
                continue
            if found:
                there.append(path)
            else:
                report.failed.append((str(path), Message("import.no-such-file",
                                                          "No such file or folder.")))
        unreadable: list[tuple[str, str]] = []
        skipped: list[tuple[Path, Path]] = []
        files = list(iter_import_paths(there, unreadable, skipped))
        report.failed.extend(unreadable)  # a folder that could not be listed is no success
        report.skipped.extend(str(path) for _, path in skipped)
        for root in dict.fromkeys(root for root, _ in skipped):  # said once per folder
            report.notes.append((str(root), skipped_note(
                [path for folder, path in skipped if folder == root])))
        for done, path in enumerate(files):
            if should_cancel and should_cancel():
                report.cancelled = True
                break
            if progress:
                progress(done, len(files), path.name)
            try:
                file_format(path)
                data = read_limited(path)
                existing = self._articles.find_original(bytes_hash(data), collection_id)
                if existing is not None:  # these very bytes are in the library: no extraction
                    report.present.append((str(path), existing))
                    continue
                parts = read_articles(path, options)
            except (ImportFailed, StoreError) as error:
                report.failed.append((str(path), reason(error)))
                continue
            report.notes.extend((str(path), note) for note in parts.notes)
            for part, imported in parts.items:
                label = f"{path} › {part}" if part else str(path)
                if isinstance(imported, ImportFailed):
                    report.failed.append((label, reason(imported)))
                    continue
                origin = storable_name(str(path.resolve())) + (f"#{part}" if part else "")
                try:
                    self._store_imported(imported, report, label, collection_id, origin)
                except (ImportFailed, StoreError) as error:
                    report.failed.append((label, reason(error)))
        if progress:
            progress(len(files), len(files), "")
        return report

    @write
    def text(self, text: str, name: str = "pasted text", fmt: str = "txt",
                    collection_id: int | None = None) -> ImportReport:
        report = ImportReport()
        try:
            self._store_imported(article_from_text(text, name=name, fmt=fmt), report, name,
                                 collection_id)
        except (ImportFailed, StoreError) as error:
            report.failed.append((name, reason(error)))
        return report

    @write
    def stream(self, stream: BinaryIO, name: str = "standard input", fmt: str = "txt",
               collection_id: int | None = None) -> ImportReport:
        """Import a binary stream (``kutip import -``) as a file of format ``fmt`` would be."""
        report = ImportReport()
        try:
            self._store_imported(article_from_stream(stream, name, fmt), report, name,
                                 collection_id)
        except (ImportFailed, StoreError) as error:
            report.failed.append((name, reason(error)))
        return report

    @write
    def url(self, url: str, collection_id: int | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> ImportReport:
        """Fetch one web page: the only network request Kutip ever makes, and only when asked.

        ``should_cancel`` is asked after the download: when it says yes nothing is stored.
        """
        report = ImportReport()
        try:
            got = fetch_bytes(url, should_cancel=should_cancel)
            if should_cancel and should_cancel():
                report.cancelled = True
                return report
            existing = self._articles.find_original(bytes_hash(got.data), collection_id)
            if existing is not None:  # the very same page is in the library already
                report.present.append((url, existing))
                return report
            self._store_imported(article_from_download(got, url), report, url, collection_id,
                                 url=url)
        except (ImportFailed, StoreError) as error:
            if should_cancel and should_cancel():
                report.cancelled = True
            else:
                report.failed.append((url, reason(error)))
        return report


def _unusable_name(error: OSError) -> Message:
    """Why a name given to import cannot even be looked up."""
    if error.errno == errno.ENAMETOOLONG:
        return Message("import.name-too-long", "The name is too long for the file system.")
    return Message("import.name-unusable", "The name cannot be looked up: {reason}.",
                   reason=error.strerror or str(error))
