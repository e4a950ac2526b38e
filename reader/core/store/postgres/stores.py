"""The stores of one team library (``Stores`` over PostgreSQL)."""

from __future__ import annotations

import contextlib
import select
import time
from collections.abc import Iterator
from typing import Any

import psycopg

from ...messages import Message
from ..errors import DamagedLibrary, StoreError
from .annotations import PgAnnotations
from .articles import PgArticles
from .bulk import PgBulk
from .coders import PgCoders
from .collections import PgCollections
from .connection import PgDatabase
from .exchange import PgExchange
from .feeds import PgFeeds
from .identities import PgIdentities
from .migrations import CHANNEL
from .pages import PgPages
from .search import PgSearch
from .speakers import PgSpeakers
from .suggestions import PgSuggestions
from .tags import PgTags
from .trail import PgTrail


class PgStores:
    """The stores of one team library, over one connection.

    ``data_version`` moves when another connection commits: every write notifies
    ``kutip_changes`` (migration 0003) and this connection listens, counting the notices
    that came from other connections (its own are its own writes, as SQLite's
    ``data_version`` counts only others').
    """

    def __init__(self, db: PgDatabase):
        self.db = db
        self.annotations = PgAnnotations(db)
        self.articles = PgArticles(db)
        self.bulk = PgBulk(db)
        self.exchange = PgExchange(db)
        self.feeds = PgFeeds(db)
        self.identities = PgIdentities(db)
        self.collections = PgCollections(db)
        self.coders = PgCoders(db)
        self.pages = PgPages(db)
        self.search = PgSearch(db)
        self.speakers = PgSpeakers(db)
        self.suggestions = PgSuggestions(db)
        self.tags = PgTags(db)
        self.trail = PgTrail(db)
        self._heard = 0
        self._damaged: DamagedLibrary | None = None
        self._own_pid = 0
        self._listen(db.pg)
        db.on_reconnect.append(self._reconnected)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        self._own_pid = conn.info.backend_pid
        conn.add_notify_handler(self._notice)
        conn.execute(f"LISTEN {CHANNEL}")

    def _reconnected(self, conn: psycopg.Connection[Any]) -> None:
        self._listen(conn)
        self._heard += 1  # what others wrote meanwhile was not heard: look at everything

    def _notice(self, notice: psycopg.Notify) -> None:
        if notice.pid != self._own_pid:
            self._heard += 1

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Atomic (a savepoint when nested); a server error is a StoreError. Rows are locked
        as they are written, so two writers wait for each other only where they meet."""
        if self._damaged is not None:
            raise self._damaged
        with self.db.transaction():
            yield

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """One REPEATABLE READ transaction: every read in it sees the same moment."""
        with self.db.read_snapshot():
            yield

    def wrote_data(self) -> bool:
        return False  # (nothing to purge in a team library: ``purge_owed``)

    def purge_owed(self) -> bool:
        return False  # (a team library: its dead rows are PostgreSQL's VACUUM's to clear)

    @contextlib.contextmanager
    def impatient(self) -> Iterator[None]:
        """(A team library's writers lock only the rows they write, and the trail's upkeep
        one lock of its own: nothing here waits the way a library file's lock does.)"""
        yield

    @property
    def in_transaction(self) -> bool:
        return self.db.in_transaction

    def damage(self) -> DamagedLibrary | None:
        return self._damaged

    def mark_damaged(self, error: BaseException | str = "") -> DamagedLibrary:
        """The server looks after its own files; damage it reports (rare: a corrupt page)
        stops this connection's writes, and the message says who can mend it."""
        if self._damaged is None:
            detail = str(error).strip().rstrip(".") or "a damaged page"
            self._damaged = DamagedLibrary(Message(
                "team.damaged", "The team library {name} is damaged ({detail}); Kutip will"
                " not write to it. Its administrator can check and repair it on the server.",
                name=self.db.label, detail=detail))
        return self._damaged

    @contextlib.contextmanager
    def derived_only(self) -> Iterator[None]:
        yield  # (a team library's notices do not tell derived writes apart: others_wrote)

    def others_wrote(self) -> bool:
        return True

    def data_version(self) -> int | None:
        if self.db.closed:
            return None
        if not self.db.in_transaction:  # notices arrive with the next result: ask for one
            try:
                self.db.execute("SELECT 1")
            except StoreError:  # the server cannot be reached: no news (a write says so)
                return self._heard
        return self._heard

    def wait_for_changes(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for another connection to commit a change (its
        notice); whether one came. (A lost connection is waited out, tried again at most
        every ``timeout``: ``data_version``'s ``SELECT 1`` reconnects, and a reconnection
        counts as a change, as what was written meanwhile was not heard.)"""
        heard = self._heard
        if self.data_version() != heard:  # (already come, with an earlier result)
            return True
        conn = self.db.pg
        if conn.broken or conn.closed:
            time.sleep(timeout)
        else:
            try:
                select.select([conn.fileno()], [], [], timeout)
            except (OSError, ValueError):  # (the socket went away meanwhile)
                time.sleep(timeout)
        return self.data_version() != heard

    def replaced(self) -> bool:
        return False  # (no file)

    def close(self) -> str | None:
        self.db.close()
        return None
