"""Speakers and their aliases, in SQLite (``SpeakerStore``): all of it portable SQL
(``store.portable.speakers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.speakers import PortableSpeakers
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteSpeakers(PortableSpeakers):
    """Names and aliases are ``UNIQUE COLLATE NOCASE``, so ``= ?`` compares case-blind."""

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
