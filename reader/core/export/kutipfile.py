"""The portable library file (``kutip export --format kutip``; ``kutip merge``): a zip of
JSON documents that carries articles with their text, annotations as W3C Web Annotation
JSON-LD, coders, tags, speakers with their aliases and collections from one library to
another. The layout is documented in ``KUTIPFILE.md`` next to this module.

This module writes and reads the file and checks everything in it before anything is
stored: a file that is not one (malformed, truncated, too large, a zip bomb, from a newer
Kutip), an article whose text does not match its content hash, an annotation whose
offsets fall outside its article's text or name another text, each raise one
``ValueError`` line. Merging is the service's (``library.exchange``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import SQLITE_HEADER, open_library_refusal, replacing
from ..messages import Message
from ..models import MAX_DESCRIPTION_LENGTH
from ..textnorm import content_hash
from .webannotation import UUID_URN, parse_webannotation

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "MAX_FILE_BYTES", "MAX_UNPACKED_BYTES", "Bundle", "TooLarge",
    "annotation_fingerprint", "bundle_from", "fingerprint_value", "manifest", "member_bytes",
    "read_kutip_file", "with_tags", "write_kutip_file", "write_kutip_members",
]

FORMAT_NAME = "kutip-library"
#: the layout's version; a file with a higher one is refused (a newer Kutip made it)
FORMAT_VERSION = 1
#: a file larger than this is refused before it is opened
MAX_FILE_BYTES = 256 * 2**20
#: what the members may unpack to together (a zip bomb stops here, whatever it declares)
MAX_UNPACKED_BYTES = 1024 * 2**20
#: unpacked : packed beyond this is a zip bomb (JSON news text packs about 4 : 1)
MAX_RATIO = 100

MEMBERS = ("manifest.json", "articles.json", "annotations.jsonld", "tags.json",
           "speakers.json", "coders.json", "collections.json")
#: members a file may leave out (older files have none of them)
OPTIONAL = ("deleted.json", "deleted_articles.json")

ARTICLE_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                  "published_partial", "language", "photo_credit", "original_name",
                  "original_format", "imported_at", "updated_at")


@dataclass
class Bundle:
    """A portable file's contents, checked (as ``read_kutip_file`` returns them).

    ``articles``: dicts with ``uuid``, ``content_hash``, ``text``, ``pages`` (``[(start,
    label)]``), ``published_inferred``, the ``ARTICLE_FIELDS`` and ``versions`` (the
    versions its parts had in the sender's library, ``library.articles.article_versions``,
    to tell an older part from a newer one); ``annotations``: the
    ``parse_webannotation`` dicts plus ``article`` (the uuid of their article in
    ``articles``) and ``versions`` (fingerprints of earlier versions the sender has
    seen); ``tags`` (uuid, name, colour), ``speakers`` (uuid, name, description,
    aliases), ``coders`` (uuid, name), ``collections`` (uuid, name, articles: uuids,
    blind: coded blind).
    """

    articles: list[dict[str, Any]] = field(default_factory=list)
    annotations: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    coders: list[dict[str, Any]] = field(default_factory=list)
    collections: list[dict[str, Any]] = field(default_factory=list)
    #: tombstones of deleted annotations: ``uuid``, ``article`` (its article's uuid, or
    #: ""), ``version`` (the fingerprint deleted), ``versions`` (every fingerprint the
    #: sender had seen of it) and ``deleted_at``
    deleted: list[dict[str, Any]] = field(default_factory=list)
    #: tombstones of deleted articles (review R20-5): ``uuid``, ``content_hash``,
    #: ``title``, ``deleted_at`` and ``versions`` (those its parts had in the sender's
    #: library, as an article's ``versions``)
    deleted_articles: list[dict[str, Any]] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)


#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``, made once: ``dumps``
#: with arguments makes an encoder a call (a third of a fingerprint's time)
_FINGERPRINT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def annotation_fingerprint(item: dict[str, Any], value: list[Any] | None = None) -> str:
    """One annotation version's identity: what a coder decides (kind, span, speaker,
    verdict, note, tags, coder), not when or where it was stored. Two libraries holding
    the same version compute the same fingerprint. ``value``: the item's
    ``fingerprint_value``, when the caller has it."""
    if value is None:
        value = fingerprint_value(item)
    encoded = _FINGERPRINT_JSON.encode(value)  # (json.dumps's, without a new encoder each)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:32]


def fingerprint_value(item: dict[str, Any]) -> list[Any]:
    """What ``annotation_fingerprint`` hashes: two items whose values are equal are the
    same version (a merge compares these before hashing the second: RR18-5)."""
    return [
        item.get("kind", ""), item.get("exact", ""), item.get("start"), item.get("end"),
        " ".join(str(item.get("speaker", "")).split()).casefold(), item.get("verdict", ""),
        item.get("note", ""),
        sorted({str(t).casefold() for t in item.get("tags", [])}),
        " ".join(str(item.get("coder", "")).split()).casefold(),
    ]


def with_tags(value: list[Any], tags: Iterable[str]) -> list[Any]:
    """``fingerprint_value`` of the same item with ``tags`` instead of its own."""
    return [*value[:_TAGS], sorted({str(t).casefold() for t in tags}), *value[_TAGS + 1:]]


_TAGS = 7  # (where ``fingerprint_value`` puts the tags)


def with_speaker(value: list[Any], speaker: str) -> list[Any]:
    """``fingerprint_value`` of the same item with ``speaker`` instead of its own."""
    return [*value[:_SPEAKER], " ".join(str(speaker).split()).casefold(),
            *value[_SPEAKER + 1:]]


_SPEAKER = 4  # (where ``fingerprint_value`` puts the speaker)


# ---------------------------------------------------------------------- writing
def write_kutip_file(path: str | Path, bundle: Bundle, annotations_jsonld: dict[str, Any],
                     generator: str = "Kutip") -> None:
    """Write the file at ``path`` (through a temporary file: a failure leaves no half
    file). ``annotations_jsonld`` is the W3C AnnotationCollection of the bundle's
    annotations (``export_webannotation``)."""
    documents: dict[str, Any] = {
        "articles.json": bundle.articles,
        "annotations.jsonld": annotations_jsonld, "tags.json": bundle.tags,
        "speakers.json": bundle.speakers, "coders.json": bundle.coders,
        "collections.json": bundle.collections, "deleted.json": bundle.deleted,
        "deleted_articles.json": bundle.deleted_articles,
    }
    counts = {"articles": len(bundle.articles),
              "annotations": len(annotations_jsonld.get("first", {}).get("items", [])),
              "tags": len(bundle.tags), "speakers": len(bundle.speakers),
              "coders": len(bundle.coders), "collections": len(bundle.collections),
              "deleted": len(bundle.deleted), "deleted_articles": len(bundle.deleted_articles)}
    documents["manifest.json"] = manifest(counts, generator)
    write_kutip_members(path, ((name, [member_bytes(documents[name])])
                               for name in (*MEMBERS, *OPTIONAL)))


def manifest(counts: dict[str, int], generator: str = "Kutip") -> dict[str, Any]:
    """``manifest.json``: the format, when and by what it was made, what it holds."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "generator": generator, "counts": counts}


