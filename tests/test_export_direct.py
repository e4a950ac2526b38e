"""Kutip's shipped Markdown templates written by Python (``export/direct.py``) write exactly
what Jinja's own, sandboxed rendering of the template files writes: every grouping, scope,
filter, hashtag choice and title, on randomized libraries (paragraphs, ``\\r\\n``, Markdown
specials, control characters, empty and blank speakers, nested tags, unicode, orphans,
hostile URLs), with brief and with whole annotations, and under blind coding. A changed
template file is rendered by Jinja again, and the hashes here say so."""

from __future__ import annotations

import functools
import random
import shutil
from pathlib import Path

import jinja2
import pytest

from reader.core.export import direct, markdown, rendering
from reader.core.export.direct import WRITTEN_FROM, direct_renderer, file_hash
from reader.core.export.language import export_labels
from reader.core.export.templates import templates_dir
from reader.core.library import ArticleFilter, Library
from reader.core.models import ImportedArticle
from tests.test_export_lean_render import (
    GROUPS,
    PIECES,
    SPEAKERS,
    TAGS,
    _library,
    export_scopes,
)

#: more of what a quote, a note or a name may hold than the lean test's library has
AWKWARD = ["", " ", "\n", "  \n\n  ", "a\n\n\n\nb", "\n\nawal", "akhir\n\n", "x\r\ny\rz",
           "> kutip\n>\n> lagi", "# judul\n\n## sub", "1. satu\n2. dua", "*Note:* palsu",
           "— In palsu", "Tags: palsu", "---", "\x00\x1f\x7f\x85", "\u2028baris\u2029",
           "\u00a0", "&#61;&amp;<i>|</i>", "`", "\\", "_", "ñ" * 300, "😀\n\n😀",
           "Lav\u202erov", "\u2066x\u2069 \u200f\u202b", "\u202d1. \u2068-"]


@functools.cache
def _sandbox(path: Path) -> jinja2.Template:
    """The template compiled by Jinja's own code generator, in the sandbox a user's template
    gets (in process; compiled once for all the renders here)."""
    return rendering._environment(path, None, sandboxed=True).get_template(path.name)


def _sandboxed(path: Path, context: rendering.Context) -> str:
    return markdown.collapse_blank_lines(_sandbox(path).render(context))


def _direct(items, group: str, hashtags: bool, title: str, language: str = "en") -> str:
    assert direct_renderer(templates_dir() / f"by-{group}.md.j2", group) is not None
    return "".join(markdown.markdown_chunks(items, group, hashtags=hashtags, title=title,
                                            language=language))


#: (hashtags, title, the export's language) of each render compared
CHOICES = ((False, "", "en"), (True, "Ekspor *uji*", "en"), (False, "\n", "id"),
           (True, "", "id"))


def _compare(items, tag: str, library: Library | None = None,
             scope: dict | None = None) -> int:
    """The direct writers' text of ``items`` is Jinja's; with ``library``, so is what the
    service writes of ``scope`` (``Exports.export_rows``: the store's plain rows)."""
    compared = 0
    for group in GROUPS:
        path = templates_dir() / f"by-{group}.md.j2"
        for hashtags, title, language in CHOICES:
            pairs = [(article, list(anns)) for article, anns in items]
            context = markdown._context(pairs, group, hashtags, title,
                                        export_labels(language))
            expected = _sandboxed(path, context)
            assert _direct(items, group, hashtags, title, language) == expected, \
                (tag, group, hashtags, title, language)
            if library is not None:
                assert library.exports.render(group=group, hashtags=hashtags, title=title,
                                              language=language, **(scope or {})) == expected, \
                    (tag, "rows", group, hashtags, title, language)
            compared += 1
    return compared


def _awkward_library(path: Path, seed: int) -> Library:
    """The lean test's randomized library, plus annotations whose quote, note, speaker and
    verdict are the awkward strings themselves."""
    rng = random.Random(seed)
    library = _library(path, seed)
    for n, text in enumerate(AWKWARD):
        body = f"Awal {n}. {text} {rng.choice(PIECES)} tengah {n}. {text} akhir."
        article_id, _ = library.articles.add(ImportedArticle(
            title=rng.choice(AWKWARD) or f"Judul {n}", text=body, source=rng.choice(AWKWARD),
            authors=rng.choice(AWKWARD), url=rng.choice(["https://a.test/(x)", "data:x", ""]),
            content_hash=f"awkward-{seed}-{n}"))
        for _ in range(3):
            start = rng.randrange(0, len(body) - 1)
            end = rng.randint(start + 1, len(body))
            if not body[start:end].strip():
                continue
            try:
                library.annotations.add(
                    article_id, start, end, kind=rng.choice(["quote", "claim", "highlight"]),
                    speaker=rng.choice(SPEAKERS + [rng.choice(AWKWARD)]),
                    tags=rng.sample(TAGS + ["a/b/c", "a/b", "A/B"], rng.randint(0, 4)),
                    note=rng.choice(AWKWARD))
            except Exception:  # a span or a name the rules refuse
                continue
    # an article with nothing but a title and its text: no byline at all
    bare, _ = library.articles.add(ImportedArticle(title="Polos", text="Hanya teks. Lagi.",
                                                   content_hash=f"bare-{seed}"))
    library.annotations.add_exact(bare, "Hanya teks", kind="quote")
    library.annotations.add_exact(bare, "Lagi", kind="claim", note="\n\n\n")
    return library


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_direct_writers_write_what_jinja_writes(tmp_path, seed):
    library = _awkward_library(tmp_path / "lib.sqlite", seed)
    try:
        scopes = export_scopes(library, at_least=30)
        compared = 0
        for n, scope in enumerate(scopes):
            compared += _compare(library.exports.brief_items(**scope), f"brief {n}",
                                 library, scope)
            compared += _compare(library.exports.items(**scope), f"whole {n}")
        assert compared == len(scopes) * 2 * len(GROUPS) * len(CHOICES)
    finally:
        library.close()


