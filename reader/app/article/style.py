"""How quotes, claims, highlights and suggestions look: by shape first, colour second.

* quote      - a fill (the quote blue) over the whole line height;
* claim      - a thick underline in its verdict's colour (red false, green true, …);
* highlight  - a marker stroke over the lower part of the line, in its tag's colour
               (or marker yellow);
* suggestion - a grey dotted underline, until accepted or dismissed;
* a tag's colour is also a bar in the margin beside the lines it covers.

Fills are translucent, composited "over" the page, and never so strong that the text on
them falls below a WCAG contrast of 4.5:1 (``readable_fill``), in light and dark palettes.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from ...core.models import Annotation
from .segments import Look

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

# The text classes are looked up on ``QtGui`` when first used (an article opens), not
# imported: importing one makes PySide build its class and enums (``QTextFormat`` has
# 130), which the window's first frame does not need (issue 12).

QUOTE_COLOUR = "#3b82f6"
MARKER_COLOUR = "#facc15"
SUGGESTION_COLOUR = "#8a8a8a"
VERDICT_COLOURS = {
    "unchecked": "#64748b",
    "true": "#16a34a",
    "false": "#dc2626",
    "misleading": "#d97706",
    "unverifiable": "#7c3aed",
}
MIN_CONTRAST = 4.5
MAX_STACKED_FILLS = 4  # quote fills composited on one stretch (more look the same)

# Alpha of a fill per kind, (light palette, dark palette), before the contrast limit.
_FILL_ALPHA = {"quote": (0.30, 0.45), "highlight": (0.55, 0.45)}

# Custom format properties, so painting and tests can read a stretch back.
# ``QTextFormat.Property.UserProperty + 1`` (a test checks it): "highlight,claim,suggestion"…
PROP_KINDS = 0x100000 + 1


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _valid(colour: str) -> str:
    return QColor(colour).name() if colour and QColor(colour).isValid() else ""


def look_for(annotation: Annotation, tag_colours: dict[str, str] | None) -> Look:
    """An annotation's look: the first tag with a valid colour gives the tag colour."""
    tag_colour = next((_valid((tag_colours or {}).get(t, "")) for t in annotation.tags or ()
                       if _valid((tag_colours or {}).get(t, ""))), "")
    kind = annotation.kind
    if kind == "claim":
        verdict = annotation.verdict or "unchecked"
        return Look(kind, VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["unchecked"]), verdict,
                    tag_colour)
    if kind == "highlight":
        return Look(kind, tag_colour or MARKER_COLOUR, "", tag_colour)
    return Look("quote", QUOTE_COLOUR, "", tag_colour)


# ----------------------------------------------------------------- contrast
def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: QColor, bottom: QColor) -> QColor:
    """``top`` (with its alpha) composited over an opaque ``bottom``."""
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                           top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))


def text_colour(colour: str, palette: QPalette) -> QColor:
    """``colour`` for words on the palette's page, moved toward the palette's own text colour
    just enough to keep a 4.5:1 contrast (a warning's red or amber, light or dark page)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    wanted = QColor(colour)
    for step in range(11):
        t = step / 10
        shown = QColor.fromRgbF(wanted.redF() * (1 - t) + text.redF() * t,
                                wanted.greenF() * (1 - t) + text.greenF() * t,
                                wanted.blueF() * (1 - t) + text.blueF() * t)
        if contrast(shown, base) >= MIN_CONTRAST:
            return shown
    return text


def readable_fill(colour: str, alpha: float, palette: QPalette) -> QColor:
    """``colour`` at ``alpha``, weakened until the text on it keeps a 4.5:1 contrast."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    # the same few colours come back for every mark (149,000 on one article): work each
    # out once per palette
    return QColor(_readable_fill(colour, alpha, base.rgba(), text.rgba()))


@functools.lru_cache(maxsize=1024)
def _readable_fill(colour: str, alpha: float, base_rgba: int, text_rgba: int) -> QColor:
    base, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    fill = QColor(colour)
    while alpha > 0.08:
        fill.setAlphaF(alpha)
        if contrast(text, over(fill, base)) >= MIN_CONTRAST:
            break
        alpha -= 0.03
    fill.setAlphaF(max(alpha, 0.08))
    return fill


def fill_colour(look: Look, palette: QPalette) -> QColor:
    """The fill of a quote, or the marker of a highlight, on this palette."""
    alpha = _FILL_ALPHA.get(look.kind, _FILL_ALPHA["highlight"])[1 if is_dark(palette) else 0]
    return readable_fill(look.colour, alpha, palette)