def member_bytes(document: Any) -> bytes:
    """A member's JSON as written: compact (the indented form takes json's pure-Python
    encoder, ten times slower), one line."""
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8")


def write_kutip_members(path: str | Path, members: Iterable[tuple[str, Iterable[bytes]]],
                        stored: bool = False) -> None:
    """Write the file at ``path`` a member at a time, each compressed as its parts are made
    (``members``: name, then its bytes in parts; a generator's next member is made once the
    one before is written): a library's file is never held whole in memory (review R20-7:
    9.6 GB for 100,000 articles and 1M annotations). All or nothing (``write_zip``'s
    rules); ``TooLarge`` once it would unpack to more than any Kutip reads back, or be
    larger packed, or compress more than a reader takes (``TooLarge.compressed``): nothing
    is written then. ``stored``: the members as they are, not compressed (for the last)."""
    unpacked = 0
    with replacing(path) as stream:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED if stored
                             else zipfile.ZIP_DEFLATED) as archive:
            for name, parts in members:
                with archive.open(name, "w") as member:
                    for data in parts:
                        unpacked += len(data)
                        if unpacked > MAX_UNPACKED_BYTES:  # (no Kutip would read it back)
                            raise TooLarge(unpacked, over=True)
                        member.write(data)
        try:
            packed = stream.tell()
        except OSError:  # (a pipe: its size is not known)
            return
        if packed > MAX_FILE_BYTES or unpacked > unpack_budget(packed):
            raise TooLarge(unpacked, packed)


