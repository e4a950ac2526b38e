"""Render annotated articles to Markdown through a Jinja2 template.

The shipped templates (``resources/templates/by-*.md.j2``) get these
variables: ``title``, ``heading``, ``exported`` (ISO date), ``group``,
``groups`` (each with ``name``, ``entries`` and, by article, ``article``; each
entry has ``article`` and ``annotation``), ``articles``, ``single`` (the
article when there is exactly one, else None), ``count``, ``tags`` and
``hashtags``, ``labels`` (the words the export writes, in its language:
``language.export_labels``); and the filters in :mod:`.filters` (``md``, ``inline``,
``blockquote``, ``hashtag``, ``yaml``, ``cite``, ``byline``, ``url``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..gcpause import gc_paused
from ..models import Article
from .direct import direct_renderer
from .grouping import Items, Note, group_entries
from .language import Labels, export_labels
from .rendering import TemplateError, render_chunks, render_template, time_limit
from .templates import default_template_path

__all__ = ["TemplateError", "export_markdown", "markdown_chunks"]


def export_markdown(
    items: Items,
    group: str = "article",
    template: str | Path | None = None,
    hashtags: bool = False,
    title: str = "",
    seconds: float | None = None,
    language: str = "en",
) -> str:
    """Markdown for ``(article, anns)`` pairs, grouped by article, speaker or tag, its
    labels in ``language`` (``language.LANGUAGES``).

    A template of the user's own renders sandboxed, within ``seconds`` (default: 30 s plus
    2 ms per annotation) and an output-size limit; a refused one raises ``TemplateError``.
    """
    return "".join(markdown_chunks(items, group, template, hashtags, title, seconds, language))


def markdown_chunks(
    items: Items,
    group: str = "article",
    template: str | Path | None = None,
    hashtags: bool = False,
    title: str = "",
    seconds: float | None = None,
    language: str = "en",
) -> Iterator[str]:
    """``export_markdown`` in parts, as the template renders them (to write a big export
    to a file without holding it as one string). The annotations may be ``Annotation``s or,
    for Kutip's own templates only, ``BriefAnnotation``s. A missing template raises at
    once; a render error when the part it happens in is reached."""
    labels = export_labels(language)
    path = Path(template) if template is not None else default_template_path(group)
    writer = direct_renderer(path, group)
    if writer is not None:  # one of Kutip's own templates, as shipped: written collapsed
        with gc_paused():  # 100,000 entries: no full collections while they are built
            articles: dict[Any, Article] = {}
            rows: list[tuple[Any, ...]] = []
            for n, (article, anns) in enumerate(items):  # (keyed by place: ids may repeat)
                articles[n] = article
                rows.extend((n, a.kind, a.exact, a.speaker, a.verdict, a.note, tuple(a.tags))
                            for a in anns)
        return _paused(writer(rows, articles, hashtags, title, list, labels=labels))
    with gc_paused():  # 100,000 entries: no full collections while they are built
        pairs = [(article, list(anns)) for article, anns in items]
        context = _context(pairs, group, hashtags, title, labels)
    if seconds is None:
        seconds = time_limit(context["count"])
    return _collapsed(render_chunks(path, context, seconds=seconds))


def _collapsed(chunks: Iterator[str]) -> Iterator[str]:
    return _paused(collapse_blank_line_chunks(chunks))


def _paused(chunks: Iterator[str]) -> Iterator[str]:
    with gc_paused():  # (the render builds many short strings)
        yield from chunks


def collapse_blank_lines(text: str) -> str:
    """Runs of blank lines become one; the text ends with one newline."""
    return "".join(collapse_blank_line_chunks(iter([text])))


def collapse_blank_line_chunks(chunks: Iterator[str], batch: int = 1) -> Iterator[str]:
    """``collapse_blank_lines`` of the text the chunks make, in parts: runs of blank lines
    become one, no whitespace before the first character, one newline after the last.

    Whitespace at the end of what has come so far is held back until something follows it
    (a run of newlines is then collapsed whole) or dropped at the end; the chunks are taken
    ``batch`` at a time (more than one for chunks of a few words)."""
    pending = ""  # whitespace not written yet: it may end the text, or start a longer run
    started = False
    while taken := list(islice(chunks, batch)):
        text = pending + "".join(taken)
        body = text.rstrip()
        if not body:
            pending = text if started else ""
            continue
        pending = text[len(body):]
        if not started:
            body = body.lstrip()
            started = True
        # Every run of 3+ newlines becomes 2, as re.sub(r"\n{3,}", "\n\n") would do;
        # str.replace passes are ~10x faster on a 20 MB export (a run of n shrinks to 2 in
        # a few passes).
        while "\n\n\n" in body:
            body = body.replace("\n\n\n", "\n\n")
        yield body
    yield "\n"


def _context(items: list[tuple[Article, list[Note]]], group: str, hashtags: bool,
             title: str, labels: Labels | None = None) -> dict[str, Any]:
    labels = labels if labels is not None else export_labels("en")
    articles = [article for article, _ in items]
    single = articles[0] if len(articles) == 1 else None
    tags = sorted({t for _, anns in items for a in anns for t in a.tags})
    return {
        "title": title,
        "heading": title or (single.title if single else labels.export_title),
        "exported": dt.date.today().isoformat(),
        "group": group,
        "groups": group_entries(items, group, labels.unknown_speaker if group == "speaker"
                                else labels.untagged),
        "articles": articles,
        "single": single,
        "count": sum(len(anns) for _, anns in items),
        "tags": tags,
        "hashtags": hashtags,
        "labels": labels,
    }


def _render(path: Path, context: dict[str, Any], extra_filters: dict[str, Any] | None = None,
            seconds: float | None = None) -> str:
    """``path`` rendered: a user's template sandboxed and limited (see :mod:`.rendering`)."""
    return render_template(path, context, extra_filters, seconds=seconds)
