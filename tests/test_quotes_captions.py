"""Indonesian photo credits glued to the next sentence (issue 9, bbc13): a scraped BBC News
Indonesia page keeps “Sumber gambar,<credit>” glued to the sentence after the picture, and
the credit's capitalised words ran into the sentence's subject as one name (“Bergerak
Tara”, 1286). Made-up texts in that style; the quotations' spans stay the stored text's."""

from reader.core.quotes import attribute_speaker, suggest
from reader.core.quotes.api import speaker_options
from reader.core.quotes.captions import credit_breaks
from reader.core.quotes.engine import reading
from reader.core.quotes.marks import find_quotes

# made up: a credit of a group's two words glued to a one-word subject, twice
GLUED = (
    "Rina (29) yang tinggal di Davao mengatakan ia ikut memesan makanan untuk pengemudi. "
    "\"Kami hanya bisa membantu dari jauh. Itu yang bisa kami lakukan,\" ucap Rina. "
    "Sumber gambar,Dokumen Jakarta Peduli Rina bercerita, kabar itu ia dapat dari media "
    "sosial. \"Awalnya saya tidak paham bahasanya, tapi lalu ada terjemahan,\" ujar Rina. "
    "Sumber gambar,Reuters Dodi menambahkan bahwa warga di kotanya juga ikut memesan. "
    "\"Pesanan datang dari mana-mana, kami sangat berterima kasih,\" kata Dodi."
)


def _cuts(text: str) -> list[str]:
    return [text[max(0, q - 8) : q] + "|" + text[q : q + 8] for q in credit_breaks(text)]


def test_the_sentence_after_a_credit_opens_with_the_run_s_last_word():
    assert _cuts(GLUED) == [" Peduli |Rina ber", "Reuters |Dodi men"]
    text = ("Sumber gambar,ANTARA FOTO/Budi Santoso Kebijakan itu berlaku pekan depan. "
            "Sumber gambar,AFP/Getty Images Menurut warga, jalan itu rusak. "
            "Sumber gambar,EPA Liputan mendalam tersedia.")
    assert _cuts(text) == ["Santoso |Kebijaka", " Images |Menurut ", "mbar,EPA |Liputan "[-17:]]


def test_credits_of_one_word_at_a_line_end_or_ending_a_sentence_are_left():
    text = ("Pemandangan Teluk Ciletuh dari ketinggian. | Sumber Foto: Istimewa\n"
            "Sumber gambar,Getty Images\nWarga berkumpul di alun-alun. (Ilustrasi. Foto: Dok.)"
            " Sumber gambar,Reuters warga berkumpul.")
    assert credit_breaks(text) == []


def test_no_credit_no_reading_of_its_own():
    text = "\"Kami menolak,\" kata Budi Santoso. Ia datang bersama Rina Wulandari."
    assert credit_breaks(text) == [] and reading(text, "id") is None


def test_the_credit_s_words_join_no_speaker_s_name():
    found = [s for s in suggest(GLUED) if s.kind == "quote"]
    assert [s.speaker for s in found] == ["Rina", "Rina", "Dodi"]
    for s in suggest(GLUED):
        assert GLUED[s.start : s.end] == s.exact  # (spans of the stored text)
    spans = find_quotes(GLUED)
    assert [(s.start, s.end) for s in spans] == [(s.start, s.end) for s in found]
    for span, s in zip(spans, found, strict=True):
        assert attribute_speaker(GLUED, span.start, span.end) == (s.speaker, s.speaker_role)
    assert all("Peduli" not in o.speaker and "Reuters" not in o.speaker
               for o in speaker_options(GLUED))


def test_captions_are_no_credits():
    text = ("Teks Foto: Seniman Reog unjuk rasa di depan balai kota.\n"
            "Keterangan gambar,Warga Desa Sukamaju mengungsi ke sekolah. Sumber gambar,"
            "Antara Fotografer Budi mengatakan banjir datang malam hari.")
    assert _cuts(text) == ["ografer |Budi men"]


def test_a_bare_foto_label_is_a_credit_only_with_its_agency():
    text = ("Foto: Menteri Investasi Rosan Roeslani potong pita peresmian kantor. "
            "Foto: Alfi Kholisdinuka/detikcom Dia menegaskan rencana itu sudah final.")
    assert _cuts(text) == ["etikcom |Dia mene"]
