"""An Indonesian sentence opening with an ordinal or a closing word and a comma before an
office (“Terakhir, Menteri Keuangan juga menegaskan …”, “Kedua, …”) was read as a name and
its apposition: “Terakhir” became the Finance Minister, and “tutur Menkeu” gave
“Terakhir” (dev's 3159_antarabisnis). Such words (terakhir, akhirnya, pertama, kedua,
ketiga, berikutnya, awalnya, intinya …) are no names. Texts made up (session 41)."""

import pytest

from tests.quote_helpers import quotations


@pytest.mark.parametrize("opening", ["Terakhir", "Kedua", "Ketiga", "Keempat", "Berikutnya",
                                     "Intinya"])
@pytest.mark.parametrize("gap", ["", "\n\n"])
def test_an_opening_word_is_no_name(opening, gap):
    text = ("Judul\n\nHal itu disampaikan Menteri Keuangan Sri Mulyani Indrawati di Jakarta."
            f"{gap}“Kami akan terus mendukung sektor kesehatan,” tambahnya.{gap}{opening}, "
            "Menteri Keuangan juga menegaskan bahwa pendanaan sudah siap.{gap}“Karena "
            "undang-undang sudah disahkan, kami akan mendukungnya dengan pendanaan,” tutur "
            "Menkeu.").replace("{gap}", gap)
    first, second = quotations(text)
    assert first.speaker == second.speaker == "Sri Mulyani Indrawati"


@pytest.mark.parametrize("opening", ["Lastly", "Thirdly"])
def test_english_ordinals_are_no_names(opening):
    text = ("Title\n\nThe budget was presented by Finance Minister Rachel Reeves on Monday.\n\n"
            f"{opening}, the minister said that the money was ready. \"The funding is there,\" "
            "said the minister.")
    [q] = quotations(text)
    assert q.speaker != opening
