"""What a trail counts as a version, which version the others are compared with, the
speaker of a statement no coder has named yet, and a reference to a trail that stays
valid (the reviewer's findings F5–F8 of session 6)."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import ClusterFilter, open_library
from reader.core.models import ImportedArticle
from reader.core.trail.versions import reference_index, version_groups

from .conftest import DATA, HOPE, LAVROV

# the seed's quotation with a word put in ("memang"), and cut after "konfrontasi"
INSERTED = LAVROV.replace("tidak ingin", "tidak ingin memang")
CUT = "Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas"


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def add(lib, source, published, quote, said="kata Lavrov"):
    lib.bulk.add_articles([ImportedArticle(
        title=f"{source} on Lavrov", source=source, content_hash=source + published,
        published=published, text=f"Moskow – Menteri Luar Negeri Rusia Sergei Lavrov"
        f" berbicara pada Kamis.\n\n“{quote},” {said}.")])
    return max(lib.articles.ids())


@dataclass
class Row:
    """A member as ``trail.versions`` reads it."""

    article_id: int
    start: int
    end: int
    exact: str
    published: str = "2021-12-22"
    annotation_id: int | None = None
    speaker: str = ""


# ---------------------------------------------------------------- F8: the reference
def test_a_version_that_adds_a_word_is_shown_adding_it(seeded_library):
    """The longest version was the headline: an outlet inserting a word made the first
    outlet's words look cut. The reference is the earliest complete version."""
    lib = seeded_library
    add(lib, "Tempo", "2021-12-24", INSERTED)
    [summary] = lib.trail.clusters()
    trail = lib.trail.trail_of_cluster(summary.cluster)
    mina, tempo = trail.versions
    assert (mina.source, mina.reference, mina.earliest) == ("MINA", True, True)
    assert not mina.changed and summary.text == mina.exact
    assert [(s.kind, s.text) for s in tempo.segments if s.kind != "same"] == [
        ("added", "memang")]


def test_a_partial_quote_is_never_the_reference_while_a_complete_one_exists(
        seeded_library):
    lib = seeded_library
    add(lib, "Kompas", "2021-12-20", CUT)  # earliest, but cut short
    add(lib, "Tempo", "2021-12-24", INSERTED)
    [summary] = lib.trail.clusters()
    trail = lib.trail.trail_of_cluster(summary.cluster)
    assert [v.source for v in trail.versions] == ["Kompas", "MINA", "Tempo"]
    assert [v.source for v in trail.versions if v.reference] == ["MINA"]
    assert trail.versions[0].earliest and trail.versions[0].cut_end


def test_the_rule_on_rows_earliest_complete_then_support_then_longest():
    full = Row(1, 0, 10, LAVROV, "2021-12-22")
    inserted = Row(2, 0, 10, INSERTED, "2021-12-21")
    assert reference_index([full, inserted]) == 1  # the inserter came first: it is the text
    cut = Row(3, 0, 10, CUT, "2021-12-01")
    assert reference_index([cut, full, inserted]) == 2  # the cut one is not complete
    # as early: the one printed word for word by more outlets, then the longer
    same_day = [Row(4, 0, 10, INSERTED), Row(5, 0, 10, LAVROV), Row(6, 0, 10, LAVROV)]
    assert same_day[reference_index(same_day)].exact == LAVROV
    assert reference_index([Row(7, 0, 10, LAVROV), Row(8, 0, 10, INSERTED)]) == 1
    # undated versions come after dated ones
    assert reference_index([Row(9, 0, 10, INSERTED, ""), Row(10, 0, 10, LAVROV)]) == 1


def test_the_done_when_scenario_keeps_mina_first_and_the_reference(three_outlets):
    lib, quote, _ = three_outlets
    mina, antara, republika = lib.trail.trail(quote.id).versions
    assert (mina.source, mina.earliest, mina.reference) == ("MINA", True, True)
    assert antara.changed and antara.cut_end and not republika.changed


