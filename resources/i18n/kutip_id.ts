<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Agreement</name>
    <message>
        <source>Tag: {name}</source>
        <translation>Label: {name}</translation>
    </message>
    <message>
        <source>Kind: {name}</source>
        <translation>Jenis: {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>word tokens</source>
        <translation>token kata</translation>
    </message>
    <message>
        <source>matched quotes</source>
        <translation>kutipan yang dipasangkan</translation>
    </message>
    <message>
        <source>matched claims</source>
        <translation>klaim yang dipasangkan</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>&amp;Kesepakatan Antarpengode…</translation>
    </message>
    <message>
        <source>Krippendorff's α and Cohen's κ between coders, and their disagreements side by side</source>
        <translation>α Krippendorff dan κ Cohen antarpengode, serta ketidaksepakatan mereka berdampingan</translation>
    </message>
    <message>
        <source>Inter-coder Agreement</source>
        <translation>Kesepakatan Antarpengode</translation>
    </message>
    <message>
        <source>Some collections are coded blind.</source>
        <translation>Beberapa koleksi dikode secara tersamar.</translation>
    </message>
    <message>
        <source>The agreement and its disagreements show every coder's annotations. If you are still coding blind, close this.</source>
        <translation>Kesepakatan dan ketidaksepakatannya menampilkan anotasi semua pengode. Jika Anda masih mengode secara tersamar, tutup ini.</translation>
    </message>
    <message>
        <source>Show Everyone's</source>
        <translation>Tampilkan Milik Semua</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Inter-coder Agreement</source>
        <translation>Kesepakatan Antarpengode</translation>
    </message>
    <message>
        <source>Articles two or more coders coded</source>
        <translation>Artikel yang dikode dua pengode atau lebih</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>word tokens</source>
        <translation>token kata</translation>
    </message>
    <message>
        <source>The unit of analysis of the tag and kind lines</source>
        <translation>Satuan analisis untuk baris label dan jenis</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Satuan:</translation>
    </message>
    <message>
        <source>Progress of the agreement</source>
        <translation>Kemajuan penghitungan kesepakatan</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop computing the figures</source>
        <translation>Hentikan penghitungan angka</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <source>Compute the figures for the choice above</source>
        <translation>Hitung angka untuk pilihan di atas</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Disagreements…</source>
        <translation>Ketidaksepakatan…</translation>
    </message>
    <message>
        <source>Each coder's version of an article side by side, to adjudicate</source>
        <translation>Versi setiap pengode untuk satu artikel berdampingan, untuk diputuskan</translation>
    </message>
    <message>
        <source>Save Markdown…</source>
        <translation>Simpan Markdown…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Simpan CSV…</translation>
    </message>
    <message>
        <source>Coders compared:</source>
        <translation>Pengode yang dibandingkan:</translation>
    </message>
    <message>
        <source>Computing the agreement…</source>
        <translation>Menghitung kesepakatan…</translation>
    </message>
    <message>
        <source>Comparing the coders: {done} of {total} lines…</source>
        <translation>Membandingkan pengode: {done} dari {total} baris…</translation>
    </message>
    <message>
        <source>Reading the annotations…</source>
        <translation>Membaca anotasi…</translation>
    </message>
    <message>
        <source>Stopped: no figures were computed. Change the choice above or press Compute to start again.</source>
        <translation>Dihentikan: tidak ada angka yang dihitung. Ubah pilihan di atas atau tekan Hitung untuk memulai lagi.</translation>
    </message>
    <message>
        <source>{coders} on {n} article(s). α: Krippendorff's alpha (nominal); κ: Cohen's kappa; %: percent agreement. Tags and kinds are compared at every unit of the text (coded or not); speakers and verdicts on the annotations the coders matched.</source>
        <translation>{coders} pada {n} artikel. α: alfa Krippendorff (nominal); κ: kappa Cohen; %: persentase kesepakatan. Label dan jenis dibandingkan pada setiap satuan teks (dikode atau tidak); narasumber dan putusan pada anotasi yang dipasangkan antarpengode.</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Dibandingkan</translation>
    </message>
    <message>
        <source>Unit of analysis</source>
        <translation>Satuan analisis</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the agreement report</source>
        <translation>Simpan laporan kesepakatan</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tersimpan: {path}.</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>in your library: {speaker}</source>
        <translation>di pustaka Anda: {speaker}</translation>
    </message>
    <message>
        <source>(text not found)</source>
        <translation>(teks tidak ditemukan)</translation>
    </message>
    <message>
        <source>(re-anchored)</source>
        <translation>(ditempatkan ulang)</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Show the annotations of one coder only</source>
        <translation>Tampilkan anotasi satu pengode saja</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Pengode</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Semua pengode</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Siapa bicara</translation>
    </message>
    <message>
        <source>tags, comma-separated (framing/threat)</source>
        <translation>label, pisah koma (framing/ancaman)</translation>
    </message>
    <message>
        <source>Note, evidence, context…</source>
        <translation>Catatan, bukti, konteks…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete this annotation (Delete key)</source>
        <translation>Hapus anotasi ini (tombol Delete)</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Tempelkan ke Pilihan</translation>
    </message>
    <message>
        <source>Place this annotation on the text selected in the article</source>
        <translation>Tempatkan anotasi ini pada teks yang dipilih di artikel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation>&amp;Narasumber</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Putusan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>To tag, select text in the article and press Q for a quote, C for a claim or H for a highlight.</source>
        <translation>Untuk menandai, pilih teks di artikel lalu tekan Q untuk kutipan, C untuk klaim, atau H untuk sorotan.</translation>
    </message>
    <message>
        <source>Annotations — {summary}</source>
        <translation>Anotasi — {summary}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source> · {n} without text</source>
        <translation> · {n} tanpa teks</translation>
    </message>
    <message>
        <source> · {coder}'s only</source>
        <translation> · hanya milik {coder}</translation>
    </message>
    <message>
        <source>This article writes “{name}”</source>
        <translation>Artikel ini menulis “{name}”</translation>
    </message>
    <message>
        <source>Coded by {coder}</source>
        <translation>Dikode oleh {coder}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>⚠ This annotation's text is no longer in the article. Select the text it belongs to and use “Re-attach” to place it again.</source>
        <translation>⚠ Teks anotasi ini sudah tidak ada di artikel. Pilih teks yang dimaksud lalu gunakan “Tempelkan” untuk menempatkannya lagi.</translation>
    </message>
    <message>
        <source>The article changed; this annotation was placed again by a close match.</source>
        <translation>Artikel berubah; anotasi ini ditempatkan ulang pada teks yang paling mirip.</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>Judul berita</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Sumber</translation>
    </message>
    <message>
        <source>The agency or outlet, e.g. MINA, Antara, Reuters</source>
        <translation>Kantor berita atau media, mis. MINA, Antara, Reuters</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Penulis</translation>
    </message>
    <message>
        <source>Reporters, separated by commas</source>
        <translation>Wartawan, pisahkan dengan koma</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>P&amp;enyunting</translation>
    </message>
    <message>
        <source>The editor named in the article</source>
        <translation>Penyunting yang disebut di artikel</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>&amp;Dateline</translation>
    </message>
    <message>
        <source>Where the story was filed, e.g. Moskow</source>
        <translation>Tempat berita ditulis, mis. Moskow</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Terbit</translation>
    </message>
    <message>
        <source>The publication date, best as YYYY-MM-DD</source>
        <translation>Tanggal terbit, sebaiknya TTTT-BB-HH</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Where the article was published online</source>
        <translation>Alamat artikel di internet</translation>
    </message>
    <message>
        <source>P&amp;hoto credit</source>
        <translation>&amp;Kredit foto</translation>
    </message>
    <message>
        <source>Who took the photo, e.g. AP</source>
        <translation>Pengambil foto, mis. AP</translation>
    </message>
    <message>
        <source>Indonesian (id)</source>
        <translation>Bahasa Indonesia (id)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Bahasa Inggris (en)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Lainnya…</translation>
    </message>
    <message>
        <source>“{value}” has no year; use YYYY-MM-DD if known.</source>
        <translation>“{value}” tidak memuat tahun; tulis TTTT-BB-HH bila diketahui.</translation>
    </message>
    <message>
        <source>Dates sort best written as YYYY-MM-DD.</source>
        <translation>Tanggal paling mudah diurutkan bila ditulis TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Rincian artikel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>The article's language (used for quote suggestions)</source>
        <translation>Bahasa artikel (dipakai untuk saran kutipan)</translation>
    </message>
    <message>
        <source>code, e.g. ms</source>
        <translation>kode, mis. ms</translation>
    </message>
    <message>
        <source>A language code such as ms, jv or ar</source>
        <translation>Kode bahasa seperti ms, jv, atau ar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Terakhir disunting</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>Koleksi &amp;baru…</translation>
    </message>
    <message>
        <source>Create a collection and put the article in it</source>
        <translation>Buat koleksi dan masukkan artikel ini ke dalamnya</translation>
    </message>
    <message>
        <source>Inferred: the story says {given} without a year; the weekday it gives fits only {year} among the years it mentions.</source>
        <translation>Disimpulkan: berita menyebut {given} tanpa tahun; hari yang disebutkannya hanya cocok dengan {year} di antara tahun-tahun yang disebut.</translation>
    </message>
    <message>
        <source>The story gives only {given}, without a year.</source>
        <translation>Berita hanya menyebut {given}, tanpa tahun.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nama koleksi baru:</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Artikel harus punya judul.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backup file</source>
        <translation>Berkas cadangan</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Before upgrading a library for a new version, Kutip copies it next to itself ({folder}). Only the newest copy is kept; remove it once the library works as it should.</source>
        <translation>Sebelum memutakhirkan pustaka untuk versi baru, Kutip menyalinnya di sebelahnya ({folder}). Hanya salinan terbaru yang disimpan; hapus salinan itu bila pustaka sudah berjalan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Buka &amp;Folder</translation>
    </message>
    <message>
        <source>{count} backup(s), {size} in all.</source>
        <translation>{count} cadangan, total {size}.</translation>
    </message>
    <message>
        <source>No backups: Kutip writes one before it upgrades the library.</source>
        <translation>Tidak ada cadangan: Kutip menulisnya sebelum memutakhirkan pustaka.</translation>
    </message>
    <message>
        <source>Kept when the library file was replaced while open:</source>
        <translation>Disimpan saat berkas pustaka diganti ketika terbuka:</translation>
    </message>
    <message>
        <source>what Kutip had when it closed</source>
        <translation>isi yang dibuka Kutip saat ditutup</translation>
    </message>
    <message>
        <source>the new file as read with the replaced one's journal</source>
        <translation>berkas baru yang terbaca bersama jurnal berkas yang digantikan</translation>
    </message>
    <message>
        <source>To bring a copy's work in: open it (File → Open Library…), File → Exchange → Export Library File…, then open this library again and File → Exchange → Merge Library File…</source>
        <translation>Untuk memasukkan hasil kerja sebuah salinan: buka salinannya (Berkas → Buka Pustaka…), Berkas → Pertukaran → Ekspor Berkas Pustaka…, lalu buka lagi pustaka ini dan Berkas → Pertukaran → Gabungkan Berkas Pustaka…</translation>
    </message>
    <message>
        <source>Remove backups</source>
        <translation>Hapus cadangan</translation>
    </message>
    <message>
        <source>Delete {count} backup file(s) for good?</source>
        <translation>Hapus {count} berkas cadangan untuk selamanya?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Library upgraded</source>
        <translation>Pustaka dimutakhirkan</translation>
    </message>
    <message>
        <source>Library → Backups… lists the backups and removes one you no longer need.</source>
        <translation>Pustaka → Cadangan… menampilkan cadangan dan menghapus yang tidak Anda perlukan lagi.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Cadangan…</translation>
    </message>
</context>
<context>
    <name>BlindCoding</name>
    <message>
        <source>&amp;Code Collection Blind</source>
        <translation>Kode Koleksi secara &amp;Tersamar</translation>
    </message>
    <message>
        <source>On this collection's articles each coder sees only their own annotations and suggestion decisions, so a second coding is independent</source>
        <translation>Pada artikel koleksi ini setiap pengode hanya melihat anotasi dan keputusan saran miliknya sendiri, sehingga pengodean kedua tetap independen</translation>
    </message>
    <message>
        <source>Blind coding</source>
        <translation>Pengodean tersamar</translation>
    </message>
    <message>
        <source>Blind coding: this article is coded blind, so only {coder}'s annotations and suggestion decisions are shown. Others' stay hidden until the collection is no longer blind (Library → Code Collection Blind).</source>
        <translation>Pengodean tersamar: artikel ini dikode secara tersamar, jadi hanya anotasi dan keputusan saran milik {coder} yang ditampilkan. Milik pengode lain tetap tersembunyi sampai koleksi tidak lagi tersamar (Pustaka → Kode Koleksi secara Tersamar).</translation>
    </message>
    <message>
        <source>Coding as {name} · blind</source>
        <translation>Mengode sebagai {name} · tersamar</translation>
    </message>
    <message>
        <source>Coding as {name}</source>
        <translation>Mengode sebagai {name}</translation>
    </message>
    <message>
        <source>“{name}” is coded blind: each coder sees only their own annotations on its articles.</source>
        <translation>“{name}” dikode secara tersamar: setiap pengode hanya melihat anotasinya sendiri pada artikel-artikelnya.</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name} (saran)</translation>
    </message>
    <message>
        <source>working out…</source>
        <translation>sedang dicari…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Another statement in the same cluster as the row above: they share a short quotation, and their speakers tell them apart (each has its own trail).

{text}</source>
        <translation>Pernyataan lain di klaster yang sama dengan baris di atasnya: keduanya sama-sama memuat kutipan pendek, dan narasumbernya membedakan keduanya (masing-masing punya jejaknya sendiri).

{text}</translation>
    </message>
    <message>
        <source>No coder has named the speaker yet: {name} is who the quotation is attributed to in the text (a suggestion).</source>
        <translation>Belum ada pengode yang menamai narasumbernya: {name} adalah yang disebut sebagai penuturnya di dalam teks (saran).</translation>
    </message>
</context>
<context>
    <name>Coders</name>
    <message>
        <source>default coder</source>
        <translation>pengode bawaan</translation>
    </message>
</context>
<context>
    <name>CodingAs</name>
    <message>
        <source>Choose who is coding: new annotations are recorded as theirs</source>
        <translation>Pilih siapa yang mengode: anotasi baru dicatat sebagai miliknya</translation>
    </message>
    <message>
        <source>In a team library you code as your login</source>
        <translation>Di pustaka tim Anda mengode sebagai login Anda</translation>
    </message>
    <message>
        <source>C&amp;oding as {name}…</source>
        <translation>&amp;Mengode sebagai {name}…</translation>
    </message>
    <message>
        <source>Who is coding? Your annotations are recorded under this name, so several people can code one library and compare (Library → Coding as … changes it).</source>
        <translation>Siapa yang mengode? Anotasi Anda dicatat dengan nama ini, sehingga beberapa orang dapat mengode satu pustaka dan membandingkannya (Pustaka → Mengode sebagai … untuk menggantinya).</translation>
    </message>
    <message>
        <source>Record new annotations as made by (pick or type a name):</source>
        <translation>Catat anotasi baru sebagai buatan (pilih atau ketik nama):</translation>
    </message>
    <message>
        <source>Coding As</source>
        <translation>Mengode Sebagai</translation>
    </message>
    <message>
        <source>New annotations are recorded as {name}'s.</source>
        <translation>Anotasi baru dicatat sebagai milik {name}.</translation>
    </message>
</context>
<context>
    <name>CodingCommands</name>
    <message>
        <source>code “{name}” blind</source>
        <translation>kode “{name}” secara tersamar</translation>
    </message>
    <message>
        <source>stop coding “{name}” blind</source>
        <translation>hentikan pengodean tersamar “{name}”</translation>
    </message>
    <message>
        <source>accept {source}'s version into {target}</source>
        <translation>terima versi {source} ke {target}</translation>
    </message>
</context>
<context>
    <name>CollectionController</name>
    <message>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Name of the study or story:</source>
        <translation>Nama kajian atau liputan:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Ganti nama koleksi</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Hapus koleksi</translation>
    </message>
    <message>
        <source>Delete this collection?</source>
        <translation>Hapus koleksi ini?</translation>
    </message>
    <message>
        <source>Its articles stay in the library. You can undo this with Ctrl+Z.</source>
        <translation>Artikelnya tetap ada di pustaka. Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Koleksi baru…</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Tambahkan ke koleksi</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Koleksi:</translation>
    </message>
    <message>
        <source>Add to collection “{name}”</source>
        <translation>Tambahkan ke koleksi “{name}”</translation>
    </message>