class TooLarge(ValueError):
    """A portable file no Kutip would read back (``read_kutip_file``'s limits): it is not
    written (R20-7: a 100,000-article library's own file was written, 266 MB, and every
    ``kutip merge`` refused it). ``unpacked``, ``packed``: its sizes in bytes (``packed``
    None when it was refused before it was packed; ``over``: refused while being written,
    at ``unpacked`` bytes, its whole size not known)."""

    def __init__(self, unpacked: int, packed: int | None = None, over: bool = False):
        super().__init__(f"too large for any Kutip to read back ({'over ' if over else ''}"
                         f"{unpacked // 2**20} MB unpacked"
                         f"{f', {packed // 2**20} MB packed' if packed else ''})")
        self.unpacked, self.packed = unpacked, packed
        #: refused while written: it would unpack to more than ``unpacked`` (not counted on)
        self.over = over

    @property
    def compressed(self) -> bool:
        """Refused only because it compresses more than ``MAX_RATIO`` times (its sizes are
        within the limits): a reader would take it for a zip bomb. Written stored, not
        compressed, it is read back, if it is within ``MAX_FILE_BYTES`` so."""
        return (not self.over and self.packed is not None
                and self.unpacked <= MAX_UNPACKED_BYTES and self.packed <= MAX_FILE_BYTES)


def write_zip(path: str | Path, members: dict[str, bytes],
              check: Callable[[int], None] | None = None) -> None:
    """A zip of ``members`` (in their order) at ``path``, all or nothing, by
    ``files.write_file_atomic``'s rules (``files.replacing``): never over a database or its
    journals (``OSError``); a new file gets the umask's mode (a .kutip for a colleague's
    ``kutip merge`` is readable as an export to Markdown is, R15-13), an existing one keeps
    its mode, a symlink keeps pointing where it did, a device or a pipe is written through
    (R15-19). ``check`` is given the zip's size before it takes the file's place (what it
    raises leaves no file; a pipe's size is not known: not checked)."""
    with replacing(path) as stream:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        if check is not None:
            try:
                packed = stream.tell()
            except OSError:  # (a pipe)
                return
            check(packed)


# ---------------------------------------------------------------------- reading
def read_kutip_file(path: str | Path) -> Bundle:
    """The checked contents of a portable file; ``ValueError`` (one line) for anything
    wrong with it. Nothing is trusted: sizes are counted while unpacking, every record's
    shape is checked, texts against their hashes and offsets against their texts."""
    path = Path(path)
    size = checked_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            documents = _unpack(archive, size)
    except zipfile.BadZipFile:
        if _is_library(path):  # (a colleague's library as sent: review R22-8)
            raise ValueError(Message(
                "exchange.a-library", "a Kutip library itself, not a library file to merge:"
                " write one from it with `kutip --db {path} export --format kutip -o"
                " {stem}.kutip` (or File › Exchange › Export Library File… with it open) and"
                " merge that file", path=str(path), stem=path.stem)) from None
        raise ValueError(Message("exchange.not-zip", "not a Kutip library file (not a zip"
                                 " archive, or cut short)")) from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as error:
        raise ValueError(f"not a readable Kutip library file ({error})") from None
    return _bundle(documents)


