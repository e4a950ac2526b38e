# ruff: noqa: E501  (a table of messages: one source and its translation a line)
"""Indonesian for Kutip's interface, merged into resources/i18n/kutip_id.ts by tools/i18n.py.

Source text (English, as in the code) -> Indonesian, in the words of an Indonesian newsroom's
desktop software (Berkas, Sunting, Tampilan, Pustaka, Kutipan, Klaim, Sorotan…).
"""

ID = {
    "{suffix} file": "Berkas {suffix}",
    "File": "Berkas",
    "Legend": "Legenda",
    "Opening the article…": "Membuka artikel…",
    "Opening the library…": "Membuka pustaka…",
    "Not saved": "Tidak tersimpan",
    "Not saved last time": "Tidak tersimpan terakhir kali",
    "When Kutip last closed, what you typed in an annotation could not be saved; it was kept in these files:\n\n{typed}":
        "Saat Kutip terakhir ditutup, yang Anda ketik pada anotasi tidak dapat disimpan; teks itu ditulis ke berkas-berkas ini:\n\n{typed}",
    "Copy it to the clipboard and paste it where it belongs; then delete the files. Kept, they are offered again at the next start.":
        "Salin ke papan klip lalu tempelkan di tempatnya; setelah itu hapus berkas-berkasnya. Jika disimpan, berkas itu ditawarkan lagi saat Kutip dimulai berikutnya.",
    "Copied to the clipboard. Paste it where it belongs before you delete the files.":
        "Sudah disalin ke papan klip. Tempelkan di tempatnya sebelum Anda menghapus berkas-berkasnya.",
    "Delete the Files": "Hapus Berkas-berkasnya",
    "Keep for Later": "Simpan untuk Nanti",
    "What you typed in the annotation could not be saved, so it was copied to the clipboard:\n\n{typed}":
        "Yang Anda ketik pada anotasi tidak dapat disimpan, jadi disalin ke papan klip:\n\n{typed}",
    "What you typed in the annotation could not be saved, so it was copied to the clipboard and kept in the file {path}:\n\n{typed}":
        "Yang Anda ketik pada anotasi tidak dapat disimpan, jadi disalin ke papan klip dan ditulis ke berkas {path}:\n\n{typed}",
    "Your edited text was copied to the clipboard: open the editor again and paste it there, or compare it with the article as it is now.":
        "Teks suntingan Anda disalin ke papan klip: buka lagi penyunting lalu tempelkan di sana, atau bandingkan dengan artikel sebagaimana sekarang.",
    "Keeping a copy of what Kutip had of the library whose file was replaced…":
        "Menyimpan salinan isi pustaka yang dibuka Kutip, yang berkasnya telah diganti…",
    "Counts": "Jumlah",
    "Annotations": "Anotasi",
    "Who said it": "Siapa bicara",
    "tags, comma-separated (framing/threat)": "label, pisah koma (framing/ancaman)",
    "Note, evidence, context…": "Catatan, bukti, konteks…",
    "Delete": "Hapus",
    "Delete this annotation (Delete key)": "Hapus anotasi ini (tombol Delete)",
    "Re-attach to Selection": "Tempelkan ke Pilihan",
    "Place this annotation on the text selected in the article":
        "Tempatkan anotasi ini pada teks yang dipilih di artikel",
    "&Kind": "&Jenis",
    "&Speaker": "&Narasumber",
    "&Tags": "&Label",
    "&Verdict": "&Putusan",
    "&Note": "&Catatan",
    "To tag, select text in the article and press Q for a quote, C for a claim or H for a "
    "highlight.":
        "Untuk menandai, pilih teks di artikel lalu tekan Q untuk kutipan, C untuk klaim, "
        "atau H untuk sorotan.",
    "Annotations — {summary}": "Anotasi — {summary}",
    "none yet": "belum ada",
    " · {n} without text": " · {n} tanpa teks",
    "⚠ This annotation's text is no longer in the article. Select the text it belongs to and "
    "use “Re-attach” to place it again.":
        "⚠ Teks anotasi ini sudah tidak ada di artikel. Pilih teks yang dimaksud lalu gunakan "
        "“Tempelkan” untuk menempatkannya lagi.",
    "The article changed; this annotation was placed again by a close match.":
        "Artikel berubah; anotasi ini ditempatkan ulang pada teks yang paling mirip.",
    "Statement": "Pernyataan",
    "Speaker": "Narasumber",
    "Outlets": "Media",
    "Versions": "Versi",
    "First seen": "Pertama terlihat",
    "New collection": "Koleksi baru",
    "Name of the study or story:": "Nama kajian atau liputan:",
    "Rename collection": "Ganti nama koleksi",
    "New name:": "Nama baru:",
    "Delete collection": "Hapus koleksi",
    "Delete this collection?": "Hapus koleksi ini?",
    "Its articles stay in the library. You can undo this with Ctrl+Z.":
        "Artikelnya tetap ada di pustaka. Anda dapat mengurungkannya dengan Ctrl+Z.",
    "New collection…": "Koleksi baru…",
    "Add to collection": "Tambahkan ke koleksi",
    "Collection:": "Koleksi:",
    "Add to collection “{name}”": "Tambahkan ke koleksi “{name}”",
    "Collections": "Koleksi",
    "1 quote": "1 kutipan",
    "{n} quotes": "{n} kutipan",
    "1 claim": "1 klaim",
    "{n} claims": "{n} klaim",
    "1 highlight": "1 sorotan",
    "{n} highlights": "{n} sorotan",
    "Find in article": "Cari di artikel",
    "Previous match (Shift+Enter)": "Hasil sebelumnya (Shift+Enter)",
    "Next match (Enter)": "Hasil berikutnya (Enter)",
    "Close (Esc)": "Tutup (Esc)",
    "Find:": "Cari:",
    "left out": "dihilangkan",
    "added": "ditambahkan",
    "the reference version": "versi acuan",
    "changed": "diubah",
    "misspelt; the reference version has “{word}”": "salah eja; versi acuan menulis “{word}”",
    # -- Qt's own words in the window (dock and tab buttons)
    "Float": "Lepaskan",
    "Scroll Left": "Gulir ke Kiri",
    "Scroll Right": "Gulir ke Kanan",
    # -- undo steps (the Edit menu says "Urungkan …"), summaries, export, feeds, imports
    "(text not found)": "(teks tidak ditemukan)",
    "(re-anchored)": "(ditempatkan ulang)",
    "Inferred: the story says {given} without a year; the weekday it gives fits only {year} among the years it mentions.":
        "Disimpulkan: berita menyebut {given} tanpa tahun; hari yang disebutkannya hanya cocok dengan {year} di antara tahun-tahun yang disebut.",
    "The story gives only {given}, without a year.": "Berita hanya menyebut {given}, tanpa tahun.",
    "tag {kind}": "tandai {kind}",
    "tag {kind} “{text}”": "tandai {kind} “{text}”",
    "kind": "jenis",
    "speaker": "narasumber",
    "tags": "label",
    "verdict": "putusan",
    "note": "catatan",
    "span": "rentang",
    "edit {fields} of “{text}”": "sunting {fields} pada “{text}”",
    " and ": " dan ",
    "delete {kind} “{text}”": "hapus {kind} “{text}”",
    "re-attach {kind} “{text}”": "tempelkan ulang {kind} “{text}”",
    "title": "judul",
    "source": "sumber",
    "authors": "penulis",
    "editor": "penyunting",
    "url": "URL",
    "dateline": "dateline",
    "published": "tanggal terbit",
    "language": "bahasa",
    "photo credit": "kredit foto",
    "Edit article {fields}": "Sunting artikel: {fields}",
    "collections": "koleksi",
    "Delete article “{title}”": "Hapus artikel “{title}”",
    "Delete collection “{name}”": "Hapus koleksi “{name}”",
    "New collection “{name}”": "Koleksi baru “{name}”",
    "Rename collection “{old}” to “{new}”": "Ganti nama koleksi “{old}” menjadi “{new}”",
    "Remove from collection “{name}”": "Keluarkan dari koleksi “{name}”",
    "edit article text": "sunting teks artikel",
    "Rename speaker {old} to {new}": "Ganti nama narasumber {old} menjadi {new}",
    "Describe speaker {name}": "Keterangan narasumber {name}",
    "Add alias {alias} of {name}": "Tambah nama lain {alias} untuk {name}",
    "Remove alias {alias} of {name}": "Buang nama lain {alias} dari {name}",
    "Merge speaker {source} into {target}": "Gabungkan narasumber {source} ke {target}",
    "accept {kind} “{text}”": "terima {kind} “{text}”",
    "accept 1 suggestion": "terima 1 saran",
    "accept {n} suggestions": "terima {n} saran",
    "dismiss {kind} “{text}”": "abaikan {kind} “{text}”",
    "New tag {name}": "Label baru {name}",
    "Rename tag {old} to {new}": "Ganti nama label {old} menjadi {new}",
    "Recolour tag {name}": "Ganti warna label {name}",
    "Delete tag {name}": "Hapus label {name}",
    "Merge tag {source} into {target}": "Gabungkan label {source} ke {target}",
    "A tag cannot be merged into itself.": "Label tidak dapat digabungkan ke dirinya sendiri.",
    "“{name}” cannot be merged into a tag nested under it.":
        "“{name}” tidak dapat digabungkan ke label yang bersarang di bawahnya.",
    "“{new}” already exists; merge “{child}” into it first.":
        "“{new}” sudah ada; gabungkan dulu “{child}” ke dalamnya.",
    "{date} [inferred]": "{date} [disimpulkan]",
    "{date} [no year]": "{date} [tanpa tahun]",
    "Unexpected error: {error}": "Galat tak terduga: {error}",
    "Markdown (*.md);;All files (*)": "Markdown (*.md);;Semua berkas (*)",
    "CSV (*.csv);;All files (*)": "CSV (*.csv);;Semua berkas (*)",
    "JSON (*.json *.jsonld);;All files (*)": "JSON (*.json *.jsonld);;Semua berkas (*)",
    "Reading annotations": "Membaca anotasi",
    "Writing the export": "Menulis ekspor",
    "Writing the articles": "Menulis artikel",
    "Writing the annotations": "Menulis anotasi",
    "Writing the articles…": "Menulis artikel…",
    "This article: {title}": "Artikel ini: {title}",
    "The search and filter result ({what})": "Hasil pencarian dan saringan ({what})",
    "Shipped: {name}": "Bawaan: {name}",
    "File: {name}": "Berkas: {name}",
    "Copied to {path}; edit it and the preview follows.":
        "Disalin ke {path}; sunting berkas itu dan pratinjau mengikutinya.",
    "Preview of the first {n} annotations; the export has them all.":
        "Pratinjau {n} anotasi pertama; ekspornya memuat semuanya.",
    "Preview: 1 annotation in 1 article.": "Pratinjau: 1 anotasi dalam 1 artikel.",
    "Preview: {n} annotations in 1 article.": "Pratinjau: {n} anotasi dalam 1 artikel.",
    "Preview: 1 annotation in {articles} articles.": "Pratinjau: 1 anotasi dalam {articles} artikel.",
    "Preview: {n} annotations in {articles} articles.": "Pratinjau: {n} anotasi dalam {articles} artikel.",
    "The file starts with a BOM.": "Berkas diawali BOM.",
    "Template error: {error}": "Galat templat: {error}",
    "The export could not be made:": "Ekspor tidak dapat dibuat:",
    "Copied {n} characters to the clipboard.": "{n} karakter disalin ke papan klip.",
    "Saved {path}": "Tersimpan di {path}",
    "a collection": "sebuah koleksi",
    "tag": "label",
    "coder": "pengode",
    "never": "belum pernah",
    "Last refresh failed: {error}": "Penyegaran terakhir gagal: {error}",
    "Added {title}. Press Refresh to bring in its articles.":
        "{title} ditambahkan. Tekan Segarkan untuk mengambil artikelnya.",
    "Stop following {names}?": "Berhenti mengikuti {names}?",
    "No longer following {names}.": "Tidak lagi mengikuti {names}.",
    "Articles and documents ({patterns});;PDF (*.pdf);;Word and OpenDocument (*.docx *.odt);;EPUB (*.epub);;E-mail (*.eml);;All files (*)":
        "Artikel dan dokumen ({patterns});;PDF (*.pdf);;Word dan OpenDocument (*.docx *.odt);;EPUB (*.epub);;Surel (*.eml);;Semua berkas (*)",
    "Import cancelled": "Impor dibatalkan",
    "Import finished": "Impor selesai",
    "{label}: {n}": "{label}: {n}",
    "Failed": "Gagal",
    "… and {n} more (see the details)": "… dan {n} lagi (lihat rinciannya)",
    "{label}: {name} (article {id})": "{label}: {name} (artikel {id})",
    "Note": "Catatan",
    "Importing {n} of {total}: {name}": "Mengimpor {n} dari {total}: {name}",
    "Downloading {url}…": "Mengunduh {url}…",
    "The library file is damaged": "Berkas pustaka rusak",
    "Kutip cannot open the library": "Kutip tidak dapat membuka pustaka",
    "Kept when the library file was replaced while open:": "Disimpan saat berkas pustaka diganti ketika terbuka:",
    "what Kutip had when it closed": "isi yang dibuka Kutip saat ditutup",
    "the new file as read with the replaced one's journal": "berkas baru yang terbaca bersama jurnal berkas yang digantikan",
    "To bring a copy's work in: open it (File → Open Library…), File → Exchange → Export Library File…, then open this library again and File → Exchange → Merge Library File…":
        "Untuk memasukkan hasil kerja sebuah salinan: buka salinannya (Berkas → Buka Pustaka…), Berkas → Pertukaran → Ekspor Berkas Pustaka…, lalu buka lagi pustaka ini dan Berkas → Pertukaran → Gabungkan Berkas Pustaka…",
    "Someone used the collection “{name}” since (filed articles in it, coded it blind or renamed it); it was left as they made it.":
        "Seseorang memakai koleksi “{name}” sejak itu (memasukkan artikel ke dalamnya, mengodenya secara tersamar, atau mengganti namanya); koleksi dibiarkan seperti yang mereka buat.",
    "“{name}” names another speaker since (someone renamed or merged the one meant here); its aliases were left as they are.":
        "“{name}” sudah menjadi nama narasumber lain sejak itu (seseorang mengganti nama atau menggabungkan narasumber yang dimaksud di sini); nama lainnya dibiarkan apa adanya.",
    "Someone renamed or merged the speaker “{name}” since; it was left as they made it.":
        "Seseorang mengganti nama atau menggabungkan narasumber “{name}” sejak itu; narasumber dibiarkan seperti yang mereka buat.",
    "A speaker's description may be at most {limit:,} characters long; this one has {length:,}.":
        "Deskripsi narasumber paling panjang {limit:,} karakter; yang ini {length:,}.",
    "Someone changed the tag “{name}” since (renamed it, tagged with it, or made a tag under it); it was left as they made it.":
        "Seseorang mengubah label “{name}” sejak itu (mengganti namanya, memakainya, atau membuat label di bawahnya); label dibiarkan seperti yang mereka buat.",
    "Someone changed the article “{title}” since (annotated it, edited it or filed it); it was left as they made it.":
        "Seseorang mengubah artikel “{title}” sejak itu (menganotasinya, menyuntingnya, atau memasukkannya ke koleksi); artikel dibiarkan seperti yang mereka buat.",
    "Someone changed the speaker “{name}” since (quoted, renamed or described them, or gave them an alias); they were left as they made them.":
        "Seseorang mengubah narasumber “{name}” sejak itu (mengutipnya, mengganti nama atau deskripsinya, atau memberinya nama lain); narasumber dibiarkan seperti yang mereka buat.",
    "Merged:": "Digabungkan:",
    "Dry run, nothing written. Merging would give:":
        "Uji coba, tidak ada yang ditulis. Penggabungan akan menghasilkan:",
    "articles: {added} added, {present} already here": "artikel: {added} ditambahkan, {present} sudah ada di sini",
    "annotations: {added} added, {updated} updated, {deleted} deleted, {skipped} skipped, {conflicts} in conflict":
        "anotasi: {added} ditambahkan, {updated} diperbarui, {deleted} dihapus, {skipped} dilewati, {conflicts} berkonflik",
    "tags: {tags} added; speakers: {speakers} added ({aliases} aliases); coders: {coders} added; collections: {collections} added ({memberships} memberships)":
        "label: {tags} ditambahkan; narasumber: {speakers} ditambahkan ({aliases} nama lain); pengode: {coders} ditambahkan; koleksi: {collections} ditambahkan ({memberships} keanggotaan)",
    "coded blind in the file: {blinded} collections coded blind here too, {kept} left as they are here (blind coding turned off here later)":
        "dikode tersamar di berkas: {blinded} koleksi juga dikode tersamar di sini, {kept} dibiarkan seperti di sini (pengodean tersamar dimatikan di sini belakangan)",
    "{path} was not written: its {size} MB of repeated text compress so well that Kutip would take the file for a zip bomb, and stored as it is it would be over {packed} MB. Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.":
        "{path} tidak ditulis: {size} MB teksnya yang berulang termampatkan begitu baik sehingga Kutip akan menganggap berkas itu bom zip, dan bila disimpan apa adanya ukurannya akan lebih dari {packed} MB. Ekspor satu koleksi setiap kali (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.",
    "{n} speakers merged into another here as in the file's library (their quotes and names go to the one kept)":
        "{n} narasumber digabungkan ke narasumber lain di sini seperti di pustaka berkas (kutipan dan namanya pindah ke yang dipertahankan)",
    "{n} speakers split off again as in the file's library (it undid the merge this library had taken from it)":
        "{n} narasumber dipisahkan lagi seperti di pustaka berkas (pustaka itu membatalkan penggabungan yang telah diambil pustaka ini darinya)",
    "{n} speakers renamed as in the file's library (renamed there later; the old names kept as aliases)":
        "{n} narasumber diganti namanya seperti di pustaka berkas (diganti di sana belakangan; nama lamanya disimpan sebagai nama lain)",
    "{n} texts changed in the file's library kept here: the file's is no version of the text here (another story, or a much shorter copy)":
        "{n} teks yang diubah di pustaka berkas dipertahankan di sini: teks berkas bukan versi dari teks di sini (berita lain, atau salinan yang jauh lebih pendek)",
    "blind coding turned off in the file's library later: {n} collections no longer coded blind here":
        "pengodean tersamar dimatikan belakangan di pustaka berkas: {n} koleksi tidak lagi dikode tersamar di sini",
    "{refused} collections coded blind in the file not coded blind here: your login may not code a collection blind (an editor can)":
        "{refused} koleksi yang dikode tersamar di berkas tidak dikode tersamar di sini: login Anda tidak boleh mengode koleksi secara tersamar (penyunting boleh)",
    "coded blind in the file: {blinded} collections coded blind here too, {refused} not (your login may not code a collection blind: an editor can)":
        "dikode tersamar di berkas: {blinded} koleksi juga dikode tersamar di sini, {refused} tidak (login Anda tidak boleh mengode koleksi secara tersamar: penyunting boleh)",
    "texts edited on one side: {replaced} replaced by the file's newer version, {kept} kept here (the file's is older); edited in both: {both}, kept here (the file's annotations placed in the texts kept; {orphaned} could not be placed)":
        "teks yang disunting di satu pihak: {replaced} diganti versi berkas yang lebih baru, {kept} dipertahankan di sini (versi berkas lebih lama); disunting di kedua pihak: {both}, dipertahankan di sini (anotasi berkas ditempatkan di teks yang dipertahankan; {orphaned} tidak dapat ditempatkan)",
    "articles deleted in the file's library: {deleted} deleted here too, {kept} kept here (changed or annotated here since{titles})":
        "artikel yang dihapus di pustaka berkas: {deleted} juga dihapus di sini, {kept} dipertahankan di sini (diubah atau dianotasi di sini sejak itu{titles})",
    "{n} of the articles deleted in the file's library not deleted here: your login may not delete articles (an editor can)":
        "{n} artikel yang dihapus di pustaka berkas tidak dihapus di sini: login Anda tidak boleh menghapus artikel (penyunting boleh)",
    "articles deleted here: {left} left deleted, {back} back (changed or annotated in the file's library since, or put back there{titles})":
        "artikel yang dihapus di sini: {left} tetap terhapus, {back} kembali (diubah atau dianotasi di pustaka berkas sejak itu, atau dikembalikan di sana{titles})",
    "left as changed here later (the file holds the older state): {names} names (renamed here), {members} memberships (taken out of the collection here), {aliases} aliases (taken away here)":
        "dibiarkan seperti diubah di sini belakangan (berkas memuat keadaan yang lebih lama): {names} nama (diganti di sini), {members} keanggotaan (dikeluarkan dari koleksi di sini), {aliases} nama lain (dicabut di sini)",
    "{n} tags or collections renamed as in the file (renamed there later)":
        "{n} label atau koleksi diganti namanya seperti di berkas (diganti di sana belakangan)",
    "article details: {updated} updated from the file, {both} changed in both (kept here)":
        "detail artikel: {updated} diperbarui dari berkas, {both} berubah di kedua pihak (dipertahankan di sini)",
    "{articles} article(s) and {annotations} annotation(s) written": "{articles} artikel dan {annotations} anotasi ditulis",
    "Someone used the tag “{name}” since (on annotations, or a tag nested under it); it was left as they made it.":
        "Seseorang memakai label “{name}” sejak itu (pada anotasi, atau label yang bersarang di bawahnya); label dibiarkan seperti yang mereka buat.",
    "“{name}” is another tag since (someone deleted or renamed the one renamed here and made this one); it was left as it is.":
        "“{name}” sudah menjadi label lain sejak itu (seseorang menghapus atau mengganti nama label yang diganti namanya di sini, lalu membuat yang ini); label dibiarkan apa adanya.",
    "{n} file(s) left out, of a type Kutip does not import ({types}); it imports {supported}":
        "{n} berkas dilewati, jenisnya tidak diimpor Kutip ({types}); Kutip mengimpor {supported}",
    "{n} annotation(s) made on the edited text since could not be placed in the text put back: they are kept with their words, to re-attach.":
        "{n} anotasi yang dibuat pada teks suntingan sejak itu tidak dapat ditempatkan pada teks yang dikembalikan: anotasi disimpan bersama kata-katanya, untuk ditempelkan lagi.",
    "The server has a login {login!r} already (another team's member, or another person's); to make it a member here, add it with --existing (its password is left as it is). Nothing was changed.":
        "Server sudah memiliki login {login!r} (anggota tim lain, atau milik orang lain); untuk menjadikannya anggota di sini, tambahkan dengan --existing (kata sandinya dibiarkan). Tidak ada yang diubah.",
    "{login!r} is a group role of the server (a team's role, not a person's login); nothing was changed.":
        "{login!r} adalah peran grup di server (peran sebuah tim, bukan login seseorang); tidak ada yang diubah.",
    "{login!r} is the server's administrator or the owner of this library, who may do everything already; nothing was changed.":
        "{login!r} adalah administrator server atau pemilik pustaka ini, yang sudah boleh melakukan apa saja; tidak ada yang diubah.",
    "not a readable gzip file (the name ends in .gz)":
        "bukan berkas gzip yang dapat dibaca (namanya berakhiran .gz)",
    "file too large once unpacked (over {limit})":
        "berkas terlalu besar setelah dibuka (lebih dari {limit})",
    "Kept {n} of the merged annotations: someone changed them since (a speaker, a note, tags), and their work stays.":
        "{n} anotasi hasil penggabungan dibiarkan: seseorang mengubahnya sejak itu (narasumber, catatan, label), dan hasil kerja mereka tetap ada.",
    "Kept {n} of the merged articles: someone worked on them since (annotated, edited, filed them in a collection or dismissed suggestions), and that work stays.":
        "{n} artikel hasil penggabungan dibiarkan: seseorang mengerjakannya sejak itu (menganotasi, menyunting, memasukkannya ke koleksi, atau mengabaikan saran), dan hasil kerja itu tetap ada.",
    "Kept the details of {n} article(s) as someone changed them since the merge (a title, a byline, a date …); the rest of what the merge changed was taken back.":
        "Rincian {n} artikel dibiarkan seperti yang diubah seseorang sejak penggabungan (judul, penulis, tanggal …); selebihnya yang diubah penggabungan sudah dikembalikan.",
    "Kept the merged newer text of {n} article(s): someone annotated it since, on those words.":
        "Teks baru hasil penggabungan pada {n} artikel dibiarkan: seseorang menganotasinya sejak itu, pada kata-kata tersebut.",
    "Kept {n} of them: someone else changed them since (a speaker, a note, tags), and their work stays.":
        "{n} di antaranya dibiarkan: orang lain mengubahnya sejak itu (narasumber, catatan, label), dan hasil kerja mereka tetap ada.",
    "Kept the speaker “{name}”: someone described them, gave them an alias or made them anew since.":
        "Narasumber “{name}” dibiarkan: seseorang memberinya deskripsi atau nama lain, atau membuatnya lagi, sejak itu.",
    "Someone else described “{name}” otherwise since; it was left as they wrote it.":
        "Orang lain mengubah deskripsi “{name}” sejak itu; deskripsinya dibiarkan seperti yang mereka tulis.",
    "The library file was replaced while open": "Berkas pustaka diganti saat terbuka",
    "Another program put a different file where this library was while Kutip had it open. What Kutip had, with its latest changes, is kept in {path}; the file now in the library's place was left as it is.":
        "Program lain menaruh berkas lain di tempat pustaka ini saat dibuka Kutip. Isi yang dibuka Kutip, dengan perubahan terakhirnya, disimpan di {path}; berkas yang kini ada di tempat pustaka dibiarkan apa adanya.",
    "The details were written to {path}.": "Rinciannya ditulis ke {path}.",
    "Something went wrong": "Terjadi kesalahan",
    "Kutip met an unexpected error: {error}.": "Kutip mengalami galat tak terduga: {error}.",
    "delete this article": "hapus artikel ini",
    "delete these {n} articles": "hapus {n} artikel ini",
    "All collections": "Semua koleksi",
    "Re-attached to “{text}”": "Ditempelkan ulang pada “{text}”",
    "1 annotation could not be placed in the new text. It is listed greyed at the end of the annotation pane: select it, select its text in the article and press “Re-attach to Selection”. Undo (Ctrl+Z) restores the old text.":
        "1 anotasi tidak dapat ditempatkan di teks baru. Anotasi itu tercantum kelabu di akhir panel anotasi: pilih anotasinya, pilih teksnya di artikel, lalu tekan “Tempelkan ke Pilihan”. Urungkan (Ctrl+Z) mengembalikan teks lama.",
    "{n} annotations could not be placed in the new text. They are listed greyed at the end of the annotation pane: select one, select its text in the article and press “Re-attach to Selection”. Undo (Ctrl+Z) restores the old text.":
        "{n} anotasi tidak dapat ditempatkan di teks baru. Semuanya tercantum kelabu di akhir panel anotasi: pilih satu, pilih teksnya di artikel, lalu tekan “Tempelkan ke Pilihan”. Urungkan (Ctrl+Z) mengembalikan teks lama.",
    "1 speaker": "1 narasumber",
    "{n} speakers": "{n} narasumber",
    "Merge “{source}” into “{target}”?": "Gabungkan “{source}” ke “{target}”?",
    "“{source}” becomes an alias of “{target}” and its annotations move to it. Undo (Ctrl+Z) splits them again.":
        "“{source}” menjadi nama lain “{target}” dan anotasinya pindah ke sana. Urungkan (Ctrl+Z) memisahkannya lagi.",
    "speaker unknown": "narasumber tidak diketahui",
    "Speaker {confidence}: {reason}.": "Narasumber {confidence}: {reason}.",
    "{kind} suggested ({reason}); confidence {confidence}.": "{kind} disarankan ({reason}); keyakinan {confidence}.",
    "Enter accepts, Delete dismisses.": "Enter menerima, Delete mengabaikan.",
    "unknown": "tidak diketahui",
    "(unsure)": "(belum pasti)",
    "Suggested {kind}: {text}. Speaker: {speaker}.": "Saran {kind}: {text}. Narasumber: {speaker}.",
    "(unsure {confidence}: check)": "(belum pasti {confidence}: periksa)",
    "Could not find suggestions: {error}": "Tidak dapat mencari saran: {error}",
    "Accepted {kind}: “{text}” by {speaker}": "Diterima, {kind}: “{text}” oleh {speaker}",
    "Accepted {kind}: “{text}”": "Diterima, {kind}: “{text}”",
    "Accepted {n} suggestions. Ctrl+Z undoes.": "{n} saran diterima. Ctrl+Z mengurungkan.",
    "Accepted 1 suggestion. Ctrl+Z undoes.": "1 saran diterima. Ctrl+Z mengurungkan.",
    "Accepted {n} of {total} suggestions. Ctrl+Z undoes them.":
        "{n} dari {total} saran diterima. Ctrl+Z mengurungkannya.",
    "Accept All": "Terima Semua",
    "Accepting {n} suggestions…": "Menerima {n} saran…",
    "{n} of {total} suggestions were accepted (Ctrl+Z undoes them); the rest were not: {error}":
        "{n} dari {total} saran diterima (Ctrl+Z mengurungkannya); sisanya tidak: {error}",
    "{n} imported": "{n} diimpor",
    "{n} already present": "{n} sudah ada",
    "{n} updated": "{n} diperbarui",
    "{n} failed": "{n} gagal",
    "(cancelled)": "(dibatalkan)",
    "1 feed read": "1 umpan dibaca",
    "{n} feeds read": "{n} umpan dibaca",
    "{n} more new items wait for the next refresh": "{n} butir baru lainnya menunggu penyegaran berikutnya",
    "The text is unchanged.": "Teksnya tidak berubah.",
    "{n} kept": "{n} tetap",
    "{n} moved": "{n} bergeser",
    "{n} re-anchored (please check)": "{n} ditempatkan ulang (mohon periksa)",
    "{n} could not be placed": "{n} tidak dapat ditempatkan",
    "Text replaced; annotations: {parts}.": "Teks diganti; anotasi: {parts}.",
    "{imported} imported, {present} already present, {orphaned} orphaned, {unmatched} unmatched.":
        "{imported} diimpor, {present} sudah ada, {orphaned} tanpa teks, {unmatched} tanpa artikel.",
    "1 annotation": "1 anotasi",
    "{n} annotations": "{n} anotasi",
    "Name of the new tag under “{parent}”:": "Nama label baru di bawah “{parent}”:",
    "Name of the new tag:": "Nama label baru:",
    "Move tag {name} to {parent}": "Pindahkan label {name} ke {parent}",
    "Move tag {name} to the top level": "Pindahkan label {name} ke tingkat teratas",
    "Merge “{source}” into (its annotations get that tag):": "Gabungkan “{source}” ke (anotasinya mendapat label itu):",
    "Delete the tag “{name}”?": "Hapus label “{name}”?",
    "1 annotation uses it; the annotations stay, only the tag is removed from them.":
        "1 anotasi memakainya; anotasinya tetap ada, hanya labelnya yang dilepas.",
    "{n} annotations use it; the annotations stay, only the tag is removed from them.":
        "{n} anotasi memakainya; anotasinya tetap ada, hanya labelnya yang dilepas.",
    "The tag nested under it goes too (used {uses}×).":
        "Label yang bersarang di bawahnya ikut terhapus (dipakai {uses}×).",
    "The {n} tags nested under it go too (used {uses}×).":
        "{n} label yang bersarang di bawahnya ikut terhapus (dipakai {uses}×).",
    "You can undo this.": "Anda dapat mengurungkannya.",
    "Edit text — {title}": "Sunting teks — {title}",
    "Annotations are placed again after the edit. One whose text you change is placed by a close match (and marked to check); one whose text you delete keeps its quote and can be re-attached.":
        "Anotasi ditempatkan lagi setelah penyuntingan. Anotasi yang teksnya Anda ubah ditempatkan pada teks yang paling mirip (dan ditandai untuk diperiksa); anotasi yang teksnya Anda hapus tetap menyimpan kutipannya dan dapat ditempelkan ulang.",
    "Change the article's text. Its details (title, source…) are under Article Details.":
        "Ubah teks artikel. Rinciannya (judul, sumber…) ada di Rincian Artikel.",
    "1 version": "1 versi",
    "{n} versions": "{n} versi",
    "in 1 outlet": "di 1 media",
    "in {n} outlets": "di {n} media",
    "unnamed outlet": "media tanpa nama",
    "(articles without a source count as an outlet only when no other names one)":
        "(artikel tanpa sumber dihitung sebagai media hanya bila tak ada artikel lain yang"
        " menyebut medianya)",
    "earliest: {source} ({date})": "paling awal: {source} ({date})",
    "earliest": "paling awal",
    "reference": "acuan",
    "{name} (suggested)": "{name} (saran)",
    "also annotated as {ids}": "juga dianotasi sebagai {ids}",
    "part annotated as {ids}": "sebagian dianotasi sebagai {ids}",
    "speaker not named": "narasumber tidak disebut",
    "speaker: working out…": "narasumber: sedang dicari…",
    "working out…": "sedang dicari…",
    "part annotated as #{id} — {speaker}: “{words}”":
        "sebagian dianotasi sebagai #{id} — {speaker}: “{words}”",
    "No other outlet's version of this statement is in the library yet: import another article "
    "that quotes it and it appears here, with what that outlet changed.":
        "Belum ada versi pernyataan ini dari media lain di pustaka: impor artikel lain yang"
        " mengutipnya, dan versi itu muncul di sini beserta apa yang diubah media tersebut.",
    "Another statement in the same cluster as the row above: they share a short quotation, and"
    " their speakers tell them apart (each has its own trail).\n\n{text}":
        "Pernyataan lain di klaster yang sama dengan baris di atasnya: keduanya sama-sama memuat"
        " kutipan pendek, dan narasumbernya membedakan keduanya (masing-masing punya jejaknya"
        " sendiri).\n\n{text}",
    "No coder has named the speaker yet: {name} is who the quotation is attributed to in the "
    "text (a suggestion).":
        "Belum ada pengode yang menamai narasumbernya: {name} adalah yang disebut sebagai "
        "penuturnya di dalam teks (saran).",
    "Article {article} has no quotation at character {at} (`kutip quotes` lists where each "
    "statement is).":
        "Artikel {article} tidak punya kutipan pada karakter {at} (`kutip quotes` menunjukkan "
        "letak setiap pernyataan).",
    "suggested quote, not yet accepted": "kutipan yang disarankan, belum diterima",
    "annotated quote": "kutipan beranotasi",
    "undated": "tanpa tanggal",
    "Unnamed outlet": "Media tanpa nama",
    "Could not undo “{what}”: {error}\nNothing was lost: it stays in the undo history, so Undo can try again.":
        "Tidak dapat mengurungkan “{what}”: {error}\nTidak ada yang hilang: langkah ini tetap di riwayat urungan, jadi Urungkan dapat mencoba lagi.",
    "Could not undo “{what}”: {error}": "Tidak dapat mengurungkan “{what}”: {error}",
    "Could not redo “{what}”: {error}\nNothing was lost: it stays in the undo history, so Redo can try again.":
        "Tidak dapat mengulangi “{what}”: {error}\nTidak ada yang hilang: langkah ini tetap di riwayat urungan, jadi Ulangi dapat mencoba lagi.",
    "Redo failed": "Gagal mengulangi",
    "Could not redo “{what}”: {error}": "Tidak dapat mengulangi “{what}”: {error}",
    "Undo: partly done": "Urungkan: sebagian selesai",
    "Undo “{what}”: not everything could be put back.": "Urungkan “{what}”: tidak semuanya dapat dikembalikan.",
    "Redo: partly done": "Ulangi: sebagian selesai",
    "Redo “{what}”: not everything could be put back.": "Ulangi “{what}”: tidak semuanya dapat dikembalikan.",
    "Undone: {what}": "Diurungkan: {what}",
    "Redone: {what}": "Diulangi: {what}",
    "No match": "Tidak ditemukan",
    "Imports cannot be undone: delete the imported articles instead":
        "Impor tidak dapat diurungkan: hapus saja artikel yang diimpor",
    "{what} (cannot be undone)": "{what} (tidak dapat diurungkan)",
    "Import: {summary} (imports cannot be undone)":
        "Impor: {summary} (impor tidak dapat diurungkan)",
    "Import articles": "Impor artikel",
    "Import a folder": "Impor folder",
    "Import from URL": "Impor dari URL",
    "Web page address (Kutip will download this one page):":
        "Alamat halaman web (Kutip hanya akan mengunduh halaman ini):",
    "Import annotations (W3C Web Annotation JSON)": "Impor anotasi (JSON W3C Web Annotation)",
    "Import annotations": "Impor anotasi",
    "No article in the library for:": "Tidak ada artikel di pustaka untuk:",
    "Import failed": "Impor gagal",
    "Import cancelled.": "Impor dibatalkan.",
    "That article is already in the library.": "Artikel itu sudah ada di pustaka.",
    "The article was updated with the new text.": "Artikel diperbarui dengan teks baru.",
    "quote": "kutipan",
    "claim": "klaim",
    "highlight": "sorotan",
    "With quotes": "Berisi kutipan",
    "With claims": "Berisi klaim",
    "With highlights": "Berisi sorotan",
    "Quote": "Kutipan",
    "Claim": "Klaim",
    "Highlight": "Sorotan",
    "Unchecked": "Belum dicek",
    "True": "Benar",
    "False": "Salah",
    "Misleading": "Menyesatkan",
    "Unverifiable": "Tak terverifikasi",
    "Search articles and annotations…": "Cari artikel dan anotasi…",
    "Search": "Cari",
    "All sources": "Semua sumber",
    "Show only articles from this outlet": "Tampilkan hanya artikel dari media ini",
    "All tags": "Semua label",
    "Show only articles with annotations tagged so":
        "Tampilkan hanya artikel dengan anotasi berlabel ini",
    "All speakers": "Semua narasumber",
    "Show only articles quoting this speaker":
        "Tampilkan hanya artikel yang mengutip narasumber ini",
    "Any kind": "Semua jenis",
    "Show only articles with annotations of this kind":
        "Tampilkan hanya artikel dengan anotasi jenis ini",
    "Articles": "Artikel",
    "No articles match.": "Tidak ada artikel yang cocok.",
    "The library is empty.\n\nImport articles with File → Import Files… (Ctrl+O), paste one "
    "(Ctrl+Shift+V), or drop files on the window.":
        "Pustaka masih kosong.\n\nImpor artikel lewat Berkas → Impor Berkas… (Ctrl+O), tempel "
        "artikel (Ctrl+Shift+V), atau seret berkas ke jendela ini.",
    "Sort by": "Urutkan menurut",
    "{column}, ascending": "{column}, naik",
    "{column}, descending": "{column}, turun",
    "Show {column} column": "Tampilkan kolom {column}",
    "Title": "Judul",
    "Source": "Sumber",
    "Date": "Tanggal",
    "Q": "K",
    "C": "Kl",
    "H": "S",
    "Number of quotes": "Jumlah kutipan",
    "Number of claims": "Jumlah klaim",
    "Number of highlights": "Jumlah sorotan",
    "Suggestions": "Saran",
    "&Import Files…": "&Impor Berkas…",
    "Import articles and documents: text, Markdown, HTML, PDF, Word, OpenDocument, EPUB, e-mail":
        "Impor artikel dan dokumen: teks, Markdown, HTML, PDF, Word, OpenDocument, EPUB, surel",
    "Import &Folder…": "Impor &Folder…",
    "Import every article in a folder and its subfolders":
        "Impor semua artikel dalam folder beserta subfoldernya",
    "&Paste Article…": "&Tempel Artikel…",
    "Make a new article from pasted text": "Buat artikel baru dari teks yang ditempel",
    "Import from &URL…": "Impor dari &URL…",
    "Download one web page (the only time Kutip uses the network)":
        "Unduh satu halaman web (satu-satunya saat Kutip memakai jaringan)",
    "&Export…": "&Ekspor…",
    "Export annotations as Markdown, CSV or W3C JSON":
        "Ekspor anotasi sebagai Markdown, CSV, atau JSON W3C",
    "Import &Annotations…": "Impor &Anotasi…",
    "Add annotations from a W3C JSON file": "Tambahkan anotasi dari berkas JSON W3C",
    # File › Exchange (issue 14): the portable library file, REFI-QDA, the coded table
    "E&xchange": "&Pertukaran",
    "&Merge Library File…": "&Gabungkan Berkas Pustaka…",
    "Bring in another coder's library file (undoable)":
        "Masukkan berkas pustaka pengode lain (dapat diurungkan)",
    "&Export Library File…": "&Ekspor Berkas Pustaka…",
    "The whole library as one file for another Kutip to merge":
        "Seluruh pustaka sebagai satu berkas untuk digabungkan Kutip lain",
    "&Import REFI-QDA Project…": "&Impor Proyek REFI-QDA…",
    "Text sources and codings from MAXQDA, ATLAS.ti, NVivo, QualCoder":
        "Sumber teks dan pengodean dari MAXQDA, ATLAS.ti, NVivo, QualCoder",
    "Export REFI-QDA &Project…": "Ekspor &Proyek REFI-QDA…",
    "A .qdpx project for MAXQDA, ATLAS.ti, NVivo, QualCoder":
        "Proyek .qdpx untuk MAXQDA, ATLAS.ti, NVivo, QualCoder",
    "Export REFI-QDA &Codebook…": "Ekspor &Buku Kode REFI-QDA…",
    "The tags as a .qdc codebook": "Label sebagai buku kode .qdc",
    "Export Coded &Table…": "Ekspor &Tabel Pengodean…",
    "A CSV row per article and code with each coder's counts, for R or SPSS":
        "Satu baris CSV per artikel dan kode dengan hitungan tiap pengode, untuk R atau SPSS",
    "{n} source(s) that are not text were left out.":
        "{n} sumber yang bukan teks tidak diikutkan.",
    "Edited in both libraries, both versions kept (newest first): “{article}”":
        "Disunting di kedua pustaka, kedua versi disimpan (terbaru dulu): “{article}”",
    "… and {n} more conflicts.": "… dan {n} konflik lagi.",
    "Merge library file": "Gabungkan berkas pustaka",
    "Kutip library file (*.kutip);;All files (*)": "Berkas pustaka Kutip (*.kutip);;Semua berkas (*)",
    "Import REFI-QDA project": "Impor proyek REFI-QDA",
    "REFI-QDA project (*.qdpx);;All files (*)": "Proyek REFI-QDA (*.qdpx);;Semua berkas (*)",
    "Everything in {name} is in this library already.":
        "Semua isi {name} sudah ada di pustaka ini.",
    "Merge {name}?": "Gabungkan {name}?",
    "Merge {name}": "Gabungkan {name}",
    "Edit › Undo takes the merge back.": "Sunting › Urungkan membatalkan penggabungan.",
    "Export library file": "Ekspor berkas pustaka",
    "Kutip library file (*.kutip)": "Berkas pustaka Kutip (*.kutip)",
    "Wrote {name}: {summary}": "{name} ditulis: {summary}",
    "Export REFI-QDA project": "Ekspor proyek REFI-QDA",
    "REFI-QDA project (*.qdpx)": "Proyek REFI-QDA (*.qdpx)",
    "Export REFI-QDA codebook": "Ekspor buku kode REFI-QDA",
    "REFI-QDA codebook (*.qdc)": "Buku kode REFI-QDA (*.qdc)",
    "Wrote {name}: {n} tag(s)": "{name} ditulis: {n} label",
    "Export coded table": "Ekspor tabel pengodean",
    "Merge": "Gabungkan",
    "Wrote {name}": "{name} ditulis",
    "&Settings…": "Pe&ngaturan…",
    "The interface language": "Bahasa antarmuka",
    "&Quit": "&Keluar",
    "&New Library…": "Pustaka &Baru…",
    "Start an empty library in a new file": "Mulai pustaka kosong di berkas baru",
    "&Open Library…": "Buka Pu&staka…",
    "Open another library file": "Buka berkas pustaka lain",
    "&Undo": "&Urungkan",
    "&Redo": "U&langi",
    "&Delete Annotation": "&Hapus Anotasi",
    "Delete the selected annotation": "Hapus anotasi yang dipilih",
    "Article &Details…": "&Rincian Artikel…",
    "Correct the title, source, authors, date…": "Perbaiki judul, sumber, penulis, tanggal…",
    "De&lete Article…": "&Hapus Artikel…",
    "Delete the selected articles and their annotations":
        "Hapus artikel yang dipilih beserta anotasinya",
    "Add to &Collection…": "Tambahkan ke &Koleksi…",
    "Put the selected articles in a collection": "Masukkan artikel yang dipilih ke koleksi",
    "&Remove from This Collection": "K&eluarkan dari Koleksi Ini",
    "Take the selected articles out of the collection shown":
        "Keluarkan artikel yang dipilih dari koleksi yang ditampilkan",
    "&New Collection…": "Koleksi &Baru…",
    "&Rename Collection…": "&Ganti Nama Koleksi…",
    "&Delete Collection": "&Hapus Koleksi",
    "&Tags…": "&Label…",
    "Create, rename, recolour, nest, merge and delete tags":
        "Buat, ganti nama, ganti warna, susun, gabungkan, dan hapus label",
    "&Speakers…": "&Narasumber…",
    "Rename and merge speakers; edit their aliases":
        "Ganti nama dan gabungkan narasumber; sunting nama lainnya",
    "&Feeds…": "&Umpan…",
    "Follow RSS and Atom feeds; refresh to bring in new articles":
        "Ikuti umpan RSS dan Atom; segarkan untuk mengambil artikel baru",
    "&Search Library": "Cari di &Pustaka",
    "&About Kutip": "&Tentang Kutip",
    "&Library Pane": "Panel &Pustaka",
    "Show or hide the collections and articles": "Tampilkan atau sembunyikan koleksi dan artikel",
    "&Annotation Pane": "Panel &Anotasi",
    "Show or hide the annotations and suggestions":
        "Tampilkan atau sembunyikan anotasi dan saran",
    "L&egend": "L&egenda",
    "What the marks in the article mean": "Arti tanda-tanda di artikel",
    "&Reading Mode": "Mode &Baca",
    "Only the article: no panes, no toolbar": "Hanya artikel: tanpa panel, tanpa bilah alat",
    "&Keyboard Shortcuts": "&Pintasan Papan Ketik",
    "Every key Kutip answers to": "Semua tombol yang dikenali Kutip",
    "&File": "&Berkas",
    "Open &Recent": "Buka Te&rakhir",
    "&Edit": "&Sunting",
    "&Article": "&Artikel",
    "&View": "&Tampilan",
    "&Library": "&Pustaka",
    "&Help": "Ba&ntuan",
    "Main": "Utama",
    "Import": "Impor",
    "Paste": "Tempel",
    "Export": "Ekspor",
    "Undo": "Urungkan",
    "Redo": "Ulangi",
    "Find": "Cari",
    "Tags": "Label",
    "Reading": "Baca",
    "Keys": "Tombol",
    "About": "Tentang",
    "Untitled": "Tanpa judul",
    "Delete articles": "Hapus artikel",
    "(none yet)": "(belum ada)",
    "New library": "Pustaka baru",
    "Kutip library (*.sqlite)": "Pustaka Kutip (*.sqlite)",
    "{name} already exists: use File → Open Library to open it.":
        "{name} sudah ada: gunakan Berkas → Buka Pustaka untuk membukanya.",
    "Open library": "Buka pustaka",
    "Kutip library (*.sqlite);;All files (*)": "Pustaka Kutip (*.sqlite);;Semua berkas (*)",
    "About Kutip": "Tentang Kutip",
    "Quotes": "Kutipan",
    "&Quotes Across Outlets": "&Kutipan Lintas Media",
    "Quotes Across Outlets": "Kutipan Lintas Media",
    "Statements quoted more than once, and how each outlet changed them (Ctrl+3)":
        "Pernyataan yang dikutip lebih dari sekali, dan cara tiap media mengubahnya (Ctrl+3)",
    "Show &Quote Trail": "Tampilkan &Jejak Kutipan",
    "Every version of the selected quote across outlets":
        "Semua versi kutipan yang dipilih di berbagai media",
    "R&ebuild Quote Trails": "&Susun Ulang Jejak Kutipan",
    "Group every quotation of the library again": "Kelompokkan ulang semua kutipan di pustaka",
    "1 statement quoted more than once": "1 pernyataan dikutip lebih dari sekali",
    "No statement quoted more than once": "Tidak ada pernyataan yang dikutip lebih dari sekali",
    "Open": "Buka",
    "{n} statements quoted more than once": "{n} pernyataan dikutip lebih dari sekali",
    "Grouping the library's quotations…": "Mengelompokkan kutipan di pustaka…",
    "Quote trails": "Jejak kutipan",
    "Quote trail": "Jejak kutipan",
    "Select a quote in the annotation list first.": "Pilih dulu sebuah kutipan di daftar anotasi.",
    "Show Quote Trail": "Tampilkan Jejak Kutipan",
    "Tag": "Label",
    " outlets": " media",
    " outlet": " media",
    "Only statements quoted by at least this many outlets (articles without a source count"
    " as an outlet only when no other names one)":
        "Hanya pernyataan yang dikutip sedikitnya oleh sejumlah media ini (artikel tanpa"
        " sumber dihitung sebagai media hanya bila tak ada artikel lain yang menyebut"
        " medianya)",
    "Statements quoted more than once": "Pernyataan yang dikutip lebih dari sekali",
    "Editor: {name}": "Penyunting: {name}",
    "unchecked": "belum dicek",
    "true": "benar",
    "false": "salah",
    "misleading": "menyesatkan",
    "unverifiable": "tak terverifikasi",
    "Verdict: {verdict}": "Putusan: {verdict}",
    "Tags: {tags}": "Label: {tags}",
    "(re-anchored after the text changed)": "(ditempatkan ulang setelah teks berubah)",
    "Suggested {kind}": "Saran {kind}",
    "Confidence {percent}": "Keyakinan {percent}",
    "Click to review": "Klik untuk meninjau",
    "No article open.\n\nChoose one in the library, or import articles with File → Import "
    "Files… (Ctrl+O), paste one with Ctrl+Shift+V, or drop files here.":
        "Belum ada artikel yang dibuka.\n\nPilih satu di pustaka, atau impor artikel lewat "
        "Berkas → Impor Berkas… (Ctrl+O), tempel artikel dengan Ctrl+Shift+V, atau seret "
        "berkas ke sini.",
    "Tag as &quote ({key})": "Tandai sebagai &kutipan ({key})",
    "Tag as cl&aim ({key})": "Tandai sebagai kla&im ({key})",
    "Tag as &highlight ({key})": "Tandai sebagai s&orotan ({key})",
    "Tag the selected text as a quote ({key})": "Tandai teks yang dipilih sebagai kutipan ({key})",
    "Tag the selected text as a claim ({key})": "Tandai teks yang dipilih sebagai klaim ({key})",
    "Tag the selected text as a highlight ({key})":
        "Tandai teks yang dipilih sebagai sorotan ({key})",
    "&Find…": "&Cari…",
    "Settings": "Pengaturan",
    "System language (%1)": "Bahasa sistem (%1)",
    "A new language is used after Kutip is restarted.":
        "Bahasa baru dipakai setelah Kutip dibuka ulang.",
    "&Language:": "&Bahasa:",
    "Article": "Artikel",
    "Open the annotation under the mouse": "Buka anotasi di bawah tetikus",
    "Click": "Klik",
    "Find bar": "Bilah pencarian",
    "Next / previous match": "Hasil berikutnya / sebelumnya",
    "Enter / Shift+Enter": "Enter / Shift+Enter",
    "Close": "Tutup",
    "Esc": "Esc",
    "Accept the suggestion": "Terima saran",
    "Enter": "Enter",
    "Dismiss the suggestion": "Abaikan saran",
    "Del / Backspace": "Del / Backspace",
    "Annotation form": "Formulir anotasi",
    "Choose a kind or verdict (one undo step)": "Pilih jenis atau putusan (satu langkah urungkan)",
    "Up / Down": "Atas / Bawah",
    "Save the field": "Simpan isian",
    "Enter / Tab": "Enter / Tab",
    "Keyboard Shortcuts": "Pintasan Papan Ketik",
    "Action": "Tindakan",
    "Claims": "Klaim",
    "Quotes and claims": "Kutipan dan klaim",
    "Which suggestions to show": "Saran yang ditampilkan",
    "&Accept": "&Terima",
    "Store this suggestion as an annotation (Enter)": "Simpan saran ini sebagai anotasi (Enter)",
    "&Edit…": "&Sunting…",
    "Accept, then correct the speaker in the annotation form":
        "Terima, lalu perbaiki narasumber di formulir anotasi",
    "D&ismiss": "&Abaikan",
    "Not a quote: hide it for good (Delete)": "Bukan kutipan: sembunyikan selamanya (Delete)",
    "Accept A&ll": "Terima &Semua",
    "Store every suggestion listed, in one undoable step":
        "Simpan semua saran yang tercantum, dalam satu langkah yang bisa diurungkan",
    "Looking for quotes…": "Mencari kutipan…",
    "Searching…": "Mencari…",
    "1 suggested quote": "1 saran kutipan",
    "1 suggested claim": "1 saran klaim",
    "1 suggested suggestion": "1 saran",
    "{n} suggested quotes": "{n} saran kutipan",
    "{n} suggested claims": "{n} saran klaim",
    "{n} suggested suggestions": "{n} saran",
    "No suggested quotes": "Tidak ada saran kutipan",
    "No suggested claims": "Tidak ada saran klaim",
    "No suggested suggestions": "Tidak ada saran",
    "Accept A&ll ({n})": "Terima &Semua ({n})",
    "Suggestions ({n})": "Saran ({n})",
    '<p style="color:gray"><small>Differences are shown against the reference version: the '
    "earliest version not cut short at either end. "
    '<span style="text-decoration:line-through">Struck</span> words are in the reference '
    "version but not in this one; <b>bold</b> words were added or changed.</small></p>":
        '<p style="color:gray"><small>Perbedaan ditunjukkan terhadap versi acuan: versi paling '
        "awal yang tidak terpotong di awal maupun akhirnya. Kata yang "
        '<span style="text-decoration:line-through">dicoret</span> ada di versi acuan tetapi '
        "tidak di versi ini; kata <b>tebal</b> ditambahkan atau diubah.</small></p>",
    "Choose a statement to see its trail.": "Pilih pernyataan untuk melihat jejaknya.",
    "No statement matches these filters.": "Tidak ada pernyataan yang cocok dengan saringan ini.",
    "No statement is quoted more than once yet.":
        "Belum ada pernyataan yang dikutip lebih dari sekali.",
    "Clear the speaker or tag, choose all collections or fewer outlets to see more statements.":
        "Kosongkan narasumber atau label, pilih semua koleksi atau lebih sedikit media untuk"
        " melihat lebih banyak pernyataan.",
    "Kutip groups the quotations in your articles that are the same statement (quotes you "
    "annotated and quotes it suggests), also when an outlet shortened or reworded it. Import "
    "other outlets' articles on the same story: the statements they share appear here, each "
    "with how every outlet changed it.":
        "Kutip mengelompokkan kutipan dalam artikel Anda yang merupakan pernyataan yang sama"
        " (kutipan yang Anda anotasi dan kutipan yang disarankannya), juga bila sebuah media"
        " memendekkan atau mengubah kata-katanya. Impor artikel media lain tentang berita yang"
        " sama: pernyataan yang sama-sama mereka muat muncul di sini, masing-masing dengan cara"
        " tiap media mengubahnya.",
    "Export as Markdown…": "Ekspor sebagai Markdown…",
    "Save this trail as Markdown (the trail.md.j2 template)":
        "Simpan jejak ini sebagai Markdown (templat trail.md.j2)",
    "Export the quote trail": "Ekspor jejak kutipan",
    "Export is possible once every version's speaker is worked out":
        "Ekspor dapat dilakukan setelah narasumber setiap versi selesai dicari",
    "This version's speaker is still being worked out: copy it again in a moment.":
        "Narasumber versi ini masih dicari: salin lagi sebentar lagi.",
    "This statement's speaker is still being worked out: copy it again in a moment.":
        "Narasumber pernyataan ini masih dicari: salin lagi sebentar lagi.",
    "All articles ({n})": "Semua artikel ({n})",
    "Tag colour": "Warna label",
    "Suggested": "Saran",
    "Claim: unchecked": "Klaim: belum dicek",
    "1 article": "1 artikel",
    "{n} articles": "{n} artikel",
    "{shown} of {total} shown": "{shown} dari {total} ditampilkan",
    '&Title': '&Judul',
    'The headline': 'Judul berita',
    '&Source': '&Sumber',
    'The agency or outlet, e.g. MINA, Antara, Reuters': 'Kantor berita atau media, mis. MINA, Antara, Reuters',
    '&Authors': '&Penulis',
    'Reporters, separated by commas': 'Wartawan, pisahkan dengan koma',
    '&Editor': 'P&enyunting',
    'The editor named in the article': 'Penyunting yang disebut di artikel',
    '&Dateline': '&Dateline',
    'Where the story was filed, e.g. Moskow': 'Tempat berita ditulis, mis. Moskow',
    '&Published': '&Terbit',
    'The publication date, best as YYYY-MM-DD': 'Tanggal terbit, sebaiknya TTTT-BB-HH',
    '&URL': '&URL',
    'Where the article was published online': 'Alamat artikel di internet',
    'P&hoto credit': '&Kredit foto',
    'Who took the photo, e.g. AP': 'Pengambil foto, mis. AP',
    'Indonesian (id)': 'Bahasa Indonesia (id)',
    'English (en)': 'Bahasa Inggris (en)',
    'Unknown': 'Tidak diketahui',
    'Other…': 'Lainnya…',
    '“{value}” has no year; use YYYY-MM-DD if known.': '“{value}” tidak memuat tahun; tulis TTTT-BB-HH bila diketahui.',
    'Dates sort best written as YYYY-MM-DD.': 'Tanggal paling mudah diurutkan bila ditulis TTTT-BB-HH.',
    'Article details': 'Rincian artikel',
    'Details': 'Rincian',
    "The article's language (used for quote suggestions)": 'Bahasa artikel (dipakai untuk saran kutipan)',
    'code, e.g. ms': 'kode, mis. ms',
    'A language code such as ms, jv or ar': 'Kode bahasa seperti ms, jv, atau ar',
    '&Language': '&Bahasa',
    'Imported file': 'Berkas yang diimpor',
    'File name': 'Nama berkas',
    'Format': 'Format',
    'Imported': 'Diimpor',
    'Last edited': 'Terakhir disunting',
    '&New collection…': 'Koleksi &baru…',
    'Create a collection and put the article in it': 'Buat koleksi dan masukkan artikel ini ke dalamnya',
    'Name of the new collection:': 'Nama koleksi baru:',
    'An article needs a title.': 'Artikel harus punya judul.',
    'Manage tags': 'Kelola label',
    'Colour': 'Warna',
    'Uses': 'Dipakai',
    'Double-click or F2 to rename; drag a tag onto another to nest it.': 'Klik ganda atau F2 untuk mengganti nama; seret label ke label lain untuk menyusunnya.',
    '&New…': '&Baru…',
    'Create a tag (nested under the selected one)': 'Buat label (di bawah label yang dipilih)',
    '&Rename…': '&Ganti Nama…',
    'Rename or move the tag; nested tags move with it': 'Ganti nama atau pindahkan label; label di bawahnya ikut pindah',
    'Re&colour…': 'Ganti &Warna…',
    'Choose the highlight colour': 'Pilih warna sorotan',
    '&Merge into…': 'Ga&bungkan ke…',
    "Give this tag's annotations another tag and remove it": 'Beri anotasi label ini label lain, lalu hapus label ini',
    '&Delete': '&Hapus',
    'Delete the tag; its annotations stay': 'Hapus label; anotasinya tetap ada',
    'Re&do': 'U&langi',
    'Nest tags with “/”: framing/threat sits under framing.': 'Susun label dengan “/”: framing/ancaman berada di bawah framing.',
    'Double-click to change the colour': 'Klik ganda untuk mengganti warna',
    'New tag': 'Label baru',
    'Rename tag': 'Ganti nama label',
    'New name (use “/” to nest it, e.g. framing/threat):': 'Nama baru (gunakan “/” untuk menyusunnya, mis. framing/ancaman):',
    'Merge tags': 'Gabungkan label',
    'There is no other tag to merge into.': 'Tidak ada label lain untuk digabungkan.',
    'Delete tag': 'Hapus label',
    'Manage speakers': 'Kelola narasumber',
    'Aliases': 'Nama lain',
    'Description': 'Keterangan',
    'Filter speakers…': 'Saring narasumber…',
    'Select two speakers (Ctrl+click) to merge them.': 'Pilih dua narasumber (Ctrl+klik) untuk menggabungkannya.',
    'Rename: the old name is kept as an alias': 'Ganti nama: nama lama disimpan sebagai nama lain',
    '&Rename': '&Ganti Nama',
    '&Name': '&Nama',
    'e.g. Russian foreign minister': 'mis. menteri luar negeri Rusia',
    'Who this is; shown with their quotes': 'Siapa dia; ditampilkan bersama kutipannya',
    '&Save': '&Simpan',
    'Save the description': 'Simpan keterangan',
    '&Description': '&Keterangan',
    'Other spellings that name this speaker in articles': 'Ejaan lain yang menyebut narasumber ini di artikel',
    'New alias, e.g. Lavrov': 'Nama lain baru, mis. Lavrov',
    '&Add': '&Tambah',
    'Re&move': '&Buang',
    'Remove the selected alias': 'Buang nama lain yang dipilih',
    'Aliase&s': 'Nama &lain',
    '&Merge selected…': 'Gabungkan yang &dipilih…',
    'Merge two speakers into one (Ctrl+Z undoes it)': 'Gabungkan dua narasumber menjadi satu (Ctrl+Z mengurungkannya)',
    'Merge the two selected speakers into one.': 'Gabungkan dua narasumber yang dipilih menjadi satu.',
    'Select exactly two speakers to merge.': 'Pilih tepat dua narasumber untuk digabungkan.',
    'Rename speaker': 'Ganti nama narasumber',
    'Speaker description': 'Keterangan narasumber',
    'Add alias': 'Tambah nama lain',
    'Remove alias': 'Buang nama lain',
    'Merge speakers': 'Gabungkan narasumber',
    "Keep this speaker (the other one's annotations and aliases move to it):": 'Pertahankan narasumber ini (anotasi dan nama lain narasumber satunya pindah ke sini):',
    'Markdown': 'Markdown',
    'CSV (spreadsheet)': 'CSV (lembar kerja)',
    'W3C Web Annotation JSON': 'JSON W3C Web Annotation',
    'The selected annotation': 'Anotasi yang dipilih',
    'The whole library': 'Seluruh pustaka',
    'Shipped template for the grouping': 'Templat bawaan untuk pengelompokan ini',
    'Choose file…': 'Pilih berkas…',
    'Copy default template to…': 'Salin templat bawaan ke…',
    'Save the shipped template for this grouping where you can edit it': 'Simpan templat bawaan pengelompokan ini ke tempat yang bisa Anda sunting',
    'Tags as #hashtags': 'Label sebagai #tagar',
    'Byte order mark (for Excel)': 'Tanda urutan byte (BOM, untuk Excel)',
    'Spreadsheet-safe cells': 'Sel aman untuk lembar kerja',
    'Group by': 'Kelompokkan menurut',
    'Template': 'Templat',
    'Copy to Clipboard': 'Salin ke Papan Klip',
    'Save…': 'Simpan…',
    'Choose a Jinja2 template': 'Pilih templat Jinja2',
    'Jinja2 templates (*.j2 *.jinja *.md *.txt);;All files (*)': 'Templat Jinja2 (*.j2 *.jinja *.md *.txt);;Semua berkas (*)',
    'Copy the default template to': 'Salin templat bawaan ke',
    'Jinja2 templates (*.j2);;All files (*)': 'Templat Jinja2 (*.j2);;Semua berkas (*)',
    'Copy template': 'Salin templat',
    'Rendering the preview with your template…': 'Menyusun pratinjau dengan templat Anda…',
    'Reading annotations…': 'Membaca anotasi…',
    'Exporting': 'Mengekspor',
    'Export cancelled.': 'Ekspor dibatalkan.',
    'Save the export': 'Simpan hasil ekspor',
    'Save export': 'Simpan ekspor',
    'Feed': 'Umpan',
    'Last read': 'Terakhir dibaca',
    'Address': 'Alamat',
    'Feeds': 'Umpan',
    '&Add Feed…': '&Tambah Umpan…',
    '&Remove': '&Buang',
    'Refresh &Selected': 'Segarkan yang &Dipilih',
    'Refresh A&ll': 'Segarkan &Semua',
    'Add Feed': 'Tambah Umpan',
    'Address of an RSS or Atom feed (or of a page that names its feed):': 'Alamat umpan RSS atau Atom (atau halaman yang mencantumkan umpannya):',
    'Reading the feed…': 'Membaca umpan…',
    'Remove Feed': 'Buang Umpan',
    'The articles it brought in stay in the library.': 'Artikel yang sudah diambilnya tetap ada di pustaka.',
    'Remove': 'Buang',
    'Refreshing…': 'Menyegarkan…',
    'Kutip reads a feed only when you add it or press Refresh; new items become articles, and no item is brought in twice.': 'Kutip membaca umpan hanya saat Anda menambahkannya atau menekan Segarkan; butir baru menjadi artikel, dan tidak ada butir yang diambil dua kali.',
    'Import options': 'Pilihan impor',
    'Some of these files hold more than one article.': 'Sebagian berkas ini memuat lebih dari satu artikel.',
    "Put a ' before cells starting with = + - @ so a spreadsheet shows them as text instead of running them as formulas. Turn off only for tools that need raw values.":
        "Tambahkan ' di depan sel yang diawali = + - @ agar lembar kerja menampilkannya sebagai teks, bukan menjalankannya sebagai rumus. Matikan hanya untuk alat yang memerlukan nilai mentah.",
    'EPUB books: one article per &chapter (otherwise the whole book is one article)':
        'Buku EPUB: satu artikel per &bab (jika tidak, seluruh buku menjadi satu artikel)',
    'E-mail: also import &attachments (PDF, Word, OpenDocument …) as articles':
        'Surel: impor juga &lampiran (PDF, Word, OpenDocument …) sebagai artikel',
    'OK': 'OK',
    'Save': 'Simpan',
    'Cancel': 'Batal',
    'Apply': 'Terapkan',
    'Reset': 'Atur Ulang',
    'Help': 'Bantuan',
    'Discard': 'Buang',
    "Don't Save": 'Jangan Simpan',
    '&Yes': '&Ya',
    '&No': '&Tidak',
    'Yes to &All': 'Ya untuk &Semua',
    'N&o to All': 'T&idak untuk Semua',
    'Save All': 'Simpan Semua',
    'Abort': 'Batalkan',
    'Retry': 'Coba Lagi',
    'Ignore': 'Abaikan',
    'Restore Defaults': 'Pulihkan Bawaan',
    '&New nested…': '&Baru di bawahnya…',
    'Web Annotation JSON (*.json *.jsonld);;All files (*)': 'JSON Web Annotation (*.json *.jsonld);;Semua berkas (*)',
    'The import was cancelled; the files imported so far stay.': 'Impor dibatalkan; berkas yang sudah diimpor tetap ada.',
    'Already present': 'Sudah ada',
    "of them another outlet's copy of a text already in the library: {n}":
        "di antaranya salinan media lain dari teks yang sudah ada di pustaka: {n}",
    "{name} (article {id}) is {outlet}'s copy of article {first} ({first_outlet}): the same "
    "text": "{name} (artikel {id}) adalah salinan {outlet} dari artikel {first} "
            "({first_outlet}): teksnya sama",
    'Updated': 'Diperbarui',
    'Preparing the import…': 'Menyiapkan impor…',
    'Importing': 'Mengimpor',
    'Paste an article': 'Tempel artikel',
    "Paste the article's text. The first line becomes the title; agency lines such as “Jakarta, MINA –” are recognised.": 'Tempel teks artikel. Baris pertama menjadi judul; baris kantor berita seperti “Jakarta, MINA –” dikenali.',
    "Title\n\nJakarta, MINA – The article's text…": 'Judul\n\nJakarta, MINA – Teks artikel…',
    'Edit Article &Text…': 'Sunting &Teks Artikel…',
    "Correct the article's text; its annotations are placed again": 'Perbaiki teks artikel; anotasinya ditempatkan ulang',
    'Select the text this annotation belongs to, then Re-attach.': 'Pilih teks milik anotasi ini, lalu Tempelkan.',
    'Edit article text': 'Sunting teks artikel',
    'Article text': 'Teks artikel',
    'Replace Text': 'Ganti Teks',
    'Undo failed': 'Gagal mengurungkan',
    'The article had changed meanwhile; tagged {kind} “{text}” on the same words in its new text.':
        'Artikel sempat berubah; {kind} “{text}” ditandai pada kata yang sama di teks barunya.',
    'Tagged {kind}: “{text}”':
        'Ditandai sebagai {kind}: “{text}”',
    'Tagged {kind}: “{text}”. The speaker, {speaker}, is a guess: check it (tagged {tag}).':
        'Ditandai sebagai {kind}: “{text}”. Narasumbernya, {speaker}, masih tebakan: '
        'periksa lagi (diberi tag {tag}).',
    'Delete this article?':
        'Hapus artikel ini?',
    'Delete these {n} articles?':
        'Hapus {n} artikel ini?',
    'Their {n} annotation(s) go too. You can undo this with Ctrl+Z.':
        '{n} anotasinya ikut terhapus. Anda dapat mengurungkannya dengan Ctrl+Z.',
    '<h3>Kutip {version}</h3><p>Read news articles and tag the quotes and claims in them.</p><p>Your library is one SQLite file:<br><code>{path}</code></p><p>Kutip makes no network request unless you import a URL.</p>':
        '<h3>Kutip {version}</h3><p>Baca artikel berita dan tandai kutipan serta klaim di dalamnya.</p><p>Pustaka Anda adalah satu berkas SQLite:<br><code>{path}</code></p><p>Kutip tidak menghubungi jaringan kecuali Anda mengimpor URL.</p>',
    # -- several coders (issue 14): coder filter, Coding as …, blind coding, agreement
    "Show the annotations of one coder only": "Tampilkan anotasi satu pengode saja",
    "Coder": "Pengode",
    "All coders": "Semua pengode",
    " · {coder}'s only": " · hanya milik {coder}",
    "Coded by {coder}": "Dikode oleh {coder}",
    "default coder": "pengode bawaan",
    "This article writes “{name}”": "Artikel ini menulis “{name}”",
    "in your library: {speaker}": "di pustaka Anda: {speaker}",
    "Choose who is coding: new annotations are recorded as theirs":
        "Pilih siapa yang mengode: anotasi baru dicatat sebagai miliknya",
    "C&oding as {name}…": "&Mengode sebagai {name}…",
    "Coding as {name}": "Mengode sebagai {name}",
    "Who is coding? Your annotations are recorded under this name, so several people can code one library and compare (Library → Coding as … changes it).":
        "Siapa yang mengode? Anotasi Anda dicatat dengan nama ini, sehingga beberapa orang dapat mengode satu pustaka dan membandingkannya (Pustaka → Mengode sebagai … untuk menggantinya).",
    "Record new annotations as made by (pick or type a name):":
        "Catat anotasi baru sebagai buatan (pilih atau ketik nama):",
    "Coding As": "Mengode Sebagai",
    "New annotations are recorded as {name}'s.": "Anotasi baru dicatat sebagai milik {name}.",
    "Show only articles this coder annotated": "Tampilkan hanya artikel yang dianotasi pengode ini",
    "&Code Collection Blind": "Kode Koleksi secara &Tersamar",
    "On this collection's articles each coder sees only their own annotations and suggestion decisions, so a second coding is independent":
        "Pada artikel koleksi ini setiap pengode hanya melihat anotasi dan keputusan saran miliknya sendiri, sehingga pengodean kedua tetap independen",
    "Blind coding": "Pengodean tersamar",
    "Blind coding: this article is coded blind, so only {coder}'s annotations and suggestion decisions are shown. Others' stay hidden until the collection is no longer blind (Library → Code Collection Blind).":
        "Pengodean tersamar: artikel ini dikode secara tersamar, jadi hanya anotasi dan keputusan saran milik {coder} yang ditampilkan. Milik pengode lain tetap tersembunyi sampai koleksi tidak lagi tersamar (Pustaka → Kode Koleksi secara Tersamar).",
    "Coding as {name} · blind": "Mengode sebagai {name} · tersamar",
    "“{name}” is coded blind: each coder sees only their own annotations on its articles.":
        "“{name}” dikode secara tersamar: setiap pengode hanya melihat anotasinya sendiri pada artikel-artikelnya.",
    "code “{name}” blind": "kode “{name}” secara tersamar",
    "stop coding “{name}” blind": "hentikan pengodean tersamar “{name}”",
    "accept {source}'s version into {target}": "terima versi {source} ke {target}",
    "{collection} · blind": "{collection} · tersamar",
    "{name}: coded blind, each coder sees only their own annotations":
        "{name}: dikode secara tersamar, setiap pengode hanya melihat anotasinya sendiri",
    'Tag: {name}': 'Label: {name}',
    'Kind: {name}': 'Jenis: {name}',
    'Verdict': 'Putusan',
    'characters': 'karakter',
    'word tokens': 'token kata',
    'matched quotes': 'kutipan yang dipasangkan',
    'matched claims': 'klaim yang dipasangkan',
    'Inter-coder &Agreement…': '&Kesepakatan Antarpengode…',
    "Krippendorff's α and Cohen's κ between coders, and their disagreements side by side": 'α Krippendorff dan κ Cohen antarpengode, serta ketidaksepakatan mereka berdampingan',
    'Inter-coder Agreement': 'Kesepakatan Antarpengode',
    'Progress of the agreement': 'Kemajuan penghitungan kesepakatan',
    'Deleted in one library but edited in the other since, so the edit was kept: “{article}”': 'Dihapus di satu pustaka tetapi sejak itu disunting di pustaka lain, jadi suntingannya dipertahankan: “{article}”',
    'deleted in this library': 'dihapus di pustaka ini',
    "“{article}”: the merged library's newer text replaced this one; the annotations here were placed again in it.":
        "“{article}”: teks yang lebih baru dari pustaka yang digabungkan menggantikan teks ini; anotasi di sini ditempatkan ulang padanya.",
    "“{article}”: its text was changed in both libraries since they last met; this library's was kept and the merged library's annotations were placed in it.":
        "“{article}”: teksnya diubah di kedua pustaka sejak terakhir bertemu; teks pustaka ini dipertahankan dan anotasi dari pustaka yang digabungkan ditempatkan padanya.",
    "“{article}”: details changed in the merged library (title, source, date …) were taken.":
        "“{article}”: rincian yang diubah di pustaka yang digabungkan (judul, sumber, tanggal …) diambil.",
    "URL": "URL",
    "original file name": "nama berkas asli",
    "original format": "format asli",
    "date": "tanggal",
    "“{article}”: {parts} changed in both libraries since they last met; this library's kept.":
        "“{article}”: {parts} diubah di kedua pustaka sejak terakhir bertemu; milik pustaka ini dipertahankan.",
    "“{article}”: this library's text was kept; the merged library's annotations were placed in it.":
        "“{article}”: teks pustaka ini dipertahankan; anotasi dari pustaka yang digabungkan ditempatkan padanya.",
    "{n} of them could not be placed: they are kept with their words, to re-attach.":
        "{n} di antaranya tidak dapat ditempatkan: anotasi itu disimpan bersama kata-katanya, untuk ditempelkan kembali.",
    'deleted in the merged library': 'dihapus di pustaka yang digabungkan',
    'Stop computing the figures': 'Hentikan penghitungan angka',
    'Compute': 'Hitung',
    'Compute the figures for the choice above': 'Hitung angka untuk pilihan di atas',
    'Computing the agreement…': 'Menghitung kesepakatan…',
    'Comparing the coders: {done} of {total} lines…': 'Membandingkan pengode: {done} dari {total} baris…',
    'Reading the annotations…': 'Membaca anotasi…',
    'Stopped: no figures were computed. Change the choice above or press Compute to start again.': 'Dihentikan: tidak ada angka yang dihitung. Ubah pilihan di atas atau tekan Hitung untuk memulai lagi.',
    'Stop': 'Hentikan',
    'Articles two or more coders coded': 'Artikel yang dikode dua pengode atau lebih',
    'The unit of analysis of the tag and kind lines': 'Satuan analisis untuk baris label dan jenis',
    'Coders': 'Pengode',
    'Articles:': 'Artikel:',
    'Unit:': 'Satuan:',
    'Agreement': 'Kesepakatan',
    'Warnings': 'Peringatan',
    'Disagreements…': 'Ketidaksepakatan…',
    "Each coder's version of an article side by side, to adjudicate": 'Versi setiap pengode untuk satu artikel berdampingan, untuk diputuskan',
    'Save Markdown…': 'Simpan Markdown…',
    'Save CSV…': 'Simpan CSV…',
    'Coders compared:': 'Pengode yang dibandingkan:',
    "{coders} on {n} article(s). α: Krippendorff's alpha (nominal); κ: Cohen's kappa; %: percent agreement. Tags and kinds are compared at every unit of the text (coded or not); speakers and verdicts on the annotations the coders matched.": '{coders} pada {n} artikel. α: alfa Krippendorff (nominal); κ: kappa Cohen; %: persentase kesepakatan. Label dan jenis dibandingkan pada setiap satuan teks (dikode atau tidak); narasumber dan putusan pada anotasi yang dipasangkan antarpengode.',
    'Compared': 'Dibandingkan',
    'Unit of analysis': 'Satuan analisis',
    'Units': 'Satuan',
    # the agreement report's Markdown and CSV (reader.core.export.agreement)
    "Inter-coder agreement": "Kesepakatan antarpengode",
    "% agreement": "% kesepakatan",
    "Nothing to compare.": "Tidak ada yang dibandingkan.",
    "character": "karakter",
    "token": "token",
    "Articles compared: {articles}. Coders: {coders}.":
        "Artikel yang dibandingkan: {articles}. Pengode: {coders}.",
    "Tags and kinds are compared unitized: the unit of analysis is the {unit} of the articles' text; at each {unit} a coder's value is 1 when one of their annotations with that tag (or of that kind) covers it, else 0{touch}":
        "Label dan jenis dibandingkan per satuan teks (unitized): satuan analisisnya adalah {unit} dalam teks artikel; pada setiap {unit}, nilai seorang pengode adalah 1 bila salah satu anotasinya dengan label itu (atau dari jenis itu) mencakupnya, dan 0 bila tidak{touch}",
    " (a word token counts as covered when an annotation touches it).":
        " (sebuah token kata terhitung tercakup bila tersentuh sebuah anotasi).",
    "Speakers of quotes and verdicts of claims are compared on matched units: the annotations of different coders that overlap by at least half (intersection over union) are one unit; a coder who did not annotate it gives no value there.":
        "Narasumber kutipan dan putusan klaim dibandingkan pada satuan yang dipasangkan: anotasi dari pengode yang berbeda yang bertumpang tindih setidaknya separuh (irisan dibagi gabungan) menjadi satu satuan; pengode yang tidak menganotasinya tidak memberi nilai di situ.",
    "α is Krippendorff's alpha for nominal data (the `krippendorff` package); κ is Cohen's kappa for each pair of coders; percent agreement is the share of units on which the coders agree (unitized) or of agreeing pairs of values (matched).":
        "α adalah alfa Krippendorff untuk data nominal (paket `krippendorff`); κ adalah kappa Cohen untuk setiap pasangan pengode; persentase kesepakatan adalah bagian satuan tempat para pengode sepakat (unitized) atau bagian pasangan nilai yang sepakat (dipasangkan).",
    'Markdown (*.md)': 'Markdown (*.md)',
    'CSV (*.csv)': 'CSV (*.csv)',
    'Save the agreement report': 'Simpan laporan kesepakatan',
    'Cannot write {path}: {error}': 'Tidak dapat menulis {path}: {error}',
    'Saved {path}.': 'Tersimpan: {path}.',
    'Disagreements': 'Ketidaksepakatan',
    'Disagreements only': 'Hanya ketidaksepakatan',
    'Article:': 'Artikel:',
    'Passages': 'Bagian',
    'Version to accept': 'Versi yang diterima',
    'Accept into': 'Terima ke',
    'The coder the accepted version is written to (made if new); their annotations there are replaced': 'Pengode tempat versi yang diterima ditulis (dibuat bila baru); anotasinya di bagian itu diganti',
    'Accept Passage': 'Terima Bagian',
    "Put this coder's annotations of the chosen passage into the target coder": 'Masukkan anotasi pengode ini pada bagian terpilih ke pengode tujuan',
    'Accept Whole Article': 'Terima Seluruh Artikel',
    'Accept the version of': 'Terima versi',
    'into': 'ke',
    '{coder} — {n} annotation(s)': '{coder} — {n} anotasi',
    '{n} passage(s), {d} with a disagreement.': '{n} bagian, {d} dengan ketidaksepakatan.',
    'all agree': 'semua sepakat',
    'spans differ': 'rentang berbeda',
    'kinds differ': 'jenis berbeda',
    'tags differ': 'label berbeda',
    'speakers differ': 'narasumber berbeda',
    'verdicts differ': 'putusan berbeda',
    'not coded by {coders}': 'tidak dikode oleh {coders}',
    '{coder}: (nothing)': '{coder}: (tidak ada)',
    'Adjudicate': 'Putuskan',
    "Accepted {source}'s version into {target} ({n} annotation(s)); Ctrl+Z undoes it.": 'Versi {source} diterima ke {target} ({n} anotasi); Ctrl+Z mengurungkannya.',
    'Some collections are coded blind.': 'Beberapa koleksi dikode secara tersamar.',
    "The agreement and its disagreements show every coder's annotations. If you are still coding blind, close this.": 'Kesepakatan dan ketidaksepakatannya menampilkan anotasi semua pengode. Jika Anda masih mengode secara tersamar, tutup ini.',
    "Show Everyone's": 'Tampilkan Milik Semua',
    # -- team library (issue 16)
    'Open &Team Library…': 'Buka Pustaka Ti&m…',
    'Open a library shared on a PostgreSQL server': 'Buka pustaka bersama di server PostgreSQL',
    '<h3>Kutip {version}</h3><p>Read news articles and tag the quotes and claims in them.</p><p>This is a team library on a PostgreSQL server:<br><code>{path}</code></p><p>Besides that server, Kutip makes no network request unless you import a URL.</p>': '<h3>Kutip {version}</h3><p>Baca artikel berita dan tandai kutipan serta klaim di dalamnya.</p><p>Ini pustaka tim di server PostgreSQL:<br><code>{path}</code></p><p>Selain ke server itu, Kutip tidak menghubungi jaringan kecuali Anda mengimpor URL.</p>',
    'Open Team Library': 'Buka Pustaka Tim',
    'The address of a team library on a PostgreSQL server, with your login:<br><code>postgresql://LOGIN@HOST/DATABASE</code><br>Your password goes in <code>~/.pgpass</code> or the system keyring (Kutip asks for it), never in the address.': 'Alamat pustaka tim di server PostgreSQL, dengan login Anda:<br><code>postgresql://LOGIN@HOST/DATABASE</code><br>Kata sandi Anda disimpan di <code>~/.pgpass</code> atau di keyring sistem (Kutip akan menanyakannya), tidak pernah di alamat.',
    'Team Library Password': 'Kata Sandi Pustaka Tim',
    'The server refused the password of <b>{account}</b>. Type it again:': 'Server menolak kata sandi <b>{account}</b>. Ketik sekali lagi:',
    'The team library wants the password of <b>{account}</b>:': 'Pustaka tim meminta kata sandi <b>{account}</b>:',
    '&Remember it in the system keyring ({name})': '&Ingat di keyring sistem ({name})',
    '&Remember it in the system keyring': '&Ingat di keyring sistem',
    'There is no system keyring here: keep the password in ~/.pgpass instead.': 'Di sini tidak ada keyring sistem: simpan kata sandi di ~/.pgpass saja.',
    "A team library's address starts with postgresql://": 'Alamat pustaka tim diawali dengan postgresql://',
    "In a team library you code as your login": "Di pustaka tim Anda mengode sebagai login Anda",
    "Their {field} now: “{value}”": "Sekarang {field} mereka: “{value}”",
}

