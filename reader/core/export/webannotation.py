"""W3C Web Annotation (JSON-LD) export and import, so annotations travel.

Standard parts: an ``AnnotationCollection`` with one embedded
``AnnotationPage``; each ``Annotation`` targets the article URL (or
``urn:kutip:article:<content_hash>`` when it has none) through a
``TextQuoteSelector`` and a ``TextPositionSelector`` (code point offsets).
Tags are ``TextualBody`` bodies with purpose ``tagging``, the note one with
purpose ``commenting``.

Kutip extension, under the prefix ``kutip:`` = ``https://kutip.app/ns#``
(declared in the collection's ``@context``):

- on an Annotation: ``kutip:kind`` (quote, claim, highlight),
  ``kutip:speaker``, ``kutip:verdict``, ``kutip:anchor`` (anchor state);
- on its target: ``kutip:title`` and ``kutip:contentHash`` of the article, and
  ``kutip:article``, the article's ``urn:uuid:…``;
- ``kutip:speakerId``: the speaker's ``urn:uuid:…``; a tag body's ``id``: the tag's.

An annotation's ``id`` is ``urn:uuid:…``, its identity in every library that imports it.

Other tools ignore these; importing annotations from other tools falls back
to the motivation for the kind. See ``WEBANNOTATION.md``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from typing import Any, TypeGuard

from ..models import KINDS, Annotation, Article

__all__ = ["ANNO_CONTEXT", "KUTIP_NS", "MAX_JSON_BYTES", "annotation_collection",
           "annotation_nodes", "export_webannotation", "load_webannotation", "parse_tag_ids",
           "parse_webannotation", "tag_identities", "used_tags"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KUTIP_NS = "https://kutip.app/ns#"
ARTICLE_URN = "urn:kutip:article:"
UUID_URN = "urn:uuid:"
MOTIVATIONS = {"quote": "identifying", "claim": "assessing", "highlight": "highlighting"}
#: the largest offset a TextPositionSelector may give (SQLite's largest integer)
MAX_OFFSET = 2**63 - 1
#: a W3C JSON file bigger than this is refused before it is parsed
MAX_JSON_BYTES = 256 * 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")

#: a JSON object as ``json`` reads it: its values are whatever the file holds, so code
#: reading one checks each value's type (``_text``, ``_uuid``, ``isinstance``)
JsonObject = dict[str, Any]


def load_webannotation(data: bytes) -> object:
    """The JSON value of a W3C Web Annotation file's bytes (UTF-8, -16 or -32, BOM or not).

    Raises ValueError with one line for anything that is not JSON: invalid text, bad syntax,
    nesting too deep to read, too large. A lone surrogate (``"\\ud800"``, valid JSON but no
    character) becomes U+FFFD in that one string instead of failing the whole file.
    """
    if len(data) > MAX_JSON_BYTES:
        raise ValueError(f"too large ({len(data) // 2**20} MB; the limit is "
                         f"{MAX_JSON_BYTES // 2**20} MB)")
    try:
        value = json.loads(data)
    except UnicodeDecodeError:
        raise ValueError("not a JSON file (not UTF-8, UTF-16 or UTF-32 text)") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not a JSON file ({error.msg} at line {error.lineno}, "
                         f"column {error.colno})") from None
    except RecursionError:
        raise ValueError("not a Web Annotation file: its JSON is nested too deeply") from None
    return _without_lone_surrogates(value)


def _without_lone_surrogates(value: object) -> object:
    """``value`` with U+FFFD for every lone surrogate in its strings (keys too); iterative."""

    def fixed(text: str) -> str:
        return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text

    if isinstance(value, str):
        return fixed(value)
    stack: list[object] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                item = node[key]
                if isinstance(item, str):
                    item = fixed(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
                if isinstance(key, str) and fixed(key) != key:
                    del node[key]
                    key = fixed(key)
                node[key] = item
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = fixed(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
    return value


def export_webannotation(items: Iterable[tuple[Article, list[Annotation]]],
                         ids: dict[str, dict[str, str]] | None = None) -> JsonObject:
    """An AnnotationCollection holding every annotation, ready for ``json.dump``.

    ``ids`` gives the UUIDs of tags, speakers and coders by name (``{"tags": {…},
    "speakers": {…}, "coders": {…}}``); an annotation's coder is its ``creator`` (a Person).
    """
    ids = ids or {}
    pairs = [(article, a) for article, anns in items for a in anns]
    return annotation_collection(annotation_nodes(pairs, ids), tag_identities(
        used_tags(a for _, a in pairs), ids))


def annotation_collection(found: list[JsonObject], tag_ids: dict[str, str]) -> JsonObject:
    """The AnnotationCollection of the nodes ``found`` (``annotation_nodes``), with the
    tags' identities (``tag_identities``)."""
    out: JsonObject = {
        "@context": [ANNO_CONTEXT, {"kutip": KUTIP_NS}],
        "type": "AnnotationCollection",
        "total": len(found),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": found},
    }
    if tag_ids:
        out["kutip:tagIds"] = tag_ids
    return out


