"""Build small .docx, .odt, .epub, .eml and .pdf files for the importer tests.

Each builder writes only the parts the format requires, so a test shows exactly the
structure it exercises (tracked changes, comments, lists, chapters, attachments …).
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zip_bytes(members: dict[str, bytes | str], stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        if stored_first:
            zf.writestr(zipfile.ZipInfo(stored_first), members[stored_first],
                        compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            if name != stored_first:
                zf.writestr(name, data)
    return buffer.getvalue()


# --- Word -----------------------------------------------------------------------------------

def w_par(text: str = "", style: str = "", num: tuple[int, int] | None = None,
          runs: str = "") -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    body = runs or (f"<w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>" if text else "")
    return f"<w:p>{ppr}{body}</w:p>"


def docx_bytes(body_xml: str, title: str = "", creator: str = "", created: str = "",
               numbering: bool = False, extra: dict[str, bytes | str] | None = None) -> bytes:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>')
    core = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<dcterms:created>{created}</dcterms:created></cp:coreProperties>")
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'),
        "word/document.xml": document,
        "docProps/core.xml": core,
    }
    if numbering:
        members["word/numbering.xml"] = (
            f'<w:numbering xmlns:w="{W_NS}">'
            '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
            '</w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
            '</w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    members.update(extra or {})
    return zip_bytes(members)


# --- OpenDocument ---------------------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odt_bytes(text_xml: str, title: str = "", creator: str = "", date: str = "",
              styles_xml: str = "", encrypted: bool = False) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f"<office:automatic-styles>{styles_xml}</office:automatic-styles>"
               f"<office:body><office:text>{text_xml}</office:text></office:body>"
               "</office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}>'
            f"<office:meta><dc:title>{escape(title)}</dc:title>"
            f"<meta:initial-creator>{escape(creator)}</meta:initial-creator>"
            f"<meta:creation-date>{date}</meta:creation-date></office:meta>"
            "</office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="content.xml">'
                + ('<manifest:encryption-data manifest:checksum-type="SHA1"/>' if encrypted
                   else "")
                + "</manifest:file-entry></manifest:manifest>")
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text",
                      "content.xml": content, "meta.xml": meta,
                      "META-INF/manifest.xml": manifest}, stored_first="mimetype")


# --- EPUB -----------------------------------------------------------------------------------

def epub_bytes(chapters: list[tuple[str, list[str]]], title: str = "", creator: str = "",
               date: str = "", language: str = "en", extra: dict | None = None,
               toc: list[str] | None = None) -> bytes:
    """``toc``: labels for an EPUB 3 navigation document (in the spine too, as books do)."""
    items, refs, members = [], [], {}
    for number, (heading, paragraphs) in enumerate(chapters, start=1):
        name = f"text/chapter{number}.xhtml"
        body = (f"<h1>{escape(heading)}</h1>" if heading else "") + "".join(
            f"<p>{escape(p)}</p>" for p in paragraphs)
        members[f"OEBPS/{name}"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>{escape(heading)}</title><script>alert(1)</script></head>"
            f"<body>{body}</body></html>")
        items.append(f'<item id="c{number}" href="{name}" media-type="application/xhtml+xml"/>')
        refs.append(f'<itemref idref="c{number}"/>')
    if toc:
        links = "".join(f'<li><a href="chapter{n}.xhtml">{escape(label)}</a></li>'
                        for n, label in enumerate(toc, start=1))
        members["OEBPS/text/nav.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><h1>Contents'
            f"</h1><ol>{links}</ol></nav></body></html>")
        items.append('<item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" '
                     'properties="nav"/>')
        refs.insert(0, '<itemref idref="nav"/>')
    opf = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
           'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
           f"<dc:date>{date}</dc:date><dc:language>{language}</dc:language></metadata>"
           f"<manifest>{''.join(items)}</manifest><spine>{''.join(refs)}</spine></package>")
    container = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                 'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
                 'content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                 "</container>")
    all_members = {"mimetype": "application/epub+zip", "META-INF/container.xml": container,
                   "OEBPS/content.opf": opf, **members, **(extra or {})}
    return zip_bytes(all_members, stored_first="mimetype")


# --- e-mail ---------------------------------------------------------------------------------

def eml_bytes(subject: str = "", sender: str = "", date: str = "", text: str | None = None,
              html: str | None = None,
              attachments: list[tuple[str, bytes, str]] | None = None) -> bytes:
    msg = EmailMessage()
    if subject:
        msg["Subject"] = subject
    if sender:
        msg["From"] = sender
    msg["To"] = "desk@example.org"
    if date:
        msg["Date"] = date
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


# --- PDF ------------------------------------------------------------------------------------

def blank_pdf(pages: int) -> bytes:
    """A PDF of blank pages (no text layer), e.g. what a scanner without OCR leaves."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(595, 842)
    buffer = io.BytesIO()
    doc.save(buffer)
    doc.close()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF with a standard-security /Encrypt dictionary whose user password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<" % (len(objects) + 1)
              + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def text_pdf(pages: list[list[tuple[float, float, str]]], size: float = 10) -> bytes:
    """A PDF with Helvetica text lines at ``(x, y, text)`` on each page (y grows upwards)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument.new()
    font = raw.FPDFText_LoadStandardFont(doc.raw, b"Helvetica")
    for lines in pages:
        page = doc.new_page(595, 842)
        for x, y, text in lines:
            obj = raw.FPDFPageObj_CreateTextObj(doc.raw, font, size)
            buffer = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()