# The core's messages (reader/core/messages.py: import failures, network errors, library
# errors, suggestion reasons, warnings), keyed by their English template; the {fields} stay.
ID.update({
    # importing: files
    "import failed": "impor gagal",
    "file is empty": "berkas kosong",
    "file not found": "berkas tidak ditemukan",
    "permission denied": "akses ditolak",
    "cannot read file: {error}": "berkas tidak dapat dibaca: {error}",
    "cannot read: {error}": "tidak dapat dibaca: {error}",
    "is a directory, not a file": "ini folder, bukan berkas",
    "not a regular file": "bukan berkas biasa",
    "file too large ({size}; the limit is {limit})": "berkas terlalu besar ({size}; batasnya {limit})",
    "file too large (over {limit})": "berkas terlalu besar (lebih dari {limit})",
    "too large (over {limit}, the limit)": "terlalu besar (lebih dari {limit}, batasnya)",
    "{mb} MB": "{mb} MB",
    "{n:,} bytes": "{n:,} bita",
    "looks like a binary file, not text": "tampaknya berkas biner, bukan teks",
    "looks like a binary file (contains NUL bytes), not text":
        "tampaknya berkas biner (berisi bita NUL), bukan teks",
    "cannot detect the text encoding (binary or corrupt file?)":
        "penyandian teks tidak dapat dikenali (berkas biner atau rusak?)",
    "invalid {encoding} text (corrupt or truncated file)":
        "teks {encoding} tidak sah (berkas rusak atau terpotong)",
    "folder not read: {reason}": "folder tidak terbaca: {reason}",
    "An empty name is not a file or folder.": "Nama kosong bukan berkas atau folder.",
    "No such file or folder.": "Berkas atau folder itu tidak ada.",
    "Kutip's window needs a desktop session, and the display this one names ({display}) does not answer. The commands work here: kutip --help":
        "Jendela Kutip memerlukan sesi desktop, dan layar yang disebut sesi ini ({display}) tidak menjawab. Perintah-perintahnya bisa dipakai di sini: kutip --help",
    "The name is too long for the file system.": "Nama itu terlalu panjang untuk sistem berkas.",
    "The name cannot be looked up: {reason}.": "Nama itu tidak dapat dicari: {reason}.",
    "Usage: kutip-gui [LIBRARY] [ARTICLE…]: opens LIBRARY (a library file, or a team library's postgresql:// address; none: your own library) and imports the ARTICLE files into it; a colleague's .kutip library file or a .qdpx project among them is merged, asking first.":
        "Penggunaan: kutip-gui [PUSTAKA] [ARTIKEL…]: membuka PUSTAKA (berkas pustaka, atau alamat postgresql:// pustaka tim; tanpa itu: pustaka Anda sendiri) dan mengimpor berkas ARTIKEL ke dalamnya; berkas pustaka .kutip dari rekan atau proyek .qdpx di antaranya digabungkan, dengan bertanya dulu.",
    "kutip-gui: there is no option {option} (kutip-gui --help).":
        "kutip-gui: tidak ada opsi {option} (kutip-gui --help).",
    "kutip-gui: no such file: {path}": "kutip-gui: berkas tidak ada: {path}",
    "kutip-gui: one library at a time: {first} and {second} were both given.":
        "kutip-gui: satu pustaka saja setiap kali: {first} dan {second} sama-sama diberikan.",
    "“{text}” was accepted meanwhile, in another window or by a command: it is stored once.":
        "“{text}” sudah diterima sementara itu, di jendela lain atau lewat perintah: disimpan sekali saja.",
    "a Kutip library itself, not a library file to merge: write one from it with `kutip --db {path} export --format kutip -o {stem}.kutip` (or File › Exchange › Export Library File… with it open) and merge that file":
        "ini pustaka Kutip itu sendiri, bukan berkas pustaka untuk digabungkan: tulis berkasnya dari pustaka itu dengan `kutip --db {path} export --format kutip -o {stem}.kutip` (atau Berkas › Pertukaran › Ekspor Berkas Pustaka… saat pustaka itu terbuka) lalu gabungkan berkas itu",
    "not a Kutip library file (not a zip archive, or cut short)":
        "bukan berkas pustaka Kutip (bukan arsip zip, atau terpotong)",
    "a Kutip library file, not an article: merge it (kutip merge {name}, or File › Exchange › Merge Library File…)":
        "berkas pustaka Kutip, bukan artikel: gabungkan (kutip merge {name}, atau Berkas › Pertukaran › Gabungkan Berkas Pustaka…)",
    "a REFI-QDA project, not an article: import it with kutip import-qdpx {name} (or File › Exchange › Import REFI-QDA Project…)":
        "proyek REFI-QDA, bukan artikel: impor dengan kutip import-qdpx {name} (atau Berkas › Pertukaran › Impor Proyek REFI-QDA…)",
    "{path} is a Kutip library file to merge, not a library: open your library and merge it (kutip merge {path}, or File › Exchange › Merge Library File…); it was left untouched.":
        "{path} adalah berkas pustaka Kutip untuk digabungkan, bukan pustaka: buka pustaka Anda lalu gabungkan (kutip merge {path}, atau Berkas › Pertukaran › Gabungkan Berkas Pustaka…); berkas itu tidak diubah.",
    "kutip-gui: Qt's option {option} needs its value right after it ({option} offscreen, {option} xcb …; kutip-gui --help).":
        "kutip-gui: opsi Qt {option} memerlukan nilainya tepat sesudahnya ({option} offscreen, {option} xcb …; kutip-gui --help).",
    "Kutip's window needs a desktop session: QT_QPA_PLATFORM={platform} needs {needed}, which is not set here. The commands work here: kutip --help":
        "Jendela Kutip memerlukan sesi desktop: QT_QPA_PLATFORM={platform} memerlukan {needed}, yang tidak diatur di sini. Perintah-perintahnya bisa dipakai di sini: kutip --help",
    "Kutip's window needs a desktop session, and this one has no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work here: kutip --help":
        "Jendela Kutip memerlukan sesi desktop, dan sesi ini tidak punya layar (DISPLAY maupun WAYLAND_DISPLAY tidak diatur). Perintah-perintahnya bisa dipakai di sini: kutip --help",
    "unknown format {format!r}; use one of {formats}":
        "format {format!r} tidak dikenal; gunakan salah satu dari {formats}",
    "unsupported file type {suffix}; supported: {suffixes}":
        "jenis berkas {suffix} tidak didukung; yang didukung: {suffixes}",
    "(none)": "(tanpa akhiran)",
    "unknown text format {format!r}; use txt, md or html":
        "format teks {format!r} tidak dikenal; gunakan txt, md, atau html",
    "pasted content is not text": "isi yang ditempel bukan teks",
    "text too large ({size} M characters; the limit is {limit} M)":
        "teks terlalu besar ({size} juta karakter; batasnya {limit} juta)",
    "no text to import": "tidak ada teks untuk diimpor",
    "no article text found": "teks artikel tidak ditemukan",
    "document is nested too deeply to read": "dokumen bersarang terlalu dalam untuk dibaca",
    "document is too large to process": "dokumen terlalu besar untuk diolah",
    "could not read the document ({error})": "dokumen tidak dapat dibaca ({error})",
    # importing: documents
    "Word document": "dokumen Word",
    "OpenDocument file": "berkas OpenDocument",
    "EPUB": "EPUB",
    "the {kind} is password-protected; remove the password and try again":
        "{kind} ini dilindungi kata sandi; hapus kata sandinya lalu coba lagi",
    "not a {kind} (an old binary Office file? save it as .docx or .odt first)":
        "bukan {kind} (berkas Office biner lama? simpan dulu sebagai .docx atau .odt)",
    "the {kind} is damaged or truncated (not a readable zip container)":
        "{kind} ini rusak atau terpotong (bukan wadah zip yang dapat dibaca)",
    "the {kind} has too many parts ({count:,})": "{kind} ini memiliki terlalu banyak bagian ({count:,})",
    "the {kind} contains a part that inflates to {mb:,.0f} MB (a zip bomb?); not imported":
        "{kind} ini berisi bagian yang mengembang menjadi {mb:,.0f} MB (bom zip?); tidak diimpor",
    "the {kind} has no {name} (damaged or not a {kind})":
        "{kind} ini tidak memiliki {name} (rusak atau bukan {kind})",
    "the {kind} inflates to more than {mb} MB; not imported":
        "{kind} ini mengembang lebih dari {mb} MB; tidak diimpor",
    "the {kind} is damaged (bad data in {name})": "{kind} ini rusak (data buruk di {name})",
    "the {kind} is password-protected": "{kind} ini dilindungi kata sandi",
    "the {kind} uses a compression Kutip cannot read":
        "{kind} ini memakai kompresi yang tidak dapat dibaca Kutip",
    "the {kind} is truncated (cannot read {name})": "{kind} ini terpotong ({name} tidak terbaca)",
    "{name} in the {kind}": "{name} di {kind}",
    "malformed XML in {what} ({error})": "XML cacat di {what} ({error})",
    "empty XML in {what}": "XML kosong di {what}",
    "the Word document has no body (damaged?)": "dokumen Word ini tidak memiliki isi (rusak?)",
    "the Word document has no text": "dokumen Word ini tidak berisi teks",
    "not a Word document (no word/document.xml inside)":
        "bukan dokumen Word (tidak ada word/document.xml di dalamnya)",
    "the OpenDocument file is password-protected; remove the password and try again":
        "berkas OpenDocument ini dilindungi kata sandi; hapus kata sandinya lalu coba lagi",
    "not an OpenDocument text (no content.xml inside)":
        "bukan teks OpenDocument (tidak ada content.xml di dalamnya)",
    "the OpenDocument file has no text body (a spreadsheet or drawing?)":
        "berkas OpenDocument ini tidak memiliki isi teks (lembar kerja atau gambar?)",
    "the OpenDocument file has no text": "berkas OpenDocument ini tidak berisi teks",
    "the EPUB has no text": "EPUB ini tidak berisi teks",
    "the EPUB is DRM-protected (encrypted); Kutip cannot read it":
        "EPUB ini dilindungi DRM (terenkripsi); Kutip tidak dapat membacanya",
    "the EPUB has no reading order (no spine); damaged?":
        "EPUB ini tidak memiliki urutan baca (tanpa spine); rusak?",
    "not an EPUB (no META-INF/container.xml inside)":
        "bukan EPUB (tidak ada META-INF/container.xml di dalamnya)",
    "the EPUB names no package document; damaged?": "EPUB ini tidak menyebut dokumen paket; rusak?",
    "the EPUB has more than {limit} chapters; not imported":
        "EPUB ini memiliki lebih dari {limit} bab; tidak diimpor",
    "not a PDF file (no %PDF header)": "bukan berkas PDF (tanpa kepala %PDF)",
    "the PDF has no pages": "PDF ini tidak memiliki halaman",
    "the PDF has {count:,} pages; Kutip imports up to {limit:,} pages per document (split it first)":
        "PDF ini memiliki {count:,} halaman; Kutip mengimpor paling banyak {limit:,} halaman per dokumen (pecah dulu)",
    "the PDF is encrypted (password-protected); remove the password and try again":
        "PDF ini terenkripsi (dilindungi kata sandi); hapus kata sandinya lalu coba lagi",
    "the PDF is damaged or truncated and cannot be opened":
        "PDF ini rusak atau terpotong dan tidak dapat dibuka",
    "the PDF has no text layer (a scan?) — OCR it first, then import the searchable PDF":
        "PDF ini tidak memiliki lapisan teks (hasil pindai?) — jalankan OCR dulu, lalu impor PDF yang dapat dicari",
    "no HTML content": "tidak ada isi HTML",
    "malformed HTML ({error})": "HTML cacat ({error})",
    "no readable text in the HTML page (only scripts, styles or markup)":
        "tidak ada teks yang dapat dibaca di halaman HTML ini (hanya skrip, gaya, atau markah)",
    "the page holds no article: what it shows is a cookie or consent notice (the story may be drawn by a script)":
        "halaman ini tidak memuat artikel: isinya pemberitahuan kuki atau persetujuan (beritanya mungkin dimuat oleh skrip)",
    "the page holds no article: it is an error page (“{title}”)":
        "halaman ini tidak memuat artikel: ini halaman galat (“{title}”)",
    "the page holds no article: what it shows is mostly links (a menu or a list of headlines)":
        "halaman ini tidak memuat artikel: isinya sebagian besar tautan (menu atau daftar judul berita)",
    "no article found: only {words} words of a {page_words}-word page could be read as a story (a cookie notice or a menu?)":
        "artikel tidak ditemukan: hanya {words} kata dari halaman {page_words} kata yang dapat dibaca sebagai berita (pemberitahuan cookie atau menu?)",
    # importing: e-mail
    "not an e-mail message (no headers)": "bukan pesan surel (tanpa kepala pesan)",
    "cannot read the e-mail message ({error})": "pesan surel tidak dapat dibaca ({error})",
    "the message has more than {limit} parts; not imported":
        "pesan ini memiliki lebih dari {limit} bagian; tidak diimpor",
    "the message has no text": "pesan ini tidak berisi teks",
    "the message has no text, only attachments ({names}); import them with the message's attachments option":
        "pesan ini tidak berisi teks, hanya lampiran ({names}); impor lampirannya dengan opsi lampiran pesan",
    "the message has no text and no attachment Kutip can import":
        "pesan ini tidak berisi teks dan tidak ada lampiran yang dapat diimpor Kutip",
    "the message has no text and no attachment Kutip can import ({names})":
        "pesan ini tidak berisi teks dan tidak ada lampiran yang dapat diimpor Kutip ({names})",
    "{count} attachment(s): {names}": "{count} lampiran: {names}",
    "import them with the attachments option": "impor lampirannya dengan opsi lampiran",
    "only the first {limit} of {count} attachments were imported":
        "hanya {limit} dari {count} lampiran pertama yang diimpor",
    "not imported (not a format Kutip reads): {names}":
        "tidak diimpor (bukan format yang dibaca Kutip): {names}",
    "{names} and {more} more": "{names} dan {more} lainnya",
    # importing: feeds
    "the feed is empty": "umpan ini kosong",
    "the feed is too large (over {mb} MB)": "umpan ini terlalu besar (lebih dari {mb} MB)",
    "cannot read the feed ({error})": "umpan tidak dapat dibaca ({error})",
    "not a feed: this address is a web page (use its RSS or Atom feed address, or import the page as a URL)":
        "bukan umpan: alamat ini halaman web (gunakan alamat umpan RSS atau Atom-nya, atau impor halamannya sebagai URL)",
    "not an RSS or Atom feed (malformed XML)": "bukan umpan RSS atau Atom (XML cacat)",
    "not an RSS or Atom feed (malformed XML: {reason})": "bukan umpan RSS atau Atom (XML cacat: {reason})",
    "the feed is malformed XML ({reason})": "umpan ini XML cacat ({reason})",
    "unreadable": "tidak terbaca",
    "the item has no link and too little text of its own":
        "butir ini tidak memiliki tautan dan teksnya sendiri terlalu sedikit",
    # importing: the web
    "not a valid web address: {url!r}": "bukan alamat web yang sah: {url!r}",
    "only http:// and https:// addresses can be fetched, not {url!r}":
        "hanya alamat http:// dan https:// yang dapat diambil, bukan {url!r}",
    "not a web page (content type {type})": "bukan halaman web (jenis isi {type})",
    "page too large ({size}; the limit is {limit})": "halaman terlalu besar ({size}; batasnya {limit})",
    "page too large (over {limit})": "halaman terlalu besar (lebih dari {limit})",
    "cancelled; nothing was imported": "dibatalkan; tidak ada yang diimpor",
    "refusing redirect to a non-http address: {target}":
        "pengalihan ke alamat non-http ditolak: {target}",
    "{host} did not send the whole page within {seconds:g} seconds; nothing was imported, try again later":
        "{host} tidak mengirim seluruh halaman dalam {seconds:g} detik; tidak ada yang diimpor, coba lagi nanti",
    "{host} did not answer within {seconds:g} seconds; try again later":
        "{host} tidak menjawab dalam {seconds:g} detik; coba lagi nanti",
    "the download from {host} was cut off ({got:,} bytes arrived); nothing was imported, try again":
        "unduhan dari {host} terputus ({got:,} bita diterima); tidak ada yang diimpor, coba lagi",
    "the download from {host} was cut off ({got:,} of {expected:,} bytes arrived); nothing was imported, try again":
        "unduhan dari {host} terputus ({got:,} dari {expected:,} bita diterima); tidak ada yang diimpor, coba lagi",
    "{host} redirects too often (more than {limit} times)":
        "{host} terlalu sering mengalihkan (lebih dari {limit} kali)",
    "{host} cannot be reached ({reason})": "{host} tidak dapat dihubungi ({reason})",
    "{host} reset the connection; try again later": "{host} memutus sambungan; coba lagi nanti",
    "{host} closed the connection without answering": "{host} menutup sambungan tanpa menjawab",
    "{host} sent an answer that is not valid HTTP": "{host} mengirim jawaban yang bukan HTTP sah",
    "the address {host} was not found: check its spelling and that this computer is online":
        "alamat {host} tidak ditemukan: periksa ejaannya dan pastikan komputer ini tersambung ke internet",
    "{host} refused the connection": "{host} menolak sambungan",
    "the secure connection to {host} could not be trusted (certificate problem)":
        "sambungan aman ke {host} tidak dapat dipercaya (masalah sertifikat)",
    "the secure connection to {host} failed": "sambungan aman ke {host} gagal",
    "{host} cannot be reached: is this computer online?":
        "{host} tidak dapat dihubungi: apakah komputer ini tersambung ke internet?",
    "{host} cannot be reached": "{host} tidak dapat dihubungi",
    "the page needs a login (HTTP {code})": "halaman ini memerlukan login (HTTP {code})",
    "the site refuses access to this page (HTTP {code})": "situs menolak akses ke halaman ini (HTTP {code})",
    "the page was not found (the address may be wrong or the page removed) (HTTP {code})":
        "halaman tidak ditemukan (alamatnya mungkin salah atau halamannya dihapus) (HTTP {code})",
    "the page has been removed (HTTP {code})": "halaman ini telah dihapus (HTTP {code})",
    "the site asks to wait: too many requests (HTTP {code})":
        "situs meminta menunggu: terlalu banyak permintaan (HTTP {code})",
    "the site has a problem of its own; try again later (HTTP {code})":
        "situs sedang bermasalah; coba lagi nanti (HTTP {code})",
    "the site answered with an error (HTTP {code})": "situs menjawab dengan galat (HTTP {code})",
    "the site answered with an error (HTTP {code} {reason})":
        "situs menjawab dengan galat (HTTP {code} {reason})",
    # quote trail (issue 15)
    "worded differently from the reference version": "susunan katanya berbeda dari versi acuan",
    "ends before “{word}”: the rest is cut": "berhenti sebelum “{word}”: sisanya dipotong",
    "starts after “{word}”: what came before is cut":
        "dimulai setelah “{word}”: bagian sebelumnya dipotong",
    "negation “{word}” missing": "negasi “{word}” hilang",
    "adds a negation (“{word}”)": "menambahkan negasi (“{word}”)",
    "outlets name different speakers: {names}": "media menyebut narasumber yang berbeda: {names}",
    "The quote trails are being built by another window or command (since {time}); try again"
    " when it is done.": "Jejak kutipan sedang dibangun oleh jendela atau perintah lain (sejak"
    " {time}); coba lagi setelah selesai.",
    "Annotation {id} is a {kind}; only quotes have a trail.":
        "Anotasi {id} berjenis {kind}; hanya kutipan yang punya jejak.",
    "Annotation {id} lost its place in the article; re-attach it to see its trail.":
        "Anotasi {id} kehilangan letaknya di artikel; tempelkan ulang untuk melihat jejaknya.",
    "Annotation {id} is too short to have a trail (fewer than {words} words).":
        "Anotasi {id} terlalu pendek untuk punya jejak (kurang dari {words} kata).",
    "There is no quotation {id} in the trail.": "Tidak ada kutipan {id} di jejak.",
    "There is no quote cluster {cluster}.": "Tidak ada kelompok kutipan {cluster}.",
    "Unknown sort “{sort}”: use one of {sorts}.":
        "Urutan “{sort}” tidak dikenal: gunakan salah satu dari {sorts}.",
    "There is no collection “{name}”.": "Tidak ada koleksi “{name}”.",
    "kutip team keep-trail is for a team library: a library file's quote trail is brought up"
    " to date by whoever opens it.":
        "kutip team keep-trail untuk pustaka tim: jejak kutipan berkas pustaka diperbarui oleh"
        " siapa pun yang membukanya.",
    "Only an editor or the owner keeps the team library's quote trail up to date; your login"
    " may only read it (ask an editor to run kutip team keep-trail).":
        "Hanya penyunting atau pemilik yang memperbarui jejak kutipan pustaka tim; login Anda"
        " hanya boleh membacanya (minta seorang penyunting menjalankan kutip team keep-trail).",
    "This team library's quote trail is not built yet: it is built when an editor or the"
    " owner first opens the Quotes view or runs kutip quotes; your login may only read it.":
        "Jejak kutipan pustaka tim ini belum dibangun: jejak dibangun saat seorang penyunting"
        " atau pemiliknya pertama kali membuka tampilan Kutipan atau menjalankan kutip quotes;"
        " login Anda hanya boleh membacanya.",
    "Articles imported, changed or annotated since the quote trail was last brought up to"
    " date: {count}. An editor or the library's owner brings it up to date by opening the"
    " Quotes view or running kutip quotes.":
        "Artikel yang diimpor, diubah, atau dianotasi sejak jejak kutipan terakhir diperbarui:"
        " {count}. Seorang penyunting atau pemilik pustaka memperbaruinya dengan membuka"
        " tampilan Kutipan atau menjalankan kutip quotes.",
    "This team library keeps the other coders' work on collections coded blind from your"
    " login: agreement there is run by an editor or the library's owner.":
        "Pustaka tim ini menyembunyikan hasil kerja pengode lain pada koleksi yang dikode"
        " secara tersamar dari login Anda: kesepakatan di sana dihitung oleh penyunting atau"
        " pemilik pustaka.",
    "Changes not in the quote trail yet: {count}; it is shown as it was last brought up to"
    " date (the library could not be written).":
        "Perubahan yang belum masuk jejak kutipan: {count}; jejak ditampilkan seperti terakhir"
        " diperbarui (pustaka tidak dapat ditulisi).",
})

