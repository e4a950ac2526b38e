"""`kutip export` and `kutip import-annotations`, as a user types them."""

from __future__ import annotations

import json

import pytest

from reader.core.library import open_library

LAVROV = "Kami tidak ingin berperang"


@pytest.fixture
def tagged(run):
    assert run("annotate", "1", LAVROV, "--speaker", "Sergey Lavrov", "--tag", "perang",
               "--note", "catatan é").exit_code == 0
    return run


def test_export_markdown_to_stdout(tagged):
    result = tagged("export")
    assert result.exit_code == 0
    assert f"> {LAVROV}" in result.output
    assert "— Sergey Lavrov, in *AS dan Rusia akan Berunding Tentang Ukraina*" in result.output


def test_export_group_hashtags_article_and_search(tagged):
    out = tagged("export", "--group", "speaker", "--hashtags", "--article", "1").output
    assert "## Sergey Lavrov" in out and "Tags: #perang" in out
    assert LAVROV in tagged("export", "--search", "berperang").output
    assert LAVROV not in tagged("export", "--search", "zzzzz").output
    both = tagged("export", "--article", "1", "--search", "x")
    assert both.exit_code == 2


def test_export_csv_with_bom_to_a_file(tagged, tmp_path):
    target = tmp_path / "out.csv"
    result = tagged("export", "--format", "csv", "--bom", "--output", str(target))
    assert result.exit_code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "catatan é".encode() in data
    assert b"\r\n" in data and b"\r\r\n" not in data


def test_export_csv_spreadsheet_safe_or_raw(run):
    run("annotate", "1", LAVROV, "--note", "=1+2")
    assert ",'=1+2," in run("export", "--format", "csv", "--bom").output
    assert ",'=1+2," in run("export", "--format", "csv").output  # safe without --bom too
    assert ",=1+2," in run("export", "--format", "csv", "--raw").output
    assert ",'=1+2," in run("export", "--format", "csv", "--spreadsheet-safe").output
    assert ",=1+2," in run("export", "--format", "csv", "--bom", "--raw").output
    assert "--spreadsheet-safe / --raw" in run("export", "--help").output


def test_broken_template_is_one_line_with_the_line_number(tagged, tmp_path):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("# {{ heading }}\n\n{% for g in groups %}\n{{ g.name | nope }}\n"
                   "{% endfor %}\n", encoding="utf-8")
    result = tagged("export", "--template", str(bad))
    assert result.exit_code == 1
    assert "line 4" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_article_is_an_error(tagged):
    result = tagged("export", "--article", "42")
    assert result.exit_code == 1
    assert "There is no article 42" in result.output


def test_import_annotations_round_trip(tagged, tmp_path):
    exported = tmp_path / "a.json"
    assert tagged("export", "--format", "json", "-o", str(exported)).exit_code == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["total"] == 1
    other = tmp_path / "other.sqlite"
    open_library(other, seed=True).close()  # another library that holds the same article
    first = tagged("import-annotations", str(exported), db=other)
    assert first.exit_code == 0
    assert "1 imported, 0 already present, 0 orphaned, 0 unmatched" in first.output
    again = tagged("import-annotations", str(exported), db=other)
    assert "0 imported, 1 already present" in again.output
    shown = tagged("show", "1", "--no-text", db=other).output
    assert LAVROV in shown and "Sergey Lavrov" in shown and "perang" in shown


def test_import_annotations_bad_file(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run("import-annotations", str(bad))
    assert result.exit_code == 1 and "not a JSON file" in result.output
    bad.write_text('{"type": "Something"}', encoding="utf-8")
    result = run("import-annotations", str(bad))
    assert result.exit_code == 1 and "not a Web Annotation document" in result.output


def test_export_lang_writes_the_labels_in_indonesian(tagged):
    """R13-10: --lang id; English stays the default; an unknown language is a usage error."""
    out = tagged("export", "--article", "1", "--lang", "id").output
    assert "— Sergey Lavrov, dalam *AS dan Rusia" in out and "Label: perang" in out
    assert "*Catatan:* catatan é" in out and "Tags:" not in out
    assert "— Sergey Lavrov, in *" in tagged("export", "--article", "1").output
    assert tagged("export", "--lang", "fr").exit_code == 2
