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


def content_hash(text: str) -> str:
    """sha256 of the story text, so re-imports are recognised whatever the file name."""
    import hashlib  # here: OpenSSL's loading is a few ms of every command (issue 12)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
