"""One trail: every version of a statement in publication order, differences marked.

Rendered as HTML into a SafeBrowser (all user text escaped, tooltips plain); each version's
"Open" link asks to open its article at the quotation.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.export import TemplateError
from ...core.export.trail import export_trail_markdown
from ...core.files import write_file_atomic
from ...core.textnorm import marked_controls
from ...core.trail.model import Trail, TrailVersion
from .. import dialog_helpers as dh
from .. import file_dialogs
from ..article.style import text_colour
from ..dates import show_day
from ..dialog_helpers import SafeBrowser, plain_tooltip
from ..i18n import core_text, export_language, translate

OPEN_SCHEME = "kutip-open"
COPY_SCHEME = "kutip-copy"  # a version's words, who said them, where and when, copied


def version_citation(version: TrailVersion) -> str:
    """“The version's words” — speaker, outlet, date: what a version's Copy link copies (a
    speaker nobody named yet marked "(suggested)", as the trail and its export show it)."""
    parts = [p for p in (speaker_label(version), version.source, version_day(version)
                         or version.published) if p]
    words = " ".join(version.exact.split())
    return f"“{words}”" + (f" — {', '.join(parts)}" if parts else "")


def speaker_label(version: TrailVersion) -> str:
    """A version's speaker as it is copied: "Sergey Lavrov", "Sergey Lavrov (suggested)"
    when it is the attribution's guess (no coder named one yet), "" when there is none."""
    if version.speaker and version.speaker_suggested:
        return translate("TrailView", "{name} (suggested)").format(name=version.speaker)
    return version.speaker


def version_day(version: TrailVersion) -> str:
    """A version's date in the interface's language, marked as the article pane marks an
    article's: "23 Des 2021 [disimpulkan]" when the year was completed from the other
    versions' dates, "23 Des [tanpa tahun]" when there is none (R12-2)."""
    day = show_day(version.date)
    if day and version.year_inferred:
        return translate("Dates", "{date} [inferred]").format(date=day)
    if day and version.date.startswith("--"):
        return translate("Dates", "{date} [no year]").format(date=day)
    return day


def _e(text: str) -> str:
    """Imported text as HTML: escaped, on one line, its bidi controls written out (R12-3:
    a title's U+202E turned the rest of the line around)."""
    return html.escape(marked_controls(" ".join(text.split())))


def _segments_html(version: TrailVersion, palette: QPalette) -> str:
    """The version's words against the reference one: cut words struck through in red, added
    or changed words bold in green (both readable on the palette's page)."""
    red = text_colour("#b3261e", palette).name()
    green = text_colour("#1b6e2a", palette).name()

    def struck(text: str, tip: str) -> str:
        return (f'<span style="color:{red}; text-decoration:line-through" title="{_e(tip)}">'
                f"{_e(text)}</span>")

    def bold(text: str, tip: str) -> str:
        return f'<span style="color:{green}; font-weight:600" title="{_e(tip)}">{_e(text)}</span>'

    parts = []
    for s in version.segments:
        if s.kind == "same":
            parts.append(_e(s.text))
        elif s.kind == "omitted":
            parts.append(struck(s.text, translate("TrailView", "left out")))
        elif s.kind == "added":
            parts.append(bold(s.text, translate("TrailView", "added")))
        elif s.kind == "changed":
            parts.append(struck(s.was, translate("TrailView", "the reference version")) + " "
                         + bold(s.text, translate("TrailView", "changed")))
        else:
            tip = translate("TrailView", "misspelt; the reference version has “{word}”")
            parts.append(f'<span style="text-decoration:underline dotted"'
                         f' title="{_e(tip.format(word=s.was))}">{_e(s.text)}</span>')
    return " ".join(parts)