def _is_library(path: Path) -> bool:
    """Whether the file is an SQLite database (a Kutip library, not its portable file)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _unpack(archive: zipfile.ZipFile, packed: int) -> dict[str, Any]:
    names = set(archive.namelist())
    if "manifest.json" not in names:
        raise ValueError("not a Kutip library file (it has no manifest.json)")
    budget = unpack_budget(packed)
    documents: dict[str, Any] = {}
    used = 0
    manifest = _json(archive, "manifest.json", budget, packed)
    used += manifest[1]
    _check_manifest(manifest[0])
    documents["manifest.json"] = manifest[0]
    for name in MEMBERS[1:]:
        if name not in names:
            raise ValueError(f"not a complete Kutip library file ({name} is missing)")
        value, read = _json(archive, name, budget - used, packed)
        used += read
        documents[name] = value
    for name in OPTIONAL:
        if name in names:
            value, read = _json(archive, name, budget - used, packed)
            used += read
            documents[name] = value
    return documents


def read_member(archive: zipfile.ZipFile, name: str, budget: int, packed: int) -> bytes:
    """A member's bytes, refused once more than ``budget`` (what is left of the archive's
    ``unpack_budget(packed)``) came out, whatever the archive's headers declare: a zip
    bomb stops here. It is called one only when the ratio was the limit: a large file of
    news text that reaches ``MAX_UNPACKED_BYTES`` is too large, no bomb (R20-7: the
    wording took what was left for the whole, so a library's own large export, any
    member after the first, was "a zip bomb")."""
    data = bytearray()
    with archive.open(name) as member:
        while chunk := member.read(1 << 20):
            data += chunk
            if len(data) > budget:
                raise ValueError("refused: it unpacks to far more than its size (a zip bomb)"
                                 if unpack_budget(packed) < MAX_UNPACKED_BYTES else
                                 f"too large unpacked (over {MAX_UNPACKED_BYTES // 2**20} MB)")
    return bytes(data)


def unpack_budget(packed: int) -> int:
    """How many bytes an archive of ``packed`` bytes may unpack to."""
    return min(MAX_UNPACKED_BYTES, max(packed, 2**16) * MAX_RATIO)


def checked_size(path: Path) -> int:
    """The file's size; ``ValueError`` when it cannot be read, is over the limit or is no
    regular file (or is the library Kutip has open: opening it would drop the library's
    locks, R15-2)."""
    refusal = open_library_refusal(path)
    if refusal is not None:
        raise ValueError(refusal)
    try:
        facts = path.stat()
    except OSError as error:
        raise ValueError(f"cannot read it ({error.strerror or error})") from None
    if not stat.S_ISREG(facts.st_mode):  # (R20-9: /dev/zero's size is 0, and the zip's
        # search for its end read without end: 4-6 GB in 20 s; a pipe hung, unopened)
        raise ValueError("not a file (a device or a pipe): give the file itself")
    size = facts.st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"too large ({size // 2**20} MB; the limit is "
                         f"{MAX_FILE_BYTES // 2**20} MB)")
    return size


def _json(archive: zipfile.ZipFile, name: str, budget: int, packed: int) -> tuple[Any, int]:
    data = read_member(archive, name, budget, packed)
    try:
        return json.loads(data), len(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{name} is not valid JSON ({_short(error)})") from None
    except RecursionError:
        raise ValueError(f"{name} is nested too deeply") from None


def _short(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno}"
    return "not UTF-8 text"


def _check_manifest(manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ValueError("not a Kutip library file (its manifest names another format)")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("not a Kutip library file (its format version is not a number)")
    if version > FORMAT_VERSION:
        raise ValueError(f"made by a newer Kutip (format version {version}; this Kutip reads "
                         f"up to {FORMAT_VERSION}): update Kutip to merge it")


def bundle_from(bundle: Bundle, annotations_jsonld: dict[str, Any]) -> Bundle:
    """The ``Bundle`` a file with these contents reads as (checked the same way), without
    the file: for a merge straight from one library into another (the team library)."""
    manifest = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    return _bundle(json.loads(json.dumps({
        "manifest.json": manifest, "articles.json": bundle.articles,
        "annotations.jsonld": annotations_jsonld, "tags.json": bundle.tags,
        "speakers.json": bundle.speakers, "coders.json": bundle.coders,
        "collections.json": bundle.collections, "deleted.json": bundle.deleted,
        "deleted_articles.json": bundle.deleted_articles})))


def _bundle(documents: dict[str, Any]) -> Bundle:
    bundle = Bundle(manifest=documents["manifest.json"])
    bundle.articles = [_article(a, i) for i, a in enumerate(_list(documents, "articles.json"))]
    by_uuid: dict[str, dict[str, Any]] = {}
    by_hash: dict[str, dict[str, Any]] = {}
    for article in bundle.articles:
        if article["uuid"] in by_uuid:
            raise ValueError(f"articles.json: the article {article['uuid']} appears twice")
        by_uuid[article["uuid"]] = article
        by_hash.setdefault(article["content_hash"], article)
    bundle.tags = [_named(t, i, "tags.json", ("colour",)) for i, t in
                   enumerate(_list(documents, "tags.json"))]
    bundle.speakers = [_speaker(s, i) for i, s in enumerate(_list(documents, "speakers.json"))]
    bundle.coders = [_named(c, i, "coders.json", ()) for i, c in
                     enumerate(_list(documents, "coders.json"))]
    bundle.collections = [_collection(c, i, by_uuid) for i, c in
                          enumerate(_list(documents, "collections.json"))]
    data = documents["annotations.jsonld"]
    try:
        parsed = parse_webannotation(data)
    except ValueError as error:
        raise ValueError(f"annotations.jsonld: {error}") from None
    first = data.get("first") if isinstance(data, dict) else None
    raw = first.get("items", []) if isinstance(first, dict) else []
    if len(raw) != len(parsed):
        raise ValueError("annotations.jsonld: its annotations must be in one embedded page")
    seen: set[str] = set()
    for index, (item, node) in enumerate(zip(parsed, raw, strict=True)):
        where = f"annotations.jsonld: annotation #{index + 1}"
        if not item["uuid"]:
            raise ValueError(f"{where}: its id is not a urn:uuid")
        if item["uuid"] in seen:
            raise ValueError(f"{where}: the annotation {item['uuid']} appears twice")
        seen.add(item["uuid"])
        home = by_uuid.get(item["source"]["uuid"]) or by_hash.get(
            item["source"]["content_hash"])
        if home is None:
            raise ValueError(f"{where}: its article is not in the file")
        if item["source"]["content_hash"] and item["source"]["content_hash"] \
                != home["content_hash"]:
            raise ValueError(f"{where}: it names another text than its article's")
        _check_span(item, home["text"], where)
        item["article"] = home["uuid"]
        versions = node.get("kutip:versions", []) if isinstance(node, dict) else []
        if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions):
            raise ValueError(f"{where}: kutip:versions must be a list of strings")
        item["versions"] = versions[:1000]
        bundle.annotations.append(item)
    tombstones = _list(documents, "deleted.json") if "deleted.json" in documents else []
    bundle.deleted = [_tombstone(t, i, seen) for i, t in enumerate(tombstones)]
    gone = (_list(documents, "deleted_articles.json")
            if "deleted_articles.json" in documents else [])
    bundle.deleted_articles = [_article_tombstone(t, i, by_uuid) for i, t in enumerate(gone)]
    if len({t["uuid"] for t in bundle.deleted_articles}) != len(bundle.deleted_articles):
        raise ValueError("deleted_articles.json: an article appears twice")
    return bundle


def _article_tombstone(node: Any, index: int, alive: dict[str, Any]) -> dict[str, Any]:
    where = f"deleted_articles.json: entry #{index + 1}"
    if not isinstance(node, dict):
        raise ValueError(f"{where}: expected an object")
    out: dict[str, Any] = {"uuid": _uuid(node.get("uuid"), where),
                           "content_hash": _string(node, "content_hash", where, 64),
                           "title": _string(node, "title", where),
                           "deleted_at": _string(node, "deleted_at", where, 64)}
    if out["uuid"] in alive:
        raise ValueError(f"{where}: the article {out['uuid']} is also in the file")
    out["versions"] = _versions(node, where)
    return out


def _tombstone(node: Any, index: int, alive: set[str]) -> dict[str, Any]:
    where = f"deleted.json: entry #{index + 1}"
    if not isinstance(node, dict):
        raise ValueError(f"{where}: expected an object")
    out: dict[str, Any] = {"uuid": _uuid(node.get("uuid"), where),
           "article": _uuid(node["article"], where) if node.get("article") else "",
           "version": _string(node, "version", where, 64),
           "deleted_at": _string(node, "deleted_at", where, 64)}
    if not out["version"]:
        raise ValueError(f"{where}: version must name the version deleted")
    if out["uuid"] in alive:
        raise ValueError(f"{where}: the annotation {out['uuid']} is also in the file")
    out["versions"] = _versions(node, where)
    return out


def _versions(node: dict[str, Any], where: str) -> list[str]:
    """A tombstone's ``versions``: a list of strings (the first thousand)."""
    versions = node.get("versions", [])
    if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions):
        raise ValueError(f"{where}: versions must be a list of strings")
    return versions[:1000]


