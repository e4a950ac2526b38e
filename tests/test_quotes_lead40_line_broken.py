"""A quotation a scraper broke over two lines, its first line opening it (“…bantuan dan
sebagainya.\nJadi ini perlu …,” pungkasnya.): the second line closes a quotation none of
its own opened. Since the engine reads an article stored one paragraph a line as one
paragraph a line (session 39), such a second line was a paragraph of its own and lost;
now it is the quotation's second part, with the first part's speaker. Texts made up
(session 40; long lines, as scrapers store paragraphs; the class is dev's
1283_bbcindonesia, 1557_sumsel, 2606_tribunwartakota, 2613_tribunaceh)."""

import pytest

from reader.core.quotes import suggest
from tests.quote_helpers import quotations, speakers

_ID = ("Judul\n\nMenteri Luar Negeri Retno Marsudi menilai Indonesia tidak bisa menanggung "
       "semua pengungsi yang datang dari Myanmar, karena beban itu harus dibagi bersama "
       "negara-negara lain di kawasan.\n"
       "“Walaupun dari segi kemanusiaan kita juga punya rasa solidaritas ingin membantu.\n"
       "Jadi ini perlu ada pendekatan lebih jauh dengan negara-negara lain,” pungkasnya.")
_EN = ("Title\n\nChief Observer Ivars Ijabs presented the mission's preliminary findings "
       "at a press conference at a city hotel in Dhaka on Saturday, a day after the count "
       "ended.\n"
       "“The elections were credible and competently managed, a pivotal step.\n"
       "For the first time since 2008, elections were genuinely competitive,” he said.")


@pytest.mark.parametrize(("text", "who"), [(_ID, "Retno Marsudi"), (_EN, "Ivars Ijabs")])
def test_the_second_line_is_the_quotations_second_part(text, who):
    quotes = [s for s in suggest(text) if s.kind == "quote"]
    assert [text[s.start:s.end][:8] for s in quotes] == [
        text.split("“")[1][:8], text.split("\n")[-1][:8]]
    assert speakers(text) == [who, who]


def test_a_paragraph_of_its_own_after_an_open_quotation_stays_apart():
    # the next line is narration with a quotation of its own: no second part
    text = ("Title\n\nAnn Kerr, the mayor, opened the meeting.\n"
            "“We will rebuild every house on this street.\n"
            'Tom Vale, a resident, said: "We have heard that before," and left.')
    quotes = [text[s.start:s.end] for s in suggest(text) if s.kind == "quote"]
    assert "We have heard that before," in quotes[-1] or quotes[-1] == "We have heard that before"
    assert not any(q.startswith("Tom Vale") for q in quotes)


_LEAD = ("Komisi Pemilihan Umum memastikan seluruh logistik pemilu sudah dikirim ke 38 provinsi "
         "sejak pekan lalu, termasuk ke daerah terpencil di Papua dan Maluku yang sulit dijangkau.")


@pytest.mark.parametrize("second", [
    # (review 40, F3: narration that tells of someone's words, before a quotation whose
    # opening mark was lost; an interviewer's question, then the answer)
    "Sementara itu, Ketua Bawaslu Rahmat Bagja menyebut pengawasan akan diperketat di semua "
    "daerah. Kami sudah siapkan 1.000 pengawas untuk daerah rawan,\" kata Bagja.",
])
def test_narration_after_an_open_quotation_is_no_second_part(second):
    text = (f"Pemilu\n\n{_LEAD}\n"
            '"Semua logistik sudah sampai di seluruh TPS di Indonesia, tidak ada yang '
            f"tertinggal sama sekali sampai hari ini.\n{second}")
    assert "Rahmat Bagja" not in speakers(text)[:1]


def test_a_question_left_open_is_not_the_answers_first_part():
    text = ("Interview\n\nThe county government said on Tuesday that the long-delayed programme "
            "would finally begin next month, after two years of disputes over funding, land and "
            "the choice of contractors for the work.\n"
            '"What are your goals for the programme this year, and how will you reach them?\n'
            'We want to finish the first phase by June, that is the target," Governor Anne '
            "Waiguru said.\nShe takes questions next week.")
    quotes = quotations(text)
    assert (quotes[0].exact[:7], quotes[0].speaker) == ("What ar", "")


@pytest.mark.parametrize("verb", ["mengatakan", "menilai", "memastikan"])
def test_a_speech_verb_inside_the_second_part_keeps_the_chain(verb):
    # (review 40b, F3: the quotation's own words may hold a speech verb: “kami ... ”)
    text = (f"Banjir\n\n{_LEAD}\n"
            '"Air sudah setinggi satu meter sejak semalam dan warga terpaksa mengungsi ke '
            "masjid.\n"
            f'Sudah tiga kali kami {verb} ke kelurahan tanpa ada tindakan sampai hari ini," '
            "kata Ani Lestari, warga setempat.")
    assert speakers(text) == ["Ani Lestari", "Ani Lestari"]


def test_a_line_opening_with_sementara_itu_is_narration():
    text = (f"Debat\n\n{_LEAD}\n"
            '"Kita harus membangun dari desa, dan itu komitmen kami untuk lima tahun ke depan\n'
            "Sementara itu, capres nomor urut dua menilai program itu tidak realistis. "
            'Anggaran kita terbatas," ujar Prabowo Subianto.')
    assert speakers(text)[:1] != ["Prabowo Subianto"]
