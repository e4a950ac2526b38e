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
                raise ImportFailed(f"the {kind} is password-protected; remove the password "
                                   "and try again")
            raise ImportFailed(f"not a {kind} (an old binary Office file? save it as "
                               ".docx or .odt first)")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            raise ImportFailed(f"the {kind} is damaged or truncated "
                               "(not a readable zip container)") from None
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(f"the {kind} has too many parts ({len(infos):,})")
        self._sizes = {}
        for info in infos:
            if info.file_size > MAX_MEMBER or (
                    info.file_size > 1024 * 1024
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                raise ImportFailed(f"the {kind} contains a part that inflates to "
                                   f"{info.file_size / (1024 * 1024):,.0f} MB "
                                   "(a zip bomb?); not imported")
            self._sizes[info.filename] = info.file_size
        self._budget = MAX_TOTAL

    def names(self) -> list[str]:
        return list(self._sizes)

    def has(self, name: str) -> bool:
        return name in self._sizes

    def read(self, name: str) -> bytes:
        if name not in self._sizes:
            raise ImportFailed(f"the {self.kind} has no {name} (damaged or not a {self.kind})")
        size = self._sizes[name]
        if size > self._budget:
            raise ImportFailed(f"the {self.kind} inflates to more than "
                               f"{MAX_TOTAL // (1024 * 1024)} MB; not imported")
        try:
            with self.zip.open(name) as member:
                data = member.read(size + 1)
        except zipfile.BadZipFile:
            raise ImportFailed(f"the {self.kind} is damaged (bad data in {name})") from None
        except (RuntimeError, NotImplementedError) as e:  # encrypted or exotic compression
            if "encrypted" in str(e).lower() or "password" in str(e).lower():
                raise ImportFailed(f"the {self.kind} is password-protected") from None
            raise ImportFailed(f"the {self.kind} uses a compression Kutip cannot read") from None
        except (OSError, EOFError, ValueError):
            raise ImportFailed(f"the {self.kind} is truncated (cannot read {name})") from None
        self._budget -= len(data)
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), f"{name} in the {self.kind}")


def parse_xml(data: bytes, what: str) -> etree._Element:
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as e:
        raise ImportFailed(f"malformed XML in {what} ({e.msg})") from None
    if root is None:
        raise ImportFailed(f"empty XML in {what}")
    return root


def local(tag: object) -> str:
    """``{namespace}name`` → ``name`` (comments and processing instructions → "")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
