"""News outlets Kutip recognises, so an article's source is the same however it arrived.

A saved page, a fetched URL and pasted wire text name the same outlet differently
(``www.antaranews.com``, ``og:site_name`` "ANTARA News", ``Jakarta (ANTARA) -``,
``ANTARA FOTO``); each row of :data:`OUTLETS` lists the forms one outlet's datelines,
footers and site names take and its web domains, and every importer maps them to
the one ``name``.  Data only, plus three lookups; importers for other formats
(PDF, e-mail, feeds) use the same lookups.

The forms were taken from the outlets' own pages and wire copy (dateline and credit
conventions as the outlets print them, e.g. Kompas "JAKARTA, KOMPAS.com -", Tempo
"TEMPO.CO, Jakarta -", Liputan6 "Liputan6.com, Jakarta:", AP "WASHINGTON (AP) —").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    name: str  # what Kutip stores as the article's source
    forms: tuple[str, ...]  # how datelines, footers and site names write it (case-insensitive)
    domains: tuple[str, ...]  # web domains, matched with any sub-domain
    country: str = ""


OUTLETS: tuple[Outlet, ...] = (
    # Indonesia
    Outlet("ANTARA", ("ANTARA", "ANTARA News", "Antaranews", "Antaranews.com", "ANTARA FOTO",
                      "Kantor Berita ANTARA", "LKBN ANTARA"),
           ("antaranews.com", "antarafoto.com"), "id"),
    Outlet("Kompas", ("Kompas", "KOMPAS.com", "Kompas.id", "Harian Kompas", "Kompas TV",
                      "KompasTV"), ("kompas.com", "kompas.id", "kompas.tv"), "id"),
    Outlet("Tempo", ("Tempo", "TEMPO.CO", "Tempo.co", "Koran Tempo", "Majalah Tempo",
                     "Tempo Interaktif", "TEMPO Interaktif"), ("tempo.co",), "id"),
    Outlet("Detik", ("detikcom", "detik.com", "detikNews", "detikFinance", "detikInet",
                     "detikSport", "detikHealth", "detikOto", "detikTravel", "detikEdu",
                     "detikHot", "detikJateng", "detikJatim", "detikJabar", "detikSumut",
                     "detikBali", "detikSulsel"), ("detik.com",), "id"),
    Outlet("Liputan6", ("Liputan6", "Liputan6.com", "Liputan 6"), ("liputan6.com",), "id"),
    Outlet("CNN Indonesia", ("CNN Indonesia", "CNNIndonesia.com", "CNNIndonesia"),
           ("cnnindonesia.com",), "id"),
    Outlet("Republika", ("Republika", "REPUBLIKA.CO.ID", "Republika.co.id", "Republika Online",
                         "Harian Republika"), ("republika.co.id", "republika.id"), "id"),
    Outlet("Okezone", ("Okezone", "Okezone.com", "Okezone News"), ("okezone.com",), "id"),
    Outlet("JPNN", ("JPNN", "JPNN.com", "JPNN.COM"), ("jpnn.com",), "id"),
    Outlet("Beritasatu", ("Beritasatu", "Beritasatu.com", "BeritaSatu", "Berita Satu"),
           ("beritasatu.com",), "id"),
    Outlet("Media Indonesia", ("Media Indonesia", "MediaIndonesia.com", "MI"),
           ("mediaindonesia.com",), "id"),
    Outlet("Kumparan", ("kumparan", "kumparan.com", "kumparanNEWS", "kumparanBISNIS"),
           ("kumparan.com",), "id"),
    Outlet("Tribun", ("Tribun", "Tribunnews", "Tribunnews.com", "TRIBUNNEWS.COM",
                      "Tribun Network"), ("tribunnews.com",), "id"),
    Outlet("MINA", ("MINA", "Mi’raj News Agency", "Mi'raj News Agency", "MINA News"),
           ("minanews.net",), "id"),
    Outlet("KBR", ("KBR", "KBR.id", "Kantor Berita Radio", "KBR68H"), ("kbr.id",), "id"),
    Outlet("Bisnis", ("Bisnis", "Bisnis.com", "Bisnis Indonesia", "JIBI", "JIBI/Bisnis"),
           ("bisnis.com",), "id"),
    # International wires and papers
    Outlet("Reuters", ("Reuters", "Thomson Reuters", "REUTERS"), ("reuters.com",)),
    Outlet("AP", ("AP", "Associated Press", "The Associated Press", "AP News"),
           ("apnews.com", "ap.org")),
    Outlet("AFP", ("AFP", "Agence France-Presse", "Agence France Presse", "AFP News"),
           ("afp.com",)),
    Outlet("Bloomberg", ("Bloomberg", "Bloomberg News", "Bloomberg.com"), ("bloomberg.com",)),
    Outlet("BBC", ("BBC", "BBC News", "BBC News Indonesia", "BBC Indonesia"),
           ("bbc.com", "bbc.co.uk")),
    Outlet("The Guardian", ("The Guardian", "Guardian", "the Guardian", "Guardian News"),
           ("theguardian.com", "guardian.co.uk")),
    Outlet("The New York Times", ("The New York Times", "New York Times", "NYT",
                                  "nytimes.com"), ("nytimes.com",)),
    Outlet("Al Jazeera", ("Al Jazeera", "Al Jazeera English", "Aljazeera"),
           ("aljazeera.com", "aljazeera.net")),
    Outlet("DW", ("DW", "Deutsche Welle", "DW.COM", "DW Indonesia"), ("dw.com",)),
    Outlet("VOA", ("VOA", "Voice of America", "VOA Indonesia", "VOA News"),
           ("voanews.com", "voaindonesia.com")),
)


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@cache
def _by_form() -> dict[str, Outlet]:
    return {_key(form): outlet for outlet in OUTLETS for form in (outlet.name, *outlet.forms)}


def outlet_for_name(text: str) -> Outlet | None:
    """The outlet a dateline, footer or credit names (``KOMPAS.com`` → Kompas), or None."""
    return _by_form().get(_key(text.strip(" .,:;()-–—")))


def outlet_for_site(site_name: str) -> Outlet | None:
    """The outlet a page's site name gives (``ANTARA News``, ``Kompas.com``), or None."""
    return outlet_for_name(site_name) if site_name and len(site_name) <= 60 else None


def outlet_for_url(url: str) -> Outlet | None:
    """The outlet whose domain serves ``url`` (any sub-domain: ``en.antaranews.com``)."""
    try:
        host = (urlsplit((url or "").strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    while host:
        for outlet in OUTLETS:
            if host in outlet.domains:
                return outlet
        _, _, host = host.partition(".")
    return None


@cache
def forms_pattern() -> str:
    """A regex alternation of every form, longest first (for dateline patterns)."""
    forms = sorted({f for o in OUTLETS for f in (o.name, *o.forms)}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


def canonical_source(text: str) -> str:
    """``text`` as the outlet's name when it is a known form, else ``text`` unchanged."""
    outlet = outlet_for_name(text)
    return outlet.name if outlet else text
