"""Articles: add, read, correct, list (filtered and sorted) and delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from ..messages import Message
from ..models import Article
from ..store.rows import ArticleWhere
from .base import LibraryError, NotFound, Service, Session, deletion_time, now, write
from .coders import Coders
from .collections import Collections
from .rules import outlet_shown, present_copy
from .speakers import Speakers
from .tags import Tags

if TYPE_CHECKING:  # (the protocols: a reading process does not build them, issue 12)
    from ..records import ImportedArticle
    from ..store.interfaces import ArticleStore


EDITABLE_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "language", "photo_credit")
#: the orders of the library list (``ArticleStore`` says what each means)
SORT_COLUMNS = ("title", "source", "published", "imported", "quotes", "claims", "highlights",
                "id")
_ARTICLE_FIELDS = [f.name for f in fields(Article)]
LIST_COLUMNS = [name for name in _ARTICLE_FIELDS if name != "text"]
# every Article field in order, the text left empty: rows become Article(*row) directly
_LISTED: list[str | None] = [None if n == "text" else n for n in _ARTICLE_FIELDS]
#: what an export prints of an article (``export.filters.cite``, ``byline``, front matter)
_CITED = ["title", "source", "authors", "url", "published", "published_partial",
          "published_inferred"]


#: an article's parts a merge decides one by one (review R18-9): the text, each detail, and
#: the date as one (its partial and inferred marks with it)
VERSIONED_DETAILS = ("title", "source", "authors", "editor", "url", "dateline", "language",
                     "photo_credit", "original_name", "original_format")


#: the columns ``article_versions`` reads of a stored article (all but its text)
VERSIONED_COLUMNS = ("content_hash", "published", "published_partial", "published_inferred",
                     *VERSIONED_DETAILS)


def article_parts(values: Any) -> dict[str, Any]:
    """Each part of an article as ``article_versions`` compares it: the text by its content
    hash, the date by its three fields, each detail by its value (trimmed). Two articles
    whose parts are equal are the same version of every part."""

    def get(name: str) -> Any:
        return values.get(name) if isinstance(values, dict) else getattr(values, name, None)

    found: dict[str, Any] = {
        "text": get("content_hash") or "",
        "date": [str(get("published") or "").strip(), str(get("published_partial") or "").strip(),
                 int(bool(get("published_inferred")))]}
    for name in VERSIONED_DETAILS:
        found[name] = str(get(name) or "").strip()
    return found


def article_versions(values: Any) -> dict[str, str]:
    """Each part of an article as the version it is (``part:fingerprint``): the text's by
    its content hash, a detail's by a hash of its value, the date's by its three fields.
    ``values``: a store row, a file's article (dicts), or an ``Article``. Kept in the
    merge versions under the article's UUID when a part changes (``note_versions``), a
    value an article had here before tells an older version from a newer one."""
    import hashlib
    import json

    def digest(value: Any) -> str:
        encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:24]

    return {part: f"{part}:" + (value if part == "text" else digest(value))
            for part, value in article_parts(values).items()}


def _same_mark(row: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two annotation rows the same mark made twice (``_put_back_on``)."""
    return tuple(row.get(k) or "" for k in ("kind", "exact", "start", "end", "speaker_id",
                                             "verdict", "note", "coder_id"))


def latest_events(history: Iterable[str]) -> dict[str, int]:
    """The versions of an article's parts in a history (``merge_versions``, a file's
    ``versions``) by value, each with the latest time that value was had: its counter.
    A value's first time is its version as ``article_versions`` names it (counter 0);
    a part set back to a value it had before is a new event of it, ``VERSION@n`` with n
    above every n of that value known (reread18 RR18-2: without it a deliberate revert
    looked like the older version on the other side, and never reached it)."""
    latest: dict[str, int] = {}
    for entry in history:
        version, mark, count = entry.rpartition("@")
        if not mark or not count.isdigit():
            version, count = entry, "0"
        if latest.get(version, -1) < int(count):
            latest[version] = int(count)
    return latest


