"""“Indonesia Maju” and “Indonesia Raya” end a body's name (issue 9, session 46): “kata
Ketua Umum REPNAS Indonesia Maju Anggawira” is Anggawira, not “Maju Anggawira”; a region
or a body of two words is no given name before a one-word name."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("body", ["REPNAS Indonesia Maju", "Kabinet Indonesia Maju",
                                  "Partai Indonesia Raya"])
def test_the_body_ends_before_the_one_word_name(body):
    text = ("\"Kami terus bekerja bersama-sama untuk memenangkan pemilu,\" kata Ketua Umum "
            f"{body} Anggawira dalam keterangan di Jakarta, Minggu.\n\n"
            "\"Program kami fokus untuk menambah jumlah pengusaha,\" ujar Anggawira.")
    assert _speakers(text) == ["Anggawira", "Anggawira"]


def test_a_region_of_two_words_before_a_one_word_name():
    text = ("\"Jalan ini akan diperbaiki tahun depan,\" kata Gubernur Jawa Barat Dedi di "
            "Bandung, Senin.\n\n\"Anggarannya sudah siap,\" ujar Dedi.")
    assert _speakers(text) == ["Dedi", "Dedi"]
