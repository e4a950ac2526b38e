"""Organisations as speakers (issue 9, class 6: “Microsoft said”, “KPK menyatakan”).

The sentences are made up; each follows a pattern of real news in which an organisation
speaks. ``SPEAKS`` gave a wrong speaker or none before this change; ``STAYS`` are the
neighbouring patterns that must keep their speaker (a person named with a company's office,
an unnamed person of a company, the person after “Dirut Pertamina”).
"""

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.engine import analysed

PT = "PT Sinar Jaya Abadi mengumumkan pabrik baru di Cikarang pada Senin. "
ID_QUOTE = "“Pabrik ini akan menyerap seribu tenaga kerja lokal tahun depan,” "
ACME = "Acme Corp announced a new plant in Ohio on Monday. "
EN_QUOTE = "“This plant will employ a thousand local workers next year,” "


def speaker(text: str) -> str:
    [found] = [s for s in suggest(text) if s.kind == "quote"]
    return found.speaker


SPEAKS = [
    # a company named with PT is one body, never a person called by its last words
    (PT + ID_QUOTE + "kata perusahaan itu.", "PT Sinar Jaya Abadi"),
    ("“Pabrik ini akan menyerap seribu tenaga kerja lokal,” kata PT Sinar Jaya Abadi.",
     "PT Sinar Jaya Abadi"),
    # “perusahaan itu”, “kementerian itu”, “bank sentral”, “the company”, “the club”: the
    # body of that kind the article named last, though it had not spoken yet
    ("Kementerian Kesehatan menerima vaksin dari Jepang. “Distribusi akan dimulai pekan "
     "depan ke seluruh provinsi,” kata kementerian itu.", "Kementerian Kesehatan"),
    ("Bank Indonesia merilis data neraca pembayaran. “Penurunan itu disebabkan oleh "
     "turunnya aset luar negeri,” tulis bank sentral dalam pernyataan resmi.",
     "Bank Indonesia"),
    (ACME + EN_QUOTE + "the company said.", "Acme Corp"),
    ("Shares of Acme Inc. fell on Monday. “We expect revenue to recover in the second "
     "half,” the company said in a statement.", "Acme Inc."),
    ("Manchester United FC confirmed the news on Sunday. “We are deeply saddened by the "
     "loss of a great player,” the club said.", "Manchester United FC"),
    # the nearer body of the right kind: a party named between is not “the company”
    ("PT Sinar Jaya Abadi membuka pabrik.\n\nPartai Demokrat menolak rencana itu.\n\n"
     + ID_QUOTE + "kata perusahaan itu.", "PT Sinar Jaya Abadi"),
    # names with “of” (“Bank of England”), a party's or bank's last word, “perseroan”
    ("The Bank of England raised rates on Thursday. “Inflation remains too high for "
     "comfort,” the bank said.", "Bank of England"),
    ("The Ministry of Defence confirmed the deployment. “The troops will leave next "
     "week,” the ministry said.", "Ministry of Defence"),
    ("The Labour Party met on Monday. “We will oppose the bill,” the party said.",
     "Labour Party"),
    ("PT Bank Tabungan Negara (Persero) Tbk membukukan laba. “Laba kami tumbuh dua digit "
     "tahun ini,” tulis perseroan dalam keterbukaan informasi.", "PT Bank Tabungan Negara"),
    # a governor of the bank named after it is no body “Gubernur Bank”
    ("Bank Indonesia merilis data. Gubernur Bank Indonesia Perry Warjiyo hadir di DPR. "
     "“Penurunan itu disebabkan oleh turunnya aset luar negeri,” tulis bank sentral.",
     "Bank Indonesia"),
    # whose statement: “tulis keterangan TikTok”, “tulis lembaga nonprofit WALHI yang …”
    ("Penjual kini punya pusat penjual baru. “Penjual juga bebas memilih tempat "
     "berjualan,” tulis keterangan TikTok.", "TikTok"),
    ("Tambang masuk ke pulau kecil. “Pulau itu terancam karena kepentingan segelintir "
     "elit,” tulis lembaga nonprofit WALHI yang fokus pada isu lingkungan.", "WALHI"),
    # a statement's body: “a statement from Microsoft said”, “according to a statement
    # from …”, “X dalam keterangannya menyatakan”, “tulis manajemen Persib”
    ("Microsoft patched the bug. “We are committed to protecting customers,” a statement "
     "from Microsoft said.", "Microsoft"),
    ("“We are committed to protecting customers,” according to a statement from "
     "Microsoft.", "Microsoft"),
    ("Pertamina dalam keterangan tertulisnya menyatakan, “Stok BBM aman hingga akhir "
     "tahun di seluruh wilayah.”", "Pertamina"),
    ("Microsoft, in a statement, said: “We are committed to protecting our customers.”",
     "Microsoft"),
    ("Persib kalah di kandang. “Kami akan mengevaluasi tim secara menyeluruh,” tulis "
     "manajemen Persib.", "Persib"),
    # a party or a mass organisation named on its own (the gazetteer's, or an acronym)
    ("Gerindra menggelar rapat di Jakarta. “Kami menolak revisi undang-undang itu,” kata "
     "partai itu.", "Gerindra"),
    ("PDIP menggelar rapat di Jakarta. “Kami menolak revisi undang-undang itu,” kata "
     "partai berlambang banteng itu.", "PDIP"),
    ("Nahdlatul Ulama menggelar rapat. “Kami menolak revisi undang-undang itu,” kata "
     "organisasi itu.", "Nahdlatul Ulama"),
    # a body before the office, one word, that the article writes elsewhere as a company
    ("Gubernur Bank Indonesia Perry Warjiyo hadir di DPR. Bank Indonesia merilis data. "
     "“Penurunan itu disebabkan oleh turunnya aset luar negeri,” tulis bank sentral.",
     "Bank Indonesia"),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKS)
