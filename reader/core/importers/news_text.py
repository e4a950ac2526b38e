"""Plain news text: split the agency metadata out of the story.

Wire and portal stories carry their metadata inside the text (headline,
``Foto: AP``, ``Moskow, MINA –`` datelines, ``Wartawan:``/``Editor:`` lines,
Reuters ``Reporting by …; Editing by …`` credits, share prompts).  Those go into
fields so that the text the user annotates is the story alone.  Story lines are
never rewritten: every line kept is a substring of the input, so quotes keep
their exact characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..models import ImportedArticle
from ..quotes import detect_language
from ..quotes.gazetteer import BODIES, gazetteer
from .dates import parse_date, story_date, to_come
from .outlets import canonical_source, forms_pattern, outlet_for_name

TITLE_MAX = 200  # a longer first line is a paragraph, not a headline

_LINE_MAX = 160  # metadata lines are short; longer lines are always story
_PHOTO = re.compile(
    r"\(?(?:Foto|Photo|Photograph|Gambar|Ilustrasi|Image|Sumber foto)\s*:\s*\S.*", re.IGNORECASE
)
_CAPTION_MAX = 320  # a photo caption may be long; its credit is the last parenthetical
_CREDIT_IN_CAPTION = re.compile(r"\((?P<v>[^()]{2,80})\)\s*\.?$")
_BYLINE = re.compile(
    r"(?:Wartawan|Penulis|Reporter|Pewarta|Author|Writer|Kontributor)\s*:\s*(?P<v>.+?)\.?",
    re.IGNORECASE,
)
_BY_TOP = re.compile(r"(?:By|Oleh)\s*:?\s+(?P<v>[A-Z][\w.'’-]*(?:,?\s+(?:and\s+|dan\s+)?"
                     r"[A-Z][\w.'’-]*){0,6})")
_EDITOR = re.compile(
    r"(?:(?:Editor|Redaktur|Penyunting|Editor Bahasa)\s*:|(?:Editing|Edited) by)\s*(?P<v>.+?)\.?",
    re.IGNORECASE,
)
_CREDIT_SEG = re.compile(
    r"(?P<role>(?:additional\s+)?reporting|writing|editing|compiled|graphics|reporting and writing)"
    r"\s+by\s+(?P<v>.+)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"(?:(?:Baca|Lihat|Simak) juga\s*:|Read (?:more|also)\s*:|Related\s*:|"
    r"Ikuti (?:saluran|kami|berita|update|akun|terus)\b|Dapatkan (?:update|berita|informasi)\b|"
    r"Follow us on\b|(?:Copyright|Hak cipta)\s*(?:©|\(c\))|©|Our Standards:|"
    r"Simak berita\b|Klik di ?sini\b|Download aplikasi\b)",
    re.IGNORECASE,
)
_AGENCY_CODE = re.compile(r"\((?:[A-Za-z0-9]{1,6}/){1,5}[A-Za-z0-9]{1,6}\)")  # (T/RE1/P1)
_OUTLET = re.compile(r"(?P<name>[^()\n]{2,60}?)\s*\((?P<abbr>[A-Za-z][\w.]{1,15})\)")
_OUTLET_WORDS = re.compile(r"news|agency|kantor berita|press|media|\.com|\.co\b|\.id\b",
                           re.IGNORECASE)

_PLACE = r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}"
_DASH = r"\s*(?:--|[-–—])\s*"
_DATELINE_PAREN = re.compile(  # "Jakarta (ANTARA) -", "WASHINGTON (AP) —", "(Reuters) -"
    rf"(?:(?P<place>{_PLACE})(?:\s*,\s*(?P<extra>[^()\n]{{2,30}}?))?\s*)?"
    rf"\((?P<src>[^()\n]{{2,30}})\){_DASH}(?=\S)"
)
_COLON_DASH = r"\s*(?:--|[-–—:])\s*"


def _outlet_first() -> re.Pattern[str]:
    """``TEMPO.CO, Jakarta -``, ``Liputan6.com, Jakarta:``, ``REPUBLIKA.CO.ID, JAKARTA --``."""
    return re.compile(rf"(?P<src>{forms_pattern()})\s*,\s*(?P<place>{_PLACE}){_COLON_DASH}(?=\S)",
                      re.IGNORECASE)


_DATELINE_OUTLET_FIRST = _outlet_first()
_SOURCE_LINE = re.compile(r"\(?(?:Sumber|Source|Sumber berita)\s*:\s*(?P<v>[^()\n]{2,60}?)\)?\.?",
                          re.IGNORECASE)
_DATELINE_PLACE = re.compile(  # "Jakarta - ": only when the outlet is named elsewhere
    r"(?P<place>[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)?)[ ](?:--|[-–—])[ ](?=\S)")
_DATE_LINE = re.compile(rf"(?P<place>{_PLACE})\s*,\s*(?P<date>[^\n]{{8,40}})")
_DATELINE_CAPS = re.compile(  # AP today: "WASHINGTON — ", "ATLANTA, Ga. — "
    rf"(?P<place>[A-Z][A-Z.'’-]{{2,}}(?:[ ][A-Z][A-Z.'’-]+){{0,3}}"
    rf"(?:,[ ][A-Z][a-z]{{1,4}}\.)?){_DASH}(?=\S)"
)
_AGENCY_SUFFIX = re.compile(r"\s*,?\s*(?:The )?(?:Associated Press|Reuters|AFP|AP|Bloomberg)$")
_DATELINE_COMMA = re.compile(
    rf"(?P<place>{_PLACE})\s*,\s*(?P<src>[A-Za-z][\w.]*(?:[ ][A-Z][\w.]*){{0,2}}){_DASH}(?=\S)"
)
_REGION_KIND = re.compile(r"^(?:provinsi|kabupaten|kab\.|kota|kecamatan)\s+")
# a web address's last part as outlets print it in a dateline ("TRIBUNJAMBI.COM", "Ayobandung.com",
# "SUARASURABAYA.NET", "INFOSAWIT.CO.ID")
_WEB_NAME = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,3})?\.(?:com|net|org|id|co|news|tv|info|"
                       r"biz|online|asia|io|my|sg|ph|in|pk|uk|au)", re.IGNORECASE)


@dataclass
class _Meta:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photo: str = ""
    published: str = ""
    source: str = ""
    place: str = ""


def parse_news_text(text: str) -> ImportedArticle:
    """Headline from the first non-empty line, then :func:`tidy` the rest."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return ImportedArticle(title="", text="")
    head = lines[first].strip()
    if len(head) > TITLE_MAX:
        title, body = shorten(head), lines[first:]
    else:
        title, body = head, lines[first + 1:]
    art = ImportedArticle(title=title, text="")
    tidy(art, split_paragraphs(body))
    if not art.text and len(head) <= TITLE_MAX:
        art.text = head  # a one-line paste: the line is both headline and story
    return art


