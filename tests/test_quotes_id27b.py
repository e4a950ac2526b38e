"""A two-word alias in brackets after a full name is that person (issue 9, id, s27).

“Mohamad Syafii Alielha (Savic Ali)”, “Hendrar Prasetyo Wibowo (Hendi Wibowo)”:
Indonesian news gives a well-known person's everyday name in brackets after the full one,
as it does a one-word short name (“Joko Widodo (Jokowi)”, which was already an alias). A
bracketed pair of name words after a name was read as a second person, so “kata Savic”
went to “Savic Ali”, somebody the gold does not know. In Indonesian text the bracketed pair is
now an alias of the full name, is no cast member of its own, and its first word stands
for the person too (unless another member's name holds that word). Seen in dev
1233_nuonline (whose name writes an apostrophe, “Syafi'”, and so stays unsolved); the
never-tuned counts rose (fresh11, fresh12). The paragraphs here are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("text, speaker", [
    ("Hal itu disampaikan Ketua PBNU Mohamad Syafii Alielha (Savic Ali) di Jakarta, "
     "Selasa.\n\n“Kita mestinya menaruh energi lebih besar pada manusia,” kata Savic.\n",
     "Mohamad Syafii Alielha"),
    ("Wali Kota itu, Hendrar Prasetyo Wibowo (Hendi Wibowo), meninjau lokasi banjir.\n\n"
     "“Pompa air sudah kami tambah sejak pagi,” ujar Hendi.\n", "Hendrar Prasetyo Wibowo"),
])
def test_a_bracketed_pair_is_the_full_name_s_alias(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a one-word alias in brackets keeps working
    ("Presiden Joko Widodo (Jokowi) meresmikan bendungan itu.\n\n“Bendungan ini untuk "
     "petani,” kata Jokowi.\n", "Joko Widodo"),
    # a body in brackets is no alias
    ("Anggota DPR Rahmat Hidayat Saputra (Partai Demokrat) mengkritik rencana itu.\n\n"
     "“Rencana itu belum matang,” kata Rahmat.\n", "Rahmat Hidayat Saputra"),
])
def test_guards(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
