"""A feed server on 127.0.0.1 for the feed tests: routes filled per test, requests counted."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

BBC = (Path(__file__).parent / "data" / "formats" / "bbc_world.rss").read_bytes()
STORY = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
         "<p>{body} The rescue teams worked through the night in the snow, officials said, "
         "and more survivors may yet be found in the rubble of the hotel.</p>"
         "<p>“We are still hoping,” said the regional civil protection chief.</p>"
         "</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        self.hits.append(self.path)
        ctype, body = self.routes.get(self.path, ("text/html", b""))
        self.send_response(200 if self.path in self.routes else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args):
        pass


@pytest.fixture(name="server")
def server_fixture(monkeypatch):
    """``(base URL, handler class)``; import ``server_fixture`` to use ``server`` in a module."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    Handler.routes, Handler.hits = {}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield base, Handler
    httpd.shutdown()
    httpd.server_close()


def serve_bbc(base: str, handler) -> None:
    """The real BBC feed, its links pointing at pages on the local server."""
    handler.routes["/bbc.rss"] = ("application/rss+xml",
                                  BBC.replace(b"http://www.bbc.co.uk", base.encode()))
    for path, title in (("/news/world-europe-38691103", "Rigopiano avalanche"),
                        ("/news/world-africa-38686144", "Gambia crisis"),
                        ("/news/world-middle-east-38689131", "Palmyra theatre")):
        handler.routes[path] = ("text/html; charset=utf-8", STORY.format(
            title=title, body=f"{title}: the story in full.").encode())
