"""`kutip suggest`: list the detected quotes and claims, or store them."""

from __future__ import annotations

import json
import re

from reader.core.library import Library

LAVROV = "Kami tidak ingin berperang"


def test_lists_quotes_with_speaker_role_and_reason(run):
    result = run("suggest", "1", "--kind", "quote")
    assert result.exit_code == 0
    out = result.output
    assert re.search(rf"^quote \d+–\d+: “{LAVROV}”$", out, re.M)
    assert "speaker: Sergey Lavrov (Menteri Luar Negeri (Menlu) Rusia)" in out
    assert "reason:  quotation attributed by 'kata Lavrov'" in out
    assert out.count("speaker: Sergey Lavrov") == 3
    assert out.count("speaker: Karen Donfried (Asisten Menlu AS)") == 2
    assert "5 suggestion(s)" in out
    assert "claim " not in out


def test_default_lists_quotes_and_claims(run):
    out = run("suggest", "1").output
    assert "quote " in out and "claim " in out
    assert "reported assertion" in out


def test_json(run):
    result = run("suggest", "1", "--kind", "quote", "--json")
    data = json.loads(result.output)
    assert [d["speaker"] for d in data] == ["Sergey Lavrov"] * 3 + ["Karen Donfried"] * 2
    assert data[0]["exact"] == LAVROV
    assert set(data[0]) >= {"kind", "start", "end", "exact", "speaker", "speaker_role", "reason"}


def test_accept_stores_the_quotes(run, db_path):
    result = run("suggest", "1", "--accept")
    assert result.exit_code == 0
    assert re.search(rf"quote “{LAVROV}” \(\d+–\d+\) by Sergey Lavrov", result.output)
    assert "Stored 5 annotation(s)." in result.output
    # a guessed speaker is stored marked, and the command says so (reviewer F8)
    assert re.search(r"by Karen Donfried \(a guess: tagged check-speaker\)", result.output)
    assert re.search(r"\d speaker\(s\) are guesses, tagged check-speaker: check them "
                     r"\(kutip list --tag check-speaker\)\.", result.output)
    listed = run("list", "--tag", "check-speaker")
    assert listed.exit_code == 0 and "AS dan Rusia akan Berunding" in listed.output
    with Library(db_path) as library:
        notes = library.annotations.for_article(1)
        assert [n.kind for n in notes] == ["quote"] * 5
        assert [n.speaker for n in notes] == ["Sergey Lavrov"] * 3 + ["Karen Donfried"] * 2
        assert library.speakers.get("Karen Donfried").description == "Asisten Menlu AS"
    again = run("suggest", "1", "--kind", "quote")
    assert "No suggestions." in again.output
    assert "Stored 0 annotation(s)." in run("suggest", "1", "--accept").output


def test_accept_claims_json(run, db_path):
    result = run("suggest", "1", "--accept", "--kind", "claim", "--json")
    data = json.loads(result.output)
    assert data and {d["kind"] for d in data} == {"claim"}
    assert {d["verdict"] for d in data} == {"unchecked"}


def test_dismissed_are_not_listed(run, db_path):
    run("list")
    with Library(db_path) as library:
        first = library.suggestions.for_article(1, kinds="quote")[0]
        library.suggestions.dismiss(1, first)
    out = run("suggest", "1", "--kind", "quote").output
    assert LAVROV not in out
    assert "4 suggestion(s)" in out


def test_unknown_article_is_one_line(run):
    result = run("suggest", "99")
    assert result.exit_code == 1
    assert "There is no article 99." in result.output
    assert "Traceback" not in result.output