ID.update({
    # the library's one-line errors
    "Accept a coder's version into another coder (e.g. gold).":
        "Terima versi seorang pengode ke pengode lain (misalnya gold).",
    "Cannot set {fields} when accepting.": "{fields} tidak dapat diatur saat menerima.",
    "Agreement needs at least two coders (see `kutip coders`).":
        "Kesepakatan memerlukan sedikitnya dua pengode (lihat `kutip coders`).",
    "Agreement needs annotations by at least two coders (coders with annotations here: none).":
        "Kesepakatan memerlukan anotasi dari sedikitnya dua pengode (pengode yang beranotasi di sini: tidak ada).",
    "Agreement needs annotations by at least two coders (coders with annotations here: {known}).":
        "Kesepakatan memerlukan anotasi dari sedikitnya dua pengode (pengode yang beranotasi di sini: {known}).",
    "The unit is one of: {units}.": "Satuannya salah satu dari: {units}.",
    "No article was coded by two of these coders.":
        "Tidak ada artikel yang dikode oleh dua pengode ini.",
    "“{new}” is an alias of “{name}”; merge the two speakers instead.":
        "“{new}” adalah nama lain “{name}”; gabungkan kedua narasumber itu saja.",
    "“{new}” already exists; merge “{old}” into it first.":
        "“{new}” sudah ada; gabungkan dulu “{old}” ke dalamnya.",
    "“{alias}” already names another speaker.": "“{alias}” sudah menjadi nama narasumber lain.",
    "“{new}” is already a speaker; merge the two instead.":
        "“{new}” sudah menjadi narasumber; gabungkan keduanya saja.",
    "Another annotation has taken this one's place; nothing was changed.":
        "Anotasi lain sudah menempati tempat anotasi ini; tidak ada yang diubah.",
    "A merge had brought this article back since; {count} of its annotations it did not bring are put back on it.":
        "Penggabungan telah membawa kembali artikel ini sejak itu; {count} anotasinya yang tidak ikut terbawa dipasang kembali padanya.",
    "The copy the merge brought back has another text; it stays, and the annotations were placed in it.":
        "Salinan yang dibawa kembali oleh penggabungan memiliki teks lain; teks itu tetap, dan anotasinya dipasang di dalamnya.",
    "This article was imported again since; that copy stays, and what the deleted one had (annotations: {count}) is put back on it.":
        "Artikel ini sudah diimpor lagi sejak itu; salinan itu tetap ada, dan isi artikel yang dihapus (anotasi: {count}) dipasang kembali padanya.",
    "{count} of its annotations had been made again on that copy; they are not put back twice (their tags are added to those).":
        "{count} anotasinya sudah dibuat lagi pada salinan itu; anotasi itu tidak dipasang dua kali (tagnya ditambahkan pada yang sudah ada).",
    "Its details corrected before it was deleted are put back on that copy: {parts}.":
        "Rincian artikel yang dibetulkan sebelum dihapus dipasang kembali pada salinan itu: {parts}.",
    "Its details corrected before it was deleted were corrected on that copy too; the copy's are kept: {parts}.":
        "Rincian artikel yang dibetulkan sebelum dihapus juga sudah dibetulkan pada salinan itu; rincian salinan itu yang dipakai: {parts}.",
    "This article is back in this library already: a merge brought it back, with its annotations; nothing was changed.":
        "Artikel ini sudah kembali ada di pustaka ini: penggabungan membawanya kembali, beserta anotasinya; tidak ada yang diubah.",
    "This annotation is back in this library already: a merge brought it back, with any changes made to it elsewhere; nothing was changed.":
        "Anotasi ini sudah kembali ada di pustaka ini: penggabungan membawanya kembali, beserta perubahan yang dibuat padanya di tempat lain; tidak ada yang diubah.",
    "The article is already in the library; nothing was changed.":
        "Artikel ini sudah ada di pustaka; tidak ada yang diubah.",
    "The article changed since it was shown (it was edited or re-imported); “{shown}” could not be found in it for certain, so nothing was tagged. Select the text again.":
        "Artikel berubah sejak ditampilkan (disunting atau diimpor ulang); “{shown}” tidak dapat ditemukan dengan pasti di dalamnya, jadi tidak ada yang ditandai. Pilih teksnya lagi.",
    "The article's text cannot be empty.": "Teks artikel tidak boleh kosong.",
    "The article's text changed since it was opened for editing (it was re-imported or edited elsewhere); nothing was replaced. Open it again to edit the new text.":
        "Teks artikel berubah sejak dibuka untuk disunting (diimpor ulang atau disunting di tempat lain); tidak ada yang diganti. Buka lagi untuk menyunting teks yang baru.",
    "The article's text changed since (it was re-imported or edited elsewhere); the older text was not put back over it.":
        "Teks artikel telah berubah (diimpor ulang atau disunting di tempat lain); teks yang lama tidak dikembalikan menimpanya.",
    "“{source}” cannot be merged into a tag nested under it.":
        "“{source}” tidak dapat digabungkan ke label yang bersarang di bawahnya.",
    "“{old}” cannot be moved under itself.": "“{old}” tidak dapat dipindahkan ke bawah dirinya sendiri.",
    "Could not write {path}: {error}": "Tidak dapat menulis {path}: {error}",
    "The speakers of {count} statements are not worked out yet, and Kutip keeps them in the library, which cannot be written now: list the statements without --speaker or --sort speaker, or copy the library to a folder you can write to.":
        "Narasumber {count} pernyataan belum ditentukan, dan Kutip menyimpannya di pustaka, yang tidak dapat ditulisi sekarang: tampilkan pernyataan tanpa --speaker atau --sort speaker, atau salin pustaka ke folder yang dapat Anda tulisi.",
    "{path} was not written: it would unpack to {size} MB, and Kutip reads a library file of up to {limit} MB unpacked ({packed} MB packed). Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.":
        "{path} tidak ditulis: isinya akan menjadi {size} MB setelah dibuka, sedangkan Kutip membaca berkas pustaka paling besar {limit} MB setelah dibuka ({packed} MB terkemas). Ekspor satu koleksi demi satu koleksi (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.",
    "{path} was not written: it would unpack to more than {limit} MB, the most Kutip reads in a library file ({packed} MB packed). Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.":
        "{path} tidak ditulis: isinya akan menjadi lebih dari {limit} MB setelah dibuka, batas berkas pustaka yang dibaca Kutip ({packed} MB terkemas). Ekspor satu koleksi demi satu koleksi (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.",
    "A coder's name cannot contain control characters.": "Nama pengode tidak boleh berisi karakter kendali.",
    "A coder's name is at most {limit} characters.": "Nama pengode paling panjang {limit} karakter.",
    "A coder needs a name.": "Pengode perlu nama.",
    "The collection “{name}” already exists.": "Koleksi “{name}” sudah ada.",
    "A collection needs a name.": "Koleksi perlu nama.",
    "Could not add the feed: {error}.": "Umpan tidak dapat ditambahkan: {error}.",
    "Every bulk annotation needs its exact text.": "Setiap anotasi massal memerlukan teks persisnya.",
    "Give a collection or articles, not both.": "Berikan koleksi atau artikel, jangan keduanya.",
    "Give the exact text to annotate.": "Berikan teks persis yang akan dianotasi.",
    "This library cannot export or merge library files yet.":
        "Pustaka ini belum dapat mengekspor atau menggabungkan berkas pustaka.",
    "This library's store does not support that yet.": "Penyimpanan pustaka ini belum mendukung hal itu.",
    "The article “{title}” has another text in this library under the same id (article {article_id}); nothing was merged.":
        "Artikel “{title}” memiliki teks lain di pustaka ini dengan id yang sama (artikel {article_id}); tidak ada yang digabungkan.",
    "{what} may be at most {limit} characters long; “{start}…” has {length:,}.":
        "{what} paling panjang {limit} karakter; “{start}…” memiliki {length:,}.",
    "A tag name": "Nama label",
    "A name": "Nama",
    "Neither {source_name} nor {target_name} annotated this passage: there is nothing to accept.":
        "{source_name} maupun {target_name} tidak menganotasi bagian ini: tidak ada yang dapat diterima.",
    "The new span is outside the article's text.": "Rentang baru berada di luar teks artikel.",
    "There is no article {ids}.": "Tidak ada artikel {ids}.",
    "There is no feed {ids}.": "Tidak ada umpan {ids}.",
    "{login!r} is not a usable login name: letters, digits and _ . @ - (starting with a letter), at most 63 bytes.":
        "{login!r} bukan nama login yang dapat dipakai: huruf, angka, dan _ . @ - (diawali huruf), paling banyak 63 bita.",
    "Only a claim has a verdict; this is a {kind}.": "Hanya klaim yang memiliki putusan; ini {kind}.",
    "A passage needs a start before its end.": "Sebuah bagian memerlukan awal sebelum akhirnya.",
    "Select some text to annotate.": "Pilih teks yang akan dianotasi.",
    "Select the text this annotation belongs to.": "Pilih teks tempat anotasi ini berada.",
    "The span {start}–{end} is outside the article's text.":
        "Rentang {start}–{end} berada di luar teks artikel.",
    "A speaker needs a name.": "Narasumber perlu nama.",
    "“{text}” is no longer in the article.": "“{text}” sudah tidak ada di artikel.",
    "The tag “{name}” already exists.": "Label “{name}” sudah ada.",
    "The tag “{new}” already exists; merge the tags instead.":
        "Label “{new}” sudah ada; gabungkan label-label itu saja.",
    "A tag cannot be merged into itself.": "Label tidak dapat digabungkan ke dirinya sendiri.",
    "A tag needs a name.": "Label perlu nama.",
    "A tag may nest at most {limit} levels deep; “{start}…” has {depth:,}.":
        "Label paling banyak bersarang {limit} tingkat; “{start}…” memiliki {depth:,}.",
    "In this team library you code as your login, {fixed}; the server records your annotations as yours.":
        "Di pustaka tim ini Anda mengode sebagai login Anda, {fixed}; server mencatat anotasi Anda sebagai milik Anda.",
    "“{text}” does not occur in article {article_id}.": "“{text}” tidak terdapat di artikel {article_id}.",
    "“{text}” does not occur in article {article_id} {occurrence} times.":
        "“{text}” tidak terdapat {occurrence} kali di artikel {article_id}.",
    "There is no annotation {annotation_id}.": "Tidak ada anotasi {annotation_id}.",
    "There is no article {article_id}.": "Tidak ada artikel {article_id}.",
    "There is no coder “{name}” (coders: {known}).": "Tidak ada pengode “{name}” (pengode: {known}).",
    "There is no collection {collection_id}.": "Tidak ada koleksi {collection_id}.",
    "There is no collection “{name}”.": "Tidak ada koleksi “{name}”.",
    "There is no collection {item}.": "Tidak ada koleksi {item}.",
    "“{name}” could be {names}: give the full name.": "“{name}” bisa berarti {names}: tulis nama lengkapnya.",
    "There is no feed {feed_id}.": "Tidak ada umpan {feed_id}.",
    "There is no speaker “{name}”.": "Tidak ada narasumber “{name}”.",
    "“{source}” and “{target}” are already one speaker: nothing to merge.": "“{source}” dan “{target}” sudah satu narasumber: tidak ada yang digabungkan.",
    "There is no speaker {speaker_id}.": "Tidak ada narasumber {speaker_id}.",
    "There is no tag “{name}”.": "Tidak ada label “{name}”.",
    "There is no tag {tag_id}.": "Tidak ada label {tag_id}.",
    "Unknown kind {kind!r}: use one of {kinds}.": "Jenis {kind!r} tidak dikenal: gunakan salah satu dari {kinds}.",
    "There is no role {role!r}; the roles are {roles}.": "Tidak ada peran {role!r}; perannya adalah {roles}.",
    "Unknown suggestion kind {kind!r}: use quote, claim or all.":
        "Jenis saran {kind!r} tidak dikenal: gunakan quote, claim, atau all.",
    "Unknown verdict {verdict!r}: use one of {verdicts}.":
        "Putusan {verdict!r} tidak dikenal: gunakan salah satu dari {verdicts}.",
    "You already follow {url}.": "Anda sudah mengikuti {url}.",
    "{part}.": "{part}.",
    # the library file
    "Cannot create the folder for {path}: {strerror}.": "Folder untuk {path} tidak dapat dibuat: {strerror}.",
    "{path} cannot be opened as a Kutip library: {error}.":
        "{path} tidak dapat dibuka sebagai pustaka Kutip: {error}.",
    "{path} cannot be opened: the disk is full ({error}). Free some space and try again.":
        "{path} tidak dapat dibuka: disk penuh ({error}). Kosongkan sebagian ruang lalu coba lagi.",
    "Cannot read {path}: {error}.": "{path} tidak dapat dibaca: {error}.",
    "{path} cannot be used as a Kutip library: {error}.":
        "{path} tidak dapat dipakai sebagai pustaka Kutip: {error}.",
    "{path} could not be upgraded ({error}); it was left as it was and a copy is next to it.":
        "{path} tidak dapat dimutakhirkan ({error}); berkas dibiarkan seperti semula dan salinannya ada di sebelahnya.",
    "The library file is damaged: {path} ({detail}). Restore it from a backup (Kutip writes one next to it, named {backup}, before each upgrade); Kutip will not write to it.":
        "Berkas pustaka rusak: {path} ({detail}). Pulihkan dari cadangan (Kutip menulis satu di sebelahnya, bernama {backup}, sebelum setiap pemutakhiran); Kutip tidak akan menulis ke berkas ini.",
    "The library file reads as damaged: {path} ({detail}). Its journal {journal} may be another file's (one put in its place while a Kutip had it open, on another account or computer): move {journal} and {path}-shm to another folder and open it again before you restore any backup; Kutip will not write to it.":
        "Berkas pustaka terbaca rusak: {path} ({detail}). Jurnalnya {journal} mungkin milik berkas lain (berkas yang ditaruh di tempatnya saat sebuah Kutip membukanya, di akun atau komputer lain): pindahkan {journal} dan {path}-shm ke folder lain lalu buka lagi sebelum memulihkan cadangan apa pun; Kutip tidak akan menulis ke berkas ini.",
    "The library file is damaged: {path} ({detail}). Restore it from the backup next to it ({backups}); Kutip will not write to it.":
        "Berkas pustaka rusak: {path} ({detail}). Pulihkan dari cadangan di sebelahnya ({backups}); Kutip tidak akan menulis ke berkas ini.",
    "SQLite found damaged pages in it": "SQLite menemukan halaman yang rusak di dalamnya",
    "The disk is full; nothing was changed.": "Disk penuh; tidak ada yang diubah.",
    "{path} is a folder, not a Kutip library file.": "{path} adalah folder, bukan berkas pustaka Kutip.",
    "The library is busy in another program; nothing was changed. Try again.":
        "Pustaka sedang dipakai program lain; tidak ada yang diubah. Coba lagi.",
    "The library could not be read ({error}).": "Pustaka tidak dapat dibaca ({error}).",
    "the library": "pustaka",
    "The library could not be written ({error}); nothing was changed.":
        "Pustaka tidak dapat ditulis ({error}); tidak ada yang diubah.",
    "The library is read-only; nothing was changed.": "Pustaka hanya-baca; tidak ada yang diubah.",
    "(read-only)": "(hanya-baca)",
    "The library file {path} was moved, renamed or replaced while Kutip had it open; nothing was changed. To keep what was written since it was opened, close Kutip, put the file back at {path} and open it again.":
        "Berkas pustaka {path} dipindahkan, diganti namanya, atau diganti saat dibuka Kutip; tidak ada yang diubah. Agar yang ditulis sejak dibuka tidak hilang, tutup Kutip, kembalikan berkasnya ke {path}, lalu buka lagi.",
    "{path} is not there, but its journal {journal} is: the library was moved, renamed or deleted while open. Open it where it is now (put it back here to keep its last changes), or delete the journal to start a new library here; nothing was created.":
        "{path} tidak ada, tetapi jurnalnya {journal} ada: pustaka dipindahkan, diganti namanya, atau dihapus saat terbuka. Buka di tempatnya sekarang (kembalikan ke sini agar perubahan terakhirnya tidak hilang), atau hapus jurnal itu untuk memulai pustaka baru di sini; tidak ada yang dibuat.",
    "{path} was replaced while Kutip had the file it replaced open, and the journal beside it ({journal}) is that file's: opened now, the new file would be read with the old one's changes. Close the Kutip that has it open (it keeps a copy of what it had beside the library), then open it again; nothing was changed.":
        "{path} diganti saat Kutip membuka berkas yang digantikannya, dan jurnal di sebelahnya ({journal}) milik berkas itu: bila dibuka sekarang, berkas baru akan terbaca bersama perubahan berkas lama. Tutup Kutip yang membukanya (Kutip menyimpan salinan isinya di sebelah pustaka), lalu buka lagi; tidak ada yang diubah.",
    "The journal beside {path} ({journal}) belongs to the file {path} replaced: a Kutip that had that file open stopped without closing it after another file was put in its place. Opened with that journal, the library would show the old file's last changes over its own and lose them for good; nothing was changed. No copy of it read with that journal could be kept ({why}): the journal does not fit it. To open the library as it is, move {journal} and {path}-shm to another folder.":
        "Jurnal di sebelah {path} ({journal}) milik berkas yang digantikan {path}: Kutip yang membuka berkas itu berhenti tanpa menutupnya setelah berkas lain ditaruh di tempatnya. Bila dibuka bersama jurnal itu, pustaka akan menampilkan perubahan terakhir berkas lama di atas isinya sendiri dan kehilangannya untuk selamanya; tidak ada yang diubah. Tidak ada salinan yang terbaca bersama jurnal itu yang dapat disimpan ({why}): jurnal itu tidak cocok dengannya. Untuk membuka pustaka apa adanya, pindahkan {journal} dan {path}-shm ke folder lain.",
    "The journal beside {path} ({journal}) belongs to the file {path} replaced: a Kutip that had that file open stopped without closing it after another file was put in its place. Opened with that journal, the library would show the old file's last changes over its own and lose them for good; nothing was changed. The library as read with it is kept in {kept}; if {path} was not replaced after all (a USB stick or a network drive can number its files anew when plugged in again), that copy is the library with its last changes: open it instead. To open the library as it is, move {journal} and {path}-shm to another folder.":
        "Jurnal di sebelah {path} ({journal}) milik berkas yang digantikan {path}: Kutip yang membuka berkas itu berhenti tanpa menutupnya setelah berkas lain ditaruh di tempatnya. Bila dibuka bersama jurnal itu, pustaka akan menampilkan perubahan terakhir berkas lama di atas isinya sendiri dan kehilangannya untuk selamanya; tidak ada yang diubah. Pustaka yang terbaca bersama jurnal itu disimpan di {kept}; bila {path} ternyata tidak diganti (USB atau drive jaringan dapat menomori ulang berkasnya saat dicolokkan lagi), salinan itulah pustaka dengan perubahan terakhirnya: bukalah salinan itu. Untuk membuka pustaka apa adanya, pindahkan {journal} dan {path}-shm ke folder lain.",
    "The library is read-only here (its folder or drive cannot be written): it can be read, but nothing can be tagged or changed.":
        "Pustaka hanya-baca di sini (folder atau drive-nya tidak dapat ditulisi): bisa dibaca, tetapi tidak ada yang bisa ditandai atau diubah.",
    "{path} cannot be opened: its folder cannot be written and it cannot be read as it is ({error}). Copy it to a folder you can write to.":
        "{path} tidak dapat dibuka: foldernya tidak dapat ditulisi dan berkasnya tidak dapat dibaca apa adanya ({error}). Salin ke folder yang dapat Anda tulisi.",
    "{path} needs an upgrade to this Kutip, but its folder cannot be written: copy it to a folder you can write to.":
        "{path} perlu dimutakhirkan untuk Kutip versi ini, tetapi foldernya tidak dapat ditulisi: salin ke folder yang dapat Anda tulisi.",
    "Someone else changed this article's details since; they were left as they made them, so nothing of theirs was overwritten.":
        "Orang lain mengubah rincian artikel ini sejak itu; rincian dibiarkan seperti yang mereka buat, jadi tidak ada milik mereka yang tertimpa.",
    "Someone else renamed this collection since (to “{name}”); it was left as they named it.":
        "Orang lain mengganti nama koleksi ini sejak itu (menjadi “{name}”); namanya dibiarkan seperti yang mereka beri.",
    "Merging into the team library (kutip team push) takes an editor's or the owner's login; this one is a coder's. Nothing was changed.":
        "Menggabungkan ke pustaka tim (kutip team push) memerlukan login penyunting atau pemilik; login ini milik pengode. Tidak ada yang diubah.",
    "Someone else gave the tag “{name}” another colour since; it was left as they made it.":
        "Orang lain memberi label “{name}” warna lain sejak itu; label dibiarkan seperti yang mereka buat.",
    "The library is read-only here (its file cannot be written): it can be read, but nothing can be tagged or changed.":
        "Pustaka hanya-baca di sini (berkasnya tidak dapat ditulisi): bisa dibaca, tetapi tidak ada yang bisa ditandai atau diubah.",
    "it is a Kutip library or another SQLite database, which an export never replaces":
        "berkas itu pustaka Kutip atau basis data SQLite lain, yang tidak pernah ditimpa oleh ekspor",
    "it is the Kutip library that is open, which Kutip never reads or writes as another file":
        "berkas itu pustaka Kutip yang sedang terbuka, yang tidak pernah dibaca atau ditulis "
        "Kutip sebagai berkas lain",
    "{path} is the name SQLite gives the journal it keeps beside {library}: a library of that name would be taken for that journal and written over. Choose a name that does not end in “{suffix}”; nothing was created.":
        "{path} adalah nama yang diberikan SQLite pada jurnal yang disimpannya di samping {library}: pustaka dengan nama itu akan dianggap jurnal tersebut dan ditimpa. Pilih nama yang tidak berakhiran “{suffix}”; tidak ada yang dibuat.",
    "{journal} is a library (an SQLite database) under the name SQLite gives the journal of {path} beside it: opened together, SQLite would write over one of them. Rename {journal} to a name that does not end in “{suffix}”, such as {renamed}, then open it there; nothing was changed.":
        "{journal} adalah pustaka (basis data SQLite) dengan nama yang diberikan SQLite pada jurnal {path} di sampingnya: bila dibuka bersama, SQLite akan menimpa salah satunya. Ganti nama {journal} menjadi nama yang tidak berakhiran “{suffix}”, misalnya {renamed}, lalu buka di sana; tidak ada yang diubah.",
    "{path} names a folder (it ends in “{sep}”), not a library file: give the file's name, such as {example}; nothing was created.":
        "{path} menunjuk sebuah folder (berakhiran “{sep}”), bukan berkas pustaka: berikan nama berkasnya, misalnya {example}; tidak ada yang dibuat.",
    "{path} is the journal SQLite keeps beside {library}: open {library} instead. It was left "
    "untouched.":
        "{path} adalah jurnal yang disimpan SQLite di samping {library}: buka {library}. Berkas "
        "itu tidak diubah.",
    "Someone else changed this annotation since; it was left as they made it, so nothing of "
    "theirs was overwritten.":
        "Orang lain telah mengubah anotasi ini sejak itu; anotasi dibiarkan seperti yang mereka "
        "buat, jadi tidak ada perubahan mereka yang tertimpa.",
    "{name} is not there any more (moved or deleted); nothing was created.":
        "{name} sudah tidak ada di sana (dipindahkan atau dihapus); tidak ada yang dibuat.",
    "Remove it from File → Open Recent?": "Hapus dari Berkas → Buka Terakhir?",
    "Remove from List": "Hapus dari Daftar",
    "{path} (not there)": "{path} (tidak ada)",
    "The folder {folder} is not there (moved, or its drive is not connected); no library was "
    "created in it.":
        "Folder {folder} tidak ada (dipindahkan, atau drive-nya tidak terhubung); tidak ada "
        "pustaka yang dibuat di sana.",
    "The quote trail was built by a newer Kutip: it is shown as that Kutip last brought it up "
    "to date; update Kutip to keep it up to date here.":
        "Jejak kutipan dibuat oleh Kutip yang lebih baru: ditampilkan seperti terakhir "
        "diperbarui oleh Kutip itu; perbarui Kutip agar jejak tetap mutakhir di sini.",
    "This library's quote trail is not built yet, and Kutip keeps it in the library, which "
    "cannot be written now (a read-only folder or drive, another program writing, or a full "
    "disk). Copy the library to a folder you can write to and list its quotes there, or try "
    "again when it can be written.":
        "Jejak kutipan pustaka ini belum dibangun, dan Kutip menyimpannya di dalam pustaka, yang "
        "tidak dapat ditulis saat ini (folder atau drive hanya-baca, program lain sedang "
        "menulis, atau disk penuh). Salin pustaka ke folder yang dapat Anda tulisi dan tampilkan "
        "kutipannya di sana, atau coba lagi saat pustaka dapat ditulis.",
    "The quote trail was built by an older Kutip and the library cannot be written now: it is "
    "shown as that Kutip left it.":
        "Jejak kutipan dibuat oleh Kutip yang lebih lama dan pustaka tidak dapat ditulis saat "
        "ini: jejak ditampilkan seperti yang ditinggalkan Kutip itu.",
    "it belongs to the SQLite database beside it, which an export never touches":
        "berkas itu milik basis data SQLite di sebelahnya, yang tidak pernah disentuh oleh ekspor",
    "{path} needs an upgrade to this Kutip, but the disk is full: free some space and try again.":
        "{path} perlu dimutakhirkan untuk Kutip ini, tetapi disk penuh: kosongkan sebagian ruang lalu coba lagi.",
    "{path} was written by a newer Kutip (schema {version}, this one knows {known}); please update Kutip.":
        "{path} ditulis oleh Kutip yang lebih baru (skema {version}, yang ini mengenal {known}); perbarui Kutip.",
    "{path} is being upgraded by another Kutip; try again when it has finished.":
        "{path} sedang dimutakhirkan oleh Kutip lain; coba lagi setelah selesai.",
    "{path} is not a Kutip library (not an SQLite database); it was left untouched.":
        "{path} bukan pustaka Kutip (bukan basis data SQLite); berkas tidak disentuh.",
    "The disk is full: the library is open read-only until some space is freed; nothing was changed.":
        "Disk penuh: pustaka terbuka hanya-baca sampai ada ruang kosong; tidak ada yang diubah.",
    "{path} is a team library's address that lost its '//'; nothing was opened.":
        "{path} adalah alamat pustaka tim yang kehilangan '//'-nya; tidak ada yang dibuka.",
    "A team library is named by its URL (postgresql://LOGIN@HOST/DATABASE), not by key=value settings; nothing was opened.":
        "Pustaka tim dinamai dengan URL-nya (postgresql://LOGIN@HOST/DATABASE), bukan dengan pengaturan key=value; tidak ada yang dibuka.",
    # the team library (PostgreSQL): connecting, refusals, concurrent edits
    "{url} is not a team library URL (postgresql://HOST/DATABASE).":
        "{url} bukan URL pustaka tim (postgresql://HOST/DATABASE).",
    "{url} is not a valid PostgreSQL URL: {error}.": "{url} bukan URL PostgreSQL yang sah: {error}.",
    "A team library URL must not contain a password: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 600) or the PostgreSQL service file, and use the URL without it.":
        "URL pustaka tim tidak boleh berisi kata sandi: simpan kata sandi di ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 600) atau di berkas layanan PostgreSQL, lalu gunakan URL tanpa kata sandi.",
    "The team library refused this: your login may not do it ({where}); nothing was changed. ({error})":
        "Pustaka tim menolak ini: login Anda tidak boleh melakukannya ({where}); tidak ada yang diubah. ({error})",
    "The team library refused this: your login may not do it; nothing was changed. ({error})":
        "Pustaka tim menolak ini: login Anda tidak boleh melakukannya; tidak ada yang diubah. ({error})",
    "The connection to the team library was lost: {error}; nothing was changed. Try again when the server can be reached.":
        "Sambungan ke pustaka tim terputus: {error}; tidak ada yang diubah. Coba lagi setelah server dapat dihubungi.",
    "Someone else was changing the same rows; nothing was changed. Try again.":
        "Orang lain sedang mengubah baris yang sama; tidak ada yang diubah. Coba lagi.",
    "The team library could not do this ({where}): {error}; nothing was changed.":
        "Pustaka tim tidak dapat melakukan ini ({where}): {error}; tidak ada yang diubah.",
    "The team library could not do this: {error}; nothing was changed.":
        "Pustaka tim tidak dapat melakukan ini: {error}; tidak ada yang diubah.",
    "The team library {name} was closed.": "Pustaka tim {name} sudah ditutup.",
    "Cannot open the team library {name}: the password of {who} was refused. Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.":
        "Tidak dapat membuka pustaka tim {name}: kata sandi {who} ditolak. Simpan kata sandi di ~/.pgpass, atau di keyring sistem dengan `kutip team login URL`.",
    "Cannot open the team library {name}: the server wants the password of {who}. Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.":
        "Tidak dapat membuka pustaka tim {name}: server meminta kata sandi {who}. Simpan kata sandi di ~/.pgpass, atau di keyring sistem dengan `kutip team login URL`.",
    "Cannot open the team library {name}: {error}.": "Tidak dapat membuka pustaka tim {name}: {error}.",
    "The database '{name}' does not exist and could not be created ({error}); ask the server's administrator to run: createdb {name}":
        "Basis data '{name}' tidak ada dan tidak dapat dibuat ({error}); mintalah administrator server menjalankan: createdb {name}",
    "creating the schema needs the database's owner, with the right to create roles":
        "membuat skema memerlukan pemilik basis data, dengan hak membuat peran",
    "{name} is not a Kutip team library yet: its owner runs `kutip team init URL` to set it up.":
        "{name} belum menjadi pustaka tim Kutip: pemiliknya menjalankan `kutip team init URL` untuk menyiapkannya.",
    "{name} has an older schema ({version}; this Kutip knows {known}): its owner runs `kutip team init URL` to upgrade it.":
        "{name} memakai skema yang lebih lama ({version}; Kutip ini mengenal {known}): pemiliknya menjalankan `kutip team init URL` untuk memutakhirkannya.",
    "{name} was set up by a newer Kutip (schema {version}, this one knows {known}); please update Kutip.":
        "{name} disiapkan oleh Kutip yang lebih baru (skema {version}, yang ini mengenal {known}); perbarui Kutip.",
    "The database name {name} is too long for its team roles (55 bytes at most); nothing was changed.":
        "Nama basis data {name} terlalu panjang untuk peran-peran timnya (paling banyak 55 bita); tidak ada yang diubah.",
    "There is no system keyring here to keep the password in: put it in ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) instead.":
        "Tidak ada keyring sistem di sini untuk menyimpan kata sandi: simpan di ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) saja.",
    "The system keyring did not keep the password: {error}.":
        "Keyring sistem tidak menyimpan kata sandi: {error}.",
    "The team library {name} is damaged ({detail}); Kutip will not write to it. Its administrator can check and repair it on the server.":
        "Pustaka tim {name} rusak ({detail}); Kutip tidak akan menulis ke sana. Administratornya dapat memeriksa dan memperbaikinya di server.",
    "Someone else deleted this annotation meanwhile; nothing was changed.":
        "Orang lain sudah menghapus anotasi ini sementara itu; tidak ada yang diubah.",
    "This annotation is {owner}'s: your login may change only your own; nothing was changed.":
        "Anotasi ini milik {owner}: login Anda hanya boleh mengubah milik Anda sendiri; tidak ada yang diubah.",
    "This annotation is someone else's: your login may change only your own; nothing was changed.":
        "Anotasi ini milik orang lain: login Anda hanya boleh mengubah milik Anda sendiri; tidak ada yang diubah.",
    "{who} changed this annotation at {at} after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.":
        "{who} mengubah anotasi ini pukul {at} setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.",
    "{who} changed this annotation after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.":
        "{who} mengubah anotasi ini setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.",
    "Someone changed this annotation after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.":
        "Seseorang mengubah anotasi ini setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.",
})
ID["The library's schema is not the one bulk import expects."] = (
    "Skema pustaka ini bukan yang diharapkan impor massal.")

