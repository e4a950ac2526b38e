"""The shipped Markdown templates (``by-article``, ``by-speaker``, ``by-tag``) written out
in Python: the same text as Jinja renders from them, without Jinja's per-entry work
(attribute look-ups, filter calls, the loop), which was most of a 100,000-annotation
export (issue 12).

The templates stay the reference: this module is used only while the shipped files are
byte for byte the ones it mirrors (``MIRRORED`` holds their SHA-256). Edit a template and
exports go through Jinja again until this module and the hashes are brought along
(``tests/test_export_shipped_mirror.py`` says so, and compares both outputs on varied
libraries). A user's own template always renders through Jinja, sandboxed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..models import Annotation, Article
from .escaping import blockquote, escape_markdown
from .filters import byline, cite, hashtag, inline, yaml_value
from .grouping import UNTAGGED
from .templates import GROUPINGS, templates_dir

__all__ = ["MIRRORED", "mirrors", "render_shipped"]

#: SHA-256 of the template files this module writes out (the includes too)
MIRRORED = {
    "_front_matter.md.j2":
        "652c4e112f52a0d35f8271877d2bf269feffa2160aa93bdd9bb74553497460d8",
    "by-article.md.j2":
        "efa329e532b27f5b3aaa22090df541d380602a53ecff0403fb95924acabd70f3",
    "by-speaker.md.j2":
        "81c40f42e3a7a818b99b98cb3f23430ea4bccc56d448e8a1d6c833734538d4ac",
    "by-tag.md.j2":
        "859164ee9b60b2904204a95be5ecf5d49ff604494e1424b4558bb930395a5c5b",
}


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@lru_cache(maxsize=8)
def _mirrored(folder: str, stamps: tuple[tuple[int, int], ...]) -> bool:
    return all(_digest(Path(folder) / name) == digest for name, digest in MIRRORED.items())


def mirrors(path: Path, group: str) -> bool:
    """True when ``path`` is the shipped template for ``group`` and the shipped files are
    the ones this module writes out."""
    if group not in GROUPINGS:
        return False
    try:
        folder = templates_dir()
        if path.resolve() != (folder / f"by-{group}.md.j2").resolve():
            return False
        stamps = tuple((st.st_size, st.st_mtime_ns)  # read again when a file changes
                       for st in ((folder / name).stat() for name in MIRRORED))
    except (OSError, FileNotFoundError):
        return False
    return _mirrored(str(folder), stamps)


def _front_matter(context: dict[str, Any]) -> list[str]:
    single = context["single"]
    title = context["title"]
    if single is not None:
        return ["---",
                f"title: {yaml_value(title or single.title)}",
                f"source: {yaml_value(single.source)}",
                f"authors: {yaml_value(single.authors)}",
                f"date: {yaml_value(single.published)}",
                f"url: {yaml_value(single.url)}",
                f"tags: {yaml_value(context['tags'])}",
                "---"]
    return ["---",
            f"title: {yaml_value(title or 'Kutip export')}",
            f"exported: {yaml_value(context['exported'])}",
            f"count: {context['count']}",
            f"articles: {len(context['articles'])}",
            "---"]


def render_shipped(group: str, context: dict[str, Any]) -> str:
    """What ``by-{group}.md.j2`` renders for ``context`` (before blank-line runs collapse:
    the caller collapses them, as it does for Jinja's output). By article, ``context`` may
    hold ``items`` (the (article, annotations) pairs) instead of ``groups``."""
    hashtags = context["hashtags"]
    out = _front_matter(context)
    out.append("")
    out.append(f"# {inline(context['heading'])}")
    out.append("")
    single = context["single"]
    append = out.append
    cited: dict[int, str] = {}  # an article's citation, once (every entry cites it)

    def entries(anns: Iterable[Annotation], article: Article) -> None:
        key = id(article)
        citation = cited.get(key)
        if citation is None:
            citation = cited[key] = cite(article)
        for a in anns:
            if a.kind == "claim":
                append(f"**Claim** (verdict: {a.verdict or 'unchecked'})")
                append("")
            elif a.kind == "highlight":
                append("**Highlight**")
                append("")
            append(blockquote(escape_markdown(a.exact)))
            append("")
            append(f"— {inline(a.speaker)}, in {citation}" if a.speaker else f"— In {citation}")
            append("")
            if a.note:
                append(f"*Note:* {escape_markdown(a.note)}")
                append("")
            if a.tags:
                if hashtags:
                    append("Tags: " + " ".join(hashtag(t) for t in a.tags))
                else:
                    append("Tags: " + ", ".join(inline(t) for t in a.tags))
                append("")

    if group == "article":
        sections = context.get("items")
        if sections is None:
            sections = [(g.article, [e.annotation for e in g.entries]) for g in context["groups"]]
        for article, anns in sections:
            if not single:
                append(f"## {inline(article.title)}")
                append("")
            append(byline(article))
            append("")
            entries(anns, article)
        return "\n".join(out) + "\n"
    for section in context["groups"]:
        if group == "tag" and hashtags and section.name != UNTAGGED:
            append(f"## {hashtag(section.name)}")
        else:
            append(f"## {inline(section.name)}")
        append("")
        for entry in section.entries:
            entries((entry.annotation,), entry.article)
    return "\n".join(out) + "\n"
