"""The language a Markdown export is written in (R13-10): its labels ("Highlight", "Claim
(verdict: misleading)", "Tags:", "— In *…*", "[inferred]", a trail's headings) in English or
in the interface's other language.

The words come from the interface's own catalogue: each label below is a core ``Message``,
so ``tools/i18n.py`` puts it in ``resources/i18n/kutip_<code>.ts`` (the "Core" context, its
code as the disambiguation) with the rest of the interface, and its translation is kept in
``tools/kutip_id_strings.py`` like every other text. The core reads that file itself (no
Qt here): ``translated`` is ``reader.app.i18n.core_text`` for a language given by name.
The ``.ts`` ships in the wheel with the ``.qm`` the app loads.

A template gets the labels as ``labels`` (``{{ labels.highlight }}``); a user's template
written before them keeps its own English words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..messages import JOINED, SENTENCE, Message, capital, message_of
from ..paths import resources_dir

__all__ = ["LANGUAGES", "Labels", "export_labels", "locale_language", "translated"]

#: the languages an export can be written in: code -> name in that language
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
CORE = "Core"  # the catalogue's context of the core's messages (as reader.app.i18n.CORE)

# Every label as the template and the direct writer use it. Literal Message calls: tools/
# i18n.py finds them (the English is also the source text a translation is keyed by).
_LABELS: dict[str, Message] = {
    "highlight": Message("export.highlight", "Highlight"),
    "claim": Message("export.claim", "Claim"),
    "verdict": Message("export.verdict", "verdict"),
    "unchecked": Message("export.unchecked", "unchecked"),
    "true": Message("export.true", "true"),
    "false": Message("export.false", "false"),
    "misleading": Message("export.misleading", "misleading"),
    "unverifiable": Message("export.unverifiable", "unverifiable"),
    "note": Message("export.note", "Note"),
    "tags": Message("export.tags", "Tags"),
    # "— Sergey Lavrov, in *Title* (Outlet, date)" and "— In *Title* …"
    "said_in": Message("export.said-in", "{speaker}, in ", speaker="{speaker}"),
    "in_": Message("export.in", "In "),
    "inferred": Message("export.inferred", "{date} [inferred]", date="{date}"),
    "no_year": Message("export.no-year", "{date} [no year]", date="{date}"),
    "untitled": Message("export.untitled", "Untitled"),
    "unknown_speaker": Message("export.unknown-speaker", "Unknown speaker"),
    "untagged": Message("export.untagged", "Untagged"),
    "export_title": Message("export.title", "Kutip export"),
    # a quote trail (trail.md.j2)
    "trail_heading": Message("export.trail-heading", "Quote trail: {words}", words="{words}"),
    "one_version": Message("export.one-version", "1 version"),
    "versions": Message("export.versions", "{n} versions", n="{n}"),
    "one_outlet": Message("export.one-outlet", "1 outlet"),
    "outlets": Message("export.outlets", "{n} outlets", n="{n}"),
    "versions_in": Message("export.versions-in", "{versions} in {outlets}",
                           versions="{versions}", outlets="{outlets}"),
    "unknown_outlet": Message(
        "export.unknown-outlet",
        " (versions without an outlet count as an outlet only when no other names one)"),
    "earliest_is": Message("export.earliest-is", "; the earliest is {outlet} ({date})",
                           outlet="{outlet}", date="{date}"),
    "an_unnamed_outlet": Message("export.an-unnamed-outlet", "an unnamed outlet"),
    "exported": Message("export.exported", ". Exported {date}.", date="{date}"),
    "warning": Message("export.warning", "Warning"),
    "suggested": Message("export.suggested", " (suggested)"),
    "suggested_quote": Message("export.suggested-quote", " · a suggested quote, not yet accepted"),
    "part_annotated": Message("export.part-annotated", " (a part annotated: {ids})",
                             ids="{ids}"),
    "part_as": Message("export.part-as", "Part annotated as #{id}", id="{id}"),
    "speaker_not_named": Message("export.speaker-not-named", "speaker not named"),
    "alone": Message("export.alone",
                     "No other outlet's version of this statement is in the library yet."),
    "reference_version": Message("export.reference-version", "The reference version"),
    "shown_against": Message(
        "export.shown-against",
        "The other versions' differences are shown against this one: {rule}.",
        rule="{rule}"),
    "rule": Message("export.rule", "the earliest version not cut short at either end"),
    "in_order": Message("export.in-order", "Versions in publication order"),
    "unnamed_outlet": Message("export.unnamed-outlet", "Unnamed outlet"),
    "undated": Message("export.undated", "undated"),
    "earliest_reference": Message("export.earliest-reference", " (earliest, reference)"),
    "earliest": Message("export.earliest", " (earliest)"),
    "reference": Message("export.reference", " (reference)"),
    "speaker": Message("export.speaker", "speaker"),
    "not_named": Message("export.not-named", "not named"),
    "struck": Message(
        "export.struck", "~~Struck~~ words are in the reference version but not in this one;"
                         " **bold** words were added or changed."),
}
VERDICTS = ("unchecked", "true", "false", "misleading", "unverifiable")


class Labels(dict[str, str]):
    """The labels of one language by name (``labels.highlight`` in a template, as Jinja
    reads a key); ``language`` its code."""

    language: str

    def __getattr__(self, name: str) -> str:  # (the writers' ``labels.note``)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def verdict_name(self, verdict: str) -> str:
        """A verdict as the export writes it ("menyesatkan"); one of the user's own, or
        none ("unchecked"), as it is."""
        return self.get(verdict or "unchecked", verdict)

    def date(self, label: str) -> str:
        """An English date label (``date_label``: "2021-12-22 [inferred]", "22/12 [no
        year]") in this language."""
        for mark, name in ((" [inferred]", "inferred"), (" [no year]", "no_year")):
            if label.endswith(mark):
                return self[name].format(date=label[: -len(mark)])
        return label