</context>
<context>
    <name>CollectionsSidebar</name>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>All articles ({n})</source>
        <translation>Semua artikel ({n})</translation>
    </message>
    <message>
        <source>{collection} · blind</source>
        <translation>{collection} · tersamar</translation>
    </message>
    <message>
        <source>{name}: coded blind, each coder sees only their own annotations</source>
        <translation>{name}: dikode secara tersamar, setiap pengode hanya melihat anotasinya sendiri</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>tag {kind}</source>
        <translation>tandai {kind}</translation>
    </message>
    <message>
        <source>tag {kind} “{text}”</source>
        <translation>tandai {kind} “{text}”</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>label</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>putusan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>span</source>
        <translation>rentang</translation>
    </message>
    <message>
        <source>edit {fields} of “{text}”</source>
        <translation>sunting {fields} pada “{text}”</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>delete {kind} “{text}”</source>
        <translation>hapus {kind} “{text}”</translation>
    </message>
    <message>
        <source>re-attach {kind} “{text}”</source>
        <translation>tempelkan ulang {kind} “{text}”</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>penulis</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>penyunting</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>dateline</translation>
    </message>
    <message>
        <source>published</source>
        <translation>tanggal terbit</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>kredit foto</translation>
    </message>
    <message>
        <source>Edit article {fields}</source>
        <translation>Sunting artikel: {fields}</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>koleksi</translation>
    </message>
    <message>
        <source>Delete article “{title}”</source>
        <translation>Hapus artikel “{title}”</translation>
    </message>
    <message>
        <source>Delete collection “{name}”</source>
        <translation>Hapus koleksi “{name}”</translation>
    </message>
    <message>
        <source>New collection “{name}”</source>
        <translation>Koleksi baru “{name}”</translation>
    </message>
    <message>
        <source>Rename collection “{old}” to “{new}”</source>
        <translation>Ganti nama koleksi “{old}” menjadi “{new}”</translation>
    </message>
    <message>
        <source>Add to collection “{name}”</source>
        <translation>Tambahkan ke koleksi “{name}”</translation>
    </message>
    <message>
        <source>Remove from collection “{name}”</source>
        <translation>Keluarkan dari koleksi “{name}”</translation>
    </message>
    <message>
        <source>edit article text</source>
        <translation>sunting teks artikel</translation>
    </message>
    <message>
        <source>{n} annotation(s) made on the edited text since could not be placed in the text put back: they are kept with their words, to re-attach.</source>
        <translation>{n} anotasi yang dibuat pada teks suntingan sejak itu tidak dapat ditempatkan pada teks yang dikembalikan: anotasi disimpan bersama kata-katanya, untuk ditempelkan lagi.</translation>
    </message>
    <message>
        <source>Rename speaker {old} to {new}</source>
        <translation>Ganti nama narasumber {old} menjadi {new}</translation>
    </message>
    <message>
        <source>Describe speaker {name}</source>
        <translation>Keterangan narasumber {name}</translation>
    </message>
    <message>
        <source>Add alias {alias} of {name}</source>
        <translation>Tambah nama lain {alias} untuk {name}</translation>
    </message>
    <message>
        <source>Remove alias {alias} of {name}</source>
        <translation>Buang nama lain {alias} dari {name}</translation>
    </message>
    <message>
        <source>Merge speaker {source} into {target}</source>
        <translation>Gabungkan narasumber {source} ke {target}</translation>
    </message>
    <message>
        <source>accept {kind} “{text}”</source>
        <translation>terima {kind} “{text}”</translation>
    </message>
    <message>
        <source>accept 1 suggestion</source>
        <translation>terima 1 saran</translation>
    </message>
    <message>
        <source>accept {n} suggestions</source>
        <translation>terima {n} saran</translation>
    </message>
    <message>
        <source>Kept {n} of them: someone else changed them since (a speaker, a note, tags), and their work stays.</source>
        <translation>{n} di antaranya dibiarkan: orang lain mengubahnya sejak itu (narasumber, catatan, label), dan hasil kerja mereka tetap ada.</translation>
    </message>
    <message>
        <source>dismiss {kind} “{text}”</source>
        <translation>abaikan {kind} “{text}”</translation>
    </message>
    <message>
        <source>New tag {name}</source>
        <translation>Label baru {name}</translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation>Ganti nama label {old} menjadi {new}</translation>
    </message>
    <message>
        <source>Recolour tag {name}</source>
        <translation>Ganti warna label {name}</translation>
    </message>
    <message>
        <source>Delete tag {name}</source>
        <translation>Hapus label {name}</translation>
    </message>
    <message>
        <source>Merge tag {source} into {target}</source>
        <translation>Gabungkan label {source} ke {target}</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Label tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>“{name}” cannot be merged into a tag nested under it.</source>
        <translation>“{name}” tidak dapat digabungkan ke label yang bersarang di bawahnya.</translation>
    </message>
    <message>
        <source>“{new}” already exists; merge “{child}” into it first.</source>
        <translation>“{new}” sudah ada; gabungkan dulu “{child}” ke dalamnya.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 quote</source>
        <translation>1 kutipan</translation>
    </message>
    <message>
        <source>{n} quotes</source>
        <translation>{n} kutipan</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 klaim</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} klaim</translation>
    </message>
    <message>
        <source>1 highlight</source>
        <translation>1 sorotan</translation>
    </message>
    <message>
        <source>{n} highlights</source>
        <translation>{n} sorotan</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{date} [inferred]</source>
        <translation>{date} [disimpulkan]</translation>
    </message>
    <message>
        <source>{date} [no year]</source>
        <translation>{date} [tanpa tahun]</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>Disagreements</source>
        <translation>Ketidaksepakatan</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Disagreements only</source>
        <translation>Hanya ketidaksepakatan</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Version to accept</source>
        <translation>Versi yang diterima</translation>
    </message>
    <message>
        <source>Accept into</source>
        <translation>Terima ke</translation>
    </message>
    <message>
        <source>The coder the accepted version is written to (made if new); their annotations there are replaced</source>
        <translation>Pengode tempat versi yang diterima ditulis (dibuat bila baru); anotasinya di bagian itu diganti</translation>
    </message>
    <message>
        <source>Accept Passage</source>
        <translation>Terima Bagian</translation>
    </message>
    <message>
        <source>Put this coder's annotations of the chosen passage into the target coder</source>
        <translation>Masukkan anotasi pengode ini pada bagian terpilih ke pengode tujuan</translation>
    </message>
    <message>
        <source>Accept Whole Article</source>
        <translation>Terima Seluruh Artikel</translation>
    </message>
    <message>
        <source>Accept the version of</source>
        <translation>Terima versi</translation>
    </message>
    <message>
        <source>into</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>{coder} — {n} annotation(s)</source>
        <translation>{coder} — {n} anotasi</translation>
    </message>
    <message>
        <source>{n} passage(s), {d} with a disagreement.</source>
        <translation>{n} bagian, {d} dengan ketidaksepakatan.</translation>
    </message>
    <message>
        <source>all agree</source>
        <translation>semua sepakat</translation>
    </message>
    <message>
        <source>spans differ</source>
        <translation>rentang berbeda</translation>
    </message>
    <message>
        <source>kinds differ</source>
        <translation>jenis berbeda</translation>
    </message>
    <message>
        <source>tags differ</source>
        <translation>label berbeda</translation>
    </message>
    <message>
        <source>speakers differ</source>
        <translation>narasumber berbeda</translation>
    </message>
    <message>
        <source>verdicts differ</source>
        <translation>putusan berbeda</translation>
    </message>
    <message>
        <source>not coded by {coders}</source>
        <translation>tidak dikode oleh {coders}</translation>
    </message>
    <message>
        <source>{coder}: (nothing)</source>
        <translation>{coder}: (tidak ada)</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Accepted {source}'s version into {target} ({n} annotation(s)); Ctrl+Z undoes it.</source>
        <translation>Versi {source} diterima ke {target} ({n} anotasi); Ctrl+Z mengurungkannya.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Galat tak terduga: {error}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{n} source(s) that are not text were left out.</source>
        <translation>{n} sumber yang bukan teks tidak diikutkan.</translation>
    </message>
    <message>
        <source>“{article}”: the merged library's newer text replaced this one; the annotations here were placed again in it.</source>
        <translation>“{article}”: teks yang lebih baru dari pustaka yang digabungkan menggantikan teks ini; anotasi di sini ditempatkan ulang padanya.</translation>
    </message>
    <message>
        <source>“{article}”: this library's text was kept; the merged library's annotations were placed in it.</source>
        <translation>“{article}”: teks pustaka ini dipertahankan; anotasi dari pustaka yang digabungkan ditempatkan padanya.</translation>
    </message>
    <message>
        <source>“{article}”: its text was changed in both libraries since they last met; this library's was kept and the merged library's annotations were placed in it.</source>
        <translation>“{article}”: teksnya diubah di kedua pustaka sejak terakhir bertemu; teks pustaka ini dipertahankan dan anotasi dari pustaka yang digabungkan ditempatkan padanya.</translation>
    </message>
    <message>
        <source>“{article}”: details changed in the merged library (title, source, date …) were taken.</source>
        <translation>“{article}”: rincian yang diubah di pustaka yang digabungkan (judul, sumber, tanggal …) diambil.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>penulis</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>penyunting</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>dateline</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>kredit foto</translation>
    </message>
    <message>
        <source>original file name</source>
        <translation>nama berkas asli</translation>
    </message>
    <message>
        <source>original format</source>
        <translation>format asli</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>“{article}”: {parts} changed in both libraries since they last met; this library's kept.</source>
        <translation>“{article}”: {parts} diubah di kedua pustaka sejak terakhir bertemu; milik pustaka ini dipertahankan.</translation>
    </message>
    <message>
        <source>{n} of them could not be placed: they are kept with their words, to re-attach.</source>
        <translation>{n} di antaranya tidak dapat ditempatkan: anotasi itu disimpan bersama kata-katanya, untuk ditempelkan kembali.</translation>
    </message>
    <message>
        <source>Deleted in one library but edited in the other since, so the edit was kept: “{article}”</source>
        <translation>Dihapus di satu pustaka tetapi sejak itu disunting di pustaka lain, jadi suntingannya dipertahankan: “{article}”</translation>
    </message>
    <message>
        <source>Edited in both libraries, both versions kept (newest first): “{article}”</source>
        <translation>Disunting di kedua pustaka, kedua versi disimpan (terbaru dulu): “{article}”</translation>
    </message>
    <message>
        <source>deleted in this library</source>
        <translation>dihapus di pustaka ini</translation>
    </message>
    <message>
        <source>deleted in the merged library</source>
        <translation>dihapus di pustaka yang digabungkan</translation>
    </message>
    <message>
        <source>… and {n} more conflicts.</source>
        <translation>… dan {n} konflik lagi.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Merge library file</source>
        <translation>Gabungkan berkas pustaka</translation>
    </message>
    <message>
        <source>Kutip library file (*.kutip);;All files (*)</source>
        <translation>Berkas pustaka Kutip (*.kutip);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Impor proyek REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx);;All files (*)</source>
        <translation>Proyek REFI-QDA (*.qdpx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Everything in {name} is in this library already.</source>
        <translation>Semua isi {name} sudah ada di pustaka ini.</translation>
    </message>
    <message>
        <source>Merge {name}?</source>
        <translation>Gabungkan {name}?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Gabungkan {name}</translation>
    </message>
    <message>
        <source>Edit › Undo takes the merge back.</source>
        <translation>Sunting › Urungkan membatalkan penggabungan.</translation>
    </message>
    <message>
        <source>Export library file</source>
        <translation>Ekspor berkas pustaka</translation>
    </message>
    <message>
        <source>Kutip library file (*.kutip)</source>
        <translation>Berkas pustaka Kutip (*.kutip)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Writing the articles…</source>
        <translation>Menulis artikel…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>Wrote {name}: {summary}</source>
        <translation>{name} ditulis: {summary}</translation>
    </message>
    <message>
        <source>Reading annotations…</source>
        <translation>Membaca anotasi…</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Ekspor proyek REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Proyek REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Export REFI-QDA codebook</source>
        <translation>Ekspor buku kode REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>Buku kode REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote {name}: {n} tag(s)</source>
        <translation>{name} ditulis: {n} label</translation>
    </message>
    <message>
        <source>Export coded table</source>
        <translation>Ekspor tabel pengodean</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {name}</source>
        <translation>{name} ditulis</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (lembar kerja)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON</source>
        <translation>JSON W3C Web Annotation</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>The selected annotation</source>
        <translation>Anotasi yang dipilih</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Seluruh pustaka</translation>
    </message>
    <message>
        <source>Shipped template for the grouping</source>
        <translation>Templat bawaan untuk pengelompokan ini</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Copy default template to…</source>
        <translation>Salin templat bawaan ke…</translation>
    </message>
    <message>
        <source>Save the shipped template for this grouping where you can edit it</source>
        <translation>Simpan templat bawaan pengelompokan ini ke tempat yang bisa Anda sunting</translation>
    </message>
    <message>
        <source>Tags as #hashtags</source>
        <translation>Label sebagai #tagar</translation>
    </message>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>Tanda urutan byte (BOM, untuk Excel)</translation>
    </message>
    <message>
        <source>Spreadsheet-safe cells</source>
        <translation>Sel aman untuk lembar kerja</translation>
    </message>
    <message>
        <source>Put a ' before cells starting with = + - @ so a spreadsheet shows them as text instead of running them as formulas. Turn off only for tools that need raw values.</source>
        <translation>Tambahkan ' di depan sel yang diawali = + - @ agar lembar kerja menampilkannya sebagai teks, bukan menjalankannya sebagai rumus. Matikan hanya untuk alat yang memerlukan nilai mentah.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>JSON (*.json *.jsonld);;All files (*)</source>
        <translation>JSON (*.json *.jsonld);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading annotations</source>
        <translation>Membaca anotasi</translation>
    </message>
    <message>
        <source>Writing the export</source>
        <translation>Menulis ekspor</translation>
    </message>
    <message>
        <source>Writing the articles</source>
        <translation>Menulis artikel</translation>
    </message>
    <message>
        <source>Writing the annotations</source>
        <translation>Menulis anotasi</translation>
    </message>
    <message>
        <source>This article: {title}</source>
        <translation>Artikel ini: {title}</translation>
    </message>
    <message>
        <source>The search and filter result ({what})</source>
        <translation>Hasil pencarian dan saringan ({what})</translation>
    </message>
    <message>
        <source>Shipped: {name}</source>
        <translation>Bawaan: {name}</translation>
    </message>
    <message>
        <source>Language of the words the export writes around your annotations: Highlight, Claim and its verdict, Tags, Note, [inferred]. The annotations stay as written.</source>
        <translation>Bahasa kata-kata yang ditulis ekspor di sekitar anotasi Anda: Sorotan, Klaim dan putusannya, Label, Catatan, [disimpulkan]. Anotasinya tetap seperti ditulis.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Kelompokkan menurut</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>Salin ke Papan Klip</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Choose a Jinja2 template</source>
        <translation>Pilih templat Jinja2</translation>
    </message>
    <message>
        <source>Jinja2 templates (*.j2 *.jinja *.md *.txt);;All files (*)</source>
        <translation>Templat Jinja2 (*.j2 *.jinja *.md *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Berkas: {name}</translation>
    </message>
    <message>
        <source>Copy the default template to</source>
        <translation>Salin templat bawaan ke</translation>
    </message>
    <message>
        <source>Jinja2 templates (*.j2);;All files (*)</source>
        <translation>Templat Jinja2 (*.j2);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Copy template</source>
        <translation>Salin templat</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <source>Copied to {path}; edit it and the preview follows.</source>
        <translation>Disalin ke {path}; sunting berkas itu dan pratinjau mengikutinya.</translation>
    </message>
    <message>
        <source>Rendering the preview with your template…</source>
        <translation>Menyusun pratinjau dengan templat Anda…</translation>
    </message>
    <message>
        <source>Preview of the first {n} annotations; the export has them all.</source>
        <translation>Pratinjau {n} anotasi pertama; ekspornya memuat semuanya.</translation>
    </message>
    <message>
        <source>Preview: 1 annotation in 1 article.</source>
        <translation>Pratinjau: 1 anotasi dalam 1 artikel.</translation>
    </message>
    <message>
        <source>Preview: {n} annotations in 1 article.</source>
        <translation>Pratinjau: {n} anotasi dalam 1 artikel.</translation>
    </message>
    <message>
        <source>Preview: 1 annotation in {articles} articles.</source>
        <translation>Pratinjau: 1 anotasi dalam {articles} artikel.</translation>
    </message>
    <message>
        <source>Preview: {n} annotations in {articles} articles.</source>
        <translation>Pratinjau: {n} anotasi dalam {articles} artikel.</translation>
    </message>
    <message>
        <source>The file starts with a BOM.</source>
        <translation>Berkas diawali BOM.</translation>
    </message>
    <message>
        <source>Template error: {error}</source>
        <translation>Galat templat: {error}</translation>
    </message>
    <message>
        <source>The export could not be made:</source>
        <translation>Ekspor tidak dapat dibuat:</translation>
    </message>
    <message>
        <source>Reading annotations…</source>
        <translation>Membaca anotasi…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>Copied {n} characters to the clipboard.</source>
        <translation>{n} karakter disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Simpan hasil ekspor</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Simpan ekspor</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tersimpan di {path}</translation>
    </message>
    <message>
        <source>a collection</source>
        <translation>sebuah koleksi</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>label</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>pengode</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feed</source>
        <translation>Umpan</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Terakhir dibaca</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Umpan</translation>
    </message>
    <message>
        <source>Kutip reads a feed only when you add it or press Refresh; new items become articles, and no item is brought in twice.</source>
        <translation>Kutip membaca umpan hanya saat Anda menambahkannya atau menekan Segarkan; butir baru menjadi artikel, dan tidak ada butir yang diambil dua kali.</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Tambah Umpan…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Segarkan yang &amp;Dipilih</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll</source>
        <translation>Segarkan &amp;Semua</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last refresh failed: {error}</source>
        <translation>Penyegaran terakhir gagal: {error}</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Tambah Umpan</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed (or of a page that names its feed):</source>
        <translation>Alamat umpan RSS atau Atom (atau halaman yang mencantumkan umpannya):</translation>
    </message>
    <message>
        <source>Reading the feed…</source>
        <translation>Membaca umpan…</translation>
    </message>
    <message>
        <source>Added {title}. Press Refresh to bring in its articles.</source>
        <translation>{title} ditambahkan. Tekan Segarkan untuk mengambil artikelnya.</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>Buang Umpan</translation>
    </message>
    <message>
        <source>Stop following {names}?</source>
        <translation>Berhenti mengikuti {names}?</translation>
    </message>
    <message>
        <source>The articles it brought in stay in the library.</source>
        <translation>Artikel yang sudah diambilnya tetap ada di pustaka.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>No longer following {names}.</source>
        <translation>Tidak lagi mengikuti {names}.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Menyegarkan…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>Berkas {suffix}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Hasil sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Hasil berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imports cannot be undone: delete the imported articles instead</source>
        <translation>Impor tidak dapat diurungkan: hapus saja artikel yang diimpor</translation>
    </message>
    <message>
        <source>{what} (cannot be undone)</source>
        <translation>{what} (tidak dapat diurungkan)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Articles and documents ({patterns});;PDF (*.pdf);;Word and OpenDocument (*.docx *.odt);;EPUB (*.epub);;E-mail (*.eml);;All files (*)</source>
        <translation>Artikel dan dokumen ({patterns});;PDF (*.pdf);;Word dan OpenDocument (*.docx *.odt);;EPUB (*.epub);;Surel (*.eml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import: {summary} (imports cannot be undone)</source>
        <translation>Impor: {summary} (impor tidak dapat diurungkan)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Impor artikel</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Impor folder</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Impor dari URL</translation>
    </message>
    <message>
        <source>Web page address (Kutip will download this one page):</source>
        <translation>Alamat halaman web (Kutip hanya akan mengunduh halaman ini):</translation>
    </message>
    <message>
        <source>Import annotations (W3C Web Annotation JSON)</source>
        <translation>Impor anotasi (JSON W3C Web Annotation)</translation>
    </message>
    <message>
        <source>Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>JSON Web Annotation (*.json *.jsonld);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Impor anotasi</translation>
    </message>
    <message>
        <source>No article in the library for:</source>
        <translation>Tidak ada artikel di pustaka untuk:</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Impor dibatalkan.</translation>
    </message>
    <message>
        <source>That article is already in the library.</source>
        <translation>Artikel itu sudah ada di pustaka.</translation>
    </message>
    <message>
        <source>The article was updated with the new text.</source>
        <translation>Artikel diperbarui dengan teks baru.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import options</source>
        <translation>Pilihan impor</translation>
    </message>
    <message>
        <source>Some of these files hold more than one article.</source>
        <translation>Sebagian berkas ini memuat lebih dari satu artikel.</translation>
    </message>
    <message>
        <source>EPUB books: one article per &amp;chapter (otherwise the whole book is one article)</source>
        <translation>Buku EPUB: satu artikel per &amp;bab (jika tidak, seluruh buku menjadi satu artikel)</translation>
    </message>
    <message>
        <source>E-mail: also import &amp;attachments (PDF, Word, OpenDocument …) as articles</source>
        <translation>Surel: impor juga &amp;lampiran (PDF, Word, OpenDocument …) sebagai artikel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import was cancelled; the files imported so far stay.</source>
        <translation>Impor dibatalkan; berkas yang sudah diimpor tetap ada.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>of them another outlet's copy of a text already in the library: {n}</source>
        <translation>di antaranya salinan media lain dari teks yang sudah ada di pustaka: {n}</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>… and {n} more (see the details)</source>
        <translation>… dan {n} lagi (lihat rinciannya)</translation>
    </message>
    <message>
        <source>{label}: {name} (article {id})</source>
        <translation>{label}: {name} (artikel {id})</translation>
    </message>
    <message>
        <source>{name} (article {id}) is {outlet}'s copy of article {first} ({first_outlet}): the same text</source>
        <translation>{name} (artikel {id}) adalah salinan {outlet} dari artikel {first} ({first_outlet}): teksnya sama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Menyiapkan impor…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Importing {n} of {total}: {name}</source>
        <translation>Mengimpor {n} dari {total}: {name}</translation>
    </message>
    <message>
        <source>Downloading {url}…</source>
        <translation>Mengunduh {url}…</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Impor dari URL</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>quote</source>
        <translation>kutipan</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>klaim</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>sorotan</translation>
    </message>
    <message>
        <source>With quotes</source>
        <translation>Berisi kutipan</translation>
    </message>
    <message>
        <source>With claims</source>
        <translation>Berisi klaim</translation>
    </message>
    <message>
        <source>With highlights</source>
        <translation>Berisi sorotan</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Belum dicek</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Menyesatkan</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Tak terverifikasi</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Warna label</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Claim: unchecked</source>
        <translation>Klaim: belum dicek</translation>
    </message>
    <message>
        <source>true</source>
        <translation>benar</translation>
    </message>
    <message>
        <source>false</source>
        <translation>salah</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>menyesatkan</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>tak terverifikasi</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search articles and annotations…</source>
        <translation>Cari artikel dan anotasi…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Semua sumber</translation>
    </message>
    <message>
        <source>Show only articles from this outlet</source>
        <translation>Tampilkan hanya artikel dari media ini</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Show only articles with annotations tagged so</source>
        <translation>Tampilkan hanya artikel dengan anotasi berlabel ini</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Semua narasumber</translation>
    </message>
    <message>
        <source>Show only articles quoting this speaker</source>
        <translation>Tampilkan hanya artikel yang mengutip narasumber ini</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Semua pengode</translation>
    </message>
    <message>
        <source>Show only articles this coder annotated</source>
        <translation>Tampilkan hanya artikel yang dianotasi pengode ini</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Show only articles with annotations of this kind</source>
        <translation>Tampilkan hanya artikel dengan anotasi jenis ini</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>Tidak ada artikel yang cocok.</translation>
    </message>
    <message>
        <source>The library is empty.

Import articles with File → Import Files… (Ctrl+O), paste one (Ctrl+Shift+V), or drop files on the window.</source>
        <translation>Pustaka masih kosong.

Impor artikel lewat Berkas → Impor Berkas… (Ctrl+O), tempel artikel (Ctrl+Shift+V), atau seret berkas ke jendela ini.</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Urutkan menurut</translation>
    </message>
    <message>
        <source>{column}, ascending</source>
        <translation>{column}, naik</translation>
    </message>
    <message>
        <source>{column}, descending</source>
        <translation>{column}, turun</translation>
    </message>
    <message>
        <source>Show {column} column</source>
        <translation>Tampilkan kolom {column}</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>K</translation>
    </message>
    <message>
        <source>C</source>
        <translation>Kl</translation>
    </message>
    <message>
        <source>H</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Number of quotes</source>
        <translation>Jumlah kutipan</translation>
    </message>
    <message>
        <source>Number of claims</source>
        <translation>Jumlah klaim</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Jumlah sorotan</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The library file is damaged</source>
        <translation>Berkas pustaka rusak</translation>
    </message>
    <message>
        <source>Kutip cannot open the library</source>
        <translation>Kutip tidak dapat membuka pustaka</translation>
    </message>
    <message>
        <source>The library file was replaced while open</source>
        <translation>Berkas pustaka diganti saat terbuka</translation>
    </message>
    <message>
        <source>Another program put a different file where this library was while Kutip had it open. What Kutip had, with its latest changes, is kept in {path}; the file now in the library's place was left as it is.</source>
        <translation>Program lain menaruh berkas lain di tempat pustaka ini saat dibuka Kutip. Isi yang dibuka Kutip, dengan perubahan terakhirnya, disimpan di {path}; berkas yang kini ada di tempat pustaka dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Keeping a copy of what Kutip had of the library whose file was replaced…</source>
        <translation>Menyimpan salinan isi pustaka yang dibuka Kutip, yang berkasnya telah diganti…</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>pustaka</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Rinciannya ditulis ke {path}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Kutip met an unexpected error: {error}.</source>
        <translation>Kutip mengalami galat tak terduga: {error}.</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <source>Remove it from File → Open Recent?</source>
        <translation>Hapus dari Berkas → Buka Terakhir?</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Hapus dari Daftar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <source>Import articles and documents: text, Markdown, HTML, PDF, Word, OpenDocument, EPUB, e-mail</source>
        <translation>Impor artikel dan dokumen: teks, Markdown, HTML, PDF, Word, OpenDocument, EPUB, surel</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Impor semua artikel dalam folder beserta subfoldernya</translation>
    </message>
    <message>
        <source>&amp;Paste Article…</source>
        <translation>&amp;Tempel Artikel…</translation>
    </message>
    <message>
        <source>Make a new article from pasted text</source>
        <translation>Buat artikel baru dari teks yang ditempel</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Impor dari &amp;URL…</translation>
    </message>
    <message>
        <source>Download one web page (the only time Kutip uses the network)</source>
        <translation>Unduh satu halaman web (satu-satunya saat Kutip memakai jaringan)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export annotations as Markdown, CSV or W3C JSON</source>
        <translation>Ekspor anotasi sebagai Markdown, CSV, atau JSON W3C</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Impor &amp;Anotasi…</translation>
    </message>
    <message>
        <source>Add annotations from a W3C JSON file</source>
        <translation>Tambahkan anotasi dari berkas JSON W3C</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>Pustaka &amp;Baru…</translation>
    </message>
    <message>
        <source>Start an empty library in a new file</source>
        <translation>Mulai pustaka kosong di berkas baru</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Buka Pu&amp;staka…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Buka berkas pustaka lain</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>Buka Pustaka Ti&amp;m…</translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL server</source>
        <translation>Buka pustaka bersama di server PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Hapus Anotasi</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Hapus anotasi yang dipilih</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Rincian Artikel…</translation>
    </message>
    <message>
        <source>Correct the title, source, authors, date…</source>
        <translation>Perbaiki judul, sumber, penulis, tanggal…</translation>
    </message>
    <message>
        <source>Delete the selected articles and their annotations</source>
        <translation>Hapus artikel yang dipilih beserta anotasinya</translation>
    </message>
    <message>
        <source>Add to &amp;Collection…</source>
        <translation>Tambahkan ke &amp;Koleksi…</translation>
    </message>
    <message>
        <source>Put the selected articles in a collection</source>
        <translation>Masukkan artikel yang dipilih ke koleksi</translation>
    </message>
    <message>
        <source>Take the selected articles out of the collection shown</source>
        <translation>Keluarkan artikel yang dipilih dari koleksi yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>Koleksi &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Label…</translation>
    </message>
    <message>
        <source>Create, rename, recolour, nest, merge and delete tags</source>
        <translation>Buat, ganti nama, ganti warna, susun, gabungkan, dan hapus label</translation>
    </message>
    <message>
        <source>&amp;Speakers…</source>
        <translation>&amp;Narasumber…</translation>
    </message>
    <message>
        <source>Rename and merge speakers; edit their aliases</source>
        <translation>Ganti nama dan gabungkan narasumber; sunting nama lainnya</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Umpan…</translation>
    </message>
    <message>
        <source>Follow RSS and Atom feeds; refresh to bring in new articles</source>
        <translation>Ikuti umpan RSS dan Atom; segarkan untuk mengambil artikel baru</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Cadangan…</translation>
    </message>
    <message>
        <source>The copies of the library file Kutip made before upgrading it</source>
        <translation>Salinan berkas pustaka yang dibuat Kutip sebelum memutakhirkannya</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>De&amp;lete Article…</source>
        <translation>&amp;Hapus Artikel…</translation>
    </message>
    <message>
        <source>&amp;Remove from This Collection</source>
        <translation>K&amp;eluarkan dari Koleksi Ini</translation>
    </message>
    <message>
        <source>&amp;Rename Collection…</source>
        <translation>&amp;Ganti Nama Koleksi…</translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>&amp;Hapus Koleksi</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>Cari di &amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;About Kutip</source>
        <translation>&amp;Tentang Kutip</translation>
    </message>
    <message>
        <source>&amp;Library Pane</source>
        <translation>Panel &amp;Pustaka</translation>
    </message>
    <message>
        <source>Show or hide the collections and articles</source>
        <translation>Tampilkan atau sembunyikan koleksi dan artikel</translation>
    </message>
    <message>
        <source>&amp;Annotation Pane</source>
        <translation>Panel &amp;Anotasi</translation>
    </message>
    <message>
        <source>Show or hide the annotations and suggestions</source>
        <translation>Tampilkan atau sembunyikan anotasi dan saran</translation>
    </message>
    <message>
        <source>L&amp;egend</source>
        <translation>L&amp;egenda</translation>
    </message>
    <message>
        <source>What the marks in the article mean</source>
        <translation>Arti tanda-tanda di artikel</translation>
    </message>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>Mode &amp;Baca</translation>
    </message>
    <message>
        <source>Only the article: no panes, no toolbar</source>
        <translation>Hanya artikel: tanpa panel, tanpa bilah alat</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Every key Kutip answers to</source>
        <translation>Semua tombol yang dikenali Kutip</translation>
    </message>
    <message>
        <source>&amp;Merge Library File…</source>
        <translation>&amp;Gabungkan Berkas Pustaka…</translation>
    </message>
    <message>
        <source>Bring in another coder's library file (undoable)</source>
        <translation>Masukkan berkas pustaka pengode lain (dapat diurungkan)</translation>
    </message>
    <message>
        <source>&amp;Export Library File…</source>
        <translation>&amp;Ekspor Berkas Pustaka…</translation>
    </message>
    <message>
        <source>The whole library as one file for another Kutip to merge</source>
        <translation>Seluruh pustaka sebagai satu berkas untuk digabungkan Kutip lain</translation>
    </message>
    <message>
        <source>&amp;Import REFI-QDA Project…</source>
        <translation>&amp;Impor Proyek REFI-QDA…</translation>
    </message>
    <message>
        <source>Text sources and codings from MAXQDA, ATLAS.ti, NVivo, QualCoder</source>
        <translation>Sumber teks dan pengodean dari MAXQDA, ATLAS.ti, NVivo, QualCoder</translation>
    </message>
    <message>
        <source>Export REFI-QDA &amp;Project…</source>
        <translation>Ekspor &amp;Proyek REFI-QDA…</translation>
    </message>
    <message>
        <source>A .qdpx project for MAXQDA, ATLAS.ti, NVivo, QualCoder</source>
        <translation>Proyek .qdpx untuk MAXQDA, ATLAS.ti, NVivo, QualCoder</translation>
    </message>
    <message>
        <source>Export REFI-QDA &amp;Codebook…</source>
        <translation>Ekspor &amp;Buku Kode REFI-QDA…</translation>
    </message>
    <message>
        <source>The tags as a .qdc codebook</source>
        <translation>Label sebagai buku kode .qdc</translation>
    </message>
    <message>
        <source>Export Coded &amp;Table…</source>
        <translation>Ekspor &amp;Tabel Pengodean…</translation>
    </message>
    <message>
        <source>A CSV row per article and code with each coder's counts, for R or SPSS</source>
        <translation>Satu baris CSV per artikel dan kode dengan hitungan tiap pengode, untuk R atau SPSS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Pertukaran</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Baca</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(hanya-baca)</translation>
    </message>
    <message>
        <source>The article had changed meanwhile; tagged {kind} “{text}” on the same words in its new text.</source>
        <translation>Artikel sempat berubah; {kind} “{text}” ditandai pada kata yang sama di teks barunya.</translation>
    </message>
    <message>
        <source>Tagged {kind}: “{text}”. The speaker, {speaker}, is a guess: check it (tagged {tag}).</source>
        <translation>Ditandai sebagai {kind}: “{text}”. Narasumbernya, {speaker}, masih tebakan: periksa lagi (diberi tag {tag}).</translation>
    </message>
    <message>
        <source>Tagged {kind}: “{text}”</source>
        <translation>Ditandai sebagai {kind}: “{text}”</translation>
    </message>
    <message>
        <source>Their {field} now: “{value}”</source>
        <translation>Sekarang {field} mereka: “{value}”</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} artikel</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} dari {total} ditampilkan</translation>
    </message>
    <message>
        <source>Delete articles</source>
        <translation>Hapus artikel</translation>
    </message>
    <message>
        <source>Delete this article?</source>
        <translation>Hapus artikel ini?</translation>
    </message>
    <message>
        <source>Delete these {n} articles?</source>
        <translation>Hapus {n} artikel ini?</translation>
    </message>
    <message>
        <source>Their {n} annotation(s) go too. You can undo this with Ctrl+Z.</source>
        <translation>{n} anotasinya ikut terhapus. Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete this article</source>
        <translation>hapus artikel ini</translation>
    </message>
    <message>
        <source>delete these {n} articles</source>
        <translation>hapus {n} artikel ini</translation>
    </message>
    <message>
        <source>{path} (not there)</source>
        <translation>{path} (tidak ada)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Pustaka baru</translation>
    </message>
    <message>
        <source>Kutip library (*.sqlite)</source>
        <translation>Pustaka Kutip (*.sqlite)</translation>
    </message>
    <message>
        <source>{name} already exists: use File → Open Library to open it.</source>
        <translation>{name} sudah ada: gunakan Berkas → Buka Pustaka untuk membukanya.</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Buka pustaka</translation>
    </message>
    <message>
        <source>Kutip library (*.sqlite);;All files (*)</source>
        <translation>Pustaka Kutip (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kutip {version}&lt;/h3&gt;&lt;p&gt;Read news articles and tag the quotes and claims in them.&lt;/p&gt;&lt;p&gt;This is a team library on a PostgreSQL server:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Besides that server, Kutip makes no network request unless you import a URL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kutip {version}&lt;/h3&gt;&lt;p&gt;Baca artikel berita dan tandai kutipan serta klaim di dalamnya.&lt;/p&gt;&lt;p&gt;Ini pustaka tim di server PostgreSQL:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Selain ke server itu, Kutip tidak menghubungi jaringan kecuali Anda mengimpor URL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kutip</source>
        <translation>Tentang Kutip</translation>
    </message>
    <message>
        <source>When Kutip last closed, what you typed in an annotation could not be saved; it was kept in these files:

{typed}</source>
        <translation>Saat Kutip terakhir ditutup, yang Anda ketik pada anotasi tidak dapat disimpan; teks itu ditulis ke berkas-berkas ini:

{typed}</translation>
    </message>
    <message>
        <source>Copy it to the clipboard and paste it where it belongs; then delete the files. Kept, they are offered again at the next start.</source>
        <translation>Salin ke papan klip lalu tempelkan di tempatnya; setelah itu hapus berkas-berkasnya. Jika disimpan, berkas itu ditawarkan lagi saat Kutip dimulai berikutnya.</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>Salin ke Papan Klip</translation>
    </message>
    <message>
        <source>Delete the Files</source>
        <translation>Hapus Berkas-berkasnya</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Simpan untuk Nanti</translation>
    </message>
    <message>
        <source>Not saved last time</source>
        <translation>Tidak tersimpan terakhir kali</translation>
    </message>
    <message>
        <source>Copied to the clipboard. Paste it where it belongs before you delete the files.</source>
        <translation>Sudah disalin ke papan klip. Tempelkan di tempatnya sebelum Anda menghapus berkas-berkasnya.</translation>
    </message>
    <message>
        <source>What you typed in the annotation could not be saved, so it was copied to the clipboard and kept in the file {path}:

{typed}</source>
        <translation>Yang Anda ketik pada anotasi tidak dapat disimpan, jadi disalin ke papan klip dan ditulis ke berkas {path}:

{typed}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>What you typed in the annotation could not be saved, so it was copied to the clipboard:

{typed}</source>
        <translation>Yang Anda ketik pada anotasi tidak dapat disimpan, jadi disalin ke papan klip:

{typed}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kutip {version}&lt;/h3&gt;&lt;p&gt;Read news articles and tag the quotes and claims in them.&lt;/p&gt;&lt;p&gt;Your library is one SQLite file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Kutip makes no network request unless you import a URL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kutip {version}&lt;/h3&gt;&lt;p&gt;Baca artikel berita dan tandai kutipan serta klaim di dalamnya.&lt;/p&gt;&lt;p&gt;Pustaka Anda adalah satu berkas SQLite:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Kutip tidak menghubungi jaringan kecuali Anda mengimpor URL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team Library Password</source>
        <translation>Kata Sandi Pustaka Tim</translation>
    </message>
    <message>
        <source>The server refused the password of &lt;b&gt;{account}&lt;/b&gt;. Type it again:</source>
        <translation>Server menolak kata sandi &lt;b&gt;{account}&lt;/b&gt;. Ketik sekali lagi:</translation>
    </message>
    <message>
        <source>The team library wants the password of &lt;b&gt;{account}&lt;/b&gt;:</source>
        <translation>Pustaka tim meminta kata sandi &lt;b&gt;{account}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring ({name})</source>
        <translation>&amp;Ingat di keyring sistem ({name})</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keyring</source>
        <translation>&amp;Ingat di keyring sistem</translation>
    </message>
    <message>
        <source>There is no system keyring here: keep the password in ~/.pgpass instead.</source>
        <translation>Di sini tidak ada keyring sistem: simpan kata sandi di ~/.pgpass saja.</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Paste an article</source>
        <translation>Tempel artikel</translation>
    </message>
    <message>
        <source>Paste the article's text. The first line becomes the title; agency lines such as “Jakarta, MINA –” are recognised.</source>
        <translation>Tempel teks artikel. Baris pertama menjadi judul; baris kantor berita seperti “Jakarta, MINA –” dikenali.</translation>
    </message>
    <message>
        <source>Title

Jakarta, MINA – The article's text…</source>
        <translation>Judul

Jakarta, MINA – Teks artikel…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Select Color</source>
        <translation>Pilih Warna</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Warna &amp;dasar</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Warna &amp;khusus</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Tambahkan ke Warna Khusus</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Ambil Warna dari Layar</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Kursor di %1, %2
Tekan Esc untuk batal</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Rona:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Saturasi:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Merah:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>Hi&amp;jau:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;Biru:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Kanal a&amp;lfa:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rincian</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rincian</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDn</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Potong</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>PrtSc</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Gulir ke Kiri</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Gulir ke Kanan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QuotesController</name>
    <message>
        <source>Quotes Across Outlets</source>
        <translation>Kutipan Lintas Media</translation>
    </message>
    <message>
        <source>&amp;Quotes Across Outlets</source>
        <translation>&amp;Kutipan Lintas Media</translation>
    </message>
    <message>
        <source>Statements quoted more than once, and how each outlet changed them (Ctrl+3)</source>
        <translation>Pernyataan yang dikutip lebih dari sekali, dan cara tiap media mengubahnya (Ctrl+3)</translation>
    </message>
    <message>
        <source>Every version of the selected quote across outlets</source>
        <translation>Semua versi kutipan yang dipilih di berbagai media</translation>
    </message>
    <message>
        <source>Show &amp;Quote Trail</source>
        <translation>Tampilkan &amp;Jejak Kutipan</translation>
    </message>
    <message>
        <source>R&amp;ebuild Quote Trails</source>
        <translation>&amp;Susun Ulang Jejak Kutipan</translation>
    </message>
    <message>
        <source>Group every quotation of the library again</source>
        <translation>Kelompokkan ulang semua kutipan di pustaka</translation>
    </message>
    <message>
        <source>&amp;Open Reference Version</source>
        <translation>&amp;Buka Versi Acuan</translation>
    </message>
    <message>
        <source>&amp;Copy Statement</source>
        <translation>&amp;Salin Pernyataan</translation>
    </message>
    <message>
        <source>Copy &amp;Reference for `kutip trail`</source>
        <translation>Salin &amp;Rujukan untuk `kutip trail`</translation>
    </message>
    <message>
        <source>This statement's speaker is still being worked out: copy it again in a moment.</source>
        <translation>Narasumber pernyataan ini masih dicari: salin lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Copied {reference}: `kutip trail {reference}` shows this trail.</source>
        <translation>{reference} disalin: `kutip trail {reference}` menampilkan jejak ini.</translation>
    </message>
    <message>
        <source>No statement quoted more than once</source>
        <translation>Tidak ada pernyataan yang dikutip lebih dari sekali</translation>
    </message>
    <message>
        <source>1 statement quoted more than once</source>
        <translation>1 pernyataan dikutip lebih dari sekali</translation>
    </message>
    <message>
        <source>{n} statements quoted more than once</source>
        <translation>{n} pernyataan dikutip lebih dari sekali</translation>
    </message>
    <message>
        <source>Grouping the library's quotations…</source>
        <translation>Mengelompokkan kutipan di pustaka…</translation>
    </message>
    <message>
        <source>Quote trail</source>
        <translation>Jejak kutipan</translation>
    </message>
    <message>
        <source>Select a quote in the annotation list first.</source>
        <translation>Pilih dulu sebuah kutipan di daftar anotasi.</translation>
    </message>
    <message>
        <source>Show Quote Trail</source>
        <translation>Tampilkan Jejak Kutipan</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <source>All collections</source>
        <translation>Semua koleksi</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Only statements quoted by at least this many outlets (articles without a source count as an outlet only when no other names one)</source>
        <translation>Hanya pernyataan yang dikutip sedikitnya oleh sejumlah media ini (artikel tanpa sumber dihitung sebagai media hanya bila tak ada artikel lain yang menyebut medianya)</translation>
    </message>
    <message>
        <source> outlets</source>
        <translation> media</translation>
    </message>
    <message>
        <source> outlet</source>
        <translation> media</translation>
    </message>
    <message>
        <source>Statements quoted more than once</source>
        <translation>Pernyataan yang dikutip lebih dari sekali</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Editor: {name}</source>
        <translation>Penyunting: {name}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>belum dicek</translation>
    </message>
    <message>
        <source>true</source>
        <translation>benar</translation>
    </message>
    <message>
        <source>false</source>
        <translation>salah</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>menyesatkan</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>tak terverifikasi</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Putusan: {verdict}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Label: {tags}</translation>
    </message>
    <message>
        <source>(re-anchored after the text changed)</source>
        <translation>(ditempatkan ulang setelah teks berubah)</translation>
    </message>
    <message>
        <source>Suggested {kind}</source>
        <translation>Saran {kind}</translation>
    </message>
    <message>
        <source>Confidence {percent}</source>
        <translation>Keyakinan {percent}</translation>
    </message>
    <message>
        <source>Click to review</source>
        <translation>Klik untuk meninjau</translation>
    </message>
    <message>
        <source>No article open.

Choose one in the library, or import articles with File → Import Files… (Ctrl+O), paste one with Ctrl+Shift+V, or drop files here.</source>
        <translation>Belum ada artikel yang dibuka.

Pilih satu di pustaka, atau impor artikel lewat Berkas → Impor Berkas… (Ctrl+O), tempel artikel dengan Ctrl+Shift+V, atau seret berkas ke sini.</translation>
    </message>
    <message>
        <source>Opening the article…</source>
        <translation>Membuka artikel…</translation>
    </message>
    <message>
        <source>Tag as &amp;quote ({key})</source>
        <translation>Tandai sebagai &amp;kutipan ({key})</translation>
    </message>
    <message>
        <source>Tag as cl&amp;aim ({key})</source>
        <translation>Tandai sebagai kla&amp;im ({key})</translation>
    </message>
    <message>
        <source>Tag as &amp;highlight ({key})</source>
        <translation>Tandai sebagai s&amp;orotan ({key})</translation>
    </message>
    <message>
        <source>Tag the selected text as a quote ({key})</source>
        <translation>Tandai teks yang dipilih sebagai kutipan ({key})</translation>
    </message>
    <message>
        <source>Tag the selected text as a claim ({key})</source>
        <translation>Tandai teks yang dipilih sebagai klaim ({key})</translation>
    </message>
    <message>
        <source>Tag the selected text as a highlight ({key})</source>
        <translation>Tandai teks yang dipilih sebagai sorotan ({key})</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
</context>
<context>
    <name>ReanchorController</name>
    <message>
        <source>Edit Article &amp;Text…</source>
        <translation>Sunting &amp;Teks Artikel…</translation>
    </message>
    <message>
        <source>Correct the article's text; its annotations are placed again</source>
        <translation>Perbaiki teks artikel; anotasinya ditempatkan ulang</translation>
    </message>
    <message>
        <source>Select the text this annotation belongs to, then Re-attach.</source>
        <translation>Pilih teks milik anotasi ini, lalu Tempelkan.</translation>
    </message>
    <message>
        <source>Re-attached to “{text}”</source>
        <translation>Ditempelkan ulang pada “{text}”</translation>
    </message>
    <message>
        <source>Your edited text was copied to the clipboard: open the editor again and paste it there, or compare it with the article as it is now.</source>
        <translation>Teks suntingan Anda disalin ke papan klip: buka lagi penyunting lalu tempelkan di sana, atau bandingkan dengan artikel sebagaimana sekarang.</translation>
    </message>
    <message>
        <source>1 annotation could not be placed in the new text. It is listed greyed at the end of the annotation pane: select it, select its text in the article and press “Re-attach to Selection”. Undo (Ctrl+Z) restores the old text.</source>
        <translation>1 anotasi tidak dapat ditempatkan di teks baru. Anotasi itu tercantum kelabu di akhir panel anotasi: pilih anotasinya, pilih teksnya di artikel, lalu tekan “Tempelkan ke Pilihan”. Urungkan (Ctrl+Z) mengembalikan teks lama.</translation>
    </message>
    <message>
        <source>{n} annotations could not be placed in the new text. They are listed greyed at the end of the annotation pane: select one, select its text in the article and press “Re-attach to Selection”. Undo (Ctrl+Z) restores the old text.</source>
        <translation>{n} anotasi tidak dapat ditempatkan di teks baru. Semuanya tercantum kelabu di akhir panel anotasi: pilih satu, pilih teksnya di artikel, lalu tekan “Tempelkan ke Pilihan”. Urungkan (Ctrl+Z) mengembalikan teks lama.</translation>
    </message>
    <message>
        <source>Edit article text</source>
        <translation>Sunting teks artikel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>A new language is used after Kutip is restarted.</source>
        <translation>Bahasa baru dipakai setelah Kutip dibuka ulang.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Open the annotation under the mouse</source>
        <translation>Buka anotasi di bawah tetikus</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Bilah pencarian</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Hasil berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Terima saran</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Abaikan saran</translation>
    </message>
    <message>
        <source>Del / Backspace</source>
        <translation>Del / Backspace</translation>
    </message>
    <message>
        <source>Annotation form</source>
        <translation>Formulir anotasi</translation>
    </message>
    <message>
        <source>Choose a kind or verdict (one undo step)</source>
        <translation>Pilih jenis atau putusan (satu langkah urungkan)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Atas / Bawah</translation>
    </message>
    <message>
        <source>Save the field</source>
        <translation>Simpan isian</translation>
    </message>
    <message>
        <source>Enter / Tab</source>
        <translation>Enter / Tab</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>SpeakerManagerDialog</name>
    <message>
        <source>Manage speakers</source>
        <translation>Kelola narasumber</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation>Saring narasumber…</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click) to merge them.</source>
        <translation>Pilih dua narasumber (Ctrl+klik) untuk menggabungkannya.</translation>
    </message>
    <message>
        <source>Rename: the old name is kept as an alias</source>
        <translation>Ganti nama: nama lama disimpan sebagai nama lain</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>e.g. Russian foreign minister</source>
        <translation>mis. menteri luar negeri Rusia</translation>
    </message>
    <message>
        <source>Who this is; shown with their quotes</source>
        <translation>Siapa dia; ditampilkan bersama kutipannya</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the description</source>
        <translation>Simpan keterangan</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>Other spellings that name this speaker in articles</source>
        <translation>Ejaan lain yang menyebut narasumber ini di artikel</translation>
    </message>
    <message>
        <source>New alias, e.g. Lavrov</source>
        <translation>Nama lain baru, mis. Lavrov</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Remove the selected alias</source>
        <translation>Buang nama lain yang dipilih</translation>
    </message>
    <message>
        <source>Aliase&amp;s</source>
        <translation>Nama &amp;lain</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>Gabungkan yang &amp;dipilih…</translation>
    </message>
    <message>
        <source>Merge two speakers into one (Ctrl+Z undoes it)</source>
        <translation>Gabungkan dua narasumber menjadi satu (Ctrl+Z mengurungkannya)</translation>
    </message>
    <message>
        <source>Possibly one person</source>
        <translation>Mungkin satu orang</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Select the two speakers in the list</source>
        <translation>Pilih kedua narasumber di daftar</translation>
    </message>
    <message>
        <source>Merge &amp;Pair…</source>
        <translation>Gabungkan &amp;Pasangan…</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Beri&amp;kutnya</translation>
    </message>
    <message>
        <source>The next pair that looks like one person</source>
        <translation>Pasangan berikutnya yang tampaknya satu orang</translation>
    </message>
    <message>
        <source>“{name}” → “{into}” ({reason}; {n} of {count})</source>
        <translation>“{name}” → “{into}” ({reason}; {n} dari {count})</translation>
    </message>
    <message>
        <source>Merge the two selected speakers into one.</source>
        <translation>Gabungkan dua narasumber yang dipilih menjadi satu.</translation>
    </message>
    <message>
        <source>Select exactly two speakers to merge.</source>
        <translation>Pilih tepat dua narasumber untuk digabungkan.</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 narasumber</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} narasumber</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Ganti nama narasumber</translation>
    </message>
    <message>
        <source>Speaker description</source>
        <translation>Keterangan narasumber</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Tambah nama lain</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Buang nama lain</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Gabungkan narasumber</translation>
    </message>
    <message>
        <source>Keep this speaker (the other one's annotations and aliases move to it):</source>
        <translation>Pertahankan narasumber ini (anotasi dan nama lain narasumber satunya pindah ke sini):</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>Gabungkan “{source}” ke “{target}”?</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <source>spelled differently</source>
        <translation>ejaan berbeda</translation>
    </message>
    <message>
        <source>a shorter form</source>
        <translation>bentuk lebih pendek</translation>
    </message>
    <message>
        <source>a nickname</source>
        <translation>nama panggilan</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>inisial</translation>
    </message>
    <message>
        <source>“{source}” becomes an alias of “{target}” and its annotations move to it. Undo (Ctrl+Z) splits them again.</source>
        <translation>“{source}” menjadi nama lain “{target}” dan anotasinya pindah ke sana. Urungkan (Ctrl+Z) memisahkannya lagi.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Quotes and claims</source>
        <translation>Kutipan dan klaim</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>narasumber tidak diketahui</translation>
    </message>
    <message>
        <source>Speaker {confidence}: {reason}.</source>
        <translation>Narasumber {confidence}: {reason}.</translation>
    </message>
    <message>
        <source>{kind} suggested ({reason}); confidence {confidence}.</source>
        <translation>{kind} disarankan ({reason}); keyakinan {confidence}.</translation>
    </message>
    <message>
        <source>Enter accepts, Delete dismisses.</source>
        <translation>Enter menerima, Delete mengabaikan.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>(unsure)</source>
        <translation>(belum pasti)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {text}. Speaker: {speaker}.</source>
        <translation>Saran {kind}: {text}. Narasumber: {speaker}.</translation>
    </message>
    <message>
        <source>(unsure {confidence}: check)</source>
        <translation>(belum pasti {confidence}: periksa)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Which suggestions to show</source>
        <translation>Saran yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>Store this suggestion as an annotation (Enter)</source>
        <translation>Simpan saran ini sebagai anotasi (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <source>Accept, then correct the speaker in the annotation form</source>
        <translation>Terima, lalu perbaiki narasumber di formulir anotasi</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Not a quote: hide it for good (Delete)</source>
        <translation>Bukan kutipan: sembunyikan selamanya (Delete)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Terima &amp;Semua</translation>
    </message>
    <message>
        <source>Store every suggestion listed, in one undoable step</source>
        <translation>Simpan semua saran yang tercantum, dalam satu langkah yang bisa diurungkan</translation>
    </message>
    <message>
        <source>Looking for quotes…</source>
        <translation>Mencari kutipan…</translation>
    </message>
    <message>
        <source>1 suggested quote</source>
        <translation>1 saran kutipan</translation>
    </message>
    <message>
        <source>1 suggested claim</source>
        <translation>1 saran klaim</translation>
    </message>
    <message>
        <source>1 suggested suggestion</source>
        <translation>1 saran</translation>
    </message>
    <message>
        <source>{n} suggested quotes</source>
        <translation>{n} saran kutipan</translation>
    </message>
    <message>
        <source>{n} suggested claims</source>
        <translation>{n} saran klaim</translation>
    </message>
    <message>
        <source>{n} suggested suggestions</source>
        <translation>{n} saran</translation>
    </message>
    <message>
        <source>No suggested quotes</source>
        <translation>Tidak ada saran kutipan</translation>
    </message>
    <message>
        <source>No suggested claims</source>
        <translation>Tidak ada saran klaim</translation>
    </message>
    <message>
        <source>No suggested suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <source>Accept A&amp;ll ({n})</source>
        <translation>Terima &amp;Semua ({n})</translation>
    </message>
    <message>
        <source>Could not find suggestions: {error}</source>
        <translation>Tidak dapat mencari saran: {error}</translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>Saran ({n})</translation>
    </message>
    <message>
        <source>Accepted {kind}: “{text}” by {speaker}</source>
        <translation>Diterima, {kind}: “{text}” oleh {speaker}</translation>
    </message>
    <message>
        <source>Accepted {kind}: “{text}”</source>
        <translation>Diterima, {kind}: “{text}”</translation>
    </message>
    <message>
        <source>Accepted {n} of {total} suggestions. Ctrl+Z undoes them.</source>
        <translation>{n} dari {total} saran diterima. Ctrl+Z mengurungkannya.</translation>
    </message>
    <message>
        <source>Accepted {n} suggestions. Ctrl+Z undoes.</source>
        <translation>{n} saran diterima. Ctrl+Z mengurungkan.</translation>
    </message>
    <message>
        <source>Accepted 1 suggestion. Ctrl+Z undoes.</source>
        <translation>1 saran diterima. Ctrl+Z mengurungkan.</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Terima Semua</translation>
    </message>
    <message>
        <source>{n} of {total} suggestions were accepted (Ctrl+Z undoes them); the rest were not: {error}</source>
        <translation>{n} dari {total} saran diterima (Ctrl+Z mengurungkannya); sisanya tidak: {error}</translation>
    </message>
    <message>
        <source>Accepting {n} suggestions…</source>
        <translation>Menerima {n} saran…</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source>{n} imported</source>
        <translation>{n} diimpor</translation>
    </message>
    <message>
        <source>{n} already present</source>
        <translation>{n} sudah ada</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} diperbarui</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} gagal</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <source>1 feed read</source>
        <translation>1 umpan dibaca</translation>
    </message>
    <message>
        <source>{n} feeds read</source>
        <translation>{n} umpan dibaca</translation>
    </message>
    <message>
        <source>{n} more new items wait for the next refresh</source>
        <translation>{n} butir baru lainnya menunggu penyegaran berikutnya</translation>
    </message>
    <message>
        <source>The text is unchanged.</source>
        <translation>Teksnya tidak berubah.</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>{n} tetap</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} bergeser</translation>
    </message>
    <message>
        <source>{n} re-anchored (please check)</source>
        <translation>{n} ditempatkan ulang (mohon periksa)</translation>
    </message>
    <message>
        <source>{n} could not be placed</source>
        <translation>{n} tidak dapat ditempatkan</translation>
    </message>
    <message>
        <source>Text replaced; annotations: {parts}.</source>
        <translation>Teks diganti; anotasi: {parts}.</translation>
    </message>
    <message>
        <source>{imported} imported, {present} already present, {orphaned} orphaned, {unmatched} unmatched.</source>
        <translation>{imported} diimpor, {present} sudah ada, {orphaned} tanpa teks, {unmatched} tanpa artikel.</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tag colour</source>
        <translation>Warna label</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Kelola label</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Double-click or F2 to rename; drag a tag onto another to nest it.</source>
        <translation>Klik ganda atau F2 untuk mengganti nama; seret label ke label lain untuk menyusunnya.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>Create a tag (nested under the selected one)</source>
        <translation>Buat label (di bawah label yang dipilih)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <source>Rename or move the tag; nested tags move with it</source>
        <translation>Ganti nama atau pindahkan label; label di bawahnya ikut pindah</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translation>Ganti &amp;Warna…</translation>
    </message>
    <message>
        <source>Choose the highlight colour</source>
        <translation>Pilih warna sorotan</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Ga&amp;bungkan ke…</translation>
    </message>
    <message>
        <source>Give this tag's annotations another tag and remove it</source>
        <translation>Beri anotasi label ini label lain, lalu hapus label ini</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the tag; its annotations stay</source>
        <translation>Hapus label; anotasinya tetap ada</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Nest tags with “/”: framing/threat sits under framing.</source>
        <translation>Susun label dengan “/”: framing/ancaman berada di bawah framing.</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>Klik ganda untuk mengganti warna</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 anotasi</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} anotasi</translation>
    </message>
    <message>
        <source>&amp;New nested…</source>
        <translation>&amp;Baru di bawahnya…</translation>
    </message>
    <message>
        <source>Name of the new tag under “{parent}”:</source>
        <translation>Nama label baru di bawah “{parent}”:</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nama label baru:</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Label baru</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Ganti nama label</translation>
    </message>
    <message>
        <source>New name (use “/” to nest it, e.g. framing/threat):</source>
        <translation>Nama baru (gunakan “/” untuk menyusunnya, mis. framing/ancaman):</translation>
    </message>
    <message>
        <source>Move tag {name} to {parent}</source>
        <translation>Pindahkan label {name} ke {parent}</translation>
    </message>
    <message>
        <source>Move tag {name} to the top level</source>
        <translation>Pindahkan label {name} ke tingkat teratas</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Gabungkan label</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>Tidak ada label lain untuk digabungkan.</translation>
    </message>
    <message>
        <source>Merge “{source}” into (its annotations get that tag):</source>
        <translation>Gabungkan “{source}” ke (anotasinya mendapat label itu):</translation>
    </message>
    <message>
        <source>Delete the tag “{name}”?</source>
        <translation>Hapus label “{name}”?</translation>
    </message>
    <message>
        <source>1 annotation uses it; the annotations stay, only the tag is removed from them.</source>
        <translation>1 anotasi memakainya; anotasinya tetap ada, hanya labelnya yang dilepas.</translation>
    </message>
    <message>
        <source>{n} annotations use it; the annotations stay, only the tag is removed from them.</source>
        <translation>{n} anotasi memakainya; anotasinya tetap ada, hanya labelnya yang dilepas.</translation>
    </message>
    <message>
        <source>The tag nested under it goes too (used {uses}×).</source>
        <translation>Label yang bersarang di bawahnya ikut terhapus (dipakai {uses}×).</translation>
    </message>
    <message>
        <source>The {n} tags nested under it go too (used {uses}×).</source>
        <translation>{n} label yang bersarang di bawahnya ikut terhapus (dipakai {uses}×).</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Anda dapat mengurungkannya.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>Buka Pustaka Tim</translation>
    </message>
    <message>
        <source>The address of a team library on a PostgreSQL server, with your login:&lt;br&gt;&lt;code&gt;postgresql://LOGIN@HOST/DATABASE&lt;/code&gt;&lt;br&gt;Your password goes in &lt;code&gt;~/.pgpass&lt;/code&gt; or the system keyring (Kutip asks for it), never in the address.</source>
        <translation>Alamat pustaka tim di server PostgreSQL, dengan login Anda:&lt;br&gt;&lt;code&gt;postgresql://LOGIN@HOST/DATABASE&lt;/code&gt;&lt;br&gt;Kata sandi Anda disimpan di &lt;code&gt;~/.pgpass&lt;/code&gt; atau di keyring sistem (Kutip akan menanyakannya), tidak pernah di alamat.</translation>
    </message>
    <message>
        <source>A team library's address starts with postgresql://</source>
        <translation>Alamat pustaka tim diawali dengan postgresql://</translation>
    </message>