def _list(documents: dict[str, Any], name: str) -> list[Any]:
    value = documents[name]
    if not isinstance(value, list):
        raise ValueError(f"{name} must hold a list")
    return value


def _uuid(value: Any, where: str) -> str:
    import uuid as uuid_module

    text = value[len(UUID_URN):] if isinstance(value, str) and value.startswith(UUID_URN) \
        else value
    try:
        return str(uuid_module.UUID(text)) if isinstance(text, str) else _bad_uuid(where)
    except ValueError:
        return _bad_uuid(where)


def _bad_uuid(where: str) -> str:
    raise ValueError(f"{where}: its uuid is not a UUID")


def _string(node: dict[str, Any], key: str, where: str, limit: int = 10_000) -> str:
    value = node.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be a string")
    if len(value) > limit:
        raise ValueError(f"{where}: {key} is longer than {limit} characters")
    return value


def _article(node: Any, index: int) -> dict[str, Any]:
    where = f"articles.json: article #{index + 1}"
    if not isinstance(node, dict):
        raise ValueError(f"{where}: expected an object")
    text = node.get("text")
    if not isinstance(text, str):
        raise ValueError(f"{where}: text must be a string")
    out: dict[str, Any] = {"uuid": _uuid(node.get("uuid"), where), "text": text}
    for key in ARTICLE_FIELDS:
        out[key] = _string(node, key, where)
    out["published_inferred"] = bool(node.get("published_inferred", False))
    given = _string(node, "content_hash", where)
    actual = content_hash(text)
    if given != actual:
        raise ValueError(f"{where} (“{out['title'][:60]}”): its text does not match its "
                         "content hash (the file is damaged or was edited)")
    out["content_hash"] = actual
    pages = node.get("pages", [])
    if not isinstance(pages, list) or not all(
            isinstance(p, list) and len(p) == 2 and isinstance(p[0], int)
            and not isinstance(p[0], bool) and 0 <= p[0] <= len(text) and isinstance(p[1], str)
            for p in pages):
        raise ValueError(f"{where}: pages must be [start, label] pairs inside the text")
    out["pages"] = [(p[0], p[1]) for p in pages]
    versions = node.get("versions", [])  # (files before session 18 have none)
    if not isinstance(versions, list) or not all(isinstance(v, str) and len(v) <= 200
                                                 for v in versions):
        raise ValueError(f"{where}: versions must be a list of strings")
    out["versions"] = versions[:1000]
    return out


