"""Shared by the speaker tests: the speakers and quotations the engine suggests."""

from reader.core.models import Suggestion
from reader.core.quotes import suggest


def speakers(text: str) -> list[str]:
    """The suggested speaker of each quotation of ``text``, in order ("" for nobody)."""
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def quotations(text: str) -> list[Suggestion]:
    """The quotations suggested for ``text``, in order."""
    return [s for s in suggest(text) if s.kind == "quote"]


def speaker_of(text: str, opening: str) -> str:
    """The suggested speaker of the one quotation of ``text`` that starts with ``opening``."""
    [found] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    return found.speaker


def last_quotation(text: str):
    """The span of ``text``'s last quotation and the article's cast (``People``)."""
    from reader.core.quotes.engine import analysed

    found = analysed(text, None)
    return found.candidates[-1].span, found.people