def annotation_nodes(pairs: Iterable[tuple[Article, Annotation]],
                     ids: dict[str, dict[str, str]]) -> list[JsonObject]:
    """The collection's items: a node for each (article, annotation)."""
    tag_ids, speaker_ids = ids.get("tags", {}), ids.get("speakers", {})
    coder_ids = ids.get("coders", {})
    return [_annotation(article, a, tag_ids, speaker_ids, coder_ids) for article, a in pairs]


def used_tags(annotations: Iterable[Annotation]) -> set[str]:
    """The tags the annotations use, and their parents (made with them on import)."""
    return {"/".join(parts[:n]) for a in annotations for tag in a.tags
            if (parts := tag.split("/")) for n in range(1, len(parts) + 1)}


def tag_identities(used: set[str], ids: dict[str, dict[str, str]]) -> dict[str, str]:
    """``kutip:tagIds``: the identities of the tags ``used`` (``used_tags``)."""
    tag_ids = ids.get("tags", {})
    return {name: _urn(tag_ids[name]) for name in sorted(used) if tag_ids.get(name)}


def _urn(uuid: str) -> str:
    return UUID_URN + uuid if uuid else ""


def _annotation(article: Article, a: Annotation, tag_ids: dict[str, str],
                speaker_ids: dict[str, str], coder_ids: dict[str, str] | None = None
                ) -> JsonObject:
    body: list[JsonObject] = []
    for tag in a.tags:
        node: JsonObject = {"type": "TextualBody", "purpose": "tagging", "value": tag}
        if tag_ids.get(tag):
            node = {"id": _urn(tag_ids[tag]), **node}
        body.append(node)
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note})
    out: JsonObject = {
        "id": _urn(a.uuid) or f"urn:kutip:annotation:{a.id}",
        "type": "Annotation",
        "motivation": MOTIVATIONS.get(a.kind, "highlighting"),
        "created": a.created_at,
        "modified": a.updated_at,
        "kutip:kind": a.kind,
        "kutip:speaker": a.speaker,
        "kutip:speakerId": _urn(speaker_ids.get(a.speaker, "")),
        "kutip:verdict": a.verdict,
        "kutip:anchor": a.anchor,
        "target": {
            "source": article.url or f"{ARTICLE_URN}{article.content_hash}",
            "kutip:title": article.title,
            "kutip:contentHash": article.content_hash,
            "kutip:article": _urn(article.uuid),
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                 "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
    }  # fmt: skip
    if not out["kutip:speakerId"]:
        del out["kutip:speakerId"]
    if a.speaker and a.speaker_written and a.speaker_written.lower() != a.speaker.lower():
        out["kutip:speakerWritten"] = a.speaker_written  # the article's own spelling
    if a.coder:  # who made it: a W3C Agent
        creator = {"type": "Person", "name": a.coder}
        if (coder_ids or {}).get(a.coder):
            creator = {"id": _urn((coder_ids or {})[a.coder]), **creator}
        out["creator"] = creator
    if not out["target"]["kutip:article"]:
        del out["target"]["kutip:article"]
    if not a.created_at:
        del out["created"]
    if not a.updated_at:
        del out["modified"]
    if a.start is None or a.end is None:  # an orphan has no position, only its quote
        del out["target"]["selector"][1]
    if body:
        out["body"] = body
    return out


def parse_webannotation(data: object) -> list[JsonObject]:
    """Flat annotation dicts from a collection, a page or a single Annotation.

    Each has ``source`` (url, title, content_hash, uuid), kind, exact, prefix,
    suffix, start, end (None without a TextPositionSelector), speaker,
    verdict, note, tags, created, modified, and the identities ``uuid``,
    ``speaker_uuid`` and ``tag_uuids`` (tag name → uuid) when the file has them
    ("" otherwise). Raises ValueError on anything that is not Web Annotation JSON
    with a TextQuoteSelector.
    """
    return [_parse_one(item, i) for i, item in enumerate(_items(data))]


def parse_tag_ids(data: object) -> dict[str, str]:
    """Tag name → UUID from a collection's ``kutip:tagIds`` (parents included)."""
    found = data.get("kutip:tagIds", {}) if isinstance(data, dict) else {}
    if not isinstance(found, dict):
        return {}
    return {name: u for name, urn in found.items() if isinstance(name, str) and (u := _uuid(urn))}


def _types(node: JsonObject) -> set[str]:
    """The ``type`` (or ``@type``) of a node: a string or a list of strings, else none."""
    t = node.get("type", node.get("@type", ()))
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()  # "type": 5 or an object: no type Kutip knows


def _items(data: object) -> list[object]:
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    types = _types(data)
    if "Annotation" in types:
        return [data]
    if "AnnotationPage" in types:
        return _page_items(data)
    if "AnnotationCollection" in types:
        page = data.get("first")
        if page is None and "items" in data:
            # (its annotations listed on the collection itself, as some tools write it:
            # read them; they were left out silently, "0 imported")
            return _page_items(data)
        if page is None:
            return []
        if not isinstance(page, dict):
            raise ValueError("AnnotationCollection 'first' must be an embedded AnnotationPage")
        return _page_items(page)
    raise ValueError(
        "not a Web Annotation document: type must be AnnotationCollection, "
        f"AnnotationPage or Annotation, got {sorted(types) or 'none'}"
    )


def _page_items(page: JsonObject) -> list[object]:
    items: list[object] = []
    node: object = page
    while isinstance(node, dict):
        page_items = node.get("items", [])
        if not isinstance(page_items, list):
            raise ValueError("AnnotationPage 'items' must be a list")
        items.extend(page_items)
        node = node.get("next")
    return items


def _parse_one(item: object, index: int) -> JsonObject:
    where = f"annotation #{index + 1}"
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise ValueError(f"{where}: expected an object of type Annotation")
    target = _target(item.get("target"), where)
    quote, position = _selectors(target.get("selector"), where)
    source = target.get("source", target.get("id", ""))
    content_hash = _text(target, "kutip:contentHash", where)
    if not content_hash and isinstance(source, str) and source.startswith(ARTICLE_URN):
        content_hash = source[len(ARTICLE_URN) :]
    url = source if isinstance(source, str) and not source.startswith(ARTICLE_URN) else ""
    kind = item.get("kutip:kind") or _kind_from_motivation(item.get("motivation"))
    if kind not in KINDS:
        shown = repr(kind) if len(repr(kind)) <= 40 else repr(kind)[:39] + "…"
        raise ValueError(f"{where}: kutip:kind must be one of {', '.join(KINDS)}, got {shown}")
    tags, notes, tag_uuids = _bodies(item.get("body"), where)
    coder, coder_uuid = _creator(item.get("creator"), where)
    return {
        "source": {"url": url, "title": _text(target, "kutip:title", where),
                   "content_hash": content_hash,
                   "uuid": _uuid(_text(target, "kutip:article", where))},
        "uuid": _uuid(item.get("id", item.get("@id", ""))),
        "speaker_uuid": _uuid(_text(item, "kutip:speakerId", where)),
        "tag_uuids": tag_uuids,
        "kind": kind,
        "exact": quote["exact"],
        "prefix": _text(quote, "prefix", where),
        "suffix": _text(quote, "suffix", where),
        "start": position["start"] if position else None,
        "end": position["end"] if position else None,
        "speaker": _text(item, "kutip:speaker", where),
        "speaker_written": _text(item, "kutip:speakerWritten", where),
        "coder": coder, "coder_uuid": coder_uuid,
        "verdict": _text(item, "kutip:verdict", where),
        "note": "\n\n".join(notes),
        "tags": tags,
        "created": _text(item, "created", where),
        "modified": _text(item, "modified", where),
    }  # fmt: skip


def _creator(node: object, where: str) -> tuple[str, str]:
    """(name, uuid) of an annotation's ``creator``: an Agent object with a ``name``
    (W3C: also ``nickname``) or a plain string; ("", "") when there is none."""
    if node is None or node == "":
        return "", ""
    if isinstance(node, list):  # several creators: the first is the coder
        node = node[0] if node else None
        return _creator(node, where)
    if isinstance(node, str):
        found = _uuid(node)
        return ("" if found else " ".join(node.split())[:200]), found
    if not isinstance(node, dict):
        raise ValueError(f"{where}: creator must be an object or a text")
    name = node.get("name", node.get("nickname", ""))
    if not isinstance(name, str):
        raise ValueError(f"{where}: creator's name must be a text")
    return " ".join(name.split())[:200], _uuid(node.get("id", node.get("@id", "")))


def _uuid(urn: object) -> str:
    """The UUID of a ``urn:uuid:…`` identifier (lower case), else ""."""
    if not isinstance(urn, str) or not urn.lower().startswith(UUID_URN):
        return ""
    try:
        return str(uuid.UUID(urn[len(UUID_URN):]))
    except ValueError:
        return ""


def _text(node: JsonObject, key: str, where: str) -> str:
    value = node.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be a string, got {type(value).__name__}")
    return value


def _target(target: object, where: str) -> JsonObject:
    targets = target if isinstance(target, list) else [target]
    for t in targets:
        if isinstance(t, dict) and t.get("selector"):
            return t
    raise ValueError(f"{where}: target must be an object with a selector")


def _selectors(selector: object, where: str) -> tuple[JsonObject, JsonObject | None]:
    selectors = selector if isinstance(selector, list) else [selector]
    quote: JsonObject | None = None
    position: JsonObject | None = None
    for s in selectors:
        if not isinstance(s, dict):
            continue
        if "TextQuoteSelector" in _types(s):
            quote = s
        elif "TextPositionSelector" in _types(s):
            position = s
    if quote is None or not isinstance(quote.get("exact"), str):
        raise ValueError(f"{where}: needs a TextQuoteSelector with an 'exact' string")
    if not quote["exact"].strip():
        raise ValueError(f"{where}: the TextQuoteSelector's 'exact' text is empty")
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= MAX_OFFSET):
            raise ValueError(f"{where}: TextPositionSelector needs integers "
                             f"0 <= start <= end <= {MAX_OFFSET}")
    return quote, position


