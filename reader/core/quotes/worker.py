"""Suggestions worked out in a child process that can be stopped at once.

``python -m reader.core.quotes.worker`` reads one JSON request (text, aliases, language)
on standard input and writes the suggestions as JSON on standard output. The app runs
it for long articles: the window never waits for it, opening another article or closing
the window kills it, and a pathological text cannot keep Kutip alive after it quits.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from ..messages import Message
from ..models import Suggestion

MODULE = "reader.core.quotes.worker"


def encode_request(text: str, aliases: dict[str, str] | None, language: str | None) -> bytes:
    return json.dumps({"text": text, "aliases": aliases or {}, "language": language or None},
                      ensure_ascii=False).encode("utf-8", "surrogatepass")


_REASONS = ("reason", "speaker_reason")  # Messages: sent with their codes, to be translated


def encode_result(found: list[Suggestion]) -> bytes:
    items = [{**asdict(s), **{f: getattr(s, f).to_json() for f in _REASONS
                              if isinstance(getattr(s, f), Message)}} for s in found]
    return json.dumps(items, ensure_ascii=False).encode("utf-8", "surrogatepass")


def decode_result(data: bytes) -> list[Suggestion]:
    return [Suggestion(**{**item, **{f: Message.from_json(item[f]) for f in _REASONS
                                     if f in item}})
            for item in json.loads(data.decode("utf-8", "surrogatepass"))]


def main() -> int:
    from . import suggest

    request = json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))
    found = suggest(request["text"], request["aliases"], request["language"])
    sys.stdout.buffer.write(encode_result(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
