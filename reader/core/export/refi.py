"""REFI-QDA exchange (https://www.qdasoftware.org): a project as ``.qdpx`` (the
``project.qde`` XML and the text sources in one zip) and the codebook as ``.qdc``, valid
against the published schemas (Project.xsd and Codebook.xsd, urn:QDA-XML 1.0), and a
``.qdpx`` made by another tool read back as a ``Bundle`` the merge stores.

How Kutip maps onto the standard:

- coders are ``User``\\ s (their UUIDs as GUIDs); tags are ``Code``\\ s with their
  colours, nested as the tag path (``framing/threat``); articles are ``TextSource``\\ s
  (text in ``sources/<guid>.txt``, UTF-8); each annotation is a ``PlainTextSelection``
  (code point offsets, its UUID as GUID, its coder as ``creatingUser``, its note as
  ``Description``) with one ``Coding`` per tag;
- what other tools have no place for is coded too, under three codes of Kutip's own
  (recognised by their fixed GUIDs, whatever their names): "Kutip kind" (quote, claim,
  highlight), "Kutip speaker" (one code per speaker, its UUID as GUID) and "Kutip
  verdict" (a claim's verdict) — so a quote's speaker shows in MAXQDA or QualCoder as a
  code and comes back as the speaker.

Reading accepts sources given inline (``PlainTextContent``) or in the archive
(``internal://…``), selections coded by several users (one annotation per user), and
refuses with one line anything that would store wrong data: an archive that is not one,
too large, a zip bomb, XML that does not parse, offsets outside a source's text.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ..anchoring import make_selector
from ..models import KINDS, VERDICTS, Annotation, Article
from ..textnorm import content_hash
from .kutipfile import Bundle, checked_size, read_member, unpack_budget, write_zip

__all__ = ["PROJECT_NS", "CODEBOOK_NS", "QdpxImport", "codebook_xml", "project_xml",
           "read_qdpx", "write_qdpx"]

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_NAMESPACE = uuid_module.UUID("0c4e8e0e-57f5-4b6e-9a0a-1b7c6b7bba21")
#: Kutip's own codes (fixed GUIDs: recognised on import whatever they are called there)
KIND_ROOT = str(uuid_module.uuid5(_NAMESPACE, "kind"))
SPEAKER_ROOT = str(uuid_module.uuid5(_NAMESPACE, "speaker"))
VERDICT_ROOT = str(uuid_module.uuid5(_NAMESPACE, "verdict"))
KIND_CODES = {kind: str(uuid_module.uuid5(_NAMESPACE, f"kind:{kind}")) for kind in KINDS}
VERDICT_CODES = {v: str(uuid_module.uuid5(_NAMESPACE, f"verdict:{v}")) for v in VERDICTS}
_KIND_COLOURS = {"quote": "#4285f4", "claim": "#db4437", "highlight": "#f4b400"}


def _guid(value: str) -> str:
    return str(uuid_module.UUID(value))


def _derived(*parts: str) -> str:
    return str(uuid_module.uuid5(_NAMESPACE, "#".join(parts)))


def _stamp(value: str) -> str | None:
    """An ISO time as xsd:dateTime (``…Z``), None when it is not one."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------- writing
@dataclass
class _Code:
    guid: str
    name: str
    colour: str = ""
    children: dict[str, _Code] = field(default_factory=dict)


def _code_tree(tags: Sequence[dict[str, Any]], speakers: Sequence[dict[str, Any]]
               ) -> list[_Code]:
    roots: dict[str, _Code] = {}
    for tag in sorted(tags, key=lambda t: t["name"].count("/")):
        level = roots
        parts = tag["name"].split("/")
        for depth, part in enumerate(parts):
            path = "/".join(parts[:depth + 1])
            if part not in level:
                guid = tag["uuid"] if path == tag["name"] and tag["uuid"] else _derived(
                    "tag", path)
                level[part] = _Code(guid, part, tag["colour"] if path == tag["name"] else "")
            node = level[part]
            if path == tag["name"]:
                node.guid, node.colour = (tag["uuid"] or node.guid), tag["colour"]
            level = node.children
    kind = _Code(KIND_ROOT, "Kutip kind", "", {k: _Code(KIND_CODES[k], k, _KIND_COLOURS[k])
                                              for k in KINDS})
    out = [*roots.values(), kind]
    if speakers:
        out.append(_Code(SPEAKER_ROOT, "Kutip speaker", "", {
            s["name"]: _Code(s["uuid"] or _derived("speaker", s["name"]), s["name"])
            for s in speakers}))
    out.append(_Code(VERDICT_ROOT, "Kutip verdict", "", {
        v: _Code(VERDICT_CODES[v], v) for v in VERDICTS}))
    return out


