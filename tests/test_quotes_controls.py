"""R13-4: a bidi override, an isolate or a stray control character inside a name cut it in two
("kata Menteri Retno\\u202e Marsudi\\u202c" suggested "Retno"). The engine reads through them
(``quotes.controls``); the stored text keeps them and every offset indexes it."""

import pytest

from reader.core.quotes import guess_speaker, suggest
from reader.core.quotes.api import speaker_options
from reader.core.quotes.controls import UNREAD, without_unread
from reader.core.quotes.engine import reading
from tests.test_quotes_unglue import GLUED

# made up
ID_TEXT = ("Pertemuan itu berlangsung di Jakarta, Senin.\n\n\"Kami mendukung penyelesaian damai "
           "di kawasan itu,\" kata Menteri Luar Negeri Retno Marsudi kepada wartawan.")
EN_TEXT = ("The meeting was held in Jakarta on Monday.\n\n\"We support a peaceful settlement in "
           "the region,\" said Foreign Minister Retno Marsudi.")


def _quotes(text: str) -> list[tuple[str, str]]:
    """(the quotation's words without the controls, its speaker) of every quote suggested;
    each one's offsets index ``text``."""
    out = []
    for s in suggest(text):
        assert text[s.start:s.end] == s.exact
        if s.kind == "quote":
            out.append((UNREAD.sub("", s.exact), s.speaker))
    return out


@pytest.mark.parametrize("text", [ID_TEXT, EN_TEXT])
@pytest.mark.parametrize("name", [
    "Retno\u202e Marsudi\u202c",  # an override ended by a pop, R13-4's
    "Re\u2067tno Marsudi\u2069",  # an isolate inside the name
    "Retno\u200f Marsudi",  # a right-to-left mark
    "Retno Mar\x1bsudi",  # a stray control character (ESC)
    "\u202aRetno\u202c Marsudi",
])
def test_a_name_with_a_control_inside_is_the_same_name(text, name):
    hidden = text.replace("Retno Marsudi", name)
    assert _quotes(hidden) == _quotes(text)
    assert _quotes(hidden)[0][1] == "Retno Marsudi"
    q = hidden.index('"') + 1
    guess = guess_speaker(hidden, q, hidden.index(',"'))
    assert guess is not None and guess.speaker == "Retno Marsudi"
    for option in speaker_options(hidden):
        assert UNREAD.sub("", hidden[option.start:option.end]) == _quotes(text)[0][0]


def test_offsets_index_the_stored_text_with_controls_before_and_inside_a_quotation():
    text = ("\u202e\x00Pertemuan itu \u2066berlangsung\u2069 di Jakarta.\n\n\"Kami \u202emendukung"
            "\u202c penyelesaian damai,\" kata Retno Marsudi.\n\n\"Semua pihak harus menahan "
            "diri,\" ujarnya.")
    assert _quotes(text) == [("Kami mendukung penyelesaian damai", "Retno Marsudi"),
                             ("Semua pihak harus menahan diri", "Retno Marsudi")]


def test_a_glued_english_text_with_controls_maps_back_through_both():
    """The breaks ``unglue`` puts in and the controls left out: offsets go back through both."""
    hidden = GLUED.replace("Ann Kerr", "Ann\u202e Kerr\u202c").replace("job.", "\u2066job.\u2069")
    assert _quotes(hidden) == _quotes(GLUED)
    assert [speaker for _, speaker in _quotes(hidden)] == ["Tom Vale", "", "Ann Kerr", "Ann Kerr"]


def test_the_reading_maps_every_offset_back():
    text = "\u202eab\x00\x01c\u2069d\u202c"
    read = without_unread(text)
    assert read is not None and read.text == "abcd"
    kept = [i for i, ch in enumerate(text) if not UNREAD.match(ch)]
    assert [read.old(p) for p in range(len(read.text))] == kept
    assert read.old(len(read.text)) == len(text)
    assert [read.new(q) for q in kept] == list(range(len(read.text)))


def test_a_text_without_controls_is_read_as_before():
    """Whitespace controls, C1 (cp1252 punctuation decoded as Latin-1) and soft hyphens are
    read as they were: no text of the labelled sets holds anything the engine leaves out, so
    their suggestions are unchanged."""
    for text in (ID_TEXT, EN_TEXT, "a\tb\x0cc\x1cd don\x92t co\xadoperate\u200b"):
        assert without_unread(text) is None
    assert reading(ID_TEXT) is None
