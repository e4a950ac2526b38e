"""Bad and hostile input: every case fails with a clear one-line ImportFailed, or imports sanely."""

from __future__ import annotations

import os
import pathlib
import unicodedata
from pathlib import Path

import lxml.etree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.importers import MAX_BYTES, ImportFailed, article_from_text, read_article

BAD = Path(__file__).parent / "data" / "bad"


def failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as info:
        read_article(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.txt", "file is empty"),
        ("whitespace.txt", "file is empty"),
        ("binary.txt", "looks like a binary file"),
        ("only-scripts.html", "no readable text in the HTML page"),
    ],
)
def test_bad_files_fail_with_a_clear_message(name, expected):
    assert expected in failure(BAD / name)


def test_missing_file():
    assert failure(BAD / "no-such-file.txt") == "file not found"


def test_directory(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert failure(folder) == "is a directory, not a file"


def test_unsupported_suffix(tmp_path):
    sheet = tmp_path / "figures.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    assert failure(sheet).startswith("unsupported file type .xlsx; supported: .txt")


def test_unreadable_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nBody.")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    assert failure(locked) == "permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\n\nBody.")
    locked.chmod(0)
    assert failure(locked) == "permission denied"


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk

    def must_not_read(*_args, **_kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(pathlib.Path, "open", must_not_read)
    assert failure(big) == "file too large (50.0 MB; the limit is 20.0 MB)"
    assert MAX_BYTES == 20 * 1024 * 1024


def test_too_large_paste():
    expected = r"^text too large \(21 M characters; the limit is 20 M\)$"
    with pytest.raises(ImportFailed, match=expected):
        article_from_text("a" * (MAX_BYTES + 1024 * 1024))


def test_truncated_utf8_imports_with_a_replacement_character():
    """Policy: a file cut inside its last character still imports; the lost
    character shows as U+FFFD so nothing is silently altered."""
    art = read_article(BAD / "truncated-utf8.txt")
    assert art.title == "Judul berita"
    assert art.text == "“Kami tidak ingin berperang,” kata Lavrov di Moskow, Rusia\ufffd"


def test_invalid_utf8_in_the_middle_is_not_truncation(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Judul\n\nKata “kami” ".encode() + b"\xe9t\xe9\n")
    art = read_article(path)  # not UTF-8: detected as a legacy encoding instead
    assert art.title == "Judul"


def test_utf16_without_bom_is_recognised():
    art = read_article(BAD / "utf16-no-bom.txt")
    assert (art.title, art.text) == ("Port strike looms",
                                      "Dock workers said they would strike next week.")


def test_cp1252_keeps_accents_and_curly_quotes():
    art = read_article(BAD / "cp1252.txt")
    assert art.title == "Café owners protest"
    assert art.text == "“We are tired,” said Amélie, who runs a café near the port."


def test_malformed_html_still_imports():
    art = read_article(BAD / "malformed.html")
    assert art.title == "Broken page"
    assert "Unclosed paragraph with bold and italic text" in art.text
    assert "After body: the rest of the story is here." in art.text
    assert "<" not in art.text and "&&&" not in art.text


@pytest.mark.parametrize("depth", [300, 5000, 50000])
def test_deeply_nested_html_does_not_crash(tmp_path, depth):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * depth
                    + "<p>The deepest paragraph still has a story to tell.</p>"
                    + "</div>" * depth + "</body></html>")
    art = read_article(path)
    assert art.text == "The deepest paragraph still has a story to tell."


def test_hostile_html_keeps_the_article_and_drops_everything_active():
    art = read_article(BAD / "hostile.html")
    assert art.title == "Harbour reopens after storm"
    assert "The harbour reopened on Thursday after a storm" in art.text
    assert "“We were lucky,” harbour master Ana Lim said." in art.text
    for active in ("alert", "document", "fetch(", "SECRET", "INJECTED", "IFRAME", "OBJECT TEXT",
                   "evil.example", "file://", "passwd", "@import", "cookie", "onerror"):
        assert active not in art.text


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("", "txt", "no text to import"),
        (" \n\t\r\n", "txt", "no text to import"),
        ("Title\n\nBody", "pdf", "unknown text format 'pdf'; use txt, md or html"),
        ("<script>only()</script>", "html", "no readable text in the HTML page"),
        ("\x00\x01\x02\x03\x04\x05\x06\x07" * 10, "txt", "looks like a binary file, not text"),
    ],
)
def test_bad_pasted_text(text, fmt, expected):
    with pytest.raises(ImportFailed) as info:
        article_from_text(text, fmt=fmt)
    assert str(info.value).startswith(expected)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_pathological_nesting_in_pasted_markup(fmt):
    text = ">" * 3000 + " deep quote" if fmt == "md" else "<b>" * 20000 + "bold"
    try:
        art = article_from_text(text, fmt=fmt)
    except ImportFailed as e:
        assert "\n" not in str(e)
    else:
        assert art.text


