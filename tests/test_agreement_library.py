"""``library.agreement`` and ``kutip agreement`` (issue 14): which articles and coders are
compared, and the report from the command line."""

import json

import pytest

from reader.core.agreement import NO_SPEAKER
from reader.core.library import Cancelled, LibraryError

LAVROV = "Kami tidak ingin berperang"


def code(lib, coder, article_id, exact, **fields):
    lib.coders.use(coder)
    return lib.annotations.add_exact(article_id, exact, **fields)


def test_double_coded_articles_are_compared_by_default(seeded_library, seed_id):
    lib = seeded_library
    [(_, other_id)] = lib.imports.text("Lain\n\nHanya Ana yang membaca artikel ini.").imported
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov", tags=["framing"])
    code(lib, "Budi", seed_id, LAVROV, kind="quote", speaker="Sergey Lavrov",
         tags=["framing"])
    code(lib, "Ana", other_id, "Ana", kind="highlight", tags=["framing"])
    report = lib.agreement.report()
    assert report.coders == ["Ana", "Budi"] and report.articles == 1
    framing = next(c for c in report.comparisons if c.what == "tag framing")
    assert framing.alpha == pytest.approx(1.0) and framing.percent == 1.0
    speaker = next(c for c in report.comparisons if c.what == "speaker")
    assert speaker.units == 1 and speaker.percent == 1.0  # aliases: the same speaker
    with_other = lib.agreement.report(article_ids=[seed_id, other_id])
    assert with_other.articles == 2
    framing = next(c for c in with_other.comparisons if c.what == "tag framing")
    assert framing.alpha < 1.0