def trail_html(trail: Trail, palette: QPalette | None = None) -> str:
    """The trail as HTML: a summary, warnings, then each version with its differences, in
    colours that keep their contrast on the palette's page (light or dark)."""
    palette = palette or QApplication.palette()
    warn = text_colour("#8a5300", palette).name()
    grey = text_colour("#808080", palette).name()
    count = len(trail.versions)
    earliest = trail.earliest
    versions = (translate("TrailView", "1 version") if count == 1
                else translate("TrailView", "{n} versions").format(n=count))
    outlets = (translate("TrailView", "in 1 outlet") if trail.outlet_count == 1
               else translate("TrailView", "in {n} outlets").format(n=trail.outlet_count))
    head = f"<p><b>{_e(versions)} {_e(outlets)}</b>"
    if trail.unknown_outlet:  # (R12-10: pasted or unsourced texts are one outlet together)
        head += " " + _e(translate("TrailView", "(articles without a source count as an"
                                                " outlet only when no other names one)"))
    alone = count == 1  # (no other version: nothing is earliest or compared)
    if earliest is not None and not alone:
        source = earliest.source or translate("TrailView", "unnamed outlet")
        head += " · " + _e(translate("TrailView", "earliest: {source} ({date})").format(
            source=source, date=version_day(earliest)))
    head += "</p>"
    out = [head]
    for flag in trail.flags:
        out.append(f'<p style="color:{warn}">⚠ {_e(core_text(flag))}</p>')
    for note in trail.notes:  # (worth knowing, no warning: grey, no sign)
        out.append(f'<p style="color:{grey}">{_e(core_text(note))}</p>')
    for n, v in enumerate(trail.versions, 1):
        marks = [translate("TrailView", m) for m, on in (
            (QT_TRANSLATE_NOOP("TrailView", "earliest"), v.earliest),
            (QT_TRANSLATE_NOOP("TrailView", "reference"), v.reference)) if on and not alone]
        status = (translate("TrailView", "suggested quote, not yet accepted") if v.suggested
                  else translate("TrailView", "annotated quote"))
        link = f"{OPEN_SCHEME}:{v.article_id}:{v.start}:{v.end}"
        open_label = _e(translate("TrailView", "Open"))  # (not in the f-string: lupdate)
        copy_label = _e(translate("TrailView", "Copy"))
        when = _e(version_day(v) or v.published or translate("TrailView", "undated"))
        source = v.source or translate("TrailView", "Unnamed outlet")
        if v.speaker_pending:  # (worked out in the view's thread: filled when it is, R14-3)
            pending = translate("TrailView", "speaker: working out…")  # (lupdate: no f-string)
            speaker = f"<i>{_e(pending)}</i>"
        elif v.speaker_suggested:  # the attribution's guess: no coder named one yet
            guessed = translate("TrailView", "{name} (suggested)")
            speaker = f"<i>{_e(guessed.format(name=v.speaker))}</i>"
        elif v.speaker:
            speaker = _e(v.speaker)
        else:
            speaker = f"<i>{_e(translate('TrailView', 'speaker not named'))}</i>"
        if v.also:  # (of a suggested version: annotations of a part of it)
            status += " · " + (translate("TrailView", "part annotated as {ids}") if v.suggested
                               else translate("TrailView", "also annotated as {ids}")).format(
                ids=", ".join(f"#{a}" for a in v.also))
        out.append(
            f"<p><b>{n}. {_e(source)}</b>, {when}"
            + (f" <i>({_e(', '.join(marks))})</i>" if marks else "")
            + f" — {speaker}"
            + f'<br><span style="color:{grey}">{_e(v.title)} · {_e(status)}</span>'
            + f' · <a href="{html.escape(link)}">{open_label}</a>'
            + f' · <a href="{COPY_SCHEME}:{n - 1}">{copy_label}</a></p>')
        body = _e(v.exact) if v.reference or not v.changed else _segments_html(v, palette)
        out.append(f'<blockquote style="margin-left:16px">“{body}”</blockquote>')
        for part in v.parts:  # (an annotated part: its own words and speaker, R11-16)
            out.append('<p style="margin-left:16px">' + _e(translate(
                "TrailView", "part annotated as #{id} — {speaker}: “{words}”").format(
                id=part.annotation_id, speaker=part.speaker or translate(
                    "TrailView", "speaker not named"), words=part.exact)) + "</p>")
        for flag in v.flags:
            out.append(f'<p style="color:{warn}; margin-left:16px">⚠ {_e(core_text(flag))}</p>')
    if alone:
        out.append(f'<p style="color:{grey}"><small>' + _e(translate(
            "TrailView", "No other outlet's version of this statement is in the library yet:"
            " import another article that quotes it and it appears here, with what that"
            " outlet changed.")) + "</small></p>")
        return "\n".join(out)
    out.append(translate("TrailView", '<p style="color:gray"><small>Differences are shown'
               " against the reference version: the earliest version not cut short at either"
               ' end. <span style="text-decoration:line-through">Struck</span> words are in the'
               " reference version but not in this one; <b>bold</b> words were added or"
               " changed.</small></p>").replace("color:gray", f"color:{grey}"))
    return "\n".join(out)


class ElidedLabel(QLabel):
    """One line of plain text cut to the label's width ("…"), the whole in its tooltip; it
    asks for no width of its own. (The trail's heading, word-wrapped, took seven lines of a
    short dock in a narrow window and left the trail itself three.)"""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def text(self) -> str:  # (the whole text, not the part shown)
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        self._full = text
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 1))
        super().setText(shown)
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")


