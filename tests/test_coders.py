"""Coders (issue 14): every annotation records who made it; the current coder comes from
``kutip --coder`` / ``$KUTIP_CODER`` (the app's "Coding as …"); exports show it and
filter by it; existing annotations belong to the default coder after migration 0011."""

import csv
import io
import json
import re
import sqlite3

import pytest
from sqlite_utils import Database

from reader.core.library import Library, LibraryError
from reader.core.library.articles import ArticleFilter
from reader.core.store import open_database
from reader.core.store.migrations import DEFAULT_CODER, migrations

LAVROV = "Kami tidak ingin berperang"
V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def counts(library: Library) -> dict[str, int]:
    return {c.name: c.annotations for c in library.coders.all()}


def test_migration_gives_existing_annotations_the_default_coder(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0011_coders")
    article = old["articles"].insert({"title": "Lama", "text": "Artikel lama sekali."}).last_pk
    old["annotations"].insert({"article_id": article, "kind": "highlight", "exact": "lama",
                               "start": 8, "end": 12})
    old.close()
    open_database(db_path).close()
    with Library(db_path) as library:
        [coder] = library.coders.all()
        assert (coder.name, coder.annotations, coder.articles) == (DEFAULT_CODER, 1, 1)
        assert V4.match(coder.uuid)
        [note] = library.annotations.for_article(article)
        assert (note.coder, note.coder_id) == (DEFAULT_CODER, coder.id)


def test_annotations_record_the_current_coder(seeded_library, seed_id):
    lib = seeded_library
    assert lib.coders.current == DEFAULT_CODER
    first = lib.annotations.add_exact(seed_id, LAVROV, kind="quote")
    lib.coders.use("  Ana   Putri ")
    second = lib.annotations.add_exact(seed_id, "Rusia", kind="highlight")
    assert lib.coders.current == "Ana Putri"
    assert (first.coder, second.coder) == (DEFAULT_CODER, "Ana Putri")
    lib.coders.use("ana putri")  # names compare case-blind: the same coder
    third = lib.annotations.add_exact(seed_id, "Rusia", occurrence=2, kind="highlight")
    assert third.coder_id == second.coder_id
    assert counts(lib) == {DEFAULT_CODER: 1, "Ana Putri": 2}
    assert [a.coder for a in lib.annotations.where()] == [a.coder for a in
                                                          lib.annotations.for_article(seed_id)]
    # undo of a delete and an accepted suggestion keep / record the coder
    assert lib.annotations.restore(lib.annotations.delete(second.id)).coder == "Ana Putri"
    lib.coders.use("Budi")
    found = lib.suggestions.for_article(seed_id, kinds="quote")
    accepted = lib.suggestions.accept_many(seed_id, found)
    assert accepted and {a.coder for a in accepted} == {"Budi"}
    lib.coders.use(None)
    assert lib.annotations.add_exact(seed_id, "NATO", kind="highlight").coder == DEFAULT_CODER


def test_bad_coder_names_are_refused_in_one_line(seeded_library):
    for name in ("x" * 81, "\x1b\x07"):
        try:
            seeded_library.coders.use(name)
        except LibraryError as error:
            assert "\n" not in str(error)
        else:
            raise AssertionError(f"accepted {name!r}")
    seeded_library.coders.use("Ana\x1b[31m")  # names lose control characters, as others do
    assert seeded_library.coders.current.isprintable()


def test_list_and_export_filter_by_coder(seeded_library, seed_id):
    lib = seeded_library
    lib.annotations.add_exact(seed_id, LAVROV, kind="quote")
    lib.coders.use("Ana")
    lib.annotations.add_exact(seed_id, "Rusia", kind="highlight")
    assert lib.articles.ids(ArticleFilter(coder="ANA")) == [seed_id]
    assert lib.articles.ids(ArticleFilter(coder="Budi")) == []
    [(_, notes)] = lib.exports.items(where=ArticleFilter(coder="ana"))
    assert [n.exact for n in notes] == ["Rusia"]
    rows = list(csv.DictReader(io.StringIO(
        lib.exports.render(fmt="csv", where=ArticleFilter(coder="Ana")))))
    assert [(r["exact"], r["coder"]) for r in rows] == [("Rusia", "Ana")]


def test_w3c_creator_carries_the_coder_into_another_library(seeded_library, seed_id,
                                                            tmp_path):
    lib = seeded_library
    lib.coders.use("Ana")
    lib.annotations.add_exact(seed_id, LAVROV, kind="quote")
    data = json.loads(lib.exports.render(fmt="json"))
    [item] = data["first"]["items"]
    [ana] = [c for c in lib.coders.all() if c.name == "Ana"]
    assert item["creator"] == {"id": f"urn:uuid:{ana.uuid}", "type": "Person", "name": "Ana"}
    from reader.core.library import open_library
    with open_library(tmp_path / "other.sqlite", seed=True) as other:
        other.coders.use("Budi")  # whoever imports: the file's coder wins
        report = other.exports.import_annotations(data)
        assert report.imported == 1
        [copy] = other.annotations.where()
        assert copy.coder == "Ana"
        [theirs] = [c for c in other.coders.all() if c.name == "Ana"]
        assert theirs.uuid == ana.uuid
        assert counts(other) == {"Ana": 1, DEFAULT_CODER: 0}
    del item["creator"]  # a file without creators: whoever imports it coded it
    with open_library(tmp_path / "third.sqlite", seed=True) as third:
        third.coders.use("Budi")
        assert third.exports.import_annotations(data).imported == 1
        assert counts(third) == {"Budi": 1, DEFAULT_CODER: 0}


def test_cli_coder_option_env_and_listing(run, seed_id, monkeypatch):
    assert run("--coder", "Ana", "annotate", str(seed_id), LAVROV).exit_code == 0
    monkeypatch.setenv("KUTIP_CODER", "Budi")
    assert run("annotate", str(seed_id), "Rusia", "--kind", "highlight").exit_code == 0
    listed = run("coders")
    assert listed.exit_code == 0
    assert "Ana" in listed.output and "* Budi" in listed.output
    shown = json.loads(run("coders", "--json").output)
    assert {c["name"]: (c["annotations"], c["current"]) for c in shown} == {
        "Ana": (1, False), "Budi": (1, True), DEFAULT_CODER: (0, False)}
    assert "(coder: Ana)" in run("show", str(seed_id), "--no-text").output
    exported = run("export", "--format", "csv", "--coder", "ana").output
    assert [r["coder"] for r in csv.DictReader(io.StringIO(exported))] == ["Ana"]
    assert run("list", "--coder", "Budi").output.strip()
    missing = run("list", "--coder", "Citra")
    assert missing.exit_code == 1 and "There is no coder “Citra”" in missing.output
    bad = run("--coder", "x" * 200, "coders")
    assert bad.exit_code == 1 and "--coder:" in bad.output


def test_bulk_annotations_belong_to_the_current_coder(seeded_library, seed_id):
    lib = seeded_library
    lib.coders.use("Citra")
    assert lib.bulk.add_annotations([{"article_id": seed_id, "kind": "highlight",
                                      "exact": "AS", "start": 0, "end": 2}]) == 1
    [note] = lib.annotations.for_article(seed_id)
    assert note.coder == "Citra"


def test_cli_show_filters_by_coder(run, seed_id):
    assert run("--coder", "Ana", "annotate", str(seed_id), LAVROV).exit_code == 0
    assert run("--coder", "Budi", "annotate", str(seed_id), "Rusia",
               "--kind", "highlight").exit_code == 0
    shown = run("show", str(seed_id), "--no-text", "--coder", "budi")
    assert shown.exit_code == 0
    assert "1 annotation(s)" in shown.output and "(coder: Budi)" in shown.output
    assert "(coder: Ana)" not in shown.output
    data = json.loads(run("show", str(seed_id), "--coder", "Ana", "--json").output)
    assert [n["coder"] for n in data["annotations"]] == ["Ana"]
    missing = run("show", str(seed_id), "--coder", "Citra")
    assert missing.exit_code == 1 and "There is no coder “Citra”" in missing.output


def test_a_path_with_a_nul_byte_is_one_usage_error(run):
    for args in (["import-annotations", "\x00"], ["agreement", "-o", "a\x00b"]):
        result = run(*args)
        assert result.exit_code == 2 and not isinstance(result.exception, ValueError)
        assert "embedded null byte" in result.output and "Traceback" not in result.output


def test_the_current_coder_is_named_without_counting_annotations(seeded_library, monkeypatch):
    """The app asks at start (Library > Coding as …): counting every coder's annotations
    took seconds at 1,000,000 annotations (issue 12)."""
    store = seeded_library.coders._store
    monkeypatch.setattr(store, "counted", lambda: pytest.fail("counted every annotation"))
    assert seeded_library.coders.current == DEFAULT_CODER
    seeded_library.coders.use("Ana Putri")
    assert seeded_library.coders.current == "Ana Putri"


def test_a_markdown_export_filtered_by_coder_has_only_theirs(seeded_library, seed_id):
    lib = seeded_library
    lib.annotations.add_exact(seed_id, LAVROV, kind="quote")
    lib.coders.use("Ana")
    lib.annotations.add_exact(seed_id, "Rusia", kind="highlight")
    [(_, notes)] = lib.exports.brief_items(where=ArticleFilter(coder=" ANA "))
    assert [(n.exact, n.coder) for n in notes] == [("Rusia", "Ana")]
    text = lib.exports.render(where=ArticleFilter(coder="Ana"))
    assert "Rusia" in text and LAVROV not in text


def test_a_guarded_store_attribute_set_and_deleted_leaves_the_store_as_it_was(seeded_library):
    """pytest 9.2's monkeypatch undoes a patch on the store with ``delattr``: the guard (which
    turns sqlite3's errors into StoreError) forwards it to the store it wraps."""
    store = seeded_library.coders._store
    before = store.counted()
    store.counted = lambda: "patched"
    assert store.counted() == "patched"
    del store.counted
    assert store.counted() == before