</context>
<context>
    <name>TextEditorDialog</name>
    <message>
        <source>Edit text — {title}</source>
        <translation>Sunting teks — {title}</translation>
    </message>
    <message>
        <source>Annotations are placed again after the edit. One whose text you change is placed by a close match (and marked to check); one whose text you delete keeps its quote and can be re-attached.</source>
        <translation>Anotasi ditempatkan lagi setelah penyuntingan. Anotasi yang teksnya Anda ubah ditempatkan pada teks yang paling mirip (dan ditandai untuk diperiksa); anotasi yang teksnya Anda hapus tetap menyimpan kutipannya dan dapat ditempelkan ulang.</translation>
    </message>
    <message>
        <source>Change the article's text. Its details (title, source…) are under Article Details.</source>
        <translation>Ubah teks artikel. Rinciannya (judul, sumber…) ada di Rincian Artikel.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Teks artikel</translation>
    </message>
    <message>
        <source>Replace Text</source>
        <translation>Ganti Teks</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <source>left out</source>
        <translation>dihilangkan</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>the reference version</source>
        <translation>versi acuan</translation>
    </message>
    <message>
        <source>misspelt; the reference version has “{word}”</source>
        <translation>salah eja; versi acuan menulis “{word}”</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 versi</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} versi</translation>
    </message>
    <message>
        <source>in 1 outlet</source>
        <translation>di 1 media</translation>
    </message>
    <message>
        <source>in {n} outlets</source>
        <translation>di {n} media</translation>
    </message>
    <message>
        <source>(articles without a source count as an outlet only when no other names one)</source>
        <translation>(artikel tanpa sumber dihitung sebagai media hanya bila tak ada artikel lain yang menyebut medianya)</translation>
    </message>
    <message>
        <source>unnamed outlet</source>
        <translation>media tanpa nama</translation>
    </message>
    <message>
        <source>earliest: {source} ({date})</source>
        <translation>paling awal: {source} ({date})</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>paling awal</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>acuan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>{name} (suggested)</source>
        <translation>{name} (saran)</translation>
    </message>
    <message>
        <source>part annotated as {ids}</source>
        <translation>sebagian dianotasi sebagai {ids}</translation>
    </message>
    <message>
        <source>also annotated as {ids}</source>
        <translation>juga dianotasi sebagai {ids}</translation>
    </message>
    <message>
        <source>&lt;p style="color:gray"&gt;&lt;small&gt;Differences are shown against the reference version: the earliest version not cut short at either end. &lt;span style="text-decoration:line-through"&gt;Struck&lt;/span&gt; words are in the reference version but not in this one; &lt;b&gt;bold&lt;/b&gt; words were added or changed.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p style="color:gray"&gt;&lt;small&gt;Perbedaan ditunjukkan terhadap versi acuan: versi paling awal yang tidak terpotong di awal maupun akhirnya. Kata yang &lt;span style="text-decoration:line-through"&gt;dicoret&lt;/span&gt; ada di versi acuan tetapi tidak di versi ini; kata &lt;b&gt;tebal&lt;/b&gt; ditambahkan atau diubah.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>suggested quote, not yet accepted</source>
        <translation>kutipan yang disarankan, belum diterima</translation>
    </message>
    <message>
        <source>annotated quote</source>
        <translation>kutipan beranotasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Unnamed outlet</source>
        <translation>Media tanpa nama</translation>
    </message>
    <message>
        <source>speaker: working out…</source>
        <translation>narasumber: sedang dicari…</translation>
    </message>
    <message>
        <source>part annotated as #{id} — {speaker}: “{words}”</source>
        <translation>sebagian dianotasi sebagai #{id} — {speaker}: “{words}”</translation>
    </message>
    <message>
        <source>speaker not named</source>
        <translation>narasumber tidak disebut</translation>
    </message>
    <message>
        <source>No other outlet's version of this statement is in the library yet: import another article that quotes it and it appears here, with what that outlet changed.</source>
        <translation>Belum ada versi pernyataan ini dari media lain di pustaka: impor artikel lain yang mengutipnya, dan versi itu muncul di sini beserta apa yang diubah media tersebut.</translation>
    </message>
    <message>
        <source>Choose a statement to see its trail.</source>
        <translation>Pilih pernyataan untuk melihat jejaknya.</translation>
    </message>
    <message>
        <source>Quote trail</source>
        <translation>Jejak kutipan</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Ekspor sebagai Markdown…</translation>
    </message>
    <message>
        <source>Save this trail as Markdown (the trail.md.j2 template)</source>
        <translation>Simpan jejak ini sebagai Markdown (templat trail.md.j2)</translation>
    </message>
    <message>
        <source>Export is possible once every version's speaker is worked out</source>
        <translation>Ekspor dapat dilakukan setelah narasumber setiap versi selesai dicari</translation>
    </message>
    <message>
        <source>No statement matches these filters.</source>
        <translation>Tidak ada pernyataan yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <source>No statement is quoted more than once yet.</source>
        <translation>Belum ada pernyataan yang dikutip lebih dari sekali.</translation>
    </message>
    <message>
        <source>Clear the speaker or tag, choose all collections or fewer outlets to see more statements.</source>
        <translation>Kosongkan narasumber atau label, pilih semua koleksi atau lebih sedikit media untuk melihat lebih banyak pernyataan.</translation>
    </message>
    <message>
        <source>Kutip groups the quotations in your articles that are the same statement (quotes you annotated and quotes it suggests), also when an outlet shortened or reworded it. Import other outlets' articles on the same story: the statements they share appear here, each with how every outlet changed it.</source>
        <translation>Kutip mengelompokkan kutipan dalam artikel Anda yang merupakan pernyataan yang sama (kutipan yang Anda anotasi dan kutipan yang disarankannya), juga bila sebuah media memendekkan atau mengubah kata-katanya. Impor artikel media lain tentang berita yang sama: pernyataan yang sama-sama mereka muat muncul di sini, masing-masing dengan cara tiap media mengubahnya.</translation>
    </message>
    <message>
        <source>This version's speaker is still being worked out: copy it again in a moment.</source>
        <translation>Narasumber versi ini masih dicari: salin lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Export the quote trail</source>
        <translation>Ekspor jejak kutipan</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