ID.update({
    # suggestions: why a passage was suggested, and why this speaker
    "quotation attributed by '{cue}'": "kutipan yang diatribusikan lewat '{cue}'",
    "quotation continued from a previous paragraph ('{cue}')":
        "kutipan lanjutan dari paragraf sebelumnya ('{cue}')",
    "quotation woven into a sentence about {speaker} ('{cue}')":
        "kutipan yang terjalin dalam kalimat tentang {speaker} ('{cue}')",
    "quotation following a paragraph about {speaker}": "kutipan setelah paragraf tentang {speaker}",
    "quotation with no attribution found": "kutipan tanpa atribusi yang ditemukan",
    "one sentence earlier": "satu kalimat sebelumnya",
    "two sentences earlier": "dua kalimat sebelumnya",
    "three sentences earlier": "tiga kalimat sebelumnya",
    "four sentences earlier": "empat kalimat sebelumnya",
    "five sentences earlier": "lima kalimat sebelumnya",
    "one sentence later": "satu kalimat sesudahnya",
    "two sentences later": "dua kalimat sesudahnya",
    "three sentences later": "tiga kalimat sesudahnya",
    "four sentences later": "empat kalimat sesudahnya",
    "five sentences later": "lima kalimat sesudahnya",
    "in the same sentence": "dalam kalimat yang sama",
    "earlier in the article": "di bagian awal artikel",
    "later in the article": "di bagian akhir artikel",
    "earlier": "sebelumnya",
    "from ‘{cue}’ right after the quotation": "dari ‘{cue}’ tepat setelah kutipan",
    "from ‘{cue}’ before the quotation": "dari ‘{cue}’ sebelum kutipan",
    "the quotation is woven into a sentence about {speaker} (‘{cue}’)":
        "kutipan terjalin dalam kalimat tentang {speaker} (‘{cue}’)",
    "the quotation continues one attributed by ‘{cue}’":
        "kutipan ini melanjutkan kutipan yang diatribusikan lewat ‘{cue}’",
    "no attribution next to it; from ‘{cue}’ {where}":
        "tidak ada atribusi di dekatnya; dari ‘{cue}’ {where}",
    "from ‘{cue}’": "dari ‘{cue}’",
    "it points back to {speaker}, named {where}": "merujuk ke {speaker}, yang disebut {where}",
    "the article names them in full as {speaker}": "artikel menyebut nama lengkapnya {speaker}",
    "the article gives that role to {speaker}": "artikel memberikan peran itu kepada {speaker}",
    "{speaker} in your library": "{speaker} di pustaka Anda",
    "your library's speaker is {speaker}": "narasumber di pustaka Anda: {speaker}",
    "the article writes {written}; your library's speaker is {speaker}":
        "artikel menulis {written}; narasumber di pustaka Anda: {speaker}",
    "(unsure: check the speaker)": "(belum pasti: periksa narasumbernya)",
    "(unsure: check the speaker; it may be {rival})":
        "(belum pasti: periksa narasumbernya; mungkin {rival})",
    "reported assertion: '{verb}'": "pernyataan yang dilaporkan: '{verb}'",
    "contains a percentage": "berisi persentase",
    "contains a figure": "berisi angka",
    "contains a date": "berisi tanggal",
    "makes a comparison: '{compared}'": "membuat perbandingan: '{compared}'",
    # inter-coder agreement: where a figure cannot be trusted
    "Agreement needs at least two coders.": "Kesepakatan memerlukan sedikitnya dua pengode.",
    "{name} coded nothing in these articles: every figure counts their silence as disagreement.":
        "{name} tidak mengode apa pun di artikel-artikel ini: setiap angka menghitung diamnya sebagai ketidaksepakatan.",
    "only {count} coded segment(s): α and κ are not reliable on so few.":
        "hanya {count} segmen terkode: α dan κ tidak andal pada jumlah sesedikit ini.",
    "{share:.0%} of the {units} are coded: with one category dominating, α and κ are unstable.":
        "{share:.0%} {units} terkode: dengan satu kategori yang mendominasi, α dan κ tidak stabil.",
    "{name} coded nothing here.": "{name} tidak mengode apa pun di sini.",
    "α is undefined: every coder gave every unit the same value.":
        "α tidak terdefinisi: setiap pengode memberi setiap satuan nilai yang sama.",
    "only {count} {units} coded by two or more coders: α and κ are not reliable on so few.":
        "hanya {count} {units} yang dikode oleh dua pengode atau lebih: α dan κ tidak andal pada jumlah sesedikit ini.",
    "“{value}” is {share:.0%} of the values: with one category dominating, α and κ are unstable.":
        "“{value}” adalah {share:.0%} dari nilai-nilainya: dengan satu kategori yang mendominasi, α dan κ tidak stabil.",
    "α is undefined: only one value was given throughout.":
        "α tidak terdefinisi: hanya satu nilai yang diberikan di seluruhnya.",
    "characters": "karakter",
    "tokens": "token",
    "matched quote(s)": "kutipan yang dipasangkan",
    "matched claim(s)": "klaim yang dipasangkan",
    # Qt's key names ("QShortcut", reader/app/i18n.py QT_KEYS): the labels printed on the keys
    # stay as printed; names that are words are Indonesian
    "Ctrl": "Ctrl",
    "Shift": "Shift",
    "Alt": "Alt",
    "Meta": "Meta",
    "Backspace": "Backspace",
    "Del": "Del",
    "Ins": "Ins",
    "Tab": "Tab",
    "Return": "Enter",
    "Home": "Home",
    "End": "End",
    "PgUp": "PgUp",
    "PgDown": "PgDn",
    "Space": "Spasi",
    "Left": "Kiri",
    "Right": "Kanan",
    "Up": "Atas",
    "Down": "Bawah",
    "Copy": "Salin",
    "Cut": "Potong",
    "Print": "PrtSc",
    "Menu": "Menu",
    "Back": "Kembali",
    "Forward": "Maju",
    # Qt's own file dialog ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider";
    # reader/app/i18n.py QT_FILE_DIALOG), where the desktop offers no dialog of its own
    "&Look in:": "&Cari di:",
    "File &name:": "&Nama berkas:",
    "Files of &type:": "&Jenis berkas:",
    "Directory:": "Folder:",
    "&Open": "&Buka",
    "&Choose": "&Pilih",
    "&New Folder": "Folder &Baru",
    "New Folder": "Folder Baru",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "Show ": "Tampilkan ",
    "All Files (*)": "Semua Berkas (*)",
    "Directories": "Folder",
    "Files": "Berkas",
    "Go back": "Kembali",
    "Go forward": "Maju",
    "Parent Directory": "Folder Induk",
    "Go to the parent directory": "Ke folder induk",
    "Create New Folder": "Buat Folder Baru",
    "Create a New Folder": "Buat folder baru",
    "List View": "Tampilan Daftar",
    "Change to list view mode": "Beralih ke tampilan daftar",
    "Detail View": "Tampilan Rincian",
    "Change to detail view mode": "Beralih ke tampilan rincian",
    "Sidebar": "Bilah samping",
    "List of places and bookmarks": "Daftar tempat dan penanda",
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nBerkas tidak ditemukan.\nPeriksa apakah nama berkasnya benar.",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
        "%1\nFolder tidak ditemukan.\nPeriksa apakah nama foldernya benar.",
    "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
    "'%1' is write protected.\nDo you want to delete it anyway?":
        "'%1' dilindungi dari penulisan.\nTetap hapus?",
    "Could not delete directory.": "Folder tidak dapat dihapus.",
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Date Modified": "Tanggal Diubah",
    "Computer": "Komputer",
    "Drive": "Drive",
    "Folder": "Folder",
    # Qt's own context menus and colour dialog (reader/app/i18n.py QT_MENUS); accelerators
    # differ within each menu: &Urungkan U&langi &Potong &Salin &Tempel
    "Cu&t": "&Potong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Select All": "Pilih Semua",
    "Copy &Link Location": "Salin &Alamat Tautan",
    "&Select All": "Pilih &Semua",
    "&Step up": "&Naikkan",
    "Step &down": "&Turunkan",
    "Select Color": "Pilih Warna",
    "&Basic colors": "Warna &dasar",
    "&Custom colors": "Warna &khusus",
    "&Add to Custom Colors": "&Tambahkan ke Warna Khusus",
    "&Pick Screen Color": "&Ambil Warna dari Layar",
    "Cursor at %1, %2\nPress ESC to cancel": "Kursor di %1, %2\nTekan Esc untuk batal",
    "Hu&e:": "&Rona:",
    "&Sat:": "&Saturasi:",
    "&Val:": "&Nilai:",
    "&Red:": "&Merah:",
    "&Green:": "Hi&jau:",
    "Bl&ue:": "&Biru:",
    "A&lpha channel:": "Kanal a&lfa:",
    "&HTML:": "&HTML:",
})

