"""Blind double-coding (issue 14): on the articles of a collection coded blind, a coder
sees only their own annotations and their own suggestion decisions, so the second coding
is independent of the first; agreement still compares everyone's."""

import json
import sqlite3

import pytest
from sqlite_utils import Database

from reader.core.library import Library, NotFound
from reader.core.library.articles import ArticleFilter
from reader.core.library.trail import ClusterFilter
from reader.core.models import ImportedArticle
from reader.core.store import open_database
from reader.core.store.migrations import DEFAULT_CODER, migrations

LAVROV = "Kami tidak ingin berperang"


def code(lib, coder, article_id, exact, **fields):
    lib.coders.use(coder)
    return lib.annotations.add_exact(article_id, exact, **fields)


@pytest.fixture
def sample(seeded_library, seed_id):
    """The seed in a collection "Sampel"; a second article outside it; both coded by Ana
    and Budi."""
    lib = seeded_library
    other, _ = lib.articles.add(ImportedArticle(title="Lain", text="Satu dua tiga empat.",
                                                content_hash="lain"))
    collection = lib.collections.id_of("Sampel", create=True)
    lib.collections.add([seed_id], collection)
    notes = {"ana": code(lib, "Ana", seed_id, LAVROV, kind="quote"),
             "budi": code(lib, "Budi", seed_id, "Rusia", kind="highlight"),
             "ana_other": code(lib, "Ana", other, "Satu dua", kind="highlight")}
    return lib, collection, other, notes


def test_a_coder_coding_blind_sees_only_their_own(sample, seed_id):
    lib, collection, other, notes = sample
    assert lib.coders.set_blind(collection) is False  # (it was not blind before)
    assert lib.coders.blind_collections() == [collection]
    assert lib.coders.is_blind(seed_id) and not lib.coders.is_blind(other)
    lib.coders.use("Budi")
    assert [n.id for n in lib.annotations.for_article(seed_id)] == [notes["budi"].id]
    # outside the blind collection everyone's shows
    assert [n.id for n in lib.annotations.for_article(other)] == [notes["ana_other"].id]
    assert {n.id for n in lib.annotations.where()} == {notes["budi"].id, notes["ana_other"].id}
    assert len(lib.annotations.where(everyone=True)) == 3
    [(_, exported)] = [(a, n) for a, n in lib.exports.items() if a.id == seed_id]
    assert [n.coder for n in exported] == ["Budi"]
    lib.coders.use("Ana")
    assert [n.id for n in lib.annotations.for_article(seed_id)] == [notes["ana"].id]
    lib.coders.use("Citra")  # named, not made yet: nothing is hers
    assert lib.annotations.for_article(seed_id) == []
    lib.coders.use(None)  # the default coder made none of these
    assert lib.annotations.for_article(seed_id) == []
    # agreement compares everyone's, blind or not
    report = lib.agreement.report(coders=["Ana", "Budi"], collection="Sampel")
    assert report.articles == 1 and "Ana coded nothing" not in " ".join(report.warnings)
    lib.coders.use("Budi")  # the library list counts only his own there
    rows = {a.id: a for a in lib.coders.as_seen(lib.articles.rows([seed_id, other]))}
    assert (rows[seed_id].quotes, rows[seed_id].highlights) == (0, 1)
    assert rows[other].highlights == 1  # (not blind: everyone's)
    assert lib.coders.set_blind(collection, False) is True
    lib.coders.use("Budi")
    assert len(lib.annotations.for_article(seed_id)) == 2


