"""Small text rules shared by the importers and the library: one-line names, the text hash.

Kept out of ``reader.core.importers`` so the library can use them without importing every
importer (issue 12: ``kutip list`` must not load the HTML, PDF and URL machinery).
"""

from __future__ import annotations

import re

#: Unicode category Cc (compiled by ``re`` on first use, kept in its cache: most names
#: are printable and never need it, issue 12)
_CONTROL = "[\x00-\x1f\x7f-\x9f]"


def one_line(value: str) -> str:
    """``value`` without control characters: line breaks and tabs become one space."""
    if value.isprintable():
        return value.strip()
    return " ".join(re.sub(_CONTROL, "", " ".join(value.split())).split())


#: C0 and C1 control characters and DEL, but newline and tab; and the bidirectional
#: embeddings, overrides and isolates, which show text in another order than it has (an
#: imported title's U+202E turned the rest of its line around)
UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def shown_controls(text: object, keep: str = "") -> str:
    """``text`` with its control and bidirectional control characters written out as
    ``\\x1b`` / ``\\u202e`` instead of acting on what follows: how the CLI shows imported
    titles, outlets and quotations on a terminal (R12-3; the app marks them:
    ``marked_controls``). Characters in ``keep`` stay as they are."""
    text = str(text)
    if text.isprintable():
        return text

    def shown(m: re.Match[str]) -> str:
        char: str = m.group()
        if char in keep:
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return re.sub(UNSAFE, shown, text)


def marked_controls(text: object, keep: str = "") -> str:
    """``text`` with each of its control and bidi control characters shown as U+FFFD
    instead of acting on what follows: how the app shows them everywhere (R14-5: its
    headings wrote "\\u202e" out, its annotation list showed a box, its status bar
    "\\x07", and the article's body, whose offsets are the anchors and so can only show
    one character for one, U+FFFD). Characters in ``keep`` stay as they are."""
    text = str(text)
    if text.isprintable():
        return text
    return re.sub(UNSAFE, lambda m: m.group() if m.group() in keep else "\ufffd", text)


def content_hash(text: str) -> str:
    """sha256 of the story text, so re-imports are recognised whatever the file name."""
    import hashlib  # here: OpenSSL's loading is a few ms of every command (issue 12)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