# Backups written before an upgrade (Library → Backups…, `kutip backups`)
ID.update({
    "Backup file": "Berkas cadangan",
    "Schema": "Skema",
    "Written": "Ditulis",
    "Backups": "Cadangan",
    "&Backups…": "&Cadangan…",
    "Before upgrading a library for a new version, Kutip copies it next to itself ({folder}). Only the newest copy is kept; remove it once the library works as it should.":
        "Sebelum memutakhirkan pustaka untuk versi baru, Kutip menyalinnya di sebelahnya ({folder}). Hanya salinan terbaru yang disimpan; hapus salinan itu bila pustaka sudah berjalan sebagaimana mestinya.",
    "&Remove…": "&Hapus…",
    "Open &Folder": "Buka &Folder",
    "{count} backup(s), {size} in all.": "{count} cadangan, total {size}.",
    "No backups: Kutip writes one before it upgrades the library.":
        "Tidak ada cadangan: Kutip menulisnya sebelum memutakhirkan pustaka.",
    "Remove backups": "Hapus cadangan",
    "Delete {count} backup file(s) for good?": "Hapus {count} berkas cadangan untuk selamanya?",
    "Library upgraded": "Pustaka dimutakhirkan",
    "Library → Backups… lists the backups and removes one you no longer need.":
        "Pustaka → Cadangan… menampilkan cadangan dan menghapus yang tidak Anda perlukan lagi.",
    "The copies of the library file Kutip made before upgrading it":
        "Salinan berkas pustaka yang dibuat Kutip sebelum memutakhirkannya",
    "Cannot remove {path}: {error}.": "Tidak dapat menghapus {path}: {error}.",
    "{path} needs an upgrade for this Kutip, but its copy could not be written next to it ({error}); nothing was changed.":
        "{path} perlu dimutakhirkan untuk Kutip ini, tetapi salinannya tidak dapat ditulis di sebelahnya ({error}); tidak ada yang diubah.",
    "{path} needs an upgrade for this Kutip, which first copies it next to itself ({size}, and room to upgrade: {needed} in all), but only {free} is free there; free some space and try again (nothing was changed).":
        "{path} perlu dimutakhirkan untuk Kutip ini, yang lebih dulu menyalinnya di sebelahnya ({size}, ditambah ruang untuk pemutakhiran: total {needed}), tetapi hanya {free} yang kosong di sana; kosongkan sebagian ruang lalu coba lagi (tidak ada yang diubah).",
    "{name} is not a backup of {library}; nothing was removed.":
        "{name} bukan cadangan {library}; tidak ada yang dihapus.",
    "Cannot read the folder {folder}: {error}.": "Tidak dapat membaca folder {folder}: {error}.",
    "Upgraded {name} for this Kutip; its copy as it was is {backup} ({size}).":
        "{name} dimutakhirkan untuk Kutip ini; salinannya sebelum dimutakhirkan ada di {backup} ({size}).",
    "Upgraded {name} for this Kutip; its copy as it was is {backup} ({size}); older backups removed: {removed}.":
        "{name} dimutakhirkan untuk Kutip ini; salinannya sebelum dimutakhirkan ada di {backup} ({size}); cadangan lama yang dihapus: {removed}.",
})

