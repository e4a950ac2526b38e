"""Classes of speaker errors from session 43's rounds (issue 9: ANTARA and TIMES Indonesia
with paragraph breaks, ESPN and Sky Sports): a cue word that is a noun too (“Sebaliknya
klaim Luluk yang menyebutkan …”), a Chinese surname of two letters read as a brand before
a holder's name (“Presiden Xi Jinping … tambah Presiden Xi”), “Nyai” before a name, and a
dateline's time zone read as the nationality of the name on the next line."""

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.engine import analysed


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("noun", ["klaim", "pesan"])
def test_a_cue_word_used_as_a_noun_before_a_name_is_no_cue(noun):
    text = ("Pengamat politik Adib Miftahul menilai Khofifah unggul. “Khofifah figur yang kuat di "
            "Jawa Timur,” tegasnya.\n\n"
            f"Sebaliknya {noun} Luluk yang menyebutkan suara utuh PKB, hal itu diragukan.\n\n"
            "“Kalangan nahdliyin juga pemilih rasional,” imbuhnya.")
    assert _speakers(text) == ["Adib Miftahul", "Adib Miftahul"]


def test_the_same_word_after_a_quotation_is_still_a_cue():
    text = ("Pengamat politik Adib Miftahul menilai Khofifah unggul.\n\n"
            "“Suara PKB utuh di Jawa Timur,” klaim Luluk Nur Hamidah di Surabaya.")
    assert _speakers(text) == ["Luluk Nur Hamidah"]


def test_a_two_letter_surname_is_no_brand_before_the_name():
    text = ("Presiden Xi Jinping minta AS serius - ANTARA News\n\n"
            "Beijing (ANTARA) - Presiden Xi Jinping meminta Presiden AS Joe Biden bertindak "
            "sesuai komitmennya.\n\n"
            "“Amerika Serikat harus mengambil tindakan nyata,” kata Presiden Xi Jinping seperti "
            "dalam keterangan tertulis.\n\n"
            "“Masalah Taiwan tetap menjadi masalah paling penting,” tambah Presiden Xi.\n\n"
            "Xi\xa0Jinping juga meminta AS berhenti mempersenjatai Taiwan.")  # (a no-break
    # space inside the name: “Jinping” then stood alone more often than “Xi Jinping”)
    assert _speakers(text) == ["Xi Jinping", "Xi Jinping"]


def test_nyai_is_a_form_of_address():
    text = ("Bakal cawabup Malang, Lathifah Shohib menggandeng seribu relawan.\n\n"
            "“Saya tetap menyapa mereka untuk minta dibantu kembali,” imbuh Nyai Lathifah.")
    assert _speakers(text) == ["Lathifah Shohib"]


def test_a_datelines_time_zone_is_no_nationality_of_the_name_after_it():
    text = ("Jabeur reveals she had depression\n\n"
            "Tuesday 4 November 2025 18:14, UK\n"
            "Ons Jabeur has revealed she suffered with depression due to the schedule.\n\n"
            "British No 1 Jack Draper has previously spoken about tennis adapting its calendar. "
            "Draper, along with Emma Raducanu, is recovering from injury.\n\n"
            "\"Injuries are going to happen,\" the 23-year-old Briton said on social media.")
    assert _speakers(text) == ["Jack Draper"]


def test_a_decrees_number_is_no_name():
    # (round 215: “Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 489”
    # gave a person “Reformasi Birokrasi Nomor”, whom “tegasnya” then pointed to)
    text = ("Kepala Kantor Kementerian Agama Pesisir Selatan, Abrar Munanda menerima penghargaan "
            "itu di Jakarta.\n\nPenghargaan ini diserahkan berdasarkan keputusan Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 489 Tahun 2024.\n\n"
            "“Kami akan terus melayani masyarakat,” tegasnya.")
    assert _speakers(text) == ["Abrar Munanda"]
    assert not [m for m in analysed(text, None).people.roles if "Nomor" in m]
