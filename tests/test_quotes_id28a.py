"""“…,” ujarnya after narration that names an office alone as its subject (issue 9, id, s28).

Government newsrooms name the head of the region once in full (“Bupati Salak Utara
Darmawan Pasaribu”) and then by the office alone: “Sementara itu, Bupati Salak Utara
mengapresiasi …”, “Menanggapi keluhan itu, Bupati Salak Utara ini pun memanggil …”,
“Kapolres juga mengimbau …”. The quotation after it, cued by a pronoun only (“…,”
bebernya), is the office holder's, not the last person named by name (a speaker before,
or a place or an event read as a name). ``People._office_subject`` (names.py) finds such
an office in the paragraph before the quotation or its own, with no quotation between,
and gives the pronoun to the one person the cast gives that office. The paragraphs here
are made up.
"""

from quote_helpers import speakers


def test_the_office_answers_after_another_speaker() -> None:
    text = ("Bantuan Diserahkan\n\n"
            "Bantuan diserahkan Bupati Salak Utara, Darmawan Pasaribu, dan Direktur PT Maju "
            "Jaya, Rina Kartika.\n\n"
            "Rina Kartika mengatakan, bantuan itu bentuk kepedulian perusahaan.\n\n"
            "\"Bantuan ini sudah kami padukan dengan program pemda,\" katanya.\n\n"
            "Sementara itu, Bupati Salak Utara mengapresiasi bantuan tersebut.\n\n"
            "\"Kami berharap komitmen ini terus berlanjut,\" bebernya.\n")
    assert speakers(text) == ["Rina Kartika", "Darmawan Pasaribu"]


def test_the_office_after_a_clause_and_ini_pun() -> None:
    text = ("Bupati Tinjau Pasar\n\n"
            "Bupati Salak Utara Darmawan Pasaribu meninjau pasar induk, Senin. Ia didampingi "
            "Camat Sutarno Wijaya.\n\n"
            "Sutarno menuturkan, para pedagang kesulitan mendapat tempat berjualan.\n\n"
            "\"Kami di sini sulit mendapat lapak, Pak,\" katanya.\n\n"
            "Menanggapi keluhan itu, Bupati Salak Utara ini pun langsung memanggil kepala "
            "dinas perdagangan.\n\n"
            "\"Masukan dari warga akan kami bahas segera,\" ujarnya.\n")
    assert speakers(text)[-1] == "Darmawan Pasaribu"


def test_a_police_chief_by_office_after_the_regent_spoke() -> None:
    text = ("Safari Ramadan\n\n"
            "Bupati Salak Utara Darmawan Pasaribu didampingi Kapolres Salak Utara AKBP Joko "
            "Santoso melaksanakan safari Ramadan. Dalam sambutannya, Bupati mengajak warga "
            "menjaga persatuan.\n\n"
            "\"Pemilu sudah usai, mari kita dukung siapa pun yang terpilih,\" ungkapnya.\n\n"
            "Safari itu juga diisi penyerahan bantuan hibah.\n\n"
            "Sementara itu, Kapolres Salak Utara juga mengimbau warga tidak mudah "
            "terprovokasi.\n\n"
            "\"Kalau mendapat berita dari media sosial, jangan langsung disebarkan,\" "
            "tandasnya.\n")
    assert speakers(text) == ["Darmawan Pasaribu", "Joko Santoso"]


# guards


def test_the_office_as_an_object_takes_nothing() -> None:
    text = ("Nelayan Mengeluh\n\n"
            "Bupati Salak Utara Darmawan Pasaribu meninjau pelabuhan. Camat Sutarno Wijaya "
            "ikut mendampingi.\n\n"
            "Sutarno menyampaikan keluhan nelayan itu kepada Bupati Salak Utara.\n\n"
            "\"Solar sulit didapat sejak pekan lalu,\" katanya.\n")
    assert speakers(text) == ["Sutarno Wijaya"]


def test_a_quotation_between_keeps_the_speaker_named_after_the_office() -> None:
    text = ("Bantuan Diserahkan\n\n"
            "Bantuan diserahkan Bupati Salak Utara, Darmawan Pasaribu, dan Direktur PT Maju "
            "Jaya, Rina Kartika.\n\n"
            "Sementara itu, Bupati Salak Utara mengapresiasi bantuan tersebut. \"Bantuan "
            "ini sudah kami padukan dengan program pemda,\" kata Rina Kartika.\n\n"
            "\"Kami akan terus membantu,\" tambahnya.\n")
    assert speakers(text) == ["Rina Kartika", "Rina Kartika"]


def test_an_office_nobody_in_the_cast_holds_changes_nothing() -> None:
    text = ("Pasar Ditinjau\n\n"
            "Camat Sutarno Wijaya meninjau pasar induk, Senin.\n\n"
            "Sutarno menuturkan, para pedagang kesulitan mendapat tempat berjualan.\n\n"
            "Sementara itu, Kapolres juga hadir dalam peninjauan itu.\n\n"
            "\"Kami di sini sulit mendapat lapak,\" katanya.\n")
    assert speakers(text) == ["Sutarno Wijaya"]