# Speakers that look like one person written differently (speaker manager, quote trail)
ID.update({
    "Possibly one person": "Mungkin satu orang",
    "S&how": "&Tampilkan",
    "Select the two speakers in the list": "Pilih kedua narasumber di daftar",
    "Merge &Pair…": "Gabungkan &Pasangan…",
    "Ne&xt": "Beri&kutnya",
    "The next pair that looks like one person": "Pasangan berikutnya yang tampaknya satu orang",
    "“{name}” → “{into}” ({reason}; {n} of {count})": "“{name}” → “{into}” ({reason}; {n} dari {count})",
    "the same name": "nama yang sama",
    "spelled differently": "ejaan berbeda",
    "a shorter form": "bentuk lebih pendek",
    "a nickname": "nama panggilan",
    "initials": "inisial",
    "versions {versions} are in this trail only through a shorter quotation they share with"
    " the others: they may quote a different statement, not reword this one":
        "versi {versions} masuk jejak ini hanya lewat kutipan lebih pendek yang sama-sama"
        " dimuatnya dengan versi lain: bisa jadi pernyataan lain, bukan ubahan pernyataan ini",
    "outlets write one speaker's name differently: {names}":
        "media menulis nama satu narasumber secara berbeda: {names}",
    "not shown as versions of this statement: {count} in its cluster that share only a"
    " short quotation with it and are attributed to someone else ({names})":
        "tidak ditampilkan sebagai versi pernyataan ini: {count} di klasternya yang hanya"
        " sama-sama memuat kutipan pendek dengannya dan disebut diucapkan orang lain"
        " ({names})",
    "not shown as versions of this statement: {count} in its cluster that share only a"
    " short quotation with it, which quotations of different speakers share":
        "tidak ditampilkan sebagai versi pernyataan ini: {count} di klasternya yang hanya"
        " sama-sama memuat kutipan pendek dengannya, yang juga dimuat kutipan narasumber"
        " lain",
})

