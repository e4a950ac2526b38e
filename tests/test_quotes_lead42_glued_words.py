"""Words a scraper glued where it dropped the blanks around a link (issue 9, session 42).

Liputan6's and Sindonews' stored bodies keep a link's words glued to their neighbours
(“Menteri Keamanan EkonomiJepangKimi Onodamenjadi sorotan”, “Abdul Muhaimin Iskandar
atauCak Iminmenyebut PKB DKI Jakarta …”, a crosshead glued on: “… Kelompok John KeiYudho
berujar”). The engine reads such a text with the blanks put back (``unglue``), the spans
still the stored text's."""

from reader.core.quotes import suggest
from reader.core.quotes.unglue import unglue, word_glue_points


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_a_name_glued_to_the_word_before_it_and_to_the_verb_after_it_is_read_alone():
    text = (
        "Liputan6.com, Seoul -Menteri Keamanan EkonomiKoreaHana Seori Parkmenjadi sorotan "
        "publik setelah terlambat hadir dalam rapat parlemen. “Keterlambatan Menteri Keamanan "
        "Ekonomi Korea, Hana Seori Park, jelas disebabkan kemacetan,” kata seorang juru "
        "bicara.Pengamat dariUniversitas Seoul menilai langkah itu wajar. Park kemudian "
        "meminta maaf. “Saya terjebak kemacetan panjang dan tidak bisa datang tepat waktu,” "
        "ujarnya kepada wartawan.")
    assert _speakers(text) == ["", "Hana Seori Park"]  # (not “Seori Park”)


def test_an_alias_glued_to_atau_and_to_its_verb_joins_the_full_name():
    text = (
        "Liputan6.com, Jakarta -Ketua Umum Partai Nusantara Maju (PNM) Abdul Rahman Siregar "
        "atauBang Oyonmenyebut PNM DKI Jakarta dulu kerap diremehkan diJakarta. “Dulu partai "
        "kami sering diremehkan oleh semua orang,” ujar Bang Oyon.")
    assert _speakers(text) == ["Abdul Rahman Siregar"]


def test_a_blank_goes_back_between_glued_words_and_a_break_after_a_glued_crosshead():
    text = ("Menteri Keamanan EkonomiKoreaHana Seori Parkmenjadi sorotan di Korea. Hana Seori "
            "Park hadir. Penangkapan Kelompok John KeiYudho berujar, pelaku kabur. Kata Yudho, "
            "Nus Kei aman.")
    found = {(text[q - 4 : q], text[q : q + 4], ends) for q, ends in word_glue_points(text, "id")}
    # (not “EkonomiKorea”: the text writes no “Ekonomi” on its own)
    assert found == {("orea", "Hana", False), ("Park", "menj", False), (" Kei", "Yudh", True)}
    fixed = unglue(text, "id")
    assert fixed is not None
    assert "EkonomiKorea Hana Seori Park menjadi" in fixed.text
    assert "John Kei\n\nYudho berujar" in fixed.text
    # every position of the stored text maps there and back
    assert all(fixed.old(fixed.new(p)) == p for p in range(len(text) + 1))


def test_a_brand_or_a_name_glued_once_is_no_crosshead():
    # (the review's cases: a brand's halves, “HarperCollins” beside “Susan Collins”, stay
    # one word; a given name glued to its surname gets a blank, no paragraph's end)
    text = ("Seperti dikutip dariAntara, kantor berita Antara melaporkan. Senator Susan Collins "
            "menolak berkomentar. HarperCollins mengatakan buku itu sudah diperiksa. Kapten "
            "Timnas Argentina ClaudioEcheverri mengaku puas. Gol dari Claudio Echeverri.")
    points = {text[q - 3 : q + 3]: ends for q, ends in word_glue_points(text, "id")}
    assert points == {"ariAnt": False, "dioEch": False}


def test_brands_and_names_written_so_are_left_whole():
    text = ("Video itu diunggah ke TikTok dan YouTube. Pengguna TikToknya ramai. Laporan "
            "CyberScoop menyebut WebSockets dipakai. Gubernur DeSantis dan McDonald hadir; "
            "iPhone dan eFishery juga.")
    assert word_glue_points(text, "id") == []
    assert word_glue_points(text, "en") == []


def test_one_glued_word_alone_is_a_slip_left_as_it_is():
    text = ("Menteri Perdagangan MalaysiaSiti Rohani menjadi sorotan. Siti Rohani hadir dalam "
            "rapat. “Kami akan menjelaskan semuanya kepada dewan,” ujarnya.")
    assert word_glue_points(text, "id") == []


def test_the_spans_of_a_text_read_unglued_are_the_stored_texts():
    text = (
        "Liputan6.com, Jakarta -Ketua Umum Partai Nusantara Maju (PNM) Abdul Rahman Siregar "
        "atauBang Oyonmenyebut PNM DKI Jakarta dulu kerap diremehkan diJakarta. “Dulu partai "
        "kami sering diremehkan olehSemua orang,” ujar Bang Oyon.")
    (quote,) = [s for s in suggest(text) if s.kind == "quote"]
    assert text[quote.start : quote.end] == quote.exact
    assert quote.exact.startswith("Dulu partai") and quote.exact.endswith("Semua orang")


def test_the_glued_words_found_at_their_capital_are_those_of_the_plain_pattern():
    """``_camel_words`` (each glue found at its capital, the pattern looking behind it)
    gives the words a search for a lower-case letter, a capital and a lower-case letter
    finds: on every string of up to six characters of an alphabet of such words' kinds of
    characters, on random longer ones, and on every dev text."""
    import itertools
    import random
    import re

    from reader.core.quotes.evaluate import REAL_DEV_DIR
    from reader.core.quotes.unglue import _camel_words

    plain = re.compile(r"[a-z][A-Z][a-z]")

    def words(text: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for m in plain.finditer(text):
            a = m.start()
            while a and text[a - 1].isascii() and text[a - 1].isalpha():
                a -= 1
            word = re.match(r"[A-Za-z]+", text[a:])
            assert word is not None
            if not out or out[-1][0] != a:
                out.append((a, word.group()))
        return out

    alphabet = "aZb é-"
    for size in range(1, 7):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            assert _camel_words(text) == words(text), repr(text)
    rng = random.Random(42)
    for _ in range(20_000):
        text = "".join(rng.choices(alphabet + "Yc", k=rng.randint(7, 40)))
        assert _camel_words(text) == words(text), repr(text)
    texts = [p.read_text(encoding="utf-8") for p in REAL_DEV_DIR.glob("*.txt")]
    assert sum(bool(words(t)) for t in texts) > 100
    for text in texts:
        assert _camel_words(text) == words(text)


def test_the_words_read_from_the_bytes_are_the_runs_of_letters():
    """``_letter_words`` (the text's UTF-8 bytes, all but ASCII letters made blanks, split)
    is the set of runs of ASCII letters: on random strings of letters, marks, accented
    letters, other scripts, an emoji and a lone surrogate, and on every dev text."""
    import random
    import re

    from reader.core.quotes.evaluate import REAL_DEV_DIR
    from reader.core.quotes.unglue import _letter_words

    letters = re.compile(r"[A-Za-z]+")
    alphabet = "aZq \n\t.,-'’“éÀßİıſKµ文\U0001F600\ud800\x00\x80\xa0"
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 30)))
        assert _letter_words(text) == set(letters.findall(text)), repr(text)
    for path in REAL_DEV_DIR.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert _letter_words(text) == set(letters.findall(text))
