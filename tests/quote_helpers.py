"""Shared by the speaker tests: the speaker the engine suggests for one quotation."""

from reader.core.quotes import suggest


def speaker_of(text: str, opening: str) -> str:
    """The suggested speaker of the one quotation of ``text`` that starts with ``opening``."""
    [found] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    return found.speaker
