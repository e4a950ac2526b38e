"""The coded table for statistics (issue 14): a CSV row per article × code with each
coder's counts and coded characters, and the annotation CSV's article metadata."""

import csv
import io

from reader.core.export.codedtable import coded_table_csv, coder_column
from reader.core.models import Annotation, Article

ARTICLE = Article(id=1, title="Banjir", text="x" * 100, source="ANTARA", uuid="a-1",
                  published="2021-12-23", language="id")
QUIET = Article(id=2, title="Tidak dikode", text="y" * 50, uuid="a-2")


def note(coder, start, end, tags=(), kind="quote"):
    return Annotation(id=0, article_id=1, kind=kind, exact="x" * ((end or 1) - (start or 0)),
                      start=start,
                      end=end, tags=list(tags), coder=coder)


def table(items, coders):
    return list(csv.DictReader(io.StringIO(coded_table_csv(items, coders))))


def test_counts_and_coded_characters_per_coder_overlaps_counted_once():
    notes = [note("Ana", 0, 10, ["banjir"]), note("Ana", 5, 20, ["banjir"]),
             note("Budi Santoso", 30, 40, ["banjir", "evakuasi"], kind="claim"),
             note("Ana", None, None, ["evakuasi"])]  # an orphan: counted, no characters
    rows = {(r["article_id"], r["code"]): r for r in table([(ARTICLE, notes), (QUIET, [])],
                                                          ["Ana", "Budi Santoso"])}
    banjir = rows["1", "banjir"]
    assert (banjir["n_ana"], banjir["chars_ana"]) == ("2", "20")  # 0–20, not 10 + 15
    assert (banjir["n_budi_santoso"], banjir["chars_budi_santoso"]) == ("1", "10")
    assert (rows["1", "evakuasi"]["n_ana"], rows["1", "evakuasi"]["chars_ana"]) == ("1", "0")
    assert rows["1", "kind:quote"]["n_ana"] == "3" and rows["1", "kind:claim"]["n_ana"] == "0"
    assert rows["1", "kind:claim"]["chars_budi_santoso"] == "10"
    # every article × every code, zeros included: an uncoded article is data too
    assert {k[1] for k in rows if k[0] == "2"} == {"banjir", "evakuasi", "kind:quote",
                                                    "kind:claim", "kind:highlight"}
    assert all(rows["2", "banjir"][c] == "0" for c in ("n_ana", "chars_ana"))
    assert (banjir["title"], banjir["source"], banjir["published"], banjir["language"],
            banjir["article_uuid"]) == ("Banjir", "ANTARA", "2021-12-23", "id", "a-1")


def test_column_names_suit_r_and_spss():
    assert coder_column("Budi Santoso", "n") == "n_budi_santoso"
    assert coder_column("Ré-né!", "chars") == "chars_r_n"
    header = next(csv.reader(io.StringIO(coded_table_csv([], ["A b", "a-b"]))))
    assert header[-4:] == ["n_a_b", "chars_a_b", "n_a_b_2", "chars_a_b_2"]  # never twice


def test_the_library_table_from_the_command_line(seeded_library, seed_id, run):
    seeded_library.coders.use("Ana")
    seeded_library.annotations.add_exact(seed_id, "Kami tidak ingin berperang",
                                         tags=["framing"])
    seeded_library.coders.use("Budi")
    seeded_library.annotations.add_exact(seed_id, "Kami tidak ingin berperang",
                                         tags=["framing"])
    result = run("export", "--format", "table")
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(result.output))}
    assert rows["framing"]["chars_ana"] == rows["framing"]["chars_budi"] == str(
        len("Kami tidak ingin berperang"))
    # the annotation CSV carries the article's metadata and both identities
    [first, *_] = csv.DictReader(io.StringIO(run("export", "--format", "csv").output))
    assert first["language"] == "id" and first["article_uuid"] and first["annotation_uuid"]
