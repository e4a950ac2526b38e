"""R13-4: a bidi override, an isolate or a stray control character inside a name cut it in two
("kata Menteri Retno\\u202e Marsudi\\u202c" suggested "Retno"). The engine reads through them
(``quotes.controls``); the stored text keeps them and every offset indexes it."""

import pytest

from reader.core.quotes import guess_speaker, suggest
from reader.core.quotes.api import resolve_name, speaker_options
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
    """Whitespace controls, C1 (cp1252 punctuation decoded as Latin-1), visible format
    characters (an Arabic number sign) and emoji tags are read as they were: a text without
    anything the engine leaves out takes the path it took before (no ``Reading``)."""
    for text in (ID_TEXT, EN_TEXT, "a\tb\x0cc\x1cd don\x92t \u0600 \U0001f3f4\U000e0067\U000e007f"):
        assert without_unread(text) is None
    assert reading(ID_TEXT) is None


# R15-9: the default-ignorable format characters (Unicode Cf) that sit inside words in real
# texts: a soft hyphen (Dawn: "Abbotta\u00adbad"), zero-width characters, a word joiner, a BOM
INVISIBLE = {
    "soft hyphen": "\u00ad",
    "zero width space": "\u200b",
    "zero width non-joiner": "\u200c",
    "zero width joiner": "\u200d",
    "word joiner": "\u2060",
    "invisible separator": "\u2063",
    "zero width no-break space (BOM)": "\ufeff",
    "Mongolian vowel separator": "\u180e",
    "Arabic letter mark": "\u061c",
}
# made up (R15-9's reproduction): the name with the character inside, then the surname alone
# with it, then the full name without it
LAVROV_ID = ("Menteri Luar Negeri Rusia Sergey Lav{X}rov bertemu wartawan di Moskow, Senin.\n\n"
             "\u201cKami tidak ingin berperang dengan siapa pun,\u201d kata Lav{X}rov kepada "
             "wartawan.\n\n\u201cSemua pihak harus menahan diri,\u201d ujar Sergey Lavrov.")
LAVROV_EN = ("Russian Foreign Minister Sergey Lav{X}rov met reporters in Moscow on Monday.\n\n"
             "\"We do not want a war with anyone,\" Lav{X}rov told reporters.\n\n"
             "\"Everyone must show restraint,\" said Sergey Lavrov.")


@pytest.mark.parametrize("text", [LAVROV_ID, LAVROV_EN])
@pytest.mark.parametrize("char", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_a_name_with_an_invisible_format_character_inside_is_the_same_name(text, char):
    hidden = text.replace("{X}", char)
    assert UNREAD.match(char)
    quotes = _quotes(hidden)  # (each one's offsets index the stored text: exact is its slice)
    assert quotes == _quotes(text.replace("{X}", ""))
    assert [speaker for _, speaker in quotes] == ["Sergey Lavrov", "Sergey Lavrov"]
    first = next(s for s in suggest(hidden) if s.kind == "quote")
    assert char not in first.speaker and first.speaker_confidence >= 0.9
    q = hidden.index("Lav" + char + "rov", hidden.index("\n"))
    guess = guess_speaker(hidden, first.start, first.end)
    assert guess is not None and guess.speaker == "Sergey Lavrov"
    assert resolve_name(hidden, hidden[q:q + 7]) == ("Sergey Lavrov", resolve_name(
        text.replace("{X}", ""), "Lavrov")[1])


@pytest.mark.parametrize("char", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_an_invisible_character_inside_a_quotation_stays_in_its_exact_words(char):
    text = LAVROV_EN.replace("{X}", "").replace("anyone", f"any{char}one")
    words = [s.exact for s in suggest(text) if s.kind == "quote"]
    assert words[0] == f"We do not want a war with any{char}one"
    read = without_unread(text)
    assert read is not None and read.text == text.replace(char, "")
