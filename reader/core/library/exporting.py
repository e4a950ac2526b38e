"""Exporting annotations (Markdown, CSV, W3C JSON) and importing W3C JSON back.

Scopes of an export, exactly one of them or none:

- ``annotation_ids``: the selected annotations;
- ``article_ids``: one or more articles (shown even when they have no annotations);
- ``where``: the library list's current search and filter (an ``ArticleFilter``); its
  kind, tag and speaker also narrow which annotations of those articles are exported,
  as a user filtering by "speaker: Lavrov" expects Lavrov's quotes;
- none: every annotated article in the library.

Items come in article (id) order, annotations in reading order, orphans last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from types import EllipsisType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from ..files import open_library_refusal
from ..gcpause import gc_paused
from ..messages import Message, listed
from .base import CHUNK, LibraryError, Service, Session, chunks, now, write

if TYPE_CHECKING:  # (a CSV export reads plain rows: it loads none of these, issue 12)
    from pathlib import Path

    from ..models import Annotation, Article
    from ..records import AnnotationImportReport, BriefAnnotation
    from .annotations import Annotations
    from .articles import ArticleFilter, Articles
    from .coders import Coders
    from .speakers import Speakers

    class Areas(Protocol):
        """The library's areas an export reads through (``Library``), each built on first
        use."""

        @property
        def articles(self) -> Articles: ...

        @property
        def annotations(self) -> Annotations: ...

        @property
        def speakers(self) -> Speakers: ...

        @property
        def coders(self) -> Coders: ...

    class Noted(Protocol):
        """An annotation as an export's scope, filters and order read it (``Annotation``,
        ``BriefAnnotation``, ``TableNote``)."""

        @property
        def id(self) -> int: ...

        @property
        def article_id(self) -> int: ...

        @property
        def start(self) -> int | None: ...

        @property
        def kind(self) -> str: ...

        @property
        def coder(self) -> str: ...

        @property
        def coder_id(self) -> int | None: ...

        @property
        def speaker(self) -> str: ...

        @property
        def tags(self) -> list[str]: ...

    class Identified(Protocol):
        """An article as an export's scope reads it (``Article``, ``TableArticle``)."""

        @property
        def id(self) -> int: ...

    Items = list[tuple[Article, list[Annotation]]]
    BriefItems = list[tuple[Article, list[BriefAnnotation]]]

Progress = Callable[[int, int, str], None]
FORMATS = ("md", "csv", "json")

AnyNote = TypeVar("AnyNote", bound="Noted")
AnyArticle = TypeVar("AnyArticle", bound="Identified")


class TableNote(NamedTuple):
    """An annotation as the CSV export writes it: a store's listing row
    (``store.rows.ANNOTATION_COLUMNS``) with its tags sorted case-blind, as ``Annotation``
    has them, and the same field names (the filters, the order and the writer read it as
    they read an ``Annotation``). A tuple: no models loaded, none built (issue 12)."""

    id: int
    article_id: int
    kind: str
    exact: str
    start: int | None
    end: int | None
    prefix: str
    suffix: str
    speaker: str
    speaker_id: int | None
    verdict: str
    note: str
    anchor: str
    created_at: str
    updated_at: str
    uuid: str
    coder: str
    coder_id: int | None
    speaker_written: str
    tags: list[str]


#: what the CSV export writes of an article (``TableArticle``), as ``ArticleStore.listed``
#: reads it
TABLE_ARTICLE_COLUMNS = ("title", "source", "authors", "published", "url", "language", "uuid",
                         "published_partial", "published_inferred")


class TableArticle(NamedTuple):
    """An article as the CSV export writes it (the ``Article`` fields it prints, raw as
    stored)."""

    id: int
    title: str
    source: str
    authors: str
    published: str
    url: str
    language: str
    uuid: str
    published_partial: str
    published_inferred: bool