def _codes_element(parent: etree._Element, ns: str, codes: Iterable[_Code]) -> None:
    holder = etree.SubElement(parent, f"{{{ns}}}Codes")
    stack: list[tuple[etree._Element, _Code]] = [(holder, c) for c in codes]
    while stack:  # iterative: deep tag paths cannot exhaust the stack
        where, code = stack.pop(0)
        element = etree.SubElement(where, f"{{{ns}}}Code", guid=_guid(code.guid),
                                   name=code.name, isCodable="true")
        if _is_colour(code.colour):
            element.set("color", code.colour)
        stack[0:0] = [(element, c) for c in code.children.values()]


def _is_colour(value: str) -> bool:
    return len(value) in (4, 7) and value.startswith("#") and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def codebook_xml(tags: Sequence[dict[str, Any]], speakers: Sequence[dict[str, Any]],
                 origin: str) -> bytes:
    """The ``.qdc`` codebook: every tag (nested), Kutip's kind, speaker and verdict codes."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS},
                         origin=origin)
    _codes_element(root, CODEBOOK_NS, _code_tree(tags, speakers))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8",
                                pretty_print=True))


def project_xml(name: str, items: Sequence[tuple[Article, list[Annotation]]],
                tags: Sequence[dict[str, Any]], speakers: Sequence[dict[str, Any]],
                coders: Sequence[dict[str, Any]], origin: str) -> bytes:
    """The ``project.qde`` of a project: users, codebook, one text source per article
    (its text at ``internal://<guid>.txt``) with its annotations as coded selections."""
    ns = PROJECT_NS
    now = _stamp(dt.datetime.now(dt.UTC).isoformat()) or ""
    root = etree.Element(f"{{{ns}}}Project", nsmap={None: ns}, name=name or "Kutip",
                         origin=origin, creationDateTime=now)
    coder_guids = {c["name"]: c["uuid"] for c in coders if c["uuid"]}
    if coder_guids:
        users = etree.SubElement(root, f"{{{ns}}}Users")
        for coder in coders:
            if coder["uuid"]:
                etree.SubElement(users, f"{{{ns}}}User", guid=_guid(coder["uuid"]),
                                 name=coder["name"])
    codebook = etree.SubElement(root, f"{{{ns}}}CodeBook")
    tree = _code_tree(tags, speakers)
    _codes_element(codebook, ns, tree)
    tag_guids = _tag_guids(tree)
    speaker_guids = {s["name"]: s["uuid"] or _derived("speaker", s["name"]) for s in speakers}
    sources = etree.SubElement(root, f"{{{ns}}}Sources")
    for article, notes in items:
        guid = _guid(article.uuid)
        source = etree.SubElement(sources, f"{{{ns}}}TextSource", guid=guid,
                                  name=article.title or article.original_name or guid,
                                  plainTextPath=f"internal://{guid}.txt")
        stamp = _stamp(article.imported_at)
        if stamp:
            source.set("creationDateTime", stamp)
        for note in notes:
            if note.start is None or note.end is None or not note.uuid:
                continue  # an orphan has no place in the text
            _selection(source, note, tag_guids, speaker_guids, coder_guids)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8",
                                pretty_print=True))


def _tag_guids(tree: list[_Code]) -> dict[str, str]:
    out: dict[str, str] = {}
    stack = [(c, c.name) for c in tree if c.guid not in (KIND_ROOT, SPEAKER_ROOT,
                                                          VERDICT_ROOT)]
    while stack:
        code, path = stack.pop()
        out[path.casefold()] = code.guid
        stack.extend((c, f"{path}/{c.name}") for c in code.children.values())
    return out