</context>
<context>
    <name>UndoBase</name>
    <message>
        <source>Undo failed</source>
        <translation>Gagal mengurungkan</translation>
    </message>
    <message>
        <source>Could not undo “{what}”: {error}
Nothing was lost: it stays in the undo history, so Undo can try again.</source>
        <translation>Tidak dapat mengurungkan “{what}”: {error}
Tidak ada yang hilang: langkah ini tetap di riwayat urungan, jadi Urungkan dapat mencoba lagi.</translation>
    </message>
    <message>
        <source>Could not undo “{what}”: {error}</source>
        <translation>Tidak dapat mengurungkan “{what}”: {error}</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Gagal mengulangi</translation>
    </message>
    <message>
        <source>Could not redo “{what}”: {error}
Nothing was lost: it stays in the undo history, so Redo can try again.</source>
        <translation>Tidak dapat mengulangi “{what}”: {error}
Tidak ada yang hilang: langkah ini tetap di riwayat urungan, jadi Ulangi dapat mencoba lagi.</translation>
    </message>
    <message>
        <source>Could not redo “{what}”: {error}</source>
        <translation>Tidak dapat mengulangi “{what}”: {error}</translation>
    </message>
    <message>
        <source>Undo: partly done</source>
        <translation>Urungkan: sebagian selesai</translation>
    </message>
    <message>
        <source>Undo “{what}”: not everything could be put back.</source>
        <translation>Urungkan “{what}”: tidak semuanya dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Redo: partly done</source>
        <translation>Ulangi: sebagian selesai</translation>
    </message>
    <message>
        <source>Redo “{what}”: not everything could be put back.</source>
        <translation>Ulangi “{what}”: tidak semuanya dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Diurungkan: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Diulangi: {what}</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>characters</source>
        <comment>agreement.characters</comment>
        <translation>karakter</translation>
    </message>
    <message>
        <source>Kind: {name}</source>
        <comment>agreement.compared-kind</comment>
        <translation>Jenis: {name}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>agreement.compared-speaker</comment>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <comment>agreement.compared-tag</comment>
        <translation>Label: {name}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>agreement.compared-verdict</comment>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>“{value}” is {share:.0%} of the values: with one category dominating, α and κ are unstable.</source>
        <comment>agreement.dominant-value</comment>
        <translation>“{value}” adalah {share:.0%} dari nilai-nilainya: dengan satu kategori yang mendominasi, α dan κ tidak stabil.</translation>
    </message>
    <message>
        <source>only {count} coded segment(s): α and κ are not reliable on so few.</source>
        <comment>agreement.few-segments</comment>
        <translation>hanya {count} segmen terkode: α dan κ tidak andal pada jumlah sesedikit ini.</translation>
    </message>
    <message>
        <source>only {count} {units} coded by two or more coders: α and κ are not reliable on so few.</source>
        <comment>agreement.few-units</comment>
        <translation>hanya {count} {units} yang dikode oleh dua pengode atau lebih: α dan κ tidak andal pada jumlah sesedikit ini.</translation>
    </message>
    <message>
        <source>Compared</source>
        <comment>agreement.head-compared</comment>
        <translation>Dibandingkan</translation>
    </message>
    <message>
        <source>% agreement</source>
        <comment>agreement.head-percent</comment>
        <translation>% kesepakatan</translation>
    </message>
    <message>
        <source>Unit of analysis</source>
        <comment>agreement.head-unit</comment>
        <translation>Satuan analisis</translation>
    </message>
    <message>
        <source>Units</source>
        <comment>agreement.head-units</comment>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>claim</source>
        <comment>agreement.kind-claim</comment>
        <translation>klaim</translation>
    </message>
    <message>
        <source>highlight</source>
        <comment>agreement.kind-highlight</comment>
        <translation>sorotan</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>agreement.kind-quote</comment>
        <translation>kutipan</translation>
    </message>
    <message>
        <source>matched claim(s)</source>
        <comment>agreement.matched-claims</comment>
        <translation>klaim yang dipasangkan</translation>
    </message>
    <message>
        <source>matched quote(s)</source>
        <comment>agreement.matched-quotes</comment>
        <translation>kutipan yang dipasangkan</translation>
    </message>
    <message>
        <source>α is Krippendorff's alpha for nominal data (the `krippendorff` package); κ is Cohen's kappa for each pair of coders; percent agreement is the share of units on which the coders agree (unitized) or of agreeing pairs of values (matched).</source>
        <comment>agreement.method-coefficients</comment>
        <translation>α adalah alfa Krippendorff untuk data nominal (paket `krippendorff`); κ adalah kappa Cohen untuk setiap pasangan pengode; persentase kesepakatan adalah bagian satuan tempat para pengode sepakat (unitized) atau bagian pasangan nilai yang sepakat (dipasangkan).</translation>
    </message>
    <message>
        <source>Speakers of quotes and verdicts of claims are compared on matched units: the annotations of different coders that overlap by at least half (intersection over union) are one unit; a coder who did not annotate it gives no value there.</source>
        <comment>agreement.method-matched</comment>
        <translation>Narasumber kutipan dan putusan klaim dibandingkan pada satuan yang dipasangkan: anotasi dari pengode yang berbeda yang bertumpang tindih setidaknya separuh (irisan dibagi gabungan) menjadi satu satuan; pengode yang tidak menganotasinya tidak memberi nilai di situ.</translation>
    </message>
    <message>
        <source>Articles compared: {articles}. Coders: {coders}.</source>
        <comment>agreement.method-scope</comment>
        <translation>Artikel yang dibandingkan: {articles}. Pengode: {coders}.</translation>
    </message>
    <message>
        <source> (a word token counts as covered when an annotation touches it).</source>
        <comment>agreement.method-token-touch</comment>
        <translation> (sebuah token kata terhitung tercakup bila tersentuh sebuah anotasi).</translation>
    </message>
    <message>
        <source>Tags and kinds are compared unitized: the unit of analysis is the {unit} of the articles' text; at each {unit} a coder's value is 1 when one of their annotations with that tag (or of that kind) covers it, else 0{touch}</source>
        <comment>agreement.method-unitized</comment>
        <translation>Label dan jenis dibandingkan per satuan teks (unitized): satuan analisisnya adalah {unit} dalam teks artikel; pada setiap {unit}, nilai seorang pengode adalah 1 bila salah satu anotasinya dengan label itu (atau dari jenis itu) mencakupnya, dan 0 bila tidak{touch}</translation>
    </message>
    <message>
        <source>{share:.0%} of the {units} are coded: with one category dominating, α and κ are unstable.</source>
        <comment>agreement.mostly-coded</comment>
        <translation>{share:.0%} {units} terkode: dengan satu kategori yang mendominasi, α dan κ tidak stabil.</translation>
    </message>
    <message>
        <source>No article was coded by two of these coders.</source>
        <comment>agreement.no-double-coded</comment>
        <translation>Tidak ada artikel yang dikode oleh dua pengode ini.</translation>
    </message>
    <message>
        <source>{name} coded nothing here.</source>
        <comment>agreement.nothing-here</comment>
        <translation>{name} tidak mengode apa pun di sini.</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <comment>agreement.nothing-to-compare</comment>
        <translation>Tidak ada yang dibandingkan.</translation>
    </message>
    <message>
        <source>{name} coded nothing in these articles: every figure counts their silence as disagreement.</source>
        <comment>agreement.silent-coder</comment>
        <translation>{name} tidak mengode apa pun di artikel-artikel ini: setiap angka menghitung diamnya sebagai ketidaksepakatan.</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <comment>agreement.title</comment>
        <translation>Kesepakatan antarpengode</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>agreement.tokens</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>Agreement needs at least two coders.</source>
        <comment>agreement.two-coders</comment>
        <translation>Kesepakatan memerlukan sedikitnya dua pengode.</translation>
    </message>
    <message>
        <source>α is undefined: only one value was given throughout.</source>
        <comment>agreement.undefined-matched</comment>
        <translation>α tidak terdefinisi: hanya satu nilai yang diberikan di seluruhnya.</translation>
    </message>
    <message>
        <source>α is undefined: every coder gave every unit the same value.</source>
        <comment>agreement.undefined-unitized</comment>
        <translation>α tidak terdefinisi: setiap pengode memberi setiap satuan nilai yang sama.</translation>
    </message>
    <message>
        <source>character</source>
        <comment>agreement.unit-character</comment>
        <translation>karakter</translation>
    </message>
    <message>
        <source>characters</source>
        <comment>agreement.unit-characters</comment>
        <translation>karakter</translation>
    </message>
    <message>
        <source>matched claims</source>
        <comment>agreement.unit-matched-claims</comment>
        <translation>klaim yang dipasangkan</translation>
    </message>
    <message>
        <source>matched quotes</source>
        <comment>agreement.unit-matched-quotes</comment>
        <translation>kutipan yang dipasangkan</translation>
    </message>
    <message>
        <source>token</source>
        <comment>agreement.unit-token</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>word tokens</source>
        <comment>agreement.unit-word-tokens</comment>
        <translation>token kata</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>agreement.warning</comment>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <comment>agreement.warnings</comment>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Kutip's window needs a desktop session, and the display this one names ({display}) does not answer. The commands work here: kutip --help</source>
        <comment>app.display-unreachable</comment>
        <translation>Jendela Kutip memerlukan sesi desktop, dan layar yang disebut sesi ini ({display}) tidak menjawab. Perintah-perintahnya bisa dipakai di sini: kutip --help</translation>
    </message>
    <message>
        <source>Kutip's window needs a desktop session, and this one has no display (neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work here: kutip --help</source>
        <comment>app.no-display</comment>
        <translation>Jendela Kutip memerlukan sesi desktop, dan sesi ini tidak punya layar (DISPLAY maupun WAYLAND_DISPLAY tidak diatur). Perintah-perintahnya bisa dipakai di sini: kutip --help</translation>
    </message>
    <message>
        <source>kutip-gui: no such file: {path}</source>
        <comment>app.no-such-file</comment>
        <translation>kutip-gui: berkas tidak ada: {path}</translation>
    </message>
    <message>
        <source>kutip-gui: there is no option {option} (kutip-gui --help).</source>
        <comment>app.no-such-option</comment>
        <translation>kutip-gui: tidak ada opsi {option} (kutip-gui --help).</translation>
    </message>
    <message>
        <source>kutip-gui: one library at a time: {first} and {second} were both given.</source>
        <comment>app.one-library</comment>
        <translation>kutip-gui: satu pustaka saja setiap kali: {first} dan {second} sama-sama diberikan.</translation>
    </message>
    <message>
        <source>kutip-gui: Qt's option {option} needs its value right after it ({option} offscreen, {option} xcb …; kutip-gui --help).</source>
        <comment>app.option-value</comment>
        <translation>kutip-gui: opsi Qt {option} memerlukan nilainya tepat sesudahnya ({option} offscreen, {option} xcb …; kutip-gui --help).</translation>
    </message>
    <message>
        <source>Kutip's window needs a desktop session: QT_QPA_PLATFORM={platform} needs {needed}, which is not set here. The commands work here: kutip --help</source>
        <comment>app.platform-no-display</comment>
        <translation>Jendela Kutip memerlukan sesi desktop: QT_QPA_PLATFORM={platform} memerlukan {needed}, yang tidak diatur di sini. Perintah-perintahnya bisa dipakai di sini: kutip --help</translation>
    </message>
    <message>
        <source>Usage: kutip-gui [LIBRARY] [ARTICLE…]: opens LIBRARY (a library file, or a team library's postgresql:// address; none: your own library) and imports the ARTICLE files into it; a colleague's .kutip library file or a .qdpx project among them is merged, asking first.</source>
        <comment>app.usage</comment>
        <translation>Penggunaan: kutip-gui [PUSTAKA] [ARTIKEL…]: membuka PUSTAKA (berkas pustaka, atau alamat postgresql:// pustaka tim; tanpa itu: pustaka Anda sendiri) dan mengimpor berkas ARTIKEL ke dalamnya; berkas pustaka .kutip dari rekan atau proyek .qdpx di antaranya digabungkan, dengan bertanya dulu.</translation>
    </message>
    <message>
        <source>earlier in the article</source>
        <comment>distance.earlier</comment>
        <translation>di bagian awal artikel</translation>
    </message>
    <message>
        <source>one sentence earlier</source>
        <comment>distance.earlier-1</comment>
        <translation>satu kalimat sebelumnya</translation>
    </message>
    <message>
        <source>two sentences earlier</source>
        <comment>distance.earlier-2</comment>
        <translation>dua kalimat sebelumnya</translation>
    </message>
    <message>
        <source>three sentences earlier</source>
        <comment>distance.earlier-3</comment>
        <translation>tiga kalimat sebelumnya</translation>
    </message>
    <message>
        <source>four sentences earlier</source>
        <comment>distance.earlier-4</comment>
        <translation>empat kalimat sebelumnya</translation>
    </message>
    <message>
        <source>five sentences earlier</source>
        <comment>distance.earlier-5</comment>
        <translation>lima kalimat sebelumnya</translation>
    </message>
    <message>
        <source>later in the article</source>
        <comment>distance.later</comment>
        <translation>di bagian akhir artikel</translation>
    </message>
    <message>
        <source>one sentence later</source>
        <comment>distance.later-1</comment>
        <translation>satu kalimat sesudahnya</translation>
    </message>
    <message>
        <source>two sentences later</source>
        <comment>distance.later-2</comment>
        <translation>dua kalimat sesudahnya</translation>
    </message>
    <message>
        <source>three sentences later</source>
        <comment>distance.later-3</comment>
        <translation>tiga kalimat sesudahnya</translation>
    </message>
    <message>
        <source>four sentences later</source>
        <comment>distance.later-4</comment>
        <translation>empat kalimat sesudahnya</translation>
    </message>
    <message>
        <source>five sentences later</source>
        <comment>distance.later-5</comment>
        <translation>lima kalimat sesudahnya</translation>
    </message>
    <message>
        <source>in the same sentence</source>
        <comment>distance.same</comment>
        <translation>dalam kalimat yang sama</translation>
    </message>
    <message>
        <source>earlier</source>
        <comment>distance.unknown</comment>
        <translation>sebelumnya</translation>
    </message>
    <message>
        <source>a Kutip library itself, not a library file to merge: write one from it with `kutip --db {path} export --format kutip -o {stem}.kutip` (or File › Exchange › Export Library File… with it open) and merge that file</source>
        <comment>exchange.a-library</comment>
        <translation>ini pustaka Kutip itu sendiri, bukan berkas pustaka untuk digabungkan: tulis berkasnya dari pustaka itu dengan `kutip --db {path} export --format kutip -o {stem}.kutip` (atau Berkas › Pertukaran › Ekspor Berkas Pustaka… saat pustaka itu terbuka) lalu gabungkan berkas itu</translation>
    </message>
    <message>
        <source>not a Kutip library file (not a zip archive, or cut short)</source>
        <comment>exchange.not-zip</comment>
        <translation>bukan berkas pustaka Kutip (bukan arsip zip, atau terpotong)</translation>
    </message>
    <message>
        <source>No other outlet's version of this statement is in the library yet.</source>
        <comment>export.alone</comment>
        <translation>Belum ada versi pernyataan ini dari media lain di pustaka.</translation>
    </message>
    <message>
        <source>an unnamed outlet</source>
        <comment>export.an-unnamed-outlet</comment>
        <translation>media tanpa nama</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>export.claim</comment>
        <translation>Klaim</translation>
    </message>
    <message>
        <source> (earliest)</source>
        <comment>export.earliest</comment>
        <translation> (paling awal)</translation>
    </message>
    <message>
        <source>; the earliest is {outlet} ({date})</source>
        <comment>export.earliest-is</comment>
        <translation>; versi paling awal dari {outlet} ({date})</translation>
    </message>
    <message>
        <source> (earliest, reference)</source>
        <comment>export.earliest-reference</comment>
        <translation> (paling awal, acuan)</translation>
    </message>
    <message>
        <source>. Exported {date}.</source>
        <comment>export.exported</comment>
        <translation>. Diekspor {date}.</translation>
    </message>
    <message>
        <source>false</source>
        <comment>export.false</comment>
        <translation>salah</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>export.highlight</comment>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>In </source>
        <comment>export.in</comment>
        <translation>Dalam </translation>
    </message>
    <message>
        <source>Versions in publication order</source>
        <comment>export.in-order</comment>
        <translation>Versi menurut urutan terbit</translation>
    </message>
    <message>
        <source>{date} [inferred]</source>
        <comment>export.inferred</comment>
        <translation>{date} [disimpulkan]</translation>
    </message>
    <message>
        <source>misleading</source>
        <comment>export.misleading</comment>
        <translation>menyesatkan</translation>
    </message>
    <message>
        <source>{date} [no year]</source>
        <comment>export.no-year</comment>
        <translation>{date} [tanpa tahun]</translation>
    </message>
    <message>
        <source>not named</source>
        <comment>export.not-named</comment>
        <translation>tidak disebut</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>export.note</comment>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>1 outlet</source>
        <comment>export.one-outlet</comment>
        <translation>1 media</translation>
    </message>
    <message>
        <source>1 version</source>
        <comment>export.one-version</comment>
        <translation>1 versi</translation>
    </message>
    <message>
        <source>{n} outlets</source>
        <comment>export.outlets</comment>
        <translation>{n} media</translation>
    </message>
    <message>
        <source> (a part annotated: {ids})</source>
        <comment>export.part-annotated</comment>
        <translation> (sebagian dianotasi: {ids})</translation>
    </message>
    <message>
        <source>Part annotated as #{id}</source>
        <comment>export.part-as</comment>
        <translation>Sebagian dianotasi sebagai #{id}</translation>
    </message>
    <message>
        <source> (reference)</source>
        <comment>export.reference</comment>
        <translation> (acuan)</translation>
    </message>
    <message>
        <source>The reference version</source>
        <comment>export.reference-version</comment>
        <translation>Versi acuan</translation>
    </message>
    <message>
        <source>the earliest version not cut short at either end</source>
        <comment>export.rule</comment>
        <translation>versi paling awal yang tidak terpotong di awal maupun akhirnya</translation>
    </message>
    <message>
        <source>{speaker}, in </source>
        <comment>export.said-in</comment>
        <translation>{speaker}, dalam </translation>
    </message>
    <message>
        <source>The other versions' differences are shown against this one: {rule}.</source>
        <comment>export.shown-against</comment>
        <translation>Perbedaan versi lain ditunjukkan terhadap versi ini: {rule}.</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>export.speaker</comment>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>speaker not named</source>
        <comment>export.speaker-not-named</comment>
        <translation>narasumber tidak disebut</translation>
    </message>
    <message>
        <source>~~Struck~~ words are in the reference version but not in this one; **bold** words were added or changed.</source>
        <comment>export.struck</comment>
        <translation>Kata yang ~~dicoret~~ ada di versi acuan tetapi tidak di versi ini; kata **tebal** ditambahkan atau diubah.</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <comment>export.suggested</comment>
        <translation> (saran)</translation>
    </message>
    <message>
        <source> · a suggested quote, not yet accepted</source>
        <comment>export.suggested-quote</comment>
        <translation> · kutipan yang disarankan, belum diterima</translation>
    </message>
    <message>
        <source>{articles} article(s) and {annotations} annotation(s) written</source>
        <comment>export.sum-written</comment>
        <translation>{articles} artikel dan {annotations} anotasi ditulis</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>export.tags</comment>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kutip export</source>
        <comment>export.title</comment>
        <translation>Ekspor Kutip</translation>
    </message>
    <message>
        <source>Quote trail: {words}</source>
        <comment>export.trail-heading</comment>
        <translation>Jejak kutipan: {words}</translation>
    </message>
    <message>
        <source>true</source>
        <comment>export.true</comment>
        <translation>benar</translation>
    </message>
    <message>
        <source>unchecked</source>
        <comment>export.unchecked</comment>
        <translation>belum dicek</translation>
    </message>
    <message>
        <source>undated</source>
        <comment>export.undated</comment>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source> (versions without an outlet count as an outlet only when no other names one)</source>
        <comment>export.unknown-outlet</comment>
        <translation> (versi tanpa media dihitung sebagai media hanya bila tak ada versi lain yang menyebut medianya)</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <comment>export.unknown-speaker</comment>
        <translation>Narasumber tak diketahui</translation>
    </message>
    <message>
        <source>Unnamed outlet</source>
        <comment>export.unnamed-outlet</comment>
        <translation>Media tanpa nama</translation>
    </message>
    <message>
        <source>Untagged</source>
        <comment>export.untagged</comment>
        <translation>Tanpa label</translation>
    </message>
    <message>
        <source>Untitled</source>
        <comment>export.untitled</comment>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <comment>export.unverifiable</comment>
        <translation>tak terverifikasi</translation>
    </message>
    <message>
        <source>verdict</source>
        <comment>export.verdict</comment>
        <translation>putusan</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <comment>export.versions</comment>
        <translation>{n} versi</translation>
    </message>
    <message>
        <source>{versions} in {outlets}</source>
        <comment>export.versions-in</comment>
        <translation>{versions} di {outlets}</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>export.warning</comment>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>the feed is empty</source>
        <comment>feed.empty</comment>
        <translation>umpan ini kosong</translation>
    </message>
    <message>
        <source>not a feed: this address is a web page (use its RSS or Atom feed address, or import the page as a URL)</source>
        <comment>feed.is-web-page</comment>
        <translation>bukan umpan: alamat ini halaman web (gunakan alamat umpan RSS atau Atom-nya, atau impor halamannya sebagai URL)</translation>
    </message>
    <message>
        <source>the item has no link and too little text of its own</source>
        <comment>feed.item-too-short</comment>
        <translation>butir ini tidak memiliki tautan dan teksnya sendiri terlalu sedikit</translation>
    </message>
    <message>
        <source>the feed is malformed XML ({reason})</source>
        <comment>feed.malformed</comment>
        <translation>umpan ini XML cacat ({reason})</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (malformed XML)</source>
        <comment>feed.not-feed</comment>
        <translation>bukan umpan RSS atau Atom (XML cacat)</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (malformed XML: {reason})</source>
        <comment>feed.not-feed-because</comment>
        <translation>bukan umpan RSS atau Atom (XML cacat: {reason})</translation>
    </message>
    <message>
        <source>the feed is too large (over {mb} MB)</source>
        <comment>feed.too-large</comment>
        <translation>umpan ini terlalu besar (lebih dari {mb} MB)</translation>
    </message>
    <message>
        <source>cannot read the feed ({error})</source>
        <comment>feed.unreadable</comment>
        <translation>umpan tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>feed.unreadable-reason</comment>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>{path} names a folder (it ends in “{sep}”), not a library file: give the file's name, such as {example}; nothing was created.</source>
        <comment>file.folder-named</comment>
        <translation>{path} menunjuk sebuah folder (berakhiran “{sep}”), bukan berkas pustaka: berikan nama berkasnya, misalnya {example}; tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>it is a Kutip library or another SQLite database, which an export never replaces</source>
        <comment>file.is-database</comment>
        <translation>berkas itu pustaka Kutip atau basis data SQLite lain, yang tidak pernah ditimpa oleh ekspor</translation>
    </message>
    <message>
        <source>it belongs to the SQLite database beside it, which an export never touches</source>
        <comment>file.is-journal</comment>
        <translation>berkas itu milik basis data SQLite di sebelahnya, yang tidak pernah disentuh oleh ekspor</translation>
    </message>
    <message>
        <source>it is the Kutip library that is open, which Kutip never reads or writes as another file</source>
        <comment>file.is-open-library</comment>
        <translation>berkas itu pustaka Kutip yang sedang terbuka, yang tidak pernah dibaca atau ditulis Kutip sebagai berkas lain</translation>
    </message>
    <message>
        <source>the page needs a login (HTTP {code})</source>
        <comment>http.401</comment>
        <translation>halaman ini memerlukan login (HTTP {code})</translation>
    </message>
    <message>
        <source>the site refuses access to this page (HTTP {code})</source>
        <comment>http.403</comment>
        <translation>situs menolak akses ke halaman ini (HTTP {code})</translation>
    </message>
    <message>
        <source>the page was not found (the address may be wrong or the page removed) (HTTP {code})</source>
        <comment>http.404</comment>
        <translation>halaman tidak ditemukan (alamatnya mungkin salah atau halamannya dihapus) (HTTP {code})</translation>
    </message>
    <message>
        <source>the page has been removed (HTTP {code})</source>
        <comment>http.410</comment>
        <translation>halaman ini telah dihapus (HTTP {code})</translation>
    </message>
    <message>
        <source>the site asks to wait: too many requests (HTTP {code})</source>
        <comment>http.429</comment>
        <translation>situs meminta menunggu: terlalu banyak permintaan (HTTP {code})</translation>
    </message>
    <message>
        <source>the site has a problem of its own; try again later (HTTP {code})</source>
        <comment>http.5xx</comment>
        <translation>situs sedang bermasalah; coba lagi nanti (HTTP {code})</translation>
    </message>
    <message>
        <source>the site answered with an error (HTTP {code})</source>
        <comment>http.error</comment>
        <translation>situs menjawab dengan galat (HTTP {code})</translation>
    </message>
    <message>
        <source>the site answered with an error (HTTP {code} {reason})</source>
        <comment>http.error-reason</comment>
        <translation>situs menjawab dengan galat (HTTP {code} {reason})</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <comment>import.and-more</comment>
        <translation>{names} dan {more} lainnya</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <comment>import.binary</comment>
        <translation>tampaknya berkas biner, bukan teks</translation>
    </message>
    <message>
        <source>looks like a binary file (contains NUL bytes), not text</source>
        <comment>import.binary-nul</comment>
        <translation>tampaknya berkas biner (berisi bita NUL), bukan teks</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <comment>import.cancelled</comment>
        <translation>dibatalkan; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <comment>import.cannot-read</comment>
        <translation>tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>cannot read file: {error}</source>
        <comment>import.cannot-read-file</comment>
        <translation>berkas tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>the {kind} is damaged (bad data in {name})</source>
        <comment>import.container-bad-data</comment>
        <translation>{kind} ini rusak (data buruk di {name})</translation>
    </message>
    <message>
        <source>the {kind} contains a part that inflates to {mb:,.0f} MB (a zip bomb?); not imported</source>
        <comment>import.container-bomb</comment>
        <translation>{kind} ini berisi bagian yang mengembang menjadi {mb:,.0f} MB (bom zip?); tidak diimpor</translation>
    </message>
    <message>
        <source>the {kind} uses a compression Kutip cannot read</source>
        <comment>import.container-compression</comment>
        <translation>{kind} ini memakai kompresi yang tidak dapat dibaca Kutip</translation>
    </message>
    <message>
        <source>the {kind} is password-protected</source>
        <comment>import.container-encrypted</comment>
        <translation>{kind} ini dilindungi kata sandi</translation>
    </message>
    <message>
        <source>{name} in the {kind}</source>
        <comment>import.container-member</comment>
        <translation>{name} di {kind}</translation>
    </message>
    <message>
        <source>the {kind} has no {name} (damaged or not a {kind})</source>
        <comment>import.container-missing</comment>
        <translation>{kind} ini tidak memiliki {name} (rusak atau bukan {kind})</translation>
    </message>
    <message>
        <source>the {kind} is damaged or truncated (not a readable zip container)</source>
        <comment>import.container-not-zip</comment>
        <translation>{kind} ini rusak atau terpotong (bukan wadah zip yang dapat dibaca)</translation>
    </message>
    <message>
        <source>not a {kind} (an old binary Office file? save it as .docx or .odt first)</source>
        <comment>import.container-ole</comment>
        <translation>bukan {kind} (berkas Office biner lama? simpan dulu sebagai .docx atau .odt)</translation>
    </message>
    <message>
        <source>the {kind} has too many parts ({count:,})</source>
        <comment>import.container-parts</comment>
        <translation>{kind} ini memiliki terlalu banyak bagian ({count:,})</translation>
    </message>
    <message>
        <source>the {kind} is password-protected; remove the password and try again</source>
        <comment>import.container-password</comment>
        <translation>{kind} ini dilindungi kata sandi; hapus kata sandinya lalu coba lagi</translation>
    </message>
    <message>
        <source>the {kind} inflates to more than {mb} MB; not imported</source>
        <comment>import.container-total</comment>
        <translation>{kind} ini mengembang lebih dari {mb} MB; tidak diimpor</translation>
    </message>
    <message>
        <source>the {kind} is truncated (cannot read {name})</source>
        <comment>import.container-truncated</comment>
        <translation>{kind} ini terpotong ({name} tidak terbaca)</translation>
    </message>
    <message>
        <source>the Word document has no body (damaged?)</source>
        <comment>import.docx-no-body</comment>
        <translation>dokumen Word ini tidak memiliki isi (rusak?)</translation>
    </message>
    <message>
        <source>the Word document has no text</source>
        <comment>import.docx-no-text</comment>
        <translation>dokumen Word ini tidak berisi teks</translation>
    </message>
    <message>
        <source>not a Word document (no word/document.xml inside)</source>
        <comment>import.docx-not-docx</comment>
        <translation>bukan dokumen Word (tidak ada word/document.xml di dalamnya)</translation>
    </message>
    <message>
        <source>{count} attachment(s): {names}</source>
        <comment>import.eml-attachments</comment>
        <translation>{count} lampiran: {names}</translation>
    </message>
    <message>
        <source>only the first {limit} of {count} attachments were imported</source>
        <comment>import.eml-first-attachments</comment>
        <translation>hanya {limit} dari {count} lampiran pertama yang diimpor</translation>
    </message>
    <message>
        <source>not an e-mail message (no headers)</source>
        <comment>import.eml-no-headers</comment>
        <translation>bukan pesan surel (tanpa kepala pesan)</translation>
    </message>
    <message>
        <source>the message has no text</source>
        <comment>import.eml-no-text</comment>
        <translation>pesan ini tidak berisi teks</translation>
    </message>
    <message>
        <source>the message has no text and no attachment Kutip can import</source>
        <comment>import.eml-nothing</comment>
        <translation>pesan ini tidak berisi teks dan tidak ada lampiran yang dapat diimpor Kutip</translation>
    </message>
    <message>
        <source>the message has no text and no attachment Kutip can import ({names})</source>
        <comment>import.eml-nothing-listed</comment>
        <translation>pesan ini tidak berisi teks dan tidak ada lampiran yang dapat diimpor Kutip ({names})</translation>
    </message>
    <message>
        <source>the message has no text, only attachments ({names}); import them with the message's attachments option</source>
        <comment>import.eml-only-attachments</comment>
        <translation>pesan ini tidak berisi teks, hanya lampiran ({names}); impor lampirannya dengan opsi lampiran pesan</translation>
    </message>
    <message>
        <source>the message has more than {limit} parts; not imported</source>
        <comment>import.eml-parts</comment>
        <translation>pesan ini memiliki lebih dari {limit} bagian; tidak diimpor</translation>
    </message>
    <message>
        <source>not imported (not a format Kutip reads): {names}</source>
        <comment>import.eml-skipped</comment>
        <translation>tidak diimpor (bukan format yang dibaca Kutip): {names}</translation>
    </message>
    <message>
        <source>cannot read the e-mail message ({error})</source>
        <comment>import.eml-unreadable</comment>
        <translation>pesan surel tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>import them with the attachments option</source>
        <comment>import.eml-use-option</comment>
        <translation>impor lampirannya dengan opsi lampiran</translation>
    </message>
    <message>
        <source>An empty name is not a file or folder.</source>
        <comment>import.empty-name</comment>
        <translation>Nama kosong bukan berkas atau folder.</translation>
    </message>
    <message>
        <source>the EPUB has more than {limit} chapters; not imported</source>
        <comment>import.epub-chapters</comment>
        <translation>EPUB ini memiliki lebih dari {limit} bab; tidak diimpor</translation>
    </message>
    <message>
        <source>the EPUB is DRM-protected (encrypted); Kutip cannot read it</source>
        <comment>import.epub-drm</comment>
        <translation>EPUB ini dilindungi DRM (terenkripsi); Kutip tidak dapat membacanya</translation>
    </message>
    <message>
        <source>not an EPUB (no META-INF/container.xml inside)</source>
        <comment>import.epub-no-container</comment>
        <translation>bukan EPUB (tidak ada META-INF/container.xml di dalamnya)</translation>
    </message>
    <message>
        <source>the EPUB names no package document; damaged?</source>
        <comment>import.epub-no-package</comment>
        <translation>EPUB ini tidak menyebut dokumen paket; rusak?</translation>
    </message>
    <message>
        <source>the EPUB has no reading order (no spine); damaged?</source>
        <comment>import.epub-no-spine</comment>
        <translation>EPUB ini tidak memiliki urutan baca (tanpa spine); rusak?</translation>
    </message>
    <message>
        <source>the EPUB has no text</source>
        <comment>import.epub-no-text</comment>
        <translation>EPUB ini tidak berisi teks</translation>
    </message>
    <message>
        <source>import failed</source>
        <comment>import.failed</comment>
        <translation>impor gagal</translation>
    </message>
    <message>
        <source>file is empty</source>
        <comment>import.file-empty</comment>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>file not found</source>
        <comment>import.file-not-found</comment>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>file too large (over {limit})</source>
        <comment>import.file-over-limit</comment>
        <translation>berkas terlalu besar (lebih dari {limit})</translation>
    </message>
    <message>
        <source>file too large ({size}; the limit is {limit})</source>
        <comment>import.file-too-large</comment>
        <translation>berkas terlalu besar ({size}; batasnya {limit})</translation>
    </message>
    <message>
        <source>folder not read: {reason}</source>
        <comment>import.folder-unreadable</comment>
        <translation>folder tidak terbaca: {reason}</translation>
    </message>
    <message>
        <source>malformed HTML ({error})</source>
        <comment>import.html-malformed</comment>
        <translation>HTML cacat ({error})</translation>
    </message>
    <message>
        <source>no readable text in the HTML page (only scripts, styles or markup)</source>
        <comment>import.html-no-text</comment>
        <translation>tidak ada teks yang dapat dibaca di halaman HTML ini (hanya skrip, gaya, atau markah)</translation>
    </message>
    <message>
        <source>invalid {encoding} text (corrupt or truncated file)</source>
        <comment>import.invalid-encoding</comment>
        <translation>teks {encoding} tidak sah (berkas rusak atau terpotong)</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <comment>import.is-directory</comment>
        <translation>ini folder, bukan berkas</translation>
    </message>
    <message>
        <source>Word document</source>
        <comment>import.kind-docx</comment>
        <translation>dokumen Word</translation>
    </message>
    <message>
        <source>EPUB</source>
        <comment>import.kind-epub</comment>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>OpenDocument file</source>
        <comment>import.kind-odt</comment>
        <translation>berkas OpenDocument</translation>
    </message>
    <message>
        <source>a Kutip library file, not an article: merge it (kutip merge {name}, or File › Exchange › Merge Library File…)</source>
        <comment>import.library-file</comment>
        <translation>berkas pustaka Kutip, bukan artikel: gabungkan (kutip merge {name}, atau Berkas › Pertukaran › Gabungkan Berkas Pustaka…)</translation>
    </message>
    <message>
        <source>The name is too long for the file system.</source>
        <comment>import.name-too-long</comment>
        <translation>Nama itu terlalu panjang untuk sistem berkas.</translation>
    </message>
    <message>
        <source>The name cannot be looked up: {reason}.</source>
        <comment>import.name-unusable</comment>
        <translation>Nama itu tidak dapat dicari: {reason}.</translation>
    </message>
    <message>
        <source>no article text found</source>
        <comment>import.no-article-text</comment>
        <translation>teks artikel tidak ditemukan</translation>
    </message>
    <message>
        <source>no HTML content</source>
        <comment>import.no-html</comment>
        <translation>tidak ada isi HTML</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <comment>import.no-such-file</comment>
        <translation>Berkas atau folder itu tidak ada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>import.no-suffix</comment>
        <translation>(tanpa akhiran)</translation>
    </message>
    <message>
        <source>no text to import</source>
        <comment>import.no-text</comment>
        <translation>tidak ada teks untuk diimpor</translation>
    </message>
    <message>
        <source>not a readable gzip file (the name ends in .gz)</source>
        <comment>import.not-gzip</comment>
        <translation>bukan berkas gzip yang dapat dibaca (namanya berakhiran .gz)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <comment>import.not-regular-file</comment>
        <translation>bukan berkas biasa</translation>
    </message>
    <message>
        <source>the OpenDocument file has no text body (a spreadsheet or drawing?)</source>
        <comment>import.odt-no-body</comment>
        <translation>berkas OpenDocument ini tidak memiliki isi teks (lembar kerja atau gambar?)</translation>
    </message>
    <message>
        <source>the OpenDocument file has no text</source>
        <comment>import.odt-no-text</comment>
        <translation>berkas OpenDocument ini tidak berisi teks</translation>
    </message>
    <message>
        <source>not an OpenDocument text (no content.xml inside)</source>
        <comment>import.odt-not-odt</comment>
        <translation>bukan teks OpenDocument (tidak ada content.xml di dalamnya)</translation>
    </message>
    <message>
        <source>the OpenDocument file is password-protected; remove the password and try again</source>
        <comment>import.odt-password</comment>
        <translation>berkas OpenDocument ini dilindungi kata sandi; hapus kata sandinya lalu coba lagi</translation>
    </message>
    <message>
        <source>the page holds no article: what it shows is a cookie or consent notice (the story may be drawn by a script)</source>
        <comment>import.page-consent-only</comment>
        <translation>halaman ini tidak memuat artikel: isinya pemberitahuan kuki atau persetujuan (beritanya mungkin dimuat oleh skrip)</translation>
    </message>
    <message>
        <source>the page holds no article: it is an error page (“{title}”)</source>
        <comment>import.page-error</comment>
        <translation>halaman ini tidak memuat artikel: ini halaman galat (“{title}”)</translation>
    </message>
    <message>
        <source>the page holds no article: what it shows is mostly links (a menu or a list of headlines)</source>
        <comment>import.page-only-links</comment>
        <translation>halaman ini tidak memuat artikel: isinya sebagian besar tautan (menu atau daftar judul berita)</translation>
    </message>
    <message>
        <source>page too large (over {limit})</source>
        <comment>import.page-over-limit</comment>
        <translation>halaman terlalu besar (lebih dari {limit})</translation>
    </message>
    <message>
        <source>no article found: only {words} words of a {page_words}-word page could be read as a story (a cookie notice or a menu?)</source>
        <comment>import.page-sliver</comment>
        <translation>artikel tidak ditemukan: hanya {words} kata dari halaman {page_words} kata yang dapat dibaca sebagai berita (pemberitahuan cookie atau menu?)</translation>
    </message>
    <message>
        <source>page too large ({size}; the limit is {limit})</source>
        <comment>import.page-too-large</comment>
        <translation>halaman terlalu besar ({size}; batasnya {limit})</translation>
    </message>
    <message>
        <source>pasted content is not text</source>
        <comment>import.paste-not-text</comment>
        <translation>isi yang ditempel bukan teks</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated and cannot be opened</source>
        <comment>import.pdf-damaged</comment>
        <translation>PDF ini rusak atau terpotong dan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password-protected); remove the password and try again</source>
        <comment>import.pdf-encrypted</comment>
        <translation>PDF ini terenkripsi (dilindungi kata sandi); hapus kata sandinya lalu coba lagi</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <comment>import.pdf-no-pages</comment>
        <translation>PDF ini tidak memiliki halaman</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?) — OCR it first, then import the searchable PDF</source>
        <comment>import.pdf-no-text-layer</comment>
        <translation>PDF ini tidak memiliki lapisan teks (hasil pindai?) — jalankan OCR dulu, lalu impor PDF yang dapat dicari</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <comment>import.pdf-not-pdf</comment>
        <translation>bukan berkas PDF (tanpa kepala %PDF)</translation>
    </message>
    <message>
        <source>the PDF has {count:,} pages; Kutip imports up to {limit:,} pages per document (split it first)</source>
        <comment>import.pdf-too-many-pages</comment>
        <translation>PDF ini memiliki {count:,} halaman; Kutip mengimpor paling banyak {limit:,} halaman per dokumen (pecah dulu)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>import.permission-denied</comment>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>a REFI-QDA project, not an article: import it with kutip import-qdpx {name} (or File › Exchange › Import REFI-QDA Project…)</source>
        <comment>import.qdpx-file</comment>
        <translation>proyek REFI-QDA, bukan artikel: impor dengan kutip import-qdpx {name} (atau Berkas › Pertukaran › Impor Proyek REFI-QDA…)</translation>
    </message>
    <message>
        <source>{n:,} bytes</source>
        <comment>import.size-bytes</comment>
        <translation>{n:,} bita</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <comment>import.size-mb</comment>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>{n} file(s) left out, of a type Kutip does not import ({types}); it imports {supported}</source>
        <comment>import.skipped-types</comment>
        <translation>{n} berkas dilewati, jenisnya tidak diimpor Kutip ({types}); Kutip mengimpor {supported}</translation>
    </message>
    <message>
        <source>too large (over {limit}, the limit)</source>
        <comment>import.stream-over-limit</comment>
        <translation>terlalu besar (lebih dari {limit}, batasnya)</translation>
    </message>
    <message>
        <source>text too large ({size} M characters; the limit is {limit} M)</source>
        <comment>import.text-too-large</comment>
        <translation>teks terlalu besar ({size} juta karakter; batasnya {limit} juta)</translation>
    </message>
    <message>
        <source>document is nested too deeply to read</source>
        <comment>import.too-deep</comment>
        <translation>dokumen bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <source>document is too large to process</source>
        <comment>import.too-large-to-process</comment>
        <translation>dokumen terlalu besar untuk diolah</translation>
    </message>
    <message>
        <source>cannot detect the text encoding (binary or corrupt file?)</source>
        <comment>import.unknown-encoding</comment>
        <translation>penyandian teks tidak dapat dikenali (berkas biner atau rusak?)</translation>
    </message>
    <message>
        <source>unknown format {format!r}; use one of {formats}</source>
        <comment>import.unknown-format</comment>
        <translation>format {format!r} tidak dikenal; gunakan salah satu dari {formats}</translation>
    </message>
    <message>
        <source>unknown text format {format!r}; use txt, md or html</source>
        <comment>import.unknown-text-format</comment>
        <translation>format teks {format!r} tidak dikenal; gunakan txt, md, atau html</translation>
    </message>
    <message>
        <source>file too large once unpacked (over {limit})</source>
        <comment>import.unpacked-over-limit</comment>
        <translation>berkas terlalu besar setelah dibuka (lebih dari {limit})</translation>
    </message>
    <message>
        <source>could not read the document ({error})</source>
        <comment>import.unreadable</comment>
        <translation>dokumen tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>unsupported file type {suffix}; supported: {suffixes}</source>
        <comment>import.unsupported-type</comment>
        <translation>jenis berkas {suffix} tidak didukung; yang didukung: {suffixes}</translation>
    </message>
    <message>
        <source>not a valid web address: {url!r}</source>
        <comment>import.url-invalid</comment>
        <translation>bukan alamat web yang sah: {url!r}</translation>
    </message>
    <message>
        <source>not a web page (content type {type})</source>
        <comment>import.url-not-page</comment>
        <translation>bukan halaman web (jenis isi {type})</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be fetched, not {url!r}</source>
        <comment>import.url-scheme</comment>
        <translation>hanya alamat http:// dan https:// yang dapat diambil, bukan {url!r}</translation>
    </message>
    <message>
        <source>empty XML in {what}</source>
        <comment>import.xml-empty</comment>
        <translation>XML kosong di {what}</translation>
    </message>
    <message>
        <source>malformed XML in {what} ({error})</source>
        <comment>import.xml-malformed</comment>
        <translation>XML cacat di {what} ({error})</translation>
    </message>
    <message>
        <source>Accept a coder's version into another coder (e.g. gold).</source>
        <comment>lib.accept-coder-version-into</comment>
        <translation>Terima versi seorang pengode ke pengode lain (misalnya gold).</translation>
    </message>
    <message>
        <source>Cannot set {fields} when accepting.</source>
        <comment>lib.accept-fields</comment>
        <translation>{fields} tidak dapat diatur saat menerima.</translation>
    </message>
    <message>
        <source>This team library keeps the other coders' work on collections coded blind from your login: agreement there is run by an editor or the library's owner.</source>
        <comment>lib.agreement-blind-hidden</comment>
        <translation>Pustaka tim ini menyembunyikan hasil kerja pengode lain pada koleksi yang dikode secara tersamar dari login Anda: kesepakatan di sana dihitung oleh penyunting atau pemilik pustaka.</translation>
    </message>
    <message>
        <source>Agreement needs at least two coders (see `kutip coders`).</source>
        <comment>lib.agreement-needs-least-two</comment>
        <translation>Kesepakatan memerlukan sedikitnya dua pengode (lihat `kutip coders`).</translation>
    </message>
    <message>
        <source>Agreement needs annotations by at least two coders (coders with annotations here: none).</source>
        <comment>lib.agreement-no-coders</comment>
        <translation>Kesepakatan memerlukan anotasi dari sedikitnya dua pengode (pengode yang beranotasi di sini: tidak ada).</translation>
    </message>
    <message>
        <source>Agreement needs annotations by at least two coders (coders with annotations here: {known}).</source>
        <comment>lib.agreement-one-coder</comment>
        <translation>Kesepakatan memerlukan anotasi dari sedikitnya dua pengode (pengode yang beranotasi di sini: {known}).</translation>
    </message>
    <message>
        <source>The unit is one of: {units}.</source>
        <comment>lib.agreement-unit</comment>
        <translation>Satuannya salah satu dari: {units}.</translation>
    </message>
    <message>
        <source>“{new}” is an alias of “{name}”; merge the two speakers instead.</source>
        <comment>lib.alias-merge-two-speakers</comment>
        <translation>“{new}” adalah nama lain “{name}”; gabungkan kedua narasumber itu saja.</translation>
    </message>
    <message>
        <source>“{new}” already exists; merge “{old}” into it first.</source>
        <comment>lib.already-exists-merge-into</comment>
        <translation>“{new}” sudah ada; gabungkan dulu “{old}” ke dalamnya.</translation>
    </message>
    <message>
        <source>“{alias}” already names another speaker.</source>
        <comment>lib.already-names-another-speaker</comment>
        <translation>“{alias}” sudah menjadi nama narasumber lain.</translation>
    </message>
    <message>
        <source>“{new}” is already a speaker; merge the two instead.</source>
        <comment>lib.already-speaker-merge-two</comment>
        <translation>“{new}” sudah menjadi narasumber; gabungkan keduanya saja.</translation>
    </message>
    <message>
        <source>This annotation is back in this library already: a merge brought it back, with any changes made to it elsewhere; nothing was changed.</source>
        <comment>lib.annotation-back-already</comment>
        <translation>Anotasi ini sudah kembali ada di pustaka ini: penggabungan membawanya kembali, beserta perubahan yang dibuat padanya di tempat lain; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Another annotation has taken this one's place; nothing was changed.</source>
        <comment>lib.another-annotation-taken-place</comment>
        <translation>Anotasi lain sudah menempati tempat anotasi ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Its details corrected before it was deleted are put back on that copy: {parts}.</source>
        <comment>lib.article-again-details-back</comment>
        <translation>Rincian artikel yang dibetulkan sebelum dihapus dipasang kembali pada salinan itu: {parts}.</translation>
    </message>
    <message>
        <source>Its details corrected before it was deleted were corrected on that copy too; the copy's are kept: {parts}.</source>
        <comment>lib.article-again-details-kept</comment>
        <translation>Rincian artikel yang dibetulkan sebelum dihapus juga sudah dibetulkan pada salinan itu; rincian salinan itu yang dipakai: {parts}.</translation>
    </message>
    <message>
        <source>{count} of its annotations had been made again on that copy; they are not put back twice (their tags are added to those).</source>
        <comment>lib.article-again-same-annotations</comment>
        <translation>{count} anotasinya sudah dibuat lagi pada salinan itu; anotasi itu tidak dipasang dua kali (tagnya ditambahkan pada yang sudah ada).</translation>
    </message>
    <message>
        <source>The article is already in the library; nothing was changed.</source>
        <comment>lib.article-already-library-nothing</comment>
        <translation>Artikel ini sudah ada di pustaka; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This article is back in this library already: a merge brought it back, with its annotations; nothing was changed.</source>
        <comment>lib.article-back-already</comment>
        <translation>Artikel ini sudah kembali ada di pustaka ini: penggabungan membawanya kembali, beserta anotasinya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The copy the merge brought back has another text; it stays, and the annotations were placed in it.</source>
        <comment>lib.article-back-other-text</comment>
        <translation>Salinan yang dibawa kembali oleh penggabungan memiliki teks lain; teks itu tetap, dan anotasinya dipasang di dalamnya.</translation>
    </message>
    <message>
        <source>A merge had brought this article back since; {count} of its annotations it did not bring are put back on it.</source>
        <comment>lib.article-back-put-on</comment>
        <translation>Penggabungan telah membawa kembali artikel ini sejak itu; {count} anotasinya yang tidak ikut terbawa dipasang kembali padanya.</translation>
    </message>
    <message>
        <source>Someone else changed this article's details since; they were left as they made them, so nothing of theirs was overwritten.</source>
        <comment>lib.article-changed-since-step</comment>
        <translation>Orang lain mengubah rincian artikel ini sejak itu; rincian dibiarkan seperti yang mereka buat, jadi tidak ada milik mereka yang tertimpa.</translation>
    </message>
    <message>
        <source>Someone changed the article “{title}” since (annotated it, edited it or filed it); it was left as they made it.</source>
        <comment>lib.article-changed-since-undo</comment>
        <translation>Seseorang mengubah artikel “{title}” sejak itu (menganotasinya, menyuntingnya, atau memasukkannya ke koleksi); artikel dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>The article changed since it was shown (it was edited or re-imported); “{shown}” could not be found in it for certain, so nothing was tagged. Select the text again.</source>
        <comment>lib.article-changed-since-was</comment>
        <translation>Artikel berubah sejak ditampilkan (disunting atau diimpor ulang); “{shown}” tidak dapat ditemukan dengan pasti di dalamnya, jadi tidak ada yang ditandai. Pilih teksnya lagi.</translation>
    </message>
    <message>
        <source>This article was imported again since; that copy stays, and what the deleted one had (annotations: {count}) is put back on it.</source>
        <comment>lib.article-imported-again-put-on</comment>
        <translation>Artikel ini sudah diimpor lagi sejak itu; salinan itu tetap ada, dan isi artikel yang dihapus (anotasi: {count}) dipasang kembali padanya.</translation>
    </message>
    <message>
        <source>The article's text cannot be empty.</source>
        <comment>lib.article-text-cannot-empty</comment>
        <translation>Teks artikel tidak boleh kosong.</translation>
    </message>
    <message>
        <source>“{source}” cannot be merged into a tag nested under it.</source>
        <comment>lib.cannot-merged-into-tag</comment>
        <translation>“{source}” tidak dapat digabungkan ke label yang bersarang di bawahnya.</translation>
    </message>
    <message>
        <source>“{old}” cannot be moved under itself.</source>
        <comment>lib.cannot-moved-under-itself</comment>
        <translation>“{old}” tidak dapat dipindahkan ke bawah dirinya sendiri.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <comment>lib.cannot-write</comment>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <source>Someone else changed this annotation since; it was left as they made it, so nothing of theirs was overwritten.</source>
        <comment>lib.changed-since-step</comment>
        <translation>Orang lain telah mengubah anotasi ini sejak itu; anotasi dibiarkan seperti yang mereka buat, jadi tidak ada perubahan mereka yang tertimpa.</translation>
    </message>
    <message>
        <source>A coder's name cannot contain control characters.</source>
        <comment>lib.coder-name-cannot-contain</comment>
        <translation>Nama pengode tidak boleh berisi karakter kendali.</translation>
    </message>
    <message>
        <source>A coder's name is at most {limit} characters.</source>
        <comment>lib.coder-name-too-long</comment>
        <translation>Nama pengode paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <comment>lib.coder-needs-name</comment>
        <translation>Pengode perlu nama.</translation>
    </message>
    <message>
        <source>The collection “{name}” already exists.</source>
        <comment>lib.collection-already-exists</comment>
        <translation>Koleksi “{name}” sudah ada.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <comment>lib.collection-needs-name</comment>
        <translation>Koleksi perlu nama.</translation>
    </message>
    <message>
        <source>Someone else renamed this collection since (to “{name}”); it was left as they named it.</source>
        <comment>lib.collection-renamed-since</comment>
        <translation>Orang lain mengganti nama koleksi ini sejak itu (menjadi “{name}”); namanya dibiarkan seperti yang mereka beri.</translation>
    </message>
    <message>
        <source>Someone used the collection “{name}” since (filed articles in it, coded it blind or renamed it); it was left as they made it.</source>
        <comment>lib.collection-used-since</comment>
        <translation>Seseorang memakai koleksi “{name}” sejak itu (memasukkan artikel ke dalamnya, mengodenya secara tersamar, atau mengganti namanya); koleksi dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>Could not add the feed: {error}.</source>
        <comment>lib.could-not-add-feed</comment>
        <translation>Umpan tidak dapat ditambahkan: {error}.</translation>
    </message>
    <message>
        <source>A speaker's description may be at most {limit:,} characters long; this one has {length:,}.</source>
        <comment>lib.description-too-long</comment>
        <translation>Deskripsi narasumber paling panjang {limit:,} karakter; yang ini {length:,}.</translation>
    </message>
    <message>
        <source>Every bulk annotation needs its exact text.</source>
        <comment>lib.every-bulk-annotation-needs</comment>
        <translation>Setiap anotasi massal memerlukan teks persisnya.</translation>
    </message>
    <message>
        <source>Give a collection or articles, not both.</source>
        <comment>lib.give-collection-articles-not</comment>
        <translation>Berikan koleksi atau artikel, jangan keduanya.</translation>
    </message>
    <message>
        <source>Give the exact text to annotate.</source>
        <comment>lib.give-exact-text-annotate</comment>
        <translation>Berikan teks persis yang akan dianotasi.</translation>
    </message>
    <message>
        <source>{path} was not written: its {size} MB of repeated text compress so well that Kutip would take the file for a zip bomb, and stored as it is it would be over {packed} MB. Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.</source>
        <comment>lib.kutip-file-compresses</comment>
        <translation>{path} tidak ditulis: {size} MB teksnya yang berulang termampatkan begitu baik sehingga Kutip akan menganggap berkas itu bom zip, dan bila disimpan apa adanya ukurannya akan lebih dari {packed} MB. Ekspor satu koleksi setiap kali (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.</translation>
    </message>
    <message>
        <source>{path} was not written: it would unpack to more than {limit} MB, the most Kutip reads in a library file ({packed} MB packed). Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.</source>
        <comment>lib.kutip-file-over-limit</comment>
        <translation>{path} tidak ditulis: isinya akan menjadi lebih dari {limit} MB setelah dibuka, batas berkas pustaka yang dibaca Kutip ({packed} MB terkemas). Ekspor satu koleksi demi satu koleksi (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.</translation>
    </message>
    <message>
        <source>{path} was not written: it would unpack to {size} MB, and Kutip reads a library file of up to {limit} MB unpacked ({packed} MB packed). Export it a collection at a time (kutip export --format kutip --collection NAME) and merge each file.</source>
        <comment>lib.kutip-file-too-large</comment>
        <translation>{path} tidak ditulis: isinya akan menjadi {size} MB setelah dibuka, sedangkan Kutip membaca berkas pustaka paling besar {limit} MB setelah dibuka ({packed} MB terkemas). Ekspor satu koleksi demi satu koleksi (kutip export --format kutip --collection NAMA) lalu gabungkan tiap berkas.</translation>
    </message>
    <message>
        <source>This library cannot export or merge library files yet.</source>
        <comment>lib.library-cannot-export-merge</comment>
        <translation>Pustaka ini belum dapat mengekspor atau menggabungkan berkas pustaka.</translation>
    </message>
    <message>
        <source>The server has a login {login!r} already (another team's member, or another person's); to make it a member here, add it with --existing (its password is left as it is). Nothing was changed.</source>
        <comment>lib.login-exists-elsewhere</comment>
        <translation>Server sudah memiliki login {login!r} (anggota tim lain, atau milik orang lain); untuk menjadikannya anggota di sini, tambahkan dengan --existing (kata sandinya dibiarkan). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{login!r} is a group role of the server (a team's role, not a person's login); nothing was changed.</source>
        <comment>lib.login-is-group</comment>
        <translation>{login!r} adalah peran grup di server (peran sebuah tim, bukan login seseorang); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{login!r} is the server's administrator or the owner of this library, who may do everything already; nothing was changed.</source>
        <comment>lib.login-is-owner</comment>
        <translation>{login!r} adalah administrator server atau pemilik pustaka ini, yang sudah boleh melakukan apa saja; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Merging into the team library (kutip team push) takes an editor's or the owner's login; this one is a coder's. Nothing was changed.</source>
        <comment>lib.merge-takes-editor</comment>
        <translation>Menggabungkan ke pustaka tim (kutip team push) memerlukan login penyunting atau pemilik; login ini milik pengode. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Kept {n} of the merged annotations: someone changed them since (a speaker, a note, tags), and their work stays.</source>
        <comment>lib.merge-undo-kept-annotations</comment>
        <translation>{n} anotasi hasil penggabungan dibiarkan: seseorang mengubahnya sejak itu (narasumber, catatan, label), dan hasil kerja mereka tetap ada.</translation>
    </message>
    <message>
        <source>Kept {n} of the merged articles: someone worked on them since (annotated, edited, filed them in a collection or dismissed suggestions), and that work stays.</source>
        <comment>lib.merge-undo-kept-articles</comment>
        <translation>{n} artikel hasil penggabungan dibiarkan: seseorang mengerjakannya sejak itu (menganotasi, menyunting, memasukkannya ke koleksi, atau mengabaikan saran), dan hasil kerja itu tetap ada.</translation>
    </message>
    <message>
        <source>Kept the details of {n} article(s) as someone changed them since the merge (a title, a byline, a date …); the rest of what the merge changed was taken back.</source>
        <comment>lib.merge-undo-kept-details</comment>
        <translation>Rincian {n} artikel dibiarkan seperti yang diubah seseorang sejak penggabungan (judul, penulis, tanggal …); selebihnya yang diubah penggabungan sudah dikembalikan.</translation>
    </message>
    <message>
        <source>Kept the merged newer text of {n} article(s): someone annotated it since, on those words.</source>
        <comment>lib.merge-undo-kept-texts</comment>
        <translation>Teks baru hasil penggabungan pada {n} artikel dibiarkan: seseorang menganotasinya sejak itu, pada kata-kata tersebut.</translation>
    </message>
    <message>
        <source>{what} may be at most {limit} characters long; “{start}…” has {length:,}.</source>
        <comment>lib.name-too-long</comment>
        <translation>{what} paling panjang {limit} karakter; “{start}…” memiliki {length:,}.</translation>
    </message>
    <message>
        <source>Neither {source_name} nor {target_name} annotated this passage: there is nothing to accept.</source>
        <comment>lib.neither-nor-annotated-passage</comment>
        <translation>{source_name} maupun {target_name} tidak menganotasi bagian ini: tidak ada yang dapat diterima.</translation>
    </message>
    <message>
        <source>The new span is outside the article's text.</source>
        <comment>lib.new-span-outside-article</comment>
        <translation>Rentang baru berada di luar teks artikel.</translation>
    </message>
    <message>
        <source>There is no annotation {annotation_id}.</source>
        <comment>lib.no-annotation</comment>
        <translation>Tidak ada anotasi {annotation_id}.</translation>
    </message>
    <message>
        <source>There is no article {article_id}.</source>
        <comment>lib.no-article</comment>
        <translation>Tidak ada artikel {article_id}.</translation>
    </message>
    <message>
        <source>There is no article {ids}.</source>
        <comment>lib.no-articles</comment>
        <translation>Tidak ada artikel {ids}.</translation>
    </message>
    <message>
        <source>There is no coder “{name}” (coders: {known}).</source>
        <comment>lib.no-coder</comment>
        <translation>Tidak ada pengode “{name}” (pengode: {known}).</translation>
    </message>
    <message>
        <source>There is no collection {collection_id}.</source>
        <comment>lib.no-collection</comment>
        <translation>Tidak ada koleksi {collection_id}.</translation>
    </message>
    <message>
        <source>There is no collection {item}.</source>
        <comment>lib.no-collection-item</comment>
        <translation>Tidak ada koleksi {item}.</translation>
    </message>
    <message>
        <source>There is no collection “{name}”.</source>
        <comment>lib.no-collection-named</comment>
        <translation>Tidak ada koleksi “{name}”.</translation>
    </message>
    <message>
        <source>There is no feed {feed_id}.</source>
        <comment>lib.no-feed</comment>
        <translation>Tidak ada umpan {feed_id}.</translation>
    </message>
    <message>
        <source>There is no feed {ids}.</source>
        <comment>lib.no-feeds</comment>
        <translation>Tidak ada umpan {ids}.</translation>
    </message>
    <message>
        <source>There is no speaker “{name}”.</source>
        <comment>lib.no-speaker</comment>
        <translation>Tidak ada narasumber “{name}”.</translation>
    </message>
    <message>
        <source>There is no speaker {speaker_id}.</source>
        <comment>lib.no-speaker-id</comment>
        <translation>Tidak ada narasumber {speaker_id}.</translation>
    </message>
    <message>
        <source>There is no tag “{name}”.</source>
        <comment>lib.no-tag</comment>
        <translation>Tidak ada label “{name}”.</translation>
    </message>
    <message>
        <source>There is no tag {tag_id}.</source>
        <comment>lib.no-tag-id</comment>
        <translation>Tidak ada label {tag_id}.</translation>
    </message>
    <message>
        <source>{login!r} is not a usable login name: letters, digits and _ . @ - (starting with a letter), at most 63 bytes.</source>
        <comment>lib.not-usable-login-name</comment>
        <translation>{login!r} bukan nama login yang dapat dipakai: huruf, angka, dan _ . @ - (diawali huruf), paling banyak 63 bita.</translation>
    </message>
    <message>
        <source>Only a claim has a verdict; this is a {kind}.</source>
        <comment>lib.only-claim-verdict</comment>
        <translation>Hanya klaim yang memiliki putusan; ini {kind}.</translation>
    </message>
    <message>
        <source>A passage needs a start before its end.</source>
        <comment>lib.passage-needs-start-before</comment>
        <translation>Sebuah bagian memerlukan awal sebelum akhirnya.</translation>
    </message>
    <message>
        <source>Select some text to annotate.</source>
        <comment>lib.select-some-text-annotate</comment>
        <translation>Pilih teks yang akan dianotasi.</translation>
    </message>
    <message>
        <source>Select the text this annotation belongs to.</source>
        <comment>lib.select-text-annotation-belongs</comment>
        <translation>Pilih teks tempat anotasi ini berada.</translation>
    </message>
    <message>
        <source>The span {start}–{end} is outside the article's text.</source>
        <comment>lib.span-outside-article-text</comment>
        <translation>Rentang {start}–{end} berada di luar teks artikel.</translation>
    </message>
    <message>
        <source>“{name}” names another speaker since (someone renamed or merged the one meant here); its aliases were left as they are.</source>
        <comment>lib.speaker-another-since</comment>
        <translation>“{name}” sudah menjadi nama narasumber lain sejak itu (seseorang mengganti nama atau menggabungkan narasumber yang dimaksud di sini); nama lainnya dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Someone changed the speaker “{name}” since (quoted, renamed or described them, or gave them an alias); they were left as they made them.</source>
        <comment>lib.speaker-changed-since-undo</comment>
        <translation>Seseorang mengubah narasumber “{name}” sejak itu (mengutipnya, mengganti nama atau deskripsinya, atau memberinya nama lain); narasumber dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>Someone else described “{name}” otherwise since; it was left as they wrote it.</source>
        <comment>lib.speaker-described-since</comment>
        <translation>Orang lain mengubah deskripsi “{name}” sejak itu; deskripsinya dibiarkan seperti yang mereka tulis.</translation>
    </message>
    <message>
        <source>Kept the speaker “{name}”: someone described them, gave them an alias or made them anew since.</source>
        <comment>lib.speaker-kept-since</comment>
        <translation>Narasumber “{name}” dibiarkan: seseorang memberinya deskripsi atau nama lain, atau membuatnya lagi, sejak itu.</translation>
    </message>
    <message>
        <source>“{source}” and “{target}” are already one speaker: nothing to merge.</source>
        <comment>lib.speaker-merge-same</comment>
        <translation>“{source}” dan “{target}” sudah satu narasumber: tidak ada yang digabungkan.</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <comment>lib.speaker-needs-name</comment>
        <translation>Narasumber perlu nama.</translation>
    </message>
    <message>
        <source>Someone renamed or merged the speaker “{name}” since; it was left as they made it.</source>
        <comment>lib.speaker-renamed-since</comment>
        <translation>Seseorang mengganti nama atau menggabungkan narasumber “{name}” sejak itu; narasumber dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>“{text}” is no longer in the article.</source>
        <comment>lib.suggestion-gone</comment>
        <translation>“{text}” sudah tidak ada di artikel.</translation>
    </message>
    <message>
        <source>“{text}” was accepted meanwhile, in another window or by a command: it is stored once.</source>
        <comment>lib.suggestion-taken</comment>
        <translation>“{text}” sudah diterima sementara itu, di jendela lain atau lewat perintah: disimpan sekali saja.</translation>
    </message>
    <message>
        <source>The tag “{name}” already exists.</source>
        <comment>lib.tag-already-exists</comment>
        <translation>Label “{name}” sudah ada.</translation>
    </message>
    <message>
        <source>The tag “{new}” already exists; merge the tags instead.</source>
        <comment>lib.tag-already-exists-merge</comment>
        <translation>Label “{new}” sudah ada; gabungkan label-label itu saja.</translation>
    </message>
    <message>
        <source>“{name}” is another tag since (someone deleted or renamed the one renamed here and made this one); it was left as it is.</source>
        <comment>lib.tag-another-since</comment>
        <translation>“{name}” sudah menjadi label lain sejak itu (seseorang menghapus atau mengganti nama label yang diganti namanya di sini, lalu membuat yang ini); label dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <comment>lib.tag-cannot-merged-into</comment>
        <translation>Label tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>Someone changed the tag “{name}” since (renamed it, tagged with it, or made a tag under it); it was left as they made it.</source>
        <comment>lib.tag-changed-since-undo</comment>
        <translation>Seseorang mengubah label “{name}” sejak itu (mengganti namanya, memakainya, atau membuat label di bawahnya); label dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <comment>lib.tag-needs-name</comment>
        <translation>Label perlu nama.</translation>
    </message>
    <message>
        <source>Someone else gave the tag “{name}” another colour since; it was left as they made it.</source>
        <comment>lib.tag-recoloured-since</comment>
        <translation>Orang lain memberi label “{name}” warna lain sejak itu; label dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>A tag may nest at most {limit} levels deep; “{start}…” has {depth:,}.</source>
        <comment>lib.tag-too-deep</comment>
        <translation>Label paling banyak bersarang {limit} tingkat; “{start}…” memiliki {depth:,}.</translation>
    </message>
    <message>
        <source>Someone used the tag “{name}” since (on annotations, or a tag nested under it); it was left as they made it.</source>
        <comment>lib.tag-used-since</comment>
        <translation>Seseorang memakai label “{name}” sejak itu (pada anotasi, atau label yang bersarang di bawahnya); label dibiarkan seperti yang mereka buat.</translation>
    </message>
    <message>
        <source>In this team library you code as your login, {fixed}; the server records your annotations as yours.</source>
        <comment>lib.team-library-you-code</comment>
        <translation>Di pustaka tim ini Anda mengode sebagai login Anda, {fixed}; server mencatat anotasi Anda sebagai milik Anda.</translation>
    </message>
    <message>
        <source>The article's text changed since (it was re-imported or edited elsewhere); the older text was not put back over it.</source>
        <comment>lib.text-changed-not-restored</comment>
        <translation>Teks artikel telah berubah (diimpor ulang atau disunting di tempat lain); teks yang lama tidak dikembalikan menimpanya.</translation>
    </message>
    <message>
        <source>The article's text changed since it was opened for editing (it was re-imported or edited elsewhere); nothing was replaced. Open it again to edit the new text.</source>
        <comment>lib.text-changed-while-editing</comment>
        <translation>Teks artikel berubah sejak dibuka untuk disunting (diimpor ulang atau disunting di tempat lain); tidak ada yang diganti. Buka lagi untuk menyunting teks yang baru.</translation>
    </message>
    <message>
        <source>“{text}” does not occur in article {article_id}.</source>
        <comment>lib.text-not-found</comment>
        <translation>“{text}” tidak terdapat di artikel {article_id}.</translation>
    </message>
    <message>
        <source>“{text}” does not occur in article {article_id} {occurrence} times.</source>
        <comment>lib.text-not-found-times</comment>
        <translation>“{text}” tidak terdapat {occurrence} kali di artikel {article_id}.</translation>
    </message>
    <message>
        <source>Unknown kind {kind!r}: use one of {kinds}.</source>
        <comment>lib.unknown-kind</comment>
        <translation>Jenis {kind!r} tidak dikenal: gunakan salah satu dari {kinds}.</translation>
    </message>
    <message>
        <source>There is no role {role!r}; the roles are {roles}.</source>
        <comment>lib.unknown-role</comment>
        <translation>Tidak ada peran {role!r}; perannya adalah {roles}.</translation>
    </message>
    <message>
        <source>Unknown suggestion kind {kind!r}: use quote, claim or all.</source>
        <comment>lib.unknown-suggestion-kind</comment>
        <translation>Jenis saran {kind!r} tidak dikenal: gunakan quote, claim, atau all.</translation>
    </message>
    <message>
        <source>Unknown verdict {verdict!r}: use one of {verdicts}.</source>
        <comment>lib.unknown-verdict</comment>
        <translation>Putusan {verdict!r} tidak dikenal: gunakan salah satu dari {verdicts}.</translation>
    </message>
    <message>
        <source>A name</source>
        <comment>lib.what-name</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>A tag name</source>
        <comment>lib.what-tag-name</comment>
        <translation>Nama label</translation>
    </message>
    <message>
        <source>You already follow {url}.</source>
        <comment>lib.you-already-follow</comment>
        <translation>Anda sudah mengikuti {url}.</translation>
    </message>
    <message>
        <source>annotations: {added} added, {updated} updated, {deleted} deleted, {skipped} skipped, {conflicts} in conflict</source>
        <comment>merge.sum-annotations</comment>
        <translation>anotasi: {added} ditambahkan, {updated} diperbarui, {deleted} dihapus, {skipped} dilewati, {conflicts} berkonflik</translation>
    </message>
    <message>
        <source>articles: {added} added, {present} already here</source>
        <comment>merge.sum-articles</comment>
        <translation>artikel: {added} ditambahkan, {present} sudah ada di sini</translation>
    </message>
    <message>
        <source>articles deleted here: {left} left deleted, {back} back (changed or annotated in the file's library since, or put back there{titles})</source>
        <comment>merge.sum-articles-back</comment>
        <translation>artikel yang dihapus di sini: {left} tetap terhapus, {back} kembali (diubah atau dianotasi di pustaka berkas sejak itu, atau dikembalikan di sana{titles})</translation>
    </message>
    <message>
        <source>{n} of the articles deleted in the file's library not deleted here: your login may not delete articles (an editor can)</source>
        <comment>merge.sum-articles-delete-refused</comment>
        <translation>{n} artikel yang dihapus di pustaka berkas tidak dihapus di sini: login Anda tidak boleh menghapus artikel (penyunting boleh)</translation>
    </message>
    <message>
        <source>articles deleted in the file's library: {deleted} deleted here too, {kept} kept here (changed or annotated here since{titles})</source>
        <comment>merge.sum-articles-deleted</comment>
        <translation>artikel yang dihapus di pustaka berkas: {deleted} juga dihapus di sini, {kept} dipertahankan di sini (diubah atau dianotasi di sini sejak itu{titles})</translation>
    </message>
    <message>
        <source>coded blind in the file: {blinded} collections coded blind here too, {kept} left as they are here (blind coding turned off here later)</source>
        <comment>merge.sum-blind-here</comment>
        <translation>dikode tersamar di berkas: {blinded} koleksi juga dikode tersamar di sini, {kept} dibiarkan seperti di sini (pengodean tersamar dimatikan di sini belakangan)</translation>
    </message>
    <message>
        <source>{refused} collections coded blind in the file not coded blind here: your login may not code a collection blind (an editor can)</source>
        <comment>merge.sum-blind-refused</comment>
        <translation>{refused} koleksi yang dikode tersamar di berkas tidak dikode tersamar di sini: login Anda tidak boleh mengode koleksi secara tersamar (penyunting boleh)</translation>
    </message>
    <message>
        <source>article details: {updated} updated from the file, {both} changed in both (kept here)</source>
        <comment>merge.sum-details</comment>
        <translation>detail artikel: {updated} diperbarui dari berkas, {both} berubah di kedua pihak (dipertahankan di sini)</translation>
    </message>
    <message>
        <source>Dry run, nothing written. Merging would give:</source>
        <comment>merge.sum-dry-run</comment>
        <translation>Uji coba, tidak ada yang ditulis. Penggabungan akan menghasilkan:</translation>
    </message>
    <message>
        <source>left as changed here later (the file holds the older state): {names} names (renamed here), {members} memberships (taken out of the collection here), {aliases} aliases (taken away here)</source>
        <comment>merge.sum-kept-later</comment>
        <translation>dibiarkan seperti diubah di sini belakangan (berkas memuat keadaan yang lebih lama): {names} nama (diganti di sini), {members} keanggotaan (dikeluarkan dari koleksi di sini), {aliases} nama lain (dicabut di sini)</translation>
    </message>
    <message>
        <source>Merged:</source>
        <comment>merge.sum-merged</comment>
        <translation>Digabungkan:</translation>
    </message>
    <message>
        <source>tags: {tags} added; speakers: {speakers} added ({aliases} aliases); coders: {coders} added; collections: {collections} added ({memberships} memberships)</source>
        <comment>merge.sum-names</comment>
        <translation>label: {tags} ditambahkan; narasumber: {speakers} ditambahkan ({aliases} nama lain); pengode: {coders} ditambahkan; koleksi: {collections} ditambahkan ({memberships} keanggotaan)</translation>
    </message>
    <message>
        <source>{n} tags or collections renamed as in the file (renamed there later)</source>
        <comment>merge.sum-renamed</comment>
        <translation>{n} label atau koleksi diganti namanya seperti di berkas (diganti di sana belakangan)</translation>
    </message>
    <message>
        <source>{n} speakers merged into another here as in the file's library (their quotes and names go to the one kept)</source>
        <comment>merge.sum-speakers-merged</comment>
        <translation>{n} narasumber digabungkan ke narasumber lain di sini seperti di pustaka berkas (kutipan dan namanya pindah ke yang dipertahankan)</translation>
    </message>
    <message>
        <source>{n} speakers renamed as in the file's library (renamed there later; the old names kept as aliases)</source>
        <comment>merge.sum-speakers-renamed</comment>
        <translation>{n} narasumber diganti namanya seperti di pustaka berkas (diganti di sana belakangan; nama lamanya disimpan sebagai nama lain)</translation>
    </message>
    <message>
        <source>{n} speakers split off again as in the file's library (it undid the merge this library had taken from it)</source>
        <comment>merge.sum-speakers-unmerged</comment>
        <translation>{n} narasumber dipisahkan lagi seperti di pustaka berkas (pustaka itu membatalkan penggabungan yang telah diambil pustaka ini darinya)</translation>
    </message>
    <message>
        <source>texts edited on one side: {replaced} replaced by the file's newer version, {kept} kept here (the file's is older); edited in both: {both}, kept here (the file's annotations placed in the texts kept; {orphaned} could not be placed)</source>
        <comment>merge.sum-texts</comment>
        <translation>teks yang disunting di satu pihak: {replaced} diganti versi berkas yang lebih baru, {kept} dipertahankan di sini (versi berkas lebih lama); disunting di kedua pihak: {both}, dipertahankan di sini (anotasi berkas ditempatkan di teks yang dipertahankan; {orphaned} tidak dapat ditempatkan)</translation>
    </message>
    <message>
        <source>{n} texts changed in the file's library kept here: the file's is no version of the text here (another story, or a much shorter copy)</source>
        <comment>merge.sum-texts-refused</comment>
        <translation>{n} teks yang diubah di pustaka berkas dipertahankan di sini: teks berkas bukan versi dari teks di sini (berita lain, atau salinan yang jauh lebih pendek)</translation>
    </message>
    <message>
        <source>blind coding turned off in the file's library later: {n} collections no longer coded blind here</source>
        <comment>merge.sum-unblinded</comment>
        <translation>pengodean tersamar dimatikan belakangan di pustaka berkas: {n} koleksi tidak lagi dikode tersamar di sini</translation>
    </message>
    <message>
        <source>{host} sent an answer that is not valid HTTP</source>
        <comment>net.bad-http</comment>
        <translation>{host} mengirim jawaban yang bukan HTTP sah</translation>
    </message>
    <message>
        <source>the secure connection to {host} could not be trusted (certificate problem)</source>
        <comment>net.certificate</comment>
        <translation>sambungan aman ke {host} tidak dapat dipercaya (masalah sertifikat)</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <comment>net.closed</comment>
        <translation>{host} menutup sambungan tanpa menjawab</translation>
    </message>
    <message>
        <source>the download from {host} was cut off ({got:,} bytes arrived); nothing was imported, try again</source>
        <comment>net.cut-off</comment>
        <translation>unduhan dari {host} terputus ({got:,} bita diterima); tidak ada yang diimpor, coba lagi</translation>
    </message>
    <message>
        <source>the download from {host} was cut off ({got:,} of {expected:,} bytes arrived); nothing was imported, try again</source>
        <comment>net.cut-off-of</comment>
        <translation>unduhan dari {host} terputus ({got:,} dari {expected:,} bita diterima); tidak ada yang diimpor, coba lagi</translation>
    </message>
    <message>
        <source>the address {host} was not found: check its spelling and that this computer is online</source>
        <comment>net.no-address</comment>
        <translation>alamat {host} tidak ditemukan: periksa ejaannya dan pastikan komputer ini tersambung ke internet</translation>
    </message>
    <message>
        <source>{host} cannot be reached: is this computer online?</source>
        <comment>net.offline</comment>
        <translation>{host} tidak dapat dihubungi: apakah komputer ini tersambung ke internet?</translation>
    </message>
    <message>
        <source>refusing redirect to a non-http address: {target}</source>
        <comment>net.redirect-scheme</comment>
        <translation>pengalihan ke alamat non-http ditolak: {target}</translation>
    </message>
    <message>
        <source>{host} redirects too often (more than {limit} times)</source>
        <comment>net.redirects</comment>
        <translation>{host} terlalu sering mengalihkan (lebih dari {limit} kali)</translation>
    </message>
    <message>
        <source>{host} refused the connection</source>
        <comment>net.refused</comment>
        <translation>{host} menolak sambungan</translation>
    </message>
    <message>
        <source>{host} reset the connection; try again later</source>
        <comment>net.reset</comment>
        <translation>{host} memutus sambungan; coba lagi nanti</translation>
    </message>
    <message>
        <source>{host} did not send the whole page within {seconds:g} seconds; nothing was imported, try again later</source>
        <comment>net.stalled</comment>
        <translation>{host} tidak mengirim seluruh halaman dalam {seconds:g} detik; tidak ada yang diimpor, coba lagi nanti</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds:g} seconds; try again later</source>
        <comment>net.timeout</comment>
        <translation>{host} tidak menjawab dalam {seconds:g} detik; coba lagi nanti</translation>
    </message>
    <message>
        <source>the secure connection to {host} failed</source>
        <comment>net.tls</comment>
        <translation>sambungan aman ke {host} gagal</translation>
    </message>
    <message>
        <source>{host} cannot be reached</source>
        <comment>net.unreachable</comment>
        <translation>{host} tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>{host} cannot be reached ({reason})</source>
        <comment>net.unreachable-because</comment>
        <translation>{host} tidak dapat dihubungi ({reason})</translation>
    </message>
    <message>
        <source>Cannot remove {path}: {error}.</source>
        <comment>store.backup-cannot-remove</comment>
        <translation>Tidak dapat menghapus {path}: {error}.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade for this Kutip, but its copy could not be written next to it ({error}); nothing was changed.</source>
        <comment>store.backup-failed</comment>
        <translation>{path} perlu dimutakhirkan untuk Kutip ini, tetapi salinannya tidak dapat ditulis di sebelahnya ({error}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade for this Kutip, which first copies it next to itself ({size}, and room to upgrade: {needed} in all), but only {free} is free there; free some space and try again (nothing was changed).</source>
        <comment>store.backup-no-room</comment>
        <translation>{path} perlu dimutakhirkan untuk Kutip ini, yang lebih dulu menyalinnya di sebelahnya ({size}, ditambah ruang untuk pemutakhiran: total {needed}), tetapi hanya {free} yang kosong di sana; kosongkan sebagian ruang lalu coba lagi (tidak ada yang diubah).</translation>
    </message>
    <message>
        <source>{name} is not a backup of {library}; nothing was removed.</source>
        <comment>store.backup-not-found</comment>
        <translation>{name} bukan cadangan {library}; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Cannot read the folder {folder}: {error}.</source>
        <comment>store.backups-cannot-read-folder</comment>
        <translation>Tidak dapat membaca folder {folder}: {error}.</translation>
    </message>
    <message>
        <source>The library's schema is not the one bulk import expects.</source>
        <comment>store.bulk-schema</comment>
        <translation>Skema pustaka ini bukan yang diharapkan impor massal.</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}: {strerror}.</source>
        <comment>store.cannot-create-folder-for</comment>
        <translation>Folder untuk {path} tidak dapat dibuat: {strerror}.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a Kutip library: {error}.</source>
        <comment>store.cannot-opened-as-kutip</comment>
        <translation>{path} tidak dapat dibuka sebagai pustaka Kutip: {error}.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the disk is full ({error}). Free some space and try again.</source>
        <comment>store.cannot-opened-disk-full</comment>
        <translation>{path} tidak dapat dibuka: disk penuh ({error}). Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: its folder cannot be written and it cannot be read as it is ({error}). Copy it to a folder you can write to.</source>
        <comment>store.cannot-opened-read-only-place</comment>
        <translation>{path} tidak dapat dibuka: foldernya tidak dapat ditulisi dan berkasnya tidak dapat dibaca apa adanya ({error}). Salin ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <comment>store.cannot-read</comment>
        <translation>{path} tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a Kutip library: {error}.</source>
        <comment>store.cannot-used-as-kutip</comment>
        <translation>{path} tidak dapat dipakai sebagai pustaka Kutip: {error}.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded ({error}); it was left as it was and a copy is next to it.</source>
        <comment>store.could-not-upgraded-was</comment>
        <translation>{path} tidak dapat dimutakhirkan ({error}); berkas dibiarkan seperti semula dan salinannya ada di sebelahnya.</translation>
    </message>
    <message>
        <source>The library file is damaged: {path} ({detail}). Restore it from a backup (Kutip writes one next to it, named {backup}, before each upgrade); Kutip will not write to it.</source>
        <comment>store.damaged</comment>
        <translation>Berkas pustaka rusak: {path} ({detail}). Pulihkan dari cadangan (Kutip menulis satu di sebelahnya, bernama {backup}, sebelum setiap pemutakhiran); Kutip tidak akan menulis ke berkas ini.</translation>
    </message>
    <message>
        <source>The library file is damaged: {path} ({detail}). Restore it from the backup next to it ({backups}); Kutip will not write to it.</source>
        <comment>store.damaged-backups</comment>
        <translation>Berkas pustaka rusak: {path} ({detail}). Pulihkan dari cadangan di sebelahnya ({backups}); Kutip tidak akan menulis ke berkas ini.</translation>
    </message>
    <message>
        <source>The library file reads as damaged: {path} ({detail}). Its journal {journal} may be another file's (one put in its place while a Kutip had it open, on another account or computer): move {journal} and {path}-shm to another folder and open it again before you restore any backup; Kutip will not write to it.</source>
        <comment>store.damaged-journal</comment>
        <translation>Berkas pustaka terbaca rusak: {path} ({detail}). Jurnalnya {journal} mungkin milik berkas lain (berkas yang ditaruh di tempatnya saat sebuah Kutip membukanya, di akun atau komputer lain): pindahkan {journal} dan {path}-shm ke folder lain lalu buka lagi sebelum memulihkan cadangan apa pun; Kutip tidak akan menulis ke berkas ini.</translation>
    </message>
    <message>
        <source>SQLite found damaged pages in it</source>
        <comment>store.damaged-pages</comment>
        <translation>SQLite menemukan halaman yang rusak di dalamnya</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <comment>store.disk-full-nothing-was</comment>
        <translation>Disk penuh; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a Kutip library file.</source>
        <comment>store.folder-not-kutip-library</comment>
        <translation>{path} adalah folder, bukan berkas pustaka Kutip.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (moved, or its drive is not connected); no library was created in it.</source>
        <comment>store.folder-not-there</comment>
        <translation>Folder {folder} tidak ada (dipindahkan, atau drive-nya tidak terhubung); tidak ada pustaka yang dibuat di sana.</translation>
    </message>
    <message>
        <source>{path} is the journal SQLite keeps beside {library}: open {library} instead. It was left untouched.</source>
        <comment>store.is-journal</comment>
        <translation>{path} adalah jurnal yang disimpan SQLite di samping {library}: buka {library}. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is not there, but its journal {journal} is: the library was moved, renamed or deleted while open. Open it where it is now (put it back here to keep its last changes), or delete the journal to start a new library here; nothing was created.</source>
        <comment>store.journal-left-behind</comment>
        <translation>{path} tidak ada, tetapi jurnalnya {journal} ada: pustaka dipindahkan, diganti namanya, atau dihapus saat terbuka. Buka di tempatnya sekarang (kembalikan ke sini agar perubahan terakhirnya tidak hilang), atau hapus jurnal itu untuk memulai pustaka baru di sini; tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>{path} is the name SQLite gives the journal it keeps beside {library}: a library of that name would be taken for that journal and written over. Choose a name that does not end in “{suffix}”; nothing was created.</source>
        <comment>store.journal-name</comment>
        <translation>{path} adalah nama yang diberikan SQLite pada jurnal yang disimpannya di samping {library}: pustaka dengan nama itu akan dianggap jurnal tersebut dan ditimpa. Pilih nama yang tidak berakhiran “{suffix}”; tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>The journal beside {path} ({journal}) belongs to the file {path} replaced: a Kutip that had that file open stopped without closing it after another file was put in its place. Opened with that journal, the library would show the old file's last changes over its own and lose them for good; nothing was changed. The library as read with it is kept in {kept}; if {path} was not replaced after all (a USB stick or a network drive can number its files anew when plugged in again), that copy is the library with its last changes: open it instead. To open the library as it is, move {journal} and {path}-shm to another folder.</source>
        <comment>store.journal-of-replaced</comment>
        <translation>Jurnal di sebelah {path} ({journal}) milik berkas yang digantikan {path}: Kutip yang membuka berkas itu berhenti tanpa menutupnya setelah berkas lain ditaruh di tempatnya. Bila dibuka bersama jurnal itu, pustaka akan menampilkan perubahan terakhir berkas lama di atas isinya sendiri dan kehilangannya untuk selamanya; tidak ada yang diubah. Pustaka yang terbaca bersama jurnal itu disimpan di {kept}; bila {path} ternyata tidak diganti (USB atau drive jaringan dapat menomori ulang berkasnya saat dicolokkan lagi), salinan itulah pustaka dengan perubahan terakhirnya: bukalah salinan itu. Untuk membuka pustaka apa adanya, pindahkan {journal} dan {path}-shm ke folder lain.</translation>
    </message>
    <message>
        <source>The journal beside {path} ({journal}) belongs to the file {path} replaced: a Kutip that had that file open stopped without closing it after another file was put in its place. Opened with that journal, the library would show the old file's last changes over its own and lose them for good; nothing was changed. No copy of it read with that journal could be kept ({why}): the journal does not fit it. To open the library as it is, move {journal} and {path}-shm to another folder.</source>
        <comment>store.journal-of-replaced-no-copy</comment>
        <translation>Jurnal di sebelah {path} ({journal}) milik berkas yang digantikan {path}: Kutip yang membuka berkas itu berhenti tanpa menutupnya setelah berkas lain ditaruh di tempatnya. Bila dibuka bersama jurnal itu, pustaka akan menampilkan perubahan terakhir berkas lama di atas isinya sendiri dan kehilangannya untuk selamanya; tidak ada yang diubah. Tidak ada salinan yang terbaca bersama jurnal itu yang dapat disimpan ({why}): jurnal itu tidak cocok dengannya. Untuk membuka pustaka apa adanya, pindahkan {journal} dan {path}-shm ke folder lain.</translation>
    </message>
    <message>
        <source>The library is busy in another program; nothing was changed. Try again.</source>
        <comment>store.library-busy-another-program</comment>
        <translation>Pustaka sedang dipakai program lain; tidak ada yang diubah. Coba lagi.</translation>
    </message>
    <message>
        <source>The library could not be read ({error}).</source>
        <comment>store.library-could-not-read</comment>
        <translation>Pustaka tidak dapat dibaca ({error}).</translation>
    </message>
    <message>
        <source>The library could not be written ({error}); nothing was changed.</source>
        <comment>store.library-could-not-written</comment>
        <translation>Pustaka tidak dapat ditulis ({error}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is a Kutip library file to merge, not a library: open your library and merge it (kutip merge {path}, or File › Exchange › Merge Library File…); it was left untouched.</source>
        <comment>store.library-file</comment>
        <translation>{path} adalah berkas pustaka Kutip untuk digabungkan, bukan pustaka: buka pustaka Anda lalu gabungkan (kutip merge {path}, atau Berkas › Pertukaran › Gabungkan Berkas Pustaka…); berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The library file {path} was moved, renamed or replaced while Kutip had it open; nothing was changed. To keep what was written since it was opened, close Kutip, put the file back at {path} and open it again.</source>
        <comment>store.library-moved</comment>
        <translation>Berkas pustaka {path} dipindahkan, diganti namanya, atau diganti saat dibuka Kutip; tidak ada yang diubah. Agar yang ditulis sejak dibuka tidak hilang, tutup Kutip, kembalikan berkasnya ke {path}, lalu buka lagi.</translation>
    </message>
    <message>
        <source>{name} is not there any more (moved or deleted); nothing was created.</source>
        <comment>store.library-not-there</comment>
        <translation>{name} sudah tidak ada di sana (dipindahkan atau dihapus); tidak ada yang dibuat.</translation>
    </message>
    <message>
        <source>The library is read-only; nothing was changed.</source>
        <comment>store.library-read-only-nothing</comment>
        <translation>Pustaka hanya-baca; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{journal} is a library (an SQLite database) under the name SQLite gives the journal of {path} beside it: opened together, SQLite would write over one of them. Rename {journal} to a name that does not end in “{suffix}”, such as {renamed}, then open it there; nothing was changed.</source>
        <comment>store.library-under-journal-name</comment>
        <translation>{journal} adalah pustaka (basis data SQLite) dengan nama yang diberikan SQLite pada jurnal {path} di sampingnya: bila dibuka bersama, SQLite akan menimpa salah satunya. Ganti nama {journal} menjadi nama yang tidak berakhiran “{suffix}”, misalnya {renamed}, lalu buka di sana; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this Kutip, but the disk is full: free some space and try again.</source>
        <comment>store.needs-upgrade-kutip-but</comment>
        <translation>{path} perlu dimutakhirkan untuk Kutip ini, tetapi disk penuh: kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this Kutip, but its folder cannot be written: copy it to a folder you can write to.</source>
        <comment>store.needs-upgrade-read-only-place</comment>
        <translation>{path} perlu dimutakhirkan untuk Kutip versi ini, tetapi foldernya tidak dapat ditulisi: salin ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Kutip (schema {version}, this one knows {known}); please update Kutip.</source>
        <comment>store.newer-schema</comment>
        <translation>{path} ditulis oleh Kutip yang lebih baru (skema {version}, yang ini mengenal {known}); perbarui Kutip.</translation>
    </message>
    <message>
        <source>{path} is not a Kutip library (not an SQLite database); it was left untouched.</source>
        <comment>store.not-a-library</comment>
        <translation>{path} bukan pustaka Kutip (bukan basis data SQLite); berkas tidak disentuh.</translation>
    </message>
    <message>
        <source>{path} was made by an older Kutip (schema {version}) and is read-only here: it must be upgraded to open in this Kutip, which needs writing to it. Nothing was changed: make it writable, or open it with the Kutip that made it.</source>
        <comment>store.old-and-read-only</comment>
        <translation>{path} dibuat oleh Kutip yang lebih lama (skema {version}) dan hanya-baca di sini: berkas ini harus dimutakhirkan agar bisa dibuka di Kutip ini, dan itu perlu menulis ke berkasnya. Tidak ada yang diubah: jadikan berkas itu dapat ditulis, atau buka dengan Kutip yang membuatnya.</translation>
    </message>
    <message>
        <source>The disk is full: the library is open read-only until some space is freed; nothing was changed.</source>
        <comment>store.read-only-disk-full</comment>
        <translation>Disk penuh: pustaka terbuka hanya-baca sampai ada ruang kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The library is read-only here (its file cannot be written): it can be read, but nothing can be tagged or changed.</source>
        <comment>store.read-only-file</comment>
        <translation>Pustaka hanya-baca di sini (berkasnya tidak dapat ditulisi): bisa dibaca, tetapi tidak ada yang bisa ditandai atau diubah.</translation>
    </message>
    <message>
        <source>The library is read-only here (its folder or drive cannot be written): it can be read, but nothing can be tagged or changed.</source>
        <comment>store.read-only-place</comment>
        <translation>Pustaka hanya-baca di sini (folder atau drive-nya tidak dapat ditulisi): bisa dibaca, tetapi tidak ada yang bisa ditandai atau diubah.</translation>
    </message>
    <message>
        <source>{path} was replaced while Kutip had the file it replaced open, and the journal beside it ({journal}) is that file's: opened now, the new file would be read with the old one's changes. Close the Kutip that has it open (it keeps a copy of what it had beside the library), then open it again; nothing was changed.</source>
        <comment>store.replaced-while-open</comment>
        <translation>{path} diganti saat Kutip membuka berkas yang digantikannya, dan jurnal di sebelahnya ({journal}) milik berkas itu: bila dibuka sekarang, berkas baru akan terbaca bersama perubahan berkas lama. Tutup Kutip yang membukanya (Kutip menyimpan salinan isinya di sebelah pustaka), lalu buka lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is a team library's address that lost its '//'; nothing was opened.</source>
        <comment>store.team-library-address-lost</comment>
        <translation>{path} adalah alamat pustaka tim yang kehilangan '//'-nya; tidak ada yang dibuka.</translation>
    </message>
    <message>
        <source>A team library is named by its URL (postgresql://LOGIN@HOST/DATABASE), not by key=value settings; nothing was opened.</source>
        <comment>store.team-library-named-by</comment>
        <translation>Pustaka tim dinamai dengan URL-nya (postgresql://LOGIN@HOST/DATABASE), bukan dengan pengaturan key=value; tidak ada yang dibuka.</translation>
    </message>
    <message>
        <source>{path} is being upgraded by another Kutip; try again when it has finished.</source>
        <comment>store.upgrade-elsewhere</comment>
        <translation>{path} sedang dimutakhirkan oleh Kutip lain; coba lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Upgraded {name} for this Kutip; its copy as it was is {backup} ({size}).</source>
        <comment>store.upgraded-backup</comment>
        <translation>{name} dimutakhirkan untuk Kutip ini; salinannya sebelum dimutakhirkan ada di {backup} ({size}).</translation>
    </message>
    <message>
        <source>Upgraded {name} for this Kutip; its copy as it was is {backup} ({size}); older backups removed: {removed}.</source>
        <comment>store.upgraded-replaced-backup</comment>
        <translation>{name} dimutakhirkan untuk Kutip ini; salinannya sebelum dimutakhirkan ada di {backup} ({size}); cadangan lama yang dihapus: {removed}.</translation>
    </message>
    <message>
        <source>Someone else deleted this annotation meanwhile; nothing was changed.</source>
        <comment>team.annotation-deleted</comment>
        <translation>Orang lain sudah menghapus anotasi ini sementara itu; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This annotation is someone else's: your login may change only your own; nothing was changed.</source>
        <comment>team.annotation-not-yours</comment>
        <translation>Anotasi ini milik orang lain: login Anda hanya boleh mengubah milik Anda sendiri; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This annotation is {owner}'s: your login may change only your own; nothing was changed.</source>
        <comment>team.annotation-theirs</comment>
        <translation>Anotasi ini milik {owner}: login Anda hanya boleh mengubah milik Anda sendiri; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{url} is not a valid PostgreSQL URL: {error}.</source>
        <comment>team.bad-url</comment>
        <translation>{url} bukan URL PostgreSQL yang sah: {error}.</translation>
    </message>
    <message>
        <source>Someone else was changing the same rows; nothing was changed. Try again.</source>
        <comment>team.busy-rows</comment>
        <translation>Orang lain sedang mengubah baris yang sama; tidak ada yang diubah. Coba lagi.</translation>
    </message>
    <message>
        <source>The database '{name}' does not exist and could not be created ({error}); ask the server's administrator to run: createdb {name}</source>
        <comment>team.cannot-create-database</comment>
        <translation>Basis data '{name}' tidak ada dan tidak dapat dibuat ({error}); mintalah administrator server menjalankan: createdb {name}</translation>
    </message>
    <message>
        <source>Cannot open the team library {name}: {error}.</source>
        <comment>team.cannot-open</comment>
        <translation>Tidak dapat membuka pustaka tim {name}: {error}.</translation>
    </message>
    <message>
        <source>Someone changed this annotation after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.</source>
        <comment>team.changed</comment>
        <translation>Seseorang mengubah anotasi ini setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>{who} changed this annotation after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.</source>
        <comment>team.changed-by</comment>
        <translation>{who} mengubah anotasi ini setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>{who} changed this annotation at {at} after you opened it; your change was not saved, so nothing of theirs was overwritten. Look at theirs and make yours again.</source>
        <comment>team.changed-by-at</comment>
        <translation>{who} mengubah anotasi ini pukul {at} setelah Anda membukanya; perubahan Anda tidak disimpan, jadi tidak ada milik mereka yang tertimpa. Lihat perubahan mereka lalu buat perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>The team library {name} was closed.</source>
        <comment>team.closed</comment>
        <translation>Pustaka tim {name} sudah ditutup.</translation>
    </message>
    <message>
        <source>The connection to the team library was lost: {error}; nothing was changed. Try again when the server can be reached.</source>
        <comment>team.connection-lost</comment>
        <translation>Sambungan ke pustaka tim terputus: {error}; tidak ada yang diubah. Coba lagi setelah server dapat dihubungi.</translation>
    </message>
    <message>
        <source>The team library {name} is damaged ({detail}); Kutip will not write to it. Its administrator can check and repair it on the server.</source>
        <comment>team.damaged</comment>
        <translation>Pustaka tim {name} rusak ({detail}); Kutip tidak akan menulis ke sana. Administratornya dapat memeriksa dan memperbaikinya di server.</translation>
    </message>
    <message>
        <source>The team library could not do this: {error}; nothing was changed.</source>
        <comment>team.failed</comment>
        <translation>Pustaka tim tidak dapat melakukan ini: {error}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The team library could not do this ({where}): {error}; nothing was changed.</source>
        <comment>team.failed-where</comment>
        <translation>Pustaka tim tidak dapat melakukan ini ({where}): {error}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>kutip team keep-trail is for a team library: a library file's quote trail is brought up to date by whoever opens it.</source>
        <comment>team.keep-trail-file</comment>
        <translation>kutip team keep-trail untuk pustaka tim: jejak kutipan berkas pustaka diperbarui oleh siapa pun yang membukanya.</translation>
    </message>
    <message>
        <source>Only an editor or the owner keeps the team library's quote trail up to date; your login may only read it (ask an editor to run kutip team keep-trail).</source>
        <comment>team.keep-trail-role</comment>
        <translation>Hanya penyunting atau pemilik yang memperbarui jejak kutipan pustaka tim; login Anda hanya boleh membacanya (minta seorang penyunting menjalankan kutip team keep-trail).</translation>
    </message>
    <message>
        <source>The system keyring did not keep the password: {error}.</source>
        <comment>team.keyring-refused</comment>
        <translation>Keyring sistem tidak menyimpan kata sandi: {error}.</translation>
    </message>
    <message>
        <source>The database name {name} is too long for its team roles (55 bytes at most); nothing was changed.</source>
        <comment>team.name-too-long</comment>
        <translation>Nama basis data {name} terlalu panjang untuk peran-peran timnya (paling banyak 55 bita); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no system keyring here to keep the password in: put it in ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) instead.</source>
        <comment>team.no-keyring</comment>
        <translation>Tidak ada keyring sistem di sini untuk menyimpan kata sandi: simpan di ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) saja.</translation>
    </message>
    <message>
        <source>{url} is not a team library URL (postgresql://HOST/DATABASE).</source>
        <comment>team.not-a-url</comment>
        <translation>{url} bukan URL pustaka tim (postgresql://HOST/DATABASE).</translation>
    </message>
    <message>
        <source>{name} is not a Kutip team library yet: its owner runs `kutip team init URL` to set it up.</source>
        <comment>team.not-initialised</comment>
        <translation>{name} belum menjadi pustaka tim Kutip: pemiliknya menjalankan `kutip team init URL` untuk menyiapkannya.</translation>
    </message>
    <message>
        <source>A team library URL must not contain a password: put it in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 600) or the PostgreSQL service file, and use the URL without it.</source>
        <comment>team.password-in-url</comment>
        <translation>URL pustaka tim tidak boleh berisi kata sandi: simpan kata sandi di ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 600) atau di berkas layanan PostgreSQL, lalu gunakan URL tanpa kata sandi.</translation>
    </message>
    <message>
        <source>Cannot open the team library {name}: the password of {who} was refused. Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.</source>
        <comment>team.password-refused</comment>
        <translation>Tidak dapat membuka pustaka tim {name}: kata sandi {who} ditolak. Simpan kata sandi di ~/.pgpass, atau di keyring sistem dengan `kutip team login URL`.</translation>
    </message>
    <message>
        <source>Cannot open the team library {name}: the server wants the password of {who}. Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.</source>
        <comment>team.password-wanted</comment>
        <translation>Tidak dapat membuka pustaka tim {name}: server meminta kata sandi {who}. Simpan kata sandi di ~/.pgpass, atau di keyring sistem dengan `kutip team login URL`.</translation>
    </message>
    <message>
        <source>The team library refused this: your login may not do it; nothing was changed. ({error})</source>
        <comment>team.refused</comment>
        <translation>Pustaka tim menolak ini: login Anda tidak boleh melakukannya; tidak ada yang diubah. ({error})</translation>
    </message>
    <message>
        <source>The team library refused this: your login may not do it ({where}); nothing was changed. ({error})</source>
        <comment>team.refused-where</comment>
        <translation>Pustaka tim menolak ini: login Anda tidak boleh melakukannya ({where}); tidak ada yang diubah. ({error})</translation>
    </message>
    <message>
        <source>creating the schema needs the database's owner, with the right to create roles</source>
        <comment>team.schema-needs-owner</comment>
        <translation>membuat skema memerlukan pemilik basis data, dengan hak membuat peran</translation>
    </message>
    <message>
        <source>{name} was set up by a newer Kutip (schema {version}, this one knows {known}); please update Kutip.</source>
        <comment>team.schema-newer</comment>
        <translation>{name} disiapkan oleh Kutip yang lebih baru (skema {version}, yang ini mengenal {known}); perbarui Kutip.</translation>
    </message>
    <message>
        <source>{name} has an older schema ({version}; this Kutip knows {known}): its owner runs `kutip team init URL` to upgrade it.</source>
        <comment>team.schema-older</comment>
        <translation>{name} memakai skema yang lebih lama ({version}; Kutip ini mengenal {known}): pemiliknya menjalankan `kutip team init URL` untuk memutakhirkannya.</translation>
    </message>
    <message>
        <source>The quote trails are being built by another window or command (since {time}); try again when it is done.</source>
        <comment>trail.building</comment>
        <translation>Jejak kutipan sedang dibangun oleh jendela atau perintah lain (sejak {time}); coba lagi setelah selesai.</translation>
    </message>
    <message>
        <source>outlets name different speakers: {names}</source>
        <comment>trail.different-speakers</comment>
        <translation>media menyebut narasumber yang berbeda: {names}</translation>
    </message>
    <message>
        <source>ends before “{word}”: the rest is cut</source>
        <comment>trail.ends-before</comment>
        <translation>berhenti sebelum “{word}”: sisanya dipotong</translation>
    </message>
    <message>
        <source>Changes not in the quote trail yet: {count}; it is shown as it was last brought up to date (the library could not be written).</source>
        <comment>trail.file-behind</comment>
        <translation>Perubahan yang belum masuk jejak kutipan: {count}; jejak ditampilkan seperti terakhir diperbarui (pustaka tidak dapat ditulisi).</translation>
    </message>
    <message>
        <source>adds a negation (“{word}”)</source>
        <comment>trail.negation-added</comment>
        <translation>menambahkan negasi (“{word}”)</translation>
    </message>
    <message>
        <source>negation “{word}” missing</source>
        <comment>trail.negation-missing</comment>
        <translation>negasi “{word}” hilang</translation>
    </message>
    <message>
        <source>The quote trail was built by a newer Kutip: it is shown as that Kutip last brought it up to date; update Kutip to keep it up to date here.</source>
        <comment>trail.newer-keys</comment>
        <translation>Jejak kutipan dibuat oleh Kutip yang lebih baru: ditampilkan seperti terakhir diperbarui oleh Kutip itu; perbarui Kutip agar jejak tetap mutakhir di sini.</translation>
    </message>
    <message>
        <source>There is no quote cluster {cluster}.</source>
        <comment>trail.no-cluster</comment>
        <translation>Tidak ada kelompok kutipan {cluster}.</translation>
    </message>
    <message>
        <source>There is no collection “{name}”.</source>
        <comment>trail.no-collection</comment>
        <translation>Tidak ada koleksi “{name}”.</translation>
    </message>
    <message>
        <source>There is no quotation {id} in the trail.</source>
        <comment>trail.no-item</comment>
        <translation>Tidak ada kutipan {id} di jejak.</translation>
    </message>
    <message>
        <source>Article {article} has no quotation at character {at} (`kutip quotes` lists where each statement is).</source>
        <comment>trail.no-passage</comment>
        <translation>Artikel {article} tidak punya kutipan pada karakter {at} (`kutip quotes` menunjukkan letak setiap pernyataan).</translation>
    </message>
    <message>
        <source>Annotation {id} is a {kind}; only quotes have a trail.</source>
        <comment>trail.not-a-quote</comment>
        <translation>Anotasi {id} berjenis {kind}; hanya kutipan yang punya jejak.</translation>
    </message>
    <message>
        <source>This team library's quote trail is not built yet: it is built when an editor or the owner first opens the Quotes view or runs kutip quotes; your login may only read it.</source>
        <comment>trail.not-built-reader</comment>
        <translation>Jejak kutipan pustaka tim ini belum dibangun: jejak dibangun saat seorang penyunting atau pemiliknya pertama kali membuka tampilan Kutipan atau menjalankan kutip quotes; login Anda hanya boleh membacanya.</translation>
    </message>
    <message>
        <source>This library's quote trail is not built yet, and Kutip keeps it in the library, which cannot be written now (a read-only folder or drive, another program writing, or a full disk). Copy the library to a folder you can write to and list its quotes there, or try again when it can be written.</source>
        <comment>trail.not-built-unwritable</comment>
        <translation>Jejak kutipan pustaka ini belum dibangun, dan Kutip menyimpannya di dalam pustaka, yang tidak dapat ditulis saat ini (folder atau drive hanya-baca, program lain sedang menulis, atau disk penuh). Salin pustaka ke folder yang dapat Anda tulisi dan tampilkan kutipannya di sana, atau coba lagi saat pustaka dapat ditulis.</translation>
    </message>
    <message>
        <source>The quote trail was built by an older Kutip and the library cannot be written now: it is shown as that Kutip left it.</source>
        <comment>trail.older-keys-unwritable</comment>
        <translation>Jejak kutipan dibuat oleh Kutip yang lebih lama dan pustaka tidak dapat ditulis saat ini: jejak ditampilkan seperti yang ditinggalkan Kutip itu.</translation>
    </message>
    <message>
        <source>Annotation {id} lost its place in the article; re-attach it to see its trail.</source>
        <comment>trail.orphan</comment>
        <translation>Anotasi {id} kehilangan letaknya di artikel; tempelkan ulang untuk melihat jejaknya.</translation>
    </message>
    <message>
        <source>not shown as versions of this statement: {count} in its cluster that share only a short quotation with it and are attributed to someone else ({names})</source>
        <comment>trail.other-speakers</comment>
        <translation>tidak ditampilkan sebagai versi pernyataan ini: {count} di klasternya yang hanya sama-sama memuat kutipan pendek dengannya dan disebut diucapkan orang lain ({names})</translation>
    </message>
    <message>
        <source>not shown as versions of this statement: {count} in its cluster that share only a short quotation with it, which quotations of different speakers share</source>
        <comment>trail.other-statements</comment>
        <translation>tidak ditampilkan sebagai versi pernyataan ini: {count} di klasternya yang hanya sama-sama memuat kutipan pendek dengannya, yang juga dimuat kutipan narasumber lain</translation>
    </message>
    <message>
        <source>Articles imported, changed or annotated since the quote trail was last brought up to date: {count}. An editor or the library's owner brings it up to date by opening the Quotes view or running kutip quotes.</source>
        <comment>trail.reader-behind</comment>
        <translation>Artikel yang diimpor, diubah, atau dianotasi sejak jejak kutipan terakhir diperbarui: {count}. Seorang penyunting atau pemilik pustaka memperbaruinya dengan membuka tampilan Kutipan atau menjalankan kutip quotes.</translation>
    </message>
    <message>
        <source>“{name}” could be {names}: give the full name.</source>
        <comment>trail.speaker-ambiguous</comment>
        <translation>“{name}” bisa berarti {names}: tulis nama lengkapnya.</translation>
    </message>
    <message>
        <source>outlets write one speaker's name differently: {names}</source>
        <comment>trail.speaker-written-differently</comment>
        <translation>media menulis nama satu narasumber secara berbeda: {names}</translation>
    </message>
    <message>
        <source>The speakers of {count} statements are not worked out yet, and Kutip keeps them in the library, which cannot be written now: list the statements without --speaker or --sort speaker, or copy the library to a folder you can write to.</source>
        <comment>trail.speakers-unguessed-unwritable</comment>
        <translation>Narasumber {count} pernyataan belum ditentukan, dan Kutip menyimpannya di pustaka, yang tidak dapat ditulisi sekarang: tampilkan pernyataan tanpa --speaker atau --sort speaker, atau salin pustaka ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>starts after “{word}”: what came before is cut</source>
        <comment>trail.starts-after</comment>
        <translation>dimulai setelah “{word}”: bagian sebelumnya dipotong</translation>
    </message>
    <message>
        <source>versions {versions} are in this trail only through a shorter quotation they share with the others: they may quote a different statement, not reword this one</source>
        <comment>trail.through-a-part</comment>
        <translation>versi {versions} masuk jejak ini hanya lewat kutipan lebih pendek yang sama-sama dimuatnya dengan versi lain: bisa jadi pernyataan lain, bukan ubahan pernyataan ini</translation>
    </message>
    <message>
        <source>Annotation {id} is too short to have a trail (fewer than {words} words).</source>
        <comment>trail.too-short</comment>
        <translation>Anotasi {id} terlalu pendek untuk punya jejak (kurang dari {words} kata).</translation>
    </message>
    <message>
        <source>Unknown sort “{sort}”: use one of {sorts}.</source>
        <comment>trail.unknown-sort</comment>
        <translation>Urutan “{sort}” tidak dikenal: gunakan salah satu dari {sorts}.</translation>
    </message>
    <message>
        <source>worded differently from the reference version</source>
        <comment>trail.worded-differently</comment>
        <translation>susunan katanya berbeda dari versi acuan</translation>
    </message>
    <message>
        <source>from ‘{cue}’ right after the quotation</source>
        <comment>who.after</comment>
        <translation>dari ‘{cue}’ tepat setelah kutipan</translation>
    </message>
    <message>
        <source>from ‘{cue}’ before the quotation</source>
        <comment>who.before</comment>
        <translation>dari ‘{cue}’ sebelum kutipan</translation>
    </message>
    <message>
        <source>the quotation continues one attributed by ‘{cue}’</source>
        <comment>who.chain</comment>
        <translation>kutipan ini melanjutkan kutipan yang diatribusikan lewat ‘{cue}’</translation>
    </message>
    <message>
        <source>from ‘{cue}’</source>
        <comment>who.cue</comment>
        <translation>dari ‘{cue}’</translation>
    </message>
    <message>
        <source>no attribution next to it; from ‘{cue}’ {where}</source>
        <comment>who.inherited</comment>
        <translation>tidak ada atribusi di dekatnya; dari ‘{cue}’ {where}</translation>
    </message>
    <message>
        <source>{speaker} in your library</source>
        <comment>who.library</comment>
        <translation>{speaker} di pustaka Anda</translation>
    </message>
    <message>
        <source>your library's speaker is {speaker}</source>
        <comment>who.library-spelling</comment>
        <translation>narasumber di pustaka Anda: {speaker}</translation>
    </message>
    <message>
        <source>it points back to {speaker}, named {where}</source>
        <comment>who.pronoun</comment>
        <translation>merujuk ke {speaker}, yang disebut {where}</translation>
    </message>
    <message>
        <source>the article gives that role to {speaker}</source>
        <comment>who.role</comment>
        <translation>artikel memberikan peran itu kepada {speaker}</translation>
    </message>
    <message>
        <source>the article names them in full as {speaker}</source>
        <comment>who.short</comment>
        <translation>artikel menyebut nama lengkapnya {speaker}</translation>
    </message>
    <message>
        <source>the quotation is woven into a sentence about {speaker} (‘{cue}’)</source>
        <comment>who.subject</comment>
        <translation>kutipan terjalin dalam kalimat tentang {speaker} (‘{cue}’)</translation>
    </message>
    <message>
        <source>(unsure: check the speaker)</source>
        <comment>who.unsure</comment>
        <translation>(belum pasti: periksa narasumbernya)</translation>
    </message>
    <message>
        <source>(unsure: check the speaker; it may be {rival})</source>
        <comment>who.unsure-rival</comment>
        <translation>(belum pasti: periksa narasumbernya; mungkin {rival})</translation>
    </message>
    <message>
        <source>the article writes {written}; your library's speaker is {speaker}</source>
        <comment>who.written</comment>
        <translation>artikel menulis {written}; narasumber di pustaka Anda: {speaker}</translation>
    </message>
    <message>
        <source>reported assertion: '{verb}'</source>
        <comment>why.assertion</comment>
        <translation>pernyataan yang dilaporkan: '{verb}'</translation>
    </message>
    <message>
        <source>quotation attributed by '{cue}'</source>
        <comment>why.attributed</comment>
        <translation>kutipan yang diatribusikan lewat '{cue}'</translation>
    </message>
    <message>
        <source>quotation continued from a previous paragraph ('{cue}')</source>
        <comment>why.chain</comment>
        <translation>kutipan lanjutan dari paragraf sebelumnya ('{cue}')</translation>
    </message>
    <message>
        <source>makes a comparison: '{compared}'</source>
        <comment>why.comparison</comment>
        <translation>membuat perbandingan: '{compared}'</translation>
    </message>
    <message>
        <source>contains a date</source>
        <comment>why.date</comment>
        <translation>berisi tanggal</translation>
    </message>
    <message>
        <source>contains a figure</source>
        <comment>why.figure</comment>
        <translation>berisi angka</translation>
    </message>
    <message>
        <source>quotation following a paragraph about {speaker}</source>
        <comment>why.inherited</comment>
        <translation>kutipan setelah paragraf tentang {speaker}</translation>
    </message>
    <message>
        <source>contains a percentage</source>
        <comment>why.percentage</comment>
        <translation>berisi persentase</translation>
    </message>
    <message>
        <source>quotation woven into a sentence about {speaker} ('{cue}')</source>
        <comment>why.subject</comment>
        <translation>kutipan yang terjalin dalam kalimat tentang {speaker} ('{cue}')</translation>
    </message>
    <message>
        <source>quotation with no attribution found</source>
        <comment>why.unattributed</comment>
        <translation>kutipan tanpa atribusi yang ditemukan</translation>
    </message>
</context>
</TS>