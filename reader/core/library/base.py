"""What every area of the Library shares: one ``Session`` (the database, the transaction,
the change notices) and the ``Service`` base class that gives an area its helpers."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # (a reading process builds neither: issue 12)
    from ..changes import Area, ChangeLog, Changes
    from ..store.interfaces import Stores


class LibraryError(Exception):
    """A request the library cannot carry out; ``str(e)`` is the message for the user."""


class NotFound(LibraryError):
    pass


class Cancelled(Exception):
    """The user stopped a long piece of work (e.g. a dialog's Cancel); nothing was
    written. Not a ``LibraryError``: nothing went wrong."""


class TextChanged(LibraryError):
    """The article's text is not the one a change was made on (it changed underneath)."""


F = TypeVar("F", bound=Callable[..., Any])


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (tag paths contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: ids or keys per query: well under SQLite's bound-parameter limit
CHUNK = 900


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in runs of at most ``CHUNK``, one query's worth each."""
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def deletion_time() -> str:
    """``now`` to the microsecond: an article's deletion, named by its time in the
    tombstones it leaves and in ``deleted:`` when undone, is not another deletion of the
    same second (review R21-5: Ana's deletion of a quote was taken for Budi's undone
    deletion of its article, and the two libraries never agreed again)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


Listener = Callable[["Changes"], None]


class Session:
    """One open library shared by every area: its stores (and their transactions), the
    listeners, and the ``ChangeLog`` of the operation under way (one ``Changes`` is
    announced when it ends). The areas reach their data only through ``stores`` (the
    interfaces of ``reader.core.store.interfaces``), whatever the engine.
    """

    def __init__(self, stores: Stores):
        self.stores = stores
        self.listeners: list[Listener] = []
        self._depth = 0
        self._data_version = stores.data_version()
        if self._data_version is not None:
            stores.others_wrote()  # (what to compare with: ``poll_external``)
        # this process's threads writing the trail to this file: running, and whether one
        # ran since the last poll (``derived_writer``)
        self._derived_running = 0
        self._derived_seen = False

    # What the latest write changed, what the operation under way changes, and what the open
    # transaction changed (kept if it commits): each made on first use (then a plain
    # attribute, replaced by assignment), so a process that only reads never loads
    # ``changes`` (issue 12).
    @functools.cached_property
    def last_changes(self) -> Changes:
        from ..changes import Changes

        return Changes()

    @functools.cached_property
    def _log(self) -> ChangeLog:
        return _new_log()

    @functools.cached_property
    def _staged(self) -> ChangeLog:
        return _new_log()

    # ------------------------------------------------------------------ operations
    @contextlib.contextmanager
    def operation(self) -> Iterator[ChangeLog]:
        """One write: what the block (and the writes it calls) changed is announced once,
        at the end, also when it fails after some of it was committed."""
        self._depth += 1
        if self._depth == 1:
            self._log = _new_log()
        try:
            yield self._log
        finally:
            self._depth -= 1
            if self._depth == 0:
                changes = self._log.frozen()
                self._log = _new_log()
                if changes:
                    self.last_changes = changes
                    self.announce(changes)

    def changes_so_far(self) -> Changes:
        """What the operation under way has changed until now (committed)."""
        return self._log.frozen()

    @property
    def in_operation(self) -> bool:
        return self._depth > 0

    def announce(self, changes: Changes) -> None:
        for listener in list(self.listeners):
            listener(changes)

    def changed(self, area: str, article_id: int | None = None) -> None:
        """Note that ``area`` changed (for ``article_id``; None: maybe for any article).
        Inside a transaction it counts once the transaction commits."""
        from ..changes import Area

        with self.operation() as log:
            target = self._staged if self.stores.in_transaction else log
            target.touch(Area(area), article_id, every=article_id is None)

    def note_name(self, what: str, name: str) -> None:
        """A tag or speaker made or removed (``what`` as ``"tags_created"``), as ``changed``."""
        from ..changes import Area

        with self.operation() as log:
            target = self._staged if self.stores.in_transaction else log
            target.names[what].append(name)
            target.areas.add(Area(what.split("_")[0]))

    def refuse_if_damaged(self) -> None:
        """Raise ``DamagedLibrary`` if this file was found damaged (here or by another
        process): for a long write (an import) to stop before it starts."""
        damaged = self.stores.damage()
        if damaged is not None:
            raise damaged

    def note_created(self, what: str, name: str) -> None:
        self.note_name(f"{what}_created", name)

    @contextlib.contextmanager
    def tx(self) -> Iterator[None]:
        """A transaction (a savepoint inside one); names noted in it count once it commits."""
        outermost = not self.stores.in_transaction
        if outermost:
            self._staged = _new_log()
        with self.operation() as log, self.stores.transaction():
            yield
        if outermost:
            log.absorb(self._staged)
            self._staged = _new_log()

    # ------------------------------------------------------------------ other writers
    def derived_writer(self, started: bool) -> None:
        """A thread of this process writing only the trail (``Stores.derived_only``), on a
        connection of its own, ``started`` or ended: until the poll after it ended, a
        commit by another connection is taken for its own unless the library's write
        stamp moved (a write outside Kutip moves none: it is told apart only while no
        such thread runs)."""
        if started:
            self._derived_running += 1
            self._derived_seen = True
        else:
            self._derived_running = max(0, self._derived_running - 1)

    def external(self, area: Area, article_id: int | None = None) -> None:
        """Announce a known write made through another connection."""
        from dataclasses import replace  # (a write's: a reading process builds no dataclass)

        log = _new_log()
        log.touch(area, article_id, every=article_id is None)
        changes = replace(log.frozen(), external=True)
        self.last_changes = changes
        self.announce(changes)

    def poll_external(self) -> Changes | None:
        """Announce ``Changes.everything(external=True)`` if another connection (another
        process, or a worker thread) committed to the file since the last poll; when a
        thread of this process wrote the trail meanwhile (``derived_writer``) and nobody
        changed the library's data (``Stores.others_wrote``), only that: ``Changes`` of
        the trail alone, so the views do not read everything again (review R20-15: each
        quote's catch-up did, on the window's thread)."""
        version = self.stores.data_version()
        if version is None or version == self._data_version:  # None: closed, no news
            return None
        self._data_version = version
        from ..changes import Area, Changes

        others = self.stores.others_wrote()  # (asked every time: it keeps its mark)
        derived, self._derived_seen = self._derived_seen, self._derived_running > 0
        if derived and not others:
            changes = Changes(frozenset({Area.TRAIL}), frozenset(), external=True)
        else:
            changes = Changes.everything(external=True)
        self.last_changes = changes
        self.announce(changes)
        return changes


def _new_log() -> ChangeLog:
    from ..changes import ChangeLog

    return ChangeLog()


def write(method: F) -> F:
    """Make a service method one operation: it announces one ``Changes`` when it ends."""

    @functools.wraps(method)
    def wrapper(self: Service, *args: Any, **kwargs: Any) -> Any:
        with self._session.operation():
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class Service:
    """An area of the library (articles, tags, …): small helpers over the shared session."""

    def __init__(self, session: Session):
        self._session = session

    @property
    def _stores(self) -> Stores:
        return self._session.stores

    def _tx(self) -> AbstractContextManager[None]:
        return self._session.tx()

    def _counts_at_end(self) -> AbstractContextManager[None]:
        """Inside a transaction writing many annotations: the articles' counts brought up
        to date once, at the end of the block (``AnnotationStore.counts_at_end``)."""
        return self._session.stores.annotations.counts_at_end()

    def _changed(self, what: str, article_id: int | None = None) -> None:
        self._session.changed(what, article_id)

    def _note_created(self, what: str, name: str) -> None:
        self._session.note_created(what, name)