def line_colour(colour: str, palette: QPalette) -> QColor:
    """A claim's underline or a tag bar: the colour, lifted a little on a dark page."""
    shown = QColor(colour)
    return shown.lighter(135) if is_dark(palette) else shown


def segment_format(looks: tuple[Look, ...], suggested: bool, palette: QPalette) -> QTextCharFormat:
    """The character format of one stretch: quote fills (stacked) and the suggestion dots.

    Claim lines, highlight markers and tag bars are painted (see ``decorations``); the
    format carries the kinds so the stretch can be read back.
    """
    fmt = QtGui.QTextCharFormat()
    base = palette.color(QPalette.ColorRole.Base)
    shown = None
    # quote fills stack; past a few layers the colour no longer changes to the eye, and a
    # stretch under hundreds of quotes must not cost hundreds of compositions
    for look in [look for look in looks if look.kind == "quote"][:MAX_STACKED_FILLS]:
        fill = fill_colour(look, palette)
        shown = over(fill, shown or base)
    if shown is not None:
        fmt.setBackground(shown)
    if suggested and not any(look.kind == "claim" for look in looks):
        fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(SUGGESTION_COLOUR))
    kinds = [look.kind for look in looks] + (["suggestion"] if suggested else [])
    fmt.setProperty(PROP_KINDS, ",".join(kinds))
    return fmt


# ------------------------------------------------------------------- icons
def mark_pixmap(look: Look, palette: QPalette, size: int = 18) -> QPixmap:
    """A small picture of the mark's shape: for lists, the legend and menus."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))  # (transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 2, size - 4, size - 4)
    _fill(painter, box, palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    if look.kind == "quote":
        _fill(painter, box.adjusted(0, 2, 0, -2), fill_colour(look, palette))
    elif look.kind == "highlight":
        _fill(painter, QRectF(box.left(), box.center().y(), box.width(), box.height() / 2 - 2),
              fill_colour(look, palette))
    # a few "letters", then the claim line under them
    pen = QPen(text)
    pen.setWidthF(1.2)
    painter.setPen(pen)
    mid = box.center().y() + 1
    painter.drawLine(QPointF(box.left() + 2, mid), QPointF(box.right() - 2, mid))
    if look.kind in ("claim", "suggestion"):
        pen = QPen(line_colour(look.colour, palette))
        pen.setWidthF(3 if look.kind == "claim" else 1.5)
        if look.kind == "suggestion":
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        y = box.bottom() - 2
        painter.drawLine(QPointF(box.left() + 1, y), QPointF(box.right() - 1, y))
    if look.tag_colour:
        _fill(painter, QRectF(0, 2, 2.5, size - 4), line_colour(look.tag_colour, palette))
    painter.end()
    return pixmap


def _fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """``painter.fillRect(rect, colour)``, the same pixels, drawn as a rectangle without an
    outline: PySide resolves ``fillRect``'s overloads by building the ``QGradient`` class
    and its 180 presets (~1.3 ms of the app's start, for the legend's pictures)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def mark_icon(look: Look, palette: QPalette) -> QIcon:
    """The mark's icon; one per look and palette, however many rows show it."""
    key = (look, palette.color(QPalette.ColorRole.Base).rgba(),
           palette.color(QPalette.ColorRole.Text).rgba())
    icon = _ICONS.get(key)
    if icon is None:
        if len(_ICONS) > 512:
            _ICONS.clear()
        icon = _ICONS[key] = QIcon(mark_pixmap(look, palette))
    return icon


_ICONS: dict[tuple, QIcon] = {}


def legend_entries() -> list[list[tuple[Look, str]]]:
    """Rows of (look, label) for the legend: the kinds, then a claim per verdict."""
    translate = QCoreApplication.translate
    kinds = [(Look("quote", QUOTE_COLOUR), translate("Legend", "Quote")),
             (Look("highlight", MARKER_COLOUR), translate("Legend", "Highlight")),
             (Look("tag", "", "", "#ab47bc"), translate("Legend", "Tag colour")),
             (Look("suggestion", SUGGESTION_COLOUR), translate("Legend", "Suggested"))]
    names = {
        "unchecked": translate("Legend", "Claim: unchecked"),
        "true": translate("Legend", "true"),
        "false": translate("Legend", "false"),
        "misleading": translate("Legend", "misleading"),
        "unverifiable": translate("Legend", "unverifiable"),
    }
    claims = [
        (Look("claim", colour, verdict), names[verdict])
        for verdict, colour in VERDICT_COLOURS.items()
    ]
    return [kinds, claims]
