"""Replacing an article's text (edit or re-import) and placing its annotations again.

Every annotation is looked for in the new text with :func:`anchoring.reanchor`:

* still at its old position (quote and context intact) -> **kept**, ``"anchored"``;
* the exact quote elsewhere with matching context -> **moved**, ``"anchored"``;
* a close match (a typo fixed inside the quote), or the exact quote elsewhere
  with only partly matching context -> **reanchored**, ``"reanchored"``, so the
  user can check it (see ``_judge_move``);
* nothing good enough -> **orphan**: ``start``/``end`` become NULL, while
  ``exact``/``prefix``/``suffix`` keep the old text so it can still be shown and
  re-attached. Orphans are never deleted.

Placed annotations get fresh selectors (``exact``, ``prefix``, ``suffix``) from the
new text, so a later edit is matched against what the article says now. Orphans
are tried again on every later replacement (the text may come back).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..anchoring import WORDS, make_selector
from ..messages import Message
from ..models import Annotation, ImportedArticle
from ..textnorm import content_hash
from .annotations import Annotations
from .articles import Articles
from .base import LibraryError, NotFound, Service, Session, TextChanged, now, write
from .collections import Collections
from .placement import place

METADATA_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "published_partial", "published_inferred", "language", "photo_credit",
                   "original_name", "original_format", "original_hash")
"""Article fields ``replace`` may change along with the text."""


def newer_details(version: Mapping[str, Any]) -> dict[str, Any]:
    """The details a newer version of an article brings along with its text (a re-import's
    page, a merged library's article whose newer text replaces the one here): each of
    ``METADATA_FIELDS`` it has that is not empty (an empty one never erases what is here),
    the date as one piece (its partial and inferred marks with it): a corrected page's
    new title, byline or date comes with the correction."""
    details = {k: version[k] for k in METADATA_FIELDS
               if k not in _DATE_FIELDS and version.get(k)}
    if version.get("published") or version.get("published_partial"):
        details.update(published=version.get("published") or "",
                       published_partial=version.get("published_partial") or "",
                       published_inferred=int(version.get("published_inferred") or 0))
    return details


_DATE_FIELDS = ("published", "published_partial", "published_inferred")
_SPAN_FIELDS = ("id", "exact", "prefix", "suffix", "start", "end", "anchor", "updated_at")
"""An annotation's fields ``snapshot`` keeps and ``restore`` puts back."""


#: how many words a run shares to count as shared text (``one_story``)
_RUN = 5
#: the share of the shorter text's runs of words the other must hold to be a version of it
SAME_STORY = 0.3


def _runs(text: str) -> set[tuple[str, ...]]:
    words = WORDS.findall(text.casefold())
    if len(words) < _RUN:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + _RUN]) for i in range(len(words) - _RUN + 1)}


def one_story(old: str, new: str) -> bool:
    """Whether ``new`` is a version of ``old`` (edited, cut, grown, corrected): at least
    ``SAME_STORY`` of the shorter one's five-word runs appear in the other. A re-import
    from the same file or URL that shares less is another story, not an edit."""
    a, b = _runs(old), _runs(new)
    if not a or not b:
        return not a and not b
    return len(a & b) >= SAME_STORY * min(len(a), len(b))


#: how long, against the stored text, a re-import must be to replace it (in words)
KEEPS_MOST = 0.5


def keeps_most(old: str, new: str) -> bool:
    """Whether ``new`` is at least ``KEEPS_MOST`` as long as ``old`` in words. A version
    that is much shorter (a paywall teaser, a half-saved page, a cut syndicated copy) would
    take the rest of the text, and the annotations on it, out of the library with no undo
    from the command line (review R16-6): it is stored as a new article instead."""
    return len(WORDS.findall(new)) >= KEEPS_MOST * len(WORDS.findall(old))


def _normalize(text: str) -> str:
    """The importers' normalisation of a new text (they load when first needed: the app's
    window uses this module at start, and needs no importer then)."""
    from ..importers.decode import normalize_text

    return normalize_text(text)


@dataclass
class ReanchorReport:
    """What ``replace`` did to one article's annotations."""

    article_id: int
    text_changed: bool = True
    kept: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    reanchored: list[int] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)
    #: the (article UUID, version) pairs kept of the parts it changed (``note_versions``)
    versions: list[tuple[str, str]] = field(default_factory=list)

    @property
    def placed(self) -> int:
        return len(self.kept) + len(self.moved) + len(self.reanchored)

    def summary(self) -> str:
        if not self.text_changed:
            return "The text is unchanged."
        parts = [f"{len(self.kept)} kept", f"{len(self.moved)} moved"]
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} re-anchored (please check)")
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} could not be placed")
        return "Text replaced; annotations: " + ", ".join(parts) + "."


