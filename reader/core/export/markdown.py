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

from ..gcpause import gc_paused
from ..models import Annotation, Article
from .filters import FILTERS
from .grouping import group_entries
from .templates import default_template_path, templates_dir

__all__ = ["TemplateError", "export_markdown"]


class TemplateError(Exception):
    """A template could not be loaded or rendered; the message names file and line."""


def export_markdown(
    items: Iterable[tuple[Article, list[Annotation]]],
    group: str = "article",
    template: str | Path | None = None,
    hashtags: bool = False,
    title: str = "",
) -> str:
    """Markdown for ``(article, anns)`` pairs, grouped by article, speaker or tag."""
    path = Path(template) if template is not None else default_template_path(group)
    with gc_paused():  # 100,000 entries: no full collections while they are built
        items = [(article, list(anns)) for article, anns in items]
        context = _context(items, group, hashtags, title)
        text = _render(path, context)
    return collapse_blank_lines(text)


def collapse_blank_lines(text: str) -> str:
    """Runs of blank lines become one; the text ends with one newline."""
    # Every run of 3+ newlines becomes 2, as re.sub(r"\n{3,}", "\n\n") would do; str.replace
    # passes are ~10x faster on a 20 MB export (a run of n shrinks to 2 in a few passes).
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def _context(items, group: str, hashtags: bool, title: str) -> dict:
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


def _render(path: Path, context: dict, extra_filters: dict | None = None) -> str:
    if not path.is_file():
        raise TemplateError(f"template not found: {path}")
    import jinja2  # here, not at import: it is 30 ms of every app start-up

    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(path.parent), jinja2.FileSystemLoader(templates_dir())]
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        auto_reload=False,  # one render: no need to stat the file again on every include
    )
    env.filters.update(FILTERS)
    env.filters.update(extra_filters or {})
    env.filters["map"] = _fast_map(env.filters["map"])
    try:
        return env.get_template(path.name).render(context)
    except jinja2.TemplateSyntaxError as e:
        where = Path(e.filename).name if e.filename else (e.name or path.name)
        raise TemplateError(f"{where}, line {e.lineno}: {e.message}") from None
    except jinja2.TemplateNotFound as e:
        raise TemplateError(f"{path.name}: included template not found: {e.name}") from None
    except Exception as e:  # a runtime error inside the template (undefined name, bad call)
        where, line = _template_line(e, path)
        raise TemplateError(f"{where}, line {line}: {e}") from None


def _fast_map(jinja_map):
    """Jinja's ``map``, short-cut for ``map("inline")``-style calls to Kutip's own filters.

    The shipped templates map ``inline`` or ``hashtag`` over every annotation's tags; Jinja's
    generic ``map`` (filter lookup, argument checks, an async-aware wrapper per call) costs
    several times the filter itself. Same items, same order; anything else goes to Jinja's.
    """
    import jinja2

    own = set(FILTERS.values())

    @jinja2.pass_context
    def fast_map(context, value, *args, **kwargs):
        if len(args) == 1 and not kwargs and isinstance(args[0], str):
            func = context.environment.filters.get(args[0])
            if func in own:
                return map(func, value)
        return jinja_map(context, value, *args, **kwargs)

    return fast_map


def _template_line(error: Exception, path: Path) -> tuple[str, object]:
    """The template file and line a render error came from (Jinja maps frames)."""
    found: tuple[str, object] = (path.name, "?")
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if "__jinja_exception__" in tb.tb_frame.f_globals or filename.endswith(".j2"):
            found = (Path(filename).name, tb.tb_lineno)
        tb = tb.tb_next
    return found
