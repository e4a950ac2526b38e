"""Turn bytes from a file or a socket into clean text.

Policy, so behaviour is predictable:

* BOMs (UTF-8, UTF-16, UTF-32) decide the encoding and are stripped.
* Valid UTF-8 is taken as UTF-8.
* UTF-8 cut off in the middle of the last character (a truncated download or
  file) is imported: the broken tail becomes one U+FFFD so the loss is visible.
* UTF-16 without a BOM is recognised from its pattern of NUL bytes.
* Other NUL bytes mean a binary file: refused.
* Anything else goes to charset-normalizer; a single-byte Latin guess becomes
  cp1252, the legacy encoding news text really uses (charset-normalizer often
  says cp1250, which turns "ï" into "ď").
* Newlines become ``\\n``; nothing else is normalised (curly quotes stay).
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from ..files import open_library_refusal
from ..messages import Message
from .errors import ImportFailed

MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LATIN_GUESSES = {"cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15",
                  "mac_roman", "mac_latin2", "cp1254", "iso8859_9", "cp1257", "iso8859_13"}
_WHATWG_CP1252 = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252"}
# the control characters below 32 a text may not be mostly made of: all but \t \n \v \f
# \r (counted in C: a loop in Python over every character of a text file's first 20,000
# cost ~5 % of its import, bench/README.md session 22)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def read_limited(path: Path) -> bytes:
    """Read a regular file, refusing oversize ones before loading them."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ImportFailed(Message("import.file-not-found", "file not found")) from None
    except PermissionError:
        raise ImportFailed(Message("import.permission-denied", "permission denied")) from None
    except OSError as e:
        raise ImportFailed(Message("import.cannot-read-file", "cannot read file: {error}",
                                   error=e.strerror or e)) from None
    if path.is_dir():
        raise ImportFailed(Message("import.is-directory", "is a directory, not a file"))
    if not path.is_file():
        raise ImportFailed(Message("import.not-regular-file", "not a regular file"))
    if st.st_size > MAX_BYTES:
        raise ImportFailed(Message("import.file-too-large", "file too large ({size}; the "
                                   "limit is {limit})", size=_mb(st.st_size),
                                   limit=_mb(MAX_BYTES)))
    refusal = open_library_refusal(path)  # (opening it would drop its locks: R15-2)
    if refusal is not None:
        raise ImportFailed(refusal)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise ImportFailed(Message("import.permission-denied", "permission denied")) from None
    except OSError as e:
        raise ImportFailed(Message("import.cannot-read-file", "cannot read file: {error}",
                                   error=e.strerror or e)) from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise ImportFailed(Message("import.file-over-limit", "file too large (over {limit})",
                                   limit=_mb(MAX_BYTES)))
    return gunzipped(data) if path.suffix.lower() == ".gz" else data


def gunzipped(data: bytes) -> bytes:
    """A gzipped file's contents (a saved page as ``.html.gz``, review R18-1), unpacked no
    further than the size limit: a small file that unpacks to gigabytes is refused after
    ``MAX_BYTES``, never unpacked whole."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
            unpacked = packed.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        raise ImportFailed(Message("import.not-gzip", "not a readable gzip file (the name "
                                   "ends in .gz)")) from None
    if len(unpacked) > MAX_BYTES:
        raise ImportFailed(Message("import.unpacked-over-limit", "file too large once "
                                   "unpacked (over {limit})", limit=_mb(MAX_BYTES)))
    return unpacked


def read_stream(stream: BinaryIO) -> bytes:
    """Read a binary stream (standard input) up to the size limit: an endless or huge one
    is refused after ``MAX_BYTES``, never read whole into memory."""
    data = bytearray()
    try:
        while len(data) <= MAX_BYTES:
            chunk = stream.read(min(1024 * 1024, MAX_BYTES + 1 - len(data)))
            if not chunk:
                break
            data += chunk
    except OSError as e:
        raise ImportFailed(Message("import.cannot-read", "cannot read: {error}",
                                   error=e.strerror or e)) from None
    if len(data) > MAX_BYTES:
        raise ImportFailed(Message("import.stream-over-limit", "too large (over {limit}, the "
                                   "limit)", limit=_mb(MAX_BYTES)))
    return bytes(data)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` per the module policy; ``declared`` is e.g. an HTTP charset."""
    if not data.strip():
        raise ImportFailed(Message("import.file-empty", "file is empty"))
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], enc)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ImportFailed(Message(
                "import.binary-nul", "looks like a binary file (contains NUL bytes), not text"))
        return _strict(data, utf16)
    if declared and declared.lower().replace("_", "-").startswith(("utf-16", "ucs-2")):
        # no NUL byte: this is no UTF-16 text (its ASCII would have one in every other byte);
        # a page's <meta> naming UTF-16 is read as UTF-8, as browsers do (review R18-8)
        declared = None
    if declared:
        if declared.lower().replace("_", "-") in _WHATWG_CP1252:
            declared = "cp1252"  # what browsers do, and what such pages really contain
        try:
            return check_text(normalize_text(data.decode(declared)))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common; detect instead
    try:
        return check_text(normalize_text(data.decode("utf-8")))
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and len(data) - e.start <= 3:
            return check_text(normalize_text(data.decode("utf-8", errors="replace")))
    if _mostly_utf8(data):
        return check_text(normalize_text(data.decode("utf-8", errors=_STRAY)))
    best = from_bytes(data).best()
    if best is None:
        raise ImportFailed(Message(
            "import.unknown-encoding", "cannot detect the text encoding (binary or corrupt "
            "file?)"))
    enc = best.encoding
    if enc in _LATIN_GUESSES and _decodes(data, "cp1252"):
        enc = "cp1252"
    return check_text(normalize_text(data.decode(enc, errors="replace")))


#: a text with at least this many valid UTF-8 characters beyond ASCII for each byte that is
#: no UTF-8 is read as UTF-8 all the same (``_mostly_utf8``); a legacy text has almost none
_STRAY_SHARE = 2
_STRAY = "kutip.stray-byte"


def _stray_byte(error: UnicodeError) -> tuple[str, int]:
    """A byte that is no UTF-8 in a UTF-8 text: read as Windows-1252 (what a CMS glitch or
    a pasted legacy word usually is), or U+FFFD where that has no character."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


codecs.register_error(_STRAY, _stray_byte)


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 but for a few stray bytes (review R16-8): a page that
    declares UTF-8 and is valid but for one byte a CMS left was decoded whole in a legacy
    code page, every curly quote turned to mojibake and no quotation found. A legacy text
    forms almost no valid multi-byte sequences, so the share tells them apart."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    return 0 < invalid and valid >= 2 and invalid * _STRAY_SHARE <= valid


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` a saved page declares, if any (checked, not trusted)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _decodes(data: bytes, enc: str) -> bool:
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, enc: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise ImportFailed(Message("import.invalid-encoding", "invalid {encoding} text "
                                   "(corrupt or truncated file)",
                                   encoding=enc.upper())) from None
    return check_text(normalize_text(text))


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has NULs in every other byte; anything else is binary."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def check_text(text: str) -> str:
    """Reject decodes that are mostly control characters (binary in disguise)."""
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise ImportFailed(Message("import.binary", "looks like a binary file, not text"))
    if not text.strip():
        raise ImportFailed(Message("import.file-empty", "file is empty"))
    return text


def normalize_text(text: str) -> str:
    """Strip a BOM and unify newlines; keep every other character as it is."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")
