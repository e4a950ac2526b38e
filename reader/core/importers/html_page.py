"""Saved web pages: the article body and metadata via trafilatura, offline.

trafilatura only downloads when asked to (``fetch_url``); ``bare_extraction``
on a tree never touches the network, and we pass no URL it could follow.

Three rules keep the story:

* **Metadata comes from the untouched page** (JSON-LD, OpenGraph, ``<meta>``,
  ``<time>``), read before anything is removed; htmldate runs without its
  "extensive" body search, so a year in a sentence never becomes a date.
* **Removing active content never removes text**: scripts, styles and templates
  go with their content (code, not text); ``<embed>`` (a void element) loses only
  its tag, because libxml2 nests everything after an unclosed ``<embed>`` inside
  it; ``<object>``, ``<iframe>``, ``<noscript>`` and the like go with their own
  fallback line, but when they wrap paragraphs or headings (story text the parser
  nested into them) only their tag goes.
* **Page chrome is removed only when that keeps the story**: the text is
  extracted with and without ``<nav>``/``<aside>``/``<footer>``/page
  ``<header>``/``<form>``, and the stripped version wins only if it kept most of
  the text (trafilatura keeps menus on small pages; some sites wrap the whole
  story in an ``<aside>`` or a ``<form>``).

A result that is clearly not an article (mostly link texts, or a sliver of a
long page) is refused with a reason rather than stored.
"""

from __future__ import annotations

import copy
import logging
import re
import warnings
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document

from ..messages import Message
from ..models import ImportedArticle
from .dates import parse_date
from .errors import ImportFailed
from .html_text import (
    CHROME,
    DROP,
    XML_DECL,
    bound_attributes,
    parse_whole,
    stream_blocks,
)
from .news_text import shorten, tidy
from .outlets import outlet_for_site, outlet_for_url

# Code, not text: removed with their content.
CODE = ("script", "style", "template")
# Active or embedded content: the element goes; what it wraps stays if it is story text.
ACTIVE = ("embed", "object", "applet", "iframe", "frame", "frameset", "noscript", "portal",
          "fencedframe", "param")
_VOID = {"embed", "param", "frame"}  # never have content: any children were mis-nested
_STORY = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "section", "blockquote",
          "ul", "ol", "table", "div")
# Page chrome, removed in the second candidate only.
PAGE_CHROME = ("nav", "aside", "footer", "menu", "dialog", "form", "button")
OPENED = ("aside", "header", "footer", "form", "dialog", "menu")
#: the stripped candidate must keep this share of the unstripped one's text
KEEP_SHARE = 0.6
_WORD = re.compile(r"\w+")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs parse noise as errors
logging.getLogger("htmldate").setLevel(logging.CRITICAL)
# htmldate hands dates like "2014-12-29 08:57:25 EST" to dateutil, whose warning about the time zone
# name reached the user's terminal raw (R14-9); only the day is kept, so it is noise
warnings.filterwarnings("ignore", message=r"tzname \w+ identified but not understood",
                        module=r"dateutil\.")


def parse_html(html: str, url: str = "") -> ImportedArticle:
    html = bound_attributes(XML_DECL.sub("", html, count=1))[0]  # the fallback reads it too
    if not html.strip():
        raise ImportFailed(Message("import.no-html", "no HTML content"))
    root, whole = parse_whole(html, bounded=True)
    art = ImportedArticle(title="", text="", url=url)
    page_metadata(root, art)
    deactivate(root)
    # a page nested deeper than libxml2 reads lost the rest of its text in the tree: the
    # tokenizer's reading (no depth limit) has it all
    paragraphs = best_text(root) if whole else []
    if not paragraphs:
        paragraphs = _fallback(html, art)
    if not paragraphs:
        raise ImportFailed(Message(
            "import.html-no-text", "no readable text in the HTML page (only scripts, styles or "
            "markup)"))
    check_not_boilerplate(root, paragraphs, art.title or paragraphs[0].split("\n")[0])
    if paragraphs and paragraphs[0] == art.title:
        paragraphs = paragraphs[1:] or paragraphs  # the <h1> repeats the title
    if not art.title:
        art.title = shorten(paragraphs[0].split("\n")[0])
    return tidy(art, paragraphs)


