"""``kutip quotes`` and ``kutip trail`` on the three-outlet Lavrov library."""

import json
from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import open_library

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result


def setup_library(db):
    open_library(db, seed=True).close()  # the MINA article, as the default library's first run
    assert run(db, "annotate", "1", LAVROV, "--speaker", "Lavrov").exit_code == 0
    assert run(db, "annotate", "1", "Saya berharap mereka akan menganggap kami serius",
               "--speaker", "Lavrov").exit_code == 0
    assert run(db, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0


def test_quotes_lists_the_cluster(db_path):
    setup_library(db_path)
    result = run(db_path, "quotes")
    assert result.exit_code == 0
    assert "3 outlets, 3 versions" in result.output
    assert "Sergey Lavrov" in result.output
    assert "1 statement quoted more than once. The first column is what `kutip trail`" \
        " takes" in result.output
    assert "No statement" in run(db_path, "quotes", "--min-outlets", "4").output
    assert "No statement" in run(db_path, "quotes", "--speaker", "Putin").output


def test_articles_without_a_source_add_no_outlet_beside_named_ones(db_path, tmp_path):
    """R12-10, trail17: the trail says so; the Quotes list counts them as no outlet."""
    setup_library(db_path)
    for n in (1, 2):
        pasted = tmp_path / f"pasted{n}.txt"
        quoted = next(line for line in (DATA / "republika-lavrov.txt").read_text(
            encoding="utf-8").splitlines() if line.startswith("“"))
        pasted.write_text(f"Catatan {n}\n\n{quoted}\n\nSalinan nomor {n}.\n",
                          encoding="utf-8")
        assert run(db_path, "import", str(pasted)).exit_code == 0
    listed = run(db_path, "quotes").output
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    sources = {m["source"] for m in cluster["members"]}
    assert cluster["size"] == 5 and "" in sources and cluster["outlets"] == 3, sources
    assert "3 outlets, 5 versions" in listed
    shown = run(db_path, "trail", "1").output
    note = "(versions without an outlet count as an outlet only when no other names one)"
    assert f"in 3 outlets {note}" in shown
    markdown = run(db_path, "trail", "1", "--markdown").output
    assert f"in 3 outlets {note};" in markdown


def test_quotes_json_names_every_member(db_path):
    setup_library(db_path)
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    assert (cluster["size"], cluster["outlets"]) == (3, 3)
    members = cluster["members"]
    assert [m["source"] for m in members] == ["MINA", "ANTARA", "Republika"]
    assert members[0]["annotation_id"] == 1 and members[0]["article_id"] == 1
    assert members[1]["annotation_id"] is None  # a suggested quote
    assert members[0]["text"] == LAVROV
    # a suggested version names the speaker the attribution finds, marked as a guess
    assert (members[0]["speaker"], members[0]["speaker_suggested"]) == ("Sergey Lavrov", False)
    assert [(m["speaker"], m["speaker_suggested"]) for m in members[1:]] == [
        ("Sergey Lavrov", True), ("Sergey Lavrov", True)]


def test_trail_prints_versions_in_order_with_differences(db_path):
    setup_library(db_path)
    result = run(db_path, "trail", "1")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Quote trail: 3 versions in 3 outlets"
    firsts = [line for line in lines if line[:2] in ("1.", "2.", "3.")]
    # (the years the import completed from the weekdays marked, R12-2)
    assert firsts[0].startswith("1. MINA, 2021-12-22 [inferred] (earliest, reference) —"
                                " Sergey Lavrov")
    assert firsts[1].startswith("2. ANTARA, 2021-12-23 [inferred] — Sergei Lavrov (suggested)"
                                " — suggested quote 2:")
    assert "[-jalur-]{+jalan+}" in result.output
    assert "[-dengan menggunakan cara-cara yang kami anggap perlu-]" in result.output


def test_trail_as_markdown_and_json(db_path, tmp_path):
    setup_library(db_path)
    out = tmp_path / "trail.md"
    result = run(db_path, "trail", "1", "--markdown", "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Quote trail: Kami tidak ingin")
    assert "3 versions in 3 outlets; the earliest is MINA (2021-12-22 [inferred])." in text
    assert "> Kami tidak ingin mengambil ~~jalur~~ **jalan** konfrontasi" in text
    assert "### 1. MINA, 2021-12-22 [inferred] (earliest, reference)\n" in text
    indonesian = run(db_path, "trail", "1", "--markdown", "--lang", "id").output  # (R13-10)
    assert indonesian.startswith("# Jejak kutipan: Kami tidak ingin")
    assert ("3 versi di 3 media; versi paling awal dari MINA (2021-12-22 [disimpulkan])."
            in indonesian)
    assert "### 1. MINA, 2021-12-22 [disimpulkan] (paling awal, acuan)\n" in indonesian
    data = json.loads(run(db_path, "trail", "1", "--json").output)
    assert [v["source"] for v in data["versions"]] == ["MINA", "ANTARA", "Republika"]
    assert data["versions"][1]["suggested"] is True
    assert [v["speaker_suggested"] for v in data["versions"]] == [False, True, True]


def test_trail_of_an_unknown_or_unfit_annotation_is_one_line(db_path):
    setup_library(db_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "trail", "99"])
    assert result.exit_code == 1 and result.output.strip() == "Error: There is no annotation 99."
    run(db_path, "annotate", "1", "Gazprom", "--kind", "claim")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "trail", "3"])
    assert result.exit_code == 1 and "only quotes have a trail" in result.output


