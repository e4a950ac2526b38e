"""REFI-QDA exchange (issue 14): `.qdpx` and `.qdc` valid against the published schemas
(tests/data/refi, see SOURCE.md there), and projects read back — Kutip's own, one made by
ATLAS.ti, and the shapes other tools write (inline text, CRLF, braced upper-case GUIDs,
one selection coded by several users)."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reader.core.export import refi
from reader.core.library import open_library

REFI = Path(__file__).parent / "data" / "refi"


def _schema(name):
    return etree.XMLSchema(etree.parse(str(REFI / name)))


@pytest.fixture
def coded(seeded_library, seed_id):
    library = seeded_library
    library.coders.use("Ana")
    library.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote",
                                  speaker="Lavrov", tags=["framing/diplomacy"],
                                  note="di Moskow")
    library.annotations.add_exact(seed_id, "Rusia", kind="claim", verdict="misleading",
                                  tags=["actor"])
    library.coders.use("Budi")
    library.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote",
                                  speaker="Sergey Lavrov", tags=["framing"])
    library.annotations.add_exact(seed_id, "Ukraina", kind="highlight")
    library.tags.recolour("framing", "#123abc")
    return library


def _codings(library):
    return sorted((n.uuid, n.kind, n.start, n.end, n.exact, tuple(n.tags), n.speaker,
                   n.verdict, n.coder, n.note) for n in library.annotations.where())


def test_a_qdpx_export_is_valid_against_project_xsd(coded, tmp_path):
    summary = coded.exchange.export_qdpx(tmp_path / "study.qdpx")
    assert (summary.articles, summary.annotations) == (1, 4)
    with zipfile.ZipFile(tmp_path / "study.qdpx") as archive:
        document = etree.fromstring(archive.read("project.qde"))
        article = coded.articles.get(coded.articles.ids()[0])
        assert archive.read(f"sources/{article.uuid}.txt").decode() == \
            coded.articles.text(article.id)
    schema = _schema("Project.xsd")
    assert schema.validate(document), schema.error_log
    ns = {"q": refi.PROJECT_NS}
    assert sorted(u.get("name") for u in document.findall("q:Users/q:User", ns)) == [
        "Ana", "Budi", "default"]
    framing = document.find(".//q:Code[@name='framing']", ns)
    assert framing.get("color") == "#123abc"
    assert framing.find("q:Code", ns).get("name") == "diplomacy"  # nested as the path
    selections = document.findall(".//q:PlainTextSelection", ns)
    assert len(selections) == 4
    users = {u.get("guid"): u.get("name") for u in document.findall("q:Users/q:User", ns)}
    assert sorted(users[s.get("creatingUser")] for s in selections) == [
        "Ana", "Ana", "Budi", "Budi"]


def test_a_qdc_codebook_is_valid_against_codebook_xsd(coded, tmp_path):
    assert coded.exchange.export_qdc(tmp_path / "codes.qdc") == len(coded.tags.all())
    document = etree.parse(str(tmp_path / "codes.qdc"))
    schema = _schema("Codebook.xsd")
    assert schema.validate(document), schema.error_log
    names = {c.get("name") for c in document.iter(f"{{{refi.CODEBOOK_NS}}}Code")}
    assert {"framing", "diplomacy", "actor", "Kutip kind", "quote"} <= names


def test_a_qdpx_imports_back_with_the_same_codings(coded, tmp_path):
    coded.exchange.export_qdpx(tmp_path / "study.qdpx")
    other = open_library(tmp_path / "other.sqlite", seed=False)
    report = other.exchange.import_qdpx(tmp_path / "study.qdpx")
    assert (report.articles_added, report.annotations_added) == (1, 4)
    assert _codings(other) == _codings(coded)
    assert other.articles.text(other.articles.ids()[0]) == coded.articles.text(
        coded.articles.ids()[0])
    assert {t.name: t.colour for t in other.tags.all()}["framing"] == "#123abc"
    again = other.exchange.import_qdpx(tmp_path / "study.qdpx")
    assert not again.changed_anything and again.annotations_skipped == 4
    # into the library it came from: nothing new either
    assert not coded.exchange.import_qdpx(tmp_path / "study.qdpx").changed_anything
    other.close()


def test_a_project_made_by_atlas_ti_brings_its_users_and_nested_codes(fresh_library):
    report = fresh_library.exchange.import_qdpx(REFI / "atlas-target-project.qdpx")
    assert report.coders_added == 2 and report.tags_added == 3
    assert {"Enric Llagostera", "ATLAS.ti"} <= {c.name for c in fresh_library.coders.all()}
    assert {t.name for t in fresh_library.tags.all()} == {
        "Commits", "Commits/2022-05-10T02:05:59Z 19e4dce",
        "Commits/2022-02-11T10:39:25Z cdbfd92"}


OTHER_TOOL = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="wawancara" origin="Another QDA 1.0">
 <Users>
  <User guid="{{A1B2C3D4-0000-4000-8000-00000000000A}}" name="rina"/>
  <User guid="A1B2C3D4-0000-4000-8000-00000000000B" name="tono"/>
 </Users>
 <CodeBook><Codes>
  <Code guid="C0DE0000-0000-4000-8000-000000000001" name="Banjir" isCodable="true"
        color="#3366CC"/>
  <Code guid="C0DE0000-0000-4000-8000-000000000002" name="Evakuasi" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Catatan"{where}>
   {text}
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="{start}"
                       endPosition="{end}" creatingUser="A1B2C3D4-0000-4000-8000-00000000000A">
    <Description>dua pengkode</Description>
    <Coding guid="C0D10000-0000-4000-8000-000000000001"
            creatingUser="A1B2C3D4-0000-4000-8000-00000000000A">
     <CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000001"/></Coding>
    <Coding guid="C0D10000-0000-4000-8000-000000000002"
            creatingUser="A1B2C3D4-0000-4000-8000-00000000000B">
     <CodeRef targetGUID="C0DE0000-0000-4000-8000-000000000002"/></Coding>
   </PlainTextSelection>
  </TextSource>
  <PictureSource guid="50000000-0000-4000-8000-000000000002" path="internal://x.png"/>
 </Sources>
</Project>
"""


