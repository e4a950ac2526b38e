"""Kutip's own templates through the lean code generator (``export/leancode.py``) write
exactly what Jinja's own, sandboxed rendering of the same templates writes: every grouping,
scope, filter and hashtag choice, on randomized content (paragraphs, Markdown specials,
control characters, empty speakers, unicode, orphans, hostile URLs)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import jinja2
import pytest

from reader.core.export import markdown as markdown_module
from reader.core.export import rendering
from reader.core.export.leancode import FLUSH, LeanCodeGenerator, LeanEnvironment
from reader.core.export.templates import templates_dir
from reader.core.library import ArticleFilter, Library
from reader.core.models import ImportedArticle

GROUPS = ("article", "speaker", "tag")
#: pieces of text a news article (and so a quote) may contain, the awkward ones included
PIECES = [
    "Kami tidak ingin berperang", "harga *beras* naik", "lihat [tautan](x)", "# bukan judul",
    "1. bukan daftar", "- bukan butir", "> bukan kutipan", "= sama", "a | b", "&amp; lagi",
    "<b>tebal</b>", "back\\slash", "`kode`", "_miring_", "😀 emoji 🎉", "é è ñ ü", "مرحبا",
    "e\u0301 gabungan", "tab\there", "nol\x00di\x07tengah", "C1\x85kontrol", "+ plus",
    "2) dua", "  spasi di tepi  ", "\u00a0nbsp\u00a0", "pemerintah menyatakan", "Jakarta",
]
SPEAKERS = ["", "", "Sergey Lavrov", "Rina", "rina", "Joko *Widodo*", "Ana_Maria", "#1 Fan",
            "Ümit Özdağ", "李明", "Unknown speaker"]
TAGS = ["perang", "diplomasi/rusia", "diplomasi/nato", "harga beras", "Ekonomi", "ekonomi",
        "C++", "#tagar", "-", "über/straße", "Untagged", "a_b"]
URLS = ["", "https://example.org/a?b=(c)", "javascript:alert(1)", "http://x.test/ spasi",
        "file:///etc/passwd", "https://contoh.id/berita"]
DATES = [("2024-01-02", "", False), ("", "", False), ("2021-12-22", "--12-22", True),
         ("", "--12-22", False)]


def _text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(2, 6)):
        sentence = " ".join(rng.choice(PIECES) for _ in range(rng.randint(2, 7)))
        paragraphs.append(sentence + rng.choice([".", "!", "?", ""]))
    return rng.choice(["\n\n", "\n", "\r\n\r\n", "\n\n\n"]).join(paragraphs)


def _library(path: Path, seed: int) -> Library:
    rng = random.Random(seed)
    library = Library(path)
    for n in range(12):
        published, partial, inferred = rng.choice(DATES)
        article_id, _ = library.articles.add(ImportedArticle(
            title=rng.choice(["", "Judul *penting*", f"Berita {n} 😀", "# Heboh", " spasi "]),
            text=_text(rng), source=rng.choice(["", "Tempo", "Kompas | Daring", "<BBC>"]),
            authors=rng.choice(["", "A. Penulis", "_anon_"]), url=rng.choice(URLS),
            published=published, published_partial=partial, published_inferred=inferred,
            content_hash=f"hash-{seed}-{n}"))
        text = library.articles.text(article_id)
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(0, max(len(text) - 2, 1))
            end = min(len(text), start + rng.randint(1, 160))
            if not text[start:end].strip():
                continue
            kind = rng.choice(["quote", "quote", "claim", "highlight"])
            try:
                note = library.annotations.add(
                    article_id, start, end, kind=kind, speaker=rng.choice(SPEAKERS),
                    tags=rng.sample(TAGS, rng.randint(0, 3)),
                    note=rng.choice(["", "", "catatan *penting*", "dua\n\nparagraf", "1. x"]),
                    verdict=rng.choice(["", "true", "false"]) if kind == "claim" else "")
            except Exception:  # a span the rules refuse (a speaker on a highlight, …)
                continue
            if rng.random() < 0.1:
                library.annotations.mark_orphan(note.id)
    return library


def export_scopes(library: Library, at_least: int) -> list[dict[str, object]]:
    """Scopes of an export to compare: all, some articles, one, every other annotation,
    a speaker, a tag and a kind filter (the library has more than ``at_least`` notes)."""
    everything = library.exports.brief_items()
    assert sum(len(anns) for _, anns in everything) > at_least
    notes = [n.id for _, anns in everything for n in anns]
    some = [a.id for a, _ in everything][::3]
    return [{}, {"article_ids": some}, {"article_ids": some[:1]},
            {"annotation_ids": notes[::2]}, {"where": ArticleFilter(speaker="Rina")},
            {"where": ArticleFilter(tag="diplomasi")}, {"where": ArticleFilter(kind="claim")}]


def _sandboxed(path: Path, context: rendering.Context) -> str:
    """Jinja's own code generator, in the sandbox a user's template gets (in process)."""
    return rendering._render_in_process(path, context, None, sandboxed=True)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_lean_render_writes_what_jinja_writes(tmp_path, seed):
    library = _library(tmp_path / "lib.sqlite", seed)
    try:
        scopes = export_scopes(library, at_least=20)
        compared = 0
        for scope in scopes:
            items = library.exports.brief_items(**scope)
            for group in GROUPS:
                path = templates_dir() / f"by-{group}.md.j2"
                for hashtags in (False, True):
                    title = "Ekspor *uji*" if hashtags else ""
                    pairs = [(article, list(anns)) for article, anns in items]
                    context = markdown_module._context(pairs, group, hashtags, title)
                    lean = "".join(rendering.render_chunks(path, context))
                    assert lean == _sandboxed(path, context), (scope, group, hashtags)
                    compared += 1
        assert compared == len(scopes) * len(GROUPS) * 2
    finally:
        library.close()


def test_a_copy_of_the_shipped_templates_renders_the_same_sandboxed(tmp_path):
    """The same templates as a user's (sandboxed, in a child process, whole annotations)
    against Kutip's own (lean, brief annotations), through the service."""
    library = _library(tmp_path / "lib.sqlite", 7)
    copies = tmp_path / "templates"
    shutil.copytree(templates_dir(), copies)
    try:
        for group in GROUPS:
            assert library.exports.render(group=group, template=copies / f"by-{group}.md.j2",
                                          hashtags=group == "tag") == \
                library.exports.render(group=group, hashtags=group == "tag")
    finally:
        library.close()


