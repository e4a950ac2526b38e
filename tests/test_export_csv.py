"""CSV export: one row per annotation with every field, spreadsheet-friendly."""

import csv
import dataclasses
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.export import CSV_COLUMNS, export_csv
from reader.core.export.csv_export import csv_cell, spreadsheet_cell
from reader.core.models import Annotation, Article

ARTICLE = Article(
    id=7, title="Menlu Rusia: “Kami tidak ingin berperang”", source="MINA", authors="sajadi",
    published="2021-12-22", url="https://minanews.net/x",
)  # fmt: skip
QUOTE = Annotation(
    id=3, article_id=7, kind="quote", exact="Kami tidak ingin berperang,\n“kata” dia", start=10,
    end=45, prefix="pre, fix", suffix='su"ffix', speaker="Sergei Lavrov",
    speaker_written="Sergey Lavrov",
    tags=["framing/threat", "diplomasi"], verdict="", note="catatan; penting",
    anchor="reanchored", created_at="2024-01-01T10:00:00", updated_at="2024-01-02T11:00:00",
    coder="Ana",
)  # fmt: skip


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_lists_every_field():
    assert next(csv.reader(io.StringIO(export_csv([])))) == list(CSV_COLUMNS)


def test_one_row_per_annotation_with_every_field_round_tripping():
    [row] = rows(export_csv([(ARTICLE, [QUOTE])]))
    assert row == {
        "article_id": "7", "article_title": ARTICLE.title, "source": "MINA",
        "authors": "sajadi", "published": "2021-12-22", "published_partial": "",
        "published_inferred": "", "url": "https://minanews.net/x", "annotation_id": "3",
        "kind": "quote", "exact": QUOTE.exact,
        "speaker": "Sergei Lavrov", "speaker_written": "Sergey Lavrov",
        "tags": "framing/threat; diplomasi", "verdict": "",
        "note": "catatan; penting", "start": "10", "end": "45", "prefix": "pre, fix",
        "suffix": 'su"ffix', "anchor": "reanchored", "created_at": "2024-01-01T10:00:00",
        "updated_at": "2024-01-02T11:00:00", "coder": "Ana", "language": ARTICLE.language,
        "article_uuid": ARTICLE.uuid, "annotation_uuid": QUOTE.uuid,
    }  # fmt: skip


def test_rows_follow_article_then_reading_order():
    second = Annotation(id=4, article_id=7, kind="claim", exact="b", start=50, end=51)
    other = Article(id=8, title="Lain")
    first = Annotation(id=9, article_id=8, kind="highlight", exact="c", start=0, end=1)
    ids = [
        r["annotation_id"] for r in rows(export_csv([(ARTICLE, [QUOTE, second]), (other, [first])]))
    ]
    assert ids == ["3", "4", "9"]


def test_bom_is_optional_and_comes_first():
    assert not export_csv([(ARTICLE, [QUOTE])]).startswith("\ufeff")
    with_bom = export_csv([(ARTICLE, [QUOTE])], bom=True)
    assert with_bom.startswith("\ufeffarticle_id,")
    assert rows(with_bom.removeprefix("\ufeff"))[0]["exact"] == QUOTE.exact


def test_accents_survive_a_utf8_file_round_trip(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text(export_csv([(ARTICLE, [QUOTE])], bom=True), encoding="utf-8", newline="")
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f))["article_title"] == ARTICLE.title


def test_formulas_are_neutralised_for_spreadsheets():
    from dataclasses import replace

    evil = replace(QUOTE, exact="=HYPERLINK(\"http://x\",\"klik\")", note="+1 setuju",
                   speaker="@lavrov", prefix="-2", suffix="\tx")
    article = replace(ARTICLE, title="\r=cmd")
    [row] = rows(export_csv([(article, [evil])], bom=True)[1:])  # for Excel: safe by default
    assert row["exact"] == "'=HYPERLINK(\"http://x\",\"klik\")"
    assert (row["note"], row["speaker"], row["prefix"], row["suffix"], row["article_title"]) == (
        "'+1 setuju", "'@lavrov", "'-2", "'\tx", "'\r=cmd")
    assert row["start"] == "10" and row["tags"] == "framing/threat; diplomasi"  # untouched
    [default] = rows(export_csv([(article, [evil])]))  # safe without a BOM too (issue 17.4)
    assert default["exact"] == "'=HYPERLINK(\"http://x\",\"klik\")"
    [raw] = rows(export_csv([(article, [evil])], spreadsheet_safe=False))  # for scripts
    assert raw["exact"] == evil.exact
    [forced] = rows(export_csv([(article, [evil])], spreadsheet_safe=True))
    assert forced["note"] == "'+1 setuju"
    [unsafe] = rows(export_csv([(article, [evil])], bom=True, spreadsheet_safe=False)[1:])
    assert unsafe["note"] == "+1 setuju"


_CELLS = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.booleans(),
                   st.text(), st.text(alphabet=',"\r\n =+-@\t\'aé;\x07\u202e\u202c\u2066\u2069'))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_CELLS, min_size=2, max_size=6), max_size=5), st.booleans())
def test_cells_are_written_as_csv_writer_writes_them(rows, safe):
    """``csv_cell`` (the export's own quoting, issue 12) gives what ``csv.writer`` gives:
    commas, quotes, line ends, formulas, numbers, None, any text."""
    expected = io.StringIO()
    writer = csv.writer(expected)
    for row in rows:
        writer.writerow([spreadsheet_cell(v) for v in row] if safe else row)
    assert "".join(",".join(csv_cell(v, safe) for v in row) + "\r\n"
                   for row in rows) == expected.getvalue()