#: an article's deletion seen here and undone or outlived (``DELETED`` + its
#: ``deleted_at``, under the article's UUID in ``merge_versions``): review R20-5
DELETED = "deleted:"

#: the same article under another UUID (``SAME`` + that UUID, under the article's UUID in
#: ``merge_versions``, both ways): two libraries that imported one file each made their
#: own; a merge that found the file's article here by its text (content hash, the same
#: outlet) remembers it, so that the file's later text or details, no longer the same as
#: here, still reach this article instead of arriving as a second one (review R20-11)
SAME = "same:"


def event_name(version: str, count: int) -> str:
    """A version's name in a history at its counter (``latest_events``)."""
    return version if count == 0 else f"{version}@{count}"


@dataclass
class ArticleFilter:
    """What the library list shows: every field narrows it; empty means everything."""

    query: str = ""
    collection_id: int | None = None
    source: str = ""
    tag: str = ""
    speaker: str = ""
    kind: str = ""
    coder: str = ""  # only articles this coder annotated (and, in exports, their annotations)

    def is_empty(self) -> bool:
        return not (self.query.strip() or self.collection_id or self.source or self.tag
                    or self.speaker or self.kind or self.coder.strip())


def _article(row: dict[str, Any]) -> Article:
    return Article(**{k: v for k, v in row.items() if k in _ARTICLE_FIELDS})


def store_where(where: ArticleFilter) -> ArticleWhere:
    """The store's form of a user's filter: the words as a full-text query, names tidied."""
    match = ""
    if where.query.strip():
        from .search import fts_query

        match = fts_query(where.query)
    return ArticleWhere(match=match, collection_id=where.collection_id or None,
                        source=where.source, tag=where.tag, speaker=where.speaker,
                        kind=where.kind, coder=" ".join(where.coder.split()))