def _is_int(value: object) -> TypeGuard[int]:
    """A JSON integer (``true`` is not one, though Python's bool is an int)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _bodies(body: object, where: str) -> tuple[list[str], list[str], dict[str, str]]:
    tags: list[str] = []
    notes: list[str] = []
    tag_uuids: dict[str, str] = {}
    for b in body if isinstance(body, list) else [body] if body else []:
        if isinstance(b, str):
            continue  # a body given only by IRI carries no text for us
        if not isinstance(b, dict) or not isinstance(b.get("value", ""), str):
            raise ValueError(f"{where}: each body must be an object with a string value")
        purpose = b.get("purpose", "commenting")
        (tags if purpose == "tagging" else notes).append(b.get("value", ""))
        if purpose == "tagging" and _uuid(b.get("id", "")):
            tag_uuids[b.get("value", "")] = _uuid(b.get("id", ""))
    return tags, notes, tag_uuids


def _kind_from_motivation(motivation: object) -> str:
    if isinstance(motivation, str):
        motivations = [motivation]
    elif isinstance(motivation, list):
        motivations = [m for m in motivation if isinstance(m, str)]
    else:  # "motivation": 5, an object, null: none Kutip knows
        motivations = []
    for kind, m in MOTIVATIONS.items():
        if m in motivations:
            return kind
    return "highlight"
