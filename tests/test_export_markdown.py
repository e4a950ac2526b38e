"""Markdown export: front matter, block quotes with attribution, grouping, templates."""

import html as html_mod
import re

import markdown
import pytest
from hypothesis import given, settings
from test_export_escaping import any_text, normalize

from reader.core.export import GROUPINGS, TemplateError, default_template_path, export_markdown
from reader.core.models import Annotation, Article

TITLE = "AS dan Rusia akan Berunding Tentang Ukraina"


def article(**kw):
    fields = dict(id=1, title=TITLE, source="MINA", authors="sajadi", published="2021-12-22")
    return Article(**(fields | kw))


def note(id, kind="quote", exact="Kami tidak ingin berperang", **kw):
    return Annotation(id=id, article_id=1, kind=kind, exact=exact, start=0, end=len(exact), **kw)


LAVROV = note(1, speaker="Sergey Lavrov", tags=["framing/threat", "diplomasi"])
CLAIM = note(2, "claim", "Moskow berencana menyerang Ukraina", verdict="false", tags=["diplomasi"])
GAZPROM = note(3, "highlight", "Gazprom", note="Raksasa energi.\n\nLihat juga *RT*.")


def test_single_article_has_its_metadata_as_front_matter():
    md = export_markdown([(article(url="https://minanews.net/x"), [LAVROV])])
    front = md.split("---\n")[1]
    assert f'title: "{TITLE}"' in front
    assert 'source: "MINA"' in front
    assert 'authors: "sajadi"' in front
    assert 'date: "2021-12-22"' in front
    assert 'url: "https://minanews.net/x"' in front
    assert 'tags: ["diplomasi", "framing/threat"]' in front


def _front(md):
    return md.split("---\n")[1].splitlines()


@pytest.mark.parametrize("through", ["shipped", "jinja"])
def test_front_matter_marks_a_date_as_the_body_does(tmp_path, through):
    """R14-9: the body says "2021-12-22 [inferred]" when the year was completed from the
    story and "22/12 [no year]" for a day without one; the front matter said ``date:
    "2021-12-22"`` (a tool reading it took the year as given) and ``date: ""``. It keeps
    ``date`` a plain ISO date and says so beside it, as the CSV's ``published_inferred``
    and ``published_partial`` do. Kutip's own writer and Jinja's render of the same
    templates (a copy: rendered sandboxed) write the same."""
    template = None
    if through == "jinja":
        for name in ("by-article.md.j2", "_front_matter.md.j2"):
            (tmp_path / name).write_text(
                (default_template_path().parent / name).read_text(encoding="utf-8"),
                encoding="utf-8")
        template = tmp_path / "by-article.md.j2"

    def front(**kw):
        return _front(export_markdown([(article(**kw), [LAVROV])], template=template))

    given_ = front()
    assert 'date: "2021-12-22"' in given_
    assert not any(line.startswith(("date_inferred", "date_partial")) for line in given_)
    inferred = front(published_inferred=True)
    assert inferred[inferred.index('date: "2021-12-22"') + 1] == "date_inferred: true"
    no_year = front(published="", published_partial="--12-22")
    assert no_year[no_year.index('date: ""') + 1] == 'date_partial: "--12-22"'
    assert not any(line.startswith("date_inferred") for line in no_year)
    for lines in (given_, inferred, no_year):
        assert lines[-2:] == ['url: ""', 'tags: ["diplomasi", "framing/threat"]']


def test_quote_is_a_block_quote_with_attribution_and_citation():
    md = export_markdown([(article(), [LAVROV])])
    assert f"> Kami tidak ingin berperang\n\n— Sergey Lavrov, in *{TITLE}* (MINA, 2021-12-22)" in md


def test_citation_links_the_title_when_the_article_has_a_url():
    md = export_markdown([(article(url="https://ex.com/a b"), [LAVROV])])
    assert f"in [*{TITLE}*](https://ex.com/a%20b) (MINA, 2021-12-22)" in md


def test_claim_shows_its_verdict_and_highlight_its_label():
    md = export_markdown([(article(), [CLAIM, GAZPROM])])
    assert "**Claim** (verdict: false)\n\n> Moskow berencana menyerang Ukraina" in md
    assert "**Highlight**\n\n> Gazprom" in md


def test_note_follows_the_quote_and_stays_escaped():
    md = export_markdown([(article(), [GAZPROM])])
    assert "*Note:* Raksasa energi.\n\nLihat juga \\*RT\\*." in md
    assert md.index("> Gazprom") < md.index("*Note:*")


@pytest.mark.parametrize(
    "hashtags, line",
    [(False, "Tags: framing/threat, diplomasi"), (True, "Tags: #framing/threat #diplomasi")],
)
def test_tags_as_text_or_hashtags(hashtags, line):
    assert line in export_markdown([(article(), [LAVROV])], hashtags=hashtags)


def test_several_articles_get_a_summary_front_matter_and_a_section_each():
    other = article(id=2, title="Lain", source="VOA")
    md = export_markdown([(article(), [LAVROV]), (other, [CLAIM])], title="Ekspor")
    front = md.split("---\n")[1]
    assert 'title: "Ekspor"' in front and "count: 2" in front and "articles: 2" in front
    assert "exported: " in front
    assert md.index(f"## {TITLE}") < md.index("## Lain")


def test_grouping_by_tag_repeats_multi_tagged_annotations_and_lists_untagged_last():
    md = export_markdown([(article(), [LAVROV, CLAIM, GAZPROM])], group="tag")
    sections = md.split("\n## ")[1:]
    assert [s.split("\n")[0] for s in sections] == ["diplomasi", "framing/threat", "Untagged"]
    assert "Kami tidak ingin" in sections[0] and "Moskow" in sections[0]
    assert sections[0].index("Kami tidak ingin") < sections[0].index("Moskow")  # reading order
    assert "Kami tidak ingin" in sections[1] and "Gazprom" in sections[2]