# ---------------------------------------------------------------- F7: one passage, one version
@pytest.mark.parametrize("whole", [True, False])
def test_one_passage_annotated_twice_is_one_version_not_a_statement_quoted_twice(
        seeded_library, seed_id, whole):
    """The whole quoted passage annotated twice: the first annotation is the version, the
    other in ``also``. A part of it (``HOPE``, its first clause) annotated twice: the
    outlet's passage stays a suggested version (``spans.hides``), both parts in ``also``."""
    lib = seeded_library
    text = lib.articles.text(seed_id)
    said = text[text.index(HOPE):text.index("”", text.index(HOPE))] if whole else HOPE
    first = lib.annotations.add_exact(seed_id, said, kind="quote", speaker="Lavrov")
    again = lib.annotations.add_exact(seed_id, said, kind="quote")
    assert lib.trail.cluster_of(first.id) == lib.trail.cluster_of(again.id)
    assert lib.trail.clusters() == []  # one outlet, one version: not "quoted more than once"
    [version] = lib.trail.trail(again.id).versions
    assert (version.annotation_id, version.also) == (
        (first.id, [again.id]) if whole else (None, [first.id, again.id]))
    assert version.speaker == "Sergey Lavrov"


def test_overlapping_annotations_of_one_article_count_once_in_a_cluster(three_outlets,
                                                                       seed_id):
    lib, quote, _ = three_outlets
    part = lib.annotations.add_exact(seed_id, "Kami tidak ingin mengambil jalur konfrontasi",
                                     kind="quote")
    assert lib.trail.cluster_of(part.id) == lib.trail.cluster_of(quote.id)
    [summary] = lib.trail.clusters()
    assert (summary.size, summary.outlets) == (3, 3)
    versions = lib.trail.trail(quote.id).versions
    assert [v.source for v in versions] == ["MINA", "ANTARA", "Republika"]
    assert versions[0].annotation_id == quote.id and versions[0].also == [part.id]
    assert [c.size for c in lib.trail.clusters(ClusterFilter(sort="size"))] == [3]


def test_a_statement_repeated_in_one_story_is_one_version():
    rows = [Row(1, 0, 20, LAVROV), Row(1, 500, 520, LAVROV), Row(2, 0, 20, LAVROV)]
    assert [[r.start for r in g] for g in version_groups(rows)] == [[0, 500], [0]]


# ---------------------------------------------------------------- F5: the suggested speaker
def test_a_statement_no_coder_named_lists_the_suggested_speaker(seeded_library, tmp_path):
    lib = seeded_library
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    [summary] = lib.trail.clusters()
    assert (summary.speaker, summary.speaker_suggested) == ("Sergey Lavrov", True)
    assert lib.trail.clusters(ClusterFilter(speaker="Lavrov")) == [summary]
    assert lib.trail.clusters(ClusterFilter(speaker="sergey lavrov")) == [summary]
    assert lib.trail.clusters(ClusterFilter(speaker="Donfried")) == []
    # sorted by speaker among the named ones, not with the nameless at the end
    add(lib, "Tempo", "2021-12-25", "Dialog dengan Rusia adalah satu-satunya jalan menuju"
        " keamanan Eropa yang lebih baik", said="kata Antony Blinken")
    add(lib, "Kompas", "2021-12-26", "Dialog dengan Rusia adalah satu-satunya jalan menuju"
        " keamanan Eropa yang lebih baik", said="ujar Blinken")
    listed = lib.trail.clusters(ClusterFilter(sort="speaker", descending=False))
    assert [(c.speaker, c.speaker_suggested) for c in listed] == [
        ("Antony Blinken", True), ("Sergey Lavrov", True)]
    # a coder names one: that name, no longer a suggestion
    antara = lib.articles.ids()[1]
    lib.annotations.add_exact(antara, "Kami tidak ingin mengambil jalan konfrontasi, tetapi"
                              " kami akan tegas memastikan keamanan kami", kind="quote",
                              speaker="Sergei Lavrov")
    named = [c for c in lib.trail.clusters() if "konfrontasi" in c.text]
    assert [(c.speaker, c.speaker_suggested) for c in named] == [("Sergei Lavrov", False)]


def test_the_guess_is_worked_out_once_and_kept_by_a_rebuild(seeded_library, monkeypatch):
    lib = seeded_library
    lib.imports.paths([DATA / "antara-lavrov.txt"])
    assert lib.trail.clusters()[0].speaker == "Sergey Lavrov"
    import reader.core.library.trail_speakers as service  # (the trail's attribution)

    calls = []
    real = service.speakers_of
    monkeypatch.setattr(service, "speakers_of",
                        lambda *a, **k: calls.extend(a[1]) or real(*a, **k))
    lib.annotations.add_exact(lib.articles.ids()[0], HOPE, kind="quote")  # unrelated
    assert lib.trail.clusters()[0].speaker == "Sergey Lavrov" and calls == []
    lib.trail.rebuild()
    [summary] = lib.trail.clusters()
    assert (summary.speaker, summary.speaker_suggested) == ("Sergey Lavrov", True)


