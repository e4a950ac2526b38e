"""Syndicated copy (review R15-5): the same body under another outlet's dateline, title or
address is that outlet's article, so the trail counts every outlet that ran a statement;
the same outlet's text again (the same file, a renamed copy, the same address, a text that
names no outlet) stays "already present", and a re-import of a file is an edit of its
article (R15-18's ``one_story``).

Every text here is made up: the reviewer's seven datelines over one body, and three saved
pages with their own title, og:site_name, canonical URL and date over the same paragraphs.
"""

import json
from pathlib import Path

import pytest

from reader.core.importers import read_article
from reader.core.library import Library
from reader.core.library.rules import same_outlet
from reader.core.models import ImportedArticle

DATELINES = [("Liputan6", "Liputan6.com, Jakarta -"), ("Kompas", "JAKARTA, KOMPAS.com -"),
             ("ANTARA", "Jakarta (ANTARA) -"), ("Bisnis", "Bisnis.com, JAKARTA -"),
             ("Tempo", "TEMPO.CO, Jakarta -"), ("CNN Indonesia", "Jakarta, CNN Indonesia --"),
             ("Republika", "REPUBLIKA.CO.ID, JAKARTA --")]
BODY = ("Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran tahun ini tetap "
        "terjaga di bawah tiga persen.\n\n\"Kami akan terus menjaga disiplin fiskal agar "
        "kepercayaan pasar tetap kuat,\" kata Sri Mulyani di Jakarta, Senin.\n")
QUOTE = "Kami akan terus menjaga disiplin fiskal agar kepercayaan pasar tetap kuat"

PARAGRAPHS = [
    "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran pendapatan dan belanja"
    " negara tahun ini tetap terjaga di bawah tiga persen dari produk domestik bruto.",
    "“Kami akan terus menjaga disiplin fiskal agar kepercayaan pasar tetap kuat di tengah"
    " ketidakpastian global,” kata Sri Mulyani dalam konferensi pers di Jakarta.",
    "Menurut dia, penerimaan pajak hingga akhir Oktober tumbuh lebih cepat dari perkiraan,"
    " terutama dari sektor perdagangan dan industri pengolahan.",
    "Pemerintah juga menyiapkan cadangan belanja untuk mengantisipasi kenaikan harga pangan"
    " menjelang akhir tahun, tambahnya.",
]
#: (file, og:site_name, canonical URL, date, title): the outlets' pages of one wire story
PAGES = [
    ("Tempo", "Tempo.co", "https://bisnis.tempo.co/read/defisit-apbn-2025",
     "2025-11-04T09:30:00+07:00", "Sri Mulyani Pastikan Defisit di Bawah Tiga Persen"),
    ("Kompas", "Kompas.com", "https://money.kompas.com/read/2025/11/03/defisit",
     "2025-11-03T10:00:00+07:00", "Sri Mulyani: Defisit APBN Tetap di Bawah 3 Persen"),
    ("Republika", "Republika Online", "https://ekonomi.republika.co.id/berita/defisit-apbn",
     "2025-11-02T08:15:00+07:00", "Defisit Terjaga, Sri Mulyani Jaga Disiplin Fiskal"),
]


def page(site: str, url: str, date: str, title: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{title} - {site}</title>"
            f'<meta property="og:site_name" content="{site}">'
            f'<meta property="og:title" content="{title}"><link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="{date}"></head><body>'
            f'<header><nav><a href="/">Beranda</a></nav></header><article><h1>{title}</h1>'
            f"\n{body}\n</article><footer>Hak cipta {site}</footer></body></html>")


@pytest.fixture
def seven(tmp_path) -> Path:
    """The reviewer's seven text files: one body under seven outlets' datelines."""
    folder = tmp_path / "seven"
    folder.mkdir()
    for n, (_, dateline) in enumerate(DATELINES, 1):
        (folder / f"{n}.txt").write_text(f"Judul berita nomor {n}\n\n{dateline} {BODY}",
                                         encoding="utf-8")
    return folder