def __getattr__(name: str) -> Any:
    if name == "AnnotationImportReport":  # (a dataclass, in ``records``: built by an import)
        from ..records import AnnotationImportReport

        return AnnotationImportReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _then(parts: Iterator[str], progress: Progress | None) -> Iterator[str]:
    """``parts``, then ``progress`` told the export is written."""
    yield from parts
    if progress:
        progress(1, 1, "Writing the export")


def _paused_throughout(start: Callable[[], Iterator[str]]) -> Iterator[str]:
    """The parts of ``start()`` (called now: a wrong scope raises here), with Python's cyclic
    collector paused from the read to the last part: the 100,000 objects an export reads
    live until its last part is written, and every collection in between would walk them
    all again (``gcpause``). The pause ends when the parts are taken or dropped."""
    def paused() -> Iterator[str]:
        with gc_paused():
            parts = start()
            yield ""  # (the read is done)
            yield from parts

    parts = paused()
    next(parts)
    return parts


def _tag_names(names: dict[int, str]) -> Callable[[str], list[str]]:
    """What turns the tags of an ``AnnotationStore.export_rows`` row (ids joined by ",")
    into their names, sorted case-blind as an annotation's tags are (``names``: each tag's
    name by id; a tag deleted since the rows were read is left out)."""
    known: dict[str, list[str]] = {}  # (a filter asks once a row: few distinct sets)

    def tag_names(tags: str) -> list[str]:
        listed = known.get(tags)
        if listed is None:
            found = (names.get(int(tag_id)) for tag_id in tags.split(","))
            listed = known[tags] = sorted((name for name in found if name is not None),
                                          key=str.lower)
        return listed

    return tag_names


def _speaker_names(names: dict[int, str]) -> Callable[[int | None], str]:
    """What turns the speaker of an ``AnnotationStore.export_rows`` row (an id, None when
    none) into a name ('' when none, or deleted since the rows were read)."""
    def speaker_name(speaker_id: int | None) -> str:
        return names.get(speaker_id, "") if speaker_id is not None else ""

    return speaker_name