def test_a_catch_up_leaves_the_guess_to_the_listing(seeded_library, monkeypatch):
    """Issue 15, session 10: guessing a speaker analyses whole articles, most of a real news
    import's catch-up, for clusters few of which anyone lists. On a library file the
    catch-up leaves it; a listing works out the guesses of the rows it shows (a page: only
    those), every guess when it is filtered or sorted by speaker, and stores them."""
    lib = seeded_library
    lib.trail.refresh()
    import reader.core.library.trail_speakers as service  # (the trail's attribution)

    calls = []
    real = service.speakers_of
    monkeypatch.setattr(service, "speakers_of",
                        lambda *a, **k: calls.extend(a[1]) or real(*a, **k))
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    add(lib, "Tempo", "2021-12-25", "Dialog dengan Rusia adalah satu-satunya jalan menuju"
        " keamanan Eropa yang lebih baik", said="kata Antony Blinken")
    add(lib, "Kompas", "2021-12-26", "Dialog dengan Rusia adalah satu-satunya jalan menuju"
        " keamanan Eropa yang lebih baik", said="ujar Blinken")
    lib.trail.refresh()
    assert calls == []
    store = lib._session.stores.trail
    assert len(store.unguessed_clusters()) == 2
    [first] = lib.trail.clusters(ClusterFilter(limit=1))  # (most outlets: Lavrov's)
    assert (first.speaker, first.speaker_suggested) == ("Sergey Lavrov", True)
    assert calls and len(store.unguessed_clusters()) == 1
    calls.clear()
    assert lib.trail.clusters(ClusterFilter(limit=1)) == [first] and calls == []
    [blinken] = lib.trail.clusters(ClusterFilter(speaker="Blinken"))
    assert (blinken.speaker, blinken.speaker_suggested) == ("Antony Blinken", True)
    assert store.unguessed_clusters() == []
    calls.clear()
    listed = lib.trail.clusters(ClusterFilter(sort="speaker", descending=False))
    assert [c.speaker for c in listed] == ["Antony Blinken", "Sergey Lavrov"] and calls == []
    lib.trail.rebuild()
    assert lib.trail.clusters(ClusterFilter(sort="speaker", descending=False)) == listed