def test_suggestions_accepted_or_dismissed_by_another_stay_open_when_blind(sample, seed_id):
    lib, collection, _, _ = sample
    lib.coders.use("Ana")
    first, second, *_ = lib.suggestions.for_article(seed_id, "quote")
    lib.suggestions.accept(seed_id, first)
    lib.suggestions.dismiss(seed_id, second)
    lib.coders.use("Budi")
    open_now = {s.exact for s in lib.suggestions.for_article(seed_id, "quote")}
    assert first.exact not in open_now and second.exact not in open_now  # not blind: decided
    lib.coders.set_blind(collection)
    open_now = {s.exact for s in lib.suggestions.for_article(seed_id, "quote")}
    assert {first.exact, second.exact} <= open_now  # blind: Ana's decisions are not Budi's
    assert lib.suggestions.dismissed(seed_id) == []
    lib.suggestions.dismiss(seed_id, first)  # Budi's own decision counts for him
    assert first.exact not in {s.exact for s in lib.suggestions.for_article(seed_id, "quote")}
    lib.suggestions.undismiss(seed_id, first)  # his undo leaves Ana's dismissal alone
    lib.coders.use("Ana")
    assert lib.suggestions.dismissed(seed_id) == [("quote", second.exact)]


def test_blind_is_announced_and_refused_for_a_missing_collection(sample, seed_id):
    lib, collection, _, _ = sample
    lib.coders.set_blind(collection)
    changes = lib.last_changes
    assert "annotations" in changes and changes.concerns(seed_id)
    assert lib.coders.set_blind(collection) is True  # already: nothing changes
    with pytest.raises(NotFound):
        lib.coders.set_blind(9999)


