"""Issue 6: reading and importing never touches the network or stray local files.

A hostile saved page points at a local HTTP server (and at ``file://`` paths) from
every place a browser would fetch something. After importing it, showing it in the
reader and in the main window, and running the CLI on it, the server has counted no
request and no widget has loaded an image or a style sheet. Only ``fetch_url`` (an
explicit "import this URL") may connect anywhere.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.core.library import Library, open_library

SECRET_TEXT = "rahasia-dari-berkas-lokal"


class CountingServer:
    """An HTTP server on 127.0.0.1 (random port) counting every request it receives."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            do_POST = do_HEAD = do_GET  # noqa: N815

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    with CountingServer() as running:
        yield running


def hostile_page(folder: Path, base: str) -> Path:
    """A saved news page that references ``base`` and local files from everywhere."""
    secret = folder / "secret.png"
    secret.write_text(SECRET_TEXT)
    sheet = folder / "secret.css"
    sheet.write_text(f"body {{ background: url({base}/from-local-css.png) }}")
    local = secret.as_uri()
    html = f"""<!doctype html>
<html><head>
<title>Menteri &lt;img src="{base}/title.png"&gt; bicara soal harga beras</title>
<meta name="author" content='Rina &lt;img src="{local}"&gt;'>
<meta property="og:image" content="{base}/og.png">
<link rel="stylesheet" href="{base}/style.css">
<link rel="stylesheet" href="{sheet.as_uri()}">
<link rel="stylesheet" href="file:///etc/passwd">
<link rel="icon" href="{base}/favicon.ico">
<link rel="preload" href="{base}/font.woff2" as="font">
<style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png) }}</style>
<script src="{base}/tracker.js"></script>
<script>fetch("{base}/beacon"); new Image().src = "{base}/pixel.gif";</script>
</head>
<body style="background-image: url('{base}/body-bg.png')">
<header><img src="{base}/logo.png" alt="logo"></header>
<article>
<h1>Menteri bicara soal harga beras</h1>
<p>JAKARTA — Menteri Perdagangan mengatakan harga beras akan turun bulan depan.
<img src="{base}/inline.png" srcset="{base}/small.png 1x, {base}/big.png 2x" alt="foto">
“Kami tidak akan menaikkan harga,” kata Menteri kepada wartawan di Jakarta.</p>
<p style="background: url({base}/para-bg.png)">Para pedagang di pasar induk menyambut baik
kebijakan itu. <img src="{local}"> <img src="file:///etc/passwd"></p>
<picture><source srcset="{base}/picture.webp"><img src="{base}/picture.png"></picture>
<video poster="{base}/poster.jpg" src="{base}/video.mp4"></video>
<audio src="{base}/audio.mp3"></audio>
<iframe src="{base}/frame.html"></iframe>
<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">
<p>Sumber gambar: {base}/inline.png dan &lt;img src="{base}/escaped.png"&gt; serta
&lt;link rel=stylesheet href="{local}"&gt; — tautan ini hanya teks biasa di dalam berita.</p>
<p>Berita lengkap di <a href="{base}/link.html">tautan ini</a> dan file:///etc/passwd.</p>
</article>
<svg><image href="{base}/svg.png"/></svg>
<form action="{base}/form"><input type="image" src="{base}/input.png"></form>
</body></html>
"""
    page = folder / "hostile.html"
    page.write_text(html, encoding="utf-8")
    return page


@pytest.fixture
def hostile(tmp_path, server) -> Path:
    return hostile_page(tmp_path, server.url)


def import_hostile(library: Library, page: Path) -> int:
    report = library.imports.paths([page])
    assert report.failed == [] and len(report.imported) == 1, report
    return report.imported[0][1]


# -------------------------------------------------------------------------- GUI
def record_resource_loads(monkeypatch) -> list[str]:
    """Record every resource a QTextBrowser / QTextDocument in Python is asked to load."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    from reader.app.article.text_pane import TextPane

    calls: list[str] = []
    for cls in (QTextBrowser, QTextDocument, TextPane):
        original = cls.loadResource

        def spy(self, type_, name, original=original):
            calls.append(name.toString() if hasattr(name, "toString") else str(name))
            return original(self, type_, name)

        monkeypatch.setattr(cls, "loadResource", spy)
    return calls


def settle(qtbot, widget) -> None:
    """Lay out and paint ``widget`` now (a text widget asks for its resources then, through
    ``loadResource``) and run the events that follow: no fixed wait."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.grab().isNull())
    QApplication.processEvents()