class Articles(Service):
    """``library.articles``: add, read, correct, list (filtered and sorted) and delete.

    Rules here, storage behind ``store.interfaces.ArticleStore``: no SQL.
    """

    def __init__(self, session: Session, collections: Collections, tags: Tags,
                 speakers: Speakers, coders: Coders | None = None):
        super().__init__(session)
        self._collections = collections
        self._tags = tags
        self._speakers = speakers
        self._coders = coders
        #: leaves the tombstones of an article's annotations (id, stamp): the Library's
        #: ``annotations.bury`` (an area above this one), for ``bury``
        self.bury_annotations: Callable[[int, str], None] | None = None

    def _where(self, where: ArticleFilter | None, sort: str = "") -> ArticleWhere:
        """The store's form of ``where``; coding blind, another coder's annotations on a
        blind article do not make it match (its words, tags, speakers, kinds, coder) nor
        count in a sort by counts."""
        found = store_where(where or ArticleFilter())
        if found.speaker:  # (an article's own spelling means the library's speaker)
            found = found._replace(speaker=self._speakers.meant_by(found.speaker))
        if (self._coders is not None and (found.match or found.tag or found.speaker
                                          or found.kind or found.coder
                                          or sort in ("quotes", "claims", "highlights"))
                and self._coders.blind_collections()):
            found = found._replace(viewer=self._coders.current_id())
        return found

    @property
    def _store(self) -> ArticleStore:
        return self._session.stores.articles

    def present(self, imported: ImportedArticle) -> int | None:
        """The article ``imported`` only repeats: its text from the same outlet, or from an
        article that names no outlet of its own (``rules.same_outlet``). None when the text
        is new, or only other outlets' copies hold it: then ``imported`` is its outlet's
        copy, an article of its own (syndicated wire copy, review R15-5)."""
        if not imported.content_hash:
            return None
        return present_copy(imported.source, imported.url,
                            self._store.copies([imported.content_hash]))

    @write
    def find_original(self, original_hash: str, collection_id: int | None = None) -> int | None:
        """The article imported from exactly these bytes (``bytes_hash``), if any; it joins
        ``collection_id`` when given, as a re-imported duplicate does."""
        article_id = self._store.find("original_hash", [original_hash])
        if article_id is None:
            return None
        if collection_id:
            with self._tx():
                self._collections.link(article_id, collection_id)
            self._changed("collections")
        return article_id

    def add(
        self, imported: ImportedArticle, collection_id: int | None = None, original_path: str = ""
    ) -> tuple[int, bool]:
        """Store one imported article; returns ``(id, created)``; a duplicate is not re-stored."""
        article_id, created, _ = self.added(imported, collection_id, original_path)
        return article_id, created

    @write
    def added(
        self, imported: ImportedArticle, collection_id: int | None = None, original_path: str = ""
    ) -> tuple[int, bool, tuple[int, str] | None]:
        """Store one imported article unless the library has it already (``present``): from
        the same outlet, or as a text naming none. Another outlet's copy of a text the
        library holds is stored as that outlet's article. Returns ``(id, created, copy_of)``:
        ``copy_of`` is, for such a copy, the oldest article with its text and that one's
        outlet (``rules.outlet_shown``), else None."""
        with self._tx():
            copies = self._store.copies([imported.content_hash]) if imported.content_hash else []
            existing = present_copy(imported.source, imported.url, copies)
            if existing is not None:
                if imported.original_hash:  # imported before bytes were recorded
                    self._store.fill_original_hash(existing, imported.original_hash)
                if collection_id:
                    self._collections.link(existing, collection_id)
                return existing, False, None
            from ..records import article_columns  # (an import's: not a reader's)

            row = article_columns(imported)
            stamp = now()
            row.update(imported_at=stamp, updated_at=stamp, original_path=original_path)
            article_id = self._store.insert(row)
            if imported.pages:
                self._stores.pages.set(article_id, imported.pages)
            if collection_id:
                self._collections.link(article_id, collection_id)
        self._changed("articles", article_id)
        first = copies[0] if copies else None
        return article_id, True, None if first is None else (
            int(first["id"]), outlet_shown(first["source"], first["url"]))

    def get(self, article_id: int) -> Article:
        row = self._store.get(article_id)
        if row is None:
            raise NotFound(Message(
                "lib.no-article", "There is no article {article_id}.",
                article_id=article_id))
        return _article(row)

    @write
    def update(self, article_id: int, collections: Iterable[int | str] | None = None,
               inferred: bool | None = None, expected: dict[str, str] | None = None,
               membership: tuple[Iterable[int], Iterable[int]] | None = None,
               **changes: str) -> Article:
        """Correct an article's details (title, source, authors, date …), not its text.

        ``collections``, when given, is the article's whole collection membership: ids of
        existing collections and names of collections to create; ``membership`` instead
        is a change to it, ``(add, remove)`` (collection ids), applied to what it is when
        written. Details and membership are saved in one transaction: all or nothing. A
        date typed by a person is not an inference: a new ``published`` loses the
        [inferred] mark, unless ``inferred`` says what it is (an undo puts an inferred date
        back as inferred). With ``expected`` (an undo or redo: the details as the step
        left them), only while the article still holds them, so a colleague's later edit
        is never overwritten with an older value (review R16-7).
        """
        unknown = (set(changes) | set(expected or ())) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Cannot edit {', '.join(sorted(unknown))}")
        self.get(article_id)
        values: dict[str, Any] = {k: (v or "").strip() for k, v in changes.items()}
        if "published" in values and values["published"] != self.get(article_id).published:
            values["published_inferred"] = 0  # a date typed by a person is not an inference
        if inferred is not None:
            values["published_inferred"] = int(inferred)
        with self._tx():
            if expected:
                current = self.get(article_id)
                if any((getattr(current, k) or "").strip() != (v or "").strip()
                       for k, v in expected.items()):
                    raise LibraryError(Message(
                        "lib.article-changed-since-step", "Someone else changed this "
                        "article's details since; they were left as they made them, so "
                        "nothing of theirs was overwritten."))
            if values:
                before = self._store.get(article_id)
                self._store.update(article_id, {**values, "updated_at": now()})
                self.note_versions(article_id, before)
            if collections is not None:
                self._collections.set_membership(article_id, collections)
            if membership is not None:
                add, remove = (set(ids) for ids in membership)
                have = {c.id for c in self._collections.of_article(article_id)}
                self._collections.set_membership(article_id, (have - remove) | add)
        if values:
            self._changed("articles", article_id)
        if collections is not None or membership is not None:
            self._changed("collections")
        return self.get(article_id)

    def note_versions(self, article_id: int, before: dict[str, Any] | None
                      ) -> list[tuple[str, str]]:
        """After a write inside the caller's transaction: keep, under the article's UUID,
        the version of each part it changed as it was (``article_versions``), so that a
        merge knows those as older than this library's (review R18-9: a merge took the
        file's text for newer because its row's ``updated_at`` was later, though only a
        detail had changed there). A part set back to a value it had before (a revert,
        an undo) is a new event of that value, later than any known (``latest_events``):
        the other side takes it as the newer (RR18-2). Returns the (uuid, version) pairs
        added."""
        exchange = getattr(self._session.stores, "exchange", None)
        after = self._store.get(article_id)
        if exchange is None or before is None or after is None or not after.get("uuid"):
            return []
        uuid = after["uuid"]
        old, new = article_versions(before), article_versions(after)
        changed = [part for part, version in old.items() if new[part] != version]
        if not changed:
            return []
        had = latest_events(exchange.versions([uuid]).get(uuid, ()))
        pairs = []
        for part in changed:
            pairs.append((uuid, event_name(old[part], had.get(old[part], 0))))
            if new[part] in had:
                pairs.append((uuid, event_name(new[part], had[new[part]] + 1)))
        return list(exchange.remember_versions(pairs))

    def count(self, where: ArticleFilter | None = None) -> int:
        return self._store.count(self._where(where))

    def ids(
        self, where: ArticleFilter | None = None, sort: str = "imported", descending: bool = False
    ) -> list[int]:
        """Every matching id in display order: cheap even at 100,000 articles."""
        return self._store.ids(self._where(where, sort), sort, descending)

    def stream(
        self,
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[Article]:
        """Matching articles (without their text) in display order, read as they are used:
        one query with its own ORDER BY and LIMIT, so memory stays flat at 100,000 rows
        (``find`` would first hold every id, then bind them all as parameters)."""
        for row in self._stream(_LISTED, where, sort, descending, limit):
            yield Article(*row)

    def stream_fields(
        self,
        fields: Sequence[str],
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """As ``stream``, but only these fields of each article, as tuples in that order:
        columns stored after the text cost a walk through its pages, so a listing that
        prints a few columns reads only those (``kutip list`` at 100,000 articles)."""
        unknown = [name for name in fields if name not in LIST_COLUMNS]
        if unknown or not fields:
            raise ValueError(f"Cannot list {', '.join(unknown) or 'no fields'}.")
        yield from self._stream(fields, where, sort, descending, limit)

    def _stream(self, columns: Sequence[str | None], where: ArticleFilter | None, sort: str,
                descending: bool, limit: int | None) -> Iterator[tuple[Any, ...]]:
        if limit is not None and limit < 0:
            raise ValueError("The offset and the limit cannot be negative.")
        yield from self._store.stream(columns, self._where(where, sort), sort,
                                      descending, limit)

    def rows(self, ids: list[int]) -> list[Article]:
        """Articles without their text, for a page of the library table, in the order given."""
        if not ids:
            return []
        by_id = self._store.listed(ids, _LISTED)  # a page is read on every scroll
        return [Article(*by_id[i]) for i in ids if i in by_id]

    def cited(self, ids: list[int]) -> list[Article]:
        """``rows`` with only what an export cites and prints of an article (title, source,
        authors, URL and date; the rest left empty): the columns past the text are read for
        each of them (a 100,000-annotation export reads 10,000 articles)."""
        if not ids:
            return []
        by_id = self._store.listed(ids, _CITED)
        found = []
        for article_id in ids:
            row = by_id.get(article_id)
            if row is not None:
                title, source, authors, url, published, partial, inferred = row
                found.append(Article(article_id, title, source=source, authors=authors, url=url,
                                     published=published, published_partial=partial,
                                     published_inferred=inferred))
        return found

    def find(
        self,
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Article]:
        if offset < 0 or (limit is not None and limit < 0):
            raise ValueError("The offset and the limit cannot be negative.")
        ids = self.ids(where, sort, descending)
        end = None if limit is None else offset + limit
        return self.rows(ids[offset:end])

    def sources(self) -> list[str]:
        return self._store.sources()

    @write
    def delete(self, article_id: int, expected: dict[str, Any] | None = None
               ) -> dict[str, Any]:
        """Delete an article with its annotations; returns a snapshot ``restore`` takes,
        taken in the delete's transaction: a colleague's annotation written meanwhile is in
        it, not deleted without a trace (review R17-10). ``expected`` (a redo: the
        article as its undo left it, ``restore``'s ``snapshot["left"]``): only while it is
        so; one someone annotated, edited or filed since is theirs (review R19-5)."""
        with self._tx():
            snapshot = self.snapshot(article_id)
            if expected is not None and snapshot != expected:
                raise LibraryError(Message(
                    "lib.article-changed-since-undo", "Someone changed the article “{title}”"
                    " since (annotated it, edited it or filed it); it was left as they made "
                    "it.", title=" ".join(str(snapshot["article"]["title"]).split())[:80]))
            self.bury(snapshot["article"])
            self._store.delete(article_id)
            for name in snapshot["speaker_names"].values():  # (review R21-8: a source
                self._speakers.prune_bare(name)  # quoted only here goes with the article)
        self._changed("articles", article_id)
        return snapshot

    def bury(self, row: dict[str, Any]) -> None:
        """Leave the tombstones of an article about to be deleted (inside the caller's
        transaction; review R20-5): its own (a merge carries the deletion on, and an older
        file or a team pull no longer brings it back), one for each of its annotations (as
        ``annotations.delete`` leaves: a version the deleting library never saw is later
        work, which brings the article back), and the versions its parts have as deleted
        (``merge_versions``: a part changed elsewhere since tells a later edit)."""
        exchange = getattr(self._session.stores, "exchange", None)
        uuid = row.get("uuid")
        if exchange is None or not uuid:
            return
        stamp = deletion_time()
        if self.bury_annotations is not None:
            self.bury_annotations(int(row["id"]), stamp)
        had = latest_events(exchange.versions([uuid]).get(uuid, ()))
        exchange.remember_versions((uuid, event_name(v, had.get(v, 0)))
                                   for v in article_versions(row).values())
        exchange.bury_articles([(uuid, str(row.get("content_hash") or ""),
                                 str(row.get("title") or ""), stamp)])

    def _unbury(self, row: dict[str, Any], annotation_uuids: Iterable[str]) -> None:
        """An article put back (``restore``): its tombstone and its annotations' lifted;
        the deletion it undoes is noted as seen here (``deleted:`` + when, under its UUID),
        a later event than it: a library that has the deletion takes the article back
        from this one, and this one no longer deletes it for that deletion."""
        exchange = getattr(self._session.stores, "exchange", None)
        if exchange is None:
            return
        uuid = row.get("uuid")
        if uuid:  # (none: the article stays deleted, its annotations are put on another)
            for _, _, _, stamp in exchange.article_tombstones([uuid]):
                exchange.remember_versions([(uuid, DELETED + stamp)])
            exchange.unbury_articles([uuid])
        exchange.unbury([u for u in annotation_uuids if u])

    def text(self, article_id: int) -> str:
        """Just the article's text."""
        text = self._store.text(article_id)
        if text is None:
            raise NotFound(Message(
                "lib.no-article", "There is no article {article_id}.",
                article_id=article_id))
        return text

    def snapshot(self, article_id: int) -> dict[str, Any]:
        row = self._store.get(article_id)
        if row is None:
            raise NotFound(Message(
                "lib.no-article", "There is no article {article_id}.",
                article_id=article_id))
        row.update(quotes=0, claims=0, highlights=0)  # the triggers recount on restore
        # names too (collection_names, speaker_names, tag_names): what a restore needs when
        # the rows they name are gone by then
        return {"article": row, **self._store.deleted_with(article_id)}

    @write
    def restore(self, snapshot: dict[str, Any]) -> list[str]:
        """Put back an article deleted by ``delete`` (undo), with the same ids; when a
        merge brought it back since (another row holds its UUID), what it lacks of the
        snapshot is put back on that one (``_put_back_on``).

        What was changed meanwhile never makes the restore fail: a speaker or tag deleted
        since comes back by name (merged speakers resolve to the one they were merged
        into); a collection deleted since is left out. Returns one line for each thing
        that could not be put back (empty when everything was). The article as it is
        then goes in ``snapshot["left"]`` (what a redo's ``delete`` expects).
        """
        notes: list[str] = []
        article = snapshot["article"]
        article_id = article["id"]
        store = self._store
        with self._tx():
            if store.exists(article_id):
                raise LibraryError(Message(
                    "lib.article-already-library-nothing", "The article is already in the "
                    "library; nothing was changed."))
            holder = (self._session.stores.identities.owner("articles", article["uuid"])
                      if article.get("uuid") else None)
            if holder is not None:  # (R20-4: SQLite's own words, and the step kept for good)
                return self._put_back_on(holder, snapshot)
            same = self._known_as(article)
            if same is not None:  # (a merge brought it back under another UUID: R22-12)
                other_text = (self._store.get(same) or {}).get("content_hash") != article.get(
                    "content_hash")
                notes = self._put_back_on(same, snapshot)
                if other_text:
                    notes.append(Message(
                        "lib.article-back-other-text", "The copy the merge brought back has"
                        " another text; it stays, and the annotations were placed in it."))
                return notes
            again = self._imported_again(article)
            if again is not None:  # (else two copies of one file: an import's "present")
                return self._put_back_on(again, snapshot, imported_again=True)
            store.insert(article)
            names = snapshot.get("collection_names", {})
            there = store.existing("collections", snapshot["collections"])
            for collection_id in snapshot["collections"]:
                if collection_id in there:
                    self._collections.link(article_id, collection_id)
                else:
                    name = names.get(collection_id)
                    notes.append(f"The collection “{name}” was deleted since; the article is "
                                 "back in the library but not in that collection." if name else
                                 "A collection it was in was deleted since.")
            speakers = snapshot.get("speaker_names", {})
            rows = [dict(row) for row in snapshot["annotations"]]
            speakers_there = store.existing(
                "speakers", {row["speaker_id"] for row in rows if row.get("speaker_id")})
            for row in rows:
                self._restorable_speaker(row, speakers, speakers_there)
            links = self._restorable_tag_links(snapshot["annotation_tags"],
                                               snapshot.get("tag_names", {}))
            store.put_back_with(article_id, rows, links, snapshot["dismissed"],
                                [(p[0], p[1]) for p in snapshot.get("pages", ())])
            self._unbury(article, (str(row.get("uuid") or "") for row in rows))
            snapshot["left"] = self.snapshot(article_id)
        self._changed("articles", article_id)
        return notes

    def _known_as(self, article: dict[str, Any]) -> int | None:
        """The article here that is this one under another UUID (``SAME``: the same story
        imported in two libraries, matched by a merge), which a merge brought back since
        this one was deleted (review R22-12: the undo put it back beside that one, two
        copies of the story for good, when its text had been corrected here)."""
        exchange = getattr(self._session.stores, "exchange", None)
        if exchange is None or not article.get("uuid"):
            return None
        others = sorted(v[len(SAME):] for v in exchange.versions([article["uuid"]]).get(
            article["uuid"], ()) if v.startswith(SAME))
        owner = self._session.stores.identities.owner
        return next((found for uuid in others
                     if (found := owner("articles", uuid)) is not None), None)

    def _imported_again(self, article: dict[str, Any]) -> int | None:
        """The article an import made of the same text from the same outlet since this one
        was deleted (what ``added`` would call this one's copy: "already present")."""
        if not article.get("content_hash"):
            return None
        copies = self._store.copies([article["content_hash"]])
        return present_copy(article.get("source") or "", article.get("url") or "", copies)

    def _put_back_on(self, holder: int, snapshot: dict[str, Any],
                     imported_again: bool = False) -> list[str]:
        """``restore`` of an article a merge brought back since (``holder`` has its UUID:
        R20-4, R20-13): it stays as the merge brought it, and the annotations of the
        snapshot it lacks (by UUID: one the merge brought is that annotation already, maybe
        edited since elsewhere) are put back on it, placed again where its text differs,
        with their tags, and it is in the snapshot's collections again. Before, the undo
        was refused and dropped, and the annotations made since the last exchange, only in
        the snapshot, were lost. Refused in one line when it lacks none.

        ``imported_again``: ``holder`` is the same file (or page) imported again since, a
        new article of its own (its own UUID; the deleted one's stays deleted); the undo
        put the old one back beside it, two copies of one file. The same is put back on
        it, and the collections even when no annotation is."""
        from .placement import fit_to_text

        stores = self._session.stores
        rows = [dict(row) for row in snapshot["annotations"]
                if not (row.get("uuid") and stores.identities.owner("annotations", row["uuid"]))]
        if not rows and not imported_again:
            raise LibraryError(Message(
                "lib.article-back-already", "This article is back in this library"
                " already: a merge brought it back, with its annotations; nothing was"
                " changed."))
        text = self.text(holder)
        speakers_there = self._store.existing(
            "speakers", {row["speaker_id"] for row in rows if row.get("speaker_id")})
        # (imported again: one the person made again on the copy, the same kind, words,
        # place, speaker, verdict and note, is that one: not put back twice, RR21-4)
        made_again = {_same_mark(r): int(r["id"])
                      for r in self._store.deleted_with(holder)["annotations"]
                      } if imported_again else {}
        kept: list[dict[str, Any]] = []
        same_as: dict[int, int] = {}  # (an annotation of the snapshot → the one made again)
        for row in rows:  # (under their own ids: an id is never handed out again)
            self._restorable_speaker(row, snapshot.get("speaker_names", {}), speakers_there)
            row["article_id"] = holder
            fit_to_text(row, text)
            twin = made_again.get(_same_mark(row))
            if twin is not None:
                same_as[int(row["id"])] = twin
                continue
            stores.annotations.insert(row)
            kept.append(row)
        back = {row["id"] for row in kept} | set(same_as)
        had = {(link["annotation_id"], link["tag_id"]) for link in (
            self._store.deleted_with(holder)["annotation_tags"] if same_as else ())}
        for annotation_id, tag_id in self._restorable_tag_links(
                [link for link in snapshot["annotation_tags"]
                 if link["annotation_id"] in back], snapshot.get("tag_names", {})):
            annotation_id = same_as.get(annotation_id, annotation_id)  # (its tags join)
            if (annotation_id, tag_id) not in had:
                stores.tags.link(annotation_id, tag_id)
                had.add((annotation_id, tag_id))
        rows = kept
        details = self._details_back_on(holder, snapshot["article"]) if imported_again else (
            [], [])
        for collection_id in self._store.existing("collections", snapshot["collections"]):
            self._collections.link(holder, collection_id)
        self._unbury({**snapshot["article"], "uuid": None} if imported_again
                     else snapshot["article"], (str(row.get("uuid") or "") for row in rows))
        snapshot["left"] = self.snapshot(holder)
        self._changed("articles", holder)
        if imported_again:
            notes: list[str] = [Message(
                "lib.article-imported-again-put-on", "This article was imported again since;"
                " that copy stays, and what the deleted one had (annotations: {count}) is put"
                " back on it.", count=len(rows))]
            if same_as:
                notes.append(Message(
                    "lib.article-again-same-annotations", "{count} of its annotations had been"
                    " made again on that copy; they are not put back twice (their tags are"
                    " added to those).", count=len(same_as)))
            taken, left = details
            if taken:
                notes.append(Message(
                    "lib.article-again-details-back", "Its details corrected before it was"
                    " deleted are put back on that copy: {parts}.", parts=", ".join(taken)))
            if left:
                notes.append(Message(
                    "lib.article-again-details-kept", "Its details corrected before it was"
                    " deleted were corrected on that copy too; the copy's are kept: {parts}.",
                    parts=", ".join(left)))
            return notes
        return [Message("lib.article-back-put-on", "A merge had brought this article back"
                        " since; {count} of its annotations it did not bring are put back"
                        " on it.", count=len(rows))]

    def _details_back_on(self, holder: int, article: dict[str, Any]
                         ) -> tuple[list[str], list[str]]:
        """The details a person corrected on a deleted article (its parts with a version
        noted here: ``note_versions``), put back on the same file imported again since
        (``holder``) where that copy still has the importer's (no version noted of it);
        returns (the parts put back, the parts left as the copy's own corrections): RR21-4,
        the corrected title, authors or date were gone without a word."""
        exchange = getattr(self._session.stores, "exchange", None)
        now_row = self._store.get(holder)
        if exchange is None or now_row is None or not article.get("uuid"):
            return [], []
        uuids = [article["uuid"], now_row.get("uuid") or ""]
        seen = exchange.versions([u for u in uuids if u])
        parts_of = {u: {v.split(":", 1)[0] for v in seen.get(u, ())} for u in uuids}
        old, new = article_parts(article), article_parts(now_row)
        taken: list[str] = []
        left: list[str] = []
        values: dict[str, Any] = {}
        for part in ("title", "source", "authors", "editor", "url", "dateline", "date",
                     "language", "photo_credit"):
            if part not in parts_of[uuids[0]] or old[part] == new[part]:
                continue
            if part in parts_of[uuids[1]]:
                left.append(part)
                continue
            taken.append(part)
            if part == "date":
                values.update(published=article.get("published") or "",
                              published_partial=article.get("published_partial") or "",
                              published_inferred=int(bool(article.get("published_inferred"))))
            else:
                values[part] = article.get(part) or ""
        if values:
            self._store.update(holder, {**values, "updated_at": now()})
            self.note_versions(holder, now_row)
        return taken, left

    def _restorable_speaker(self, row: dict[str, Any], names: dict[int, str],
                            there: set[int]) -> None:
        """Make an annotation row's speaker one that exists: the old one, else found again
        by name."""
        speaker_id = row.get("speaker_id")
        if speaker_id is not None and speaker_id not in there:
            name = names.get(speaker_id, "")
            row["speaker_id"] = self._speakers.restore_by_name(name, speaker_id) if name else None
            if row["speaker_id"] is not None:
                there.add(row["speaker_id"])

    def _restorable_tag_links(self, links: list[dict[str, Any]], names: dict[int, str]
                              ) -> list[tuple[int, int]]:
        """Tag links to put back; a tag deleted since is found again (or re-made) by its
        name."""
        there = self._store.existing("tags", {link["tag_id"] for link in links})
        ids: dict[int, int | None] = {}
        pairs = []
        for link in links:
            tag_id = link["tag_id"]
            if tag_id not in ids:
                ids[tag_id] = tag_id if tag_id in there else (
                    self._tags.id_of(names[tag_id], create=True) if names.get(tag_id) else None)
            new_id = ids[tag_id]
            if new_id is not None:
                pairs.append((link["annotation_id"], new_id))
        return pairs
