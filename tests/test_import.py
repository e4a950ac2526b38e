"""Importing good input: the seed, the news metadata patterns, markdown, HTML, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importers import article_from_text, read_article
from reader.core.models import ImportedArticle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c6336f8cebf4cd51.txt"
DATA = Path(__file__).parent / "data" / "import"


def test_seed_fields():
    art = read_article(SEED)
    assert art.title == "AS dan Rusia akan Berunding Tentang Ukraina"
    assert art.source == "MINA"
    assert art.authors == "sajadi"
    assert art.editor == "Ismet Rauf"
    assert art.photo_credit == "AP"
    assert art.dateline == "Moskow"
    assert art.original_name == SEED.name
    assert art.original_format == "txt"
    assert art.language == "id"


def test_seed_text_is_the_story_only():
    text = read_article(SEED).text
    assert text.startswith(
        "Menteri Luar Negeri (Menlu) Rusia Sergey Lavrov pada Rabu (22/12) mengatakan"
    )
    for junk in ("Wartawan:", "Editor:", "Ikuti saluran", "Foto: AP", "Moskow, MINA",
                 "Mi’raj News Agency"):
        assert junk not in text


def test_seed_quote_paragraphs_are_intact():
    source = SEED.read_text(encoding="utf-8")
    quotes = [p for p in source.split("\n\n") if "“" in p]
    assert len(quotes) >= 4
    text = read_article(SEED).text
    for paragraph in quotes:
        assert paragraph.strip() in text
    assert "\n\n“Kami tidak ingin berperang,” kata Lavrov." in text


def test_seed_date_is_completed_from_the_weekday_and_marked_inferred():
    # "Rabu (22/12)" in a story about talks "pada Januari 2022": 22 Dec 2021 is a Wednesday
    art = read_article(SEED)
    assert (art.published, art.published_partial, art.published_inferred) == (
        "2021-12-22", "--12-22", True)


def test_day_month_without_years_in_the_story_stays_partial():
    art = article_from_text("Judul\n\nMoskow, MINA – Lavrov pada Rabu (22/12) mengatakan hal itu.")
    assert (art.published, art.published_partial, art.published_inferred) == (
        "", "--12-22", False)


@pytest.mark.parametrize(("story", "dated"), [
    # the story's dateline: a date in words alone on its line, or after a place in capitals,
    # before a time or the dash that opens the story
    ("Title\n\nThursday 5 March 2020\n\nTalks go on.", ("2020-03-05", "", False)),
    ("Title\n\nThursday, March 5, 2020\n\nTalks go on.", ("2020-03-05", "", False)),
    ("Title\n\nThursday, Mar. 5, 2020 10:45 AM\n\nTalks go on.", ("2020-03-05", "", False)),
    ("Judul\n\nKamis, 5 Maret 2020 10:45 WIB\n\nMenteri berbicara.", ("2020-03-05", "", False)),
    ("Judul\n\nJAKARTA, Kamis 5 Maret 2020 - Menteri berbicara di Jakarta.",
     ("2020-03-05", "", False)),
    # no year: completed from the weekday and the years the story names, marked inferred
    ("Title\n\nThursday, March 5\n\nShe spoke about the 2020 budget.",
     ("2020-03-05", "--03-05", True)),
    ("Judul\n\nKamis, 5 Maret\n\nIa berbicara tentang anggaran 2020.",
     ("2020-03-05", "--03-05", True)),
    ("Title\n\nThursday, March 5\n\nShe spoke about the budget.", ("", "--03-05", False)),
    # no year around 2020 (2019 to 2021) puts 5 March on a Saturday: no year
    ("Title\n\nSaturday, March 5\n\nShe spoke about the 2020 budget.", ("", "--03-05", False)),
    # R13-6: in a sentence, a date in words is an event's, not the story's
    ("Title\n\nHe spoke on Thursday 5 March 2020. Talks go on.", ("", "", False)),
    ("Title\n\nOn Sunday, December 7, 1941, Japanese planes attacked Pearl Harbor. In 2025"
     " the survivors met.", ("", "", False)),
    ("Judul\n\nMenteri berbicara pada Kamis, 5 Maret 2020, di Jakarta.", ("", "", False)),
    # a date to come dates nothing, whichever way it is written
    ("Title\n\nMonday, March 8, 2099\n\nThe trial opens.", ("", "", False)),
    ("Judul\n\nSidang perdana digelar Senin (14/9/2099), kata jaksa.", ("", "", False)),
    # a date of the '(d/m/y)' kind dates the reporting: it wins over an event in the lede
    ("Judul\n\nAhok akan bebas pada Kamis, 24 Januari. \"Insyaallah,\" ujar Kalapas kepada"
     " wartawan, Selasa (22/1/2019).", ("2019-01-22", "", False)),
    # lower-case 'minggu' is 'week'; a capitalised word after the day must be a month
    ("Judul\n\nDalam dua minggu 5 Maret 2020 lalu, harga naik.", ("", "", False)),
    ("Title\n\nOn Monday 3 Britons were held, police said in 2020.", ("", "", False)),
])
def test_a_weekday_date_in_words_in_the_story_dates_it(story, dated):
    art = article_from_text(story)
    assert (art.published, art.published_partial, art.published_inferred) == dated


def test_same_content_same_hash_whatever_the_name(tmp_path):
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert read_article(copy).content_hash == read_article(SEED).content_hash
    assert len(read_article(SEED).content_hash) == 64


def test_reuters_style_text():
    art = read_article(DATA / "reuters_port.txt")
    assert art.title == "Dutch port braces for strike as talks stall"
    assert art.dateline == "ROTTERDAM"
    assert art.source == "Reuters"
    assert art.authors == "Jane Doe, John Roe"
    assert art.editor == "Mark Potter"
    assert art.text.startswith("Dock workers at Europe's largest port")
    assert "Reporting by" not in art.text and "By Jane" not in art.text
    assert art.language == "en"


def test_antara_style_text():
    art = read_article(DATA / "antara_banjir.txt")
    assert art.title == "BNPB: Banjir rendam ratusan rumah di Jakarta Timur"
    assert art.dateline == "Jakarta"
    assert art.source == "ANTARA"
    assert art.published == "2021-12-23"
    assert art.photo_credit == "ANTARA/Aprillio Akbar"
    assert art.authors == "Fianda Sjofjan Rassat"
    assert art.editor == "Budi Suyanto"
    assert art.text.startswith("Badan Nasional Penanggulangan Bencana (BNPB)")
    for junk in ("Baca juga", "Copyright", "Pewarta", "Kamis, 23 Desember"):
        assert junk not in art.text


@pytest.mark.parametrize(
    ("first_paragraph", "dateline", "source", "rest"),
    [
        ("Moskow, MINA – Menteri Luar Negeri bicara.", "Moskow", "MINA", "Menteri Luar Negeri"),
        ("JAKARTA, KOMPAS.com - Presiden berkata.", "JAKARTA", "Kompas", "Presiden berkata."),
        ("Jakarta (ANTARA) - Pemerintah menyatakan.", "Jakarta", "ANTARA", "Pemerintah"),
        ("ROTTERDAM (Reuters) — Workers struck.", "ROTTERDAM", "Reuters", "Workers struck."),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP", "The Senate voted."),
        ("LONDON, Dec 22 (Reuters) - Shares fell.", "LONDON", "Reuters", "Shares fell."),
        ("NEW YORK (AP) -- Stocks rose.", "NEW YORK", "AP", "Stocks rose."),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", "", "The Senate voted."),
        ("ATLANTA, Ga. — Voters queued.", "ATLANTA, Ga.", "", "Voters queued."),
        # R15-6: regional sites print "OUTLET, CITY -"; an outlet Kutip does not know put
        # the city in the source ("TRIBUNJAMBI.COM, JAMBI -" -> source JAMBI). Made-up.
        ("TRIBUNJAMBI.COM, JAMBI - Gubernur berkata.", "JAMBI", "TRIBUNJAMBI.COM", "Gubernur"),
        ("INFO SAWIT, JAKARTA - Harga sawit naik.", "JAKARTA", "INFO SAWIT", "Harga sawit"),
        ("Ayobandung.com, BANDUNG BARAT – Bupati berkata.", "BANDUNG BARAT", "Ayobandung.com",
         "Bupati"),
        ("SUARASURABAYA.NET, Surabaya - Wali kota berkata.", "Surabaya", "SUARASURABAYA.NET",
         "Wali kota"),  # (a web address before a place of the gazetteer in title case)
        ("KABAR SAWIT, KABUPATEN SIAK - Petani berkata.", "KABUPATEN SIAK", "KABAR SAWIT",
         "Petani"),
        ("ANTARA, MEDAN - Polisi berkata.", "MEDAN", "ANTARA", "Polisi"),  # a known outlet first
        # the city first, as before: the second part is an outlet or no place
        ("BANDUNG, AYOBANDUNG.COM - Bupati berkata.", "BANDUNG", "AYOBANDUNG.COM", "Bupati"),
        ("PALEMBANG, SUMSELPOST - Bupati berkata.", "PALEMBANG", "SUMSELPOST", "Bupati"),
        ("Kupang, VICTORY NEWS - Bupati berkata.", "Kupang", "VICTORY NEWS", "Bupati"),
    ],
)
def test_dateline_patterns(first_paragraph, dateline, source, rest):
    art = article_from_text(f"Headline\n\n{first_paragraph}\n\nSecond paragraph.")
    assert (art.dateline, art.source) == (dateline, source)
    assert art.text.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jakarta, kota terbesar di Indonesia, terus tumbuh.",
        "In Paris, Macron said - again - that he would not run.",
        "“Kami siap,” kata Budi.",
        "UN officials said - again - that aid was late.",
        "Presiden Jokowi - yang hadir - berkata.",
        "Google.com, Facebook - and others agreed.",  # (a web address, then no place)
    ],
)
def test_ordinary_first_paragraph_is_not_a_dateline(paragraph):
    art = article_from_text(f"Headline\n\n{paragraph}")
    assert art.text == paragraph
    assert art.dateline == ""


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Foto: AP", "photo_credit", "AP"),
        ("Photo: Reuters", "photo_credit", "Reuters"),
        ("(Foto: ANTARA)", "photo_credit", "ANTARA"),
        ("Foto: Pedagang cabai di Pasar Induk Kramat Jati, Jakarta, Rabu (22/12/2021). "
         "(ANTARA FOTO/Aditya Pradana Putra)", "photo_credit", "ANTARA FOTO/Aditya Pradana Putra"),
        ("Wartawan: sajadi", "authors", "sajadi"),
        ("Penulis: Rina Atriana", "authors", "Rina Atriana"),
        ("Reporter: Andi Saputra", "authors", "Andi Saputra"),
        ("By Jane Doe", "authors", "Jane Doe"),
        ("By JANE DOE Associated Press", "authors", "JANE DOE"),
        ("By Jane Doe and John Roe", "authors", "Jane Doe, John Roe"),
        ("Editor: Ismet Rauf", "editor", "Ismet Rauf"),
        ("Editing by Mark Potter", "editor", "Mark Potter"),
        ("Reporting by A. Smith; Editing by B. Jones", "editor", "B. Jones"),
        ("Reporting by A. Smith; Editing by B. Jones", "authors", "A. Smith"),
        ("2021-12-22", "published", "2021-12-22"),
        ("22 Desember 2021", "published", "2021-12-22"),
        ("December 22, 2021", "published", "2021-12-22"),
    ],
)
def test_metadata_lines_move_to_fields(line, field, value):
    art = article_from_text(f"Headline\n\n{line}\n\nThe story itself is here.")
    assert getattr(art, field) == value
    assert art.text == "The story itself is here."


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti saluran WhatsApp Kantor Berita MINA untuk dapatkan berita terbaru. Klik disini.",
        "Baca juga: Harga minyak naik",
        "Mi’raj News Agency (MINA)",
        "(fby/sfr)",
    ],
)
def test_trailing_boilerplate_dropped(line):
    art = article_from_text(f"Headline\n\nThe story itself is here.\n\n{line}")
    assert art.text == "The story itself is here."


def test_pasted_text_has_paste_format_and_name():
    art = article_from_text("Judul\n\nIsi berita.", name="clipboard")
    assert isinstance(art, ImportedArticle)
    assert (art.title, art.text) == ("Judul", "Isi berita.")
    assert (art.original_name, art.original_format) == ("clipboard", "paste")


def test_one_line_paste_is_title_and_text():
    art = article_from_text("Just one sentence.")
    assert art.title == "Just one sentence."
    assert art.text == "Just one sentence."


def test_markdown_with_front_matter():
    art = read_article(DATA / "stress_test.md")
    assert art.title == "Stress test for steel, not for people"
    assert (art.source, art.authors) == ("Example Wire", "Rina Atriana")
    assert (art.published, art.url) == ("2021-12-22", "https://example.com/stress")
    assert art.original_format == "md"
    assert art.text.startswith("Engineers said on Wednesday that the bridge passed its load test.")
    assert "“It held more than we expected,” said chief engineer Ana Lim." in art.text
    assert "no cracks in the deck\nbearings within tolerance" in art.text
    assert "What comes next" in art.text
    for markup in ("**", "# ", "---", "alert", "<", ">"):
        assert markup not in art.text


def test_markdown_title_from_first_heading():
    art = article_from_text("Intro line?\n\n# Real Title\n\nBody *text* here.", fmt="md")
    assert art.title == "Real Title"
    assert art.text == "Intro line?\n\nBody text here."


def test_saved_html_page():
    art = read_article(DATA / "saved_page.html")
    assert art.title == "Dutch port braces for strike"
    assert art.source == "Example News"
    assert art.authors == "Jane Doe"
    assert art.published == "2021-12-22"
    assert art.url == "https://example.com/world/port-strike"
    assert art.original_format == "html"
    assert art.text.startswith("Dock workers at Europe's largest port")
    assert "“We are not going to wait forever,” union spokesman Niek Stam" in art.text
    for chrome in ("Sign in", "Most read", "All rights reserved", "TRACKING", "dataLayer",
                   "font-family", "By Jane Doe"):
        assert chrome not in art.text


def test_html_import_never_touches_the_network(monkeypatch):
    import socket

    def refuse(*_args, **_kwargs):
        raise AssertionError("network access during a local import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert read_article(DATA / "saved_page.html").text


def test_html_without_article_falls_back_to_page_text():
    art = article_from_text(
        "<html><head><title>Short note</title></head><body><nav>Menu</nav>"
        "<p>Just a line.</p><script>evil()</script></body></html>", fmt="html")
    assert art.title == "Short note"
    assert "Just a line." in art.text
    assert "evil" not in art.text and "Menu" not in art.text


STORY = "Judul\n\n“Kami siap,” kata Budi di café.\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b"\xff\xfe"),
     ("utf-16-be", b"\xfe\xff"), ("cp1252", b"")],
)
def test_encodings_round_trip(tmp_path, encoding, prefix):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(prefix + STORY.replace("\n", "\r\n").encode(encoding))
    art = read_article(path)
    assert art.title == "Judul"
    assert art.text == "“Kami siap,” kata Budi di café."
    assert not art.title.startswith("\ufeff")


def test_html_meta_charset_is_honoured(tmp_path):
    path = tmp_path / "latin.html"
    html = ("<html><head><meta charset='iso-8859-1'><title>Café</title></head>"
            "<body><p>“Curly” and café.</p></body></html>")
    path.write_bytes(html.encode("cp1252"))
    art = read_article(path)
    assert "“Curly” and café." in art.text


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE", "utf_16be", "ucs-2"])
def test_a_meta_naming_utf16_on_a_utf8_page_is_read_as_utf8(tmp_path, declared):
    """Review R18-8: a saved page whose <meta> says UTF-16 while its bytes are UTF-8 (an
    ASCII-compatible page) was decoded as UTF-16 and stored as CJK-looking garbage."""
    path = tmp_path / "page.html"
    html = (f"<html><head><meta charset='{declared}'><title>Café</title></head>"
            "<body><p>“Kami tidak ingin berperang,” kata Lavrov di café.</p></body></html>")
    path.write_bytes(html.encode("utf-8") + (b" " if len(html.encode("utf-8")) % 2 else b""))
    art = read_article(path)
    assert "“Kami tidak ingin berperang,” kata Lavrov di café." in art.text


def test_caption_before_dateline_does_not_hide_it():
    art = article_from_text(
        "Harga cabai naik\n\nFoto: Pedagang di Pasar Induk Kramat Jati, Jakarta, Rabu "
        "(22/12/2021). (ANTARA FOTO/Aditya Pradana Putra)\n\nJakarta, CNN Indonesia -- "
        "Harga cabai rawit naik.\n\n\"Naiknya sudah seminggu,\" kata Siti.\n\n(fby/sfr)")
    assert (art.dateline, art.source) == ("Jakarta", "CNN Indonesia")
    assert art.text == "Harga cabai rawit naik.\n\n\"Naiknya sudah seminggu,\" kata Siti."


def test_import_paths_refuses_an_empty_name_instead_of_the_current_folder(
        fresh_library, tmp_path, monkeypatch):
    (tmp_path / "stray.txt").write_text("Stray\n\nA file in the current folder.",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = fresh_library.imports.paths(["", " "])
    assert report.imported == [] and fresh_library.articles.count() == 0
    assert [name for name, _ in report.failed] == ["", " "]
    assert report.failed[0][1] == "An empty name is not a file or folder."
