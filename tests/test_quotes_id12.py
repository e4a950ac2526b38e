"""Who said it, Indonesian classes of session 12 (helper id12, issue 9): round 100's
errors and read-overs of unlabelled Indonesian news; and (helper id12b) the review's
regressions of those rules (REVIEW12 R12-7, R12-16, R12-17, R12-19, R12-20).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. ``STAYS`` are neighbouring patterns that must
keep what they had.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import suggest

FIXED = [
    # a passive speech verb names its agent before the quotation: “Hal itu disampaikan
    # X” makes X the speaker “katanya” points to, not a capitalised word that opened an
    # earlier sentence before a speech verb, nor the speaker before
    ("Wisatawan kerap mengeluhkan pungutan liar.\nTermasuk mengeluhkan mahalnya harga "
     "makanan.\nHal tersebut diungkapkan Sekretaris Daerah Kabupaten Garut, Rudi Hartono "
     "disela-sela pembukaan pelatihan. \"Karena itu, menjadi tugas ASN untuk ramah kepada "
     "wisatawan,\" katanya.", "Karena itu", "Rudi Hartono"),
    ("Kepala SDN 3 Sukamaju, Lestari, menilai program itu membantu. \"Anak-anak jadi mau "
     "makan sayur,\" katanya.\nHal senada disampaikan Kepala SMPN 2 Sukamaju, Darmono. "
     "\"Menu kami sesuaikan bagi siswa yang alergi,\" jelasnya.", "Menu kami", "Darmono"),
    ("Santri kelas 3, Bagas Pratama, mengaku pusing usai makan. \"Menunya soto ayam,\" "
     "ungkapnya.\nKeluhan serupa disampaikan Rudi, pelajar kelas 2.\n\"Malamnya saya sakit "
     "perut,\" tandasnya.", "Malamnya saya", "Rudi"),
    ("Kenaikan harga juga diungkapkan pedagang sayur lainnya, Susanti. Ia menyebut bawang "
     "naik.\n\"Cabai naik semua,\" jelasnya.", "Cabai naik", "Susanti"),
    ("Menteri Pertanian Budi Santoso hadir di sana.\nHal ini diungkapkan oleh Ketua "
     "Presidium PPN Yanto Wibisono usai rapat dengan Menteri Pertanian Budi "
     "Santoso.\n\"Kami tidak mengambil harga tertinggi,\" kata dia.", "Kami tidak",
     "Yanto Wibisono"),
    # a place named after its kind (stadium, market, geopark, health centre) is no
    # person: not whom “katanya” points to, and no part of the name after it
    ("Gubernur Lampung Rahmat Hidayat mengatakan klub itu siap juara. Apalagi, Stadion "
     "Sumpah selesai direnovasi dan siap digunakan.\n\"Bersama Bhayangkara, kita akan "
     "menjadi klub terhebat,\" katanya.", "Bersama Bhayangkara", "Rahmat Hidayat"),
    ("Kepala KPPU Wilayah II Wahyu Bekti Anggoro menyoroti harga beras. Beras dijual ke "
     "pengecer Pasar Tradisional.\n\"Kami juga menilai rantai distribusi terlalu panjang,\" "
     "katanya.", "Kami juga", "Wahyu Bekti Anggoro"),
    ("Kepala Puskesmas Cibeber Suryadi mengatakan 28 siswa dirawat.\n\"Pasien datang sejak "
     "pagi,\" kata Suryadi.", "Pasien datang", "Suryadi"),
    ("Gubernur Jawa Barat Ahmad Heryawan meninjau Ciletuh. Geopark Nasional "
     "Ciletuh-Palabuhanratu akan dinilai UNESCO.\n\"Tim penilai datang Agustus,\" katanya.",
     "Tim penilai", "Ahmad Heryawan"),
    # a function word or a set opener before a name is no part of it (“Bagi Iyung, …”,
    # “Apakah Jeff Bezos …?”, “Sosok Bruno Fernandes …”), nor a one-word subject of its own
    ("Juru sembelih itu cekatan. Bagi Iyung, menyembelih hewan bukan pekerjaan musiman. "
     "\"Saya motong dari umur 17 tahun,\" kata Iyung.", "Saya motong", "Iyung"),
    ("Pajak orang kaya kembali ramai dibahas. Apakah Jeff Bezos menyadarinya? \"Kita sudah "
     "memiliki sistem pajak paling progresif,\" kata Bezos.", "Kita sudah", "Jeff Bezos"),
    ("Sosok Bruno Fernandes menjadi kunci tim musim ini.\n\"Saya tidak punya rahasia,\" "
     "kata Bruno.", "Saya tidak", "Bruno Fernandes"),
    ("Nama Kirana Larasati ramai dibicarakan setelah memecahkan rekor.\n\"Ponsel ini "
     "kelupaan di kantong,\" ujar Kirana.", "Ponsel ini", "Kirana Larasati"),
    ("Seorang pria memprotes menu yang dibagikan.\nTerlihat menu yang dipegang ada nasi dan "
     "sayur tauge.\n\"Tidak layak ini, tidak layak,\" ujarnya lagi.", "Tidak layak", ""),
    # “H.” (Haji) before a one-word name is a title, not the name's initial
    ("Sementara itu, Kabid PHU Kanwil Kemenag Lampung, H. Ansori, menegaskan perlindungan "
     "jemaah berlanjut.\n\"Kami terus memantau jemaah haji,\" ujarnya.\nAnsori "
     "menjelaskan jemaah itu pulang sendiri.", "Kami terus", "Ansori"),
    # a rank written with a full stop before the name keeps the office before it: “jelas
    # Wakapolres” later is that officer
    ("Dalam acara itu, Wakapolres Lampung Barat, Kompol. Samsuri, menjelaskan program "
     "itu.\n\"Kami menargetkan dapur selesai 45 hari,\" kata Kompol Samsuri.\nPolres juga "
     "menyalurkan sembako kepada warga.\n\"Bantuan ini bentuk kepedulian kami,\" jelas "
     "Wakapolres.", "Bantuan ini", "Samsuri"),
    # an office of one holder alone as the subject of a speech verb is its holder
    ("Acara itu dihadiri Bupati Sukabumi, Marwan Hamami, didampingi Sekretaris Daerah Iyos "
     "Somantri.\nMenurut Sekda, Iyos Somantri, kegiatan ini penting.\n\"Sinergi ini harus "
     "kita jaga,\" ungkapnya.\nSementara itu, Bupati menyatakan infrastruktur akan terus "
     "dibangun.\n\"Kita akan membangun jalan ke kawasan wisata,\" jelasnya.", "Kita akan",
     "Marwan Hamami"),
    # a group or unit named after its village, then a comma and the person; a role held
    # somewhere (“di kawasan …”, “di BRI Life”), then a comma and the person
    ("Wisatawan bisa naik perahu ke pulau itu. \"Sudah disediakan perahu wisata,\" ungkap "
     "Pokmasi Desa Mandrajaya, Opick Ariosantos kepada wartawan, Jumat (13/9/2019).",
     "Sudah disediakan", "Opick Ariosantos"),
    ("Kawasan itu punya banyak air terjun. \"Di sini ada 32 titik wisata,\" kata salah satu "
     "pemandu di kawasan Geopark Ciletuh, Galing saat ditemui di penginapan.", "Di sini",
     "Galing"),
    ("Imbal hasil obligasi naik tajam. \"Pasar obligasi memperingatkan soal inflasi,\" kata "
     "CEO di deVere Group, Nigel Green, dikutip dari CNN.", "Pasar obligasi", "Nigel Green"),
    # “salah seorang …”, “seorang …” between commas after a name (and an age) is an
    # apposition: the name is the subject of the speech verb after it
    ("Sebanyak 28 siswa SDN Wargasari mengalami gejala keracunan.\nIndah (34), salah seorang "
     "orang tua siswa, mengatakan anaknya mual sejak pagi.\n\"Setelah sampai rumah, "
     "muntahnya makin sering,\" tuturnya.", "Setelah sampai", "Indah"),
    ("Meta kembali melakukan PHK. Gary Tay, seorang AdTech Business Support Engineer di "
     "Meta, menulis bahwa ia masih melatih engineer baru.\n\"Hari ini, saya di-PHK,\" "
     "tulisnya.", "Hari ini", "Gary Tay"),
    # “bos” is a role (“kata bos Persib Adhitia Putra Herawan”, “ujar bos VR46 …”)
    ("Persib mengumumkan Barba sempat dirawat usai laga Persib di Bali.\n\"Barba pulang "
     "sementara ke negaranya,\" kata "
     "bos Persib Adhitia Putra Herawan, dikutip dari laman resmi klub.\n\"Kondisinya terus "
     "dipantau,\" ujar Adhitia.", "Barba pulang",
     "Adhitia Putra Herawan"),
    # a passive speech verb right after a full stop a scraper glued to the next sentence
    ("Penjualan apartemen turun, kata Steve Sudijanto.Hal senada juga disampaikan oleh Wakil "
     "Ketua REI Bambang Ekajaya. Ia mengatakan minat beli berkurang.\"Ya memang pasar "
     "properti agak berkurang,\" katanya.", "Ya memang", "Bambang Ekajaya"),
    # a Korean given name written with a hyphen is a name word (“Tae-yong”, “Du-seong”)
    ("Shin Tae-yong memuji kerja Nova di Piala Dunia U-17.\n\"Pelatih Nova sudah bekerja "
     "sangat keras,\" ujar Shin Tae-yong.", "Pelatih Nova", "Shin Tae-yong"),
    ("Posisi kedua diraih Hwang Du-seong (37). Ia sering bekerja shift malam.\n\"Saya "
     "benar-benar kelelahan,\" tutur Du-seong.", "Saya benar", "Hwang Du-seong"),
    # a one-word name set off by a comma, then “dari” and a unit named after its village
    ("Relawan Pokdarwis Desa Kelawi, Lucky Ardiasyah, menegaskan pentingnya keselamatan. "
     "\"Pengetahuan teknik penyelamatan sangat penting,\" ujarnya.\nSalah satu peserta, "
     "Erwin dari Destana Desa Maja, mengaku pelatihan ini bermanfaat. \"Saya jadi tahu cara "
     "berenang saat kelelahan,\" tuturnya.", "Saya jadi", "Erwin"),
    # REVIEW12 R12-19 (id12b): Indonesian openers and kinds of place are given names in
    # English text
    ("The novelist was at the festival. \"Writing this book nearly broke me as a person,\" "
     "said Hanya Yanagihara.", "Writing this", "Hanya Yanagihara"),
    ("The novelist Hanya Yanagihara spoke at the festival. \"Writing this book nearly broke "
     "me as a person,\" Yanagihara said.", "Writing this", "Hanya Yanagihara"),
    ("Soul singer Candi Staton returned to the stage. \"I never thought I would sing "
     "again,\" Staton said.", "I never", "Candi Staton"),
    ("Soul singer Candi Staton returned to the stage. \"I never thought I would sing "
     "again,\" said Candi Staton.", "I never", "Candi Staton"),
    ("Semua Kenda, a farmer, lost his crop in the flood. \"We have nothing left this "
     "year,\" Kenda said.", "We have", "Semua Kenda"),
    # R12-17 (id12b): after “<office> di <place>,” the place, a day, a city or a street is
    # nobody: the office's holder (or nobody) spoke
    ("Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi banjir di Cibinong. \"Kami sudah "
     "menyiagakan personel di semua titik rawan,\" kata Kapolres di Mapolres Bogor, Senin "
     "(3/3/2025).", "Kami sudah", "Rio Wahyu Anggoro"),
    ("Bupati Garut Rudy Gunawan meninjau pasar. \"Harga beras masih stabil sampai akhir bulan "
     "ini,\" ujar Bupati di Pendopo Garut, Rabu (5/3).", "Harga beras", "Rudy Gunawan"),
    ("Menteri Sosial Tri Rismaharini hadir dalam acara itu. \"Bantuan akan disalurkan "
     "langsung kepada keluarga penerima,\" ujar Mensos di Gedung Sate, Bandung.", "Bantuan",
     "Tri Rismaharini"),
    ("Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi banjir. \"Kami sudah menyiagakan "
     "personel di semua titik rawan,\" kata Kapolres di Cibinong, Senin (3/3/2025).",
     "Kami sudah", "Rio Wahyu Anggoro"),
    ("Kepala Dinas Kesehatan Garut Leli Yuliani memantau posko. \"Stok obat untuk pengungsi "
     "masih cukup,\" ujar Kadinkes di Kantor Dinkes Garut, Jalan Proklamasi.", "Stok obat",
     ""),
    # R12-20, R12-17 (id12b): an office or a body and the one region it serves is no person
    # named after the region (“Garut”); its holder in the cast, else nobody
    ("Bupati Garut Rudy Gunawan memimpin rapat. Hal itu disampaikan Badan Penanggulangan "
     "Bencana Daerah (BPBD) Garut. \"Kami meminta warga tetap waspada terhadap longsor,\" "
     "katanya.", "Kami meminta", "Rudy Gunawan"),
    ("Bupati Garut Rudy Gunawan meninjau pasar. \"Harga beras masih stabil sampai akhir bulan "
     "ini,\" ujar Bupati Garut.", "Harga beras", "Rudy Gunawan"),
    ("Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi banjir. \"Kami sudah menyiagakan "
     "personel di semua titik rawan,\" kata Kapolres Bogor di Cibinong, Senin (3/3/2025).",
     "Kami sudah", "Rio Wahyu Anggoro"),
    ("Warga mengungsi. \"Kami sudah menyiagakan personel di semua titik rawan,\" kata "
     "Kapolres Bogor di Cibinong, Senin (3/3/2025).", "Kami sudah", ""),
    # R12-16 (id12b): “Wakil Bupati” is the deputy, not the Bupati the article also names
    ("Wakil Bupati Sukabumi, Iyos Somantri, hadir. Bupati Sukabumi Marwan Hamami juga hadir. "
     "Sementara itu, Wakil Bupati menyatakan, \"Kami akan membangun kembali jembatan yang "
     "rusak itu.\"", "Kami akan", "Iyos Somantri"),
    # R12-7 (id12b): in Indonesian text “H.” (Haji) before a name of two words or more is a
    # title too (the label rule drops H., Hj., K.H.)
    ("Ketua panitia, H. Ahmad Dahlan, membuka acara itu di lapangan desa yang sudah disiapkan "
     "dengan baik. \"Kami berharap warga ikut menjaga kebersihan lingkungan,\" ujarnya.",
     "Kami berharap", "Ahmad Dahlan"),
    ("Ketua panitia H. Ahmad Dahlan membuka acara itu di lapangan desa yang sudah disiapkan "
     "dengan baik. \"Kami berharap warga ikut menjaga kebersihan lingkungan,\" kata Ahmad.",
     "Kami berharap", "Ahmad Dahlan"),
    # (a snippet too short to tell its language: only English text keeps “H.” as an initial)
    ("Ketua panitia, H. Ahmad Dahlan, membuka acara itu. \"Kami berharap warga ikut menjaga "
     "kebersihan lingkungan,\" ujarnya.", "Kami berharap", "Ahmad Dahlan"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED)
def test_fixed(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


STAYS = [
    # to whom it was passed on is nobody who spoke (“disampaikan ke Presiden …”)
    ("Menteri Sosial Saifullah Yusuf mengusulkan bantuan untuk lansia. Usulan ini telah "
     "disampaikan ke Presiden Prabowo Subianto.\n\"Kami masih mengusulkan kepada Bapak "
     "Presiden,\" ujar pria yang akrab disapa Gus Ipul tersebut.", "Kami masih",
     "Saifullah Yusuf"),
    # a lower-case word after the verb (no agent named), then a name later on
    ("Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit. Hal itu disampaikan "
     "menyusul wafatnya dr Rina Aprilia Sari di Jambi. \"Saya sangat berduka,\" kata "
     "Menkes.", "Saya sangat", "Budi Gunadi Sadikin"),
    # a speech reported by another speaker: the reporter is who speaks next
    ("Wakil Ketua DPP IKM, Defri Djamal, melapor ke polisi. Dia mengatakan ucapan itu "
     "disampaikan Abu Janda dalam pidato di luar negeri. \"Kami laporkan dengan dugaan "
     "ujaran kebencian,\" katanya.", "Kami laporkan", "Defri Djamal"),
    # the place's name ends where a person's name begins
    ("Direktur Utama Perumda Pasar Jaya Agus Himawan meninjau lokasi. \"Kami siapkan kios "
     "sementara,\" kata Agus.", "Kami siapkan", "Agus Himawan"),
    # a given name that is also a common word, written alone after a speech verb
    ("Sekretaris Jenderal ICF Jadi Rajagukguk mengatakan program latihan tetap berjalan. "
     "\"Jadi angka atletnya tetap,\" kata Jadi.", "Jadi angka", "Jadi Rajagukguk"),
    # an office many hold (judges) stays with the one who spoke
    ("Ketua majelis hakim Purwanto S Abdullah membacakan putusan. Hakim Agung Soesilo "
     "disebut dalam perkara itu.\n\"Terdakwa menemui Soesilo di Makassar,\" ujar "
     "Purwanto.\nHakim mengatakan uang itu tidak diserahkan.\n\"Uang itu dipakai untuk "
     "biaya film,\" ujarnya.", "Uang itu", "Purwanto S Abdullah"),
    # a middle initial is part of the name
    ("Ketua panitia Tonny H. Gultom membuka lomba itu. \"Ini ajang silaturahmi,\" kata "
     "Tonny.", "Ini ajang", "Tonny H. Gultom"),
    ("Penyerang Mohamed Salah mencetak dua gol. \"Kami bermain sangat baik,\" "
     "kata Salah.", "Kami bermain", "Mohamed Salah"),
    # (the same words in Indonesian text are still no names)
    ("Bagi Iyung, menyembelih hewan kurban adalah tradisi keluarga. \"Kami melakukannya "
     "setiap tahun,\" ujar Iyung.", "Kami melakukannya", "Iyung"),
    # (a name before “di”, or after the comma, is still the speaker)
    ("Rina hadir di sana. \"Kami akan membuka layanan pengaduan mulai pekan depan,\" ujar "
     "Rina di Balai Kota, Senin.", "Kami akan", "Rina"),
    ("Menteri Sosial Tri Rismaharini hadir. \"Bantuan akan disalurkan langsung,\" ujar Risma "
     "di Gedung Sate, Bandung.", "Bantuan", "Tri Rismaharini"),
    ("Wisatawan ramai datang. \"Pengunjung naik dua kali lipat sejak jalan diperbaiki,\" kata "
     "salah satu pemandu di kawasan Geopark Ciletuh, Galing.", "Pengunjung", "Galing"),
    ("Pasar saham goyah. \"Investor sebaiknya tidak panik menghadapi gejolak ini,\" kata CEO "
     "di deVere Group, Nigel Green.", "Investor", "Nigel Green"),
    ("Bupati Garut Rudy Gunawan memimpin rapat. \"Kami meminta warga tetap waspada,\" kata "
     "Kepala BPBD Garut, Satria Budi.", "Kami meminta", "Satria Budi"),
    ("Wali Kota Bogor Bima Arya meninjau posko. Informasi itu disampaikan Dinas Kesehatan "
     "(Dinkes) Kota Bogor. \"Stok obat untuk pengungsi masih cukup,\" katanya.", "Stok obat",
     "Bima Arya"),
    # (an initial in English text, before two name words, stays)
    ("The billionaire was in Dallas. \"We will not back down from this fight,\" said H. Ross "
     "Perot.", "We will", "H. Ross Perot"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STAYS)
def test_stays(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# R12-16 (id12b): an office alone (“Bupati menyatakan”) is its holder only when the article
# names one holder of it; with two (a joint visit) the guess stays marked
TWO_HOLDERS = [
    "Bupati Sukabumi, Marwan Hamami, dan Bupati Cianjur, Herman Suherman, meninjau lokasi "
    "banjir. Sementara itu, Bupati menyatakan, \"Kami akan membangun kembali jembatan yang "
    "rusak itu.\"",
    "Kapolres Bogor AKBP Rio Wahyu Anggoro dan Kapolres Cianjur AKBP Aszhari Kurniawan "
    "menggelar patroli bersama. Kapolres mengatakan, \"Kami menambah personel di jalur mudik "
    "tahun ini.\"",
]


@pytest.mark.parametrize("text", TWO_HOLDERS)
def test_two_holders_stay_marked(text: str) -> None:
    [quote] = [s for s in suggest(text) if s.kind == "quote"]
    assert quote.speaker_unsure
