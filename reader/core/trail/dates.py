"""Publication dates as the trail orders versions: full dates, and dates without a year.

Articles carry ``published`` as an ISO date (``2021-12-22``, maybe with a time) or, from
news text that gives only a day and month, a partial date (``--12-22``, or the older
``22/12`` form). A trail completes a year-less date with the year that puts it nearest to
the other versions' dates: stories about one statement are days apart, not years.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
_PARTIAL = re.compile(r"^--(\d{2})-(\d{2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?$")


def parse(published: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a stored publication date; None if there is none."""
    value = (published or "").strip()
    if m := _ISO.match(value):
        return int(m[1]), int(m[2]), int(m[3] or 1)
    if m := _PARTIAL.match(value):
        return None, int(m[1]), int(m[2])
    if m := _DAY_MONTH.match(value):
        year = int(m[3]) if m[3] else None
        if year is not None and year < 100:
            year += 2000
        return year, int(m[2]), int(m[1])
    return None


def without_year(published: str) -> bool:
    """Whether a stored date gives a day and month but no year (``--12-22``, ``22/12``)."""
    parsed = parse(published)
    return parsed is not None and parsed[0] is None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NOTIONAL_YEAR = 2000  # a leap year: orders year-less dates by month and day (29/2 too)


def resolve(dates: list[str]) -> list[tuple[dt.date | None, bool]]:
    """Each stored date as (date, year known). A year-less one takes the year that puts it
    nearest the median full date; without any full date, year-less ones are ordered by
    month and day (in a notional year)."""
    parsed = [parse(d) for d in dates]
    full = sorted(d for p in parsed if p and p[0] is not None and (d := _valid(p[0], p[1], p[2])))
    anchor = full[len(full) // 2] if full else None
    out: list[tuple[dt.date | None, bool]] = []
    for p in parsed:
        if p is None:
            out.append((None, False))
        elif p[0] is not None:
            out.append((_valid(p[0], p[1], p[2]), True))
        elif anchor is None:
            out.append((_valid(_NOTIONAL_YEAR, p[1], p[2]), False))
        else:
            options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                       if (d := _valid(y, p[1], p[2]))]
            out.append((min(options, key=lambda d: abs((d - anchor).days)), True)
                       if options else (None, False))
    return out


def label(date: dt.date | None, year_known: bool) -> str:
    """ISO ``2021-12-22``, or ``--12-22`` when the year is not known, or ``""``."""
    if date is None:
        return ""
    return date.isoformat() if year_known else f"--{date.month:02d}-{date.day:02d}"


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def readable(label_: str) -> str:
    """``2021-12-22`` → ``22 Dec 2021``, ``--12-22`` → ``22 Dec``; anything else as it is."""
    if m := _ISO.match(label_ or ""):
        if m[3]:
            return f"{int(m[3])} {_MONTH_NAMES[int(m[2]) - 1]} {m[1]}"
    if m := _PARTIAL.match(label_ or ""):
        return f"{int(m[2])} {_MONTH_NAMES[int(m[1]) - 1]}"
    return label_