def _compiled(source: str) -> str:
    env = LeanEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.getattr = getattr
    env.filters["up"] = str.upper
    env.str_filters = frozenset({"up", "join"})
    env.plain_map_join = True
    return str(env.compile(source, raw=True))


def test_the_lean_code_reads_attributes_and_yields_blocks():
    code = _compiled("{% for g in gs %}{{ g.name | up }}{% for e in g.es %}{{ e.x }}"
                     "{{ e.tags | map('up') | join(', ') }}{% endfor %}{% endfor %}")
    assert "environment.getattr" not in code and "(l_1_g).name" in code
    assert "', '.join(map(environment.filters['up']" in code
    assert code.count("yield concat(") == 3  # two flush points and the end of the loop
    assert f">= {FLUSH}" in code and "str(t_" not in code


@pytest.mark.parametrize("source", [
    "{% macro m(x) %}{% for i in x %}{{ i }}{% endfor %}{% endmacro %}{{ m([1, 2]) }}",
    "{% set s %}{% for i in xs %}{{ i }},{% endfor %}{% endset %}{{ s }}|{{ xs | length }}",
    "{% for i in xs recursive %}{{ i }}{% endfor %}",
    "{% for i in xs if i > 1 %}{{ loop.index }}{{ i }}{% else %}none{% endfor %}",
    "{% for i in xs %}{% set n = i * 2 %}{{ n }}{% endfor %}{{ n is defined }}",
    "{% set xs = [9] %}{% for i in xs %}{{ i }}{% endfor %}",
    "{% for i in xs %}{% for j in xs %}{{ i }}{{ j }}{% endfor %}{% endfor %}",
    "{% filter upper %}{% for i in xs %}a{{ i }}{% endfor %}{% endfilter %}",
    "{% for i in xs %}{{ i | string | up }}{{ [i, i] | map('string') | join('-') }}"
    "{% endfor %}",
    "{% for i in range(5000) %}{{ i }}{{ w }}\n{% endfor %}{{ w }}",
])
def test_the_lean_code_renders_jinja_constructs_as_jinja_does(source):
    """Loops inside macros, set and filter blocks keep Jinja's own code; the rest renders
    the same through the lean code (a loop longer than a flush among them)."""
    plain = jinja2.Environment()
    lean = LeanEnvironment()
    for env in (plain, lean):
        env.filters["up"] = str.upper
    lean.str_filters = frozenset({"up", "join"})
    lean.plain_map_join = True
    data = {"xs": [1, 2, 3], "w": "w"}
    assert "".join(lean.from_string(source).generate(data)) == \
        plain.from_string(source).render(data)


def test_an_undefined_name_or_attribute_still_fails_in_the_lean_code():
    lean = LeanEnvironment(undefined=jinja2.StrictUndefined)
    with pytest.raises(jinja2.UndefinedError):
        lean.from_string("{% for i in xs %}{{ nothing }}{% endfor %}").render(xs=[1])
    with pytest.raises(jinja2.UndefinedError):  # Jinja's getattr: attributes as Jinja reads
        lean.from_string("{% for i in xs %}{{ i.nothing }}{% endfor %}").render(xs=[1])
    lean.getattr = getattr  # Kutip's trusted environment: read directly, as getattr would
    with pytest.raises(AttributeError):
        lean.from_string("{% for i in xs %}{{ i.nothing }}{% endfor %}").render(xs=[1])


def test_the_trusted_environment_is_the_lean_one():
    assert issubclass(LeanEnvironment.code_generator_class, LeanCodeGenerator)
    assert LeanEnvironment.code_generator_class is LeanCodeGenerator