def test_blind_coding_exports_the_same_both_ways(tmp_path):
    library = _awkward_library(tmp_path / "lib.sqlite", 5)
    try:
        articles = [a.id for a, _ in library.exports.brief_items()]
        library.coders.use("Ana")
        for article_id in articles[::2]:
            library.annotations.add_exact(article_id, library.articles.text(article_id)[:12],
                                          kind="quote", speaker="Ana Coder")
        collection = library.collections.id_of("Buta", create=True)
        library.collections.add(articles[::2], collection)
        library.coders.set_blind(collection)
        for coder in ("Ana", None):
            library.coders.use(coder)
            items = library.exports.brief_items()
            seen = {n.coder for _, anns in items for n in anns}
            assert ("Ana" in seen) == (coder == "Ana")
            _compare(items, f"blind as {coder}", library)
            rows, _, _, _ = library.exports.export_rows()
            assert len(rows) == sum(len(anns) for _, anns in items)
            assert all(len(row) == 7 for row in rows)
            for scope in ({"where": ArticleFilter(coder="Ana")},
                          {"where": ArticleFilter(coder="Ana", tag="perang")},
                          {"annotation_ids": [n.id for _, anns in items for n in anns][::2]},
                          {"article_ids": articles[::3]}):
                _compare(library.exports.brief_items(**scope), f"blind {coder} {scope}",
                         library, scope)
    finally:
        library.close()


def test_the_service_writes_the_shipped_templates_directly(tmp_path, monkeypatch):
    """``Exports.render`` of a shipped template goes through the direct writers (Jinja is not
    asked), and a copy of the templates rendered as a user's (sandboxed child process,
    whole annotations) writes the same text."""
    library = _library(tmp_path / "lib.sqlite", 7)
    copies = tmp_path / "templates"
    shutil.copytree(templates_dir(), copies)
    try:
        expected = {group: library.exports.render(group=group, template=copies /
                                                  f"by-{group}.md.j2", hashtags=True)
                    for group in GROUPS}

        def no_jinja(*args, **kwargs):
            raise AssertionError("a shipped template went to Jinja")

        monkeypatch.setattr(markdown, "render_chunks", no_jinja)
        for group in GROUPS:
            assert library.exports.render(group=group, hashtags=True) == expected[group]
    finally:
        library.close()


def test_the_hashes_are_those_of_the_shipped_files():
    """A shipped template changed? Bring ``export/direct.py``'s writer up to date with it
    (this file's other tests compare them), then its hash in ``WRITTEN_FROM``."""
    for name, digest in WRITTEN_FROM.items():
        assert file_hash(templates_dir() / name) == digest, name


def test_a_changed_or_other_template_goes_to_jinja(tmp_path, monkeypatch):
    for group in GROUPS:
        assert direct_renderer(templates_dir() / f"by-{group}.md.j2", group) is not None
    # the by-article template asked to group by speaker: what Jinja does with it
    assert direct_renderer(templates_dir() / "by-article.md.j2", "speaker") is None
    assert direct_renderer(templates_dir() / "trail.md.j2", "article") is None
    copies = tmp_path / "templates"
    shutil.copytree(templates_dir(), copies)  # a user's copy: sandboxed, not written here
    assert direct_renderer(copies / "by-article.md.j2", "article") is None
    changed = dict(WRITTEN_FROM, **{"by-tag.md.j2": "0" * 64})
    monkeypatch.setattr(direct, "WRITTEN_FROM", changed)
    assert direct_renderer(templates_dir() / "by-tag.md.j2", "tag") is None
    assert direct_renderer(templates_dir() / "by-speaker.md.j2", "speaker") is not None
    monkeypatch.setattr(direct, "WRITTEN_FROM", dict(WRITTEN_FROM, **{
        "_front_matter.md.j2": "0" * 64}))
    assert direct_renderer(templates_dir() / "by-speaker.md.j2", "speaker") is None


