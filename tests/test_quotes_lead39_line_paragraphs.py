"""Paragraphs one a line after a title and a blank line (how scrapers, the sets and Kutip's
own text import store an article: "Title\\n\\nfirst paragraph\\nsecond …"), and a scene
set before a sentence's subject ("At a signing ceremony at the White House on Tuesday,
Mr Biden praised …"). Before, such a body was one paragraph for the engine, so "he said"
went to whoever spoke last anywhere above it. Texts made up (session 39; the class is
dev's 2871_bbcuscanada: 547 dev texts and 207 never-tuned ones have this shape)."""

import pytest

from reader.core.quotes.marks import paragraphs
from tests.quote_helpers import speakers

_LONG = ("Cathryn Oakley, of the advocacy group Human Rights Campaign, says that there are no "
         "states challenging either of the two rulings, which are now both settled law.")


def _body(sep: str) -> str:
    return sep.join([
        "President Joe Biden has signed a marriage protection bill.",
        _LONG,
        'What the decision made clear to people, she says, is that "these things that we '
        'thought were settled law are in fact not as settled as we hoped".',
        "At a signing ceremony at the White House on Tuesday, Mr Biden praised the new law.",
        '"Marriage is a simple proposition," he said.',
    ])


def test_a_block_of_long_lines_is_a_paragraph_a_line():
    text = "Biden signs the bill\n\n" + _body("\n")
    starts = [text[a:b][:12] for a, b in paragraphs(text)]
    assert starts == ["Biden signs ", "President Jo", "Cathryn Oakl", "What the dec",
                      "At a signing", "\"Marriage is"]


def test_a_hard_wrapped_paragraph_stays_one():
    wrapped = ("Cathryn Oakley, of the advocacy group Human Rights Campaign, says\n"
               "that there are no states challenging either of the rulings.")
    text = "Title\n\n" + wrapped + "\n\nSecond paragraph."
    assert [text[a:b] for a, b in paragraphs(text)] == ["Title", wrapped, "Second paragraph."]


def test_lines_without_any_blank_line_are_paragraphs_as_before():
    text = "One line.\nTwo line.\n\n"
    assert [text[a:b] for a, b in paragraphs(text.rstrip())] == ["One line.", "Two line."]


@pytest.mark.parametrize("title", ["Biden signs the bill\n\n", ""])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_he_said_after_the_scene_is_the_new_subject(title, sep):
    text = title + _body(sep)
    assert speakers(text) == ["Cathryn Oakley", "Joe Biden"]


@pytest.mark.parametrize("scene", [
    "During a visit to the flooded villages of the north on Tuesday",
    "Speaking to reporters at the end of the summit in Brussels",
    "On the last day of the party conference in Manchester",
])
def test_a_scene_of_one_phrase_before_the_subject(scene):
    text = ("Ann Kerr spoke first at the meeting.\n\n"
            f"{scene}, Tom Vale thanked the volunteers.\n\n"
            '"We could not have done it without you," he said.')
    assert speakers(text) == ["Tom Vale"]


def test_a_list_after_the_scene_names_no_subject():
    # an office and name closing a sentence of several clauses is an apposition, not a
    # subject: the quotation is the last speaker's (dev's 122_detik)
    text = ("Lebih lanjut, Husen Nurdin membeberkan makna dari maskawin itu.\n"
            "Dalam akad tersebut, tokoh-tokoh penting turut hadir sebagai saksi, salah "
            "satunya adalah Menteri Perindustrian, Agus Gumiwang dari pihak mempelai pria.\n"
            '"Saksinya ada Pak Agus Gumiwang Kartasasmita dan keluarga besar," pungkasnya.')
    assert speakers("Judul\n\n" + text) == ["Husen Nurdin"]


def test_a_hard_wrapped_paragraph_with_a_long_link_stays_one():
    link = "https://example.org/" + "a-long-path-segment/" * 9
    wrapped = ("The ministry published the full list of the affected villages on its\n"
               "website on Monday, together with the names of the officials in charge\n"
               "of the relief effort in each of the four districts, at the address\n"
               f"{link}\nfor anyone who wants to check.")
    text = "Title\n\n" + wrapped
    assert [text[a:b] for a, b in paragraphs(text)] == ["Title", wrapped]


def test_a_repeated_furniture_line_is_nobody():
    # (en40's 2949: “Story continues below advertisement.” between paragraphs made “Story” a
    # speaker “continues” introduced, and the next “she said” went to it)
    text = ("Candidate picked for the byelection\n\n"
            "Karen Wang was named the candidate on Saturday.\n\n"
            "Story continues below advertisement.\n\n"
            "Wang told reporters she would win the seat.\n\n"
            "Story continues below advertisement.\n\n"
            '"We will have a good chance to win in Burnaby South this time," she said.')
    assert speakers(text) == ["Karen Wang"]


def test_a_title_made_of_a_link_lends_no_lower_case_words():
    # (en40's titles are the links' words, “… to face karen wang in byelection”: “wang”
    # in lower case made the name a common word, and the cast dropped her)
    text = ("Federal ndp leader jagmeet singh to face karen wang in byelection\n\n"
            "Karen Wang was named the Liberal candidate on Saturday.\n\n"
            '"I am so honoured to be selected by you here," Wang said.')
    assert speakers(text) == ["Karen Wang"]


