"""Quote, speaker and claim suggestions for an article's text (pure Python, no Qt).

Quotations come out one suggestion per quoted stretch: an interrupted quotation
("A," she said, "B.") gives two suggestions with the same speaker, and a quotation spread
over several paragraphs (each opening with a mark, only the last closing) gives one
suggestion per paragraph, all with the speaker found anywhere in the chain.

``ENGINE`` says whether the mypyc-compiled engine runs or pure Python (see ``_compiled``).
"""

from . import _compiled

ENGINE, _WHY = _compiled.use()  # before the engine's modules are imported

from .api import (  # noqa: E402
    QuoteOptions,
    SpeakerGuess,
    attribute_speaker,
    covering,
    guess_speaker,
    resolve_name,
    speaker_options,
    speakers_of,
    written_name,
)
from .engine import suggest  # noqa: E402
from .language import detect_language  # noqa: E402

__all__ = ["suggest", "attribute_speaker", "guess_speaker", "SpeakerGuess", "detect_language",
           "resolve_name", "speaker_options", "QuoteOptions", "written_name", "covering",
           "speakers_of", "ENGINE"]
