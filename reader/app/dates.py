"""Dates shown in the interface's language: ``2021-12-22`` → "22 Dec 2021" / "22 Des 2021".

Stored dates stay as they are (ISO, or partial like ``22/12``); only what is shown changes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..core.models import partial_label

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def show_date(value: str, locale: QLocale | None = None) -> str:
    """``value`` for people: an ISO date in the locale's medium form, anything else as is."""
    match = _ISO.match(value or "")
    if not match:
        return value or ""
    date = QDate(*(int(part) for part in match.groups()))
    if not date.isValid():
        return value
    return (locale or QLocale()).toString(date, "d MMM yyyy")


_DAY_MONTH = re.compile(r"^--(\d{2})-(\d{2})$")


def show_day(label: str, locale: QLocale | None = None) -> str:
    """A quote trail's date (``core.trail.dates``) in the interface's language:
    ``2021-12-22`` → "22 Des 2021", a date without its year ``--12-22`` → "22 Des"."""
    match = _DAY_MONTH.match(label or "")
    if not match:
        return show_date(label, locale)
    date = QDate(2000, int(match[1]), int(match[2]))  # (a leap year: 29 Feb too)
    return (locale or QLocale()).toString(date, "d MMM") if date.isValid() else label


def date_label(article, short: bool = False) -> str:
    """An article's date as people read it, in the interface's language: "22 Des 2021";
    "22 Des 2021 [disimpulkan]" when the year was inferred from the story ("~22 Des 2021"
    when ``short``); "22/12 [tanpa tahun]" for a partial date ("22/12" when ``short``)."""
    translate = QCoreApplication.translate
    if article.published:
        shown = show_date(article.published)
        if not article.published_inferred:
            return shown
        return f"~{shown}" if short else translate("Dates", "{date} [inferred]").format(
            date=shown)
    if article.published_partial:
        given = partial_label(article.published_partial)
        return given if short else translate("Dates", "{date} [no year]").format(date=given)
    return ""
