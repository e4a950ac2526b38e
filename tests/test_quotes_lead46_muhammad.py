"""Spellings of Muhammad and Ahmad open a name after a body's name (issue 9, session 46):
“Kepala BP Haji Mochamad Irfan Yusuf” is Mochamad Irfan Yusuf, and the spelled-out title
“Haji” before a name of two words or more is no part of it."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("given", ["Mochamad", "Mohamad", "Achmad", "Muhamad"])
def test_the_given_name_after_a_bodys_name_opens_the_name(given):
    text = (f"Sebelumnya, Kepala Badan Penyelenggara Haji {given} Irfan Yusuf yakin DPR "
            "akan mengesahkan revisi undang-undang pada pekan depan.\n\n"
            "\"Revisi undang-undang akan disahkan DPR dalam waktu dekat,\" kata Irfan di "
            "lokasi, Selasa.")
    assert _speakers(text) == [f"{given} Irfan Yusuf"]


def test_the_title_haji_is_no_part_of_the_name():
    text = ("Tokoh masyarakat Haji Ahmad Dahlan Syukri meresmikan masjid baru, Jumat.\n\n"
            "\"Masjid ini milik seluruh warga kampung,\" kata Dahlan.")
    assert _speakers(text) == ["Ahmad Dahlan Syukri"]