class TrailView(QWidget):
    """Shows one trail; ``openRequested(article_id, start, end)`` from a version's link."""

    openRequested = Signal(int, int, int)  # noqa: N815
    # a short note for the status bar (a copy refused while a speaker is being worked out)
    said = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        #: the window's settings (the language its Markdown is written in), once known
        self.settings: QSettings | None = None
        self.title = ElidedLabel()
        bold = self.title.font()
        bold.setWeight(bold.Weight.DemiBold)
        self.title.setFont(bold)
        self.title.setText(self.tr("Choose a statement to see its trail."))
        self.browser = SafeBrowser()
        self.browser.anchorClicked.connect(self._anchor)
        self.browser.setAccessibleName(self.tr("Quote trail"))
        self.export_button = QPushButton(self.tr("Export as Markdown…"))
        self.export_button.setToolTip(self.tr("Save this trail as Markdown (the trail.md.j2 "
                                              "template)"))
        self.export_button.clicked.connect(lambda _=False: self.export_markdown())
        self.export_button.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.browser, 1)
        self.trail: Trail | None = None
        self.last_dir = str(Path.home())

    def show_trail(self, trail: Trail | None) -> None:
        self.trail = trail
        # (a version whose speaker is still being worked out would export without one:
        # the button waits for the thread's fill, which shows the trail again, R14-3)
        pending = trail is not None and trail.speakers_pending
        self.export_button.setEnabled(trail is not None and not pending)
        self.export_button.setToolTip(
            self.tr("Export is possible once every version's speaker is worked out")
            if pending else self.tr("Save this trail as Markdown (the trail.md.j2 template)"))
        if trail is None:
            self.title.setText(self.tr("Choose a statement to see its trail."))
            self.browser.clear()
            return
        self.title.setText("“" + marked_controls(" ".join(trail.reference.exact.split())) + "”")
        self.browser.setHtml(trail_html(trail, self.palette()))

    def show_empty(self, filtered: bool = False) -> None:
        """The list is empty: what the Quotes view shows and how it fills, or (``filtered``)
        that the filters leave every statement out."""
        self.show_trail(None)
        self.title.setText(self.tr("No statement matches these filters.") if filtered
                           else self.tr("No statement is quoted more than once yet."))
        if filtered:
            text = self.tr("Clear the speaker or tag, choose all collections or fewer"
                           " outlets to see more statements.")
        else:
            text = self.tr("Kutip groups the quotations in your articles that are the same"
                           " statement (quotes you annotated and quotes it suggests), also"
                           " when an outlet shortened or reworded it. Import other outlets'"
                           " articles on the same story: the statements they share appear"
                           " here, each with how every outlet changed it.")
        self.browser.setHtml(f"<p>{_e(text)}</p>")

    def copy_version(self, number: str | int) -> str:
        """Copy version ``number`` (0 the first listed) with its speaker, outlet and date;
        not while its speaker is still being worked out (it would be copied without one,
        as the export would be written): ``said`` tells why nothing was copied."""
        try:
            version = self.trail.versions[int(number)] if self.trail is not None else None
        except (ValueError, IndexError):
            version = None
        if version is None:
            return ""
        if version.speaker_pending:
            self.said.emit(self.tr("This version's speaker is still being worked out: copy it"
                                   " again in a moment."))
            return ""
        text = version_citation(version)
        QApplication.clipboard().setText(text)
        return text

    def export_markdown(self, path: str | None = None) -> bool:
        """Save the trail as Markdown to ``path`` (asked for when not given); not while a
        version's speaker is still being worked out (it would be written without one)."""
        if self.trail is None or self.trail.speakers_pending:
            return False
        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                self, self.tr("Export the quote trail"),
                str(Path(self.last_dir) / f"trail-{self.trail.cluster}.md"),
                self.tr("Markdown (*.md);;All files (*)"))
            if not path:
                return False
        try:
            write_file_atomic(path, export_trail_markdown(self.trail,
                                                          language=export_language(self.settings)))
        except (OSError, TemplateError) as error:
            dh.show_error(self, self.tr("Export the quote trail"),
                          self.tr("Cannot write {path}: {error}").format(
                              path=path,
                              error=core_text(getattr(error, "strerror", None) or error)))
            return False
        self.last_dir = str(Path(path).parent)
        return True

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(COPY_SCHEME + ":"):
            self.copy_version(text.split(":")[1])
            return
        if not text.startswith(OPEN_SCHEME + ":"):
            return
        try:
            article_id, start, end = (int(x) for x in text.split(":")[1:4])
        except ValueError:
            return
        self.openRequested.emit(article_id, start, end)
