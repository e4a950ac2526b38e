"""The shipped Markdown templates written out in Python (issue 12) give exactly what Jinja
renders from the templates themselves, for every grouping, with and without hashtags, on
libraries full of text that Markdown would misread."""

from __future__ import annotations

import hashlib
import random

import pytest

from reader.core.export import markdown, shipped
from reader.core.export.templates import GROUPINGS, default_template_path, templates_dir
from reader.core.models import Annotation, Article

NASTY = ["", " ", "  padded  ", "*bold* _it_ `code` [link](x) #tag \\ back", "1. listed",
         "- dash", "+ plus", "> quoted", "= setext", "&amp; &#61; &copy;", "<b>html</b> | pipe",
         "multi\nline\n\nparagraphs", "crlf\r\nline\rcr", "ctrl\x00\x07\x1b\x7f\x85chars",
         "emoji 😀 and RTL שלום", "tab\tinside", "   \n   ", "trailing \\", "#", "---",
         'He said, "no"', "“Kami tidak ingin berperang,” kata Lavrov.", "x" * 300]
WORDS = ["pemerintah", "harga", "beras", "minister", "said", "NATO", "Jakarta", "korupsi"]
URLS = ["", "https://example.org/a b(c)", "javascript:alert(1)", "http://x.id/path?q=1",
        "file:///etc/passwd", " https://news.example/ok "]


def _text(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(NASTY)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))


def _library(rng: random.Random, articles: int) -> list[tuple[Article, list[Annotation]]]:
    items = []
    note_id = 0
    for number in range(1, articles + 1):
        article = Article(
            id=number, title=_text(rng), source=rng.choice(["", "Kompas", "BBC *News*", " "]),
            authors=_text(rng) if rng.random() < 0.5 else "", url=rng.choice(URLS),
            published=rng.choice(["", "2021-12-22", "2024-02-29"]),
            published_partial=rng.choice(["", "--12-22"]),
            published_inferred=rng.random() < 0.3)
        anns = []
        for _ in range(rng.randint(0, 6)):
            note_id += 1
            kind = rng.choice(["quote", "claim", "highlight"])
            anns.append(Annotation(
                id=note_id, article_id=number, kind=kind, exact=_text(rng), start=0, end=1,
                speaker=rng.choice(["", "Sergey Lavrov", "  ", "Budi *S*", _text(rng)]),
                verdict=rng.choice(["", "true", "misleading"]) if kind == "claim" else "",
                note=_text(rng) if rng.random() < 0.4 else "",
                tags=rng.sample(["ekonomi", "framing/threat", "a b", "!!!", "Untagged", "#x",
                                 "politik"], rng.randint(0, 3))))
        items.append((article, anns))
    return items


def _both(items, group, hashtags, title, monkeypatch) -> tuple[str, str]:
    fast = markdown.export_markdown(items, group=group, hashtags=hashtags, title=title)
    with monkeypatch.context() as patched:
        patched.setattr(markdown, "mirrors", lambda *_: False)  # through Jinja
        slow = markdown.export_markdown(items, group=group, hashtags=hashtags, title=title)
    return fast, slow


@pytest.mark.parametrize("seed", range(40))
def test_python_and_jinja_write_the_same_export(seed, monkeypatch):
    rng = random.Random(seed)
    items = _library(rng, 1 if seed % 4 == 0 else rng.randint(0, 8))
    for group in GROUPINGS:
        for hashtags in (False, True):
            title = rng.choice(["", "Kutipan *pilihan*", "  "])
            fast, slow = _both(items, group, hashtags, title, monkeypatch)
            assert fast == slow, (seed, group, hashtags, title)


def test_the_python_path_is_taken_for_the_shipped_templates_only(monkeypatch, tmp_path):
    items = _library(random.Random(1), 3)
    calls = []
    real = shipped.render_shipped
    monkeypatch.setattr(markdown, "render_shipped", lambda *a: calls.append(a) or real(*a))
    markdown.export_markdown(items, group="speaker")
    markdown.export_markdown(items, group="tag", template=default_template_path("tag"))
    assert len(calls) == 2
    own = tmp_path / "by-article.md.j2"  # a user's copy of a shipped template: Jinja
    own.write_text(default_template_path("article").read_text(encoding="utf-8"),
                   encoding="utf-8")
    markdown.export_markdown(items, group="article", template=own)
    assert len(calls) == 2


def test_the_mirror_matches_the_shipped_files():
    """Edited a shipped template? Bring reader/core/export/shipped.py along (the test
    above compares both outputs), then put the new SHA-256 in ``shipped.MIRRORED``."""
    for name, digest in shipped.MIRRORED.items():
        data = (templates_dir() / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name
    for group in GROUPINGS:
        assert shipped.mirrors(default_template_path(group), group)
