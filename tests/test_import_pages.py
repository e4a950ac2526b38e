"""Saved pages and wire text import right: the story (never the menu), its date, outlet and
authors, Unicode the way searches find it, and files already present skipped unread.

The story text in these pages is the real MINA article in ``seeds/`` (minanews.net,
22 Dec 2021); the page shells follow the markup real news sites use (JSON-LD
``NewsArticle``, OpenGraph, cookie banners, ``<aside>``/``<form>`` wrappers).  The wire
datelines are the forms the outlets print (see ``reader/core/importers/outlets.py``).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from reader.core.importers import ImportFailed, article_from_text, read_article
from reader.core.importers.outlets import OUTLETS, outlet_for_name, outlet_for_url
from reader.core.library import Library

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c6336f8cebf4cd51.txt"
_SEED = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
STORY = _SEED[2:_SEED.index("Mi’raj News Agency (MINA)")]
STORY[0] = STORY[0].removeprefix("Moskow, MINA – ")
TITLE = "AS dan Rusia akan Berunding Tentang Ukraina"
MENU = ["Beranda", "Internasional", "Nasional", "Ekonomi", "Olahraga", "Opini", "Indeks"]


def page(body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{TITLE} - MINA"
            f"</title>{head}</head><body>{body}</body></html>")


def nav() -> str:
    return "<nav><ul>" + "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in MENU) + "</ul></nav>"


def paragraphs(items=STORY) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def json_ld(**fields) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def html_file(tmp_path: Path, html: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_story_wrapped_in_aside_is_kept(tmp_path):
    html = page(nav() + f"<header><a href='/'>MINA</a></header><aside class='content'>"
                f"<h1>{TITLE}</h1>{paragraphs()}</aside>"
                "<footer><p>Hak cipta © 2021 MINA</p></footer>")
    art = read_article(html_file(tmp_path, html))
    assert art.text.startswith("Menteri Luar Negeri (Menlu) Rusia Sergey Lavrov")
    assert STORY[-1] in art.text
    assert "Beranda" not in art.text


def test_page_inside_a_form_is_kept(tmp_path):
    # ASP.NET pages wrap the whole body in <form id="aspnetForm">
    html = page(f"<form id='aspnetForm' method='post'>{nav()}<article><h1>{TITLE}</h1>"
                f"{paragraphs()}</article></form>")
    art = read_article(html_file(tmp_path, html))
    assert STORY[1] in art.text and STORY[-1] in art.text


def test_menu_is_still_dropped_when_the_story_is_in_the_open(tmp_path):
    html = page(nav() + f"<main><h1>{TITLE}</h1>{paragraphs(STORY[:2])}</main>"
                "<aside><h3>Terpopuler</h3><ul><li><a href='/a'>Harga beras naik lagi di pasar"
                " induk</a></li></ul></aside>")
    art = read_article(html_file(tmp_path, html))
    assert art.text.startswith("Menteri Luar Negeri") and "Harga beras" not in art.text
    assert "Beranda" not in art.text


def test_unclosed_embed_does_not_swallow_the_rest_of_the_article(tmp_path):
    # libxml2 nests everything after an unclosed <embed> inside it (issue 17, item 8)
    html = page(f"<article><h1>{TITLE}</h1><p>{STORY[0]}</p>"
                "<embed src='https://example.org/player.swf' type='application/x-shockwave-flash'>"
                f"{paragraphs(STORY[1:])}</article>")
    art = read_article(html_file(tmp_path, html))
    for paragraph in STORY:
        assert paragraph in art.text
    assert "player.swf" not in art.text


def test_object_wrapping_story_paragraphs_keeps_them_but_drops_its_fallback(tmp_path):
    html = page(f"<article><h1>{TITLE}</h1><p>{STORY[0]}</p><object data='x.swf'>Get Flash"
                f"{paragraphs(STORY[1:4])}</object>{paragraphs(STORY[4:])}</article>")
    art = read_article(html_file(tmp_path, html))
    assert all(p in art.text for p in STORY)
    assert "Get Flash" not in art.text


def test_json_ld_authors_date_and_publisher_from_the_untouched_page(tmp_path):
    head = json_ld(datePublished="2021-12-22T14:05:00+07:00",
                   author=[{"@type": "Person", "name": "Sajadi"},
                           {"@type": "Person", "name": "Ismet Rauf"}],
                   publisher={"@type": "Organization", "name": "MINA News Agency"})
    head += ("<meta property='og:site_name' content='Kantor Berita MINA'>"
             "<link rel='canonical' href='https://minanews.net/as-dan-rusia-akan-berunding/'>")
    body = (nav() + f"<article><h1>{TITLE}</h1><div class='byline'>Sajadi FOLLOW Updated 3 "
            f"January</div>{paragraphs()}</article>")
    art = read_article(html_file(tmp_path, page(body, head)))
    assert art.authors == "Sajadi, Ismet Rauf"
    assert art.published == "2021-12-22" and not art.published_inferred
    assert art.source == "MINA"  # the domain, from the outlets table
    assert art.url == "https://minanews.net/as-dan-rusia-akan-berunding/"
    assert art.title == TITLE


def test_reuters_page_source_is_reuters_not_its_section(tmp_path):
    head = (json_ld(datePublished="2019-03-01T10:00:00Z",
                    author={"@type": "Person", "name": "Jane Doe"})
            + "<meta property='og:site_name' content='U.S.'>"
            + "<meta property='og:url' content='https://www.reuters.com/article/us-port-strike'>")
    art = read_article(html_file(tmp_path, page(f"<article>{paragraphs()}</article>", head)))
    assert art.source == "Reuters"
    assert art.published == "2019-03-01"


def test_a_year_in_the_body_never_becomes_the_date(tmp_path):
    # STORY mentions "sebelum tahun 1997" and "tahun 2014"; the page has no date metadata
    art = read_article(html_file(tmp_path, page(f"<article>{paragraphs()}</article>")))
    assert "sebelum tahun 1997" in art.text
    assert art.published in ("", "2021-12-22")  # never 1997-01-01 or 2014-01-01
    assert art.published_partial == "--12-22"


def test_page_of_links_only_is_refused_with_a_reason(tmp_path):
    links = "".join(f"<li><a href='/n/{i}'>Berita nomor {i} tentang harga beras di pasar</a></li>"
                    for i in range(40))
    html = page(nav() + f"<div class='index'><ul>{links}</ul></div>")
    with pytest.raises(ImportFailed, match="mostly links"):
        read_article(html_file(tmp_path, html))


def test_cookie_notice_instead_of_the_story_is_refused(tmp_path):
    # the story is drawn by script; what is left is a cookie banner on a long page of menus
    menu = "".join(f"<li><a href='/{i}'>Rubrik {i}</a></li>" for i in range(800))
    html = page(f"<nav><ul>{menu}</ul></nav><div id='cookie'><p>Kami menggunakan cookie untuk"
                " pengalaman terbaik. Setuju?</p></div><script>render()</script>")
    with pytest.raises(ImportFailed, match="no article found|mostly links|cookie or consent"):
        read_article(html_file(tmp_path, html))


@pytest.mark.parametrize("body, reason", [
    ("<a href=x>link</a>", "mostly links"),
    ("<nav><a href=/a>Beranda</a> <a href=/b>Berita</a> <a href=/c>Olahraga</a></nav>",
     "mostly links"),  # a short menu, read as one line
    ("<ul><li><a href=/1>Harga beras naik lagi</a> | <a href=/2>Banjir di Bekasi</a></li></ul>",
     "mostly links"),
    ("<div class='cookie-banner'><p>We use cookies to improve your experience. "
     "<a href=/ok>Accept</a></p></div>", "cookie or consent notice"),
    ("<div id='consent'><p>Situs ini menggunakan kuki. Dengan melanjutkan, Anda menyetujui "
     "kebijakan privasi kami.</p><button>Setuju</button></div>", "cookie or consent notice"),
], ids=["one-link", "menu-line", "headlines", "cookie-en", "cookie-id"])
def test_a_short_page_of_links_or_a_consent_notice_is_refused(tmp_path, body, reason):
    """The README promises it: a page with no article fails with a reason, however short."""
    with pytest.raises(ImportFailed, match=reason):
        read_article(html_file(tmp_path, f"<html><head><title>T</title></head><body>{body}"
                                         "</body></html>"))


@pytest.mark.parametrize("body", [
    # a short story whose words are also link texts elsewhere on the page
    "<nav><a href=/p>Politik</a> <a href=/e>Ekonomi</a></nav><article><p>Politik dan ekonomi "
    "dibahas dalam rapat kabinet, kata juru bicara istana kepada wartawan di Jakarta, Senin. "
    "Rapat itu membahas harga pangan menjelang akhir tahun.</p></article>",
    # a short story about cookies is still a story
    "<article><p>Google menunda penghapusan cookie pihak ketiga di Chrome hingga tahun depan, "
    "kata perusahaan itu dalam pernyataan resmi pada Selasa. Regulator Inggris masih meninjau "
    "rencana pengganti cookie yang diajukan perusahaan tersebut.</p></article>",
], ids=["links-share-words", "news-about-cookies"])
def test_a_short_story_is_not_taken_for_boilerplate(tmp_path, body):
    art = read_article(html_file(tmp_path, f"<html><head><title>T</title></head><body>{body}"
                                           "</body></html>"))
    assert "kata" in art.text


def test_decomposed_accents_become_nfc_and_annotate_finds_them(tmp_path):
    nfd = unicodedata.normalize("NFD", "Die Angaben wurden geprüft, sagte Müller.")
    path = tmp_path / "de.txt"
    path.write_text(f"Prüfung\n\n{nfd}\n", encoding="utf-8")
    art = read_article(path)
    assert "geprüft" in art.text and unicodedata.is_normalized("NFC", art.text)
    library = Library(tmp_path / "lib.sqlite")
    try:
        report = library.imports.paths([path])
        article_id = report.imported[0][1]
        note = library.annotations.add_exact(article_id, unicodedata.normalize("NFD", "geprüft"))
        assert note.exact == "geprüft"
        assert library.search.find(unicodedata.normalize("NFD", "Müller"))
        assert library.articles.get(article_id).original_hash == art.original_hash
    finally:
        library.close()


def test_original_hash_is_the_bytes_hash_not_the_normalised_text(tmp_path):
    import hashlib

    data = unicodedata.normalize("NFD", "Judul\n\nSudah diperiksa oleh Müller.\n").encode()
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    art = read_article(path)
    assert art.original_hash == hashlib.sha256(data).hexdigest()
    assert art.content_hash == hashlib.sha256(art.text.encode()).hexdigest()


def test_a_file_already_present_is_not_extracted_again(tmp_path, monkeypatch):
    path = html_file(tmp_path, page(f"<article><h1>{TITLE}</h1>{paragraphs()}</article>"))
    library = Library(tmp_path / "lib.sqlite")
    try:
        first = library.imports.paths([path])
        assert len(first.imported) == 1
        import reader.core.library.importing as importing

        def boom(*_a, **_k):
            raise AssertionError("extracted again")

        monkeypatch.setattr(importing, "read_articles", boom)
        copy = tmp_path / "copy.html"
        copy.write_bytes(path.read_bytes())
        again = library.imports.paths([path, copy])
        assert [r[1] for r in again.present] == [first.imported[0][1]] * 2
        assert not again.failed
    finally:
        library.close()


WIRE = [
    # (first lines, source, dateline, published, text starts with)
    ("TEMPO.CO, Jakarta - Presiden Joko Widodo meresmikan jalan tol pada Sabtu (26/7/2025).",
     "Tempo", "Jakarta", "2025-07-26", "Presiden Joko Widodo"),
    ("JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol, Sabtu (26/7/2025).",
     "Kompas", "JAKARTA", "2025-07-26", "Presiden meresmikan"),
    ("Jakarta (ANTARA) - Pemerintah menyiapkan anggaran, Sabtu (26/7/2025).",
     "ANTARA", "Jakarta", "2025-07-26", "Pemerintah menyiapkan"),
    ("Liputan6.com, Jakarta: Pemerintah menyiapkan anggaran pada Sabtu (26/7/2025).",
     "Liputan6", "Jakarta", "2025-07-26", "Pemerintah menyiapkan"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menyiapkan anggaran pada Sabtu (26/7/2025).",
     "Republika", "JAKARTA", "2025-07-26", "Pemerintah menyiapkan"),
    ("detikNews\n\nSabtu, 26 Jul 2025 10:15 WIB\n\nJakarta - Pemerintah menyiapkan anggaran.",
     "Detik", "Jakarta", "2025-07-26", "Pemerintah menyiapkan"),
    ("Jakarta, CNN Indonesia -- Pemerintah menyiapkan anggaran pada Sabtu (26/7/2025).",
     "CNN Indonesia", "Jakarta", "2025-07-26", "Pemerintah menyiapkan"),
    ("Jakarta, 26 Juli 2025\n\nPemerintah menyiapkan anggaran untuk sekolah.\n\nSumber: JPNN.com",
     "JPNN", "Jakarta", "2025-07-26", "Pemerintah menyiapkan"),
    ("(Reuters) - Dock workers at Europe's largest port went on strike on July 26, 2025.",
     "Reuters", "", "", "Dock workers"),
    ("WASHINGTON (AP) — The Senate voted on Saturday.\n\nJuly 26, 2025",
     "AP", "WASHINGTON", "2025-07-26", "The Senate voted"),
    ("(AFP) - Farmers blocked roads across France.", "AFP", "", "", "Farmers blocked"),
    ("PARIS (AFP) - Farmers blocked roads across France.", "AFP", "PARIS", "", "Farmers"),
]


@pytest.mark.parametrize(("lines", "source", "dateline", "published", "start"), WIRE)
def test_wire_datelines_give_source_and_date(lines, source, dateline, published, start):
    art = article_from_text(f"Judul berita\n\n{lines}\n\nParagraf kedua cerita ini.")
    assert (art.source, art.dateline, art.published) == (source, dateline, published)
    assert art.text.startswith(start)


def test_a_folder_of_wire_stories_gets_source_and_date_for_each(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for i, (lines, *_rest) in enumerate(WIRE):
        (folder / f"{i:02d}.txt").write_text(f"Judul {i}\n\n{lines}\n\nParagraf {i} kedua.\n",
                                             encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite")
    try:
        report = library.imports.paths([folder])
        assert len(report.imported) == len(WIRE) and not report.failed
        for (_name, article_id), (_l, source, dateline, published, _s) in zip(
                report.imported, WIRE, strict=True):
            got = library.articles.get(article_id)
            assert (got.source, got.dateline, got.published) == (source, dateline, published)
    finally:
        library.close()


def test_every_outlet_the_issue_names_is_in_the_table():
    names = {o.name for o in OUTLETS}
    for wanted in ("ANTARA", "Kompas", "Tempo", "Detik", "Liputan6", "CNN Indonesia", "Republika",
                   "Okezone", "JPNN", "Beritasatu", "Media Indonesia", "Kumparan", "Tribun",
                   "MINA", "KBR", "Bisnis", "Reuters", "AP", "AFP", "Bloomberg", "BBC",
                   "The Guardian", "The New York Times", "Al Jazeera", "DW", "VOA"):
        assert wanted in names


@pytest.mark.parametrize(("url", "name"), [
    ("https://en.antaranews.com/news/1", "ANTARA"),
    ("https://nasional.kompas.com/read/2025/07/26/x", "Kompas"),
    ("https://news.detik.com/berita/d-1/x", "Detik"),
    ("https://www.reuters.com/world/x", "Reuters"),
    ("https://apnews.com/article/x", "AP"),
    ("https://www.voaindonesia.com/a/x.html", "VOA"),
    ("https://www.bbc.co.uk/news/x", "BBC"),
])
def test_outlet_from_url(url, name):
    assert outlet_for_url(url).name == name


def test_outlet_forms_are_one_name_however_written():
    assert {outlet_for_name(f).name for f in ("KOMPAS.com", "Kompas.id", "kompas")} == {"Kompas"}
    assert outlet_for_name("Mi’raj News Agency").name == "MINA"
    assert outlet_for_name("Voice of America").name == "VOA"
    assert outlet_for_name("Jakarta") is None
    assert outlet_for_url("https://notkompas.com.evil.example/x") is None


def test_same_source_for_a_saved_page_and_pasted_text(tmp_path):
    head = "<meta property='og:url' content='https://www.antaranews.com/berita/1'>"
    body = f"<article><p>Jakarta (ANTARA) - {STORY[0]}</p>{paragraphs(STORY[1:3])}</article>"
    saved = read_article(html_file(tmp_path, page(body, head)))
    pasted = article_from_text(f"{TITLE}\n\nJakarta (ANTARA) - {STORY[0]}")
    assert saved.source == pasted.source == "ANTARA"
    assert saved.dateline == pasted.dateline == "Jakarta"


def test_partial_and_full_dates_sort_sensibly(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    try:
        ids = {}
        for name, text in (
            ("full-late", "Judul A\n\nJakarta (ANTARA) - Kamis, 23 Desember 2021\n\nIsi A."),
            ("partial", "Judul B\n\nJakarta (ANTARA) - Pemerintah pada Kamis (23/12) bicara."),
            ("none", "Judul C\n\nIsi tanpa tanggal."),
            ("full-early", "Judul D\n\nSenin, 3 Januari 2000\n\nIsi D."),
        ):
            report = library.imports.text(text, name=name)
            ids[report.imported[0][1]] = name
        order = [ids[i] for i in library.articles.ids(sort="published")]
        assert order == ["none", "partial", "full-early", "full-late"]
        partial = next(i for i, n in ids.items() if n == "partial")
        article = library.articles.get(partial)
        assert (article.published, article.published_partial) == ("", "--12-23")
        assert article.date_label() == "23/12 [no year]"
    finally:
        library.close()


@pytest.mark.parametrize(("byline", "authors"), [
    ("Alice Wu FOLLOW Updated", "Alice Wu"),
    ("Nathanael Johnson January", "Nathanael Johnson"),
    ("Theresa May", "Theresa May"),
])
def test_byline_widgets_do_not_stick_to_the_author(tmp_path, byline, authors):
    # no JSON-LD: the name comes from the page's byline element, with a "follow" button beside it
    html = page(f"<article><h1>{TITLE}</h1><div class='byline'><span class='author'>{byline}"
                f"</span></div>{paragraphs()}</article>")
    assert read_article(html_file(tmp_path, html)).authors == authors


def test_a_parenthesis_at_the_start_is_not_a_dateline_unless_it_names_an_outlet():
    art = article_from_text("Judul\n\n(Ilustrasi) - Warga antre minyak goreng di Medan.")
    assert art.source == "" and art.text.startswith("(Ilustrasi) - Warga antre")


def test_reimporting_an_edited_file_keeps_its_inferred_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite")
    try:
        [(_, article_id)] = library.imports.paths([path]).imported
        path.write_text(path.read_text(encoding="utf-8").replace("Namun, ", "Akan tetapi, "),
                        encoding="utf-8")
        report = library.imports.paths([path])
        assert report.updated == [(str(path), article_id)] and not report.failed
        article = library.articles.get(article_id)
        assert (article.published, article.published_inferred) == ("2021-12-22", 1)
        assert "Akan tetapi, Sergei Ryabkov" in article.text
    finally:
        library.close()


@pytest.mark.parametrize("title", ["404", "404 - Page Not Found | Vanity Fair", "Page not found",
                                   "Error 404: page not found", "Halaman tidak ditemukan",
                                   "Sorry, the page you were looking for was not found"])
def test_an_error_page_is_refused_with_a_reason(tmp_path, title):
    """R13-3: a 404 page imported as an article titled "404" whose text was its menus."""
    html = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{nav()}"
            "<h1>Oops</h1><p>We can't find the page you are looking for. Try the search"
            " box, or go back to the home page.</p><p>Close</p><p>Sign in</p></body></html>")
    with pytest.raises(ImportFailed, match="error page"):
        read_article(html_file(tmp_path, html))


@pytest.mark.parametrize("title", ["404 days in captivity: a hostage's story",
                                   "Page Six: the week in gossip"])
def test_a_story_whose_title_starts_like_an_error_is_kept(tmp_path, title):
    html = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{nav()}"
            f"<article><h1>{title}</h1>{paragraphs()}</article></body></html>")
    assert "Lavrov" in read_article(html_file(tmp_path, html)).text


def test_a_page_titled_by_its_error_code_alone_is_refused_whatever_its_menus(tmp_path):
    """R13-3's page: titled "404", 526 words of menus and headlines read as its text."""
    menus = "".join(f"<p>Rubrik {i}: berita terbaru hari ini dari meja redaksi kami</p>"
                    for i in range(60))
    html = f"<!DOCTYPE html><html><head><title>404</title></head><body>{menus}</body></html>"
    with pytest.raises(ImportFailed, match="error page"):
        read_article(html_file(tmp_path, html))