class Exports(Service):
    """``library.exports``: Markdown, CSV and W3C JSON out; W3C JSON annotations back in."""

    def __init__(self, session: Session, areas: Areas):
        super().__init__(session)
        self._areas = areas
        self._export_aliases: dict[str, str] | None = None

    # (the areas as the library builds them, on first use: a CSV export builds none of them
    # but the coders, whom every command has)
    @property
    def _articles(self) -> Articles:
        return self._areas.articles

    @property
    def _annotations(self) -> Annotations:
        return self._areas.annotations

    @property
    def _speakers(self) -> Speakers:
        return self._areas.speakers

    # ------------------------------------------------------------------ export
    def items(
        self,
        annotation_ids: list[int] | None = None,
        article_ids: list[int] | None = None,
        where: ArticleFilter | None = None,
        progress: Progress | None = None,
        limit: int | None = None,
    ) -> Items:
        """``(article, annotations)`` pairs for a scope (see the module docstring).

        ``limit`` stops after about that many annotations (a preview of a big scope:
        only the first articles are read).
        """
        self._begin(annotation_ids, article_ids, where)
        if limit is not None and annotation_ids is None and article_ids is None:
            from .articles import ArticleFilter

            return self._first_items(where or ArticleFilter(), limit)
        return self._items(self._annotations.where, self._articles.rows, annotation_ids,
                           article_ids, where, progress)

    def brief_items(
        self,
        annotation_ids: list[int] | None = None,
        article_ids: list[int] | None = None,
        where: ArticleFilter | None = None,
        progress: Progress | None = None,
    ) -> BriefItems:
        """``items`` with ``BriefAnnotation``s: only what Kutip's own Markdown templates
        read (several times faster for a big export)."""
        self._begin(annotation_ids, article_ids, where)
        return self._items(self._annotations.brief, self._articles.rows, annotation_ids,
                           article_ids, where, progress)

    def table_items(
        self,
        annotation_ids: list[int] | None = None,
        article_ids: list[int] | None = None,
        where: ArticleFilter | None = None,
        progress: Progress | None = None,
    ) -> list[tuple[TableArticle, list[TableNote]]]:
        """``items`` as the CSV export writes them: the same scopes, annotations (the
        current coder's alone on articles coded blind), filters, order and errors, as
        ``TableNote`` and ``TableArticle`` tuples read straight from the store. A CSV
        export process loads no models and builds no area but the coders (issue 12)."""
        self._begin(annotation_ids, article_ids, where)
        return self._items(self._table_notes, self._table_articles, annotation_ids,
                           article_ids, where, progress)

    def _table_notes(self, ids: list[int] | None = None, article_ids: list[int] | None = None
                     ) -> list[TableNote]:
        """``Annotations.where`` as ``TableNote``s."""
        listing = self._stores.annotations.where(ids, article_ids)
        tags = listing.tags
        new = tuple.__new__  # (as ``records.BriefAnnotation``s are built: no call per row)
        lower = str.lower
        with gc_paused():
            notes = [new(TableNote, (*row, sorted(names, key=lower) if names else []))
                     for row in listing.rows for names in (tags.get(row[0]),)]
        return self._areas.coders.visible(notes)

    def _table_articles(self, ids: list[int]) -> list[TableArticle]:
        """``Articles.rows`` as ``TableArticle``s (only the columns the CSV writes)."""
        if not ids:
            return []
        by_id = self._stores.articles.listed(ids, TABLE_ARTICLE_COLUMNS)
        new = tuple.__new__
        return [new(TableArticle, (i, *by_id[i])) for i in ids if i in by_id]

    def export_rows(
        self,
        annotation_ids: list[int] | None = None,
        article_ids: list[int] | None = None,
        where: ArticleFilter | None = None,
        progress: Progress | None = None,
    ) -> tuple[list[tuple[Any, ...]], dict[int, Article], Callable[[str], list[str]],
               Callable[[int | None], str]]:
        """``brief_items`` as the direct writers of Kutip's own Markdown templates take it
        (``export.direct``): the annotations as plain tuples of
        ``store.interfaces.EXPORT_COLUMNS`` in the same order, their articles by id in the
        same order, what turns a row's tags into their names and what turns its speaker's
        id into a name ('' for none). No object per annotation (a 100,000-annotation export
        reads several times faster)."""
        self._begin(annotation_ids, article_ids, where)
        filtered = where is not None and not where.is_empty()
        coders = filtered and bool(where and where.coder.strip())
        read = self._annotations.export_rows
        if progress:
            progress(0, 1, "Reading annotations")
        with gc_paused():  # 100,000 rows: no full collections while they are read
            if annotation_ids is not None:
                rows = read(ids=sorted(set(annotation_ids)))
            elif article_ids is not None:
                article_ids = sorted(set(article_ids))
                rows = read(article_ids=article_ids)
            elif where is not None and filtered:
                rows = read(article_ids=sorted(self._articles.ids(where)), coders=coders)
            else:
                rows = read()
            # (read after the rows: every tag and speaker they name is there)
            names = _tag_names(self._stores.tags.names_by_id())
            speakers = _speaker_names(self._stores.speakers.names_by_id())
            if where is not None and filtered:
                rows = [row for row in rows
                        if self._matches(row[1], row[8] if coders else "",
                                         names(row[6]) if row[6] else (), speakers(row[3]),
                                         where)]
                if coders:
                    rows = [row[:7] for row in rows]
            wanted = article_ids if article_ids is not None else list(
                dict.fromkeys(row[0] for row in rows))
            articles = {a.id: a for a in self._articles.cited(wanted)}
        if len(articles) < len(wanted):
            if article_ids is not None:
                missing = sorted(set(wanted) - set(articles))
                raise LibraryError(Message("lib.no-articles", "There is no article {ids}.",
                                           ids=listed(missing)))
            rows = [row for row in rows if row[0] in articles]  # (deleted meanwhile)
        if progress:
            progress(1, 1, "Reading annotations")
        return rows, articles, names, speakers

    def _begin(self, annotation_ids: list[int] | None, article_ids: list[int] | None,
               where: ArticleFilter | None) -> None:
        """An export's start: one scope at most; speakers' aliases read again (names may
        have changed since the last export)."""
        if sum(x is not None for x in (annotation_ids, article_ids, where)) > 1:
            raise ValueError("Give one scope: annotation ids, article ids or a filter.")
        self._export_aliases = None

    def _items(self, read: Callable[..., list[AnyNote]],
               read_articles: Callable[[list[int]], list[AnyArticle]],
               annotation_ids: list[int] | None, article_ids: list[int] | None,
               where: ArticleFilter | None, progress: Progress | None
               ) -> list[tuple[AnyArticle, list[AnyNote]]]:
        """The pairs of a scope, the annotations read by ``read`` (``ids=`` or
        ``article_ids=``, or neither: all), their articles by ``read_articles`` (ids)."""
        with gc_paused():  # 100,000 annotations: no full collections while they are read
            return self._read_items(read, read_articles, annotation_ids, article_ids, where,
                                    progress)

    def _read_items(self, read: Callable[..., list[AnyNote]],
                    read_articles: Callable[[list[int]], list[AnyArticle]],
                    annotation_ids: list[int] | None, article_ids: list[int] | None,
                    where: ArticleFilter | None, progress: Progress | None
                    ) -> list[tuple[AnyArticle, list[AnyNote]]]:
        keep_empty = article_ids is not None
        if annotation_ids is not None:
            notes = self._annotations_by(read, "ids", sorted(set(annotation_ids)), progress)
        elif article_ids is not None:
            article_ids = list(dict.fromkeys(article_ids))
            notes = self._annotations_by(read, "article_ids", sorted(article_ids), progress)
        elif where is not None and not where.is_empty():
            ids = sorted(self._articles.ids(where))
            notes = [n for n in self._annotations_by(read, "article_ids", ids, progress)
                     if self._in_filter(n, where)]
        else:
            if progress:
                progress(0, 1, "Reading annotations")
            notes = read()
            if progress:
                progress(1, 1, "Reading annotations")
        by_article: dict[int, list[AnyNote]] = {}
        for note in notes:
            by_article.setdefault(note.article_id, []).append(note)
        wanted = sorted(article_ids) if article_ids is not None else sorted(by_article)
        articles: list[AnyArticle] = []
        for part in chunks(wanted):
            articles.extend(read_articles(list(part)))
        if keep_empty and len(articles) < len(wanted):
            missing = sorted(set(wanted) - {a.id for a in articles})
            raise LibraryError(Message("lib.no-articles", "There is no article {ids}.",
                                       ids=listed(missing)))
        return [(a, by_article.get(a.id, [])) for a in articles]

    def _first_items(self, where: ArticleFilter, limit: int) -> Items:
        ids = self._articles.ids(where)
        items: Items = []
        count = 0
        for start in range(0, len(ids), 100):
            part = ids[start:start + 100]
            by_article: dict[int, list[Annotation]] = {}
            for note in self._annotations.where(article_ids=part):
                if where.is_empty() or self._in_filter(note, where):
                    by_article.setdefault(note.article_id, []).append(note)
            for article in self._articles.rows(sorted(by_article)):
                notes = by_article[article.id][:max(limit - count, 0)]
                items.append((article, notes))
                count += len(notes)
                if count >= limit:
                    return items
        return items

    def _annotations_by(self, read: Callable[..., list[AnyNote]], key: str, ids: list[int],
                        progress: Progress | None) -> list[AnyNote]:
        found: list[AnyNote] = []
        total = max(len(ids), 1)
        for done, part in enumerate(chunks(ids)):
            if progress:
                progress(done * CHUNK, total, "Reading annotations")
            found.extend(read(ids=part) if key == "ids" else read(article_ids=part))
        if progress:
            progress(total, total, "Reading annotations")
        if key == "ids":  # chunks of ids may interleave articles: restore the order
            found.sort(key=lambda n: (n.article_id, n.start is None, n.start or 0, n.id))
        return found

    def _in_filter(self, note: Noted, where: ArticleFilter) -> bool:
        return self._matches(note.kind, note.coder, note.tags, note.speaker, where)

    def _matches(self, kind: str, coder: str, tags: Sequence[str], speaker: str,
                 where: ArticleFilter) -> bool:
        """An annotation of this kind, coder, tags and speaker is one ``where`` asks for."""
        if where.kind and kind != where.kind:
            return False
        if where.coder.strip() and coder.casefold() != " ".join(
                where.coder.split()).casefold():
            return False
        if where.tag:
            tag = where.tag.casefold()
            if not any(t.casefold() == tag or t.casefold().startswith(tag + "/")
                       for t in tags):
                return False
        if where.speaker:
            wanted = where.speaker.casefold()
            if speaker.casefold() != wanted:
                aliases = self._export_aliases
                if aliases is None:
                    aliases = {k.casefold(): v.casefold()
                               for k, v in self._speakers.aliases().items()}
                    self._export_aliases = aliases
                if aliases.get(wanted) != speaker.casefold():
                    return False
        return True

    def render(self, fmt: str = "md", **options: Any) -> str:
        """The export as text: ``fmt`` is "md", "csv" or "json" (W3C Web Annotation); the
        options and the scope are those of ``chunks``. A broken template raises
        ``export.TemplateError``."""
        return "".join(self.chunks(fmt, block=None, **options))

    def chunks(
        self,
        fmt: str = "md",
        group: str = "article",
        template: str | Path | None = None,
        hashtags: bool = False,
        bom: bool = False,
        progress: Progress | None = None,
        title: str = "",
        spreadsheet_safe: bool | None = None,
        block: int | None | EllipsisType = ...,
        language: str = "en",
        **scope: Any,
    ) -> Iterator[str]:
        """The export in parts: ``fmt`` is "md", "csv" or "json" (W3C Web Annotation);
        ``language`` that of the words a Markdown export writes around the annotations
        ("Highlight", "Claim (verdict: …)", "Tags:": ``export.language.LANGUAGES``).

        ``scope`` is ``annotation_ids=``, ``article_ids=`` or ``where=`` (or nothing: the
        whole library). The annotations are read at once (a wrong scope raises here); a
        Markdown export is rendered as its parts are taken, so a broken template raises
        ``export.TemplateError`` then. Kutip's own templates, as shipped, are written from
        plain rows (``export_rows``), in parts of ``block`` entries (None: one part, for a
        caller that joins them: the text is not copied again; ``...``: the writers' own
        ``export.direct.BLOCK``). Each format loads only its own writer (issue 12).
        """
        if fmt not in FORMATS:
            raise ValueError(f"Unknown format {fmt!r}: use one of {', '.join(FORMATS)}.")
        if fmt == "md":
            from pathlib import Path

            from ..export.direct import BLOCK, direct_renderer
            from ..export.language import export_labels
            from ..export.markdown import markdown_chunks
            from ..export.rendering import is_shipped
            from ..export.templates import default_template_path

            block = BLOCK if block is ... else block
            labels = export_labels(language)  # (an unknown language: ValueError, at once)
            path = Path(template) if template is not None else default_template_path(group)
            writer = direct_renderer(path, group)
            if writer is not None:  # one of Kutip's own templates, as shipped
                def direct() -> Iterator[str]:
                    rows, articles, names, speakers = self.export_rows(progress=progress,
                                                                       **scope)
                    if progress:
                        progress(0, 1, "Writing the export")
                    return _then(writer(rows, articles, hashtags, title, names, block,
                                        speakers, labels), progress)

                return _paused_throughout(direct)

            def markdown() -> Iterator[str]:
                notes: Items | BriefItems = (
                    self.brief_items(progress=progress, **scope)
                    if template is None or is_shipped(Path(template))
                    else self.items(progress=progress, **scope))
                if progress:
                    progress(0, 1, "Writing the export")
                parts = markdown_chunks(notes, group=group, template=template,
                                        hashtags=hashtags, title=title, language=language)
                return _then(parts, progress)

            return _paused_throughout(markdown)
        if fmt == "csv":
            from ..export.csv_export import export_csv

            rows = self.table_items(progress=progress, **scope)
            if progress:
                progress(0, 1, "Writing the export")
            text = export_csv(rows, bom=bom, spreadsheet_safe=spreadsheet_safe)
        else:
            import json

            from ..export.webannotation import export_webannotation

            items = self.items(progress=progress, **scope)
            if progress:
                progress(0, 1, "Writing the export")
            data = export_webannotation(items, self.identities())
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return _then(iter([text]), progress)

    # ------------------------------------------------------------------ import
    def import_annotations_file(self, path: str | Path) -> AnnotationImportReport:
        """``import_annotations`` of a W3C Web Annotation JSON file (``kutip
        import-annotations``, File > Import Annotations…). Anything wrong with the file is
        one ``ValueError`` line: unreadable, not JSON, nested too deeply, too large."""
        from ..export.webannotation import MAX_JSON_BYTES, load_webannotation

        refusal = open_library_refusal(path)  # (opening it would drop its locks: R15-2)
        if refusal is not None:
            raise ValueError(refusal)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_JSON_BYTES + 1)
        except OSError as error:
            raise ValueError(f"cannot read it ({error.strerror or error})") from None
        return self.import_annotations(load_webannotation(data))

    @write
    def import_annotations(self, data: Any) -> AnnotationImportReport:
        """Add annotations from W3C Web Annotation JSON (as ``parse_webannotation`` reads).

        Each finds its article by content hash, then URL, then title (by the title alone
        only where the words around it are as they were: R20-12); it is placed with
        its stored selectors (``reanchor``), so an edited article still takes it, or it
        is kept as an orphan. Exact duplicates (same article, kind, span and text, and the
        same speaker, verdict, note, tags and coder) are skipped, so importing a file twice
        adds nothing; another judgement of the same span is imported beside the one here.
        One transaction: all or nothing.
        """
        from ..export.webannotation import parse_tag_ids, parse_webannotation

        parsed = parse_webannotation(data)  # ValueError on anything that is not W3C JSON
        tag_ids = parse_tag_ids(data)
        for item in parsed:
            tag_ids.update(item["tag_uuids"])
        from ..records import AnnotationImportReport

        report = AnnotationImportReport()
        articles: dict[tuple[str, str, str, str], int | None] = {}
        title_only: set[tuple[str, str, str, str]] = set()  # (matched by the title alone)
        texts: dict[int, str] = {}
        seen: dict[int, set[tuple[str, int | None, int | None, str]]] = {}
        decisions: dict[int, list[Annotation]] = {}
        touched: list[int] = []
        stores = self._stores
        with self._tx():
            tags_before = set(stores.tags.names())
            for item in parsed:
                source = item["source"]
                key = (source["content_hash"], source["url"], source["title"],
                       source["uuid"] or "")
                if key not in articles:
                    articles[key] = self.match_article(*key)
                    if articles[key] is not None and self._by_title_only(*key[:2]):
                        title_only.add(key)
                article_id = articles[key]
                if item["uuid"] and stores.identities.owner("annotations", item["uuid"]):
                    report.present += 1  # the same annotation (by identity) is here already
                    continue
                if article_id is None:
                    report.unmatched += 1
                    label = source["url"] or source["title"] or source["content_hash"]
                    if label and label not in report.unmatched_sources:
                        report.unmatched_sources.append(label)
                    continue
                if article_id not in texts:
                    seen[article_id] = {(r["kind"], r["start"], r["end"], r["exact"])
                                        for r in stores.annotations.spans(article_id)}
                    if not seen[article_id]:  # nothing here annotated it yet
                        self._adopt_article_identity(article_id, source)
                    texts[article_id] = self._articles.text(article_id)
                row = self._placed(texts[article_id], item)
                if key in title_only and not self._context_fits(texts[article_id], item, row):
                    # (another story under the same title, R20-12: "Live updates", a
                    # section's name; its words in another sentence are no match)
                    report.unmatched += 1
                    if source["title"] not in report.unmatched_sources:
                        report.unmatched_sources.append(source["title"])
                    continue
                identity = (item["kind"], row["start"], row["end"], row["exact"])
                if identity in seen[article_id]:
                    # the same span is annotated here: present only when one of them says
                    # what this one says (a colleague's other speaker, verdict, note or
                    # tags is their judgement, imported beside it, never dropped: R16-14)
                    decided = decisions.get(article_id)
                    if decided is None:
                        decided = decisions[article_id] = [
                            a for a in self._annotations.for_article(article_id, everyone=True)]
                    if any(self._same_decision(a, item, row) for a in decided):
                        report.present += 1
                        continue
                seen[article_id].add(identity)
                self._insert_imported(article_id, item, row)
                decisions.pop(article_id, None)  # (read again when asked: it has one more)
                if row["anchor"] == "orphan":
                    report.orphaned += 1
                else:
                    report.imported += 1
                if article_id not in touched:
                    touched.append(article_id)
            for name, uuid in tag_ids.items():  # tags this import made keep their identity
                made = None if name in tags_before else stores.tags.find(name)
                if made is not None:
                    stores.identities.adopt("tags", made, uuid)
        report.article_ids = touched
        for article_id in touched:
            self._changed("annotations", article_id)
        if report.imported or report.orphaned:
            self._changed("speakers")
            self._changed("tags")
        return report

    def identities(self) -> dict[str, dict[str, str]]:
        """The UUIDs of the tags, speakers and coders by name, for the W3C export."""
        return {kind: self._stores.identities.by_name(kind)
                for kind in ("tags", "speakers", "coders")}

    def match_article(self, content_hash: str, url: str, title: str, uuid: str = ""
                      ) -> int | None:
        """The article an exported annotation's ``source`` names: by its text, and among
        several outlets' copies of that text (R15-5) by the article's identity (``uuid``),
        else its address, else its title, else the oldest copy; with no article of that
        text, by address, then title."""
        stores = self._stores
        copies = stores.articles.copies([content_hash]) if content_hash.strip() else []
        if len(copies) == 1:
            return int(copies[0]["id"])
        if copies:
            ids = [int(row["id"]) for row in copies]
            owner = stores.identities.owner("articles", uuid) if uuid else None
            if owner in ids:
                return owner
            for column, value in (("url", url), ("title", title.casefold())):
                named = [row for row in copies if value.strip() and value == (
                    row[column] if column == "url" else row[column].casefold())]
                if named:
                    return int(named[0]["id"])
            return ids[0]
        for column, value in (("url", url), ("title", title)):
            if value.strip():  # (a title compares case-blind)
                found = self._stores.articles.find(column, [value])
                if found is not None:
                    return found
        return None

    def _by_title_only(self, content_hash: str, url: str) -> bool:
        """Whether ``match_article`` found the article by its title alone (no copy of the
        text here, none at the address)."""
        articles = self._stores.articles
        return not ((content_hash.strip() and articles.copies([content_hash]))
                    or (url.strip() and articles.find("url", [url]) is not None))

    @staticmethod
    def _context_fits(text: str, item: dict[str, Any], row: dict[str, Any]) -> bool:
        """Whether an annotation placed as ``row`` in ``text`` has the words around it that
        it had where it was exported (one side intact, or both close: as
        ``placement.judge_move`` calls a place the same)."""
        if row["anchor"] == "orphan":
            return False
        from .placement import SAME_CONTEXT, SAME_SIDE, context_similarity

        before, after = context_similarity(text, item["prefix"], item["suffix"], row["start"],
                                           row["end"])
        return max(before, after) >= SAME_SIDE or (before + after) / 2 >= SAME_CONTEXT

    @staticmethod
    def _placed(text: str, item: dict[str, Any]) -> dict[str, Any]:
        """Selector fields and anchor state of an imported annotation in ``text``."""
        exact, prefix, suffix = item["exact"], item["prefix"], item["suffix"]
        start = item["start"] if item["start"] is not None else 0
        end = item["end"] if item["end"] is not None else start + len(exact)
        from ..anchoring import make_selector, reanchor  # (importing W3C JSON: not exports)

        found = reanchor(text, exact, prefix, suffix, start, end)
        if found.state == "orphan" or found.start is None or found.end is None \
                or not text[found.start:found.end].strip():
            return {"exact": exact, "prefix": prefix, "suffix": suffix, "start": None,
                    "end": None, "anchor": "orphan"}
        if found.state == "anchored" and text[found.start:found.end] == exact:
            # the stored context is kept: it is what the exporting library had
            return {"exact": exact, "prefix": prefix, "suffix": suffix,
                    "start": found.start, "end": found.end, "anchor": "anchored"}
        selector = make_selector(text, found.start, found.end)
        return {**selector, "anchor": found.state}

    def _same_decision(self, here: Annotation, item: dict[str, Any], row: dict[str, Any]
                       ) -> bool:
        """Whether ``here`` is the imported annotation ``item`` (placed as ``row``): the
        same span and kind, and the same speaker (a name or an alias of it), verdict, note,
        tags and, when the file names one, coder."""
        if (here.kind, here.start, here.end, here.exact) != (
                item["kind"], row["start"], row["end"], row["exact"]):
            return False
        speaker = item["speaker"].strip()
        speaker_id = self._stores.speakers.resolve(speaker) if speaker else None
        if speaker and speaker_id is None or speaker_id != here.speaker_id:
            return False
        verdict = item["verdict"] or ("unchecked" if item["kind"] == "claim" else "")
        coder = (item.get("coder") or "").strip()

        def tags(names: Any) -> set[str]:
            return {" ".join(str(n).split()).casefold() for n in names}

        return (verdict == (here.verdict or "") and (item["note"] or "") == (here.note or "")
                and tags(item["tags"]) == tags(here.tags)
                and (not coder or coder.casefold() == (here.coder or "").casefold()))

    def _insert_imported(self, article_id: int, item: dict[str, Any], row: dict[str, Any]
                         ) -> None:
        from .rules import check_kind, check_verdict  # (an import's: exports never check)

        kind = item["kind"]
        check_kind(kind)
        verdict = item["verdict"] or ("unchecked" if kind == "claim" else "")
        check_verdict(verdict)
        speaker = item["speaker"].strip()
        created = item["created"] or now()
        speaker_id = None
        if speaker:
            new = self._stores.speakers.resolve(speaker) is None
            speaker_id = self._speakers.id_of(speaker, create=True)
            if new:
                self._stores.identities.adopt("speakers", speaker_id, item["speaker_uuid"])
        annotation_id = self._stores.annotations.insert({
            "article_id": article_id, "kind": kind, **row,
            "speaker_id": speaker_id,
            "verdict": verdict, "note": item["note"],
            "created_at": created, "updated_at": item["modified"] or created,
            "uuid": item["uuid"] or None,
            "coder_id": self._annotations.coder_for_import(item.get("coder", ""),
                                                           item.get("coder_uuid", "")),
            "speaker_written": item.get("speaker_written", "") if speaker_id else "",
        })
        self._annotations.set_tags(annotation_id, item["tags"])

    def _adopt_article_identity(self, article_id: int, source: dict[str, Any]) -> None:
        """An article found by its text that nothing here annotated yet (a fresh library)
        takes the exported article's UUID: the same article in both libraries (unless
        another article here has it already)."""
        if source["uuid"] and source["content_hash"]:
            row = self._stores.articles.get(article_id)
            if row is not None and row["content_hash"] == source["content_hash"]:
                self._stores.identities.adopt("articles", article_id, source["uuid"])