class Texts(Service):
    """``library.texts``: replace an article's text and place its annotations again.

    Rules here (where each annotation goes, never over a newer text), storage behind
    ``store.interfaces.ArticleStore`` and ``AnnotationStore``: no SQL.
    """

    def __init__(self, session: Session, articles: Articles, annotations: Annotations,
                 collections: Collections):
        super().__init__(session)
        self._collections = collections
        self._articles = articles
        self._annotations = annotations

    @write
    def replace(self, article_id: int, new_text: str, based_on: str | None = None,
                **metadata: Any) -> ReanchorReport:
        """Give an article new text (and optionally new details) and re-place its annotations.

        One transaction: if anything fails, the article and its annotations stay as they were.
        ``based_on`` is the hash (``content_hash``) of the text the new one was edited from:
        if the article's text is no longer that one (re-imported meanwhile), nothing is
        replaced, so an edit never silently overwrites a newer text.
        """
        unknown = set(metadata) - set(METADATA_FIELDS)
        if unknown:
            raise ValueError(f"Cannot set {', '.join(sorted(unknown))}")
        new_text = _normalize(new_text)
        if not new_text.strip():
            raise LibraryError(Message(
                "lib.article-text-cannot-empty", "The article's text cannot be empty."))
        with self._tx():
            if based_on is not None and content_hash(self._articles.text(article_id)) != based_on:
                raise TextChanged(Message(
                    "lib.text-changed-while-editing", "The article's text changed since it was "
                    "opened for editing (it was re-imported or edited elsewhere); nothing was "
                    "replaced. Open it again to edit the new text."))
            report = self._replace_text(article_id, new_text, metadata)
        self._changed("articles", article_id)
        self._changed("annotations", article_id)
        return report

    def _replace_text(self, article_id: int, new_text: str, metadata: dict[str, Any]
                      ) -> ReanchorReport:
        old_text = self._articles.text(article_id)
        stamp = now()
        values = {k: v.strip() if isinstance(v, str) else "" if v is None else v
                  for k, v in metadata.items()}
        report = ReanchorReport(article_id, text_changed=new_text != old_text)
        if report.text_changed:
            values.update(text=new_text, content_hash=content_hash(new_text))
            self._forget_dismissed_gone(article_id, new_text)
        if values:
            before = self._stores.articles.get(article_id)
            self._stores.articles.update(article_id, {**values, "updated_at": stamp})
            report.versions = self._articles.note_versions(article_id, before)
        notes = self._stores.annotations.spans(article_id)
        for note in notes:
            if not report.text_changed and note["anchor"] != "orphan":
                report.kept.append(note["id"])
                continue
            placed = self._place_again(new_text, note, stamp)
            if placed != "orphan":
                getattr(report, placed).append(note["id"])
        report.orphaned = self._annotations.orphans(article_id, everyone=True)
        return report

    def _dismissed_again(self, article_id: int, snapshot: dict[str, Any]) -> None:
        """The snapshot's dismissals the text put back has words for and the library no
        longer has (those ``_forget_dismissed_gone`` forgot), as they were."""
        store = self._stores.suggestions
        there = {(r["kind"], r["exact"], r["coder_id"]) for r in store.dismissed_rows(article_id)}
        for row in snapshot.get("dismissed", ()):
            if ((row["kind"], row["exact"], row["coder_id"]) not in there
                    and row["exact"] in snapshot["article"]["text"]):
                store.dismiss(article_id, row["kind"], row["exact"], row["dismissed_at"],
                              row["coder_id"])

    def _forget_dismissed_gone(self, article_id: int, text: str) -> None:
        """Every coder's dismissed suggestions whose words ``text`` no longer has are
        forgotten (review R22-7: a dismissal keeps its passage in full, so words Edit
        Article Text or a corrected page removed stayed readable in the file; the row
        deleted is zeroed where SQLite deletes securely). Undo puts them back (``snapshot``
        keeps them, in memory)."""
        store = self._stores.suggestions
        for kind, exact in store.dismissed(article_id):
            if exact not in text:
                store.undismiss(article_id, kind, exact)

    def _place_again(self, text: str, note: dict[str, Any], stamp: str) -> str:
        """Place an annotation (its ``_SPAN_FIELDS``) in the article's ``text`` as it now is
        (inside the caller's transaction): "kept", "moved", "reanchored" or "orphan"."""
        state, start, end = place(text, note)
        if start is None or end is None:  # (an orphan)
            self._stores.annotations.update(note["id"], {
                "start": None, "end": None, "anchor": "orphan", "updated_at": stamp})
            return "orphan"
        if (start, end) == (note["start"], note["end"]) and state == "anchored":
            placed = "kept"
            if note["anchor"] == "reanchored":
                state = "reanchored"  # still waiting for the user to check it
        else:
            placed = "moved" if state == "anchored" else "reanchored"
        selector = make_selector(text, start, end)
        changed = {k: v for k, v in selector.items() if note[k] != v}
        if changed or state != note["anchor"]:
            self._stores.annotations.update(
                note["id"], {**changed, "anchor": state, "updated_at": stamp})
        return placed


    def snapshot(self, article_id: int) -> dict[str, Any]:
        """The article's text, details and annotation spans, for ``restore`` (undo)."""
        article = self._stores.articles.get(article_id)
        if article is None:
            raise NotFound(Message(
                "lib.no-article", "There is no article {article_id}.",
                article_id=article_id))
        fields = ("text", "content_hash", "updated_at", *METADATA_FIELDS)
        return {
            "article_id": article_id,
            "article": {k: article[k] for k in fields},
            "annotations": [{k: note[k] for k in _SPAN_FIELDS}
                            for note in self._stores.annotations.spans(article_id)],
            "dismissed": self._stores.suggestions.dismissed_rows(article_id),
        }

    @write
    def restore(self, snapshot: dict[str, Any], based_on: str | None = None,
                note_versions: bool = False) -> ReanchorReport:
        """Put back what ``snapshot`` saw: text, details and every annotation's span; an
        annotation made since (on the text being undone: by a colleague, another program)
        is placed again in the text put back, as a re-import places them (moved, re-anchored
        or an orphan with its words), never left at offsets into the text that is gone
        (review R18-7).

        ``based_on``: the hash of the text being undone; if the article's text is another
        by now (re-imported elsewhere), nothing is put back over that newer text.
        ``note_versions``: what is put back is a change of its own (the undo of Edit Article
        Text): noted in the merge versions as a typed change is (``Articles.note_versions``:
        a value set back is a later event of it), so the other library takes the undo
        rather than giving it back at the next merge (review R19-3). The undo of a merge
        leaves it off: it forgets the merge's versions instead, so its redo takes the
        file's again.
        Returns what became of the annotations made since (none: an empty report).
        """
        article_id = snapshot["article_id"]
        report = ReanchorReport(article_id)
        with self._tx():
            self._articles.get(article_id)
            if based_on is not None and content_hash(self._articles.text(article_id)) != based_on:
                raise TextChanged(Message(
                    "lib.text-changed-not-restored", "The article's text changed since (it was "
                    "re-imported or edited elsewhere); the older text was not put back over it."))
            before = self._stores.articles.get(article_id) if note_versions else None
            notes_before = (self._annotations.where(article_ids=[article_id], everyone=True)
                            if note_versions else [])
            self._stores.articles.update(article_id, snapshot["article"])
            self._dismissed_again(article_id, snapshot)
            if before is not None:
                report.versions = self._articles.note_versions(article_id, before)
            for note in snapshot["annotations"]:
                if self._stores.annotations.head(note["id"]) is not None:
                    self._stores.annotations.update(note["id"], {
                        k: v for k, v in note.items() if k != "id"})
            if notes_before:  # (each span put back is a change of its own too: R19-7)
                notes_after = {n.id: n for n in self._annotations.where(
                    article_ids=[article_id], everyone=True)}
                self._annotations.note_versions(
                    (n, notes_after[n.id]) for n in notes_before if n.id in notes_after)
            known, stamp = {note["id"] for note in snapshot["annotations"]}, now()
            lost = []
            for note in self._stores.annotations.spans(article_id):
                if note["id"] not in known:
                    placed = self._place_again(snapshot["article"]["text"], note, stamp)
                    if placed == "orphan":
                        lost.append(note["id"])
                    else:
                        getattr(report, placed).append(note["id"])
            if lost:
                report.orphaned = self._annotations.where(ids=lost, everyone=True)
        self._changed("articles", article_id)
        self._changed("annotations", article_id)
        return report

    @write
    def replace_previous_version(
        self, imported: ImportedArticle, original_path: str = "", url: str = "",
        collection_id: int | None = None,
    ) -> tuple[int, ReanchorReport] | None:
        """Re-import: new text for the article last imported from the same file or URL.

        Returns None (nothing done) when the library has the text from the same outlet
        (``articles.present``; another outlet's copy of it may be this file's new version),
        no article came from that place, or the one that did is another story
        (``one_story``) or more than the new text keeps (``keeps_most``); the caller then
        stores it as usual.
        """
        if not (original_path or url):
            return None
        with self._tx():
            if self._articles.present(imported) is not None:  # (its outlet has the text)
                return None
            if original_path:
                found = self._stores.articles.find("original_path", [original_path],
                                                   latest=True)
            else:
                urls = [url] + ([imported.url] if imported.url and imported.url != url else [])
                found = self._stores.articles.find("url", urls, latest=True)
            if found is None:
                return None
            article_id = found
            stored = self._articles.text(article_id)
            if not one_story(stored, imported.text) or not keeps_most(stored, imported.text):
                # the same file name or URL now holds another story (a reused "article.html",
                # a scraper's day01.html, a site naming its home page canonical; review
                # R15-18) or a cut copy that drops most of this one (a teaser, a half-saved
                # page; R16-6): a new article, never the old one's text replaced
                return None
            metadata = newer_details({k: getattr(imported, k, "") for k in METADATA_FIELDS})
            report = self._replace_text(article_id, _normalize(imported.text), metadata)
            self._stores.pages.set(article_id, imported.pages)  # the new version's pages
            if collection_id:
                self._collections.link(article_id, collection_id)
        self._changed("articles", article_id)
        self._changed("annotations", article_id)
        return article_id, report