def _refused_as_binary(text: str) -> bool:
    """``decode.check_text``'s test as it was written, a character at a time: over 5 % of
    the first 20,000 characters are controls below 32 other than \\t \\n \\v \\f \\r."""
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return bool(sample) and controls / len(sample) > 0.05


def _binary_refusal(text: str) -> bool:
    from reader.core.importers.decode import check_text

    try:
        check_text(text)
    except ImportFailed as failed:
        return str(failed).startswith("looks like a binary file")
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(n) for n in range(40)] + ["a", "é", "\x7f",
                                                                       "\x85", "\u2028"]),
               max_size=80))
def test_a_binary_file_is_told_by_its_controls_as_before(text):
    assert _binary_refusal(text + "x") == _refused_as_binary(text + "x")


def test_a_binary_file_is_told_at_five_percent_of_its_first_20000_characters():
    assert not _binary_refusal("\x01" + "a" * 19)  # (5 %: kept)
    assert _binary_refusal("\x01\x1f" + "a" * 19)
    assert not _binary_refusal("\t\n\v\f\r" * 10 + "a")  # (the blanks are no controls)
    assert not _binary_refusal("a" * 20000 + "\x00" * 5000)  # (only the first 20,000 read)
    assert _binary_refusal("\x0e" * 1001 + "a" * 18999)


def test_import_failed_message_is_one_line():
    assert str(ImportFailed("first line\nsecond\tline ")) == "first line second line"


