"""A quote trail as Markdown, through the shipped ``trail.md.j2`` or the user's template.

The template gets ``trail`` (a ``trail.model.Trail``), ``heading``, ``exported``,
``versions`` (publication order), ``reference`` (the version the others are compared with,
also ``fullest``: its name before ``trail.versions`` chose it), ``rule`` (how it is chosen),
``earliest``, ``outlets``, ``labels`` (the words it writes, in the export's language:
``language.export_labels``), and the filters ``tr`` (a warning or a note in that
language) and ``diff``, which writes a version's segments with omitted words struck through
(``~~…~~``) and added or changed words in bold, besides the usual filters.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from ..trail.diff import Segment, render
from ..trail.model import Trail
from ..trail.versions import RULE
from .escaping import escape_markdown
from .language import export_labels, translated
from .markdown import _render, collapse_blank_lines
from .templates import templates_dir

__all__ = ["diff_markdown", "export_trail_markdown", "trail_template_path"]


def trail_template_path() -> Path:
    return templates_dir() / "trail.md.j2"


MARKDOWN = {"omitted": "~~{text}~~", "added": "**{text}**", "changed": "~~{was}~~ **{text}**",
            "typo": "{text} \\[sic: {was}\\]"}


def diff_markdown(segments: list[Segment]) -> str:
    """One line of Markdown: ~~left out~~, **added**, ~~was~~ **now**, now [sic: was]."""
    return render(segments, MARKDOWN, lambda text: escape_markdown(" ".join(text.split())))


def export_trail_markdown(trail: Trail, template: str | Path | None = None,
                          language: str = "en") -> str:
    """Markdown for one trail: each version in publication order with its differences,
    its words in ``language`` (``language.LANGUAGES``; the warnings too)."""
    labels = export_labels(language)
    path = Path(template) if template is not None else trail_template_path()
    reference = trail.reference
    words = reference.exact.split()
    context = {
        "trail": trail,
        "heading": labels.trail_heading.format(
            words=" ".join(words[:12]) + (" …" if len(words) > 12 else "")),
        "exported": dt.date.today().isoformat(),
        "versions": trail.versions,
        "reference": reference,
        "fullest": reference,
        "rule": RULE if language == "en" else labels.rule,
        "earliest": trail.earliest,
        "outlets": trail.outlets,
        "labels": labels,
    }
    return collapse_blank_lines(_render(path, context, {
        "diff": diff_markdown, "tr": partial(translated, language=language)}))
