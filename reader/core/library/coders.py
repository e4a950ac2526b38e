"""Coders: who made each annotation (issue 14), so several people can code one corpus and
their agreement can be measured."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.interfaces import CoderStore
from .base import LibraryError, NotFound, Service, Session, now
from .rules import clean_name

#: longest coder name accepted
MAX_CODER_NAME = 80


@dataclass
class Coder:
    id: int
    name: str
    uuid: str = ""
    annotations: int = 0  # how many annotations they made
    articles: int = 0  # on how many articles


def check_coder_name(name: str) -> str:
    """The name cleaned (inner whitespace runs become one space), or a one-line refusal."""
    cleaned = " ".join(clean_name(name).split())
    if not cleaned:
        raise LibraryError("A coder needs a name.")
    if len(cleaned) > MAX_CODER_NAME:
        raise LibraryError(f"A coder's name is at most {MAX_CODER_NAME} characters.")
    if any(not ch.isprintable() for ch in cleaned):
        raise LibraryError("A coder's name cannot contain control characters.")
    return cleaned


class Coders(Service):
    """``library.coders``: the people coding this library, and who is coding now.

    ``use(name)`` sets the current coder (the CLI's ``--coder``, the app's "Coding as …");
    the coder is made on their first annotation. Without one, annotations belong to the
    library's default coder (the first; existing annotations belong to it after migration
    0011). Rules here, storage behind ``store.interfaces.CoderStore``: no SQL.
    """

    _legacy_call = "all"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._current: str | None = None

    @property
    def _store(self) -> CoderStore:
        return self._session.stores.coders

    def all(self) -> list[Coder]:
        """Every coder with their counts, by name."""
        return [Coder(**row) for row in self._store.counted()]

    def use(self, name: str | None) -> None:
        """Code as ``name`` from now on (None: the default coder)."""
        self._current = None if name is None or not name.strip() else check_coder_name(name)

    @property
    def current(self) -> str:
        """The name annotations are recorded under now."""
        if self._current is not None:
            return self._current
        default = self._store.default_id()
        for coder in self.all():
            if coder.id == default:
                return coder.name
        return ""

    def id_of(self, name: str) -> int:
        """The id of an existing coder (case-blind), else ``NotFound``."""
        found = self._store.find(check_coder_name(name))
        if found is None:
            known = ", ".join(c.name for c in self.all()) or "none yet"
            raise NotFound(f"There is no coder “{clean_name(name)}” (coders: {known}).")
        return found

    def id_for_import(self, name: str, uuid: str = "") -> int | None:
        """The id of the coder an imported row names (made if new, with its UUID when the
        file has one), else the current coder's (call inside a transaction)."""
        if not name.strip():
            return self.id_for_writing()
        name = check_coder_name(name)
        found = self._store.find(name)
        if found is not None:
            return found
        return self._store.insert(name, now(), uuid or None)

    def id_for_writing(self) -> int | None:
        """The current coder's id, made now if they are new (call inside a transaction);
        None for the default coder (the store fills it in)."""
        if self._current is None:
            return self._store.default_id()
        found = self._store.find(self._current)
        if found is not None:
            return found
        return self._store.insert(self._current, now())
