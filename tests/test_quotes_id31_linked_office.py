"""An office joined to the name before it by “yang juga”, “yang merupakan”, “selaku”,
“sekaligus” or “merangkap” (“Budi Santoso yang juga Ketua Paguyuban Pedagang Cikupa”) is
that person's; the place that ends the office is nobody (issue 9, id, s31).

The cast and the reading of a subject before its speech verb took the office's last word
for a person holding it (“Cikupa”, role “Ketua Paguyuban Pedagang”), so “Dia mengaku …
“…,” ujarnya.” and “… Ketua RT Cikupa mengatakan, “…”” went to “Cikupa”. The
paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai relokasi itu dibatalkan,”"
_LEAD = "Relokasi pasar\n\nPara pedagang di Pasar Minggu menolak relokasi. "


@pytest.mark.parametrize("text", [
    "Salah satunya Budi Santoso yang juga Ketua Paguyuban Pedagang Cikupa. Dia mengaku belum"
    f" menerima surat. {_SAID} ujarnya.",
    "Salah satunya Budi Santoso, yang merupakan Ketua RT Cikupa. Ia mengaku belum menerima"
    f" surat. {_SAID} ujarnya.",
    "Budi Santoso yang merupakan Ketua RT Cikupa mengaku belum menerima surat. "
    f"{_SAID} ujarnya.",
    f"Budi Santoso selaku Ketua RT Cikupa mengatakan, {_SAID[:-2]}.”",
])
def test_the_office_is_the_name_before_the_link(text: str) -> None:
    assert speakers(_LEAD + text + "\n") == ["Budi Santoso"]


# guards: an office with its holder's name after it, and a link before no office


@pytest.mark.parametrize(("text", "expected"), [
    ("Budi Santoso menyerahkan surat kepada Kepala Desa Cikupa Rina Wulandari. "
     f"{_SAID} kata Rina.", "Rina Wulandari"),
    (f"Budi Santoso bersama Kepala Desa Cikupa Rina Wulandari mengatakan, {_SAID[:-2]}.”",
     "Rina Wulandari"),
    ("Budi Santoso yang juga hadir menolak relokasi itu. Rina Wulandari mengaku belum menerima"
     f" surat. {_SAID} ujarnya.", "Rina Wulandari"),
])
def test_guards(text: str, expected: str) -> None:
    assert speakers(_LEAD + text + "\n") == [expected]