def test_migration_keeps_dismissals_as_the_default_coders(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0012_blind_coding")
    article = old["articles"].insert({"title": "Lama", "text": "“Kami datang,” kata dia."}
                                     ).last_pk
    old["dismissed_suggestions"].insert({"article_id": article, "kind": "quote",
                                         "exact": "Kami datang,"})
    old["collections"].insert({"name": "Studi"})
    old.close()
    open_database(db_path).close()
    with Library(db_path) as library:
        db = library.stores.db
        assert db.execute("SELECT kind, exact, coder_id FROM dismissed_suggestions"
                          ).fetchall() == [("quote", "Kami datang,", 1)]
        assert db.execute("SELECT blind FROM collections").fetchall() == [(0,)]
        triggers = {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name = 'dismissed_suggestions'")}
        assert triggers == {"trail_dismissed_ai", "trail_dismissed_ad"}
        assert library.coders.all()[0].name == DEFAULT_CODER
        assert library.suggestions.dismissed(article) == [("quote", "Kami datang,")]


def test_cli_blind_on_show_and_off(run, seed_id, db_path):
    assert run("--coder", "Ana", "annotate", str(seed_id), LAVROV).exit_code == 0
    assert run("--coder", "Budi", "annotate", str(seed_id), "Rusia",
               "--kind", "highlight").exit_code == 0
    missing = run("blind", "Sampel", "--on")
    assert missing.exit_code == 1 and "There is no collection “Sampel”" in missing.output
    assert "No collection is coded blind." in run("blind").output
    with Library(db_path) as lib:  # the seed in a collection
        lib.collections.add([seed_id], lib.collections.id_of("Sampel", create=True))
    turned = run("blind", "Sampel", "--on")
    assert turned.exit_code == 0 and "“Sampel” is coded blind" in turned.output
    assert "Sampel — 1 article(s), coded blind" in run("blind").output
    assert json.loads(run("blind", "--json").output) == [
        {"collection": "Sampel", "articles": 1, "blind": True}]
    shown = run("--coder", "Budi", "show", str(seed_id), "--no-text")
    assert "1 annotation(s)" in shown.output and "(coder: Budi)" in shown.output
    assert "(coder: Ana)" not in shown.output
    assert run("blind", "--on").exit_code == 2  # which collection?
    assert "not blind" in run("blind", "Sampel", "--off").output
    assert "2 annotation(s)" in run("--coder", "Budi", "show", str(seed_id)).output


def test_what_is_about_to_be_lost_counts_everyones(sample, seed_id):
    """Hidden while coding blind is not gone: deleting an article, losing text on re-import
    and counting for a confirmation read every coder's annotations."""
    lib, collection, _, notes = sample
    lib.coders.set_blind(collection)
    lib.annotations.mark_orphan(notes["ana"].id)
    lib.coders.use("Budi")
    assert lib.annotations.orphans(seed_id) == []
    assert [n.id for n in lib.annotations.orphans(seed_id, everyone=True)] == [notes["ana"].id]
    assert len(lib.annotations.for_article(seed_id, everyone=True)) == 2


def test_search_does_not_show_another_coders_notes_when_blind(sample, seed_id, run):
    lib, collection, _, notes = sample
    lib.coders.use("Ana")
    lib.annotations.update(notes["ana"].id, note="rahasiaana penting")
    lib.coders.use("Budi")
    assert [h.annotation_id for h in lib.annotations.seen(lib.search.find("rahasiaana"))] == [
        notes["ana"].id]  # not blind: found
    lib.coders.set_blind(collection)
    assert lib.annotations.seen(lib.search.find("rahasiaana")) == []
    lib.coders.use("Ana")
    assert len(lib.annotations.seen(lib.search.find("rahasiaana"))) == 1
    lib.close()
    assert "No matches." in run("--coder", "Budi", "search", "rahasiaana").output
    assert "rahasiaana" in run("--coder", "Ana", "search", "rahasiaana").output.lower()


def test_kutip_list_counts_ones_own_on_blind_articles(run, seed_id, db_path):
    assert run("--coder", "Ana", "annotate", str(seed_id), LAVROV).exit_code == 0
    assert run("--coder", "Budi", "annotate", str(seed_id), "Rusia",
               "--kind", "highlight").exit_code == 0
    with Library(db_path) as lib:
        lib.collections.add([seed_id], lib.collections.id_of("Sampel", create=True))
    assert "1q 0c 1h" in run("--coder", "Budi", "list").output
    assert run("blind", "Sampel", "--on").exit_code == 0
    assert "0q 0c 1h" in run("--coder", "Budi", "list").output
    [row] = json.loads(run("--coder", "Ana", "list", "--json").output)
    assert (row["quotes"], row["highlights"]) == (1, 0)


def test_the_reanchor_report_counts_every_coders_orphans(sample, seed_id):
    lib, collection, _, notes = sample
    lib.coders.set_blind(collection)
    lib.coders.use("Budi")
    text = lib.articles.text(seed_id)
    report = lib.texts.replace(seed_id, text.replace(LAVROV, "Kami ingin damai"))
    assert [n.id for n in report.orphaned] == [notes["ana"].id]  # Ana's, hidden from Budi


def test_the_quote_trail_hides_another_coders_quotes_when_blind(sample, seed_id):
    lib, collection, _, notes = sample
    lib.coders.use("Budi")
    cluster = lib.trail.cluster_of(notes["ana"].id)
    assert [m.annotation_id for m in lib.trail.members(cluster)] == [notes["ana"].id]
    assert [v.annotation_id for v in lib.trail.trail_of_cluster(cluster).versions] == [
        notes["ana"].id]  # not blind: Ana's quote is in the trail Budi sees
    lib.coders.set_blind(collection)
    assert lib.trail.members(cluster) == []
    with pytest.raises(NotFound):
        lib.trail.trail_of_cluster(cluster)
    lib.coders.use("Ana")
    assert [v.annotation_id for v in lib.trail.trail_of_cluster(cluster).versions] == [
        notes["ana"].id]


def test_the_library_list_finds_no_blind_article_by_another_coders_annotations(sample, seed_id):
    """The search box (and the tag, speaker, kind and coder filters) must not list a blind
    article because of what another coder wrote or tagged there."""
    lib, collection, other, notes = sample
    lib.coders.use("Ana")
    lib.annotations.update(notes["ana"].id, note="rahasiaana", tags=["framing"])
    lib.annotations.update(notes["ana_other"].id, note="rahasiaana", tags=["framing"])
    filters = [ArticleFilter(query="rahasiaana"), ArticleFilter(tag="framing"),
               ArticleFilter(kind="quote"), ArticleFilter(coder="Ana")]
    lib.coders.use("Budi")
    assert seed_id in lib.articles.ids(filters[0])  # not blind: found
    lib.coders.set_blind(collection)
    for where in filters:
        assert seed_id not in lib.articles.ids(where), where
        assert seed_id not in [a.id for a in lib.articles.stream(where)], where
        assert lib.articles.count(where) == len(lib.articles.ids(where)), where
    assert lib.articles.ids(ArticleFilter(query="rahasiaana")) == [other]
    assert lib.articles.ids(ArticleFilter(kind="highlight")) == [seed_id, other]  # his own
    # sorted by highlights, most first: Budi's two on the blind seed count for him, for
    # Ana none of them (her one highlight on the other article comes first)
    lib.annotations.add_exact(seed_id, "Ukraina", kind="highlight")
    assert lib.articles.ids(sort="highlights", descending=True) == [seed_id, other]
    lib.coders.use("Ana")
    for where in filters[:2]:
        assert seed_id in lib.articles.ids(where), where
    assert lib.articles.ids(sort="highlights", descending=True) == [other, seed_id]
    assert [a.id for a in lib.articles.stream(sort="highlights", descending=True)] == [
        other, seed_id]


def test_the_quotes_list_summarises_without_another_coders_quotes_when_blind(sample, seed_id):
    """A cluster's size, outlets and speaker in the Quotes list count only what the coder
    may see; a cluster matched only through another coder's quote is not listed."""
    lib, collection, _, notes = sample
    for source in ("Tempo", "Kompas"):
        lib.articles.add(ImportedArticle(
            title=source, source=source, content_hash=source,
            text=f"Di Moskow. “{LAVROV},” kata Lavrov kepada {source}."))
    lib.coders.use("Ana")
    lib.annotations.update(notes["ana"].id, speaker="Sergey Lavrov", tags=["perang"])
    cluster = lib.trail.cluster_of(notes["ana"].id)

    def listed(**wanted):
        return {c.cluster: (c.size, c.outlets, c.speaker)
                for c in lib.trail.clusters(ClusterFilter(**wanted))}

    lib.coders.use("Budi")
    assert listed()[cluster] == (3, 3, "Sergey Lavrov")  # not blind: everyone's
    assert cluster in listed(speaker="Sergey Lavrov") and cluster in listed(tag="perang")
    assert cluster in listed(min_outlets=3) and cluster in listed(collection="Sampel")
    lib.coders.set_blind(collection)
    assert listed()[cluster] == (2, 2, "")
    for wanted in ({"speaker": "Sergey Lavrov"}, {"tag": "perang"}, {"min_outlets": 3},
                   {"min_size": 3}, {"collection": "Sampel"}):
        assert cluster not in listed(**wanted), wanted
    assert [c.cluster for c in lib.trail.clusters(ClusterFilter(limit=1, offset=0))] == [
        cluster]
    assert lib.trail.clusters(ClusterFilter(limit=1, offset=1)) == []
    assert lib.trail.cluster_count() == 1  # (the Quotes list's size)
    assert lib.trail.cluster_count(ClusterFilter(min_size=3)) == 0  # 2 versions it may see
    lib.coders.use("Ana")
    assert listed(speaker="Sergey Lavrov")[cluster] == (3, 3, "Sergey Lavrov")


def test_a_markdown_export_of_a_blind_collection_shows_only_the_coders_own(sample, seed_id):
    """The Markdown export reads brief annotations (``Exports.brief_items``): blind coding
    holds there as in the whole ones."""
    lib, collection, other, notes = sample
    lib.coders.set_blind(collection)
    lib.coders.use("Budi")
    [(_, brief)] = [(a, n) for a, n in lib.exports.brief_items() if a.id == seed_id]
    assert [(n.id, n.coder) for n in brief] == [(notes["budi"].id, "Budi")]
    text = lib.exports.render(fmt="md")
    assert "Rusia" in text and LAVROV not in text and "Satu dua" in text


def test_speakers_tags_and_coders_do_not_tell_another_coders_blind_work(run, seed_id, db_path):
    """Review R15-17's sequence: Budi codes a blind collection with a speaker and a tag;
    Ana, coding it blind too, lists speakers, tags and coders: nothing of Budi's there (whom
    he attributed a quote to is what she codes). Off the blind articles all counts; the
    agreement and exchange files read everyone's."""
    with Library(db_path) as lib:
        lib.collections.add([seed_id], lib.collections.id_of("Sampel", create=True))
        other, _ = lib.articles.add(ImportedArticle(
            title="Lain", text="Budi Santoso berkata: satu dua tiga.", content_hash="lain"))
    assert run("blind", "Sampel", "--on").exit_code == 0
    assert run("--coder", "Budi", "annotate", str(seed_id), LAVROV, "--speaker",
               "Budi Secret Speaker", "--tag", "rahasia/budi-secret-tag").exit_code == 0
    assert run("--coder", "Budi", "annotate", str(other), "satu dua",  # not blind
               "--tag", "umum").exit_code == 0
    assert run("--coder", "Ana", "annotate", str(seed_id), "Rusia", "--kind", "highlight",
               "--tag", "umum").exit_code == 0
    as_ana = {command: run("--coder", "Ana", command).output
              for command in ("speakers", "tags", "coders")}
    assert "No speakers yet." in as_ana["speakers"] and "Budi Secret" not in as_ana["speakers"]
    assert "rahasia" not in as_ana["tags"] and "budi-secret-tag" not in as_ana["tags"]
    assert "umum" in as_ana["tags"] and "Budi" in as_ana["coders"]
    tags = {t["name"]: t["uses"]
            for t in json.loads(run("--coder", "Ana", "tags", "--json").output)}
    assert tags == {"umum": 2}  # hers and Budi's off the blind collection
    coders = {c["name"]: (c["annotations"], c["articles"])
              for c in json.loads(run("--coder", "Ana", "coders", "--json").output)}
    assert coders["Budi"] == (1, 1) and coders["Ana"] == (1, 1)
    # Budi sees his own; with the collection no longer blind, Ana sees everyone's
    as_budi = run("--coder", "Budi", "speakers").output
    assert "Budi Secret Speaker — 1 annotation(s)" in as_budi
    assert {t["name"] for t in json.loads(run("--coder", "Budi", "tags", "--json").output)} == {
        "rahasia", "rahasia/budi-secret-tag", "umum"}
    with Library(db_path) as lib:
        lib.coders.use("Ana")
        assert lib.speakers.names() == [] and lib.speakers.likely_variants() == []
        assert lib.tags.names() == ["umum"]
        assert lib.speakers.get("Budi Secret Speaker").quotes == 0  # (named: no count)
        assert [s.name for s in lib.speakers.all(everyone=True)] == ["Budi Secret Speaker"]
        assert {c.name: c.annotations for c in lib.coders.all(everyone=True)}["Budi"] == 2
        assert lib.agreement.report(coders=["Ana", "Budi"], collection="Sampel").articles == 1
        bundle_names = lib.exchange._names(lib.exchange.items(lib.articles.ids()), True)
        assert "Budi Secret Speaker" in {s["name"] for s in bundle_names[1]}
    assert run("blind", "Sampel", "--off").exit_code == 0
    assert "Budi Secret Speaker — 1 annotation(s)" in run("--coder", "Ana", "speakers").output
    assert "budi-secret-tag" in run("--coder", "Ana", "tags").output


def test_a_team_member_coding_blind_is_not_told_anothers_speakers_or_tags(team_library):
    """R15-17 on a team library: the same services and portable store, each member coding
    as their login (the server's read policy still lets a member read every annotation
    with plain SQL: blindness is Kutip's, not the server's)."""
    from click.testing import CliRunner

    from reader.cli import cli
    from reader.core.paths import seeds_dir

    url, member, n = team_library
    ana_url, budi_url = member("ana", "coder"), member("budi", "coder")
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        collection = owner.collections.id_of("Sampel", create=True)
        owner.collections.add([seed_id], collection)
        owner.coders.set_blind(collection)
    with Library(budi_url) as budi:
        budi.annotations.add_exact(seed_id, LAVROV, kind="quote",
                                   speaker="Budi Secret Speaker", tags=["budi-secret-tag"])

    def listed(db, command):
        result = CliRunner().invoke(cli, ["--db", db, command, "--json"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    assert listed(ana_url, "speakers") == [] and listed(ana_url, "tags") == []
    assert {c["name"]: c["annotations"] for c in listed(ana_url, "coders")}[f"budi_{n}"] == 0
    assert [s["name"] for s in listed(budi_url, "speakers")] == ["Budi Secret Speaker"]
    assert [t["name"] for t in listed(budi_url, "tags")] == ["budi-secret-tag"]
    with Library(ana_url) as ana:
        assert ana.speakers.names() == [] and ana.tags.names() == []
        assert ana.coders.annotating() == []  # (the library's coder filter, R20-15)
        assert ana.agreement.coder_names() == [c.name for c in ana.agreement.coders()], (
            [c.name for c in ana.agreement.coders()])
    with Library(budi_url) as budi:
        assert budi.coders.annotating() == [f"budi_{n}"]


def test_agreement_lists_the_coders_whose_work_is_all_blind(sample, seed_id):
    """Review R17-6: the viewer's counts leave out blind work (R15-17); the agreement's own
    list of coders counts it, so the dialog can offer them."""
    lib, collection, other, notes = sample
    lib.annotations.delete(notes["ana_other"].id)  # all the coders' work now in "Sampel"
    lib.coders.set_blind(collection)
    lib.coders.use(None)
    assert {c.name: c.annotations for c in lib.coders.all()}["Ana"] == 0
    assert {c.name: c.annotations for c in lib.agreement.coders()} == {"Ana": 1, "Budi": 1}
    assert sorted(lib.agreement.report().coders) == ["Ana", "Budi"]


def test_the_coders_annotating_are_those_all_counts_with_annotations(sample, seed_id):
    """Review R20-15: the library's coder menu reads ``annotating`` (no count over every
    annotation); it names whom ``all`` counts annotations for, blind or not."""
    lib, collection, other, notes = sample
    lib.coders.use("Citra")
    lib.coders.id_for_writing()  # a coder without annotations
    lib.annotations.delete(notes["ana_other"].id)  # Ana's work now all in "Sampel"

    def counted():
        return [c.name for c in lib.coders.all() if c.annotations]

    for coder, blind in ((None, False), ("Budi", True), ("Ana", True), ("Citra", True)):
        lib.coders.set_blind(collection, blind)
        lib.coders.use(coder)
        assert lib.coders.annotating() == counted(), (coder, blind)
    assert lib.coders.annotating() == []  # Citra, blind: neither Ana's nor Budi's seen
    lib.coders.use("Ana")
    assert lib.coders.annotating() == ["Ana"]


def test_cli_coders_says_blind_work_is_left_out_and_counts_it_with_everyone(run, seed_id,
                                                                            db_path):
    assert run("--coder", "Ana", "annotate", str(seed_id), LAVROV).exit_code == 0
    with Library(db_path) as lib:  # the seed in a collection
        lib.collections.add([seed_id], lib.collections.id_of("Sampel", create=True))
    assert run("blind", "Sampel", "--on").exit_code == 0
    listed = run("coders")
    assert "Ana" in listed.output and "0 annotation(s)" in listed.output
    assert "(`kutip coders --everyone` counts it)" in listed.output
    everyone = run("coders", "--everyone")
    assert everyone.exit_code == 0 and "1 annotation(s) on 1 article(s)" in everyone.output
    assert "coded blind" not in everyone.output
    shown = json.loads(run("coders", "--everyone", "--json").output)
    assert {c["name"]: c["annotations"] for c in shown}["Ana"] == 1


def test_a_refi_qda_export_of_a_blind_collection_holds_only_the_coders_own(
        sample, seed_id, tmp_path):
    """R21-16: coding blind, Budi's REFI-QDA project (.qdpx) and codebook (.qdc) carried
    Ana's annotations, her notes and the speakers she named, which every other export hides
    from him: opened in MAXQDA, the second coding was no longer independent. They hold his
    own work on the blind articles (and everyone's elsewhere), as the other exports do."""
    import zipfile

    lib, collection, other, notes = sample
    code(lib, "Ana", seed_id, "Rusia", kind="quote", speaker="Ana Says Speaker",
         note="ANA-SECRET-NOTE")
    lib.coders.set_blind(collection)
    lib.coders.use("Budi")
    lib.exchange.export_qdpx(tmp_path / "budi.qdpx")
    with zipfile.ZipFile(tmp_path / "budi.qdpx") as project:
        xml = project.read("project.qde").decode("utf-8")
    assert "ANA-SECRET-NOTE" not in xml and "Ana Says Speaker" not in xml
    assert xml.count("<PlainTextSelection") == 2  # (his highlight; Ana's off the blind one)
    lib.exchange.export_qdc(tmp_path / "budi.qdc")
    assert "Ana Says Speaker" not in (tmp_path / "budi.qdc").read_text(encoding="utf-8")
    lib.coders.use("Ana")  # (her own, as the exports show her)
    lib.exchange.export_qdpx(tmp_path / "ana.qdpx")
    with zipfile.ZipFile(tmp_path / "ana.qdpx") as project:
        xml = project.read("project.qde").decode("utf-8")
    assert "ANA-SECRET-NOTE" in xml and "Ana Says Speaker" in xml


def test_a_coded_table_of_a_blind_collection_holds_only_the_coders_own(sample, seed_id):
    """RR21-5: coding blind, Budi's coded table (``export --format table``) carried Ana's
    codes on the blind article, how often and over how many characters she coded them
    (R21-16's class). On the blind articles it holds his own work; elsewhere everyone's;
    a coder whose only work is blind has no column."""
    import csv
    import io

    lib, collection, other, notes = sample
    code(lib, "Ana", seed_id, "Rusia", kind="quote", tags=["rahasia-ana"])
    code(lib, "Citra", seed_id, "Lavrov", kind="highlight", tags=["rahasia-citra"])
    lib.coders.set_blind(collection)
    lib.coders.use("Budi")
    table = lib.exchange.coded_table()
    assert "rahasia" not in table
    rows = list(csv.DictReader(io.StringIO(table)))
    assert "n_citra" not in rows[0] and "n_ana" in rows[0]
    blind = [r for r in rows if int(r["article_id"]) == seed_id]
    assert {r["code"] for r in blind} >= {"kind:highlight", "kind:quote"}
    assert all(r["n_ana"] == "0" for r in blind)  # (her quote there: not his to see)
    assert [r["n_budi"] for r in blind if r["code"] == "kind:highlight"] == ["1"]
    elsewhere = [r for r in rows if int(r["article_id"]) == other]
    assert [r["n_ana"] for r in elsewhere if r["code"] == "kind:highlight"] == ["1"]
    lib.coders.use("Ana")
    assert "rahasia-ana" in lib.exchange.coded_table()
