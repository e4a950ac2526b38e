"""Two candidates joined by a hyphen are a ticket, no one person (issue 9, session 46):
after “pasangan Anies Baswedan-Muhaimin Iskandar mendapat nomor urut 1”, “kata Anies” is
Anies Baswedan."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_the_ticket_is_no_fuller_form_of_the_candidate():
    text = ("Jakarta (ANTARA) - Calon presiden nomor urut satu, Anies Baswedan, berkunjung "
            "ke Bandung.\n\n"
            "\"Jadi siapa pun yang tidak mau terlibat politik ikut bertanggung jawab,\" kata "
            "Anies di hadapan relawan, Jumat.\n\n"
            "Pada pengundian nomor urut, pasangan Anies Baswedan-Muhaimin Iskandar mendapat "
            "nomor urut 1.\n\n"
            "\"Kami siap bertanding secara jujur dan adil,\" kata Anies.")
    assert _speakers(text) == ["Anies Baswedan", "Anies Baswedan"]


def test_an_english_name_with_a_hyphened_middle_word_is_a_person():
    text = ("Hassan Abdel-Rahman Ali, the mayor of the town, met reporters on Monday.\n\n"
            "“We will rebuild every school that was lost,” Ali said.")
    assert _speakers(text) == ["Hassan Abdel-Rahman Ali"]
