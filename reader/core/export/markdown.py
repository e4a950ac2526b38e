"""Render annotated articles to Markdown through a Jinja2 template.

The shipped templates (``resources/templates/by-*.md.j2``) get these
variables: ``title``, ``heading``, ``exported`` (ISO date), ``group``,
``groups`` (each with ``name``, ``entries`` and, by article, ``article``; each
entry has ``article`` and ``annotation``), ``articles``, ``single`` (the
article when there is exactly one, else None), ``count``, ``tags`` and
``hashtags``; and the filters in :mod:`.filters` (``md``, ``inline``,
``blockquote``, ``hashtag``, ``yaml``, ``cite``, ``byline``, ``url``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..gcpause import gc_paused
from ..models import Annotation, Article
from .grouping import group_entries
from .rendering import TemplateError, render_template, time_limit
from .templates import default_template_path

__all__ = ["TemplateError", "export_markdown"]


def export_markdown(
    items: Iterable[tuple[Article, list[Annotation]]],
    group: str = "article",
    template: str | Path | None = None,
    hashtags: bool = False,
    title: str = "",
    seconds: float | None = None,
) -> str:
    """Markdown for ``(article, anns)`` pairs, grouped by article, speaker or tag.

    A template of the user's own renders sandboxed, within ``seconds`` (default: 30 s plus
    2 ms per annotation) and an output-size limit; a refused one raises ``TemplateError``.
    """
    path = Path(template) if template is not None else default_template_path(group)
    with gc_paused():  # 100,000 entries: no full collections while they are built
        items = [(article, list(anns)) for article, anns in items]
        context = _context(items, group, hashtags, title)
        if seconds is None:
            seconds = time_limit(context["count"])
        text = _render(path, context, seconds=seconds)
    return collapse_blank_lines(text)


def collapse_blank_lines(text: str) -> str:
    """Runs of blank lines become one; the text ends with one newline."""
    # Every run of 3+ newlines becomes 2, as re.sub(r"\n{3,}", "\n\n") would do; str.replace
    # passes are ~10x faster on a 20 MB export (a run of n shrinks to 2 in a few passes).
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def _context(items: list[tuple[Article, list[Annotation]]], group: str, hashtags: bool,
             title: str) -> dict[str, Any]:
    articles = [article for article, _ in items]
    single = articles[0] if len(articles) == 1 else None
    tags = sorted({t for _, anns in items for a in anns for t in a.tags})
    return {
        "title": title,
        "heading": title or (single.title if single else "Kutip export"),
        "exported": dt.date.today().isoformat(),
        "group": group,
        "groups": group_entries(items, group),
        "articles": articles,
        "single": single,
        "count": sum(len(anns) for _, anns in items),
        "tags": tags,
        "hashtags": hashtags,
    }


def _render(path: Path, context: dict[str, Any], extra_filters: dict[str, Any] | None = None,
            seconds: float | None = None) -> str:
    """``path`` rendered: a user's template sandboxed and limited (see :mod:`.rendering`)."""
    return render_template(path, context, extra_filters, seconds=seconds)
