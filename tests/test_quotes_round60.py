"""Who said it, Indonesian classes of session 10's round 60 (issue 9).

The sentences are made up; each follows a pattern of real Indonesian news (a scraper that
drops the blank around a linked name, an Instagram handle in the article, a quoted
statute, a lawyer named after whose lawyer she is, a name ending in initials) that gave
a wrong speaker or none before this change. ``STAYS`` are neighbouring patterns that must
keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import suggest
from reader.core.quotes.names import People, unglue_name

FIXED = [
    # a lower-case word glued to a name whose last word the article writes on its own twice
    ("Penyerang Erling Haalandberambisi membawa Norwegia juara. Dua gol dicetak Haaland ke "
     "gawang Italia. “Kami belum selesai, target kami lebih tinggi,” kata Haaland usai laga. "
     "Haaland kini memimpin daftar top skor.", "Kami", "Erling Haaland"),
    # one name glued to different verbs is still one person, not a brand's family of names
    ("Cristiano Ronaldomenjawab kritik dengan dua gol. Cristiano Ronaldocatatkan rekor baru. "
     "Cristiano Ronaldo kemas brace saat Portugal menang. Cristiano Ronaldomengaku senang. "
     "Ronaldo turut jadi top skor Portugal, lewati capaian Eusebio. “Rekor itu bagus, tapi "
     "tugasku membantu tim,” tegasnya. Ronaldo sempat dikritik di laga pertama.", "Rekor",
     "Cristiano Ronaldo"),
    # an Instagram handle does not make a given name a common word
    ("Ketua Dewan Ekonomi Nasional (DEN) Luhut Binsar Pandjaitan bertemu pengurus koperasi. "
     "“Program ini harus dikelola dengan data yang akurat,” kata Luhut dikutip unggahan di "
     "akun Instagram @luhut.pandjaitan, Selasa.", "Program", "Luhut Binsar Pandjaitan"),
    # whose lawyer, a comma, then the one who spoke, closing the sentence
    ("Musisi Fariz RM melaporkan seorang penyanyi ke polisi. “Ini bukti cetaknya, produk "
     "yang dia bikin,” ujar salah satu kuasa hukum Fariz, Anita.", "Ini bukti", "Anita"),
    # a name ending in initials is a person (no body): “ujarnya” goes back to him when he
    # is the subject again after his lawyer spoke
    ("Musisi Fariz RM melaporkan seorang penyanyi ke polisi. “Saya kecewa,” kata Fariz RM. "
     "Kuasa hukum Fariz RM, Deolipa Yumara, juga menegaskan hal serupa. “Proses berjalan "
     "sampai selesai,” kata Deolipa. Meski demikian, Fariz tidak menutup kemungkinan damai. "
     "Namun, ia menekankan soal iktikad baik. “Tentu ada jalan damai, tapi iktikadnya "
     "harus baik,” ujarnya.", "Tentu", "Fariz RM"),
]

# round 62 (Kontan and Kompas, January 2019)
FIXED += [
    # an office, a company's or a unit's name and the person's name in one run of five to
    # seven capitalised words; the short name the article uses later tells where it starts
    ("Analis Asia Tradepoint Futures Deddy Yusuf Siregar melihat harga emas melemah. “Kita "
     "tahu perundingan dagang berjalan lancar,” ujar Deddy kepada wartawan, Senin.", "Kita",
     "Deddy Yusuf Siregar"),
    ("Deputy Head of Equity Research Mandiri Sekuritas Tjandra Lienandjaja memperkirakan "
     "ekspor akan flat. “Kita ekspektasikan IHSG sekitar 7.000 di akhir tahun,” jelas "
     "Tjandra.", "Kita", "Tjandra Lienandjaja"),
]

# classes of the list, made-up examples (session 10)
FIXED += [
    # an Arabic article in lower case inside a name, a religious title inside the run
    ("Pendakwah Habib Muhammad bin Abdullah al-Habsyi memberi tausiah di Masjid Raya. "
     "“Jagalah persatuan di antara sesama umat,” kata Habib Muhammad.", "Jagalah",
     "Muhammad bin Abdullah al-Habsyi"),
    # “Pak Parman, sapaan akrabnya”: the end of the name given with the office before
    ("Kepala Desa Sukamaju Suparman menyambut warga. “Jalan ini sudah lama rusak dan baru "
     "sekarang diperbaiki,” kata Pak Parman, sapaan akrabnya.", "Jalan", "Suparman"),
]
FIXED += [
    # a first name that reads as a short form and a glued preposition (“Wisman” + “dari”)
    # but has the surname after it: the whole name
    ("Staf Divisi Metabolik Endokrin RSCM dr Wismandari Wisnu SpPD-KEMD mengungkap depresi "
     "memengaruhi gula darah. “Hormon serotonin di dalam tubuh kita jadi meningkat,” ujar dr "
     "Wisman saat konferensi pers.", "Hormon", "Wismandari Wisnu"),
]
FIXED += [
    # the short name first, then “panggilan akrab” and the full name
    ("Gus Toya, panggilan akrab K.H. Matoya Zainul Ulum Kasbullah, mengatakan para kiai "
     "solid. “Insyaallah kami menang di Jawa Tengah,” kata Gus Toya kepada wartawan.",
     "Insyaallah", "Matoya Zainul Ulum Kasbullah"),
]
STAYS_FIRST = [
    # “panggilan akrabnya” after a short name that is no end of the last man named
    ("Motor itu dikemudikan Ahmad Sofil Murod, warga Bojonegoro. Kanit Laka Polres Tuban "
     "IPTU Eko Sulistiyono menjelaskan kronologinya. “Sepeda motor ini berpenumpang dua "
     "orang,” tambah IPTU Eko panggilan akrabnya.", "Sepeda", "Eko Sulistiyono"),
]

NOBODY = [
    # a quoted statute speaks for nobody, even after a verb of writing
    "Aturan itu melarang promosi tanpa izin. “Penyampai Informasi dilarang memasarkan "
    "produk yang tidak memiliki izin dari OJK,” tulis Pasal 2 aturan tersebut, dikutip Rabu.",
    # (and as before: what a statute “says”)
    "“Setiap orang dilarang menolak pembayaran dengan Rupiah,” bunyi Pasal 23 UU Mata Uang.",
]

STAYS = [
    # capitals glued to the verb after them (“Fariz RMmelaporkan”), the short name later
    ("Penyanyi Anton SKmelaporkan label rekamannya ke polisi. Anton SK menunjukkan kontrak "
     "lamanya. “Saya hanya minta hak saya dihormati,” kata Anton SK.", "Saya", "Anton SK"),
    # the same lawyer named with a name after the comma that does not end the sentence
    ("Musisi Fariz RM melaporkan seorang penyanyi ke polisi. “Ini bukti cetaknya,” ujar "
     "kuasa hukum Fariz, Anita, di Polda Metro Jaya.", "Ini bukti", "Anita"),
    # a lawyer with his own name and the day after the comma: the lawyer
    ("“Klien kami kooperatif,” kata pengacara Budi Santoso, Senin.", "Klien", "Budi Santoso"),
    # “ujarnya” after another speaker who was not the subject again: the last speaker
    ("Musisi Fariz RM melaporkan seorang penyanyi ke polisi. “Saya kecewa,” kata Fariz RM. "
     "Kuasa hukum Fariz RM, Deolipa Yumara, juga menegaskan hal serupa. “Proses berjalan "
     "sampai selesai,” kata Deolipa. “Kami sudah menunggu setahun penuh,” ujarnya.", "Kami",
     "Deolipa Yumara"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS_FIRST + STAYS)
def test_speaker(text, opening, speaker):
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize("text", NOBODY)
def test_a_quoted_statute_has_no_speaker(text):
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [""]


def test_glue_is_cut_only_where_the_article_writes_the_head_on_its_own():
    words = {"Haaland": 3, "Wira": 1, "RM": 1}
    assert unglue_name("Erling Haalandberambisi", words) == "Erling Haaland"
    assert unglue_name("Fariz RMmelaporkan", words) == "Fariz RM"
    # a head written once is not enough: “Wiradarma Harefa” next to “kata Wira”
    assert unglue_name("Andi Wiradarma", words) == "Andi Wiradarma"
    # a glued preposition still ends the name before a place (“Anies Baswedandi Kabupaten”)
    assert unglue_name("Anies Baswedandi Kabupaten Bogor", {"Baswedan": 2}) == "Anies Baswedan"
    assert unglue_name("Wismandari Wisnu", {"Wisman": 2}) == "Wismandari Wisnu"
    # a one-word name is not cut on that evidence alone
    assert unglue_name("Haalandproduktif", words) == "Haalandproduktif"


def test_a_name_ending_in_initials_is_no_body():
    people = People()
    assert not people.is_body("Fariz RM")
    assert not people.is_body("Mahfud MD")
    assert people.is_body("Bank BRI")
    assert people.is_body("PSSI")


def test_a_long_run_is_cut_only_at_a_short_name_of_nobody_else():
    from reader.core.quotes.cast import _trim_names

    text = "“Kami siap,” kata Prabowo. “Dua bulan,” sambung George. “Ya,” ujar Deddy."
    people = People()
    people.add_person("Prabowo Subianto", "Presiden")
    runs = [("Setia Prabowo George Edwin Sugiharto", "Sekretaris Jenderal"),
            ("Asia Tradepoint Futures Deddy Yusuf Siregar", "Analis")]
    _trim_names(text, people, {"Prabowo", "George", "Deddy"}, runs)
    # (“Prabowo” is Prabowo Subianto's: the cut waits for “George”)
    assert people.roles["George Edwin Sugiharto"] == "Sekretaris Jenderal Setia Prabowo"
    assert people.roles["Deddy Yusuf Siregar"] == "Analis Asia Tradepoint Futures"
    assert "Prabowo George Edwin Sugiharto" not in people.roles