def _selection(source: etree._Element, note: Annotation, tag_guids: dict[str, str],
               speaker_guids: dict[str, str], coder_guids: dict[str, str]) -> None:
    ns = PROJECT_NS
    user = coder_guids.get(note.coder, "")
    attributes = {"guid": _guid(note.uuid), "name": " ".join(note.exact.split())[:60],
                  "startPosition": str(note.start), "endPosition": str(note.end)}
    if user:
        attributes["creatingUser"] = _guid(user)
    created = _stamp(note.created_at)
    if created:
        attributes["creationDateTime"] = created
    modified = _stamp(note.updated_at)
    if modified and user:
        attributes["modifyingUser"] = _guid(user)
    if modified:
        attributes["modifiedDateTime"] = modified
    selection = etree.SubElement(source, f"{{{ns}}}PlainTextSelection", **attributes)
    if note.note:
        etree.SubElement(selection, f"{{{ns}}}Description").text = note.note
    codes = [KIND_CODES[note.kind]]
    codes += [tag_guids[t.casefold()] for t in note.tags if t.casefold() in tag_guids]
    if note.speaker and note.speaker in speaker_guids:
        codes.append(speaker_guids[note.speaker])
    if note.verdict in VERDICT_CODES:
        codes.append(VERDICT_CODES[note.verdict])
    for code in dict.fromkeys(codes):
        coding = etree.SubElement(selection, f"{{{ns}}}Coding",
                                  guid=_derived("coding", note.uuid, code))
        if user:
            coding.set("creatingUser", _guid(user))
        if created:
            coding.set("creationDateTime", created)
        etree.SubElement(coding, f"{{{ns}}}CodeRef", targetGUID=_guid(code))


def write_qdpx(path: str | Path, name: str,
               items: Sequence[tuple[Article, list[Annotation]]],
               tags: Sequence[dict[str, Any]], speakers: Sequence[dict[str, Any]],
               coders: Sequence[dict[str, Any]], origin: str) -> int:
    """Write the ``.qdpx``; returns how many annotations it holds (orphans stay out)."""
    members = {"project.qde": project_xml(name, items, tags, speakers, coders, origin)}
    for article, _ in items:
        members[f"sources/{_guid(article.uuid)}.txt"] = article.text.encode("utf-8")
    write_zip(path, members)
    return sum(1 for _, notes in items for n in notes if n.start is not None)


# ---------------------------------------------------------------------- reading
@dataclass
class QdpxImport:
    """What ``read_qdpx`` found: the bundle to merge and what it had to leave out."""

    bundle: Bundle
    origin: str = ""
    skipped_sources: int = 0  # pictures, PDFs, audio, video: no text to code
    skipped_codings: int = 0  # codings of whole sources, not of a selection


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, load_dtd=False)


def read_qdpx(path: str | Path) -> QdpxImport:
    """The text sources and their coded selections of a ``.qdpx`` as a ``Bundle``;
    ``ValueError`` (one line) for anything wrong with the file."""
    path = Path(path)
    size = checked_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            budget = unpack_budget(size)
            names = {n.lower(): n for n in archive.namelist()}
            if "project.qde" not in names:
                raise ValueError("not a REFI-QDA project (it has no project.qde)")
            data = read_member(archive, names["project.qde"], budget, size)
            try:
                root = etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError as error:
                raise ValueError(f"project.qde is not valid XML ({error.msg})") from None
            return _Reader(archive, names, budget - len(data), size).read(root)
    except zipfile.BadZipFile:
        raise ValueError("not a REFI-QDA project (not a zip archive, or cut short)") from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as error:
        raise ValueError(f"not a readable REFI-QDA project ({error})") from None


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if _local(c) == name]


