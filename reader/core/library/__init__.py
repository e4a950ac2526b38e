"""The one service API: everything the GUI and the CLI do to a library goes through ``Library``.

A library is composed of small areas, each with its own public surface::

    >>> lib = Library("library.sqlite")
    >>> report = lib.imports.paths(["seeds/"])
    >>> note = lib.annotations.add_exact(1, "Kami tidak ingin berperang", kind="quote",
    ...                                  speaker="Lavrov")
    >>> lib.tags.all(), lib.speakers.all(), lib.search.find("perang")
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..messages import Message
from ..paths import DB_ENV, default_library, is_team_url, named_db_path, seeds_dir
from ..store import DamagedLibrary, StoreError, open_database
from ..store.connection import read_only_reason
from ..store.sqlite import SqliteStores
from .base import Cancelled, LibraryError, NotFound, Session, TextChanged
from .coders import Coders

if TYPE_CHECKING:
    from pathlib import Path

    from ..changes import Area, Changes
    from ..records import Coder
    from ..store.backups import Upgrade
    from ..store.interfaces import Stores
    from .agreement import Agreement
    from .annotations import Annotations
    from .articles import EDITABLE_FIELDS, SORT_COLUMNS, ArticleFilter, Articles
    from .bulk import Bulk
    from .collections import Collection, Collections
    from .exchange import Exchange
    from .exporting import Exports
    from .feeds import FeedInfo, FeedReport, Feeds
    from .importing import ImportReport, Imports
    from .pages import Pages
    from .reanchoring import ReanchorReport, Texts
    from .rules import SeenSpan, text_hash
    from .search import MARK_END, MARK_START, Search, SearchHit
    from .speakers import Speaker, Speakers
    from .suggesting import Suggestions
    from .tags import Tag, Tags
    from .trail import ClusterFilter, QuoteTrail, RefreshReport

#: names this package gives from areas whose engines are heavy to import (the importers,
#: the export templates, the quote engine, numpy for the trail), or that only some commands
#: use (annotations, search, bulk inserts, pages; the articles, tags, speakers and
#: collections with their models and rules: a CSV export reads plain rows): loaded on first
#: use, so a ``kutip list`` or ``kutip search`` process never pays for them (issue 12).
_LAZY_NAMES = {
    "EDITABLE_FIELDS": "articles", "SORT_COLUMNS": "articles", "ArticleFilter": "articles",
    "Articles": "articles", "Collection": "collections", "Collections": "collections",
    "SeenSpan": "rules", "text_hash": "rules", "Speaker": "speakers", "Speakers": "speakers",
    "Tag": "tags", "Tags": "tags", "Coder": "coders",
    "Annotations": "annotations", "Bulk": "bulk", "Pages": "pages", "Search": "search",
    "SearchHit": "search", "MARK_END": "search", "MARK_START": "search",
    "Exports": "exporting", "FeedInfo": "feeds", "FeedReport": "feeds", "Feeds": "feeds",
    "ImportReport": "importing", "Imports": "importing", "ReanchorReport": "reanchoring",
    "Texts": "reanchoring", "Suggestions": "suggesting", "ClusterFilter": "trail",
    "QuoteTrail": "trail", "RefreshReport": "trail", "Agreement": "agreement",
    "Exchange": "exchange", "MergeReport": "exchange",
}


#: the change notices' types, given here for the app (a reading process never loads them)
_CHANGES_NAMES = ("Area", "Changes")


def __getattr__(name: str) -> Any:
    if name in _CHANGES_NAMES:
        from .. import changes

        value = getattr(changes, name)
        globals()[name] = value
        return value
    if name in _LAZY_NAMES:
        value = getattr(importlib.import_module(f".{_LAZY_NAMES[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: how long ``Library.close`` may spend purging the full-text indexes of deleted words
CLOSE_PURGE_SECONDS = 1.0


class Library:
    """A Kutip library: one SQLite file of articles, annotations, tags, speakers, collections.

    Its areas: ``articles``, ``annotations``, ``texts`` (replacing an article's text),
    ``tags``, ``speakers``, ``collections``, ``search``, ``imports``, ``exports``,
    ``suggestions``, ``pages``, ``coders`` (who made each annotation), ``agreement``,
    ``exchange`` (the portable library file: export and merge),
    ``feeds`` (RSS/Atom subscriptions), ``trail`` (the same quote across outlets) and ``bulk``.
    """

    def __init__(self, path: str | Path):
        if is_team_url(path):  # a team library on a PostgreSQL server
            from ..store.postgres import open_team_library

            stores = open_team_library(str(path))
            self._team_url: str | None = str(path).strip()
            self._session = session = Session(stores)
            #: the upgrade made on opening (its backup, the older ones it replaced), if any; a
            #: team library's owner upgrades it on the server (``kutip team init``)
            self.upgrade: Upgrade | None = None
            #: why this library cannot be written here, in one line, or "" when it can
            #: (asked once on opening: the app says so and disables tagging, R15-12)
            self.read_only: str = ""
        else:
            if str(path).lower().startswith(("postgresql:", "postgres:")):
                # a team library's URL turned into a path (its // folded): never a file
                raise StoreError(Message(
                    "store.team-library-address-lost", "{path} is a team library's address that "
                    "lost its '//'; nothing was opened.", path=path))
            if "=" in str(path) and re.match(r"\s*(host|hostaddr|dbname|user|port|service)\s*=",
                                             str(path)):
                # libpq's "key=value" connection string, as psql users type: not a file
                # (its text could hold a password)
                raise StoreError(Message(
                    "store.team-library-named-by", "A team library is named by its URL "
                    "(postgresql://LOGIN@HOST/DATABASE), not by key=value settings; nothing was "
                    "opened."))
            self._team_url = None
            self._file = path
            db = open_database(path)
            self.upgrade = db.kutip_upgrade
            self.read_only = read_only_reason(db)
            self._session = session = Session(SqliteStores(db))
        #: who is coding (every command sets it first; it holds the current coder's name)
        self.coders = Coders(session)

    @property
    def path(self) -> Path | str:
        """The library's file (a ``Path``), or a team library's URL (as given: it has no
        password). Built when asked for: a command given the file's name never needs
        ``pathlib`` (issue 12)."""
        if self._team_url is not None:
            return self._team_url
        from pathlib import Path

        return Path(self._file)

    # The areas below are built on first use: their modules import heavy engines, or only
    # some commands need them (see ``_LAZY_NAMES``). They hold no state of their own but
    # the session's, so building one on first use is the same as building it here.
    @cached_property
    def tags(self) -> Tags:
        from .tags import Tags

        tags = Tags(self._session, self.coders.viewer)
        # (a tag's rename, merge or delete notes its annotations' versions: review R20-1)
        tags.noting_annotations = lambda ids: self.annotations.noting_versions(ids)
        return tags

    @cached_property
    def speakers(self) -> Speakers:
        from .speakers import Speakers

        speakers = Speakers(self._session, self.coders.viewer)
        # (a speaker's rename notes its quotes' versions, as a tag's: review R20-2b)
        speakers.noting_annotations = lambda ids: self.annotations.noting_speaker_versions(ids)
        return speakers

    @cached_property
    def collections(self) -> Collections:
        from .collections import Collections

        return Collections(self._session)

    @cached_property
    def articles(self) -> Articles:
        from .articles import Articles

        articles = Articles(self._session, self.collections, self.tags, self.speakers,
                            self.coders)
        # (an article's deletion leaves its annotations' tombstones too: review R20-5)
        articles.bury_annotations = lambda article_id, stamp: self.annotations.bury(
            self.annotations.where(article_ids=[article_id], everyone=True), stamp)
        return articles

    @cached_property
    def annotations(self) -> Annotations:
        from .annotations import Annotations

        return Annotations(self._session, self.articles, self.tags, self.speakers,
                           self.coders)

    @cached_property
    def search(self) -> Search:
        from .search import Search

        return Search(self._session)

    @cached_property
    def bulk(self) -> Bulk:
        from .bulk import Bulk

        return Bulk(self._session, self.tags, self.speakers, self.coders)

    @cached_property
    def pages(self) -> Pages:
        from .pages import Pages

        return Pages(self._session)

    @cached_property
    def texts(self) -> Texts:
        from .reanchoring import Texts

        return Texts(self._session, self.articles, self.annotations, self.collections)

    @cached_property
    def exports(self) -> Exports:
        from .exporting import Exports

        return Exports(self._session, self)

    @cached_property
    def imports(self) -> Imports:
        from .importing import Imports

        return Imports(self._session, self.articles, self.texts)

    @cached_property
    def suggestions(self) -> Suggestions:
        from .suggesting import Suggestions

        return Suggestions(self._session, self.annotations, self.speakers, self.coders)

    @cached_property
    def feeds(self) -> Feeds:
        from .feeds import Feeds

        return Feeds(self._session, self.imports)

    @cached_property
    def trail(self) -> QuoteTrail:
        from .trail import QuoteTrail

        return QuoteTrail(self._session, self.articles, self.annotations, self.speakers)

    @cached_property
    def agreement(self) -> Agreement:
        from .agreement import Agreement

        return Agreement(self._session, self.articles, self.annotations, self.collections,
                         self.coders, self.tags)

    @cached_property
    def exchange(self) -> Exchange:
        from .exchange import Exchange

        return Exchange(self._session, self.articles, self.annotations, self.tags,
                        self.speakers, self.collections, self.coders, self.texts)

    @property
    def stores(self) -> Stores:
        """The storage behind the areas, for tests, benchmarks and maintenance tools. The
        app and the CLI never use it: they call the areas (tests/test_architecture.py)."""
        return self._session.stores

    def replaced(self) -> bool:
        """Whether another file was put at this library's path while it was open (a sync
        tool renamed another copy over it, review R17-1): ``close`` keeps what it had in a
        copy beside the file, after which the file there can be opened."""
        return self._session.stores.replaced()

    def close(self, purge: bool = True) -> str | None:
        """Close the library. When its file was replaced while it was open (a sync tool
        renamed another copy over it), what it had is first kept in a copy beside the
        file, whose path is returned (review R17-1); else None.

        First, for up to ``CLOSE_PURGE_SECONDS``, the full-text indexes are purged of the
        words deleted or edited away (``Search.purge``, review R21-8): a small library's in
        full, a large one's in part (the next close, or the app's thread, goes on); not with
        ``purge=False`` (that thread's own connection, cancelled: the window is closing). Not in
        a library read-only here, nor one whose file was replaced, nor while another
        program writes (no waiting: left for later), nor where this connection changed
        nothing (a purge rewrites the whole index: RR22-2)."""
        stores = self._session.stores
        if purge and not self.read_only and stores.data_version() is not None:  # (else closed)
            try:
                # (a read-only command's close writes nothing: review RR22-2)
                if stores.wrote_data() and stores.purge_owed() and not stores.replaced():
                    self.search.purge(seconds=CLOSE_PURGE_SECONDS)
            except StoreError:
                pass  # (busy, a full disk, a file gone read-only: the purge waits for later)
        return stores.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def mark_damaged(self, error: BaseException | str = "") -> DamagedLibrary:
        """Damage met while reading: no write to this library is made again, here or by
        another process. Returns the error to show (one line, naming the backups)."""
        return self._session.stores.mark_damaged(error)

    def refuse_if_damaged(self) -> None:
        """Raise ``DamagedLibrary`` if the file was found damaged, here or by another process
        (it is then open for reading only)."""
        self._session.refuse_if_damaged()

    # ------------------------------------------------------------------ change notices
    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` once after every write (see ``reader.core.changes``)."""
        self._session.listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._session.listeners:
            self._session.listeners.remove(listener)

    @property
    def last_changes(self) -> Changes:
        """What the latest write changed (the value its listeners got), e.g. the tags and
        speakers it created, so undo can remove them."""
        return self._session.last_changes

    @contextlib.contextmanager
    def operation(self) -> Iterator[None]:
        """Several writes as one: what they changed is announced once, together, when the
        block ends (an undo step that deletes annotations and then the tags it had made:
        one refresh of the windows, not two)."""
        with self._session.operation():
            yield

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Several writes as one transaction: all of them or none (a savepoint inside
        another); what they changed is announced once, when it commits. An undo step is one
        (review R20-10: the undo of a rename put the name back in one write and each alias
        in another, and a busy file at the second left the first done, said "nothing was
        changed", and refused the retry for good)."""
        with self._session.tx():
            yield

    def changes_so_far(self) -> Changes:
        """Inside ``operation``: what its writes changed until now; outside one,
        ``last_changes``."""
        session = self._session
        return session.changes_so_far() if session.in_operation else session.last_changes

    def notify_external_change(self, area: str, article_id: int | None = None) -> None:
        """Announce a write this process made through another connection (a worker thread)
        whose area is known, without waiting for ``poll_external``."""
        from ..changes import Area

        self._session.external(Area(area), article_id)

    def derived_writer(self, started: bool) -> None:
        """A thread of this process that writes only the quote trail to this library's file
        (on its own connection) ``started`` or ended: what it commits is announced by
        ``poll_external`` as a change of the trail alone (``Session.derived_writer``)."""
        self._session.derived_writer(started)

    def poll_external(self) -> Changes | None:
        """Writes by another process or connection since the last poll (the store's
        ``data_version``): announced to the listeners as ``Changes.everything(external=True)``
        and returned; None when there were none. Cheap: call it on a timer."""
        return self._session.poll_external()


def open_library(path: str | Path | None = None, seed: bool | None = None,
                 existing: bool = False) -> Library:
    """Open the library at ``path`` (default: the user's), creating it if it is new.

    Only the first run of the user's own library brings the sample articles (``seeds/``): a
    library made at a path of the user's choosing (``--db NEW_FILE``, ``$KUTIP_DB``, File → New
    Library…) starts empty. ``seed`` overrides that: True seeds any new library, False none.
    A path of the user's choosing is made only in a folder that is there (``StoreError``).
    ``existing``: a library opened before (File → Open Recent) is never made anew: when its
    file is not there any more, one line says so and nothing is created (review R15-16).
    """
    if seed is None:
        seed = not path and named_db_path() is None
    # (not the user's own, made where Kutip keeps it; no pathlib: issue 12)
    chosen = bool(path) or bool(os.environ.get(DB_ENV))
    path = path or default_library()
    if is_team_url(path):  # a team library starts empty: its members import into it
        return Library(path)
    folder = os.path.dirname(os.fspath(path))
    if chosen and folder and not os.path.isdir(folder):
        # a library on a drive not connected, a folder moved: never a new one in its place
        # (made there, it would hide under the drive once connected; review R15-16)
        raise StoreError(Message(
            "store.folder-not-there", "The folder {folder} is not there (moved, or its drive "
            "is not connected); no library was created in it.", folder=folder))
    if existing and not os.path.lexists(path):
        raise StoreError(Message(
            "store.library-not-there", "{name} is not there any more (moved or deleted); "
            "nothing was created.", name=os.path.basename(os.fspath(path))))
    try:
        is_new = os.stat(path).st_size == 0
    except (OSError, ValueError):  # not there (or no name a file can have: opening says so)
        is_new = True
    library = Library(path)
    if is_new and seed and seeds_dir().is_dir():
        library.imports.paths([seeds_dir()])
    return library


__all__ = [
    "Cancelled",
    "Coder",
    "Coders",
    "EDITABLE_FIELDS",
    "MARK_END",
    "MARK_START",
    "SORT_COLUMNS",
    "Annotations",
    "ArticleFilter",
    "Articles",
    "Bulk",
    "Area",
    "Changes",
    "ClusterFilter",
    "Collection",
    "FeedInfo",
    "FeedReport",
    "Collections",
    "Exports",
    "ImportReport",
    "Imports",
    "Library",
    "LibraryError",
    "NotFound",
    "Pages",
    "QuoteTrail",
    "ReanchorReport",
    "RefreshReport",
    "Search",
    "SearchHit",
    "SeenSpan",
    "Speaker",
    "Speakers",
    "Suggestions",
    "Tag",
    "Tags",
    "TextChanged",
    "Texts",
    "open_library",
    "text_hash",
]
