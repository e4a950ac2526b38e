"""Agreement: how far the coders of a library agree (issue 14); the figures come from
the pure ``reader.core.agreement``, this area chooses the articles, coders and tags."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..agreement import UNITS, AgreementReport, Coded, Unit, agreement_report
from ..disagreement import Passage, passages
from ..messages import Message, listed
from ..models import Annotation
from ..records import Coder
from .annotations import UNSURE_SPEAKER_TAG, Annotations
from .articles import ArticleFilter, Articles
from .base import Cancelled, LibraryError, Service, Session, write
from .coders import Coders, check_coder_name
from .collections import Collections
from .tags import Tags

_CHUNK = 500
Progress = Callable[[str, int, int], None]  # (stage, done, total)


class Agreement(Service):
    """``library.agreement``: inter-coder reliability over a set of articles.

    By default the articles compared are those at least two of the coders annotated
    (the double-coded part of the corpus); a collection or a list of articles compares
    those articles whole. The coders are those named, else every coder who annotated
    them. Rules here; no SQL.
    """

    def __init__(self, session: Session, articles: Articles, annotations: Annotations,
                 collections: Collections, coders: Coders, tags: Tags):
        super().__init__(session)
        self._tags = tags
        self._articles = articles
        self._annotations = annotations
        self._collections = collections
        self._coders = coders

    def report(self, coders: Sequence[str] = (), collection: str = "",
               article_ids: Sequence[int] = (), tag: str = "", unit: str = "character",
               progress: Progress | None = None,
               should_cancel: Callable[[], bool] | None = None) -> AgreementReport:
        """The report; ``progress(stage, done, total)`` says how far it got (stage
        "reading": annotations read, "comparing": lines of the report computed), and
        ``should_cancel()`` is asked as often, stopping with ``Cancelled`` when it says
        yes (nothing is written either way)."""

        def step(stage: str, done: int, total: int) -> None:
            if should_cancel is not None and should_cancel():
                raise Cancelled("The agreement was stopped.")
            if progress is not None:
                progress(stage, done, total)

        if unit not in UNITS:
            raise LibraryError(Message("lib.agreement-unit", "The unit is one of: {units}.",
                                       units=listed(UNITS)))
        if tag.strip():
            tag = self._tags.get(tag).name  # an unknown tag is an error, not an empty report
        names = self._coder_names(coders)
        if collection.strip():
            if article_ids:
                raise LibraryError(Message(
                    "lib.give-collection-articles-not", "Give a collection or articles, not both."))
            scope = sorted(self._articles.ids(ArticleFilter(
                collection_id=self._collections.id_of(collection))))
        else:
            scope = sorted(set(article_ids))
        notes = self._notes(scope if scope or collection.strip() else None, step)
        if not names:
            names = self._coder_names([n.coder for n in notes])
            if len(names) < 2:
                known = ", ".join(c.name for c in self._coders.all(everyone=True) if c.annotations)
                if not known:
                    raise LibraryError(Message(
                        "lib.agreement-no-coders", "Agreement needs annotations by at least two "
                        "coders (coders with annotations here: none)."))
                raise LibraryError(Message(
                    "lib.agreement-one-coder", "Agreement needs annotations by at least two "
                    "coders (coders with annotations here: {known}).", known=known))
        if len(names) < 2:
            raise LibraryError(Message(
                "lib.agreement-needs-least-two", "Agreement needs at least two coders (see `kutip "
                "coders`)."))
        folded = {n.casefold() for n in names}
        notes = [n for n in notes if n.coder.casefold() in folded]
        if not scope and not collection.strip():  # the double-coded articles
            by_article: dict[int, set[str]] = {}
            for n in notes:
                by_article.setdefault(n.article_id, set()).add(n.coder.casefold())
            scope = sorted(a for a, who in by_article.items() if len(who) >= 2)
            notes = [n for n in notes if n.article_id in set(scope)]
        texts = {}
        for done, article_id in enumerate(scope):
            if done % _CHUNK == 0:
                step("reading", len(scope) + done, 2 * len(scope))
            texts[article_id] = self._articles.text(article_id)
        # the engine's mark on a speaker it guessed is no coder's decision: compared only when
        # asked for by name (review R17-6)
        machine = "" if tag.casefold() == UNSURE_SPEAKER_TAG else UNSURE_SPEAKER_TAG
        coded = [Coded(n.coder, n.article_id, n.start, n.end, n.kind,
                       tuple(t for t in n.tags if t.casefold() != machine), n.speaker, n.verdict)
                 for n in notes if n.start is not None and n.end is not None]
        unit_name: Unit = "token" if unit == "token" else "character"
        report = agreement_report(texts, coded, names, unit=unit_name,
                                  tags=[tag] if tag.strip() else None,
                                  progress=lambda done, total: step("comparing", done, total))
        if not texts:
            report.warnings.insert(0, Message(
                "agreement.no-double-coded", "No article was coded by two of these coders."))
        return report

    def coders(self) -> list[Coder]:
        """The coders the agreement can compare: those with annotations, counted over
        everyone's work, also on the articles coded blind (the lists of ``library.coders``
        leave another coder's blind work out while collections are coded blind, R17-6)."""
        return [c for c in self._coders.all(everyone=True) if c.annotations]

    def coder_names(self) -> list[str]:
        """The names of ``coders()``, by name, without counting their annotations (one
        index probe per coder: the dialog's list, on the window's thread; review R20-15)."""
        return [str(row["name"]) for row in self._session.stores.coders.annotating(None)]

    def coders_at_work(self, collection: str = "") -> list[str]:
        """The names of the coders (of ``coders()``) with annotations where the report
        looks: on the collection's articles; else on the articles at least two coders
        annotated (the double-coded part). One with work elsewhere only would be compared
        as a coder who coded nothing there, which counts as disagreement everywhere (review
        R17-6's leftover: the dialog ticked the default coder so). Not counted: the names
        and an index probe per coder (review R20-15)."""
        everyone = self._session.stores.coders.annotating(None)
        if collection.strip():
            at_work = set(self._session.stores.coders.coded_articles(
                self._collections.id_of(collection)))
        elif len(everyone) < 2:
            at_work = set()  # (nothing double-coded: the library is not read)
        else:  # (not every annotation read: the coder with the most is left out, R20-15)
            at_work = self._session.stores.coders.double_coders()
        return [str(row["name"]) for row in everyone if row["id"] in at_work]

    def _coder_names(self, given: Sequence[str]) -> list[str]:
        """The coders' names as the library spells them, each once, in the order given."""
        stored = {c.name.casefold(): c.name for c in self._coders.all(everyone=True)}
        names: list[str] = []
        for name in given:
            if not name.strip():
                continue
            self._coders.id_of(name)  # "There is no coder …"
            proper = stored[" ".join(name.split()).casefold()]
            if proper not in names:
                names.append(proper)
        return names

    def _notes(self, article_ids: list[int] | None, step: Progress) -> list[Annotation]:
        if article_ids is None:  # (everyone's, also where the coding is blind)
            step("reading", 0, 1)
            return self._everyones(self._annotations.where(everyone=True), None)
        found: list[Annotation] = []
        for start in range(0, len(article_ids), _CHUNK):
            step("reading", start, 2 * len(article_ids))
            found.extend(self._annotations.where(
                article_ids=article_ids[start:start + _CHUNK], everyone=True))
        return self._everyones(found, article_ids)

    def _everyones(self, found: list[Annotation], article_ids: list[int] | None
                   ) -> list[Annotation]:
        """``found``, refused when it lacks another coder's blind work on these articles
        (all: None): a team library's server keeps that from a coder (migration 0025), and
        agreement without it would compare the coder with nobody, unsaid."""
        hidden = self._annotations.hidden_ids()
        if not hidden or hidden <= {n.id for n in found}:
            return found
        blind = self._session.stores.coders.blind_articles()
        if article_ids is not None and not blind & set(article_ids):
            return found
        raise LibraryError(Message(
            "lib.agreement-blind-hidden", "This team library keeps the other coders' work on"
            " collections coded blind from your login: agreement there is run by an editor"
            " or the library's owner."))

    # ------------------------------------------------------------ disagreements
    def passages(self, article_id: int, coders: Sequence[str] = ()) -> list[Passage]:
        """Where the coders' annotations on one article meet, each coder's version side
        by side (everyone's, also on an article coded blind): the disagreement view's
        rows. The coders are those named, else every coder who annotated the article."""
        self._articles.text(article_id)  # "There is no article …"
        notes = self._everyones(self._annotations.where(article_ids=[article_id],
                                                         everyone=True), [article_id])
        names = self._coder_names(coders) or sorted({n.coder for n in notes if n.coder},
                                                    key=str.casefold)
        return passages(notes, names)

    @write
    def adjudicate(self, article_id: int, source: str, target: str,
                   start: int | None = None, end: int | None = None
                   ) -> tuple[list[Annotation], list[Annotation]]:
        """Accept ``source``'s version of a passage (``start``–``end``; None: the whole
        article) into ``target`` (e.g. "gold"; made if new): the target's annotations
        there are replaced by copies of the source's (span, kind, tags, speaker, verdict,
        note). One transaction. Returns (made, removed), which ``swap`` undoes."""
        [source_name] = self._coder_names([source])
        target_name = check_coder_name(target)
        if source_name.casefold() == target_name.casefold():
            raise LibraryError(Message(
                "lib.accept-coder-version-into", "Accept a coder's version into another coder "
                "(e.g. gold)."))
        if (start is None) != (end is None) or (start is not None and end is not None
                                                 and not 0 <= start < end):
            raise LibraryError(Message(
                "lib.passage-needs-start-before", "A passage needs a start before its end."))
        notes = self._annotations.where(article_ids=[article_id], everyone=True)

        def here(note: Annotation) -> bool:
            if start is None or end is None:
                return True
            return (note.start is not None and note.end is not None
                    and note.start < end and start < note.end)

        theirs = [n for n in notes if n.coder.casefold() == source_name.casefold()
                  and n.start is not None and n.end is not None and here(n)]
        old = [n for n in notes if n.coder.casefold() == target_name.casefold() and here(n)]
        if not theirs and not old:
            raise LibraryError(Message(
                "lib.neither-nor-annotated-passage", "Neither {source_name} nor {target_name} "
                "annotated this passage: there is nothing to accept.", source_name=source_name,
                target_name=target_name))
        with self._session.tx():
            target_id = self._coders.id_for_import(target_name)
            removed = [self._annotations.delete(n.id) for n in old]
            made = [self._annotations.add(article_id, n.start, n.end, kind=n.kind,
                                          speaker=n.speaker, tags=list(n.tags), note=n.note,
                                          verdict=n.verdict, coder_id=target_id)
                    for n in theirs if n.start is not None and n.end is not None]
        return made, removed

    @write
    def swap(self, remove: Sequence[Annotation], put_back: Sequence[Annotation]) -> None:
        """Undo (and redo) of ``adjudicate``: delete ``remove`` and put ``put_back`` back
        as they were, in one transaction; refused whole (one line) when one of ``remove``
        was changed since by someone else: their correction of the adjudicated version is
        never deleted with it (review R17-5's class). What it puts back is an undeletion
        (a person's undo or redo): a later event than its deletion, so that a merge of a
        library that took the deletion since does not delete it again (review R20-20)."""
        with self._session.tx(), self._counts_at_end():
            for note in remove:
                self._annotations.delete(note.id, expected=note)
            for note in put_back:
                self._annotations.restore(note, undeleting=True)
