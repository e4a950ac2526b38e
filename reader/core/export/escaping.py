"""Make arbitrary text survive Markdown: render back to exactly the same words.

Quotes come from news articles and may contain anything: ``*``, ``_``, ``#``,
``<tags>``, ``&amp;``, a leading ``1.`` or ``-``. Each would silently turn into
emphasis, headings, HTML or lists. Backslash escapes are used where Markdown
(Python-Markdown and CommonMark alike) honours them, HTML character references
where it does not (``<``, ``&``, ``|``, a leading ``=``), so the exported file
stays readable as plain text.
"""

from __future__ import annotations

import re

__all__ = ["escape_markdown", "blockquote"]

_ALWAYS = re.compile(r"([\\`*_\[\]#])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+>])")
# Unicode category Cc is exactly U+0000–U+001F and U+007F–U+009F; tab and newline stay.
# With them go the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
# they carry no words, and a hostile title or speaker ("Lav<U+202E>rov") would reorder
# the line it is on and what follows it (review R18-5). The marks LRM, RLM and ALM have no
# scope and stay (right-to-left text uses them).
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI_CONTROLS
_CONTROL = re.compile(f"[{_CONTROLS}]")
#: the controls that end a line (a word processor's line break VT, a form feed, NEL): a
#: line end, not nothing, or the words either side run together (reread RR19-8); the CSV
#: export's cells too (``str.translate`` table)
LINE_END_CONTROLS = {0x0B: "\n", 0x0C: "\n", 0x85: "\n"}
# What a line that needs no escaping has nowhere (as a character class's inside).
_SPECIALS = r"\\`*_\[\]#&<|"
# Lines that need no escaping at all (the common case) skip the per-line work.
_PLAIN_LINE = re.compile(rf"[^{_SPECIALS}\s=0-9+>-][^{_SPECIALS}]*")
# Text of several lines none of which needs escaping or stripping (a quote of paragraphs):
# each line empty, or a plain line with nothing to strip at either end.
_LINE = rf"[^{_SPECIALS}\s=0-9+>-](?:[^{_SPECIALS}\n]*[^{_SPECIALS}\s])?"
_PLAIN_LINES = re.compile(rf"(?:{_LINE})?(?:\n(?:{_LINE})?)*")


def escape_markdown(text: str) -> str:
    """Escape ``text`` so Markdown renders it literally.

    Line breaks are kept (blank lines separate paragraphs); leading and
    trailing spaces of each line are dropped since Markdown would read them as
    code blocks or hard breaks. Control characters are removed, and the bidi controls
    that reorder what follows them (embeddings, overrides, isolates).
    """
    if text.isprintable():  # most quotes: one line, no control characters (a C-speed check)
        return _escape_line(text.strip())
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.translate(LINE_END_CONTROLS))
    if "\n" not in text:
        return _escape_line(text.strip())
    if _PLAIN_LINES.fullmatch(text):
        return text
    return "\n".join(_escape_line(line.strip()) for line in text.split("\n"))


def _escape_line(line: str) -> str:
    if _PLAIN_LINE.fullmatch(line):
        return line
    line = _ENTITY_LIKE.sub("&amp;", line)  # before "#" gets a backslash
    line = _ALWAYS.sub(r"\\\1", line)
    line = line.replace("<", "&lt;").replace("|", "&#124;")
    if line.startswith("="):
        return "&#61;" + line[1:]
    return _LINE_START.sub(_escape_marker, line, count=1)


def _escape_marker(m: re.Match[str]) -> str:
    if m.group(3):  # "-", "+" or ">" opening a list item or a block quote
        return "\\" + str(m.group(3))
    return str(m.group(1)) + "\\" + str(m.group(2))  # "1." or "1)" opening an ordered list


def blockquote(text: str) -> str:
    """Prefix every line with ``> ``; blank lines become ``>`` so it stays one quote."""
    text = text.strip("\n")
    if "\n" not in text:
        return f"> {text}" if text.strip() else ">"
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n"))
