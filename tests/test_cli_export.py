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


LOCALES = [  # (environment, the language Qt's system locale speaks there)
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "id_ID.UTF-8"}, "id"),
    ({"LANG": "id_ID.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, "id"),
    ({"LANG": "id_ID.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "id"}, "id"),
    ({"LANG": "id_ID.UTF-8", "LANGUAGE": "en_US:id"}, "en"),
    ({"LANG": "C", "LANGUAGE": "id"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "id_ID.UTF-8"}, "en"),
    ({"LANG": "in_ID.UTF-8"}, "id"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
]


@pytest.mark.parametrize("environ, language", LOCALES)
def test_without_lang_the_export_is_in_the_locales_language(tagged, monkeypatch, environ,
                                                            language):
    """R13-10's --lang defaulted to English: a user whose locale is Indonesian got English
    labels from `kutip export` and Indonesian ones from the app (its Export dialog starts
    in the interface's language, which follows the locale). Both follow the locale now."""
    for name in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    said = {"id": "— Sergey Lavrov, dalam *", "en": "— Sergey Lavrov, in *"}
    assert said[language] in tagged("export", "--article", "1").output
    other = "en" if language == "id" else "id"
    assert said[other] in tagged("export", "--article", "1", "--lang", other).output
    trail = tagged("trail", "1", "--markdown").output
    assert trail.startswith({"id": "# Jejak kutipan:", "en": "# Quote trail:"}[language])


def test_the_cli_reads_the_locale_as_the_app_does():
    """The app's interface language (``reader.app.i18n.system_language``: Qt's system
    locale, read in a fresh process) and ``locale_language`` agree on every environment of
    ``LOCALES``: the language exports are written in without a choice."""
    import os
    import subprocess
    import sys

    from reader.core.export.language import locale_language

    code = "from reader.app.i18n import system_language; print(system_language())"
    for environ, language in LOCALES:
        env = {k: v for k, v in os.environ.items()
               if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC")}
        qt = subprocess.run([sys.executable, "-c", code], env=env | environ, check=True,
                            capture_output=True, text=True).stdout.strip()
        assert (qt, locale_language(environ)) == (language, language), environ


def test_export_lang_writes_the_labels_in_indonesian(tagged):
    """R13-10: --lang id; English by default in the tests' C locale; an unknown language is
    a usage error."""
    out = tagged("export", "--article", "1", "--lang", "id").output
    assert "— Sergey Lavrov, dalam *AS dan Rusia" in out and "Label: perang" in out
    assert "*Catatan:* catatan é" in out and "Tags:" not in out
    assert "— Sergey Lavrov, in *" in tagged("export", "--article", "1").output
    assert tagged("export", "--lang", "fr").exit_code == 2