def test_the_report_says_how_far_it_got_and_can_be_stopped(seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov", tags=["framing"])
    code(lib, "Budi", seed_id, LAVROV, kind="highlight", tags=["framing", "perang"])
    steps = []
    report = lib.agreement.report(collection="", article_ids=[seed_id],
                                  progress=lambda *step: steps.append(step))
    lines = len(report.comparisons)  # framing, perang, quote, highlight, speaker
    assert lines == 5 and steps[0][0] == "reading"
    assert [s for s in steps if s[0] == "comparing"] == [
        ("comparing", done, lines) for done in range(lines + 1)]
    asked = []

    def stop_at_the_third_line():
        asked.append(1)
        return sum(s[0] == "comparing" for s in steps) >= 3

    steps.clear()
    with pytest.raises(Cancelled):
        lib.agreement.report(article_ids=[seed_id], progress=lambda *s: steps.append(s),
                             should_cancel=stop_at_the_third_line)
    assert sum(s[0] == "comparing" for s in steps) == 3 and len(asked) > 3


def test_the_quote_without_a_speaker_is_a_value_not_a_gap(seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote")
    code(lib, "Budi", seed_id, LAVROV, kind="quote", speaker="Lavrov")
    speaker = next(c for c in lib.agreement.report().comparisons if c.what == "speaker")
    assert speaker.units == 1 and speaker.percent == 0.0
    assert NO_SPEAKER.startswith("(")


def test_refusals_are_one_line(seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote")
    for kwargs in ({}, {"coders": ["Ana"]}, {"coders": ["Ana", "Zed"]},
                   {"unit": "sentence"}, {"collection": "Tidak ada"}, {"tag": "tidak-ada"}):
        with pytest.raises(LibraryError) as caught:
            lib.agreement.report(**kwargs)
        assert "\n" not in str(caught.value)


def test_cli_agreement_text_and_json(run, seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", tags=["framing"])
    code(lib, "Budi", seed_id, "tidak ingin berperang", kind="quote", tags=["framing"])
    lib.collections.create("Studi")
    lib.collections.add([seed_id], lib.collections.id_of("Studi"))
    shown = run("agreement", "--coders", "ana,BUDI")
    assert shown.exit_code == 0, shown.output
    assert "tag framing" in shown.output and "Ana × Budi: κ" in shown.output
    data = json.loads(run("agreement", "--collection", "Studi", "--tag", "framing",
                          "--unit", "token", "--json").output)
    [line] = data["comparisons"]
    assert line["what"] == "tag framing" and line["unit"] == "token"
    assert 0 < line["alpha"] < 1 and line["pairs"][0]["coder_a"] == "Ana"
    refused = run("agreement", "--coders", "Ana")
    assert refused.exit_code == 1 and "at least two coders" in refused.output
    unknown = run("agreement", "--tag", "tidak-ada")  # not an empty report with exit 0
    assert unknown.exit_code == 1 and "There is no tag “tidak-ada”." in unknown.output
    assert len(unknown.output.strip().splitlines()) == 1


def test_the_cli_offers_the_units_agreement_knows():
    from reader.cli_agreement import UNITS as CLI_UNITS
    from reader.core.agreement import UNITS

    assert CLI_UNITS == UNITS


def test_cli_agreement_markdown_and_csv_state_the_unit(run, seeded_library, seed_id, tmp_path):
    import csv
    import io

    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", tags=["=framing"], speaker="Lavrov")
    code(lib, "Budi", seed_id, "tidak ingin berperang", kind="quote", tags=["=framing"],
         speaker="Lavrov")
    shown = run("agreement", "--format", "markdown", "--unit", "token")
    assert shown.exit_code == 0, shown.output
    md = shown.output
    assert md.startswith("# Inter-coder agreement")
    assert "the unit of analysis is the token" in md
    assert "| Compared | Unit of analysis | Units | α | % agreement | κ Ana × Budi |" in md
    assert "| Tag: =framing | word tokens |" in md  # (the names the dialog shows)
    assert "| Speaker | matched quotes | 1 |" in md
    assert "## Warnings" in md and "not reliable on so few" in md

    out = tmp_path / "agreement.csv"
    assert run("agreement", "--format", "csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    first = rows[0]
    assert (first["compared"], first["name"], first["label"], first["unit"],
            first["coders"]) == ("tag", "'=framing", "Tag: =framing", "character",
                                 "Ana | Budi")  # formula-safe for spreadsheets
    assert float(first["alpha"]) == pytest.approx(json.loads(run(
        "agreement", "--json").output)["comparisons"][0]["alpha"], abs=1e-6)
    pair = rows[1]
    assert pair["coders"] == "Ana | Budi" and pair["alpha"] == "" and pair["kappa"] != ""
    raw = run("agreement", "--format", "csv", "--raw").output
    assert raw.splitlines()[1].startswith("tag,=framing,Tag: =framing,")
    text = tmp_path / "agreement.txt"
    assert run("agreement", "-o", str(text)).exit_code == 0
    assert "Ana × Budi: κ" in text.read_text(encoding="utf-8")


def test_the_engines_check_speaker_mark_is_compared_only_when_asked(seeded_library, seed_id):
    """Review R17-6: the tag a suggestion brings with an unsure speaker is no coder's choice."""
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov",
         tags=["check-speaker", "framing"])
    code(lib, "Budi", seed_id, LAVROV, kind="quote", speaker="Lavrov", tags=["framing"])
    compared = [c.what for c in lib.agreement.report().comparisons]
    assert "tag framing" in compared and "tag check-speaker" not in compared
    asked = lib.agreement.report(tag="check-speaker")
    assert [c.what for c in asked.comparisons] == ["tag check-speaker"]


def test_the_report_files_name_what_is_compared_as_the_dialog_does_in_either_language(
        run, seeded_library, seed_id, tmp_path):
    """The Markdown and CSV wrote "kind quote" (the engine's key) where the dialog shows
    "Kind: quote" / "Jenis: kutipan": a methods section quotes the table in the paper's
    language (``--lang``, the app's export language), and a script reading the CSV keeps
    its stable ids (``compared``, ``name``, ``unit``) in every language."""
    import csv
    import io

    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov")
    code(lib, "Budi", seed_id, "tidak ingin berperang", kind="quote", speaker="Lavrov")
    english = run("agreement", "--format", "markdown", "--lang", "en").output
    assert "| Kind: quote | characters |" in english and "kind quote" not in english
    md = run("agreement", "--format", "markdown", "--lang", "id").output
    assert md.startswith("# Kesepakatan antarpengode\n")
    assert "Artikel yang dibandingkan: 1. Pengode: Ana, Budi." in md
    assert "satuan analisisnya adalah karakter dalam teks artikel" in md
    assert ("| Dibandingkan | Satuan analisis | Satuan | α | % kesepakatan | κ Ana × Budi |"
            in md)
    assert "| Jenis: kutipan | karakter |" in md
    assert "| Narasumber | kutipan yang dipasangkan | 1 |" in md
    assert "## Peringatan" in md and "not reliable" not in md
    for english_word in ("Kind", "Speaker", "Compared", "Articles compared", "Warnings"):
        assert english_word not in md, english_word
    token = run("agreement", "--format", "markdown", "--lang", "id", "--unit", "token").output
    assert "satuan analisisnya adalah token dalam teks artikel" in token
    assert "(sebuah token kata terhitung tercakup bila tersentuh sebuah anotasi)." in token

    rows: dict[tuple[str, str], dict[str, str]] = {}
    for r in csv.DictReader(io.StringIO(run("agreement", "--format", "csv", "--lang",
                                            "id").output)):
        rows.setdefault((r["compared"], r["name"]), r)  # (the all-coders row, then pairs)
    quote = rows[("kind", "quote")]
    assert (quote["label"], quote["unit"]) == ("Jenis: kutipan", "character")
    assert rows[("speaker", "")]["label"] == "Narasumber"
    assert rows[("speaker", "")]["warnings"] and "reliable" not in rows[("speaker", "")][
        "warnings"]


def test_every_word_of_the_report_files_is_in_the_indonesian_catalogue():
    from reader.core.export import agreement
    from reader.core.export.language import _catalogue
    from reader.core.messages import fields

    words = _catalogue("id")
    messages = [*agreement._COMPARED.values(), *agreement._KINDS.values(),
                *agreement._UNITS.values(), *agreement._UNIT_ONE.values(),
                *agreement._WORDS.values()]
    for message in messages:
        found = words.get(message.code, {}).get(message.template)
        assert found and fields(found) == fields(message.template), message.template


@pytest.mark.parametrize("collection", [False, True])
def test_the_coders_at_work_are_those_with_annotations_where_the_report_looks(
        seeded_library, seed_id, collection):
    """Review R17-6's leftover: the dialog ticked every coder with annotations anywhere;
    one with none in the articles compared counts as disagreeing everywhere."""
    from reader.core.models import ImportedArticle

    lib = seeded_library
    other, _ = lib.articles.add(ImportedArticle(title="Lain", text="Berita lain di sini.",
                                                content_hash="lain"))
    code(lib, "Ana", seed_id, LAVROV, kind="quote")
    code(lib, "Cici", seed_id, "tidak ingin berperang", kind="quote")
    code(lib, "Eka", other, "Berita lain", kind="highlight")
    code(lib, "Dodi", other, "di sini", kind="highlight")
    assert {c.name for c in lib.agreement.coders()} == {"Ana", "Cici", "Dodi", "Eka"}
    assert lib.agreement.coder_names() == [c.name for c in lib.agreement.coders()]
    if collection:
        lib.collections.add([other], lib.collections.id_of("Lain", create=True))
        assert set(lib.agreement.coders_at_work("Lain")) == {"Dodi", "Eka"}
        return
    # the double-coded articles: the seed (Ana, Cici) and the other (Dodi, Eka)
    assert set(lib.agreement.coders_at_work()) == {"Ana", "Cici", "Dodi", "Eka"}
    lib.annotations.delete(next(n.id for n in lib.annotations.for_article(other)
                                if n.coder == "Eka"))
    assert set(lib.agreement.coders_at_work()) == {"Ana", "Cici"}