def _qdpx(path, xml, members=()):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        for name, data in members:
            archive.writestr(name, data)
    return path


def _other_tool(text, start, end, inline=True):
    where = "" if inline else ' plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt"'
    return OTHER_TOOL.format(
        text=f"<PlainTextContent>{text}</PlainTextContent>" if inline else "",
        where=where, start=start, end=end).replace("{{", "{").replace("}}", "}").encode()


def test_crlf_text_in_the_archive_and_a_selection_coded_by_two_users(fresh_library,
                                                                      tmp_path):
    text = "Banjir merendam rumah.\r\nWarga dievakuasi ke masjid.\r\n"
    start = text.index("Warga")
    end = text.index(" ke masjid")
    path = _qdpx(tmp_path / "o.qdpx", _other_tool(text, start, end, inline=False), [
        ("sources/50000000-0000-4000-8000-000000000001.txt", ("\ufeff" + text).encode())])
    report = fresh_library.exchange.import_qdpx(path)
    assert report.skipped_sources == 1 and report.annotations_added == 2
    article = fresh_library.articles.ids()[0]
    assert "\r" not in fresh_library.articles.text(article)
    notes = {n.coder: n for n in fresh_library.annotations.where()}
    assert sorted(notes) == ["rina", "tono"]
    assert notes["rina"].exact == notes["tono"].exact == "Warga dievakuasi"
    assert (notes["rina"].tags, notes["tono"].tags) == (["Banjir"], ["Evakuasi"])
    assert notes["rina"].note == "dua pengkode" and notes["rina"].kind == "highlight"
    assert notes["rina"].uuid == "5e100000-0000-4000-8000-000000000001"
    inline = _other_tool("Warga dievakuasi ke masjid.", 0, 5)
    other = open_library(tmp_path / "inline.sqlite", seed=False)
    other.exchange.import_qdpx(_qdpx(tmp_path / "inline.qdpx", inline))
    assert {n.exact for n in other.annotations.where()} == {"Warga"}
    other.close()
    assert {t.name: t.colour for t in fresh_library.tags.all()}["Banjir"] == "#3366cc"


BAD = {
    "not a zip": (lambda p: p.write_bytes(b"<Project/>"), "not a zip archive"),
    "no project.qde": (lambda p: _zip_without(p), "no project.qde"),
    "not XML": (lambda p: _qdpx(p, b"<Project><Sources>"), "not valid XML"),
    "offsets": (lambda p: _qdpx(p, _other_tool("pendek", 2, 90)),
                "outside the source's text"),
    "text outside the file": (
        lambda p: _qdpx(p, b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>'
                           b'<TextSource guid="50000000-0000-4000-8000-000000000001"'
                           b' plainTextPath="file:///etc/passwd"/></Sources></Project>'),
        "outside the project file"),
    "an entity": (
        lambda p: _qdpx(p, b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM'
                           b' "file:///etc/hostname">]><Project xmlns="urn:QDA-XML:project:1.0"'
                           b' name="x"><Sources><TextSource guid="50000000-0000-4000-8000-'
                           b'000000000001"><PlainTextContent>&x;</PlainTextContent>'
                           b'<PlainTextSelection guid="5E100000-0000-4000-8000-000000000001"'
                           b' startPosition="0" endPosition="3"/></TextSource></Sources>'
                           b'</Project>'),
        "outside the source's text"),  # the entity is never read: the text is empty
}


def _zip_without(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sources/a.txt", "teks")


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_qdpx_is_one_line_and_changes_nothing(seeded_library, tmp_path, case):
    make, message = BAD[case]
    path = tmp_path / "bad.qdpx"
    make(path)
    before = (seeded_library.articles.count(), len(seeded_library.annotations.where()),
              len(seeded_library.tags.all()), len(seeded_library.coders.all()))
    with pytest.raises(ValueError) as error:
        seeded_library.exchange.import_qdpx(path)
    assert message in str(error.value) and "\n" not in str(error.value)
    assert before == (seeded_library.articles.count(), len(seeded_library.annotations.where()),
                      len(seeded_library.tags.all()), len(seeded_library.coders.all()))


def test_the_command_line_exports_and_imports_refi_qda(coded, tmp_path, run):
    out = tmp_path / "study.qdpx"
    assert run("export", "--format", "qdpx", "-o", str(out), db=coded.path).exit_code == 0
    assert run("export", "--format", "qdc", "-o", str(tmp_path / "c.qdc"),
               db=coded.path).exit_code == 0
    assert _schema("Codebook.xsd").validate(etree.parse(str(tmp_path / "c.qdc")))
    result = run("import-qdpx", str(out), db=tmp_path / "new.sqlite")
    assert result.exit_code == 0 and "4 added" in result.output
    (tmp_path / "bad.qdpx").write_bytes(b"junk")
    bad = run("import-qdpx", str(tmp_path / "bad.qdpx"), db=tmp_path / "new.sqlite")
    assert bad.exit_code == 1 and bad.output.count("\n") == 1
