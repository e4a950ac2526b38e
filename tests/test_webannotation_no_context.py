"""Review RR21-2: a Web Annotation from another tool with a TextQuoteSelector and no
prefix or suffix (the standard makes them optional) whose span starts inside a word was
moved to the whole word on import ("gerahkan" became "mengerahkan", marked re-anchored):
without context its edges counted as a word's edges. Where its position still holds its
words, it stays as it was chosen; a Kutip selector's rules (R21-9) are unchanged."""

from __future__ import annotations

from reader.core.anchoring import reanchor
from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"


def _annotation(article, start, end, position=True):
    selectors = [{"type": "TextQuoteSelector", "exact": article.text[start:end]}]
    if position:
        selectors.append({"type": "TextPositionSelector", "start": start, "end": end})
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
            "first": {"type": "AnnotationPage", "items": [{
                "type": "Annotation", "motivation": "highlighting",
                "target": {"source": "urn:kutip:article:" + article.content_hash,
                           "selector": selectors}}]}}


def test_a_span_inside_a_word_without_context_is_imported_as_chosen(tmp_path):
    with open_library(tmp_path / "l.sqlite") as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        article = library.articles.get(article_id)
        start = article.text.index("mengerahkan") + 3
        end = start + len("gerahkan")
        report = library.exports.import_annotations(_annotation(article, start, end))
        assert report.imported == 1
        [note] = library.annotations.where()
        assert (note.exact, note.start, note.end, note.anchor) == (
            "gerahkan", start, end, "anchored")  # (was "mengerahkan", re-anchored)


def test_kutips_own_selector_at_a_word_edge_still_refuses_a_glued_match():
    """R21-9 holds: a stored span that began at a word's edge (its prefix says so) is not
    found as the start of a longer word."""
    new = "Suku bunga tetapkan rendah."  # (stored: "Suku bunga tetap rendah.")
    found = reanchor(new, "Suku bunga tetap", "", " rendah.", 0, 16)
    assert (found.start, found.end) != (0, 16) or found.state != "anchored"


def test_a_collection_listing_its_items_itself_is_read(tmp_path):
    """Its annotations under the collection's own "items" (not a "first" page) were left
    out without a word: "0 imported"."""
    with open_library(tmp_path / "l.sqlite") as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        article = library.articles.get(article_id)
        start = article.text.index("mengerahkan")
        data = _annotation(article, start, start + len("mengerahkan"))
        data["items"] = data.pop("first")["items"]
        assert library.exports.import_annotations(data).imported == 1