def test_a_bad_template_is_a_clear_error(db_path, tmp_path):
    setup_library(db_path)
    bad = tmp_path / "bad.md.j2"
    bad.write_text("{{ nothing.here }}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "trail", "1", "--template", str(bad)])
    assert result.exit_code == 1 and "template error" in result.output


def test_quotes_limit_says_how_many_it_left_out(db_path, tmp_path):
    """F9-7: ``--limit 0`` said "No statement is quoted more than once." of a library with
    two; now it is refused, and a limit that cuts the list says so."""
    setup_library(db_path)
    other = tmp_path / "tempo.txt"
    other.write_text("Lavrov Bicara\n\nMoskow – “Saya berharap mereka akan menganggap kami"
                     " serius,” kata Lavrov.", encoding="utf-8")
    assert run(db_path, "import", str(other)).exit_code == 0
    assert "2 statements quoted more than once." in run(db_path, "quotes").output
    refused = run(db_path, "quotes", "--limit", "0")
    assert refused.exit_code == 2 and "No statement" not in refused.output
    one = run(db_path, "quotes", "--limit", "1").output
    assert "3 outlets, 3 versions" in one and "2 outlets" not in one
    assert "Showing 1 of 2 statements quoted more than once. The first column" in one
    assert "Showing 1 of 2" in run(db_path, "quotes", "--limit", "1", "--speaker",
                                   "Lavrov").output
    assert "\n2 statements quoted more than once." in run(db_path, "quotes", "--limit",
                                                          "2").output
    assert len(json.loads(run(db_path, "quotes", "--limit", "1", "--json").output)) == 1


def test_quotes_in_an_empty_library_says_there_are_none(tmp_path):
    """A new library (``--db NEW_FILE``) has no quotation to index: a message, not a crash."""
    result = run(tmp_path / "new.sqlite", "quotes")
    assert result.exit_code == 0
    assert "No statement is quoted more than once." in result.output


def test_a_statement_with_no_annotation_yet_has_its_trail_by_cluster(tmp_path):
    db = tmp_path / "fresh.db"
    assert run(db, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0
    listing = run(db, "quotes")
    assert "ARTICLE:CHARACTER of a passage not yet annotated" in listing.output
    [cluster] = json.loads(run(db, "quotes", "--json").output)
    assert all(m["annotation_id"] is None for m in cluster["members"])  # suggestions only
    result = run(db, "trail", "--cluster", str(cluster["cluster"]))
    assert result.exit_code == 0
    assert result.output.startswith("Quote trail: 2 versions in 2 outlets")
    for args in ([], ["1", "--cluster", "1"]):
        wrong = CliRunner().invoke(cli, ["--db", str(db), "trail", *args])
        assert wrong.exit_code == 2 and "one of them" in wrong.output, wrong.output
    unknown = CliRunner().invoke(cli, ["--db", str(db), "trail", "--cluster", "999"])
    assert unknown.exit_code == 1 and unknown.output.strip() == (
        "Error: There is no quote cluster 999.")


def test_quotes_json_analyses_each_article_once(db_path, monkeypatch):
    """The speakers of passages not yet annotated are guessed article by article: two
    statements quoted by the same six outlets cost six analyses, not one per member (the
    engine remembers only the last few texts, so cluster after cluster it analysed every
    article again)."""
    from reader.core.models import ImportedArticle
    from reader.core.quotes import engine

    first = "Kami tidak akan mundur dari perundingan ini sebelum semua pihak sepakat"
    second = "Harga beras harus turun sebelum bulan puasa tiba tahun depan"
    library = open_library(db_path)
    library.bulk.add_articles([ImportedArticle(
        title=f"Berita {n}", source=f"Outlet {n}", content_hash=f"h{n}",
        published=f"2024-03-0{n}",
        text=f"Jakarta ({n} Maret) – “{first},” kata Budi Santoso.\n\n"
             f"“{second},” ujar Siti Rahayu.")
        for n in range(1, 7)])
    library.close()
    from reader.core.quotes import api

    analysed = []
    real = engine.analyse

    def counted(text, aliases):
        analysed.append(text)
        return real(text, aliases)

    monkeypatch.setattr(engine, "analyse", counted)
    monkeypatch.setattr(api, "analyse", counted)  # (speakers_of's, issue 15)
    engine.forget_analyses()
    clusters = json.loads(run(db_path, "quotes", "--json").output)
    assert sorted(len(c["members"]) for c in clusters) == [6, 6]
    assert len(analysed) == len(set(analysed)) == 6
    speakers = {c["text"]: {m["speaker"] for m in c["members"]} for c in clusters}
    assert speakers == {first: {"Budi Santoso"}, second: {"Siti Rahayu"}}


def test_a_year_less_date_is_marked_inferred_in_the_text_and_the_markdown(db_path):
    """R12-2: a version whose article gives only "23/12" showed "ANTARA, 2021-12-23" (year
    completed from the other versions, unmarked) in the text and the Markdown heading, and
    "(ANTARA, \\--12-23)" (an escaped ISO partial) on the Markdown line under it. Now the
    completed year is marked as the article pane marks one: "2021-12-23 [inferred]"."""
    from reader.core.records import ImportedArticle

    open_library(db_path, seed=True).close()
    assert run(db_path, "annotate", "1", LAVROV, "--speaker", "Lavrov").exit_code == 0
    with open_library(db_path) as lib:
        text = (DATA / "antara-lavrov.txt").read_text(encoding="utf-8")
        lib.articles.add(ImportedArticle(
            title="Rusia Tak Ingin Konfrontasi", text=text.split("\n", 1)[1], source="ANTARA",
            published_partial="--12-23", content_hash="antara-no-year"))
    shown = run(db_path, "trail", "1").output
    assert "2. ANTARA, 2021-12-23 [inferred]" in shown
    markdown = run(db_path, "trail", "1", "--markdown").output
    assert "### 2. ANTARA, 2021-12-23 [inferred]" in markdown
    assert "(ANTARA, 2021-12-23 \\[inferred\\])" in markdown
    assert "--12-23" not in markdown


def test_a_year_the_import_inferred_is_marked_and_the_json_says_the_year(db_path):
    """R12-2 leftover: the seed's MINA article and ANTARA's and Republika's take their
    year from their weekday ('Rabu (22/12)'), and `kutip trail` said '1. MINA, 2021-12-22'
    unmarked; `kutip quotes --json` gave only 'published' ('--12-23' for a year-less date).
    Its members now add 'year' (null without one) and 'published_inferred'; the trail's
    JSON versions add 'year_inferred' (either way the year is not the article's own)."""
    from reader.core.records import ImportedArticle

    setup_library(db_path)
    with open_library(db_path) as lib:
        lib.articles.add(ImportedArticle(
            title="Lavrov (Kompas)", source="Kompas", published_partial="--12-26",
            content_hash="year-less", text=f"Moskow – “{LAVROV},” kata Lavrov."))
    shown = run(db_path, "trail", "1").output
    assert "1. MINA, 2021-12-22 [inferred] (earliest, reference)" in shown
    assert "4. Kompas, 2021-12-26 [inferred]" in shown
    markdown = run(db_path, "trail", "1", "--markdown").output
    assert "### 1. MINA, 2021-12-22 [inferred] (earliest, reference)" in markdown
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    members = {m["source"]: m for m in cluster["members"]}
    assert {s: (m["published"], m["year"], m["published_inferred"])
            for s, m in members.items()} == {
        "MINA": ("2021-12-22", 2021, True), "ANTARA": ("2021-12-23", 2021, True),
        "Republika": ("2021-12-24", 2021, True), "Kompas": ("--12-26", None, False)}
    versions = json.loads(run(db_path, "trail", "1", "--json").output)["versions"]
    assert [(v["source"], v["date"], v["year_inferred"], v["published_inferred"])
            for v in versions] == [
        ("MINA", "2021-12-22", True, True), ("ANTARA", "2021-12-23", True, True),
        ("Republika", "2021-12-24", True, True), ("Kompas", "2021-12-26", True, False)]


def test_quotes_marks_a_first_date_no_article_gives_the_year_of(db_path):
    """open13's leftover: `kutip quotes` (and the app's Quotes list) showed a statement's
    first date plain when the year was completed (the seed's MINA article takes it from its
    weekday, 'Rabu (22/12)'): now "2021-12-22 [inferred]" and 'first_date_inferred' in the
    JSON, as the trail marks that version. A version of the same day whose article gives
    the year drops the mark; so does an earlier one."""
    from reader.core.records import ImportedArticle

    setup_library(db_path)
    listing = run(db_path, "quotes").output
    assert "3 outlets, 3 versions  2021-12-22 [inferred]  Sergey Lavrov" in listing
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    assert (cluster["first_date"], cluster["first_date_inferred"]) == ("2021-12-22", True)
    with open_library(db_path) as lib:
        lib.articles.add(ImportedArticle(
            title="Lavrov (Kompas)", source="Kompas", published="2021-12-22",
            content_hash="dated", text=f"Moskow – “{LAVROV},” kata Lavrov."))
    listing = run(db_path, "quotes").output
    assert "4 outlets, 4 versions  2021-12-22  Sergey Lavrov" in listing
    assert "[inferred]" not in listing
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    assert (cluster["first_date"], cluster["first_date_inferred"]) == ("2021-12-22", False)


def test_quotes_marks_a_first_date_completed_from_the_other_versions(db_path):
    """A day and month only ('--12-20', before the others): its year is the other
    versions' (the trail shows "[inferred]"), and so is the listing's first date."""
    from reader.core.records import ImportedArticle

    setup_library(db_path)
    with open_library(db_path) as lib:
        lib.articles.add(ImportedArticle(
            title="Lavrov (Kompas)", source="Kompas", published_partial="--12-20",
            content_hash="year-less", text=f"Moskow – “{LAVROV},” kata Lavrov."))
        lib.articles.add(ImportedArticle(
            title="Lavrov (Tempo)", source="Tempo", published="2021-12-21",
            content_hash="dated", text=f"Moskow – “{LAVROV},” kata Lavrov."))
    listing = run(db_path, "quotes").output
    assert "5 outlets, 5 versions  2021-12-20 [inferred]  Sergey Lavrov" in listing