def _normalized(text: str) -> str:
    """The text as an import stores it: line ends unified, then NFC (issue 10)."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_either_imports_or_fails_cleanly(text):
    try:
        art = article_from_text(text)
    except ImportFailed:
        return
    source = _normalized(text)
    assert art.title and art.text
    for line in art.text.split("\n"):
        assert line in source


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
       st.sampled_from(["md", "html"]))
def test_any_markup_never_raises_anything_else(text, fmt):
    try:
        article_from_text(text, fmt=fmt)
    except ImportFailed:
        pass


def test_a_utf8_page_with_one_stray_byte_stays_utf8(tmp_path):
    """Review R16-8: a page declaring UTF-8, valid but for one byte a CMS left, was decoded
    whole as a legacy code page: every curly quote became mojibake (“ → ‚Äú) and no
    quotation was found. Mostly UTF-8 is read as UTF-8; the stray byte as Windows-1252."""
    body = ("<p>“Kami tidak ingin berperang,” kata Lavrov kepada wartawan di Moskwa.</p>"
            "<p>“Ini bukan ancaman,” tambahnya. Menurut Lavrov, “dialog masih mungkin”.</p>")
    page = ('<html><head><meta charset="utf-8"><title>Lavrov: “Kami tidak ingin berperang”'
            '</title></head><body>' + body).encode() + b"<p>Caf\xe9 di Moskwa.</p></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page)
    art = read_article(path)
    assert "“Kami tidak ingin berperang,” kata Lavrov" in art.text
    assert "Café di Moskwa." in art.text and "Ä" not in art.text + art.title
    plain = tmp_path / "plain.txt"  # the same in a text file, no charset declared
    plain.write_bytes("Judul\n\n“Kami tidak ingin berperang,” kata Lavrov. “Ini bukan "
                      "ancaman,” tambahnya.\n".encode() + b"Caf\xe9.\n")
    assert "“Ini bukan ancaman,” tambahnya." in read_article(plain).text


# Review R17-9: markup built to make the parsers quadratic imports in about a second (libxml2's
# duplicate-attribute check, jusText's paragraph paths and htmldate cost minutes on it before).
def _crowded_page(count: int) -> str:
    attrs = " ".join(f'a{i}="x"' for i in range(count))
    return (f"<html><head><title>A</title></head><body><p {attrs}>“Kami tidak ingin "
            "berperang,” kata Lavrov.</p></body></html>")


def test_an_element_with_100000_attributes_keeps_only_the_first_ones(tmp_path):
    from reader.core.importers.html_text import MAX_ATTRIBUTES, parse_document

    page = _crowded_page(100_000)
    p = parse_document(page).find(".//p")
    assert p is not None and len(p.attrib) == MAX_ATTRIBUTES
    assert p.get("a0") == "x" and p.get(f"a{MAX_ATTRIBUTES - 1}") == "x"
    path = tmp_path / "crowded.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(path).text == "“Kami tidak ingin berperang,” kata Lavrov."


def test_a_downloaded_page_is_bounded_the_same_way():
    from reader.core.importers.url import Download, article_from_download

    page = _crowded_page(100_000).encode()
    got = Download(page, "https://example.org/a", "utf-8", "text/html")
    assert article_from_download(got, "https://example.org/a").text == (
        "“Kami tidak ingin berperang,” kata Lavrov.")


def test_attributes_are_counted_as_the_html_tokenizer_reads_them():
    from reader.core.importers.html_text import MAX_ATTRIBUTES, bound_attributes, parse_document

    # values holding '>' and the other quote, a value left unquoted, names glued after a
    # closing quote: each one attribute, as libxml2 reads them
    odd = " ".join(f'q{i}="a > \'b\'" u{i}=c/d g{i}=\'x\'h{i}' for i in range(100))
    script = "<script>if (a<b " + " ".join(f"z{i}" for i in range(400)) + ">1) {}</script>"
    comment = "<!-- <p " + " ".join(f"c{i}" for i in range(400)) + "> -->"
    title = "<title><p " + " ".join(f"t{i}" for i in range(400)) + "></title>"
    page = f"<html><head>{title}</head><body>{comment}{script}<p {odd}>Story.</p></body></html>"
    bounded, cut = bound_attributes(page)
    assert cut == 1
    assert bounded.startswith(page[:page.index("<p q0")])  # script, comment and title untouched
    p = parse_document(page).find(".//p")
    assert p is not None and len(p.attrib) == MAX_ATTRIBUTES
    assert list(p.attrib)[:5] == ["q0", "u0", "g0", "h0", "q1"] and p.text == "Story."
    assert p.get("q0") == "a > 'b'" and p.get("u0") == "c/d"
    fewer = " ".join(f'a{i}="x"' for i in range(MAX_ATTRIBUTES))
    assert bound_attributes(f"<p {fewer}>x</p>") == (f"<p {fewer}>x</p>", 0)


def test_a_deep_nest_is_flattened_below_the_depth_bound_keeping_its_text():
    from reader.core.importers.html_text import MAX_DEPTH, parse_document

    depth = 2000  # libxml2 itself reads no deeper than 2,048 levels
    page = ("<html><body>" + "".join(f"<div>w{i} " for i in range(depth))
            + "<p>The deepest paragraph.</p>" + "".join(f"</div>t{i} " for i in range(depth))
            + "</body></html>")
    root = parse_document(page)
    deepest, level = 0, 0
    for event, _el in lxml.etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    assert deepest == MAX_DEPTH + 1
    expected = ("".join(f"w{i} " for i in range(depth)) + "The deepest paragraph."
                + "".join(f"t{i} " for i in range(depth)))
    assert root.text_content() == expected


def test_the_reviewers_deep_nest_imports_its_story(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 200_000
                    + "<p>The deepest paragraph still has a story to tell.</p>"
                    + "</div>" * 200_000 + "</body></html>")
    assert read_article(path).text == "The deepest paragraph still has a story to tell."


def test_the_text_after_a_nest_deeper_than_libxml2_reads_is_kept(tmp_path):
    """libxml2 stops at 2,048 levels and drops the rest of the page; the tokenizer reads it."""
    path = tmp_path / "deep.html"
    path.write_text("<html><body><p>Before the nest there is a full sentence of story text.</p>"
                    + "<div>" * 5000 + "<p>Deep inside the nest, a sentence too.</p>"
                    + "</div>" * 5000 + "<p>After the nest comes another sentence of the"
                    " story.</p></body></html>")
    assert read_article(path).text == (
        "Before the nest there is a full sentence of story text.\n\nDeep inside the nest, a"
        " sentence too.\n\nAfter the nest comes another sentence of the story.")
