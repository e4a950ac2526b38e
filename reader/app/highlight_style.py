"""How quotes, claims, highlights and suggestions look in the reader.

* quote     - a fill in its tag colour (or the default quote blue);
* claim     - a thick underline in its colour plus a faint fill of it;
* highlight - a light fill (tag colour or the default yellow);
* suggestion - a grey dotted underline, no fill, until decided.

Fills are translucent so they work on light and dark backgrounds alike; the
alpha is chosen from the palette lightness.  Where spans overlap, their fills
are composited ("over"), so both stay visible.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextFormat

DEFAULT_COLOURS = {
    "quote": "#3b82f6",
    "claim": "#dc2626",
    "highlight": "#facc15",
}
SUGGESTION_COLOUR = "#8a8a8a"

# Alpha of the fill per kind, (light palette, dark palette).
_FILL_ALPHA = {
    "quote": (0.30, 0.45),
    "claim": (0.10, 0.18),
    "highlight": (0.45, 0.35),
}

# Custom format properties, so tests and painting code can read back a span.
PROP_KINDS = QTextFormat.Property.UserProperty + 1  # "highlight,claim,suggestion" ...
PROP_CLAIM_COLOUR = QTextFormat.Property.UserProperty + 2  # "#rrggbb" or unset


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class SpanStyle:
    """The look of one annotation: its kind and base colour."""

    kind: str
    colour: str  # "#rrggbb"


def style_for(kind: str, tags: list[str] | None, tag_colours: dict[str, str] | None) -> SpanStyle:
    """First tag that has a valid colour wins; otherwise the kind's default."""
    for tag in tags or ():
        value = (tag_colours or {}).get(tag)
        if value and QColor(value).isValid():
            return SpanStyle(kind, QColor(value).name())
    return SpanStyle(kind, DEFAULT_COLOURS.get(kind, DEFAULT_COLOURS["highlight"]))


def _over(top: tuple[float, float, float, float], bottom: tuple[float, float, float, float]):
    """Porter-Duff "over" on straight (non-premultiplied) RGBA floats."""
    r1, g1, b1, a1 = top
    r0, g0, b0, a0 = bottom
    a = a1 + a0 * (1 - a1)
    if a <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    mix = [(c1 * a1 + c0 * a0 * (1 - a1)) / a for c1, c0 in ((r1, r0), (g1, g0), (b1, b0))]
    return (*mix, a)


def fill_colour(style: SpanStyle, dark: bool) -> QColor:
    colour = QColor(style.colour)
    alpha = _FILL_ALPHA.get(style.kind, _FILL_ALPHA["highlight"])[1 if dark else 0]
    colour.setAlphaF(alpha)
    return colour


def underline_colour(style: SpanStyle, dark: bool) -> QColor:
    colour = QColor(style.colour)
    return colour.lighter(135) if dark else colour.darker(110)


def segment_format(styles: tuple[SpanStyle, ...], suggested: bool, dark: bool) -> QTextCharFormat:
    """The merged format of one stretch of text covered by ``styles``.

    ``styles`` go outermost (longest) first, so the innermost fill is on top.
    The result depends only on its arguments, so callers may cache it.
    """
    fmt = QTextCharFormat()
    rgba = (0.0, 0.0, 0.0, 0.0)
    claim: QColor | None = None
    for style in styles:
        fill = fill_colour(style, dark)
        rgba = _over((fill.redF(), fill.greenF(), fill.blueF(), fill.alphaF()), rgba)
        if style.kind == "claim":
            claim = underline_colour(style, dark)
    if rgba[3] > 0:
        fmt.setBackground(QColor.fromRgbF(*rgba))
    if claim is not None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(claim)
        fmt.setProperty(PROP_CLAIM_COLOUR, claim.name())
    elif suggested:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(SUGGESTION_COLOUR))
    kinds = [s.kind for s in styles] + (["suggestion"] if suggested else [])
    fmt.setProperty(PROP_KINDS, ",".join(kinds))
    return fmt
