"""Markdown import and the export preview are bounded (issue 17.11).

Python-Markdown spent 46 s on a 32 KB file of ``[`` and the import could not be cancelled
meanwhile. Each case below must keep every character of the text; how long it takes, against
ordinary Markdown of the same length, is measured by ``bench/hostile.py`` (a ratio, as every
benchmark). The timeout only stops a hang.
"""

from __future__ import annotations

import pytest

from reader.core.importers import article_from_text
from reader.core.importers.markdown_doc import BLOCK_MARKUP, QUOTE_DEPTH, markdown_to_html

HOSTILE = {
    "brackets": "[" * 32_000,
    "images": "![[" * 11_000,
    "emphasis": "*a" * 16_000,
    "underscores": "_a" * 16_000,
    "links": "[a](" * 8_000,
    "code": "`a" * 16_000,
    "brackets-in-paragraphs": "\n\n".join(["[" * 900] * 40),
    "footnotes": "[^" * 16_000,
    "abbreviations": "*[" * 16_000,
    "nested-quotes": ">" * 32_000,
    "entities": "&amp;" * 6_000,
    "angles": "<a" * 16_000,
    "backslashes": "\\[" * 16_000,
}


@pytest.mark.timeout(120)  # (Python-Markdown: 46 s for "brackets"; the bench checks time)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pathological_markdown_imports_with_every_character(name):
    text = "Judul berita\n\n" + HOSTILE[name] + "\n\nAkhir berita."
    article = article_from_text(text, fmt="md")
    assert article.title == "Judul berita"
    kept = "".join(article.text.split())
    assert "".join(HOSTILE[name].split()) in kept and kept.endswith("Akhirberita.")


def test_ordinary_markdown_is_still_rendered():
    article = article_from_text("---\ntitle: Judul\nsource: MINA\n---\n# Judul\n\n"
                                "Kata **tebal** dan [tautan](https://x.org).\n\n"
                                "| a | b |\n|---|---|\n| 1 | 2 |\n", fmt="md")
    assert (article.title, article.source) == ("Judul", "MINA")
    assert "Kata tebal dan tautan." in article.text and "**" not in article.text


def test_only_a_block_crowded_with_markup_is_taken_as_text():
    crowded = "[" * (BLOCK_MARKUP + 1)
    html = markdown_to_html("A *bold* [link](https://x.org).\n\n" + crowded)
    assert "<em>bold</em>" in html and 'href="https://x.org"' in html
    assert f"<p>{crowded}</p>" in html  # shown as text, every bracket kept


def test_quotes_nested_too_deep_are_taken_as_text():
    assert "<blockquote>" in markdown_to_html(">" * QUOTE_DEPTH + " kata dia")
    html = markdown_to_html(">" * (QUOTE_DEPTH + 1) + " kata dia")
    assert "<blockquote>" not in html and "&gt;" * (QUOTE_DEPTH + 1) + " kata dia" in html