def shorten(line: str, limit: int = 120) -> str:
    """A title for text without a headline: the start of the first line."""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,;:") + "…"


def split_paragraphs(lines: list[str]) -> list[str]:
    """Blank lines separate paragraphs; lines are stripped, never joined or rewrapped."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return paragraphs


def tidy(art: ImportedArticle, paragraphs: list[str]) -> ImportedArticle:
    """Move metadata lines from ``paragraphs`` into ``art`` fields and set ``art.text``.

    Fields already set on ``art`` (e.g. from HTML metadata or front matter) win.
    """
    meta = _Meta()
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        lines = [ln for ln in paragraph.split("\n") if not _take_line(ln, meta, near_top=index < 3)]
        if lines:
            kept.append("\n".join(lines))
    if kept:
        kept[0] = _take_dateline(kept[0], art, source_known=bool(art.source or meta.source))
        first, _, rest = kept[0].partition("\n")
        if iso := parse_date(first):  # "Jakarta (ANTARA) - Kamis, 23 Desember 2021"
            meta.published = meta.published or iso
            kept[0] = rest
        kept = [p for p in kept if p]
    kept = _take_footer(kept, art)
    art.source = canonical_source(art.source or meta.source)
    art.dateline = art.dateline or meta.place
    if meta.published and to_come(date.fromisoformat(meta.published)):
        meta.published = ""  # a date line of days to come names an event (R13-6)
    art.published = art.published or meta.published
    if not art.published and not art.published_partial and kept:
        found = story_date("\n".join(kept[:2]), context="\n".join(kept))
        art.published, art.published_partial = found.published, found.partial
        art.published_inferred = found.inferred
    art.authors = art.authors or _join(meta.authors)
    art.editor = art.editor or _join(meta.editors)
    art.photo_credit = art.photo_credit or meta.photo
    art.text = "\n\n".join(p for p in kept if p)
    art.language = art.language or detect_language(art.text)
    return art


def _take_line(line: str, meta: _Meta, near_top: bool) -> bool:
    """Record ``line`` in ``meta`` and return True if it is metadata, not story."""
    s = line.strip()
    if len(s) <= _CAPTION_MAX and (m := _PHOTO.fullmatch(s)):
        value = s.split(":", 1)[1].strip().rstrip(".")
        if s.startswith("(") and value.endswith(")"):
            value = value[:-1]
        meta.photo = meta.photo or _photo_credit(value)
        return True
    if len(s) > _LINE_MAX:
        return False
    if m := _BYLINE.fullmatch(s):
        meta.authors += _names(m["v"])
        return True
    if near_top and (m := _BY_TOP.fullmatch(s)):
        meta.authors += _names(_AGENCY_SUFFIX.sub("", m["v"]))
        return True
    if _take_credits(s, meta):
        return True
    if m := _EDITOR.fullmatch(s):
        meta.editors += _names(m["v"])
        return True
    if _BOILERPLATE.match(s) or _AGENCY_CODE.fullmatch(s):
        return True
    if iso := parse_date(s):
        meta.published = meta.published or iso
        return True
    if (m := _DATE_LINE.fullmatch(s)) and (iso := parse_date(m["date"])):
        meta.published = meta.published or iso  # "Jakarta, 26 Juli 2025"
        meta.place = meta.place or m["place"]
        return True
    if (m := _SOURCE_LINE.fullmatch(s)) and (outlet := outlet_for_name(m["v"])):
        meta.source = meta.source or outlet.name  # "Sumber: JPNN.com"
        return True
    if near_top and len(s) <= 40 and (outlet := outlet_for_name(s)) and len(s) > 2:
        meta.source = meta.source or outlet.name  # a channel line: "detikNews"
        return True
    return False


def _photo_credit(value: str) -> str:
    """``AP`` stays ``AP``; a caption ``Pedagang … (ANTARA FOTO/Aditya)`` gives its credit."""
    m = _CREDIT_IN_CAPTION.search(value)
    if m and len(value) > 60:
        return m["v"].strip()
    return value.strip("() ")


def _take_credits(s: str, meta: _Meta) -> bool:
    """Reuters footer: ``(Reporting by A in X and B; Editing by C)``."""
    inner = s.strip().removeprefix("(").removesuffix(")").strip().rstrip(".")
    segments = [seg.strip() for seg in inner.split(";") if seg.strip()]
    matches = [_CREDIT_SEG.fullmatch(seg) for seg in segments]
    if not segments or not all(matches):
        return False
    for m in matches:
        assert m is not None
        target = meta.editors if m["role"].lower() == "editing" else meta.authors
        if m["role"].lower() != "graphics":
            target += _names(m["v"])
    return True


def _names(value: str) -> list[str]:
    """``A in London and B, C`` → ``[A, B, C]``."""
    parts = re.split(r",|;|&|\band\b|\bdan\b", value)
    names = []
    for part in parts:
        name = re.sub(r"\s+in\s+[A-Z].*$", "", part.strip()).strip(" .")
        if name:
            names.append(name)
    return names


def _join(names: list[str]) -> str:
    return ", ".join(dict.fromkeys(names))


def _take_dateline(paragraph: str, art: ImportedArticle, source_known: bool = False) -> str:
    """``Moskow, MINA – Menteri …`` → dateline Moskow, source MINA, text ``Menteri …``."""
    m = _DATELINE_PAREN.match(paragraph)
    if m and not m["place"] and not outlet_for_name(m["src"]):
        m = None  # "(Foto) - …": without a place only a known outlet makes a dateline
    if m:
        extra = (m["extra"] or "").strip()
        place, src = m["place"] or "", m["src"]
        if extra and not re.search(r"\d", extra):
            place = f"{place}, {extra}"
        elif extra and not art.published:  # "Jakarta, 26 Juli 2025 (ANTARA) -"
            art.published = parse_date(extra)
    elif m := _DATELINE_OUTLET_FIRST.match(paragraph):
        place, src = m["place"], m["src"]
    elif m := _DATELINE_CAPS.match(paragraph):
        art.dateline = art.dateline or m["place"]
        return paragraph[m.end():]
    elif source_known and (m := _DATELINE_PLACE.match(paragraph)):
        art.dateline = art.dateline or m["place"]  # detik: "Jakarta - ", the outlet named above
        return paragraph[m.end():]
    else:
        m = _DATELINE_COMMA.match(paragraph)
        if not m:
            return paragraph
        place, src = m["place"], m["src"]
        if _outlet_then_place(place, src):
            place, src = src, place  # "TRIBUNJAMBI.COM, JAMBI -", "INFO SAWIT, JAKARTA -"
        elif not (re.search(r"[A-Z.]", src[1:]) or src.isupper()):
            return paragraph
    art.dateline = art.dateline or place.strip()
    art.source = art.source or canonical_source(src.strip())
    return paragraph[m.end():]


def _outlet_then_place(first: str, second: str) -> bool:
    """Whether a dateline ``FIRST, SECOND -`` names the outlet first and then its city, as
    regional sites print it (``TRIBUNJAMBI.COM, JAMBI -``, ``INFO SAWIT, JAKARTA -``), rather
    than the city and then the outlet (``Moskow, MINA -``, ``JAKARTA, KOMPAS.com -``): an
    outlet Kutip knows, or a web address, is the outlet wherever it stands; otherwise a
    place of the gazetteer after a name that is none is the city (R15-6)."""
    if outlet_for_name(second) or _WEB_NAME.fullmatch(second):
        return False
    if outlet_for_name(first) or _WEB_NAME.fullmatch(first):
        return second.isupper() or _is_place(second)  # ("TRIBUNJAMBI.COM, Jambi -")
    return second.isupper() and _is_place(second) and not _is_place(first)


def _is_place(name: str) -> bool:
    """A province, kabupaten/kota or kecamatan of the gazetteer (``JAMBI``, ``Bandung
    Barat``, ``KABUPATEN SIAK``), or Jakarta (the gazetteer lists its cities, ``Jakarta
    Selatan``, and the province by its full name)."""
    key = _REGION_KIND.sub("", " ".join(name.lower().split()))
    places = gazetteer()
    return key in ("jakarta", "dki jakarta") or (
        (key in places.regions or key in places.one_word) and key not in BODIES)


def _take_footer(paragraphs: list[str], art: ImportedArticle) -> list[str]:
    """Drop trailing outlet lines such as ``Mi’raj News Agency (MINA)``."""
    while paragraphs:
        last = paragraphs[-1]
        m = _OUTLET.fullmatch(last.strip())
        if not m:
            break
        abbr = m["abbr"]
        known = art.source and abbr.lower() == art.source.lower()
        if not (known or _OUTLET_WORDS.search(m["name"])):
            break
        art.source = art.source or canonical_source(abbr)
        paragraphs = paragraphs[:-1]
    return paragraphs
