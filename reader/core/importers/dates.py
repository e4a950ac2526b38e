"""A small date reader for the date lines news agencies put around a story.

Only full dates become ISO ``YYYY-MM-DD``; a year is never invented.  We parse
ourselves rather than with dateparser because dateparser happily fills in the
current year and reads ordinary words as dates.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12, "agu": 8, "okt": 10, "des": 12, "peb": 2,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_DAYS = (r"(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|"
         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
         r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+")
_TIME = (r"(?:[\s,|-]+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*(?:wib|wita|wit|gmt|utc|et|edt|est))?(?:\s*[+-]\d{2}:?\d{2})?)?")
_M = r"(?P<mon>[a-z]{3,9})\.?"

_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?"),
    re.compile(rf"(?:{_DAYS})?(?P<d>\d{{1,2}})\s+{_M},?\s+(?P<y>\d{{4}}){_TIME}"),
    re.compile(rf"(?:{_DAYS})?{_M}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_TIME}"),
]


def parse_date(text: str) -> str:
    """Return ``YYYY-MM-DD`` if ``text`` is (only) a full date, else ``""``."""
    s = " ".join(text.strip().lower().split()).strip(" .")
    if not s or len(s) > 60:
        return ""
    for pat in _PATTERNS:
        m = pat.fullmatch(s)
        if m:
            return _iso(m)
    return ""


def _iso(m: re.Match[str]) -> str:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _MONTHS.get(g["mon"], 0)
    try:
        return date(int(g["y"]), month, int(g["d"])).isoformat()
    except ValueError:
        return ""


_DAY_DM = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)\s*\((\d{1,2}/\d{1,2})\)"
)


def day_month(paragraph: str) -> str:
    """``pada Rabu (22/12)`` → ``"22/12"``: the day/month Indonesian stories give, no year."""
    m = _DAY_DM.search(paragraph)
    return m.group(1) if m else ""
