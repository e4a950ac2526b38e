"""A nickname given for a short form of a name (issue 9, session 45).

“Buyo, sapaan karib Chaerul” says that Buyo is what people call Chaerul, and the article
named Chaerul Anwar Azis in full before and then called him Chaerul: Buyo's words are
his. Where the short form fits two members, nobody named in full, or was not used on its
own before (a surname first written there may be another person's), the nickname stays."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Ketua panitia, Hendra Wijaya Kusuma mengatakan lomba dibuka pekan depan. "
     "“Pendaftaran sudah dibuka sejak Senin,” terang Hendra. “Kuota peserta dibatasi "
     "seratus tim,” jelas Iyan, sapaan karib Hendra. Panitia juga menyiapkan hadiah. "
     "“Ini bukti keseriusan kami,” kata Iyan.",
     ["Hendra Wijaya Kusuma"] * 3),
    ("Direktur klub, Marlina Sari Dewi, menyambut pemain baru. “Kami senang sekali,” "
     "kata Dewi. “Mereka pemain muda terbaik,” ujar Lina, sapaan akrab Dewi.",
     ["Marlina Sari Dewi"] * 2),
])
def test_a_nickname_of_a_short_form_joins_the_member_named_in_full(text, speakers):
    assert _speakers(text) == speakers


def test_a_short_form_two_members_share_joins_neither():
    text = ("Hendra Wijaya dan Hendra Gunawan hadir dalam rapat. “Kuota peserta dibatasi "
            "seratus tim,” jelas Iyan, sapaan karib Hendra.")
    assert _speakers(text) != ["Hendra Wijaya"] and _speakers(text) != ["Hendra Gunawan"]
