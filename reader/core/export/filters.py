"""Jinja filters the Markdown templates use to format text safely."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache

from ..models import Article
from .escaping import _BIDI_CONTROLS, blockquote, escape_markdown
from .language import Labels

__all__ = ["FILTERS"]


def hashtag(tag: str) -> str:
    """``framing/threat`` -> ``#framing/threat``; spaces and punctuation become ``-``."""
    cleaned = re.sub(r"[^\w/-]+", "-", tag.strip()).strip("-/")
    return f"#{cleaned}" if cleaned else ""


#: JSON leaves DEL and C1 raw, and YAML forbids them unescaped; the bidi embeddings,
#: overrides and isolates it leaves raw too would reorder the front matter's line for a
#: reader (review R18-5): escaped, the value stays exactly the text
_C1 = re.compile(f"[\x7f-\x9f{_BIDI_CONTROLS}]")


def yaml_value(value: object) -> str:
    """A YAML scalar or flow list: JSON strings are valid YAML and always quoted (DEL,
    C1 and bidi controls escaped: ``\\u202e``)."""
    text = json.dumps(value, ensure_ascii=False)
    return text if text.isprintable() else _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def web_url(url: str) -> bool:
    """True for an ``http(s)://host…`` URL: the only kind an export makes a link of.

    A ``javascript:``, ``data:``, ``file:`` or ``vbscript:`` URL (from a file's front matter,
    say) would run or open something when the exported Markdown's link is clicked.
    """
    url = url.strip()
    scheme, sep, rest = url.partition(":")
    return (bool(sep) and scheme.lower() in ("http", "https") and rest.startswith("//")
            and len(rest) > 2 and url.isprintable())


def link_target(url: str) -> str:
    """A URL that cannot break out of ``[text](url)``; empty unless it is an http(s) URL."""
    url = url.strip()
    if not web_url(url):
        return ""
    for char, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        url = url.replace(char, code)
    return url


def _date(item: object, labels: Labels | None = None) -> str:
    """An article's date as people read it (``[inferred]``, ``[no year]``, in the labels'
    language); other items (a quote trail's versions) carry ``published`` only."""
    label = getattr(item, "date_label", None)
    if not callable(label):
        return str(getattr(item, "published", "") or "")
    return str(label()) if labels is None else labels.date(str(label()))


def cite(article: Article, labels: Labels | None = None) -> str:
    """``*Title* (Source, date)``, the title linked to the article's URL if any; ``labels``
    (``export_labels``): the language of "Untitled" and "[inferred]" (default English)."""
    return _cite(article.title, article.url, article.source, _date(article, labels),
                 labels.untitled if labels is not None else "Untitled")


@lru_cache(maxsize=4096)  # every entry cites its article: the same few strings again
def _cite(title: str, url: str, source: str, published: str, untitled: str = "Untitled") -> str:
    title = f"*{inline(title) or inline(untitled)}*"
    if web_url(url):
        title = f"[{title}]({link_target(url)})"
    details = ", ".join(inline(x) for x in (source, published) if x.strip())
    return f"{title} ({details})" if details else title


def byline(article: Article, labels: Labels | None = None) -> str:
    """Source, authors, date and link of an article on one line (the date in the
    ``labels``' language)."""
    fields = (article.source, article.authors, _date(article, labels))
    parts = [inline(x) for x in fields if x.strip()]
    if web_url(article.url):
        parts.append(f"[{inline(article.url)}]({link_target(article.url)})")
    elif article.url.strip():  # shown, never a link (javascript:, data:, file: …)
        parts.append(inline(article.url))
    return " · ".join(parts)


@lru_cache(maxsize=16384)  # titles, speakers, tags and sources repeat across entries
def inline(text: str) -> str:
    """Escaped text on a single line (for headings and list items)."""
    return escape_markdown(" ".join(text.split()))


FILTERS: dict[str, Callable[..., str]] = {
    "md": escape_markdown,
    "inline": inline,
    "blockquote": blockquote,
    "hashtag": hashtag,
    "yaml": yaml_value,
    "url": link_target,
    "cite": cite,
    "byline": byline,
}
