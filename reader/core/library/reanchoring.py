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

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..anchoring import make_selector, reanchor
from ..importers import content_hash
from ..importers.decode import normalize_text
from ..models import Annotation, ImportedArticle
from ..store.pages import set_pages
from .annotations import TextChanged, trim_span
from .base import LibraryBase, LibraryError, NotFound, now

METADATA_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "language", "photo_credit", "original_name", "original_format")
"""Article fields ``replace_text`` may change along with the text."""

SAME_SIDE = 0.9
"""A quote found elsewhere is in its old place if one side's context is at least this similar…"""
SAME_CONTEXT = 0.75
"""… or both sides together (mean similarity) are at least this similar."""


@dataclass
class ReanchorReport:
    """What ``replace_text`` did to one article's annotations."""

    article_id: int
    text_changed: bool = True
    kept: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    reanchored: list[int] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)

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


class ReanchorMixin(LibraryBase):
    def replace_text(self, article_id: int, new_text: str, based_on: str | None = None,
                     **metadata) -> ReanchorReport:
        """Give an article new text (and optionally new details) and re-place its annotations.

        One transaction: if anything fails, the article and its annotations stay as they were.
        ``based_on`` is the hash (``content_hash``) of the text the new one was edited from:
        if the article's text is no longer that one (re-imported meanwhile), nothing is
        replaced, so an edit never silently overwrites a newer text.
        """
        unknown = set(metadata) - set(METADATA_FIELDS)
        if unknown:
            raise ValueError(f"Cannot set {', '.join(sorted(unknown))}")
        new_text = normalize_text(new_text)
        if not new_text.strip():
            raise LibraryError("The article's text cannot be empty.")
        with self._tx():
            if based_on is not None and content_hash(self._article_text(article_id)) != based_on:
                raise TextChanged("The article's text changed since it was opened for editing"
                                  " (it was re-imported or edited elsewhere); nothing was"
                                  " replaced. Open it again to edit the new text.")
            report = self._replace_text(article_id, new_text, metadata)
        self._changed("articles", article_id)
        self._changed("annotations", article_id)
        return report

    def _replace_text(self, article_id: int, new_text: str, metadata: dict) -> ReanchorReport:
        row = self._one("SELECT text FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(f"There is no article {article_id}.")
        old_text = row["text"]
        stamp = now()
        values = {k: (v or "").strip() for k, v in metadata.items()}
        report = ReanchorReport(article_id, text_changed=new_text != old_text)
        if report.text_changed:
            values.update(text=new_text, content_hash=content_hash(new_text))
        if values:
            self.db["articles"].update(article_id, {**values, "updated_at": stamp})
        notes = self._all(
            'SELECT id, exact, prefix, suffix, start, "end", anchor FROM annotations'
            " WHERE article_id = ? ORDER BY id", [article_id])
        for note in notes:
            if not report.text_changed and note["anchor"] != "orphan":
                report.kept.append(note["id"])
                continue
            state, start, end = _place(new_text, note)
            if state == "orphan":
                self.db["annotations"].update(note["id"], {
                    "start": None, "end": None, "anchor": "orphan", "updated_at": stamp})
                continue
            if (start, end) == (note["start"], note["end"]) and state == "anchored":
                report.kept.append(note["id"])
                if note["anchor"] == "reanchored":
                    state = "reanchored"  # still waiting for the user to check it
            elif state == "anchored":
                report.moved.append(note["id"])
            else:
                report.reanchored.append(note["id"])
            selector = make_selector(new_text, start, end)
            changed = {k: v for k, v in selector.items() if note[k] != v}
            if changed or state != note["anchor"]:
                self.db["annotations"].update(
                    note["id"], {**changed, "anchor": state, "updated_at": stamp})
        report.orphaned = self.orphans(article_id)
        return report

    def reattach(self, annotation_id: int, start: int, end: int, seen=None) -> Annotation:
        """Place an annotation (usually an orphan) on ``text[start:end]``, trimmed of spaces.

        ``seen`` (a ``SeenSpan``) guards against a text changed underneath, as in ``annotate``.
        """
        annotation = self.get_annotation(annotation_id)
        text = self._article_text(annotation.article_id)
        if seen is not None:
            start, end = self._seen_span(text, seen)
        if not (0 <= start < end <= len(text)):
            raise LibraryError("Select the text this annotation belongs to.")
        start, end = trim_span(text, start, end)
        if start == end:
            raise LibraryError("Select the text this annotation belongs to.")
        return self.update_annotation(annotation_id, start=start, end=end)

    def mark_orphan(self, annotation_id: int) -> Annotation:
        """Detach an annotation from the text, keeping its quote and context."""
        annotation = self.get_annotation(annotation_id)
        with self._tx():
            self.db["annotations"].update(annotation_id, {
                "start": None, "end": None, "anchor": "orphan", "updated_at": now()})
        self._changed("annotations", annotation.article_id)
        return self.get_annotation(annotation_id)

    def text_snapshot(self, article_id: int) -> dict:
        """The article's text, details and annotation spans, for ``restore_text`` (undo)."""
        article = self._one("SELECT * FROM articles WHERE id = ?", [article_id])
        if article is None:
            raise NotFound(f"There is no article {article_id}.")
        fields = ("text", "content_hash", "updated_at", *METADATA_FIELDS)
        return {
            "article_id": article_id,
            "article": {k: article[k] for k in fields},
            "annotations": self._all(
                'SELECT id, exact, prefix, suffix, start, "end", anchor, updated_at'
                " FROM annotations WHERE article_id = ?", [article_id]),
        }

    def restore_text(self, snapshot: dict) -> None:
        """Put back what ``text_snapshot`` saw: text, details and every annotation's span."""
        article_id = snapshot["article_id"]
        with self._tx():
            self.get_article(article_id)
            self.db["articles"].update(article_id, snapshot["article"])
            for note in snapshot["annotations"]:
                exists = self._one("SELECT id FROM annotations WHERE id = ?", [note["id"]])
                if exists is not None:
                    self.db["annotations"].update(note["id"], {
                        k: v for k, v in note.items() if k != "id"})
        self._changed("articles", article_id)
        self._changed("annotations", article_id)

    def _replace_previous_version(
        self, imported: ImportedArticle, original_path: str = "", url: str = "",
        collection_id: int | None = None,
    ) -> tuple[int, ReanchorReport] | None:
        """Re-import: new text for the article last imported from the same file or URL.

        Returns None (nothing done) when the text is already in the library or no
        article came from that place; the caller then stores it as usual.
        """
        if not (original_path or url):
            return None
        with self._tx():
            if imported.content_hash and self.find_duplicate(imported.content_hash) is not None:
                return None
            if original_path:
                row = self._one("SELECT id FROM articles WHERE original_path = ?"
                                " ORDER BY id DESC LIMIT 1", [original_path])
            else:
                urls = [url] + ([imported.url] if imported.url and imported.url != url else [])
                row = self._one(f"SELECT id FROM articles WHERE url IN "
                                f"({','.join('?' * len(urls))}) ORDER BY id DESC LIMIT 1", urls)
            if row is None:
                return None
            article_id = row["id"]
            metadata = {k: getattr(imported, k) for k in METADATA_FIELDS
                        if getattr(imported, k)}
            report = self._replace_text(article_id, normalize_text(imported.text), metadata)
            set_pages(self.db.conn, article_id, imported.pages)  # the new version's pages
            if collection_id:
                self.db.execute("INSERT OR IGNORE INTO article_collections"
                                " (article_id, collection_id) VALUES (?, ?)",
                                [article_id, collection_id])
        self._changed("articles", article_id)
        self._changed("annotations", article_id)
        return article_id, report


def _place(text: str, note: dict) -> tuple[str, int | None, int | None]:
    """Where a stored annotation belongs in ``text``: (state, start, end)."""
    exact, prefix, suffix = note["exact"], note["prefix"], note["suffix"]
    old_start = note["start"] if note["start"] is not None else 0
    old_end = note["end"] if note["end"] is not None else old_start + len(exact)
    found = reanchor(text, exact, prefix, suffix, old_start, old_end)
    if found.state == "orphan" or found.start is None or found.end is None:
        return "orphan", None, None
    start, end = found.start, found.end
    if found.state == "anchored" and (start, end) != (note["start"], note["end"]):
        state = _judge_move(text, exact, prefix, suffix, start, end)
        if state == "orphan":
            return "orphan", None, None
        return state, start, end
    if not text[start:end].strip():
        return "orphan", None, None
    return found.state, start, end


def _judge_move(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> str:
    """The same words found elsewhere: is it the same place?

    Context that agrees (one side intact, or both close) -> "anchored". A lone
    occurrence in a changed context is probably it -> "reanchored" (to check). One
    of several occurrences needs both sides to agree; with one side intact it is
    "reanchored", with neither it is a guess, and a guess is never attached.
    """
    before, after = _context_similarity(text, prefix, suffix, start, end)
    mean = (before + after) / 2
    one_side = max(before, after) >= SAME_SIDE
    if text.count(exact) == 1:
        return "anchored" if one_side or mean >= SAME_CONTEXT else "reanchored"
    if mean >= SAME_CONTEXT and min(before, after) >= 0.5:
        return "anchored"
    return "reanchored" if one_side else "orphan"


def _context_similarity(text: str, prefix: str, suffix: str, start: int, end: int
                        ) -> tuple[float, float]:
    def similar(old: str, new: str) -> float:
        return 1.0 if not old else fuzz.ratio(old, new) / 100.0

    return (similar(prefix, text[max(0, start - len(prefix)) : start]),
            similar(suffix, text[end : end + len(suffix)]))