@pytest.mark.parametrize("title", ["Page not found", "Halaman tidak ditemukan", "404"])
def test_an_error_page_of_many_menu_lines_and_headlines_is_refused(tmp_path, title):
    """R13-3's rest: an error title was believed only under 150 words (a code alone under
    1,000), and a site's 404 page lists hundreds of words of menus, buttons and headline
    links. What it says in sentences of its own is counted now, whatever its length."""
    menus = "".join(f"<p>Rubrik {i}</p><p>Masuk</p><p>Tutup</p>" for i in range(150))
    headlines = "".join(f"<p><a href='/b/{i}'>Berita terbaru nomor {i} hari ini dari meja "
                        f"redaksi kami di Jakarta</a></p>" for i in range(80))
    html = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<p>Maaf, halaman yang Anda cari tidak ada.</p>{menus}{headlines}</body></html>")
    with pytest.raises(ImportFailed, match="error page"):
        read_article(html_file(tmp_path, html))


def test_a_story_titled_like_an_error_that_says_enough_is_kept(tmp_path):
    """A real story about a missing page (its own sentences past 150 words) stays."""
    story = [p + " Para pejabat mengatakan laman itu akan diperbaiki dalam beberapa hari ke "
             "depan setelah pemeriksaan menyeluruh." for p in STORY] * 2
    html = ("<!DOCTYPE html><html><head><title>Page not found</title></head><body>"
            f"{nav()}<article><h1>Page not found</h1>{paragraphs(story)}</article></body></html>")
    assert "Lavrov" in read_article(html_file(tmp_path, html)).text