def page_metadata(root: HtmlElement, art: ImportedArticle) -> None:
    """Title, outlet, authors, URL, full date and language from the whole, untouched page."""
    try:
        meta = extract_metadata(copy.deepcopy(root), default_url=art.url or None, extensive=False)
    except RecursionError:
        return
    art.title = " ".join((meta.title or "").split())
    art.url = meta.url or art.url
    site = " ".join((meta.sitename or "").split())
    if meta.url and site.lower() in _hosts(meta.url):
        site = ""  # trafilatura's fallback, the host name: not an outlet's name
    outlet = outlet_for_url(art.url) or outlet_for_site(site)
    art.source = outlet.name if outlet else site
    art.authors = _authors(meta.author or "")
    art.published = parse_date(meta.date or "") or ""
    lang = root.get("lang") or ""
    art.language = lang.split("-")[0].lower()[:3] if lang.strip() else ""


# Words a byline widget puts after a name ("Alice Wu FOLLOW Updated", "Nathanael Johnson
# January"): not part of it.
_BYLINE_NOISE = re.compile(
    r"(?:\s+(?:[A-Z]{2,}|Updated|Published|Posted|Follow|More|on|at|\d[\d:,.]*|"
    r"January|February|March|July|September|October|November|December|"
    r"Januari|Februari|Maret|Juli|Oktober|Desember|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)+$")


def _hosts(url: str) -> set[str]:
    try:
        netloc = urlsplit(url).netloc.lower()
    except ValueError:
        return set()
    host = netloc.rsplit("@", 1)[-1]
    return {netloc, host, host.removeprefix("www."), host.split(":")[0]}


def _authors(value: str) -> str:
    names = []
    for name in re.split(r";|\|", value):
        name = " ".join(name.split())
        trimmed = _BYLINE_NOISE.sub("", name)
        if " " in trimmed or trimmed == name:  # never trim a name down to one word
            name = trimmed
        if name:
            names.append(name)
    return ", ".join(dict.fromkeys(names))