def assert_nothing_loaded(root, marks: tuple[str, ...]) -> None:
    """No text widget under ``root`` holds an image, and no label renders our markup as HTML."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

    docs = [w.document() for w in root.findChildren(QTextEdit)]
    docs += [w.document() for w in root.findChildren(QPlainTextEdit)]
    if isinstance(root, QTextEdit):
        docs.append(root.document())
    assert docs
    for doc in docs:
        assert not any(fmt.isImageFormat() for fmt in doc.allFormats())
        for mark in marks:
            assert doc.resource(QTextDocument.ResourceType.ImageResource, mark) is None
    for label in root.findChildren(QLabel):
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
        if rich:
            assert not any(mark in label.text() for mark in marks), label.text()


def test_the_reader_view_shows_a_hostile_page_without_loading_anything(
        qtbot, monkeypatch, fresh_library, hostile, server):
    from reader.app.article import ReaderView

    calls = record_resource_loads(monkeypatch)
    article_id = import_hostile(fresh_library, hostile)
    article = fresh_library.articles.get(article_id)
    assert "harga beras" in article.text

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(article, fresh_library.annotations.for_article(article_id))
    settle(qtbot, view)

    assert server.hits == []
    assert [c for c in calls if "127.0.0.1" in c or c.startswith("file:")] == []
    assert_nothing_loaded(view, (server.url, "file:"))


def test_the_main_window_shows_a_hostile_page_without_loading_anything(
        qtbot, monkeypatch, fresh_library, hostile, server, tmp_path):
    from PySide6.QtCore import QSettings

    from reader.app.main_window import MainWindow

    calls = record_resource_loads(monkeypatch)
    article_id = import_hostile(fresh_library, hostile)
    settings = QSettings(str(tmp_path / "kutip.ini"), QSettings.Format.IniFormat)
    window = MainWindow(fresh_library, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_article(article_id)
    note = fresh_library.annotations.add_exact(article_id, "harga beras", kind="claim",
                                        note=f'<img src="{server.url}/note.png">')
    window.open_article(article_id)
    window.annotation_pane.select(note.id)  # the form shows the note and the span
    settle(qtbot, window)

    assert server.hits == []
    assert [c for c in calls if "127.0.0.1" in c or c.startswith("file:")] == []
    assert_nothing_loaded(window, (server.url, "file:"))


# -------------------------------------------------------------------------- CLI
def kutip(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_cli_imports_shows_and_searches_without_a_request(tmp_path, hostile, server):
    db = tmp_path / "cli.sqlite"

    imported = kutip(db, "import", str(hostile))
    shown = kutip(db, "show", "1")  # a new library named with --db starts empty
    listed = kutip(db, "list")
    found = kutip(db, "search", "harga", "beras")

    for result in (imported, shown, listed, found):
        assert result.returncode == 0, result.stderr
    assert "1 imported" in imported.stdout
    assert "harga beras" in shown.stdout and "harga beras" in found.stdout.lower()
    assert server.hits == []


# -------------------------------------------------------------------------- no socket at all
@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_everything_but_fetch_url_works_without_a_network(
        qtbot, no_network, db_path, tmp_path, server):
    page = hostile_page(tmp_path, server.url)
    library = open_library(db_path, seed=True)  # as a first run: the seed articles
    try:
        assert library.articles.count() >= 1
        article_id = import_hostile(library, page)
        hits = library.search.find("harga beras")
        assert any(hit.article_id == article_id for hit in hits)

        from reader.app.article import ReaderView

        view = ReaderView()
        qtbot.addWidget(view)
        view.show()
        view.show_article(library.articles.get(article_id),
                          library.annotations.for_article(article_id))
        qtbot.waitUntil(lambda: "harga beras" in view.text_widget.toPlainText())
        settle(qtbot, view)
        assert no_network == []

        report = library.imports.url(f"{server.url}/story.html")  # the one thing that connects
        assert report.failed and no_network
    finally:
        library.close()
    assert server.hits == []


def test_an_export_through_a_shared_template_and_its_preview_fetch_nothing(
        qtbot, no_network, db_path, tmp_path, server):
    """The README's promise for exports: a template of someone else's renders sandboxed in
    another process, and the preview renders its Markdown without loading anything."""
    from reader.app.export_dialog import SafeBrowser, render_markdown

    page = hostile_page(tmp_path, server.url)
    template = tmp_path / "shared.md.j2"
    template.write_text(f'![logo]({server.url}/logo.png) <img src="{server.url}/x.png">\n'
                        "{% for g in groups %}## {{ g.name | inline }}\n{% endfor %}",
                        encoding="utf-8")
    library = open_library(db_path)
    try:
        article_id = import_hostile(library, page)
        library.annotations.add_exact(article_id, "harga beras")
        text = library.exports.render(article_ids=[article_id], template=template)
        browser = SafeBrowser()
        qtbot.addWidget(browser)
        browser.setHtml(render_markdown(text))
        browser.show()
        settle(qtbot, browser)
    finally:
        library.close()
    assert "harga beras" in text and no_network == [] and server.hits == []