# The Quotes list: open and copy every statement (annotated or not)
ID.update({
    "&Open Reference Version": "&Buka Versi Acuan",
    "&Copy Statement": "&Salin Pernyataan",
    "Copy &Reference for `kutip trail`": "Salin &Rujukan untuk `kutip trail`",
    "Copied {reference}: `kutip trail {reference}` shows this trail.":
        "{reference} disalin: `kutip trail {reference}` menampilkan jejak ini.",
})

# The Markdown export's labels (reader/core/export/language.py, R13-10)
ID.update({
    "{speaker}, in ": "{speaker}, dalam ",
    "In ": "Dalam ",
    "Unknown speaker": "Narasumber tak diketahui",
    "Untagged": "Tanpa label",
    "Kutip export": "Ekspor Kutip",
    "Quote trail: {words}": "Jejak kutipan: {words}",
    "1 outlet": "1 media",
    "{n} outlets": "{n} media",
    "{versions} in {outlets}": "{versions} di {outlets}",
    " (versions without an outlet count as an outlet only when no other names one)":
        " (versi tanpa media dihitung sebagai media hanya bila tak ada versi lain yang"
        " menyebut medianya)",
    "; the earliest is {outlet} ({date})": "; versi paling awal dari {outlet} ({date})",
    "an unnamed outlet": "media tanpa nama",
    ". Exported {date}.": ". Diekspor {date}.",
    "Warning": "Peringatan",
    " (suggested)": " (saran)",
    " · a suggested quote, not yet accepted": " · kutipan yang disarankan, belum diterima",
    " (a part annotated: {ids})": " (sebagian dianotasi: {ids})",
    "Part annotated as #{id}": "Sebagian dianotasi sebagai #{id}",
    "No other outlet's version of this statement is in the library yet.":
        "Belum ada versi pernyataan ini dari media lain di pustaka.",
    "The reference version": "Versi acuan",
    "The other versions' differences are shown against this one: {rule}.":
        "Perbedaan versi lain ditunjukkan terhadap versi ini: {rule}.",
    "Versions in publication order": "Versi menurut urutan terbit",
    " (earliest, reference)": " (paling awal, acuan)",
    " (earliest)": " (paling awal)",
    " (reference)": " (acuan)",
    "not named": "tidak disebut",
    "the earliest version not cut short at either end":
        "versi paling awal yang tidak terpotong di awal maupun akhirnya",
    "~~Struck~~ words are in the reference version but not in this one; **bold** words were"
    " added or changed.":
        "Kata yang ~~dicoret~~ ada di versi acuan tetapi tidak di versi ini; kata **tebal**"
        " ditambahkan atau diubah.",
})
ID.update({
    "Language": "Bahasa",
    "Language of the words the export writes around your annotations: Highlight, Claim and its"
    " verdict, Tags, Note, [inferred]. The annotations stay as written.":
        "Bahasa kata-kata yang ditulis ekspor di sekitar anotasi Anda: Sorotan, Klaim dan "
        "putusannya, Label, Catatan, [disimpulkan]. Anotasinya tetap seperti ditulis.",
})

# A read-only library of an older schema (R14-6)
ID.update({
    "{path} was made by an older Kutip (schema {version}) and is read-only here: it must be "
    "upgraded to open in this Kutip, which needs writing to it. Nothing was changed: make it "
    "writable, or open it with the Kutip that made it.":
        "{path} dibuat oleh Kutip yang lebih lama (skema {version}) dan hanya-baca di sini: "
        "berkas ini harus dimutakhirkan agar bisa dibuka di Kutip ini, dan itu perlu menulis ke "
        "berkasnya. Tidak ada yang diubah: jadikan berkas itu dapat ditulis, atau buka dengan "
        "Kutip yang membuatnya.",
})