def locale_language(environ: Mapping[str, str]) -> str:
    """The language of the user's locale when an export can be written in it, else
    English: what ``kutip export`` and ``kutip trail --markdown`` write without ``--lang``.

    The app writes an export in its interface's language, which follows the system's
    locale unless the user chose another (``reader.app.i18n``); this reads the locale as
    Qt does on Linux and other Unix systems, so the two agree: ``LC_ALL``, else
    ``LC_MESSAGES``, else ``LANG`` (none, ``C`` or ``POSIX``: English), the first of
    ``LANGUAGE``'s list before it when there is one; ``in`` is Indonesian's old code.
    (tests/test_cli_export.py holds it to Qt's answer.)"""
    value = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    if value.split(".")[0] in ("", "C", "POSIX"):
        return "en"
    value = environ.get("LANGUAGE", "").split(":")[0] or value
    code = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
    code = "id" if code == "in" else code
    return code if code in LANGUAGES else "en"


@lru_cache(maxsize=4)
def export_labels(language: str = "en") -> Labels:
    """The labels of ``language`` (a code of ``LANGUAGES``; any other is refused)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown export language {language!r}; choose one of "
                         f"{', '.join(LANGUAGES)}")
    # (the templates with their fields: a label is filled where it is written)
    words = _catalogue(language) if language != "en" else {}
    labels = Labels((name, words.get(message.code, {}).get(message.template, message.template))
                    for name, message in _LABELS.items())
    labels.language = language
    return labels


def translated(value: Any, language: str) -> str:
    """``value`` in ``language``: a ``Message`` (or an error carrying one) through the
    catalogue, its parameters too; anything else as ``str()`` gives it. A translation that
    does not fit its parameters falls back to the English (as the app does)."""
    message = message_of(value)
    if message is None or language == "en":
        return str(value)
    params = {k: translated(v, language) if isinstance(v, Message) else v
              for k, v in message.params.items()}
    if message.code == JOINED:
        return message.template.format(**params)
    text = _catalogue(language).get(message.code, {}).get(message.template, message.template)
    try:
        text = text.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(message)
    return capital(text) if message.code == SENTENCE else text


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[str, dict[str, str]]:
    """code -> template -> translation, of the catalogue's core messages (finished ones)."""
    import xml.etree.ElementTree as ET  # (only when an export is written in another language)

    if not re.fullmatch(r"[a-z]{2,3}", language):
        return {}
    path = resources_dir() / "i18n" / f"kutip_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CORE:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found.setdefault(message.findtext("comment") or "", {})[
                message.findtext("source") or ""] = translation.text or ""
    return found