def test_an_organisation_speaks(text: str, expected: str) -> None:
    assert speaker(text) == expected


STAYS = [
    # somebody of the company, unnamed: nobody, not the company (the Indonesian one gave
    # the company, as the last to speak, before this change)
    (PT + ID_QUOTE + "kata juru bicara perusahaan itu.", ""),
    (ACME + EN_QUOTE + "the company's spokesman said.", ""),
    (ACME + EN_QUOTE + "a company spokesman said.", ""),
    # a person named with the company's office
    (PT + ID_QUOTE + "ujar Budi Santoso, direktur perusahaan itu.", "Budi Santoso"),
    (ACME + EN_QUOTE + "said John Miller, the company's chief executive.", "John Miller"),
    ("PT Pertamina menjamin stok BBM. “Harga Pertalite tetap sama hingga akhir bulan "
     "depan,” kata Dirut Pertamina Nicke Widyawati di Jakarta.", "Nicke Widyawati"),
    ("“Harga Pertalite tetap sama hingga akhir bulan depan,” kata Direktur Utama PT "
     "Pertamina Nicke Widyawati.", "Nicke Widyawati"),
    # no company named: “perusahaan itu” names nobody
    ("Warga Jakarta Selatan mengeluhkan banjir. " + ID_QUOTE + "kata perusahaan itu.", ""),
    # a body named directly
    ("Komisi Pemberantasan Korupsi memeriksa dua saksi.\n\nKPK menyatakan, “Kami akan "
     "memanggil saksi lain pekan depan.”", "Komisi Pemberantasan Korupsi"),  # spelt out
    (EN_QUOTE + "Microsoft said in a statement.", "Microsoft"),
    # a party is no company, a company no club
    ("Gerindra menggelar rapat di Jakarta. " + ID_QUOTE + "kata perusahaan itu.", ""),
    ("PT Sinar Jaya Abadi mensponsori tim itu. “Kami akan menang,” kata klub itu.", ""),
]


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_persons_and_unnamed_sources_stay(text: str, expected: str) -> None:
    assert speaker(text) == expected


def test_a_company_named_with_pt_is_no_person_in_the_cast() -> None:
    people = analysed(PT + ID_QUOTE + "kata seorang warga.", None).people
    assert not any("Abadi" in who for who in people.roles)
