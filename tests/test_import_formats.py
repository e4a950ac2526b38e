"""PDF, Word, OpenDocument, EPUB and e-mail: the text a reader sees, with its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from formats import (
    blank_pdf,
    docx_bytes,
    eml_bytes,
    encrypted_pdf,
    epub_bytes,
    odt_bytes,
    text_pdf,
    w_par,
    zip_bytes,
)

from reader.core.importers import ImportFailed, ImportOptions, read_article, read_articles

FORMATS = Path(__file__).parent / "data" / "formats"
PRESS = FORMATS / "aalto_press_release.pdf"
OPINION = FORMATS / "ca1_calvary_chapel_opinion.pdf"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as info:
        read_article(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


# --- PDF: a real press release --------------------------------------------------------------

@pytest.fixture(scope="module")
def press():
    return read_article(PRESS)


def test_pdf_press_release_title_and_date(press):
    assert press.title == ("AI developed by a group of researchers at Aalto University could "
                           "significantly speed up the search for new materials.")
    assert press.published == "2017-10-05"  # the date the release states, not the file's
    assert press.original_format == "pdf"


def test_pdf_line_end_hyphenation_is_joined(press):
    # the PDF breaks "neu-/ral", "par-/ticular" and "mil-/liseconds" at line ends
    assert "The AI, powered by deep neural networks, makes the prediction" in press.text
    assert "designed specifically for a particular task" in press.text
    assert "in milliseconds compared to minutes" in press.text
    assert "state-of-the-art results" in press.text  # a real hyphen stays


def test_pdf_paragraphs_are_kept_and_lines_joined(press):
    paragraphs = press.text.split("\n\n")
    assert any(p.startswith("When searching for new materials, scientists usually start with a "
                            "large database of potential molecules.") for p in paragraphs)
    assert any(p.startswith("The researchers compared their proposed algorithm")
               for p in paragraphs)
    assert "For further information, please contact:" in paragraphs


def test_pdf_page_number_is_dropped(press):
    assert not any(p.strip() == "1" for p in press.text.split("\n\n"))
    assert press.pages == [(0, "1")]


# --- PDF: a real 17-page court opinion -----------------------------------------------------

@pytest.fixture(scope="module")
def opinion():
    return read_article(OPINION)


def test_pdf_running_footer_and_page_numbers_are_dropped(opinion):
    assert "Case: 20-1507" not in opinion.text
    assert "Document: 00117684624" not in opinion.text
    for number in range(2, 18):
        assert f"- {number} -" not in opinion.text


def test_pdf_hyphens_at_line_ends_keep_compounds_and_ranges(opinion):
    assert "operates an approximately 10,000-square-foot church facility" in opinion.text
    assert "459 F. Supp. 3d 273, 283-288 (D. Me. 2020)." in opinion.text


def test_pdf_paragraph_runs_on_across_a_page_turn_with_the_footnote_after_it(opinion):
    assert ("We have no transcript of that conference, but Governor Mills apparently agreed to "
            "file an expedited response") in opinion.text
    paragraphs = opinion.text.split("\n\n")
    note = next(i for i, p in enumerate(paragraphs)
                if p.startswith("1 The Chapel claimed violations of the Free Exercise Clause"))
    assert paragraphs[note - 1].startswith("Two days later, the district court convened")
    assert paragraphs[note].endswith("42 U.S.C. §§ 2000cc-2000cc-5 (Count X).")


def test_pdf_bullets_become_list_paragraphs(opinion):
    items = [p for p in opinion.text.split("\n\n") if p.startswith("• Executive Order")]
    assert [item[:22] for item in items] == ["• Executive Order 14, ", "• Executive Order 19, ",
                                             "• Executive Order 28, ", "• Executive Order 49, "]
    assert items[0].endswith('gatherings of more than ten people for any "social, personal, '
                             '[or] discretionary events," including "faith-based events."')
    assert items[3].startswith("• Executive Order 49, issued on April 29, provided for "
                               "implementation of Governor Mills's plan to restart")


def test_pdf_page_starts_point_at_each_page(opinion):
    pages = dict((label, start) for start, label in opinion.pages)
    assert [label for _, label in opinion.pages] == [str(n) for n in range(1, 18)]
    assert opinion.text[pages["3"]:].startswith("SELYA, Circuit Judge. This interlocutory")
    assert opinion.text[pages["7"]:].startswith("conference, but Governor Mills")
    assert opinion.published == "2020-12-22"


# --- PDF: two columns -----------------------------------------------------------------------

LEFT = ["Floods displaced thousands of residents in the",
        "capital on Monday, officials said, as rivers burst",
        "their banks after a night of heavy rain. By dawn",
        "the water in the lowest streets had reached the",
        "roofs of parked cars. Rescue teams in rubber boats",
        "worked through the morning, and by noon the water"]
RIGHT = [(311, "had risen by two metres in the worst-hit districts."),
         (331, "“We have never seen it this high,” said Siti"),
         (311, "Rahma, a shopkeeper who moved her stock upstairs.")]


def test_pdf_paragraph_flows_from_one_column_into_the_next(tmp_path):
    lines = [(50, 780 - 12 * i, text) for i, text in enumerate(LEFT)]
    lines += [(x, 780 - 12 * i, text) for i, (x, text) in enumerate(RIGHT)]
    art = read_article(write(tmp_path, "two-columns.pdf", text_pdf([lines])))
    assert art.text.split("\n\n") == [
        " ".join(LEFT) + " had risen by two metres in the worst-hit districts.",
        "“We have never seen it this high,” said Siti Rahma, a shopkeeper who moved her "
        "stock upstairs.",
    ]
    assert art.title == "two-columns.pdf"  # no metadata, no larger type: the file's name


def test_pdf_paragraph_ending_at_the_foot_of_a_column_ends_there(tmp_path):
    left = LEFT[:-1] + ["worked through the morning to reach every street."]
    lines = [(50, 780 - 12 * i, text) for i, text in enumerate(left)]
    lines += [(311, 780, "By noon the water had risen by two metres in the"),
              (311, 768, "worst-hit districts, the agency said.")]
    art = read_article(write(tmp_path, "two-columns.pdf", text_pdf([lines])))
    assert art.text.split("\n\n") == [
        " ".join(left),
        "By noon the water had risen by two metres in the worst-hit districts, the agency said.",
    ]


# --- PDF: bad input -------------------------------------------------------------------------

def test_pdf_without_text_layer_asks_for_ocr(tmp_path):
    assert "no text layer" in failure(write(tmp_path, "scan.pdf", blank_pdf(2)))
    assert "OCR it first" in failure(write(tmp_path, "scan.pdf", blank_pdf(1)))


def test_pdf_encrypted(tmp_path):
    assert "encrypted" in failure(write(tmp_path, "locked.pdf", encrypted_pdf()))


@pytest.mark.parametrize("data", [PRESS.read_bytes()[:15000], b"%PDF-1.7\n1 0 obj garbage",
                                  b"not a pdf at all"])
def test_pdf_truncated_or_corrupt(tmp_path, data):
    message = failure(write(tmp_path, "broken.pdf", data))
    assert "damaged or truncated" in message or "not a PDF" in message


def test_pdf_of_two_thousand_pages_is_refused_at_once(tmp_path):
    assert "2,000 pages" in failure(write(tmp_path, "huge.pdf", blank_pdf(2000)))


def test_empty_pdf(tmp_path):
    assert failure(write(tmp_path, "empty.pdf", b"")) == "file is empty"


# --- Word -----------------------------------------------------------------------------------

TRANSCRIPT = "".join([
    w_par("Interview with the mayor", style="Title"),
    w_par("Budget talks", style="Heading1"),
    w_par("“We will not raise the fares this year,” said Mayor Lina Hartono."),
    w_par("First point", num=(1, 0)),
    w_par("Second point", num=(1, 0)),
    w_par("Step one", num=(2, 0)),
    w_par("Step two", num=(2, 0)),
    w_par(runs='<w:r><w:t xml:space="preserve">The council </w:t></w:r>'
               '<w:del><w:r><w:delText>rejected</w:delText></w:r></w:del>'
               '<w:ins><w:r><w:t>approved</w:t></w:r></w:ins>'
               '<w:r><w:t xml:space="preserve"> the plan.</w:t></w:r>'
               '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText> PAGE </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    "<w:tbl><w:tr><w:tc>" + w_par("Year") + "</w:tc><w:tc>" + w_par("Fare") + "</w:tc></w:tr>"
    "<w:tr><w:tc>" + w_par("2024") + "</w:tc><w:tc>" + w_par("Rp 3.500") + "</w:tc></w:tr></w:tbl>",
])


def test_docx_text_lists_tables_and_properties(tmp_path):
    path = write(tmp_path, "transcript.docx", docx_bytes(
        TRANSCRIPT, title="Interview with the mayor", creator="Dewi Lestari",
        created="2024-05-02T09:00:00Z", numbering=True,
        extra={"word/comments.xml": "<comments>A reviewer's remark</comments>"}))
    art = read_article(path)
    assert art.title == "Interview with the mayor"
    assert art.authors == "Dewi Lestari"
    assert art.published == "2024-05-02"
    assert art.text.split("\n\n") == [
        "Budget talks",
        "“We will not raise the fares this year,” said Mayor Lina Hartono.",
        "• First point", "• Second point", "1. Step one", "2. Step two",
        "The council approved the plan.",
        "Year | Fare\n2024 | Rp 3.500",
    ]
    assert "rejected" not in art.text and "PAGE" not in art.text and "remark" not in art.text


def test_docx_without_title_property_takes_its_first_line(tmp_path):
    path = write(tmp_path, "note.docx", docx_bytes(
        w_par("Statement on the flood") + w_par("The water rose overnight.")))
    art = read_article(path)
    assert art.title == "Statement on the flood"
    assert art.text == "The water rose overnight."


def test_docx_password_protected(tmp_path):
    ole = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
           + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)
    assert "password-protected" in failure(write(tmp_path, "secret.docx", ole))


def test_docx_truncated_and_not_a_zip(tmp_path):
    data = docx_bytes(w_par("Hello there."))
    assert "damaged or truncated" in failure(write(tmp_path, "cut.docx", data[: len(data) // 2]))
    assert "damaged or truncated" in failure(write(tmp_path, "text.docx", b"just text"))
    assert "no word/document.xml" in failure(write(tmp_path, "other.docx",
                                                   docx_bytes("")[:0] or epub_bytes([])))


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    bomb = docx_bytes(w_par("Hello."), extra={"word/media/huge.bin": b"\0" * (8 * 1024 * 1024)})
    assert "zip bomb" in failure(write(tmp_path, "bomb.docx", bomb))


def test_docx_billion_laughs_is_not_expanded(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              f'<w:document xmlns:w="{"http://schemas.openxmlformats.org/wordprocessingml/2006/main"}">'
              "<w:body><w:p><w:r><w:t>Plain words &lol3;</w:t></w:r></w:p>"
              "<w:p><w:r><w:t>More words here.</w:t></w:r></w:p></w:body></w:document>")
    data = docx_bytes(w_par("x"), extra={"word/document.xml": laughs})
    path = write(tmp_path, "laughs.docx", data)
    try:
        art = read_article(path)
    except ImportFailed as e:
        assert "\n" not in str(e)
    else:
        assert "lollollol" not in art.text + art.title


# --- OpenDocument ---------------------------------------------------------------------------

ODT_TEXT = (
    "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
    "<text:p>Deleted sentence.</text:p></text:deletion></text:changed-region>"
    "</text:tracked-changes>"
    "<text:h text:outline-level='1'>Press statement</text:h>"
    "<text:p>The ministry said<text:s text:c='2'/>on Monday:<text:tab/>“Talks go on.”"
    "<office:annotation><text:p>check this quote</text:p></office:annotation>"
    "<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note></text:p>"
    "<text:list text:style-name='L1'><text:list-item><text:p>ports</text:p></text:list-item>"
    "<text:list-item><text:p>roads</text:p></text:list-item></text:list>"
    "<text:list text:style-name='N1'><text:list-item><text:p>first</text:p></text:list-item>"
    "<text:list-item><text:p>second</text:p></text:list-item></text:list>"
    "<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell>"
    "<table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>"
)
ODT_STYLES = ("<text:list-style style:name='N1'><text:list-level-style-number text:level='1'/>"
              "</text:list-style>")


def test_odt_text_and_metadata(tmp_path):
    path = write(tmp_path, "statement.odt", odt_bytes(
        ODT_TEXT, title="Ministry statement", creator="Budi Santoso",
        date="2023-11-20T08:00:00", styles_xml=ODT_STYLES))
    art = read_article(path)
    assert art.title == "Ministry statement"
    assert art.authors == "Budi Santoso"
    assert art.published == "2023-11-20"
    assert art.text.split("\n\n") == [
        "Press statement",
        "The ministry said  on Monday:\t“Talks go on.”",
        "• ports", "• roads", "1. first", "2. second", "A | B",
    ]
    for hidden in ("Deleted sentence", "check this quote", "a footnote"):
        assert hidden not in art.text


def test_odt_encrypted(tmp_path):
    path = write(tmp_path, "locked.odt", odt_bytes("<text:p>x</text:p>", encrypted=True))
    assert "password-protected" in failure(path)


def test_odt_truncated(tmp_path):
    data = odt_bytes("<text:p>x</text:p>")
    cut = data[:-22]  # without the end of the central directory
    assert "damaged or truncated" in failure(write(tmp_path, "cut.odt", cut))


def test_odt_zip_bomb(tmp_path):
    bomb = zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text",
                      "content.xml": b"<x>" + b" " * (60 * 1024 * 1024)},
                     stored_first="mimetype")
    assert "zip bomb" in failure(write(tmp_path, "bomb.odt", bomb))


# --- EPUB -----------------------------------------------------------------------------------

BOOK = [("Chapter One", ["It began with a phone call.", "“Come at once,” she said."]),
        ("", []),
        ("Chapter Two", ["The harbour was quiet."])]


def test_epub_whole_book(tmp_path):
    path = write(tmp_path, "book.epub", epub_bytes(
        BOOK, title="Harbour Notes", creator="Ayu Utami", date="2019-03-01"))
    art = read_article(path)
    assert (art.title, art.authors, art.published, art.language) == (
        "Harbour Notes", "Ayu Utami", "2019-03-01", "en")
    assert art.text.split("\n\n") == ["Chapter One", "It began with a phone call.",
                                      "“Come at once,” she said.", "Chapter Two",
                                      "The harbour was quiet."]
    assert "alert" not in art.text


def test_epub_one_article_per_chapter(tmp_path):
    path = write(tmp_path, "book.epub", epub_bytes(BOOK, title="Harbour Notes"))
    parts = read_articles(path, ImportOptions(epub_chapters=True)).items
    assert [(part, art.title, art.text) for part, art in parts] == [
        ("Chapter One", "Harbour Notes — Chapter One",
         "It began with a phone call.\n\n“Come at once,” she said."),
        ("Chapter Two", "Harbour Notes — Chapter Two", "The harbour was quiet."),
    ]


def test_epub_chapter_titles_come_from_the_table_of_contents(tmp_path):
    path = write(tmp_path, "book.epub", epub_bytes(
        [("", ["It began with a phone call."]), ("", ["The harbour was quiet."])],
        title="Harbour Notes", toc=["The Call", "The Harbour"]))
    parts = read_articles(path, ImportOptions(epub_chapters=True)).items
    assert [(part, art.title) for part, art in parts] == [  # the contents page is no chapter
        ("The Call", "Harbour Notes — The Call"), ("The Harbour", "Harbour Notes — The Harbour")]
    assert read_article(path).text == ("The Call\n\nIt began with a phone call.\n\n"
                                       "The Harbour\n\nThe harbour was quiet.")


def test_epub_drm_and_damage(tmp_path):
    drm = epub_bytes(BOOK, extra={"META-INF/encryption.xml":
                                  "<encryption><EncryptedData/></encryption>"})
    assert "DRM" in failure(write(tmp_path, "drm.epub", drm))
    no_container = odt_bytes("<text:p>x</text:p>")
    assert "not an EPUB" in failure(write(tmp_path, "odd.epub", no_container))


def test_epub_zip_bomb(tmp_path):
    bomb = epub_bytes(BOOK, extra={"OEBPS/huge.xhtml": b"<p>" + b"a" * (60 * 1024 * 1024)})
    assert "zip bomb" in failure(write(tmp_path, "bomb.epub", bomb))


# --- e-mail ---------------------------------------------------------------------------------

def test_eml_plain_text(tmp_path):
    path = write(tmp_path, "statement.eml", eml_bytes(
        subject="Statement on the port strike", sender="Rina Wijaya <rina@example.org>",
        date="Tue, 14 May 2024 10:02:00 +0700",
        text="Dear editors,\n\n“The strike ends tomorrow,” said union head Agus Salim.\n"))
    art = read_article(path)
    assert (art.title, art.authors, art.published) == (
        "Statement on the port strike", "Rina Wijaya", "2024-05-14")
    assert art.text == "Dear editors,\n\n“The strike ends tomorrow,” said union head Agus Salim."


def test_eml_html_only_goes_through_the_page_extraction(tmp_path):
    html = ("<html><head><script>steal()</script></head><body><p>First paragraph of the "
            "statement, long enough to be the story.</p><p>Second paragraph.</p></body></html>")
    path = write(tmp_path, "html.eml", eml_bytes(subject="HTML only", sender="a@example.org",
                                                 html=html))
    art = read_article(path)
    assert "First paragraph of the statement" in art.text and "steal" not in art.text


def test_eml_only_attachments_names_them(tmp_path):
    path = write(tmp_path, "fwd.eml", eml_bytes(
        subject="Fwd: release", sender="a@example.org",
        attachments=[("release.pdf", PRESS.read_bytes(), "application/pdf")]))
    message = failure(path)
    assert "only attachments (release.pdf)" in message


def test_eml_attachments_listed_and_imported_on_request(tmp_path):
    path = write(tmp_path, "fwd.eml", eml_bytes(
        subject="Fwd: release", sender="a@example.org", text="See the attached release.",
        attachments=[("release.pdf", PRESS.read_bytes(), "application/pdf"),
                     ("photo.jpg", b"\xff\xd8\xff", "image/jpeg")]))
    plain = read_articles(path)
    assert [part for part, _ in plain.items] == [""]
    assert plain.notes == ["2 attachment(s): release.pdf, photo.jpg; "
                           "import them with the attachments option"]
    parts = read_articles(path, ImportOptions(attachments=True))
    assert [part for part, _ in parts.items] == ["", "release.pdf"]
    assert parts.items[1][1].title.startswith("AI developed by a group of researchers")
    assert parts.notes == ["not imported (not a format Kutip reads): photo.jpg"]


def test_eml_not_a_message(tmp_path):
    assert "no headers" in failure(write(tmp_path, "x.eml", b"\x00\x01binary"))