@pytest.mark.parametrize("scene", [
    # a name in apposition inside the scene, closed by a comma: no subject (review 39, F1)
    "Dalam acara yang dibuka secara resmi oleh Menteri Pendidikan Dasar dan Menengah, "
    "Abdul Mu'ti, itu para guru mendapat materi baru.",
    "Pada acara yang juga dihadiri Wakil Gubernur DIY, Paku Alam X, dan sejumlah anggota "
    "DPRD itu, para pedagang mendapat kios baru.",
])
def test_a_name_in_apposition_inside_the_scene_is_no_subject(scene):
    text = ("Judul\n\nKepala Dinas Pendidikan Yusuf Masruh mengatakan 2.000 guru ikut "
            f"pelatihan.\n{scene}\n"
            '"Kami ingin guru-guru Surabaya menjadi pelopor di sekolahnya," ujarnya.')
    assert speakers(text) == ["Yusuf Masruh"]


def test_an_office_ending_the_scene_makes_its_name_no_subject():
    text = ("Title\n\nTrade Minister Daniel Carter said on Friday the tariffs were unfair.\n"
            "During talks in Brussels with the European Union's trade commissioner, Maros "
            "Sefcovic, the minister pressed for an exemption.\n"
            '"We will defend our industry with every tool we have," he said.')
    assert speakers(text) == ["Daniel Carter"]


@pytest.mark.parametrize("scene", [
    "Dalam kunjungan kerja ke lokasi banjir di Kecamatan Medan Maimun, Selasa (1/12/2026)",
    "Dalam kunjungan kerja ke lokasi banjir di Kecamatan Medan Maimun pada Selasa sore",
])
def test_a_scene_with_a_day_between_commas(scene):
    text = ("Judul\n\nKetua DPRD Sumatera Utara Erni Ariyanti meminta pemerintah bergerak cepat.\n"
            f"{scene}, Gubernur Sumatera Utara Bobby Nasution meninjau dapur umum.\n"
            '"Bantuan logistik sudah kami kirim sejak pagi," ujarnya.')
    assert speakers(text) == ["Bobby Nasution"]


def test_a_line_broken_inside_a_sentence_goes_on():
    # (review 39, F7: a scraper's <br> inside a paragraph of a block of long lines)
    long = ("The council approved the new school bus routes on Tuesday after months of "
            "complaints from parents across the district about late, crowded and unsafe "
            "buses on the main roads.")
    text = (f"Title\n\n{long}\n"
            '"Every child deserves to get to school on time and safely,"\n'
            "said council leader Angela Price, who steered the plan through.")
    assert speakers(text) == ["Angela Price"]
    assert len(paragraphs(text)) == 3


def test_a_release_wrapped_at_seventy_with_a_tracking_link_stays_whole():
    # (review 39, F6: paragraphs one a line, wrapped at about 70, a link over 150)
    body = ("PT Maju Jaya today announced a new plant in Cikarang that will employ\n"
            "1,200 workers when it opens next year.\n"
            '"This plant shows our long-term commitment to Indonesia," said Hendra\n'
            "Gunawan, the company's president director.\n"
            "The plant will make batteries for electric motorcycles and buses.\n"
            "Details: https://example.com/" + "x" * 150)
    text = "PT Maju Jaya opens plant\n\n" + body
    assert [text[a:b] for a, b in paragraphs(text)] == ["PT Maju Jaya opens plant", body]
    assert speakers(text) == ["Hendra Gunawan"]


def test_related_link_lines_do_not_make_an_article_hard_wrapped():
    # (review 39, F10: “Baca juga” lines, short and with no stop, are the page's)
    para = ("Ketua KPU Mochammad Afifuddin menegaskan jadwal pilkada tidak akan berubah "
            "meski ada usulan dari sejumlah partai politik di DPR pekan lalu, karena tahapan sudah "
            "berjalan.")
    text = "Judul\n\n" + "\n".join([
        para, "Baca juga: Jadwal pilkada serentak tidak akan berubah tahun ini",
        para, "Baca juga: KPU siapkan logistik untuk daerah terpencil di Papua",
        para, "Baca juga: Partai politik minta pilkada ditunda sampai tahun depan", para])
    assert len(paragraphs(text)) == 8


@pytest.mark.parametrize("caption", [
    "Mill owner Richard Stone speaks to reporters outside the plant on Friday. "
    "(AP Photo/Robert Bukaty)",
    "Photo: Mill owner Richard Stone speaks to reporters outside the plant on Friday.",
    # (review 39b: credits without the word “Photo”)
    "Mill owner Richard Stone speaks to reporters on Friday. (Chris Young/The Canadian Press)",
    "Mill owner Richard Stone speaks to reporters on Friday. (Reuters/Phil Noble)",
    "Photograph: Mill owner Richard Stone speaks to reporters on Friday.",
])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_caption_names_no_subject_for_a_pronoun(caption, sep):
    # (review 39, F9: a photo's caption between paragraphs took the next “he said”)
    text = sep.join([
        "Mill closure leaves town reeling",
        "Dave Parsons, who worked at the mill for 31 years, said he had no plan for what "
        "comes next after the closure was announced on Thursday morning by the owners.",
        caption,
        '"I\'m 58. Who\'s going to hire me?" he said.'])
    assert speakers(text.replace("reeling" + sep, "reeling\n\n", 1)) == ["Dave Parsons"]