def test_an_export_ending_on_a_block_boundary_ends_with_one_newline(tmp_path):
    """The parts of a big export are handed on every ``block`` entries: when the last entry
    filled a block, the text ended with three newlines instead of one (every 2,048th count
    of entries and headings). Every block size writes Jinja's text, in parts that join to
    it, the whole text in one part too."""
    library = _library(tmp_path / "lib.sqlite", 4)
    try:
        items = library.exports.brief_items()
        for group in GROUPS:
            path = templates_dir() / f"by-{group}.md.j2"
            pairs = [(article, list(anns)) for article, anns in items]
            expected = _sandboxed(path, markdown._context(pairs, group, False, ""))
            for block in (*range(1, 12), 2048, None):
                parts = list(library.exports.chunks(group=group, block=block))
                assert "".join(parts) == expected, (group, block)
            assert len(list(library.exports.chunks(group=group, block=None))) == 1
    finally:
        library.close()


def test_the_articles_an_export_cites_have_what_it_prints(tmp_path):
    """``Articles.cited``: in the order asked, unknown ids left out, with every field the
    templates print (``cite``, ``byline``, the front matter) as ``rows`` has it."""
    library = _library(tmp_path / "lib.sqlite", 6)
    try:
        ids = [a.id for a, _ in library.exports.brief_items()][::-1]
        asked = [*ids, max(ids) + 100]
        cited = library.articles.cited(asked)
        whole = library.articles.rows(ids)
        assert [a.id for a in cited] == ids
        for short, full in zip(cited, whole, strict=True):
            for field in ("title", "source", "authors", "url", "published",
                          "published_partial", "published_inferred"):
                assert getattr(short, field) == getattr(full, field), field
            assert short.date_label() == full.date_label()
        assert library.articles.cited([]) == []
    finally:
        library.close()


def test_a_quote_of_plain_paragraphs_is_told_in_one_scan():
    """``_quoted`` writes a quote of plain paragraphs with two ``replace``s when one
    possessive scan (``_PLAIN_PARAGRAPHS``) finds nothing to escape, strip or drop in it: the
    same quotes as ``_PLAIN_LINES`` without a control character (two scans before), and the
    same text as ``md | blockquote``, for random texts of everything either looks at."""
    from reader.core.export import escaping

    pieces = ["a", "kata", " ", "\n", "\n\n", "\t", "\r", "\x00", "\x01", "\x0b", "\x1c",
              "\x1f", "\x7f", "\x85", "\x9f", "\xa0", "\u2028", "\u200b", "é", "*", "_", "`",
              "\\", "[", "]", "#", "&", "<", "|", "=", "1", "9.", "+", ">", "-", "x y"]
    rnd = random.Random(12)
    told = 0
    for _ in range(40_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        plain = bool(escaping._PLAIN_LINES.fullmatch(text)
                     and not escaping._CONTROL.search(text))
        assert bool(direct._PLAIN_PARAGRAPHS.fullmatch(text)) == plain, repr(text)
        assert direct._quoted(text) == escaping.blockquote(escaping.escape_markdown(text))
        told += plain
    assert told > 2_000  # (the plain ones were tried too, not only the others)


def test_a_quote_of_ascii_is_told_plain_without_a_regex(tmp_path):
    """The writers tell a quote of ASCII that ``md | blockquote`` writes as it is by bytes
    (``_ASCII_UNSAFE``, ``_ASCII_STARTS``), others by ``isprintable`` and ``_LINE``: each
    entry starts with what ``md | blockquote`` writes of its quote, for random quotes of
    every ASCII character and some that are not."""
    from reader.core.export import escaping

    pieces = [chr(c) for c in range(128)] + ["kata", "x y", "é", "\xa0", "\u2028", "\x85"]
    rnd = random.Random(12)
    quotes = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
              for _ in range(30_000)]
    quotes += ["kata biasa", "1 kata", "kata ", " kata", "=", "-", "a-b", "a=1", ""]
    article = direct.Article(1, "Judul")
    rows = [(1, "quote", quote, "", "", "", None) for quote in quotes]
    entries = direct._Entries(rows, {1: article}, False, "", list, None)
    plain = 0
    for quote, entry in zip(quotes, entries.texts(rows), strict=True):
        written = escaping.blockquote(escaping.escape_markdown(quote))
        assert entry.startswith(f"{written}\n\n— In "), repr(quote)
        plain += written == f"> {quote}"
    assert plain > 3_000


def test_the_export_read_joins_no_table_per_annotation(tmp_path):
    """``AnnotationStore.export_rows`` reads speakers and tags as ids (named once from
    ``names_by_id``): no join with ``speakers`` (a seek per annotation, ~2 % of a 100,000-
    annotation export), and ``coders`` only when the coder is asked for."""
    library = _library(tmp_path / "lib.sqlite", 3)
    try:
        db = library._session.stores.annotations._guarded_db
        said: list[str] = []
        db.conn.set_trace_callback(said.append)
        try:
            store = library._session.stores.annotations
            assert store.export_rows()
            assert store.export_rows(coders=True)
        finally:
            db.conn.set_trace_callback(None)
        reads = [sql for sql in said if "annotation_tags" in sql]
        assert len(reads) == 4  # (placed, then orphans; twice)
        assert not any("speakers" in sql for sql in reads)
        assert ["coders" in sql for sql in reads] == [False, False, True, True]
    finally:
        library.close()