def _named(node: Any, index: int, name: str, extra: Iterable[str]) -> dict[str, Any]:
    where = f"{name}: entry #{index + 1}"
    if not isinstance(node, dict):
        raise ValueError(f"{where}: expected an object")
    out: dict[str, Any] = {"uuid": _uuid(node.get("uuid"), where),
                           "name": _string(node, "name", where, 500)}
    if not out["name"].strip():
        raise ValueError(f"{where}: its name is empty")
    for key in extra:
        out[key] = _string(node, key, where, 100)
    # (the events of its names, members, aliases, blind coding: optional, files before
    # session 20 have none; reviews R20-2, R20-6)
    out["versions"] = _versions(node, where)
    return out


def _speaker(node: Any, index: int) -> dict[str, Any]:
    out = _named(node, index, "speakers.json", ())
    # (what a library holds, not 100: a file Kutip wrote was refused, review R19-4)
    out["description"] = _string(node, "description", f"speakers.json: entry #{index + 1}",
                                 MAX_DESCRIPTION_LENGTH)
    aliases = node.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and len(a) <= 500
                                                for a in aliases):
        raise ValueError(f"speakers.json: entry #{index + 1}: aliases must be a list of names")
    out["aliases"] = aliases
    return out


def _collection(node: Any, index: int, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out = _named(node, index, "collections.json", ())
    where = f"collections.json: entry #{index + 1}"
    members = node.get("articles", [])
    if not isinstance(members, list):
        raise ValueError(f"{where}: articles must be a list of article uuids")
    out["articles"] = [_uuid(m, where) for m in members]
    if any(m not in articles for m in out["articles"]):
        raise ValueError(f"{where}: it lists an article that is not in the file")
    out["blind"] = node.get("blind", False)  # (files before session 19 have none)
    if not isinstance(out["blind"], bool):
        raise ValueError(f"{where}: blind must be true or false")
    return out


def _check_span(item: dict[str, Any], text: str, where: str) -> None:
    start, end = item["start"], item["end"]
    if start is None or end is None:
        return  # an orphan: only its quote and context travel
    if not 0 <= start < end <= len(text):
        raise ValueError(f"{where}: its offsets {start}–{end} are outside its article's text "
                         f"({len(text)} characters)")
    if text[start:end] != item["exact"]:
        raise ValueError(f"{where}: the text at {start}–{end} is not its quote "
                         f"“{item['exact'][:40]}”")