def test_the_export_is_what_csv_writer_writes():
    evil = Annotation(id=4, article_id=7, kind="claim", exact='=HYPERLINK("x")', start=None,
                      end=None, note="-2\r\nbaris", tags=["a,b", 'c"d'], anchor="orphan")
    items = [(ARTICLE, [QUOTE, evil])]
    for safe in (True, False):
        expected = io.StringIO()
        writer = csv.writer(expected)
        writer.writerow(CSV_COLUMNS)
        for a in (QUOTE, evil):
            row = [ARTICLE.id, ARTICLE.title, ARTICLE.source, ARTICLE.authors,
                   ARTICLE.published, ARTICLE.published_partial, "", ARTICLE.url, a.id,
                   a.kind, a.exact, a.speaker,
                   a.speaker_written, "; ".join(a.tags), a.verdict, a.note, a.start, a.end,
                   a.prefix, a.suffix, a.anchor, a.created_at, a.updated_at, a.coder,
                   ARTICLE.language,
                   ARTICLE.uuid, a.uuid]
            writer.writerow([spreadsheet_cell(v) for v in row] if safe else row)
        assert export_csv(items, spreadsheet_safe=safe) == expected.getvalue()


def test_the_written_speaker_is_beside_the_library_s_and_only_with_one():
    """The library's person (what filters and groups by), then how the quote's article
    writes them when it writes them otherwise; none without a speaker."""
    [row] = rows(export_csv([(ARTICLE, [QUOTE])]))
    assert (row["speaker"], row["speaker_written"]) == ("Sergei Lavrov", "Sergey Lavrov")
    assert CSV_COLUMNS[CSV_COLUMNS.index("speaker") + 1] == "speaker_written"
    unnamed = Annotation(id=5, article_id=7, kind="quote", exact="x", start=0, end=1,
                         speaker="", speaker_written="Sergey Lavrov")
    [row] = rows(export_csv([(ARTICLE, [unnamed])]))
    assert (row["speaker"], row["speaker_written"]) == ("", "")


def test_a_date_whose_year_was_inferred_or_not_given_says_so():
    """R13-8: the Markdown export says "2021-12-22 [inferred]" and "22/12 [no year]"; the
    CSV wrote the bare date, so a spreadsheet could not tell a given year from a guessed
    one, and a year-less date was left out."""
    inferred = dataclasses.replace(ARTICLE, published_inferred=True)
    no_year = dataclasses.replace(ARTICLE, published="", published_partial="--12-22")
    [given], [guessed], [partial] = (rows(export_csv([(a, [QUOTE])], spreadsheet_safe=False))
                                     for a in (ARTICLE, inferred, no_year))
    assert (given["published"], given["published_inferred"]) == ("2021-12-22", "")
    assert (guessed["published"], guessed["published_inferred"]) == ("2021-12-22", "true")
    assert (partial["published"], partial["published_partial"]) == ("", "--12-22")
    [safe] = rows(export_csv([(no_year, [QUOTE])]))  # (a spreadsheet shows it as written)
    assert safe["published_partial"] == "'--12-22"


def test_a_cell_closes_the_bidi_scopes_it_leaves_open_as_the_bidi_algorithm_pairs_them():
    """Review R18-5: an open override reordered the cells after it in a row read as text.
    Closed at the cell's end, innermost first; a PDF does not close an isolate, a PDI
    closes its isolate and what opened inside it, a stray closer closes nothing."""
    from reader.core.export.csv_export import inert_text

    rlo, rle, pdf, rli, fsi, pdi = "\u202e", "\u202b", "\u202c", "\u2067", "\u2068", "\u2069"
    assert inert_text("plain é 😀") == "plain é 😀"
    assert inert_text("a\x07b\x1b[2J\x9b\tc\r\nd") == "ab[2J\tc\r\nd"
    assert inert_text(f"{rlo}x") == f"{rlo}x{pdf}"
    assert inert_text(f"{rli}{rlo}x{pdf}") == f"{rli}{rlo}x{pdf}{pdi}"
    assert inert_text(f"{rle}{fsi}x{pdf}") == f"{rle}{fsi}x{pdf}{pdi}{pdf}"
    assert inert_text(f"{rli}{rlo}x{pdi}y") == f"{rli}{rlo}x{pdi}y"
    assert inert_text(f"{pdf}{pdi}x{rlo}") == f"{pdf}{pdi}x{rlo}{pdf}"
    assert spreadsheet_cell("\x07=1+1") == "'=1+1"  # (a control hid the formula start)


def test_a_control_that_ends_a_line_is_a_line_end_of_the_cell_not_nothing():
    """Reread19: a vertical tab (a word processor's line break, kept by a text import), a
    form feed or a NEL was dropped, and the words either side ran together ("naikdan")."""
    from reader.core.export.csv_export import inert_text

    assert inert_text("Harga naik\x0bdan kami siap\x85menghadapi\x0cnya") == (
        "Harga naik\ndan kami siap\nmenghadapi\nnya")
    article = Article(id=1, title="T", text="x", uuid="u")
    note = Annotation(id=1, article_id=1, start=0, end=1, exact="a\x0bb", kind="quote",
                      note="baris satu\x0bbaris dua\x07")
    [row] = csv.DictReader(io.StringIO(export_csv([(article, [note])])))
    assert (row["exact"], row["note"]) == ("a\nb", "baris satu\nbaris dua")
