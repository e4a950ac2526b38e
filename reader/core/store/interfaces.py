"""The storage boundary: what the services need from a store, one interface per area.

The services (``reader.core.library``) call these methods and never write SQL; the SQLite
implementation (``reader.core.store.sqlite``) is the one that exists today. A second one
(PostgreSQL, for a team library) implements the same protocols and passes the same
contract tests (``tests/store/``), without touching the services, the app or the CLI.

Rows cross the boundary as plain dicts of column values, ids are ints, times are ISO 8601
strings (UTC). Every write runs inside the transaction the service opened (``Session.tx``,
which calls ``Stores.transaction``). Names "compare case-blind" means as SQLite's NOCASE:
ASCII letters only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from .errors import DamagedLibrary
from .rows import ANNOTATION_COLUMNS as ANNOTATION_COLUMNS
from .rows import BRIEF_COLUMNS as BRIEF_COLUMNS
from .rows import EXPORT_CODER_COLUMNS as EXPORT_CODER_COLUMNS
from .rows import EXPORT_COLUMNS as EXPORT_COLUMNS
from .rows import AnnotationListing as AnnotationListing
from .rows import ArticleWhere as ArticleWhere
from .rows import Row as Row
from .trail import POSTING_CAP, MemberRow, StoredItem


class AnnotationStore(Protocol):
    """Annotations: a span of an article's text (``start``/``end`` in code points, None for
    an orphan) with its quote selector, kind, speaker, verdict, note and coder. The kind,
    verdict and span rules are the services'; tags are linked through ``TagStore``."""

    def get(self, annotation_id: int) -> Row | None:
        """One annotation: the ``ANNOTATION_COLUMNS`` as a listing gives them, and ``tags``
        (names, in no particular order)."""

    def of_article(self, article_id: int) -> AnnotationListing:
        """An article's annotations in reading order: the placed ones by start, end and id,
        then the orphans by id."""

    def where(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        """The annotations with ``ids``, else those on ``article_ids``, else every one: by
        article id, then the placed ones by start and id, then the orphans by id."""

    def tag_names(self, ids: list[int]) -> dict[int, list[str]]:
        """The names of the tags of each of the annotations with ``ids`` that exist (an
        annotation without tags: []), in no particular order."""

    def speaker_names(self, ids: list[int]) -> dict[int, str]:
        """The name of the speaker of each of the annotations with ``ids`` that exist
        (none: "")."""

    def unseen_ids(self, viewer: int) -> set[int]:
        """Ids of the annotations coder ``viewer`` may not see: another coder's (or
        nobody's) on the articles coded blind. (A team library's server hides them from a
        coder: it answers from what it holds, ids only.)"""

    def brief(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        """``where``, each row only the ``BRIEF_COLUMNS`` (a Markdown export of 100,000
        annotations reads them several times faster than the whole rows)."""

    def export_rows(self, ids: list[int] | None = None, article_ids: list[int] | None = None,
                    coders: bool = False) -> list[tuple[Any, ...]]:
        """The annotations ``where`` lists, in its order, read at once, each a plain tuple
        of the ``EXPORT_COLUMNS`` (then the ``EXPORT_CODER_COLUMNS`` with ``coders``): a
        Markdown export of 100,000 annotations through Kutip's own templates. Speakers and
        tags come as ids (no join: their names are read once, ``names_by_id``)."""

    def orphans(self, article_id: int | None = None) -> AnnotationListing:
        """The orphans (of one article, or of all) by article id, then id."""

    def spans(self, article_id: int) -> list[Row]:
        """Id, kind, exact, prefix, suffix, start, end, anchor and updated_at of an
        article's annotations, by id (for placing them in a new text, or finding one
        already there)."""

    def head(self, annotation_id: int) -> Row | None:
        """The annotation's article_id and created_at (to tell it from another one put
        under its id meanwhile)."""

    def insert(self, row: Row) -> int:
        """A new annotation from the given columns of an annotation (``speaker_id`` and
        ``coder_id``, not names). With ``id`` it is put under that id; a ``uuid`` absent or
        None gets a new UUID, a ``coder_id`` None the default coder. Returns its id."""

    def update(self, annotation_id: int, values: Row) -> None:
        """Set the given columns."""

    def delete(self, annotation_ids: Iterable[int]) -> None:
        """The annotations and their tag links."""

    def counts_at_end(self) -> AbstractContextManager[None]:
        """Inside a transaction, for a block writing many annotations: their articles'
        counts (``quotes``, ``claims``, ``highlights``) brought up to date once, at the end,
        rather than at each row (an engine may count row by row all the same)."""


class ArticleStore(Protocol):
    """Articles. Their columns are those of ``models.Article`` (plus ``original_path``);
    a listing's ``sort`` is one of ``title``, ``source`` (both case-blind), ``published``
    (full dates by date, month-and-day-only dates before them), ``imported``/``id`` (by
    id), ``quotes``, ``claims``, ``highlights``; ties go by id in the same direction."""

    def get(self, article_id: int) -> Row | None:
        """The article's whole row, with its text."""

    def text(self, article_id: int) -> str | None:
        """Just the article's text."""

    def exists(self, article_id: int) -> bool: ...

    def copies(self, hashes: Sequence[str]) -> list[Row]:
        """``id``, ``content_hash``, ``source``, ``url`` and ``title`` of every article whose
        text has one of ``hashes`` (any number), oldest first: the copies of one text (each
        outlet's, syndicated wire copy)."""

    def find(self, column: str, values: Sequence[str], latest: bool = False) -> int | None:
        """The id of an article whose ``column`` (content_hash, original_hash, url,
        original_path, or title: compared case-blind) is one of ``values``: the oldest
        (lowest id), or with ``latest`` the newest."""

    def count(self, where: ArticleWhere) -> int: ...

    def file_sizes(self, ids: list[int] | None) -> tuple[int, int, int, int, int]:
        """What a library file of these articles (None: all) holds at least, counted
        without reading it: the articles, their texts' bytes and titles' characters; their
        annotations, the characters of their strings (quote, prefix, suffix, times, UUID,
        coder's name) with their article's title and content hash each; and how many of
        them have a coder."""

    def ids(self, where: ArticleWhere, sort: str = "imported",
            descending: bool = False) -> list[int]:
        """Every matching id in the listing's order (cheap at 100,000 articles)."""

    def stream(self, columns: Sequence[str | None], where: ArticleWhere,
               sort: str = "imported", descending: bool = False, limit: int | None = None
               ) -> Iterator[tuple[Any, ...]]:
        """Those columns of the matching articles as tuples, in the listing's order, read
        as the caller iterates (memory stays flat at 100,000). A listing never reads the
        text: ``None`` among ``columns`` stands for an empty string in its place (so a
        tuple can fill a ``models.Article`` without it)."""

    def listed(self, ids: list[int], columns: Sequence[str | None]
               ) -> dict[int, tuple[Any, ...]]:
        """id → those columns as a tuple (as ``stream``), for the articles among ``ids``
        (any number)."""

    def sources(self) -> list[str]:
        """The distinct non-empty sources, case-blind order."""

    def insert(self, row: Row) -> int:
        """A new article from its columns (with ``id`` to put one back under its id); it
        gets a UUID when the row has none. Returns its id."""

    def update(self, article_id: int, values: Row) -> None:
        """Set those columns of the article."""

    def fill_original_hash(self, article_id: int, original_hash: str) -> None:
        """Record the bytes' hash of an article imported before they were recorded (only
        when it has none)."""

    def delete(self, article_id: int) -> None:
        """The article, with its annotations (and their tag links), collection
        memberships, dismissed suggestions and pages."""

    def deleted_with(self, article_id: int) -> Row:
        """What ``delete`` takes with the article, for undo: ``collections`` (ids),
        ``collection_names``, ``speaker_names``, ``tag_names`` (id → name of those its
        annotations use), ``annotations``, ``annotation_tags``, ``dismissed`` (rows as
        stored) and ``pages`` ([(start, label)])."""

    def put_back_with(self, article_id: int, annotations: list[Row],
                      annotation_tags: Iterable[tuple[int, int]], dismissed: list[Row],
                      pages: list[tuple[int, str]]) -> None:
        """Put back rows ``deleted_with`` gave (the article itself first, with ``insert``);
        ``annotation_tags`` as (annotation id, tag id) pairs."""

    def existing(self, kind: str, ids: Iterable[int]) -> set[int]:
        """Those of ``ids`` that are rows of ``kind`` (articles, collections, speakers,
        tags) in the library."""


class BulkStore(Protocol):
    """Many rows in one batch (folders of thousands of files, the benchmark library), inside
    the caller's transaction; no round trip per row. The rows come out exactly as single
    writes leave them: searchable, counted into their articles."""

    def insert_articles(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """New articles, each row the values of ``columns`` (their ids are made here)."""

    def next_annotation_id(self) -> int:
        """The id the next new annotation may take (above every annotation's)."""

    def insert_annotations(self, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                           tag_links: Sequence[tuple[int, int]]) -> None:
        """New annotations, each row the values of ``columns``, which include ``id``: ids
        from ``next_annotation_id`` on; then (annotation id, tag id) links (a pair given
        twice is one link)."""


class CollectionStore(Protocol):
    def counted(self) -> list[Row]:
        """Every collection (id, name, uuid, articles = how many), by name, case-blind."""

    def find(self, name: str) -> int | None:
        """The id of the collection called ``name`` (names compare case-blind)."""

    def get(self, collection_id: int) -> Row | None:
        """The collection's whole row."""

    def insert(self, name: str, created_at: str) -> int:
        """A new collection (it gets a UUID); returns its id."""

    def rename(self, collection_id: int, name: str) -> None: ...

    def delete(self, collection_id: int) -> None:
        """The collection and its memberships (its articles stay)."""

    def put_back(self, row: Row) -> int:
        """A deleted collection's row again under its id and UUID; a collection of the same
        name made meanwhile is used instead. Returns the id its articles go to."""

    def members(self, collection_id: int) -> list[int]:
        """Ids of the articles in the collection."""

    def of_article(self, article_id: int) -> list[Row]:
        """The collections an article is in (id, name, uuid), by name."""

    def link(self, article_id: int, collection_id: int) -> None:
        """Put an article in a collection (nothing if it is there already)."""

    def unlink(self, article_id: int, collection_id: int) -> None: ...

    def existing_articles(self, article_ids: Iterable[int]) -> set[int]:
        """Those of ``article_ids`` that are articles of the library."""


class SearchStore(Protocol):
    def ranked_articles(self, query: str, limit: int, marks: tuple[str, str]
                        ) -> list[tuple[int, float, str]]:
        """(article id, rank, snippet) of the best ``limit`` articles for a full-text query
        (the ``fts_query`` form), best (lowest rank) first; ``marks`` wrap matched words."""

    def ranked_annotations(self, query: str, limit: int, marks: tuple[str, str]
                           ) -> list[tuple[int, float, str]]:
        """(annotation id, rank, snippet), as ``ranked_articles``."""

    def article_heads(self, ids: list[int]) -> dict[int, Row]:
        """id → {id, title, source} of those articles."""

    def annotation_heads(self, ids: list[int]) -> dict[int, Row]:
        """id → {id, article_id, kind, title, source, speaker} of those annotations."""

    def purge_owed(self) -> bool:
        """Whether a delete or an edit left words in the full-text index that a purge
        has not taken out yet (never for a team library: PostgreSQL's indexes are its own)."""

    def purge_step(self, pages: int) -> bool:
        """One bounded step of that purge (about ``pages`` pages written), in the caller's
        transaction; True when nothing is owed any more."""


class SuggestionStore(Protocol):
    def engine_input(self, article_id: int) -> tuple[str, str] | None:
        """(text, language) of an article, None when there is no such article."""

    def dismissed(self, article_id: int, coder_id: int | None = None
                  ) -> list[tuple[str, str]]:
        """(kind, exact) of the article's dismissed suggestions, oldest first, each once;
        only those ``coder_id`` dismissed when given (blind coding)."""

    def taken_spans(self, article_id: int, coder_id: int | None = None
                    ) -> list[tuple[str, int, int]]:
        """(kind, start, end) of the article's placed annotations; only ``coder_id``'s
        when given (blind coding)."""

    def hold_accepting(self, article_id: int) -> None:
        """Inside a write transaction: wait until no other transaction is accepting
        suggestions on the article, and keep others waiting until this one ends, so the
        spans ``taken_spans`` reads next stay true until the commit (R21-15: two processes
        accepting the same suggestions stored each twice)."""

    def dismiss(self, article_id: int, kind: str, exact: str, at: str,
                coder_id: int | None = None) -> None:
        """Remember that ``coder_id`` (None: the default coder) dismissed a suggestion
        (again: only its time changes)."""

    def undismiss(self, article_id: int, kind: str, exact: str,
                  coder_id: int | None = None) -> None:
        """Forget the dismissal: ``coder_id``'s only when given, else everyone's."""

    def dismissed_rows(self, article_id: int) -> list[Row]:
        """Every coder's dismissals of the article as stored (kind, exact, dismissed_at,
        coder_id): what an undo puts back with ``dismiss``."""


class FeedStore(Protocol):
    """RSS/Atom feeds followed, and the items each has brought in (each recorded once)."""

    def add(self, url: str, title: str, site_url: str, stamp: str) -> int:
        """Follow a feed; returns its id."""

    def by_url(self, url: str) -> int | None:
        """The id of the feed at exactly ``url``."""

    def rows(self, feed_ids: list[int] | None = None) -> list[Row]:
        """Those feeds (all by default): id, url, title, site_url, added_at, checked_at,
        last_error, and items (how many it has brought in); in the order they were added."""

    def delete(self, feed_id: int) -> bool:
        """Stop following the feed (its articles stay); whether there was one."""

    def known_items(self, feed_id: int, keys: list[str]) -> set[str]:
        """Those of ``keys`` (any number) the feed has recorded."""

    def record_item(self, feed_id: int, key: str, link: str, title: str,
                    article_id: int | None, stamp: str) -> None:
        """Record an item (with the article it became, or None if it failed); an item
        recorded already stays as it was."""

    def mark_checked(self, feed_id: int, stamp: str, error: str, title: str = "") -> None:
        """When the feed was last read and what went wrong ("" for nothing; a ``Message``
        is kept with its code and parameters, and ``rows`` gives it back as one, to be
        shown translated); a non-empty ``title`` replaces the feed's."""


class IdentityStore(Protocol):
    """Stable identities: every article, annotation, tag, speaker, coder and collection has
    a UUID (a string, unique among its ``kind``: the table's name) that export and import
    keep, so the same row is recognised across libraries."""

    def by_name(self, kind: str) -> dict[str, str]:
        """Name → UUID of every tag, speaker, coder or collection (``kind``)."""

    def owner(self, kind: str, uuid: str) -> int | None:
        """The id of the row of ``kind`` that has ``uuid``."""

    def adopt(self, kind: str, row_id: int, uuid: str) -> bool:
        """Give the row the identity ``uuid`` (it had where it was exported), unless
        another row of its kind has it already (or ``uuid`` is empty); whether it did."""


class PageStore(Protocol):
    def get(self, article_id: int) -> list[tuple[int, str]]:
        """``[(start offset, label)]`` of a paged original's pages, in order."""

    def set(self, article_id: int, pages: list[tuple[int, str]]) -> None:
        """Replace an article's page starts."""


class CoderStore(Protocol):
    def counted(self, viewer: int | None = None) -> list[Row]:
        """Every coder (id, name, uuid, annotations = how many, articles = on how many
        articles), by name, case-blind. With a ``viewer`` (coding blind) another coder's
        annotations on the articles coded blind are not counted."""

    def annotating(self, viewer: int | None = None) -> list[Row]:
        """The coders (id, name) with an annotation ``viewer`` may see (None: any),
        by name, case-blind: what ``counted`` says has ``annotations``, without counting
        them (one index probe per coder, for menus read on the window's thread)."""

    def find(self, name: str) -> int | None:
        """The id of the coder called ``name`` (names compare case-blind)."""

    def insert(self, name: str, created_at: str, uuid: str | None = None) -> int:
        """A new coder (with ``uuid``, or a new one; a UUID already used gets a new one);
        returns its id."""

    def default_id(self) -> int | None:
        """The coder annotations written without one belong to (the first)."""

    # blind double-coding: on the articles of a blind collection each coder sees only
    # their own annotations (the rule is the services'; the store keeps the flag)
    def blind_collections(self) -> list[int]:
        """Ids of the collections coded blind, ascending."""

    def set_blind(self, collection_id: int, blind: bool) -> None: ...

    def may_code_blind(self) -> bool:
        """Whether this login may code a collection blind or no longer (a library file:
        yes; a team library: editors and owners, who change collections)."""

    def blind_articles(self, article_ids: Iterable[int] | None = None) -> set[int]:
        """Those of ``article_ids`` (None: of every article) in a collection coded blind."""

    def kind_counts(self, coder_id: int, article_ids: Iterable[int]
                    ) -> dict[int, dict[str, int]]:
        """article id → kind → how many annotations the coder made there (articles with
        none are left out)."""

    def coded_articles(self, collection_id: int | None = None) -> dict[int, set[int]]:
        """coder id → the articles they annotated (everyone's, also on the articles coded
        blind): of the collection, else of the whole library."""

    def double_coders(self) -> set[int]:
        """The coders with annotations on an article another coder annotated too (everyone's,
        also on the articles coded blind): ``coded_articles()``'s coders sharing an article,
        without reading every annotation when one coder made nearly all of them."""

    def fixed_name(self) -> str | None:
        """The name of the coder this connection must code as (a team library's member
        codes as their login), None when any coder may be chosen."""

    def name_of(self, coder_id: int) -> str | None:
        """The name of the coder with this id (None if there is none)."""


class SpeakerStore(Protocol):
    """The people and bodies quoted, and their aliases. Names and aliases compare
    case-blind; a name or alias names one speaker (the services check that before they
    write; the store may refuse a duplicate with ``StoreError``)."""

    def resolve(self, name: str) -> int | None:
        """The id of the speaker called ``name``, else of the one having it as an alias."""

    def find(self, name: str) -> int | None:
        """The id of the speaker called ``name`` (own names only, not aliases)."""

    def get(self, speaker_id: int) -> Row | None:
        """The speaker's id, name, description and uuid."""

    def names(self) -> list[str]:
        """Every speaker's name, by name, case-blind."""

    def names_by_id(self) -> dict[int, str]:
        """Every speaker's name by its id."""

    def counted(self, viewer: int | None = None) -> list[Row]:
        """Every speaker (id, name, description, uuid ('' if none), quotes = how many
        annotations are attributed to them, unseen = how many of them ``viewer`` may not see
        (another coder's on an article coded blind; 0 without a viewer), aliases = a list,
        in no particular order), by name, case-blind."""

    def lookup(self) -> list[tuple[str, str]]:
        """(name or alias, the speaker's name): every speaker's own name first, then every
        alias (in no particular order within each)."""

    def alias_owner(self, alias: str) -> Row | None:
        """The id and name of the speaker having ``alias`` as an alias."""

    def quoting(self, speaker_id: int) -> list[int]:
        """Ids of the annotations attributed to the speaker, ascending."""

    def alias_ids(self, speaker_id: int) -> list[int]:
        """Ids of the speaker's aliases, ascending."""

    def insert(self, name: str, description: str = "", speaker_id: int | None = None) -> int:
        """A new speaker (under ``speaker_id`` if given; it gets a UUID); returns its id."""

    def rename(self, speaker_id: int, name: str) -> None: ...

    def describe(self, speaker_id: int, description: str) -> None: ...

    def may_add_aliases(self) -> bool:
        """Whether this login may add aliases (on a team library: editors and owners;
        an alias names a speaker in every member's quotes)."""

    def add_alias(self, speaker_id: int, alias: str) -> None: ...

    def remove_alias(self, speaker_id: int, alias: str) -> None:
        """Take ``alias`` (case-blind) off the speaker; nothing if it is not theirs."""

    def move(self, source_id: int, target_id: int) -> None:
        """Give the source speaker's annotations and aliases to the target (a merge)."""

    def move_back(self, annotation_ids: Iterable[int], alias_ids: Iterable[int],
                  source_id: int, target_id: int) -> None:
        """Give those of the annotations and aliases (by id) that are still the source
        speaker's to the target (undo of a merge)."""

    def unwritten(self) -> Iterator[tuple[int, int, int]]:
        """(annotation id, article id, speaker id) of every annotation with a speaker and no
        written name kept, by article (read as they are used)."""

    def written_as(self, speaker_ids: Iterable[int], written: str) -> list[int]:
        """Those of the speakers (by id) one of whose annotations records its article
        writing them as ``written`` (``speaker_written``, compared case-blind)."""

    def rewrite(self, annotation_ids: Iterable[int], old: str, new: str) -> None:
        """Set ``speaker_written`` to ``new`` on those of the annotations (by id) where it
        is ``old`` (a merge keeps the merged name as the articles wrote it; its undo)."""

    def delete(self, speaker_id: int) -> None:
        """The speaker and their aliases; their annotations stay, with no speaker."""

    def delete_unquoted(self, speaker_id: int) -> bool:
        """Delete the speaker if no annotation is attributed to them; whether it was."""

    def put_back(self, row: Row) -> int:
        """A deleted speaker's row (as ``get`` gave it) again under its id and UUID; a
        speaker of the same name made meanwhile, or one that has the id, is used instead.
        Returns the id their annotations and aliases go to."""


class TagStore(Protocol):
    """Tags (hierarchical names such as ``framing/threat``: the hierarchy is the services'
    rule, the store only stores names) and their links to annotations. Names compare
    case-blind; ``name`` arguments are the cleaned names the services give."""

    def find(self, name: str) -> int | None:
        """The id of the tag called ``name``."""

    def get(self, name: str) -> Row | None:
        """The tag called ``name``: id, name, colour, uuid ('' if none), uses (how many
        annotations have it)."""

    def names_by_id(self) -> dict[int, str]:
        """Every tag's name by its id."""

    def get_by_id(self, tag_id: int) -> Row | None:
        """The tag's id, name, colour and uuid."""

    def counted(self, viewer: int | None = None) -> list[Row]:
        """Every tag as ``get`` gives it, by name, case-blind (so a parent comes
        before the tags nested under it). With a ``viewer`` (coding blind), ``uses`` counts
        what they may see and ``unseen`` the other coders' uses on articles coded blind
        (read from the blind articles' annotations alone)."""

    def names(self) -> list[str]:
        """Every tag's name, by name, case-blind."""

    def colours(self) -> dict[str, str]:
        """Name → colour of every tag."""

    def nested(self, name: str) -> list[Row]:
        """Id and name of the tags nested under ``name`` (names starting ``name/``, at any
        depth; ``_`` and ``%`` in ``name`` are plain characters), by name, case-blind."""

    def insert(self, name: str, colour: str) -> int:
        """A new tag (it gets a UUID); returns its id."""

    def rename(self, tag_id: int, name: str) -> None: ...

    def recolour(self, tag_id: int, colour: str) -> None: ...

    def delete(self, tag_id: int) -> None:
        """The tag and its links (its annotations stay)."""

    def delete_unused(self, name: str) -> bool:
        """Delete the tag called ``name`` if no annotation has it and no tag is nested under
        it; whether it was deleted."""

    def put_back(self, row: Row) -> int:
        """A deleted tag's row (id, name, colour, uuid) again under its id and UUID (a
        new UUID if another row has it by now); a tag of the same name made meanwhile, or
        one that has the id, is used instead. Returns the id its links go to."""

    def links(self, tag_id: int) -> list[int]:
        """Ids of the annotations that have the tag, ascending."""

    def link(self, annotation_id: int, tag_id: int) -> None:
        """Give an annotation a tag (nothing if it has it already)."""

    def link_named(self, annotation_id: int, name: str) -> bool:
        """Give an annotation the tag of that name in one statement (one round trip to a
        team library's server); False when that linked nothing: no such tag (or the
        annotation had it already)."""

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        """Give the tag to those of ``annotation_ids`` that still exist (an undo)."""

    def copy_links(self, source_id: int, target_id: int) -> None:
        """Give ``target_id`` to every annotation that has ``source_id`` (a merge)."""

    def unlink_annotation(self, annotation_id: int) -> None:
        """Take every tag off an annotation."""

    def unlink(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        """Take the tag off those annotations (an undone merge's own links)."""


class ExchangeStore(Protocol):
    """The portable file's merge (``library.exchange``): rows matched by UUID and name
    (an article by its text: ``ArticleStore.copies``); rows written as the file has them.
    A store offers it as its ``exchange`` attribute (SQLite does; a store without it cannot
    merge yet)."""

    def articles_by_uuid(self, uuids: Sequence[str]) -> dict[str, tuple[int, str]]:
        """uuid → (id, content hash) of the articles having one of ``uuids``."""

    def insert_article(self, row: Row) -> int:
        """A new article from the columns given (uuid included); returns its id."""

    def annotations_by_uuid(self, uuids: Sequence[str]) -> dict[str, int]:
        """uuid → id of the annotations having one of ``uuids``."""

    def insert_annotation(self, row: Row) -> int: ...

    def update_annotation(self, annotation_id: int, row: Row) -> None: ...

    def set_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        """Replace an annotation's tags."""

    def add_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        """Tag a new annotation."""

    def versions(self, uuids: Sequence[str]) -> dict[str, set[str]]:
        """annotation uuid → the fingerprints of its versions merges have seen."""

    def remember_versions(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Record (annotation uuid, fingerprint) pairs; returns those that were new."""

    def forget_versions(self, pairs: Iterable[tuple[str, str]]) -> None: ...

    def may_merge(self) -> bool:
        """Whether this login may merge a file into the library (a team library: an
        editor's or the owner's; a coder's may not note what a merge has seen)."""

    def note_edits(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Record the (annotation uuid, version) pairs this member's own edit of those
        annotations leaves (``Annotations.note_versions``; a team library's coder: only of
        their own annotations); returns those that were new."""

    # tombstones: (annotation uuid, article uuid, fingerprint of the version deleted,
    # deleted_at) of deleted annotations, which a merge carries to the other library
    def bury(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """Record tombstones (one per annotation UUID: a newer one replaces the old)."""

    def unbury(self, uuids: Sequence[str]) -> None:
        """Forget the tombstones of these annotation UUIDs (put back, or edited since)."""

    def tombstones(self, uuids: Sequence[str] | None = None,
                   article_uuids: Sequence[str] | None = None
                   ) -> list[tuple[str, str, str, str]]:
        """Tombstones by annotation UUID, else by article UUID, else all; by UUID."""

    # articles' tombstones: (article uuid, content hash, title, deleted_at) of deleted
    # articles (review R20-5); the versions of their parts stay in ``versions``
    def bury_articles(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """Record articles' tombstones (one per article UUID: a newer one replaces)."""

    def unbury_articles(self, uuids: Sequence[str]) -> None:
        """Forget the tombstones of these article UUIDs (put back, or changed since)."""

    def article_tombstones(self, uuids: Sequence[str] | None = None,
                           hashes: Sequence[str] | None = None
                           ) -> list[tuple[str, str, str, str]]:
        """Articles' tombstones by article UUID, else by content hash, else all; by
        UUID."""

    def may_delete_articles(self) -> bool:
        """Whether this login may delete articles (a team library's coder may not)."""

    def tag_by_name(self, name: str) -> int | None: ...

    def insert_tag(self, name: str, colour: str, uuid: str | None) -> int:
        """A new tag (with ``uuid`` unless a row has it already); returns its id."""

    def speaker_by_name(self, name: str) -> int | None:
        """The speaker called ``name`` or having it as an alias."""

    def speaker_name(self, speaker_id: int) -> str: ...

    def insert_speaker(self, name: str, description: str, uuid: str | None) -> int: ...

    def insert_alias(self, speaker_id: int, alias: str) -> None: ...

    def delete_alias(self, speaker_id: int, alias: str) -> None: ...

    def coder_by_uuid(self, uuid: str) -> int | None: ...

    def collection_links(self, collection_ids: Sequence[int]) -> set[tuple[int, int]]:
        """(article id, collection id) memberships of those collections."""

    def adopt_uuid(self, table: str, row_id: int, uuid: str) -> None:
        """Give a row the UUID it has elsewhere, unless another row here has it."""

    def id_by_uuid(self, table: str, uuid: str) -> int | None:
        """The id of the row of ``table`` having ``uuid`` (a tag, speaker, collection)."""

    def uuids(self, table: str, ids: Sequence[int]) -> dict[int, str]: ...

    def delete_rows(self, table: str, ids: Sequence[int]) -> None:
        """Remove rows a merge made (its undo)."""

    def delete_unused_rows(self, table: str, ids: Sequence[int]) -> list[int]:
        """Remove those of the rows a merge made (its undo) that nothing uses now: an
        article nobody annotated, filed in a collection or dismissed suggestions of, a
        speaker, tag or coder no annotation has, a collection without members; returns the
        ids kept (review R18-3)."""


class TrailStore(Protocol):
    """The quote trail's index (``reader.core.store.trail`` describes its items, postings,
    links and clusters). The store keeps a queue of what changed (``pending``): every
    insert, update or delete of a quote annotation (ref: its id), every change of an
    article's text, source or published date or its deletion, and every quote suggestion
    dismissed or undismissed (ref: the article id); rows added above the marks
    (``advance_marks``) are found by id instead. The caller holds the transaction."""

    # ------------------------------------------------------------------ state and queue
    def may_update(self) -> bool:
        """Whether this connection may write the trail (a team library's reader may not:
        their Kutip reads the trail as the last update left it)."""

    def state(self, key: str) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...

    def pending(self, limit: int | None = None) -> list[tuple[int, str, int]]:
        """(seq, kind 'annotation' or 'article', ref) of queued changes, oldest first."""

    def pending_count(self) -> int:
        """Queued changes plus quotes and articles added since the marks."""

    def articles_behind(self) -> int:
        """How many articles were imported or changed (on a team library: or annotated)
        since the trail last took them in (reading only: a team library's reader may ask)."""

    def item_count(self) -> int:
        """The highest item id (0 when there are none)."""

    def marks(self) -> dict[str, int]:
        """The highest annotation and article id the trail has taken in
        (``{"annotations": …, "articles": …}``, 0 before the first)."""

    def new_since_marks(self) -> tuple[list[int], list[int]]:
        """(quote annotation ids, article ids) added since the marks."""

    def advance_marks(self, upto: dict[str, int] | None = None) -> None:
        """Everything stored now is in the trail (or everything up to these ids,
        ``{"annotations": …, "articles": …}``, noted before the work was taken in parts;
        a mark never moves down)."""

    def forget_all_pending(self) -> None: ...

    def forget_pending(self, seqs: Iterable[int]) -> None: ...

    # ------------------------------------------------------------------ sources
    def quote_annotations(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """id → (article_id, exact, start, end) of those ids that are placed quotes."""

    def all_quote_annotations(self) -> Iterable[tuple[Any, ...]]:
        """(id, article_id, exact, start, end) of every placed quote, by article."""

    def article_text(self, article_id: int) -> str | None: ...

    def article_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """Article id → text, for those of ``ids`` that exist."""

    def article_count(self) -> int: ...

    def all_article_texts(self) -> Iterable[tuple[int, str]]:
        """(id, text) of every article, by id, read as iterated."""

    def quote_spans_taken(self, article_id: int) -> list[tuple[int, int]]:
        """(start, end) of the article's placed quote annotations."""

    def quote_spans_taken_of(self, article_ids: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
        """Article id → ``quote_spans_taken``, for those of ``article_ids`` that have any."""

    def dismissed_quotes(self, article_id: int | None = None) -> set[tuple[int, str]]:
        """(article id, exact) of the dismissed quote suggestions (of one article)."""

    def dismissed_quotes_of(self, article_ids: Sequence[int] | None) -> set[tuple[int, str]]:
        """(article id, exact) of the dismissed quote suggestions (of these articles)."""

    # ------------------------------------------------------------------ items
    def items_for_annotations(self, ids: Sequence[int]) -> dict[int, StoredItem]:
        """Annotation id → its item, for those of ``ids`` that have one."""

    def items_of_article(self, article_id: int) -> list[StoredItem]: ...

    def items_of_articles(self, article_ids: Sequence[int]) -> list[StoredItem]:
        """The items of these articles, by id."""

    def items_by_id(self, ids: Sequence[int]) -> dict[int, StoredItem]:
        """Item id → item, for those of ``ids`` that exist."""

    def item(self, item_id: int) -> StoredItem | None: ...

    def item_for_annotation(self, annotation_id: int) -> StoredItem | None: ...

    def items_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """Item id → its exact text, for those of ``ids`` that exist."""

    def add_item(self, annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str) -> int:
        """A new item, a cluster of its own (cluster = its id); returns its id."""

    def add_items(self, rows: Sequence[tuple[int | None, int, int, int, str]],
                  words: Sequence[int] | None = None,
                  signatures: Sequence[bytes] | None = None) -> list[int]:
        """New items from rows of (annotation_id, article_id, start, end, exact), each a
        cluster of its own; returns their ids, in order. ``words``: each one's number of
        words, for ``item_words``; ``signatures``: each one's ``trail.text.signature``, for
        ``item_signatures`` (a store may keep neither)."""

    def item_signatures(self, ids: Sequence[int]) -> dict[int, bytes]:
        """Item id → its stored ``trail.text.signature``, for those of ``ids`` stored with
        one (the others, if they exist, are read and folded by the caller)."""

    def item_words(self, ids: Sequence[int]) -> dict[int, int]:
        """Item id → its number of words, for those of ``ids`` whose count is stored (the
        others, if they exist, are counted from their text by the caller)."""

    def item_word_counts(self, ids: Any) -> Any:
        """``item_words`` as a numpy uint16 array beside ``ids`` (numpy int64): 0 where the
        number is not stored."""

    def set_item_words(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (item id, number of words) the caller counted (a store may not keep them)."""

    def move_item(self, item_id: int, start: int, end: int) -> None: ...

    def remove_item(self, item_id: int, shingles: Iterable[int]) -> list[int]:
        """Delete an item, its postings (under ``shingles``) and links; returns the items
        it was linked to."""

    def remove_items(self, items: Sequence[tuple[int, Iterable[int]]]) -> None:
        """``remove_item`` of many (item id, shingles), together."""

    def add_postings_many(self, entries: Iterable[tuple[int, int]]) -> None:
        """Add many (shingle, item) postings (a posting added twice is there once). A store
        may keep them apart from the buckets until ``fold_range``; every read sees them."""

    def add_posting_entries(self, entries: Any) -> None:
        """``add_postings_many`` of postings given as ``shingle << 32 | item`` in a sorted
        numpy uint64 array, each once (a catch-up's tens of thousands)."""

    def postings(self, shingles: Iterable[int], cap: int = POSTING_CAP) -> dict[int, list[int]]:
        """Shingle → the items that have it, for each shingle that is not too common
        (shared by more than ``cap`` items)."""

    def postings_entries(self, shingles: Iterable[int]) -> Any:
        """Every posting (``shingle << 32 | item``) of these shingles, sorted, each once,
        as a numpy uint64 array (no cap)."""

    def delta_size(self) -> int:
        """How many postings wait outside their buckets to be folded in (0: none, or a
        store that merges them at once)."""

    def filter_missing(self) -> bool:
        """Whether the buckets have no filter (``store.trail.filter_keeps``: without one,
        a read of postings reads the bucket of every shingle asked about)."""

    def make_filter(self) -> None:
        """Make the buckets' filter from the buckets (a trail built before filters)."""

    def sigs_missing(self) -> bool:
        """Whether the items' signatures have no ``trail_sigs`` rows (``store.trail``: then
        a catch-up reads each old item's ``trail_items.sig``, a row each)."""

    def make_sigs(self, items: int = ...) -> bool:
        """One step of making ``trail_sigs`` from the items' signatures (a trail built before
        it): the next ``items`` ids' rows; True when none is left."""

    def sigs_made(self) -> None:
        """Every item's ``trail_sigs`` row is made (by a build)."""

    def insert_filter(self, postings: Any) -> None:
        """The filter of a build's postings (sorted ``shingle << 32 | item`` numpy uint64),
        for the buckets ``insert_postings`` wrote; in place at ``finish_build``."""

    def fold_plan(self) -> tuple[int, list[tuple[int, int]]]:
        """(the postings to fold: those added up to now, the bucket ranges to fold them
        in, each in a transaction of its own)."""

    def fold_range(self, upto: int, lo: int, hi: int) -> None:
        """Fold the waiting postings (``fold_plan``'s) of buckets ``lo`` … ``hi - 1`` into
        their buckets."""

    def fold_done(self, upto: int) -> None:
        """The postings ``fold_plan`` named are all in their buckets: drop them."""

    def add_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Record pairs of items found to be the same statement (either order; again:
        nothing)."""

    def links_among(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        """The links (a < b) between items of ``ids``."""

    def links_touching(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        """The links (a < b) with an item of ``ids`` on either side."""

    def links_of_listed(self) -> list[tuple[int, int, int]]:
        """(a, b, cluster) of every link in a summarised cluster (one the list shows)."""

    def summarised_clusters(self) -> list[int]:
        """Every cluster with a summary (one the list shows), ascending."""

    def members(self, cluster: int) -> list[int]:
        """Ids of the cluster's items, ascending."""

    def set_cluster(self, item_ids: Sequence[int], cluster: int) -> None: ...

    def relabel_clusters(self, old: Sequence[int], new: int) -> None:
        """Every item of the clusters ``old`` goes to cluster ``new``."""

    # ------------------------------------------------------------------ summaries
    def member_rows(self, cluster: int) -> list[MemberRow]:
        """The cluster's members that still have their article, with article fields
        (``published``: the full date, else the partial one) and the speaker's name."""

    def member_rows_of(self, clusters: Sequence[int]) -> list[MemberRow]:
        """``member_rows`` of many clusters in one read, by cluster and item id."""

    def write_summary(self, cluster: int, size: int, outlets: int, first_date: str,
                      speaker: str, fullest: int, speaker_suggested: int | None = 0) -> None:
        """Set (or replace) a cluster's summary."""

    def summaries_of(self, clusters: Sequence[int]) -> dict[int, tuple[int, str, int | None]]:
        """Cluster → (fullest item, speaker, speaker_suggested) of those summarised."""

    def unguessed_clusters(self) -> list[int]:
        """Clusters whose speaker is not worked out yet (``speaker_suggested`` NULL)."""

    def set_guessed_speakers(self, rows: Sequence[tuple[int, str]]) -> None:
        """(cluster, guessed speaker or '') of clusters no coder names a speaker of."""

    def found_speakers(self, items: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """Item id -> (key, speaker, written): the speaker the attribution found for the
        item when last worked out, under a digest (``key``) of what that depended on
        (``'' ``: nobody found; ``written``: the name as the article writes it, if not the
        library's), for those of ``items`` kept."""

    def unfound_items(self, limit: int, after: int = 0) -> list[StoredItem]:
        """Up to ``limit`` items not annotated, in a cluster of two or more, with no
        speaker kept, by article (ids above ``after``) and item."""

    def kept_items(self, limit: int, after: int = 0) -> list[StoredItem]:
        """Up to ``limit`` items with a speaker kept, in a cluster of two or more, by item
        id (above ``after``)."""

    def keep_found_speakers(self, rows: Sequence[tuple[int, str, str, str]]) -> None:
        """Keep (item, key, speaker, written) rows, in place of any kept for those items
        (dropped with their items and when the trail is cleared)."""

    def drop_summary(self, cluster: int) -> None: ...

    def drop_summaries(self, clusters: Sequence[int]) -> None: ...

    #: True: a catch-up may summarise a cluster a short quotation splits by speaker before
    #: the attribution's speakers it needs are worked out, noting it (``note_unsplit``)
    #: for the next listing that may write; False (a team library, whose readers may not
    #: write): every summary is made with its speakers worked out
    keeps_unsplit: bool

    def note_unsplit(self, clusters: Sequence[int]) -> None:
        """Note clusters summarised with speakers not worked out yet."""

    def forget_unsplit(self, clusters: Sequence[int]) -> None:
        """Forget those of ``clusters`` noted (summarised again)."""

    def unsplit_clusters(self, among: Sequence[int] | None = None) -> list[int]:
        """The clusters noted (of ``among``, when given), in order."""

    # ------------------------------------------------------------------ rebuild
    #: True: a rebuild writes beside the live trail (``begin_build``), each step in its
    #: own short transaction, so other programs can write meanwhile. False: the service
    #: holds one transaction for the whole rebuild (an engine whose writers do not block
    #: each other).
    builds_aside: bool

    def begin_build(self) -> None:
        """Start a rebuild: note what the trail will then have taken in (the highest
        annotation and article ids and the changes queued now) and make empty tables that
        ``insert_items``, ``insert_postings``, ``add_links``, ``set_clusters``,
        ``create_item_indexes``, ``summary_inputs`` and ``insert_summaries`` use until
        ``finish_build`` (readers still see the old trail)."""

    def finish_build(self) -> None:
        """Put the build in place of the old trail at once; the marks become the ids noted
        by ``begin_build`` and the changes then queued are forgotten (later ones stay)."""

    def end_build(self, keep_unfinished: bool = False) -> None:
        """After ``finish_build`` or a failed build: drop what is left (the old tables, or
        an unfinished build). ``keep_unfinished``: a build stopped because its program is
        closing leaves its unfinished tables to the next build's ``begin_build`` (nobody
        reads them; dropping a large library's made the window's close wait seconds)."""

    def clear(self) -> None:
        """Empty the items, postings, links and summaries (the queue and marks stay)."""

    def drop_item_indexes(self) -> None:
        """Before a rebuild's bulk insert (an engine may do nothing)."""

    def create_item_indexes(self) -> None:
        """After it: the indexes ``drop_item_indexes`` dropped."""

    def insert_items(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (id, annotation_id, article_id, start, end, exact, cluster[, words[,
        signature]])."""

    def insert_postings(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """Rows of (bucket, ``entries_blob``) for an empty index."""

    def set_clusters(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (cluster, item id)."""

    def insert_summaries(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (cluster, size, outlets, first_date, speaker, fullest (the reference
        version's item), speaker_suggested: 1 the speaker is the attribution's guess, 0 a
        coder named it or none was found, None not worked out yet)."""

    def summary_inputs(self) -> Iterable[tuple[Any, ...]]:
        """(cluster, item, annotation, article, start, end, exact, source, published,
        speaker, url) of every item in a cluster of two or more, by cluster."""

    # ------------------------------------------------------------------ listing
    def collection_id(self, name: str) -> int | None:
        """The collection called ``name`` (case-blind)."""

    def list_clusters(self, *, min_outlets: int, min_size: int,
                      speaker_ids: Sequence[int] | None,
                      collection_id: int | None, tag: str, sort: str,
                      descending: bool, limit: int | None, offset: int,
                      only: Sequence[int] | None = None,
                      excluding: Sequence[int] | None = None, speaker_name: str = ""
                      ) -> list[tuple[Any, ...]]:
        """(cluster, size, outlets, first date, speaker, fullest text, fullest item, speaker
        suggested) of the summarised clusters with at least ``min_outlets`` outlets and
        ``min_size`` versions, quoting any of ``speaker_ids`` (one person, maybe written
        differently) (or guessed to quote
        ``speaker_name``), in ``collection_id``, tagged ``tag`` or a tag nested under
        it (case-blind; '' for any). ``sort``: ``outlets``,
        ``size``, ``date`` (first date) or ``speaker`` (case-blind), empty values last,
        then by outlets descending, first date and id; only the clusters ``only`` (when
        given), none of ``excluding``. A page (``limit``, ``offset``) reads only its rows
        (an index for each order)."""

    def count_clusters(self, *, min_outlets: int, min_size: int,
                       speaker_ids: Sequence[int] | None,
                       collection_id: int | None, tag: str,
                       excluding: Sequence[int] | None = None, speaker_name: str = "") -> int:
        """How many rows ``list_clusters`` gives without a limit."""


class TeamStore(Protocol):
    """A team library's membership on its server (PostgreSQL only): the schema, the logins
    and their roles. Each member is a login granted one team role; it codes as the coder of
    its login."""

    @property
    def label(self) -> str:
        """``user@host:port/database``: the library, without any password."""

    def initialise(self) -> list[str]:
        """Create or upgrade the schema and the team roles; the migrations applied now."""

    def schema_version(self) -> int: ...

    def set_member(self, login: str, role: str, password: str | None, created_at: str
                   ) -> bool:
        """Make ``login`` a member with ``role`` (only that one), creating the login with
        ``password`` when the server has none, and its coder; True when it was created."""

    def remove_member(self, login: str) -> bool:
        """Take every team role from ``login`` (its annotations stay); False if it had none."""

    def login_facts(self, login: str) -> Row | None:
        """What the server says of the role ``login`` (None: it has no such role):
        ``can_login``, ``superuser``, ``owner`` (it owns this library's database),
        ``group`` (it is one of this library's team roles) and ``role`` (its team role
        here, None when it is no member)."""

    def members(self) -> list[Row]:
        """``login``, ``role``, ``can_login`` and ``annotations`` of every member, by login."""

    def close(self) -> None: ...


class Stores(Protocol):
    """One library's stores, an attribute per area."""

    @property
    def annotations(self) -> AnnotationStore: ...

    @property
    def articles(self) -> ArticleStore: ...

    @property
    def bulk(self) -> BulkStore: ...

    @property
    def coders(self) -> CoderStore: ...

    @property
    def collections(self) -> CollectionStore: ...

    @property
    def feeds(self) -> FeedStore: ...

    @property
    def identities(self) -> IdentityStore: ...

    @property
    def pages(self) -> PageStore: ...

    @property
    def search(self) -> SearchStore: ...

    @property
    def speakers(self) -> SpeakerStore: ...

    @property
    def suggestions(self) -> SuggestionStore: ...

    @property
    def tags(self) -> TagStore: ...

    @property
    def trail(self) -> TrailStore: ...

    # ------------------------------------------------------------------ transactions
    def transaction(self) -> AbstractContextManager[None]:
        """Run the block atomically: the outermost one takes the write lock up front (two
        writers wait for each other instead of failing half-way), a nested one is a
        savepoint. On any error the block's writes are undone and the error re-raised; an
        engine's own error is raised as ``StoreError`` with a one-line message for the
        user. A library found damaged (``damage()``) is never written: it raises that."""

    def read_snapshot(self) -> AbstractContextManager[None]:
        """Within the block every read sees the library at one moment: what others commit
        meanwhile is not seen (a file written from many reads mixes no moments: review
        R21-17). It blocks no writer (SQLite in WAL mode: one read transaction; PostgreSQL:
        a REPEATABLE READ transaction). Nothing is written within it. Inside a transaction
        it is that transaction."""

    def impatient(self) -> AbstractContextManager[None]:
        """Within the block a write does not wait for another program's write lock: it
        fails at once with ``CannotWriteNow`` instead of after the busy timeout (15 s). For
        reads on the app's window thread that keep a cache on the way (the quote trail)."""

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on this store's connection."""

    def damage(self) -> DamagedLibrary | None:
        """The error to raise when this library was found damaged (here or by another
        process, which left a marker); None when it is sound."""

    def mark_damaged(self, error: BaseException | str = "") -> DamagedLibrary:
        """Damage met while reading (``errors.is_damage``): from now on ``damage()`` gives
        the returned error, here and in every other process, and nothing is written."""

    def data_version(self) -> int | None:
        """A number that changes when another connection commits to the library; None
        once the store is closed."""

    def derived_only(self) -> AbstractContextManager[None]:
        """Within the block, this connection writes only what is worked out from the
        library (the quote trail): its commits leave the library's write stamp alone, so
        another connection's ``others_wrote`` does not take them for a change of data."""

    def others_wrote(self) -> bool:
        """Whether another connection changed the library's data (a commit outside
        ``derived_only``) since this connection last asked or wrote; asked once
        ``data_version`` moved (it also moves for a commit of derived data alone). True
        when it cannot tell (a team library: its notices do not say)."""

    def replaced(self) -> bool:
        """Whether another file was put at the library's path while it was open (a sync
        tool's rename, review R17-1); False for a server's library."""

    def wrote_data(self) -> bool:
        """Whether this connection committed a change of data (not derived rows alone)."""

    def purge_owed(self) -> bool:
        """Whether the full-text indexes owe a purge of deleted words (``SearchStore``'s,
        asked without building that area); False when it cannot tell."""

    def close(self) -> str | None:
        """Close the connection; the store is not used again. Where what it had is kept
        when its file was replaced while open (review R17-1), else None."""