def test_the_cli_and_json_say_the_speaker_is_suggested(db_path):
    open_library(db_path, seed=True).close()
    assert run(db_path, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0
    listing = run(db_path, "quotes").output
    assert "3 outlets, 3 versions  2021-12-22 [inferred]  Sergey Lavrov (suggested)" in listing
    assert "speaker not named" not in listing
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    assert (cluster["speaker"], cluster["speaker_suggested"]) == ("Sergey Lavrov", True)
    assert "Sergey Lavrov (suggested)" in run(db_path, "quotes", "--speaker", "Lavrov").output
    trail = run(db_path, "trail", cluster["trail"]).output
    assert "— Sergey Lavrov (suggested) — suggested quote" in trail


def test_the_cli_lists_the_speakers_a_catch_up_left_to_it(db_path, tmp_path):
    """`kutip quotes` after an import into a library whose trail is built (a catch-up,
    which leaves the speaker guesses to the listing): the speaker, its filter and its sort
    as a rebuild has them."""
    open_library(db_path, seed=True).close()
    assert run(db_path, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0
    assert "Sergey Lavrov (suggested)" in run(db_path, "quotes").output  # (built)
    said = "Dialog dengan Rusia adalah satu-satunya jalan menuju keamanan Eropa yang lebih baik"
    for outlet, verb in (("tempo", "kata Antony Blinken"), ("kompas", "ujar Blinken")):
        (tmp_path / f"{outlet}.txt").write_text(
            f"Blinken di {outlet}\n\nWashington – Menlu AS berbicara.\n\n“{said},” {verb}.\n",
            encoding="utf-8")
    assert run(db_path, "import", str(tmp_path / "tempo.txt"),
               str(tmp_path / "kompas.txt")).exit_code == 0
    first = run(db_path, "quotes", "--limit", "1").output
    assert "Sergey Lavrov (suggested)" in first and "Blinken" not in first
    blinken = run(db_path, "quotes", "--speaker", "Blinken").output
    # (two texts without a source: one unknown outlet, R12-10)
    assert "1 outlet, 2 versions" in blinken and "Blinken (suggested)" in blinken
    caught_up = run(db_path, "quotes", "--sort", "speaker", "--json").output
    library = open_library(db_path)
    library.trail.rebuild()
    library.close()
    assert run(db_path, "quotes", "--sort", "speaker", "--json").output == caught_up


def test_a_short_name_finds_a_statement_a_coder_named_by_the_full_name(db_path):
    """`kutip quotes --speaker Lavrov` (the help's own example) found a statement only while
    its speaker was a guess: once a coder named "Sergey Lavrov", the short name matched
    nothing (reviewer, session 7)."""
    open_library(db_path, seed=True).close()
    assert run(db_path, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0
    library = open_library(db_path)
    library.annotations.add_exact(1, LAVROV, kind="quote", speaker="Sergey Lavrov")
    [named] = library.trail.clusters(ClusterFilter(speaker="Lavrov"))
    assert (named.speaker, named.speaker_suggested) == ("Sergey Lavrov", False)
    assert library.trail.clusters(ClusterFilter(speaker="sergey lavrov")) == [named]
    assert library.trail.clusters(ClusterFilter(speaker="Donfried")) == []
    assert run(db_path, "quotes", "--speaker", "Donfried").output == (
        "No statement quoted more than once matches these options.\n")
    library.speakers.create("Anna Lavrov")  # now "Lavrov" could be either: one line
    library.close()
    assert "Sergey Lavrov" in run(db_path, "quotes", "--speaker", "Sergey Lavrov").output
    ambiguous = run(db_path, "quotes", "--speaker", "Lavrov")
    assert ambiguous.exit_code != 0
    assert ambiguous.output.strip().splitlines()[-1] == (
        "Error: “Lavrov” could be Anna Lavrov, Sergey Lavrov: give the full name.")


# ---------------------------------------------------------------- F6: a stable reference
def test_the_listing_prints_what_trail_takes_and_it_stays_valid(db_path):
    open_library(db_path, seed=True).close()
    assert run(db_path, "import", str(DATA / "antara-lavrov.txt"),
               str(DATA / "republika-lavrov.txt")).exit_code == 0
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    ref = cluster["trail"]
    library = open_library(db_path)
    assert ref == f"1:{library.articles.text(1).index(LAVROV)}"
    library.close()
    assert run(db_path, "quotes").output.startswith(ref + "  3 outlets")
    before = run(db_path, "trail", ref)
    assert before.exit_code == 0 and "3 versions in 3 outlets" in before.output

    def versions(output):
        return [line.split(" — ")[0] for line in output.splitlines() if line[:2] in
                ("1.", "2.", "3.")]

    # something unrelated annotated (in the same article), then the passage itself
    assert run(db_path, "annotate", "1", HOPE, "--speaker", "Lavrov").exit_code == 0
    assert versions(run(db_path, "trail", ref).output) == versions(before.output)
    assert run(db_path, "annotate", "1", LAVROV, "--speaker", "Lavrov").exit_code == 0
    after = run(db_path, "trail", ref)
    assert versions(after.output) == versions(before.output)
    assert "annotation 2" in after.output
    # the listing now names the annotation, which opens the same trail
    assert run(db_path, "quotes").output.startswith("2  3 outlets")
    assert versions(run(db_path, "trail", "2").output) == versions(before.output)
    # and after a rebuild, which numbers everything again
    library = open_library(db_path)
    library.trail.rebuild()
    library.close()
    assert versions(run(db_path, "trail", ref).output) == versions(before.output)


def test_a_bad_or_unknown_passage_is_one_line(db_path):
    open_library(db_path, seed=True).close()
    for args, code, words in ((["1:2"], 1, "Article 1 has no quotation at character 2"),
                              (["99:2"], 1, "There is no article 99"),
                              (["x"], 2, "neither a quote annotation's id nor"),
                              (["1:"], 2, "neither"), (["0"], 2, "ids start at 1"),
                              (["1:-1"], 2, "characters are counted from 0")):
        result = CliRunner().invoke(cli, ["--db", str(db_path), "trail", *args])
        assert result.exit_code == code and words in result.output, (args, result.output)
        assert "Traceback" not in result.output


def test_the_trail_states_its_rule(db_path):
    open_library(db_path, seed=True).close()
    run(db_path, "import", str(DATA / "antara-lavrov.txt"))
    [cluster] = json.loads(run(db_path, "quotes", "--json").output)
    text = run(db_path, "trail", cluster["trail"]).output
    assert ("Differences are against the reference version: the earliest version not cut"
            " short at either end." in text)
    out = Path(db_path).with_suffix(".md")
    run(db_path, "trail", cluster["trail"], "--markdown", "-o", str(out))
    markdown = out.read_text(encoding="utf-8")
    assert "## The reference version" in markdown
    assert "the earliest version not cut short at either end" in markdown
    assert "(earliest, reference)" in markdown
