"""fetch_url against a local server on 127.0.0.1, and iter_import_paths over a folder tree."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.core.importers import ImportFailed, fetch_url, iter_import_paths
from reader.core.importers import url as url_module

PAGE = (Path(__file__).parent / "data" / "import" / "saved_page.html").read_bytes()
TEXT = b"Judul berita\n\nJakarta (ANTARA) - Isi berita di sini.\n"

ROUTES = {  # path -> (status, headers, body)
    "/page.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
    "/story.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, TEXT),
    "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/missing": (404, {"Content-Type": "text/html"}, b"<p>not found</p>"),
    "/to-page": (302, {"Location": "/page.html"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/to-ftp": (301, {"Location": "ftp://example.com/x.html"}, b""),
    "/huge": (200, {"Content-Type": "text/html", "Content-Length": str(10**9)}, b"<p>x</p>"),
    "/long": (200, {"Content-Type": "text/html"}, b"<p>" + b"a" * 5000 + b"</p>"),
    "/slow": (200, {"Content-Type": "text/html"}, b"<p>late</p>"),
    "/trickle": (200, {"Content-Type": "text/html"}, b"<p>" + b"a" * 200 + b"</p>"),
    "/cut": (200, {"Content-Type": "text/html", "Content-Length": "5000"},
             b"<html><body><p>Only the first paragraph arrived.</p>"),
    "/loop": (302, {"Location": "/loop"}, b""),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        status, headers, body = ROUTES.get(self.path, ROUTES["/missing"])
        if self.path == "/slow":
            time.sleep(2)
        self.send_response(status)
        if self.path == "/trickle":  # a byte every 0.2 s: each read succeeds, the whole never ends
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
            return
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up, as it should for /huge

    def log_message(self, *_args):
        pass


@pytest.fixture
def server(monkeypatch):
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch_failure(url: str, **kwargs) -> str:
    with pytest.raises(ImportFailed) as info:
        fetch_url(url, **kwargs)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_fetch_html_page(server):
    art = fetch_url(server + "/page.html")
    assert art.title == "Dutch port braces for strike"
    assert art.source == "Example News"
    assert art.url == "https://example.com/world/port-strike"  # the page's canonical URL
    assert (art.original_format, art.original_name) == ("url", server + "/page.html")
    assert art.text.startswith("Dock workers at Europe's largest port")
    assert len(art.content_hash) == 64


def test_fetch_follows_http_redirects(server):
    assert fetch_url(server + "/to-page").title == "Dutch port braces for strike"


def test_fetch_plain_text_uses_the_news_text_rules(server):
    art = fetch_url(server + "/story.txt")
    assert (art.title, art.source, art.dateline) == ("Judul berita", "ANTARA", "Jakarta")
    assert art.text == "Isi berita di sini."
    assert art.url == server + "/story.txt"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "the page was not found (the address may be wrong or the page removed)"
                     " (HTTP 404)"),
        ("/loop", "127.0.0.1 redirects too often (more than 5 times)"),
        ("/image.png", "not a web page (content type image/png)"),
        ("/to-file", "refusing redirect to a non-http address: file:///etc/passwd"),
        ("/to-ftp", "refusing redirect to a non-http address: ftp://example.com/x.html"),
        ("/huge", "page too large (953 MB; the limit is 20 MB)"),
    ],
)
def test_fetch_failures(server, path, expected):
    assert fetch_failure(server + path).startswith(expected)


def test_fetch_caps_bodies_without_length(server, monkeypatch):
    monkeypatch.setattr(url_module, "MAX_BYTES", 1000)
    assert fetch_failure(server + "/long").startswith("page too large")


def test_fetch_timeout(server):
    assert "did not answer within 0.3 seconds; try again later" in fetch_failure(
        server + "/slow", timeout=0.3)


def test_fetch_unreachable_host():
    assert fetch_failure("http://127.0.0.1:9/", timeout=2) == "127.0.0.1 refused the connection"


@pytest.mark.parametrize("reason,plain", [
    (__import__("socket").gaierror(-2, "Name or service not known"),
     "the address example.org was not found: check its spelling and that this computer is"
     " online"),
    (ConnectionRefusedError(111, "Connection refused"), "example.org refused the connection"),
    (OSError(101, "Network is unreachable"),
     "example.org cannot be reached: is this computer online?"),
])
def test_network_errors_in_plain_words(reason, plain):
    assert url_module.network_message(reason, "example.org") == plain
    assert "Errno" not in plain


def test_http_errors_in_plain_words():
    assert url_module.http_message(503, "Service Unavailable") == (
        "the site has a problem of its own; try again later (HTTP 503)")
    assert url_module.http_message(403).startswith("the site refuses access")


@pytest.mark.timeout(30)  # the whole page would take 41 s
def test_a_trickling_server_cannot_hold_the_import_past_the_deadline(server):
    # every read gets a byte well within any per-read timeout; only an overall deadline helps
    message = fetch_failure(server + "/trickle", timeout=1.0)
    assert message == ("127.0.0.1 did not send the whole page within 1 seconds; nothing was "
                       "imported, try again later")


def test_a_body_shorter_than_its_length_is_refused_not_imported(server):
    message = fetch_failure(server + "/cut")
    assert message.startswith("the download from 127.0.0.1 was cut off (")
    assert "of 5,000 bytes arrived); nothing was imported" in message


def test_fetch_bytes_is_reusable_with_other_types_and_limits(server):
    got = url_module.fetch_bytes(server + "/image.png", accept=("image/",), max_bytes=100)
    assert got.data.startswith(b"\x89PNG") and got.content_type == "image/png"
    with pytest.raises(ImportFailed, match="page too large"):
        url_module.fetch_bytes(server + "/long", max_bytes=100)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/a.html", "javascript:alert(1)", "example.com/a",
     "", "data:text/html,<p>x</p>"],
)
def test_non_http_urls_are_rejected_without_network(url):
    assert fetch_failure(url).startswith("only http:// and https:// addresses can be fetched")


def test_iter_import_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    files = ["a.txt", "b/z.md", "b/a.HTML", "b/deep/story.text", "b/deep/notes.markdown",
             "c.htm", "skip.xlsx", ".secret.txt", ".hidden/inside.txt", "b/image.png"]
    for name in files:
        (tmp_path / name).write_text("x")
    single = tmp_path / "skip.xlsx"
    found = [p.relative_to(tmp_path).as_posix() for p in iter_import_paths([tmp_path, single])]
    assert found == ["a.txt", "c.htm", "b/a.HTML", "b/z.md", "b/deep/notes.markdown",
                     "b/deep/story.text", "skip.xlsx"]


def test_iter_import_paths_yields_missing_files_for_the_caller_to_report(tmp_path):
    missing = tmp_path / "gone.txt"
    assert list(iter_import_paths([missing])) == [missing]


TLS = Path(__file__).parent / "data" / "tls"


def _serve_tls_socket(handle) -> str:
    """A one-connection TCP server on 127.0.0.1 whose accepted socket goes to ``handle``."""
    listener = socket.create_server(("127.0.0.1", 0))

    def run() -> None:
        with listener:
            conn, _ = listener.accept()
            with conn:
                handle(conn)

    threading.Thread(target=run, daemon=True).start()
    return f"https://127.0.0.1:{listener.getsockname()[1]}/page.html"


def test_https_refuses_a_certificate_nobody_trusts(server):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "self_signed.pem", TLS / "self_signed.key")

    def handshake(conn: socket.socket) -> None:
        try:
            with context.wrap_socket(conn, server_side=True):
                pass
        except (ssl.SSLError, OSError):
            pass  # the client hangs up on the certificate

    url = _serve_tls_socket(handshake)
    assert fetch_failure(url, timeout=5) == (
        "the secure connection to 127.0.0.1 could not be trusted (certificate problem)")


@pytest.mark.timeout(30)  # the handshake record alone would take 40 s
def test_a_server_trickling_the_tls_handshake_cannot_hold_past_the_deadline(server):
    # each byte of the handshake arrives well within any per-read timeout
    stop = threading.Event()

    def trickle(conn: socket.socket) -> None:
        conn.recv(4096)  # the ClientHello
        record = b"\x16\x03\x03\x00\xc8" + b"\x02" * 200  # a handshake record, slowly
        try:
            for byte in record:
                if stop.is_set():
                    return
                conn.sendall(bytes([byte]))
                time.sleep(0.2)
        except OSError:
            pass

    url = _serve_tls_socket(trickle)
    try:
        assert fetch_failure(url, timeout=1.0) == (
            "127.0.0.1 did not answer within 1 seconds; try again later")
    finally:
        stop.set()
