"""E-mail (``.eml``, RFC 5322) with Python's own ``email`` package.

The subject is the title, the sender the author, the Date header the publication date.
The text is the plain-text part, or the HTML part through the same offline extraction as
saved pages. Attachments are listed in :attr:`Message.attachments`; those in a format
Kutip imports can be imported too on request (``attachments=True``), at most
``MAX_ATTACHMENTS`` of them. A message with no text of its own but attachments says so.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.message import Message as MimePart
from pathlib import PurePath

from ..messages import Message as Text
from ..models import ImportedArticle
from .decode import decode_bytes
from .document import article_from_paragraphs, nfc
from .errors import ImportFailed
from .news_text import split_paragraphs

MAX_ATTACHMENTS = 20
MAX_PARTS = 500


@dataclass
class Attachment:
    name: str
    content_type: str
    data: bytes = field(repr=False, default=b"")


@dataclass
class Message:
    article: ImportedArticle | None
    attachments: list[Attachment]


def read_message(data: bytes) -> Message:
    """The message's own text as an article (None if it has none) and its attachments."""
    if not data.strip():
        raise ImportFailed(Text("import.file-empty", "file is empty"))
    head = data[:4096]
    if b":" not in head or b"\x00" in head:
        raise ImportFailed(Text("import.eml-no-headers", "not an e-mail message (no headers)"))
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as e:  # noqa: BLE001 - the parser is lenient; anything else is corrupt
        raise ImportFailed(Text("import.eml-unreadable", "cannot read the e-mail message "
                                "({error})", error=type(e).__name__)) from None
    if not isinstance(msg, EmailMessage) or not any(msg.keys()):
        raise ImportFailed(Text("import.eml-no-headers", "not an e-mail message (no headers)"))
    if sum(1 for _ in msg.walk()) > MAX_PARTS:
        raise ImportFailed(Text("import.eml-parts", "the message has more than {limit} parts; "
                                "not imported", limit=MAX_PARTS))
    attachments = _attachments(msg)
    body = _body(msg)
    article = None
    if body is not None:
        article = _article(msg, body)
    return Message(article=article, attachments=attachments)


def parse_eml(data: bytes) -> ImportedArticle:
    """The message as one article; a message with only attachments is an error that says
    which attachments it has."""
    message = read_message(data)
    if message.article is None:
        from . import _names

        names = _names(message.attachments)
        if names:
            raise ImportFailed(Text("import.eml-only-attachments", "the message has no text, "
                                    "only attachments ({names}); import them with the "
                                    "message's attachments option", names=names))
        raise ImportFailed(Text("import.eml-no-text", "the message has no text"))
    return message.article


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name, "")
    except Exception:  # noqa: BLE001 - a malformed header must not stop the import
        return ""
    return " ".join(str(value or "").split())


def _article(msg: EmailMessage, body: tuple[str, str]) -> ImportedArticle:
    kind, content = body
    if kind == "html":
        from .html_page import parse_html

        art = parse_html(content)
        paragraphs = art.text.split("\n\n")
    else:
        paragraphs = split_paragraphs(content.split("\n"))
    subject = _header(msg, "Subject")
    return article_from_paragraphs(paragraphs, title=subject or "(no subject)",
                                   authors=_sender(msg), published=_date(msg))


def _sender(msg: EmailMessage) -> str:
    raw = _header(msg, "From")
    name, address = email.utils.parseaddr(raw)
    return nfc(name or address or raw)


def _date(msg: EmailMessage) -> str:
    raw = _header(msg, "Date")
    if not raw:
        return ""
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return ""
    return when.date().isoformat() if when else ""


def _body(msg: EmailMessage) -> tuple[str, str] | None:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - broken MIME structure: look for a text part below
        part = None
    if part is None:
        part = next((p for p in msg.walk() if p.get_content_maintype() == "text"
                     and not p.is_attachment()), None)
    if part is None:
        return None
    text = _text(part)
    if not text or not text.strip():
        return None
    return ("html" if part.get_content_subtype() == "html" else "plain", text)


def _payload(part: MimePart) -> bytes:
    """A leaf part's content, its transfer encoding (base64, quoted-printable) undone."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""  # None for a multipart part


def _text(part: MimePart) -> str:
    payload = _payload(part)
    if not payload.strip():
        return ""
    charset = part.get_content_charset()
    try:
        return decode_bytes(payload, declared=charset)
    except ImportFailed:
        return ""


def _attachments(msg: EmailMessage) -> list[Attachment]:
    found: list[Attachment] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if not (part.is_attachment() or filename):
            continue
        name = PurePath((filename or "attachment").replace("\\", "/")).name or "attachment"
        try:
            data = _payload(part)
        except Exception:  # noqa: BLE001 - an undecodable attachment is listed empty
            data = b""
        found.append(Attachment(name=nfc(name), content_type=part.get_content_type(),
                                data=data))
    return found
