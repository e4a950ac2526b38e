"""What an import, a feed refresh or a text edit did, said in the interface's language.

The core's reports carry counts (and an English ``summary()`` for the command line); the
app says them from the counts, so the Indonesian interface says them in Indonesian.
"""

from __future__ import annotations

from .i18n import translate


def import_summary(report) -> str:
    """"2 imported, 0 already present, 1 failed" (an ``ImportReport``)."""
    parts = [translate("Summaries", "{n} imported").format(n=len(report.imported)),
             translate("Summaries", "{n} already present").format(n=len(report.present))]
    if report.updated:
        parts.append(translate("Summaries", "{n} updated").format(n=len(report.updated)))
    parts.append(translate("Summaries", "{n} failed").format(n=len(report.failed)))
    text = ", ".join(parts)
    return text + " " + translate("Summaries", "(cancelled)") if report.cancelled else text


def feed_summary(report) -> str:
    """"1 feed read: 3 imported, …; 20 more new items wait for the next refresh"."""
    n = len(report.checked)
    feeds = (translate("Summaries", "1 feed read") if n == 1
             else translate("Summaries", "{n} feeds read").format(n=n))
    text = f"{feeds}: {import_summary(report)}"
    if report.waiting:
        waiting = translate("Summaries", "{n} more new items wait for the next refresh")
        text += "; " + waiting.format(n=report.waiting)
    return text


def reanchor_summary(report) -> str:
    """Where a new text left an article's annotations (a ``ReanchorReport``)."""
    if not report.text_changed:
        return translate("Summaries", "The text is unchanged.")
    parts = [translate("Summaries", "{n} kept").format(n=len(report.kept)),
             translate("Summaries", "{n} moved").format(n=len(report.moved))]
    if report.reanchored:
        text = translate("Summaries", "{n} re-anchored (please check)")
        parts.append(text.format(n=len(report.reanchored)))
    if report.orphaned:
        text = translate("Summaries", "{n} could not be placed")
        parts.append(text.format(n=len(report.orphaned)))
    return translate("Summaries", "Text replaced; annotations: {parts}.").format(
        parts=", ".join(parts))


def annotation_import_summary(report) -> str:
    """What importing W3C annotations did (an ``AnnotationImportReport``)."""
    return translate("Summaries", "{imported} imported, {present} already present, "
                                  "{orphaned} orphaned, {unmatched} unmatched.").format(
        imported=report.imported, present=report.present, orphaned=report.orphaned,
        unmatched=report.unmatched)