def test_grouping_by_speaker_puts_unattributed_last():
    md = export_markdown([(article(), [CLAIM, LAVROV])], group="speaker")
    sections = [s.split("\n")[0] for s in md.split("\n## ")[1:]]
    assert sections == ["Sergey Lavrov", "Unknown speaker"]


def test_every_grouping_has_a_shipped_template():
    for group in GROUPINGS:
        assert default_template_path(group).is_file()


def test_unknown_grouping_is_refused():
    with pytest.raises(ValueError, match="grouping"):
        export_markdown([(article(), [LAVROV])], group="colour")


def test_export_renders_to_html_with_one_blockquote_per_annotation():
    md = export_markdown([(article(), [LAVROV, CLAIM, GAZPROM])])
    assert markdown.markdown(md).count("<blockquote>") == 3


def test_markdown_syntax_in_a_quote_does_not_leak():
    tricky = note(4, exact="# 1. *not* <b>bold</b> | [x](y)", speaker="A_B")
    html = markdown.markdown(export_markdown([(article(), [tricky])]))
    assert "<h1>#" not in html and "<em>" not in html.split("</blockquote>")[0]
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "— A_B, in" in html


def test_user_template_given_as_a_path(tmp_path):
    path = tmp_path / "mine.md"
    path.write_text(
        "{% for g in groups %}{% for e in g.entries %}"
        "{{ e.annotation.exact | md | blockquote }} ({{ e.annotation.speaker }})\n"
        "{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    assert export_markdown([(article(), [LAVROV])], template=path) == (
        "> Kami tidak ingin berperang (Sergey Lavrov)\n"
    )


def test_user_template_may_include_the_shipped_partials(tmp_path):
    path = tmp_path / "mine.md.j2"
    path.write_text('{% include "_front_matter.md.j2" %}\nbody', encoding="utf-8")
    assert export_markdown([(article(), [LAVROV])], template=str(path)).startswith("---\ntitle:")


@pytest.mark.parametrize(
    "source, message",
    [
        ("line one\n{% for x in %}", "line 2"),
        ("a\nb\n{{ groups | nosuchfilter }}", "line 3"),
        ("{{ nothing.here }}", "line 1"),
        ("ok\n{% if true %}never closed", "line 2"),
    ],
)
def test_broken_template_raises_a_one_line_template_error(tmp_path, source, message):
    path = tmp_path / "broken.md.j2"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        export_markdown([(article(), [LAVROV])], template=path)
    text = str(info.value)
    assert "broken.md.j2" in text and message in text and "\n" not in text


def test_missing_template_file_is_a_template_error(tmp_path):
    with pytest.raises(TemplateError, match="not found"):
        export_markdown([(article(), [LAVROV])], template=tmp_path / "nope.j2")


def test_nothing_to_export_still_gives_a_valid_document():
    md = export_markdown([])
    assert md.startswith("---\n") and "count: 0" in md


@settings(max_examples=150, deadline=None)
@given(exact=any_text.filter(str.strip), speaker=any_text, title=any_text)
def test_any_quote_survives_the_whole_export(exact, speaker, title):
    a = note(9, exact=exact, speaker=speaker)
    html = markdown.markdown(export_markdown([(article(title=title), [a])]))
    quoted = html.split("<blockquote>")[1].split("</blockquote>")[0]
    assert normalize(html_mod.unescape(re.sub(r"<[^>]*>", "", quoted))) == normalize(exact)


def test_a_render_works_each_citation_out_once_per_article_object():
    from reader.core.export.rendering import _once_per_item

    calls = []
    cite = _once_per_item(lambda item: calls.append(item) or f"cite {item.title}")
    first, twin = article(), article()  # equal, but two objects: each worked out
    assert [cite(first), cite(first), cite(twin), cite(first)] == ["cite " + TITLE] * 4
    assert calls == [first, twin] and calls[0] is first and calls[1] is twin


def test_grouped_entries_cite_their_own_article():
    """By speaker, one section mixes articles: the per-render citation memo must not
    hand one article's citation to another's entry."""
    one, two = article(id=1, title="Satu"), article(id=2, title="Dua", source="Kompas")
    md = export_markdown([(one, [note(1, speaker="Lavrov")]),
                          (two, [note(2, speaker="Lavrov", exact="Kami siap")])],
                         group="speaker")
    assert "— Lavrov, in *Satu* (MINA, 2021-12-22)" in md
    assert "— Lavrov, in *Dua* (Kompas, 2021-12-22)" in md


@pytest.mark.parametrize("seed", range(40))
def test_blank_lines_collapse_the_same_whatever_the_parts(seed):
    """A streamed export (``collapse_blank_line_chunks``) is the text collapsed whole, however
    the template's output is cut: runs of blank lines across parts, leading and trailing
    whitespace, parts of whitespace only."""
    import random

    from reader.core.export.markdown import collapse_blank_line_chunks

    rng = random.Random(seed)
    text = "".join(rng.choice(["\n", "\n", "\n\n\n", " ", "\t", "a", "b c", "\u2028", "\x85"])
                   for _ in range(rng.randint(0, 60)))
    whole = text
    while "\n\n\n" in whole:
        whole = whole.replace("\n\n\n", "\n\n")
    whole = whole.strip() + "\n"
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 12))))
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    for batch in (1, 2, 5):
        assert "".join(collapse_blank_line_chunks(iter(parts), batch)) == whole
