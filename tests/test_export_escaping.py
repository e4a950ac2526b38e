"""Exported text must render back to the same words in any Markdown viewer."""

import html
import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.export import blockquote, escape_markdown


def rendered_text(md: str) -> str:
    """Markdown -> HTML -> the text a reader sees, whitespace-normalized.

    Python-Markdown escapes ``<`` in text, so every ``<...>`` left is a tag.
    """
    return normalize(html.unescape(re.sub(r"<[^>]*>", "", markdown.markdown(md))))


def normalize(text: str) -> str:
    """The text as the export shows it: blanks folded, and the bidi embedding and isolate
    controls it drops by design (escaping._BIDI_CONTROLS: a title's U+202E must not turn
    the file's text around) gone; a lone U+202A drawn by hypothesis failed the test."""
    import re

    from reader.core.export.escaping import _BIDI_CONTROLS

    return " ".join(re.sub(f"[{_BIDI_CONTROLS}]", "", text).split())


@pytest.mark.parametrize(
    "text",
    [
        "Kami tidak ingin berperang",
        "a *bold* claim and _under_ scores",
        "#hashtag at the start and # in the middle",
        "> not a nested quote",
        "pipes | in | a | table-like | line",
        "[link](http://example.com) and ![img](x.png)",
        "`code` and ``double``",
        "<script>alert(1)</script> <b>bold</b> <!-- comment -->",
        "AT&T, &amp; and &#42; stay literal",
        "1. not a list",
        "2021) not a list either",
        "- not a bullet",
        "+ nor this",
        "* nor this",
        "Heading underline\n===",
        "Heading underline\n---",
        "back\\slash\\ and \\*escaped\\*",
        "    indented code?",
        "first paragraph\n\nsecond paragraph\n\n\nthird",
        "trailing spaces  \nhard break",
        "<http://autolink.example> and user@example.com",
        "Dia berkata: “Kami tidak ingin berperang,” kata Lavrov.",
    ],
)
def test_escaped_quote_renders_back_to_the_same_text(text):
    assert rendered_text(blockquote(escape_markdown(text))) == normalize(text)


def test_multi_paragraph_quote_stays_one_block_quote():
    md = blockquote(escape_markdown("first\n\nsecond\nthird"))
    assert md == "> first\n>\n> second\n> third"
    assert markdown.markdown(md).count("<blockquote>") == 1


def test_plain_words_are_left_readable():
    assert escape_markdown("Menlu Rusia (Sergey Lavrov) berkata, 100%.") == (
        "Menlu Rusia (Sergey Lavrov) berkata, 100%."
    )


printable = st.characters(blacklist_categories=("Cc", "Cs"))
markdown_syntax = st.sampled_from("\n*_#>|[]`<>&-+.1=\\ ")
any_text = st.text(alphabet=st.one_of(printable, markdown_syntax), max_size=80)


@settings(max_examples=500, deadline=None)
@given(any_text)
def test_any_text_renders_back_to_itself(text):
    assert rendered_text(blockquote(escape_markdown(text))) == normalize(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_any_text_renders_back_to_itself_outside_a_quote(text):
    assert rendered_text(escape_markdown(text)) == normalize(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=" \t\u00a0ab1.)=-+>#*_&<|`[]\\é", max_size=8), min_size=2,
                max_size=6))
def test_text_of_several_lines_escapes_as_each_line_would(lines):
    """Several lines none of which needs escaping are taken whole (a fast path); the
    result is always each line escaped on its own, stripped."""
    from reader.core.export.escaping import _escape_line

    text = "\n".join(lines)
    assert escape_markdown(text) == "\n".join(_escape_line(line.strip()) for line in lines)


def test_a_line_ending_control_is_a_line_end_not_glue():
    """Reread RR19-8: a .txt import keeps a word processor's line break (VT) and a NEL in
    the article; the Markdown export dropped them with the other controls and glued the
    words ('Harga naikdan kami')."""
    assert escape_markdown("Harga naik\x0bdan kami\x85siap\x0cmenghadapinya") == (
        "Harga naik\ndan kami\nsiap\nmenghadapinya")
    assert escape_markdown("a\x07b") == "ab"  # (other controls still go)