def _norm_guid(value: str | None, where: str) -> str:
    try:
        return str(uuid_module.UUID((value or "").strip().strip("{}")))
    except ValueError:
        raise ValueError(f"{where}: “{(value or '')[:40]}” is not a GUID") from None


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, names: dict[str, str], budget: int,
                 packed: int):
        self.archive = archive
        self.names = names
        self.budget = budget  # what its members may still unpack to
        self.packed = packed  # the file's size (``read_member``)
        self.users: dict[str, str] = {}
        self.codes: dict[str, tuple[str, str]] = {}  # guid -> (role, value)
        self.colours: dict[str, str] = {}

    def read(self, root: etree._Element) -> QdpxImport:
        if _local(root) != "Project":
            raise ValueError("not a REFI-QDA project (project.qde has no Project)")
        result = QdpxImport(Bundle(), origin=root.get("origin", ""))
        for users in _children(root, "Users"):
            for user in _children(users, "User"):
                guid = _norm_guid(user.get("guid"), "a User")
                self.users[guid] = " ".join((user.get("name") or user.get("id")
                                             or guid[:8]).split())[:80]
        result.bundle.coders = [{"uuid": g, "name": n} for g, n in self.users.items()]
        for codebook in _children(root, "CodeBook"):
            for codes in _children(codebook, "Codes"):
                self._codes(codes)
        result.bundle.tags = [{"uuid": g, "name": v, "colour": self.colours.get(g, "")}
                              for g, (role, v) in self.codes.items() if role == "tag"]
        result.bundle.speakers = [{"uuid": g, "name": v, "description": "", "aliases": []}
                                  for g, (role, v) in self.codes.items() if role == "speaker"]
        for sources in _children(root, "Sources"):
            for source in sources:
                if _local(source) != "TextSource":
                    result.skipped_sources += isinstance(source.tag, str)
                    continue
                self._source(source, result)
        return result

    def _codes(self, holder: etree._Element) -> None:
        stack: list[tuple[etree._Element, str, str]] = [(c, "", "tag") for c in
                                                        _children(holder, "Code")]
        while stack:
            code, parent, role = stack.pop()
            guid = _norm_guid(code.get("guid"), "a Code")
            name = " ".join((code.get("name") or "").replace("/", "-").split())[:200] or \
                guid[:8]
            if guid in (KIND_ROOT, SPEAKER_ROOT, VERDICT_ROOT):
                child_role = {KIND_ROOT: "kind", SPEAKER_ROOT: "speaker",
                              VERDICT_ROOT: "verdict"}[guid]
                stack.extend((c, "", child_role) for c in _children(code, "Code"))
                continue
            if role == "kind" and name in KINDS:
                self.codes[guid] = ("kind", name)
            elif role == "verdict" and name in VERDICTS:
                self.codes[guid] = ("verdict", name)
            elif role == "speaker":
                self.codes[guid] = ("speaker", name)
            else:
                path = f"{parent}/{name}" if parent else name
                self.codes[guid] = ("tag", path)
                colour = code.get("color", "")
                if _is_colour(colour):
                    self.colours[guid] = colour.lower()
                stack.extend((c, path, "tag") for c in _children(code, "Code"))

    def _text(self, source: etree._Element, where: str) -> str:
        for content in _children(source, "PlainTextContent"):
            return content.text or ""
        location = source.get("plainTextPath", "")
        if not location:
            raise ValueError(f"{where}: it has no plain text (no PlainTextContent and no"
                             " plainTextPath)")
        if not location.startswith("internal://"):
            raise ValueError(f"{where}: its text is outside the project file ({location[:60]})")
        member = self.names.get(f"sources/{location[len('internal://'):]}".lower())
        if member is None:
            raise ValueError(f"{where}: its text {location[:60]} is missing from the file")
        data = read_member(self.archive, member, self.budget, self.packed)
        self.budget -= len(data)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValueError(f"{where}: its text is not UTF-8") from None

    def _source(self, source: etree._Element, result: QdpxImport) -> None:
        guid = _norm_guid(source.get("guid"), "a TextSource")
        title = " ".join((source.get("name") or "").split())[:500]
        where = f"source “{title[:60] or guid}”"
        raw = self._text(source, where)
        text, shift = _normalised(raw)
        created = source.get("creationDateTime", "")
        article = {"uuid": guid, "content_hash": content_hash(text), "text": text,
                   "title": title, "source": "", "authors": "", "editor": "", "url": "",
                   "dateline": "", "published": "", "published_partial": "",
                   "language": "", "photo_credit": "", "original_name": title,
                   "original_format": "qdpx", "imported_at": created,
                   "updated_at": source.get("modifiedDateTime", created),
                   "published_inferred": False, "pages": []}
        result.bundle.articles.append(article)
        result.skipped_codings += len(_children(source, "Coding"))
        for selection in _children(source, "PlainTextSelection"):
            result.bundle.annotations.extend(self._selection(selection, article, raw, shift,
                                                             where))

    def _selection(self, selection: etree._Element, article: dict[str, Any], raw: str,
                   shift: list[int], where: str) -> list[dict[str, Any]]:
        guid = _norm_guid(selection.get("guid"), f"{where}: a PlainTextSelection")
        try:
            start = int(selection.get("startPosition", ""))
            end = int(selection.get("endPosition", ""))
        except ValueError:
            raise ValueError(f"{where}: selection {guid} has no whole-number positions") \
                from None
        if not 0 <= start < end <= len(raw):
            raise ValueError(f"{where}: selection {guid} at {start}–{end} is outside the"
                             f" source's text ({len(raw)} characters)")
        start, end = start - shift[start], end - shift[end]
        text = article["text"]
        if not text[start:end].strip():
            return []  # only spaces: nothing a reader would call coded
        note = "\n\n".join(d.text or "" for d in _children(selection, "Description")).strip()
        by_user: dict[str, list[str]] = {}
        for coding in _children(selection, "Coding"):
            user = coding.get("creatingUser") or selection.get("creatingUser") or ""
            user = _norm_guid(user, f"{where}: a Coding") if user.strip() else ""
            for ref in _children(coding, "CodeRef"):
                by_user.setdefault(user, []).append(
                    _norm_guid(ref.get("targetGUID"), f"{where}: a CodeRef"))
        if not by_user:
            owner = selection.get("creatingUser") or ""
            by_user[_norm_guid(owner, where) if owner.strip() else ""] = []
        out = []
        for number, (user, codes) in enumerate(by_user.items()):
            item = self._item(codes, note)
            selector = make_selector(text, start, end)
            created = selection.get("creationDateTime", "")
            out.append({
                **item, **selector, "article": article["uuid"],
                "uuid": guid if number == 0 else _derived("selection", guid, user),
                "source": {"url": "", "title": article["title"],
                           "content_hash": article["content_hash"], "uuid": article["uuid"]},
                "coder": self.users.get(user, ""), "coder_uuid": user,
                "created": created,
                "modified": selection.get("modifiedDateTime", "") or created,
                "versions": [], "speaker_uuid": "", "tag_uuids": {},
            })
        return out

    def _item(self, codes: list[str], note: str) -> dict[str, Any]:
        kind, speaker, verdict, tags = "highlight", "", "", []
        for code in codes:
            role, value = self.codes.get(code, ("", ""))
            if role == "kind":
                kind = value
            elif role == "speaker":
                speaker = value
            elif role == "verdict":
                verdict = value
            elif role == "tag":
                tags.append(value)
        if verdict and kind != "claim":
            verdict = ""
        return {"kind": kind, "speaker": speaker if kind == "quote" else "",
                "verdict": verdict, "tags": tags, "note": note}


def _normalised(raw: str) -> tuple[str, list[int]]:
    """The text with CRLF and lone CR as LF (as Kutip stores texts), and for every offset
    into ``raw`` how many characters before it were dropped."""
    if "\r" not in raw:
        return raw, [0] * (len(raw) + 1)
    shift = [0] * (len(raw) + 1)
    out = []
    dropped = 0
    for index, char in enumerate(raw):
        shift[index] = dropped
        if char == "\r" and index + 1 < len(raw) and raw[index + 1] == "\n":
            dropped += 1
            continue
        out.append("\n" if char == "\r" else char)
    shift[len(raw)] = dropped
    return "".join(out), shift
