"""Coders: who made each annotation (issue 14), so several people can code one corpus and
their agreement can be measured."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..messages import Message
from .base import LibraryError, NotFound, Service, Session, now, write

if TYPE_CHECKING:  # (the protocols, for the type checker: a reading process does not build
    # them, issue 12)
    from ..models import Article
    from ..records import Coder
    from ..store.interfaces import CoderStore

    class Coded(Protocol):
        """An annotation as far as blind coding goes: on which article, by whom."""

        @property
        def article_id(self) -> int: ...

        @property
        def coder_id(self) -> int | None: ...

    AnyCoded = TypeVar("AnyCoded", bound=Coded)

#: longest coder name accepted
MAX_CODER_NAME = 80


def __getattr__(name: str) -> Any:
    if name == "Coder":  # (a dataclass, in ``records``: built where coders are listed)
        from ..records import Coder

        return Coder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check_coder_name(name: str) -> str:
    """The name cleaned (inner whitespace runs become one space), or a one-line refusal."""
    from .rules import clean_name  # (a name given: a plain CSV export names none, issue 12)

    cleaned = " ".join(clean_name(name).split())
    if not cleaned:
        raise LibraryError(Message(
            "lib.coder-needs-name", "A coder needs a name."))
    if len(cleaned) > MAX_CODER_NAME:
        raise LibraryError(Message(
            "lib.coder-name-too-long", "A coder's name is at most {limit} "
            "characters.", limit=MAX_CODER_NAME))
    if any(not ch.isprintable() for ch in cleaned):
        raise LibraryError(Message(
            "lib.coder-name-cannot-contain", "A coder's name cannot contain control characters."))
    return cleaned


#: a collection's blind coding turned on or off, an event (``blind:on@3``): review R20-6
BLIND = "blind:"


def blind_event(blind: bool, count: int) -> str:
    return f"{BLIND}{'on' if blind else 'off'}@{count}"


def blind_state(history: Iterable[str]) -> tuple[int, bool | None]:
    """The latest blind-coding event in a collection's history: (its counter, on or off;
    (0, None): no event). At the same counter, on wins."""
    from .rules import toggle_state  # (here: a CSV export loads no rules, no models)

    return toggle_state(history, BLIND)


class Coders(Service):
    """``library.coders``: the people coding this library, and who is coding now.

    ``use(name)`` sets the current coder (the CLI's ``--coder``, the app's "Coding as …");
    the coder is made on their first annotation. Without one, annotations belong to the
    library's default coder (the first; existing annotations belong to it after migration
    0011). Rules here, storage behind ``store.interfaces.CoderStore``: no SQL.

    **Blind double-coding**: a collection can be coded blind (``set_blind``). On its
    articles whoever codes sees only their own annotations (``visible``: the reader, the
    annotation list, ``kutip show``, exports) and only their own dismissals and accepted
    suggestions (``blind_id``), so a second coding is independent of the first. Agreement
    and adjudication read everyone's (``Annotations.where(everyone=True)``).
    """

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._current: str | None = None

    @property
    def _store(self) -> CoderStore:
        return self._session.stores.coders

    def all(self, everyone: bool = False) -> list[Coder]:
        """Every coder with their counts, by name. Coding blind, the other coders' counts
        leave out their annotations on the articles coded blind (review R15-17: who coded
        which article, and how much, is theirs), unless ``everyone`` (agreement, exchange)."""
        from ..records import Coder

        return [Coder(**row) for row in self._store.counted(
            None if everyone else self.viewer())]

    def annotating(self) -> list[str]:
        """The names of the coders with annotations, by name, as ``all`` leaves them
        (coding blind, not another's on the articles coded blind), without counting
        every annotation: cheap at a million (the library's coder filter, review R20-15)."""
        return [str(row["name"]) for row in self._store.annotating(self.viewer())]

    @property
    def fixed(self) -> str | None:
        """The coder's name when it is not ours to choose: a team library's member codes as
        their login (the server enforces it); None in a library file."""
        return self._store.fixed_name()

    def use(self, name: str | None) -> None:
        """Code as ``name`` from now on (None: the default coder). In a team library only
        the member's own name is taken."""
        cleaned = None if name is None or not name.strip() else check_coder_name(name)
        fixed = self.fixed
        if fixed is not None and cleaned is not None and cleaned.casefold() != fixed.casefold():
            raise LibraryError(Message(
                "lib.team-library-you-code", "In this team library you code as your login, "
                "{fixed}; the server records your annotations as yours.", fixed=fixed))
        self._current = None if fixed is not None else cleaned

    @property
    def chosen(self) -> str | None:
        """The coder ``use`` chose (None: the default coder, or a team library's login):
        what another ``Library`` of this process takes to code, and see, as this one."""
        return self._current

    @property
    def current(self) -> str:
        """The name annotations are recorded under now."""
        if self._current is not None:
            return self._current
        default = self._store.default_id()  # (not all(): it counts every annotation)
        return (self._store.name_of(default) or "") if default is not None else ""

    def id_of(self, name: str) -> int:
        """The id of an existing coder (case-blind), else ``NotFound``."""
        found = self._store.find(check_coder_name(name))
        if found is None:
            from .rules import clean_name

            known = ", ".join(c.name for c in self.all()) or "none yet"
            raise NotFound(Message(
                "lib.no-coder", "There is no coder “{name}” (coders: {known}).",
                name=clean_name(name), known=known))
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

    # ------------------------------------------------------------ blind double-coding
    def blind_collections(self) -> list[int]:
        """Ids of the collections coded blind."""
        return self._store.blind_collections()

    @write
    def set_blind(self, collection_id: int, blind: bool = True) -> bool:
        """Code the collection's articles blind (or no longer); returns whether it was
        blind before (what undo puts back)."""
        if self._session.stores.collections.get(collection_id) is None:
            raise NotFound(Message(
                "lib.no-collection", "There is no collection {collection_id}.",
                collection_id=collection_id))
        before = collection_id in self._store.blind_collections()
        if before != bool(blind):
            with self._session.tx():
                self._store.set_blind(collection_id, bool(blind))
                self._note_blind(collection_id, bool(blind), before)
            self._changed("collections")
            self._changed("annotations")  # what each coder sees changed anywhere in it
        return before

    def _note_blind(self, collection_id: int, blind: bool, before: bool) -> None:
        """Keep this step as an event of the collection's blind coding (``BLIND`` on or off
        ``@n``, n above every n known, under its UUID in ``merge_versions``): a merge then
        tells this library's later decision from a file's older state (review R20-6: a
        library's own older export turned blind coding back on)."""
        exchange = getattr(self._session.stores, "exchange", None)
        row = self._session.stores.collections.get(collection_id)
        uuid = str(row["uuid"] or "") if row is not None else ""
        if exchange is None or not uuid:
            return
        from .rules import later_event  # (here: a CSV export loads no rules)

        latest, _ = blind_state(exchange.versions([uuid]).get(uuid, ()))
        pairs = [] if latest or not before else [(uuid, blind_event(True, 0))]
        # (a random step above the counter had, as every other event: two libraries
        # turning it on or off on their own do not name their events alike)
        exchange.remember_versions([*pairs, (uuid, blind_event(blind, later_event(latest)))])

    def viewer(self) -> int | None:
        """Coding blind anywhere: the current coder's id, for whom the lists of speakers,
        tags and coders count only what they may see (review R15-17); None when no
        collection is coded blind (everything counts)."""
        return self.current_id() if self._store.blind_collections() else None

    def is_blind(self, article_id: int) -> bool:
        """Whether the article is in a collection coded blind."""
        return bool(self._store.blind_articles([article_id]))

    def current_id(self) -> int:
        """The current coder's id; 0 for a coder named but not made yet (nothing is
        theirs)."""
        if self._current is None:
            return self._store.default_id() or 0
        return self._store.find(self._current) or 0

    def blind_id(self, article_id: int) -> int | None:
        """Coding blind on this article: the current coder's id (whose annotations and
        dismissals alone count there); None when the article is not coded blind."""
        return self.current_id() if self.is_blind(article_id) else None

    def visible(self, notes: Sequence[AnyCoded], everyone: bool = False
                ) -> list[AnyCoded]:
        """``notes`` without the other coders' annotations on articles coded blind."""
        if everyone or not notes or not self._store.blind_collections():
            return list(notes)
        blind, me = self.blind_among({n.article_id for n in notes})
        if not blind:
            return list(notes)
        return [n for n in notes if n.article_id not in blind or n.coder_id == me]

    def blind_among(self, article_ids: set[int]) -> tuple[set[int], int]:
        """Those of ``article_ids`` coded blind, and the current coder's id: there only
        their annotations are seen (0 when none is blind)."""
        blind = self._store.blind_articles(article_ids if len(article_ids) <= 900
                                           else None) & article_ids
        return blind, (self.current_id() if blind else 0)

    def blind_counts(self, article_ids: Sequence[int] | None = None
                     ) -> dict[int, tuple[int, int, int]]:
        """(quotes, claims, highlights) the current coder made on each article coded blind
        (of ``article_ids``, None: of all): what the lists show there instead of everyone's
        counts. Empty when nothing is coded blind."""
        if not self._store.blind_collections():
            return {}
        blind = self._store.blind_articles(article_ids)
        own = self._store.kind_counts(self.current_id(), blind) if blind else {}
        return {a: (own.get(a, {}).get("quote", 0), own.get(a, {}).get("claim", 0),
                    own.get(a, {}).get("highlight", 0)) for a in blind}

    def as_seen(self, articles: Sequence[Article]) -> list[Article]:
        """``articles`` with the annotation counts the current coder may see: on articles
        coded blind, their own (the library list, so its counts do not tell)."""
        from dataclasses import replace

        counts = self.blind_counts([a.id for a in articles]) if articles else {}
        return [replace(a, quotes=counts[a.id][0], claims=counts[a.id][1],
                        highlights=counts[a.id][2]) if a.id in counts else a
                for a in articles]
