"""Who said it, Indonesian classes of session 13 (helper id13c, issue 9): the errors of
rounds 131 and 133 (regional outlets; long BBC News Indonesia and KBR articles) and of
older dev rounds, and read-overs of unlabelled Indonesian news.

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. ``STAYS`` are neighbouring patterns that must
keep what they had.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import suggest

FIXED = [
    # an office word that only follows another (“Direktur Utama”, “Perdana Menteri”,
    # “Majelis Hakim”) is also an Indonesian name's last word: after a given name it ends
    # the name, not an office
    ("Peneliti dari Lembaga Kajian Publik, Andika Rizky Utama, mengatakan unjuk rasa itu "
     "bukan ledakan sesaat.\n\"Negara tidak lagi berpihak,\" kata Andika.", "Negara tidak",
     "Andika Rizky Utama"),
    ("Kapolrestabes Medan Kombes Bayu Perdana memastikan pelaku ditangkap.\n\"Pelaku kami "
     "jerat pasal berlapis,\" tegas Bayu.", "Pelaku kami", "Bayu Perdana"),
    ("\"Massa sempat mengejar pelaku,\" kata Kanit Reskrim Polsek Tebet, AKP Arif Rahman "
     "Hakim, Selasa (26/5/2026).", "Massa sempat", "Arif Rahman Hakim"),
    # an office read as a name word (“ucap Presiden.” vouches for “Presiden” as a name)
    # before a member's given name is that member, not a second person “Presiden Prabowo”
    ("Presiden Joko Santoso Wibowo dalam responsnya mengatakan aksi itu ditunggangi.\n"
     "Presiden Joko menemui ketua partai di Istana.\n\"Mereka dicabut dari keanggotaan "
     "DPR,\" kata Presiden Joko.\n\"Aspirasi bisa disampaikan secara damai,\" ucap "
     "Presiden.", "Mereka dicabut", "Joko Santoso Wibowo"),
    # a bare office after a comma opening the next clause is no apposition of the name
    # before it (“Saat menjenguk Fillio, Presiden menyapa …”: not Fillio's office)
    ("Presiden RI Joko Santoso menjenguk para korban di RSUD Koja.\n\nSaat menjenguk Rafi, "
     "Presiden menyapa dengan hangat.\n\n“Cepat sembuh ya,” ucap Presiden, memberi "
     "semangat kepada Rafi.", "Cepat sembuh", "Joko Santoso"),
    # a name's own end that reads like a prefixed verb (“-diansyah”, “-diningrat”,
    # “-dibrata”) is no verb a scraper glued to the name: “Trubus Rahadiansyah” was cut to
    # “Trubus Raha”
    ("Pakar kebijakan publik dari Universitas Trisakti Agus Sapardiansyah menilai "
     "pencabutan izin itu belum cukup.\n“Pemberlakuan aturan harus sama,” ujar Agus kepada "
     "wartawan.", "Pemberlakuan aturan", "Agus Sapardiansyah"),
    ("Sejarawan Bambang Suryadiningrat menyebut tradisi itu sudah berusia dua abad.\n"
     "\"Upacara ini dulu hanya untuk keluarga keraton,\" kata Bambang.",
     "Upacara ini", "Bambang Suryadiningrat"),
    # a social-media account right after a speech verb speaks (its handle is no word of
    # the article, so no name was read: nobody, or the last person named)
    ("Pelatih Arne Slot dikritik setelah timnya kalah.\n\"Mending ga lolos, evaluasi "
     "total,\" kata @ario_catur. \"Fokus rebuild saja,\" ujar @p_ragil.", "Mending ga",
     "@ario_catur"),
    ("Pelatih Arne Slot dikritik setelah timnya kalah.\n\"Mending ga lolos, evaluasi "
     "total,\" kata @ario_catur. \"Fokus rebuild saja,\" ujar @p_ragil.", "Fokus rebuild",
     "@p_ragil"),
    ("Warganet mengeluhkan aplikasi ojek daring yang eror.\n\"Saldo sudah terpotong,\" kata "
     "pengguna Twitter @yoyok_tea, Jumat (13/1).\nIa menyebut pengemudi juga bingung. "
     "\"Driver tidak bisa lihat peta,\" ujarnya.", "Driver tidak", "@yoyok_tea"),
    # office words before a name: “Inspektur” (a police rank), an English department
    # (“SVP Corporate Affairs Gojek Rubi W. Purnomo”)
    ("Polisi masih memeriksa barang bukti. Inspektur Rahmat Hidayat mengatakan: \"Skala "
     "kejahatannya belum pernah kami temui.\"", "Skala kejahatannya", "Rahmat Hidayat"),
    ("Warganet mengeluhkan aplikasi Gojek yang eror. Layanan Gojek pulih malam harinya.\n"
     "\"Kami langsung merespons hal ini,\" ucap SVP Corporate Affairs Gojek Rubi W. Purnomo "
     "kepada wartawan, Jumat (13/1).", "Kami langsung", "Rubi W. Purnomo"),
    # a person named inside what a speaker is reported to say, in the cue's own sentence
    # (“Sementara itu, lanjut Mutiara, Presiden … tidak kunjung …”) does not take the
    # next “pungkasnya”: the speaker does
    ("Aktivis Aliansi Perempuan Indonesia Mutiara Ika Pratiwi memimpin aksi itu.\n"
     "\"Belum menjadi perhatian pemerintah,\" ujarnya. Sementara di sisi lain, lanjut "
     "Mutiara, Presiden Joko Santoso Wibowo tidak kunjung memberi ketenangan. \"Saya merasa "
     "situasi ini akan menggerus demokrasi,\" pungkasnya.", "Saya merasa",
     "Mutiara Ika Pratiwi"),
    # a quotation that is its paragraph's only text, after a paragraph of narration whose
    # last sentence a named person opens with a speech verb or “berharap” (after a leading
    # phrase at most): that person's, a guess (marked)
    ("Tokoh adat Matias Wanma menolak tambang nikel di pulau itu.\n\"Yang kami dengar, "
     "mereka dijanjikan pekerjaan,\" katanya.\nDaripada pertambangan, Matias berharap "
     "pemerintah mengembangkan pariwisata.\n\"Pariwisata yang ramah lingkungan akan "
     "melindungi laut dan daratan.\"", "Pariwisata yang", "Matias Wanma"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED)
def test_fixed(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


STAYS = [
    # the office words where they are offices
    ("Direktur Utama PT Maju Jaya Budi Santoso menyebut laba naik.\n\"Kami tumbuh 12 "
     "persen,\" kata Budi.", "Kami tumbuh", "Budi Santoso"),
    ("\"Kami menghormati putusan itu,\" kata Perdana Menteri Malaysia Anwar Ibrahim.",
     "Kami menghormati", "Anwar Ibrahim"),
    ("Ketua Majelis Hakim Rudi Hartono membacakan putusan.\n\"Terdakwa terbukti bersalah,\" "
     "ujar Rudi.", "Terdakwa terbukti", "Rudi Hartono"),
    # an office word that is the person's given name, said alone (“kata Pangeran.”)
    ("Petinju pelatnas Pangeran Februzio menyatakan siap bertanding.\n\"Saya siap "
     "tempur,\" kata Pangeran.", "Saya siap", "Pangeran Februzio"),
    # an office in apposition after a comma stays the name's
    ("\"Permintaan naik dua kali lipat,\" kata Deny Tjia, Managing Director Green SM.\n"
     "\"Kami menambah armada,\" ujar Direktur itu.", "Kami menambah", "Deny Tjia"),
    # a verb glued to a name is still cut off (“Ariefmengatakan”, “Anungmenegaskan”)
    ("Ketua panitia Arief Santosomengatakan acara dimulai pukul 08.00.\n\"Kami siapkan 200 "
     "kursi,\" kata Arief.", "Kami siapkan", "Arief Santoso"),
    # a masked account is somebody unnamed
    ("Warganet memuji para pemain.\n\"Tetap bangga, Garuda,\" tulis akun @aba****.",
     "Tetap bangga", ""),
    # a person who posts on their account stays the speaker
    ("Menko Perekonomian Airlangga Hartarto menyampaikan duka cita.\n\"Semoga keluarga "
     "diberi ketabahan,\" ujar Airlangga lewat unggahan akun Instagram resminya "
     "(@airlangga_official), Selasa (26/5/2026).", "Semoga keluarga", "Airlangga Hartarto"),
    # a new subject in a sentence of its own after the speaker still takes “ujarnya”
    ("\"Kami siap bertanding,\" kata pelatih Budi Santoso. Ketua Umum PSSI Gede Widiade "
     "meminta suporter tertib.\n\"Jangan ada kerusuhan,\" ujarnya.", "Jangan ada",
     "Gede Widiade"),
    # not after a sentence a pronoun opens, nor one whose verb says nothing
    ("Pelatih Timur Kapadze ditemui di Tashkent.\nIa mengaku sedang mencari tantangan "
     "baru.\n\"Saya menantikan tantangan baru.\"", "Saya menantikan", ""),
    ("Tokoh adat Matias Wanma hadir di balai desa.\nMatias berjalan ke dermaga.\n"
     "\"Laut ini milik kami semua.\"", "Laut ini", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STAYS)
def test_stays(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_a_speaker_carried_from_the_narration_is_marked() -> None:
    """The paragraph-after-narration guess is offered for checking, never stored unmarked."""
    [text] = [t for t, opening, _ in FIXED if opening == "Pariwisata yang"]
    [quote] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith("Pariwisata")]
    assert quote.speaker == "Matias Wanma" and quote.speaker_unsure