@pytest.fixture
def pages(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, site, url, date, title in PAGES:
        (folder / f"{name}.html").write_text(page(site, url, date, title), encoding="utf-8")
    return folder


@pytest.fixture(params=["file", "team"])
def lib(request, tmp_path):
    """An empty library: a file, or a team library on the tests' PostgreSQL server."""
    library = Library(str(tmp_path / "library.sqlite") if request.param == "file"
                      else request.getfixturevalue("pg_url"))
    yield library
    library.close()


def annotations(library: Library) -> list:
    return [n for i in library.articles.ids() for n in library.annotations.for_article(i)]


def sources(library: Library) -> list[str]:
    return [library.articles.get(i).source for i in library.articles.ids(sort="id")]


# ---------------------------------------------------------------- one body, seven outlets
def test_seven_datelines_over_one_body_are_seven_outlets_articles(lib, seven):
    report = lib.imports.paths([seven])
    assert len(report.imported) == 7 and report.present == [] and report.failed == []
    assert sources(lib) == [name for name, _ in DATELINES]
    first = lib.articles.ids(sort="id")[0]
    assert [(Path(label).name, outlet, copy_of, of_outlet)
            for label, _, outlet, copy_of, of_outlet in report.copies] == [
        (f"{n}.txt", name, first, "Liputan6") for n, (name, _) in enumerate(DATELINES[1:], 2)]
    lib.trail.refresh()
    [statement] = lib.trail.clusters()
    assert (statement.outlets, statement.size, statement.text) == (7, 7, QUOTE)
    trail = lib.trail.trail_of_cluster(statement.cluster)
    assert trail.outlets == [name for name, _ in DATELINES]

    again = lib.imports.paths([seven])  # the same files again: each outlet has its copy
    assert (len(again.imported), len(again.present), again.copies) == (0, 7, [])
    assert [article_id for _, article_id in again.present] == lib.articles.ids(sort="id")


def test_three_saved_pages_of_one_wire_story_keep_their_outlets_titles_and_dates(lib, pages):
    report = lib.imports.paths(sorted(pages.glob("*.html")))
    assert len(report.imported) == 3 and len(report.copies) == 2
    articles = [lib.articles.get(i) for i in lib.articles.ids(sort="id")]
    assert [(a.source, a.published, a.title, a.url) for a in articles] == [
        ("Kompas", "2025-11-03", PAGES[1][4], PAGES[1][2]),
        ("Republika", "2025-11-02", PAGES[2][4], PAGES[2][2]),
        ("Tempo", "2025-11-04", PAGES[0][4], PAGES[0][2])]
    lib.trail.refresh()
    [statement] = lib.trail.clusters()
    assert (statement.outlets, statement.first_date) == (3, "2025-11-02")
    trail = lib.trail.trail_of_cluster(statement.cluster)
    assert [(v.source, v.date) for v in trail.versions] == [
        ("Republika", "2025-11-02"), ("Kompas", "2025-11-03"), ("Tempo", "2025-11-04")]
    assert trail.earliest.source == "Republika"  # the earliest copy is the originator
    assert not any(v.changed for v in trail.versions)  # word for word


# ---------------------------------------------------------------- the same outlet again
def test_the_same_outlets_text_again_stays_already_present(fresh_library, seven, tmp_path):
    lib = fresh_library
    [(_, first)] = lib.imports.paths([seven / "2.txt"]).imported
    renamed = tmp_path / "salinan.txt"  # the same outlet's text under another file name
    renamed.write_text("Judul lain sama sekali\n\n" + (seven / "2.txt").read_text(
        encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    bare = tmp_path / "tanpa-dateline.txt"  # no outlet named: it adds none
    bare.write_text("Judul berita\n\n" + BODY, encoding="utf-8")
    report = lib.imports.paths([seven / "2.txt", renamed, bare])
    assert [(Path(label).name, article_id) for label, article_id in report.present] == [
        ("2.txt", first), ("salinan.txt", first), ("tanpa-dateline.txt", first)]
    assert report.imported == [] and report.copies == [] and lib.articles.count() == 1
    pasted = lib.imports.text(bare.read_text(encoding="utf-8"))  # pasted: no outlet either
    assert pasted.present == [("pasted text", first)]


def test_the_same_outlet_at_another_address_is_the_same_article(fresh_library):
    """An outlet's AMP or mobile address of the same story is not another outlet."""
    lib = fresh_library
    story = read_article_from(page("Kompas.com", "https://money.kompas.com/read/1",
                                   "2025-11-03", "Judul"), "kompas.html")
    amp = read_article_from(page("Kompas.com", "https://amp.kompas.com/money/read/1",
                                 "2025-11-03", "Judul"), "kompas-amp.html")
    assert story.content_hash == amp.content_hash and story.url != amp.url
    first = lib.imports.store(story, "kompas.html").imported[0][1]
    assert lib.imports.store(amp, "kompas-amp.html").present == [("kompas-amp.html", first)]


def read_article_from(html: str, name: str) -> ImportedArticle:
    from reader.core.importers import article_from_text

    return article_from_text(html, name=name, fmt="html")


@pytest.mark.parametrize("new, old, same", [
    (("Kompas", ""), ("kompas ", ""), True),  # names compare as the trail counts outlets
    (("Kompas", ""), ("Liputan6", ""), False),
    (("", ""), ("Liputan6", ""), True),  # a text naming no outlet adds none
    (("", ""), ("", "https://a.example/1"), True),
    (("Kompas", ""), ("", ""), False),  # the first was pasted: Kompas's copy is Kompas's
    (("", "https://blog.example/a"), ("", "https://www.blog.example/b"), True),  # one site
    (("", "https://blog.example/a"), ("", "https://other.example/a"), False),
    (("", "https://blog.example/a"), ("Liputan6", ""), False),
    (("Kompas", "https://x.example/1"), ("Tempo", "https://x.example/1"), True),  # one URL
    (("Kompas", "https://kompas.example/1"), ("Kompas", "https://kompas.example/2"), True),
    (("Kompas", "https://x.example/1"), ("Tempo", "https://x.example/2"), False),
])
def test_what_makes_a_copy_another_outlets(new, old, same):
    assert same_outlet(*new, *old) is same


# ---------------------------------------------------------------- re-import
def test_a_reimported_file_now_holding_another_outlets_text_is_an_edit_of_its_article(
        fresh_library, tmp_path):
    """R15-18: the same file again is its article's new version when it is one story; that
    its new text is word for word another outlet's copy does not make it "present"."""
    lib = fresh_library
    kompas, liputan = tmp_path / "kompas.txt", tmp_path / "liputan6.txt"
    kompas.write_text("Judul\n\nJAKARTA, KOMPAS.com - " + BODY.replace(
        "tetap kuat", "tetap sangat kuat"), encoding="utf-8")
    liputan.write_text("Judul\n\nLiputan6.com, Jakarta - " + BODY, encoding="utf-8")
    [(_, first)] = lib.imports.paths([kompas]).imported
    [(_, second)] = lib.imports.paths([liputan]).imported
    kompas.write_text("Judul\n\nJAKARTA, KOMPAS.com - " + BODY, encoding="utf-8")
    report = lib.imports.paths([kompas])
    assert report.updated == [(str(kompas), first)] and report.present == []
    assert lib.articles.text(first) == lib.articles.text(second)
    assert sources(lib) == ["Kompas", "Liputan6"]


# ---------------------------------------------------------------- other ways in
def test_a_bulk_import_stores_each_outlets_copy_once(lib):
    def article(source, url=""):
        return ImportedArticle(title=source, text=BODY, source=source, url=url,
                               content_hash="same-body")

    assert lib.bulk.add_articles([article("ANTARA"), article("Kompas"), article("kompas"),
                                  article("")]) == 2
    assert lib.bulk.add_articles([article("ANTARA"), article("Tempo")], batch=1) == 1
    assert sources(lib) == ["ANTARA", "Kompas", "Tempo"]


def test_the_cli_says_whose_copy_each_is_in_one_line(run, seven, tmp_path):
    db = tmp_path / "cli.sqlite"
    out = run("import", str(seven / "1.txt"), str(seven / "2.txt"), db=db).output
    assert (f"another outlet's copy: {seven / '2.txt'}: same text as article 1 (Liputan6),"
            " imported as Kompas's copy (article 2)") in out.splitlines()
    assert out.splitlines()[-1] == "2 imported (1 of them another outlet's copy), 0 already" \
                                   " present, 0 failed"
    again = json.loads(run("import", "--json", str(seven / "3.txt"), db=db).output)
    assert again["copies"] == [[str(seven / "3.txt"), 3, "ANTARA", 1, "Liputan6"]]
    assert run("import", str(seven / "3.txt"), db=db).output.splitlines() == [
        f"already present: {seven / '3.txt'} (article 3)",
        "0 imported, 1 already present, 0 failed"]


def test_a_merge_brings_each_outlets_copy_with_its_own_annotations(lib, pages, tmp_path):
    """A .kutip file (and so a team's push and pull) holding three outlets' copies: each
    is an article here, its annotations on it, however many copies this library has."""
    mine = Library(tmp_path / "mine.sqlite")
    mine.imports.paths(sorted(pages.glob("*.html")))
    republika = next(i for i in mine.articles.ids() if mine.articles.get(i).source ==
                     "Republika")
    mine.annotations.add_exact(republika, QUOTE, kind="quote", speaker="Sri Mulyani")
    mine.exchange.export_file(tmp_path / "mine.kutip")
    lib.imports.paths([pages / "Kompas.html"])  # here: Kompas's copy only
    report = lib.exchange.merge(tmp_path / "mine.kutip")
    assert (report.articles_added, report.articles_present, report.annotations_added) == (
        2, 1, 1)
    assert sources(lib) == ["Kompas", "Republika", "Tempo"]
    [note] = annotations(lib)
    assert lib.articles.get(note.article_id).source == "Republika"
    again = lib.exchange.merge(tmp_path / "mine.kutip")
    assert (again.articles_added, again.annotations_added) == (0, 0)
    mine.close()


def test_exported_annotations_find_their_outlets_copy(fresh_library, pages, tmp_path):
    """W3C JSON from another library: among copies of one text, by address."""
    mine = Library(tmp_path / "mine.sqlite")
    mine.imports.paths(sorted(pages.glob("*.html")))
    tempo = next(i for i in mine.articles.ids() if mine.articles.get(i).source == "Tempo")
    mine.annotations.add_exact(tempo, QUOTE, kind="quote", speaker="Sri Mulyani")
    data = json.loads(mine.exports.render(fmt="json"))
    mine.close()
    lib = fresh_library
    lib.imports.paths(sorted(pages.glob("*.html"), reverse=True))  # other ids, other UUIDs
    assert lib.exports.import_annotations(data).imported == 1
    [note] = annotations(lib)
    assert lib.articles.get(note.article_id).source == "Tempo"


def test_read_article_keeps_the_pages_outlet(pages):
    """(What the tests above rely on: each page names its outlet and address.)"""
    got = {read_article(p).source: read_article(p).url for p in pages.glob("*.html")}
    assert got == {"Kompas": PAGES[1][2], "Republika": PAGES[2][2], "Tempo": PAGES[0][2]}
