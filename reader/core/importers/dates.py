"""A small date reader for the date lines news agencies put around a story.

Only full dates become ISO ``YYYY-MM-DD``; a year is never invented.  We parse
ourselves rather than with dateparser because dateparser happily fills in the
current year and reads ordinary words as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

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


_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
             "sabtu": 5, "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
             "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_ID_DAY = r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad"
# "Rabu (22/12)", "Sabtu (26/7/2025)", "Sabtu, (26/7/25)"
_DAY_DATE = re.compile(
    rf"\b(?P<wd>{_ID_DAY})\s*,?\s*"
    r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)",
    re.IGNORECASE,
)
# A weekday written out before a date in words, in the story's own sentences: "spoke on
# Thursday 5 March 2026", "Thursday, March 5", "Kamis, 5 Maret 2026", "Kamis 5 Maret".
# Capitalised day and month only: "minggu" is also "week", "may" a verb.
_NAMED_DAY = (rf"\b(?P<wd>{_ID_DAY}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
              r"|Sunday)\s*,?\s+")
_YEAR_AFTER = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b(?![.,]\d))?"
_WORD_DATES = (
    re.compile(rf"{_NAMED_DAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
               rf"(?P<mon>[A-Z][a-z]{{2,8}})\b\.?{_YEAR_AFTER}"),
    re.compile(rf"{_NAMED_DAY}(?P<mon>[A-Z][a-z]{{2,8}})\.?\s+(?P<d>\d{{1,2}})"
               rf"(?:st|nd|rd|th)?\b(?![.,]?\d){_YEAR_AFTER}"),
)
_YEAR = re.compile(r"(?<![\d/.,-])(?:19[5-9]\d|20\d\d)(?![\d/.-]\d)")
# What may stand before a date in words on its line for it to be the story's dateline: a
# place in capitals ("JAKARTA,", "WASHINGTON (AP) —"); after it: nothing, a time ("10:45
# WIB"), or the dash that opens the story ("Kamis, 5 Maret 2026 - Menteri …")
_LINE_BEFORE = re.compile(r"(?:[A-Z][A-Z .'-]{1,40}(?:\([^)]{1,20}\))?\s*[,–—-]?)?")
_LINE_AFTER = re.compile(r"(?:(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*[A-Za-z]{2,4})?)?\s*"
                         r"(?:[-–—|].*)?", re.IGNORECASE)


@dataclass
class StoryDate:
    """The date a story's own text gives (``Rabu (22/12)``, ``Sabtu (26/7/2025)``, ``on
    Thursday 5 March 2026``)."""

    published: str = ""  # ISO, when the text gives the year or the year could be inferred
    partial: str = ""  # ISO 8601 without the year: ``--12-22``
    inferred: bool = False  # the year was completed from the weekday and the years mentioned


def story_date(text: str, context: str = "", today: date | None = None) -> StoryDate:
    """The first weekday date in ``text``; ``context`` (the whole story) may pin its year.

    ``Rabu (22/12)`` in a story about talks "pada Januari 2022": of the years around the
    latest one the story mentions (2021–2023) only 2021 puts 22 December on a Wednesday,
    so the date is 2021-12-22, marked inferred.  Two candidates, or none: no year. A date
    in words after its weekday is read the same way ("Kamis, 5 Maret 2026", "Thursday,
    March 5": its year inferred as above) when the text has no date of the first kind and
    it is the story's dateline: alone on its line, or after a place in capitals, before a
    time or the dash that opens the story. In a sentence it is an event's date ("On
    Sunday, December 7, 1941, …", "the trial opens on Monday, March 8", R13-6), not the
    story's. A date after ``today`` dates nothing.
    """
    m = _DAY_DATE.search(text)  # (first: after a quotation it dates the reporting, where
    # a date in words in the lede is often the event's: "akan bebas pada Kamis, 24 Januari")
    if m:
        return _dated(m, int(m["m"]), context or text, today)
    words = [(m.start(), m, month) for p in _WORD_DATES for m in p.finditer(text)
             if (month := _MONTHS.get(m["mon"].lower(), 0)) and _dateline(text, m)]
    if words:
        _, m, month = min(words, key=lambda found: found[0])
        return _dated(m, month, context or text, today)
    return StoryDate()


def to_come(day: date, today: date | None = None) -> bool:
    """Whether ``day`` is after today where any reader is (a day's grace: a story dated in
    Jakarta's morning is "tomorrow" on a machine in UTC): no story is published then."""
    return day > (today or date.today()) + timedelta(days=1)


def _dateline(text: str, m: re.Match[str]) -> bool:
    """Whether the date in words ``m`` stands as the story's dateline on its line."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    return bool(_LINE_BEFORE.fullmatch(text[start:m.start()].strip())
                and _LINE_AFTER.fullmatch(text[m.end():end].strip()))


def _dated(m: re.Match[str], month: int, context: str, today: date | None) -> StoryDate:
    day = int(m["d"])
    today = today or date.today()
    if m["y"]:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            given = date(year, month, day)
        except ValueError:
            return StoryDate()
        # a date to come is an event's ("sidang perdana … Senin (14/9/2026)"), no story's
        return StoryDate(published=given.isoformat()) if not to_come(given, today) \
            else StoryDate()
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return StoryDate()
    found = StoryDate(partial=f"--{month:02d}-{day:02d}")
    years = [int(y) for y in _YEAR.findall(context) if int(y) <= today.year + 1]
    if not years:
        return found
    weekday = _WEEKDAYS[m["wd"].lower().replace("’", "'")]
    latest = max(years)
    fits = []
    for year in (latest - 1, latest, latest + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when <= today and when.weekday() == weekday:
            fits.append(when)
    if len(fits) == 1:
        found.published, found.inferred = fits[0].isoformat(), True
    return found
