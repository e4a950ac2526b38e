"""Reading zip containers (.docx, .odt, .epub) and their XML safely.

* Zip bombs: the central directory's sizes are checked *before* anything is inflated
  (a member or the sum over the limit, too many members, an absurd compression ratio),
  and every read is capped at the declared size (``zipfile`` stops there, so a lying
  header cannot inflate more).
* XML: no DTDs, no entities resolved (billion laughs, external entities), no network.
* Password protection: Office writes encrypted documents as an OLE compound file, not a
  zip; OpenDocument marks encrypted members in its manifest; EPUB DRM lists encrypted
  members in ``META-INF/encryption.xml``.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..messages import Message
from .errors import ImportFailed

MAX_MEMBER = 50 * 1024 * 1024
"""Largest uncompressed member read."""
MAX_TOTAL = 200 * 1024 * 1024
"""Largest sum of uncompressed members read from one container."""
MAX_MEMBERS = 10_000
MAX_RATIO = 200
"""A member inflating more than this many times its compressed size (over 1 MB) is a bomb."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True,
                          remove_pis=True)


class Container:
    """A zip container whose members are read within the limits above."""

    def __init__(self, data: bytes, kind: str):
        self.kind = kind
        if data.startswith(OLE_MAGIC):
            if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k" in data:
                raise ImportFailed(Message(
                    "import.container-password", "the {kind} is password-protected; remove "
                    "the password and try again", kind=kind))
            raise ImportFailed(Message(
                "import.container-ole", "not a {kind} (an old binary Office file? save it as "
                ".docx or .odt first)", kind=kind))
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            raise ImportFailed(Message(
                "import.container-not-zip", "the {kind} is damaged or truncated (not a "
                "readable zip container)", kind=kind)) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(Message("import.container-parts",
                                       "the {kind} has too many parts ({count:,})",
                                       kind=kind, count=len(infos)))
        self._sizes = {}
        for info in infos:
            if info.file_size > MAX_MEMBER or (
                    info.file_size > 1024 * 1024
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                raise ImportFailed(Message(
                    "import.container-bomb", "the {kind} contains a part that inflates to "
                    "{mb:,.0f} MB (a zip bomb?); not imported", kind=kind,
                    mb=info.file_size / (1024 * 1024)))
            self._sizes[info.filename] = info.file_size
        self._budget = MAX_TOTAL

    def names(self) -> list[str]:
        return list(self._sizes)

    def has(self, name: str) -> bool:
        return name in self._sizes

    def read(self, name: str) -> bytes:
        if name not in self._sizes:
            raise ImportFailed(Message("import.container-missing",
                                       "the {kind} has no {name} (damaged or not a {kind})",
                                       kind=self.kind, name=name))
        size = self._sizes[name]
        if size > self._budget:
            raise ImportFailed(Message(
                "import.container-total", "the {kind} inflates to more than {mb} MB; not "
                "imported", kind=self.kind, mb=MAX_TOTAL // (1024 * 1024)))
        try:
            with self.zip.open(name) as member:
                data = member.read(size + 1)
        except zipfile.BadZipFile:
            raise ImportFailed(Message("import.container-bad-data",
                                       "the {kind} is damaged (bad data in {name})",
                                       kind=self.kind, name=name)) from None
        except (RuntimeError, NotImplementedError) as e:  # encrypted or exotic compression
            if "encrypted" in str(e).lower() or "password" in str(e).lower():
                raise ImportFailed(Message("import.container-encrypted",
                                           "the {kind} is password-protected",
                                           kind=self.kind)) from None
            raise ImportFailed(Message("import.container-compression",
                                       "the {kind} uses a compression Kutip cannot read",
                                       kind=self.kind)) from None
        except (OSError, EOFError, ValueError):
            raise ImportFailed(Message("import.container-truncated",
                                       "the {kind} is truncated (cannot read {name})",
                                       kind=self.kind, name=name)) from None
        self._budget -= len(data)
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), Message("import.container-member",
                                                  "{name} in the {kind}",
                                                  name=name, kind=self.kind))


def parse_xml(data: bytes, what: str) -> etree._Element:
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as e:
        raise ImportFailed(Message("import.xml-malformed", "malformed XML in {what} ({error})",
                                   what=what, error=e.msg)) from None
    if root is None:
        raise ImportFailed(Message("import.xml-empty", "empty XML in {what}", what=what))
    return root


def local(tag: object) -> str:
    """``{namespace}name`` → ``name`` (comments and processing instructions → "")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
