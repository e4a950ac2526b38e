"""What is under the mouse: the character at a point, and the tooltip for a position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtWidgets import QTextEdit

from ...core.models import Annotation
from ..i18n import core_text

if TYPE_CHECKING:
    from ...core.models import Suggestion

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def char_at(widget: QTextEdit, pos: QPoint) -> int | None:
    """Document position of the character under viewport point ``pos``."""
    offset = QPointF(widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
    layout = widget.document().documentLayout()
    hit = layout.hitTest(QPointF(pos) + offset, Qt.HitTestAccuracy.ExactHit)
    if hit < 0:
        return None
    cursor = QtGui.QTextCursor(widget.document())
    cursor.setPosition(hit)
    edge = widget.cursorRect(cursor).left()
    rtl = cursor.block().layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    before = pos.x() > edge if rtl else pos.x() < edge
    char = hit - 1 if before else hit
    if char < 0 or char >= widget.document().characterCount() - 1:
        return None
    return char


def kind_name(kind: str) -> str:
    return {
        "quote": translate("ReaderView", "Quote"),
        "claim": translate("ReaderView", "Claim"),
        "highlight": translate("ReaderView", "Highlight"),
    }.get(kind, kind.capitalize())


def verdict_name(verdict: str) -> str:
    return {
        "unchecked": translate("ReaderView", "unchecked"),
        "true": translate("ReaderView", "true"),
        "false": translate("ReaderView", "false"),
        "misleading": translate("ReaderView", "misleading"),
        "unverifiable": translate("ReaderView", "unverifiable"),
    }.get(verdict, verdict)


def annotation_tooltip(ann: Annotation) -> str:
    from html import escape as esc  # (html.entities: not before the first paint)
    lines = [f"<b>{esc(kind_name(ann.kind))}</b>"]
    if ann.speaker:
        from ..annotation_model import written_speaker  # (the list's words, R12-18)

        lines[0] += f" — {esc(written_speaker(ann))}"
    if ann.kind == "claim" and ann.verdict:
        lines.append(
            esc(
                translate("ReaderView", "Verdict: {verdict}").format(
                    verdict=verdict_name(ann.verdict)
                )
            )
        )
    if ann.tags:
        lines.append(esc(translate("ReaderView", "Tags: {tags}").format(tags=", ".join(ann.tags))))
    if ann.note:
        lines.append("<i>" + esc(ann.note).replace("\n", "<br>") + "</i>")
    if ann.anchor == "reanchored":
        lines.append(esc(translate("ReaderView", "(re-anchored after the text changed)")))
    return "<br>".join(lines)


def suggestion_tooltip(sug: Suggestion) -> str:
    from html import escape as esc  # (html.entities: not before the first paint)
    head = (
        "<b>"
        + esc(translate("ReaderView", "Suggested {kind}").format(kind=kind_name(sug.kind).lower()))
        + "</b>"
    )
    if sug.speaker:
        who = sug.speaker + (f" ({sug.speaker_role})" if sug.speaker_role else "")
        head += f" — {esc(who)}"
    lines = [head]
    if sug.reason:
        lines.append(esc(core_text(sug.reason)))
    if sug.confidence:
        lines.append(
            esc(
                translate("ReaderView", "Confidence {percent}").format(
                    percent=f"{sug.confidence:.0%}"
                )
            )
        )
    lines.append("<i>" + esc(translate("ReaderView", "Click to review")) + "</i>")
    return "<br>".join(lines)