def deactivate(root: HtmlElement) -> None:
    """Remove code and active content in place, keeping every piece of text they wrap."""
    for el in list(root.iter(*CODE)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail: the text after </script>
    for el in list(root.iter(*ACTIVE)):
        if el.getparent() is None:
            continue
        if el.tag in _VOID or next(el.iter(*_STORY), None) is not None:
            el.text = None if el.tag not in _VOID else el.text
            el.drop_tag()  # keeps children and tail
        else:
            el.drop_tree()  # a fallback line ("get the plug-in"); keeps the tail


def best_text(root: HtmlElement) -> list[str]:
    """The article's paragraphs: without page chrome when that keeps the story.

    Three candidates, in order of preference: the page without its chrome; the page as
    it is (trafilatura prunes ``<aside>`` and ``<form>`` itself); the page with chrome
    containers opened into plain ``<div>`` s (a story wrapped in an ``<aside>``).  The
    first that keeps at least ``KEEP_SHARE`` of the most story words wins; link texts
    (a menu, a list of headlines) are not story words.
    """
    links = link_texts(root)
    candidates = []
    has = {el.tag for el in root.iter(*PAGE_CHROME, "header")}
    for prepare in (strip_chrome, None, open_chrome):
        if prepare is not None and not has:
            continue  # no chrome: the three trees would be one
        if prepare is open_chrome and not has & set(OPENED):
            continue
        tree = copy.deepcopy(root)
        if prepare:
            prepare(tree)
        paragraphs = _extract(tree)
        candidates.append((paragraphs, _story_words(paragraphs, links)))
    most = max(words for _p, words in candidates)
    return next(p for p, words in candidates if words >= KEEP_SHARE * most)


def link_texts(root: HtmlElement) -> set[str]:
    links = {" ".join(a.text_content().split()) for a in root.iter("a")}
    links.discard("")
    return links


def _link_words(lines: list[str], links: set[str]) -> int:
    """Words of ``lines`` that are link texts: a whole line, or link texts run together on
    one line (a menu read as one line: "Beranda Berita Olahraga")."""
    found = 0
    for line in lines:
        if line in links:
            found += len(_WORD.findall(line))
            continue
        rest = line
        for text in sorted((t for t in links if t in rest), key=len, reverse=True):
            rest = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", " ", rest)
        found += len(_WORD.findall(line)) - len(_WORD.findall(rest))
    return found


def _story_words(paragraphs: list[str], links: set[str]) -> int:
    return sum(len(_WORD.findall(line)) for p in paragraphs for line in p.split("\n")
               if line.strip() not in links)


def _sentence_words(paragraphs: list[str], links: set[str]) -> int:
    """Words of the lines that say something: no link's text, ``SENTENCE_WORDS`` or more."""
    total = 0
    for p in paragraphs:
        for line in p.split("\n"):
            if line.strip() in links:
                continue
            found = len(_WORD.findall(line))
            if found >= SENTENCE_WORDS:
                total += found
    return total


def open_chrome(root: HtmlElement) -> None:
    """Turn chrome containers into ``<div>`` s so nothing prunes what they wrap."""
    for el in list(root.iter(*OPENED)):
        el.tag = "div"


def strip_chrome(root: HtmlElement) -> None:
    for el in list(root.iter(*PAGE_CHROME)):
        if el.getparent() is not None:
            el.drop_tree()
    for header in list(root.iter("header")):  # page header, not an article's own header
        if header.getparent() is not None and not any(
                a.tag in ("article", "main") for a in header.iterancestors()):
            header.drop_tree()


def _extract(root: HtmlElement) -> list[str]:
    try:
        doc = trafilatura.bare_extraction(
            root, with_metadata=False, include_comments=False, include_images=False,
            include_links=False, include_tables=True, deduplicate=False,
        )
    except RecursionError:
        return []  # deeply nested page: the iterative fallback copes
    if not isinstance(doc, Document):  # None: nothing found (a dict only when asked for)
        return []
    lines = (doc.text or "").split("\n")
    return [line.strip() for line in lines if line.strip()]


def _words(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _fallback(html: str, art: ImportedArticle) -> list[str]:
    title, paragraphs = stream_blocks(html, DROP + CHROME)
    if not paragraphs:
        title, paragraphs = stream_blocks(html, DROP)
    art.title = art.title or title
    return paragraphs


# A page is "boilerplate only" when what was found is mostly link texts (a menu, a list of
# headlines), a consent notice, or a sliver of a long page.
LINK_SHARE = 0.7
SLIVER_SHARE = 0.03
SLIVER_WORDS = 60
LONG_PAGE_WORDS = 1500
#: what a cookie or consent banner says (English and Indonesian), not a story about cookies
_CONSENT = re.compile(r"\b(?:(?:we|site|website|situs|kami)\s+(?:\w+\s+)?(?:uses?|menggunakan)"
                      r"\s+(?:cookies?|kuki)|use of cookies|cookie (?:policy|settings|"
                      r"preferences)|consent|privacy (?:policy|settings)|kebijakan (?:privasi|"
                      r"kuki|cookie))\b", re.IGNORECASE)


#: a title that says the page is an error ("404", "Page not found", "Halaman tidak
#: ditemukan"), not a story about one ("404 days in captivity" has more after the number)
_ERROR_TITLE = re.compile(
    r"\s*(?:(?:error|http)\s*)?(?:404|410|500|503)(?:\s*(?:error|-|–|—|:|\|)?\s*(?:page\s+)?"
    r"(?:not\s+found|gone|tidak\s+ditemukan))?\s*(?:[|–—:-].*)?"
    r"|(?:(?:sorry|oops)[,!.]?\s*)?(?:the\s+)?page\s+(?:you\s+(?:requested|were\s+looking\s+"
    r"for)\s+)?(?:was\s+|is\s+|could\s+not\s+be\s+|cannot\s+be\s+)?(?:not\s+found|found)"
    r"\s*(?:[|–—:-].*)?|halaman\s+(?:tidak|tak)\s+(?:ditemukan|tersedia)\s*(?:[|–—:-].*)?",
    re.IGNORECASE)
#: an error page says little: a story with such a title would say more
ERROR_PAGE_WORDS = 150
#: a title that is nothing but the error's code ("404", "Error 404", "404 Not Found"): the
#: page is an error whatever its menus and lists of headlines add up to (R13-3's page: 526
#: words of them), up to this many words
_CODE_TITLE = re.compile(r"(?:(?:error|http)\s*)?(?:404|410)(?:\s*[-:]?\s*(?:page\s+)?"
                         r"not\s+found)?", re.IGNORECASE)
ERROR_CODE_PAGE_WORDS = 1000


#: a line of a story says something: this many words at least (a menu's, a button's, a
#: headline link's are shorter or are links)
SENTENCE_WORDS = 8


def check_not_boilerplate(root: HtmlElement, paragraphs: list[str], title: str = "") -> None:
    """Refuse a result that is not an article, with a reason a person understands."""
    words = _words(paragraphs)
    links: set[str] | None = None
    for named in (title, root.findtext(".//title") or ""):  # (its heading, its <title>)
        named = " ".join(named.split())
        code = bool(named) and _CODE_TITLE.fullmatch(named) is not None
        if not named or not (code or _ERROR_TITLE.fullmatch(named)):
            continue
        if code and words < ERROR_CODE_PAGE_WORDS or words < ERROR_PAGE_WORDS:
            said = 0
        else:  # whatever its length, an error page's words are menus, links and headlines:
            # what it says in sentences of its own is what a story would say (R13-3's rest)
            links = link_texts(root) if links is None else links
            said = _sentence_words(paragraphs, links)
        if said < ERROR_PAGE_WORDS:
            raise ImportFailed(Message(
                "import.page-error", "the page holds no article: it is an error page"
                " (“{title}”)", title=shorten(named)))
    links = link_texts(root) if links is None else links
    lines = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    # lines that are links (a list of headlines); on a short page, links run together too
    # (a menu read as one line); more than SLIVER_WORDS / (1 - LINK_SHARE) words always
    # leave enough that are no link for that
    short = words < SLIVER_WORDS / (1 - LINK_SHARE)
    in_links = (_link_words(lines, links) if short
                else words - _story_words(paragraphs, links))  # (whole lines only)
    if words and in_links / words >= LINK_SHARE and (len(lines) >= 3 or short):
        raise ImportFailed(Message(
            "import.page-only-links", "the page holds no article: what it shows is mostly links "
            "(a menu or a list of headlines)"))
    if words < SLIVER_WORDS:
        consent = sum(len(_WORD.findall(p)) for p in paragraphs if _CONSENT.search(p))
        if consent * 2 >= words:
            raise ImportFailed(Message(
                "import.page-consent-only", "the page holds no article: what it shows is a "
                "cookie or consent notice (the story may be drawn by a script)"))
    page_words = len(_WORD.findall(" ".join(root.itertext())))
    if (page_words >= LONG_PAGE_WORDS and words < SLIVER_WORDS
            and words < SLIVER_SHARE * page_words):
        raise ImportFailed(Message("import.page-sliver", "no article found: only {words} words "
                                   "of a {page_words}-word page could be read as a story (a "
                                   "cookie notice or a menu?)", words=words,
                                   page_words=page_words))
