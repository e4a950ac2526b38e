"""Saved news pages through Kutip and through Taguette, whole processes (issue 12).

    python bench/versus.py PAGES [--count 200] [--taguette PATH]

``PAGES`` is a folder of real saved web pages (``.html``/``.htm``, or ``.html.gz`` as in the
scrapinghub article-extraction-benchmark's ``html/`` folder, which is what this was run on:
https://github.com/scrapinghub/article-extraction-benchmark). The first ``--count`` pages (by
name) are copied, uncompressed, into a temporary folder, then:

* **re-import**: ``kutip import FOLDER`` into a new library, then the same command again on
  the unchanged folder (each page is recognised by the hash of its bytes before any
  extraction); target: the second run ≥ 10× faster than the first.
* **against Taguette** (when ``taguette`` is installed, or given with ``--taguette``; skipped
  with a note otherwise): Taguette is started in single-user mode on 127.0.0.1 with a new
  database, *before* its clock starts (its start-up is not counted; Kutip's is, in every
  row). Then the same work on both sides:

  - import: every page as a document (Taguette: one HTTP upload each; Kutip: one
    ``kutip import FOLDER`` process);
  - highlight: one tagged highlight on the first 60 characters of each document (Taguette:
    one HTTP request each, as its web page sends them; Kutip: one process that opens the
    library and adds them through ``library.annotations.add``, as the app does);
  - CSV export of all highlights (Taguette: ``/project/N/export/highlights/.csv``; Kutip: a
    ``kutip export --format csv`` process).

  Target: Kutip's time below Taguette's (ratio ≤ 1) in each row.
"""

from __future__ import annotations

import argparse
import gzip
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import Row, Skip, print_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HIGHLIGHT = 60  # characters highlighted at the start of each document

KUTIP_HIGHLIGHTS = """
import sys
from reader.core.library import Library
with Library(sys.argv[1]) as library:
    ids = library.articles.ids()
    for article_id in ids:
        text = library.articles.text(article_id)
        library.annotations.add(article_id, 0, min(len(text), int(sys.argv[2])),
                                kind="highlight", tags=["bench"])
    print(len(ids))
"""


def _pages(folder: Path, count: int, into: Path) -> list[Path]:
    found = sorted(p for p in folder.iterdir()
                   if p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")))
    if len(found) < count:
        raise SystemExit(f"{folder} holds {len(found)} pages, fewer than --count {count}")
    into.mkdir(parents=True, exist_ok=True)
    pages = []
    for page in found[:count]:
        data = page.read_bytes()
        name = page.name
        if name.endswith(".gz"):
            data, name = gzip.decompress(data), name[:-3]
        target = into / name
        target.write_bytes(data)
        pages.append(target)
    return pages


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "XDG_DATA_HOME": str(home), "PYTHONPYCACHEPREFIX": str(home / "pycache")}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"]
                                     if env.get("PYTHONPATH") else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install has its bytecode cache
    return env


def _kutip(args: list[str], env: dict[str, str], code: str | None = None,
           refused: list[str] | None = None) -> float:
    """Run one kutip process and return its wall time. With ``refused`` (an import), pages
    Kutip declines to import (a page of links, a consent notice: one ``failed:`` line each)
    are collected there instead of failing the run: Taguette takes any page as a document."""
    argv = [sys.executable, "-c", code, *args] if code else \
        [sys.executable, "-m", "reader", *args]
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=env["HOME"], capture_output=True, timeout=3600)
    took = time.perf_counter() - started
    failed = [line for line in done.stderr.decode(errors="replace").splitlines()
              if line.startswith("failed: ")]
    if done.returncode != 0 and not (refused is not None and failed):
        raise RuntimeError(f"kutip {' '.join(args[:3])}: "
                           + done.stderr.decode(errors="replace").strip()[-300:])
    if refused is not None:
        refused[:] = failed
    return took


def bench_reimport(pages: Path, count: int, home: Path, env: dict[str, str]) -> list[Row]:
    library = home / "reimport.sqlite"
    refused: list[str] = []
    first = _kutip(["--db", str(library), "import", str(pages)], env, refused=refused)
    again = _kutip(["--db", str(library), "import", str(pages)], env, refused=[])
    # kutip column: the first import; baseline column: the re-import; ratio: the speed-up
    return [Row(f"re-import of {count} unchanged pages (first / again)", first, again, "s",
                "≥ 10", f"whole processes; 'baseline' is the second import; {len(refused)} "
                "pages refused as holding no article")]


# ----------------------------------------------------------------------------- Taguette
class Taguette:
    """A Taguette server of its own (single-user, 127.0.0.1, a new database)."""

    def __init__(self, executable: str, home: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        home.mkdir(parents=True, exist_ok=True)
        self.log = (home / "taguette.log").open("w+")
        self.process = subprocess.Popen(
            [executable, "--no-browser", "-b", "127.0.0.1", "-p", str(self.port),
             "--database", str(home / "taguette.sqlite3")],
            env={**os.environ, "HOME": str(home)}, stdout=self.log, stderr=subprocess.STDOUT)
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        token = self._token()
        self.get(f"/?token={token}")  # logs in as the single user
        self.get("/project/new")  # sets the XSRF cookie

    def _token(self) -> str:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            self.log.seek(0)
            found = re.search(r"\?token=([0-9a-f]+)", self.log.read())
            if found:
                try:
                    self.get("/health")
                    return found.group(1)
                except OSError:
                    pass
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.log.seek(0)
        raise RuntimeError("Taguette did not start: " + self.log.read()[-500:])

    def _xsrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "_xsrf")

    def get(self, path: str) -> bytes:
        with self.http.open(self.base + path, timeout=600) as reply:
            return reply.read()

    def post(self, path: str, body: bytes, content_type: str) -> bytes:
        request = urllib.request.Request(self.base + path, data=body, method="POST", headers={
            "Content-Type": content_type, "X-XSRFToken": self._xsrf()})
        with self.http.open(request, timeout=600) as reply:
            return reply.read()

    def post_json(self, path: str, value: object) -> dict:
        return json.loads(self.post(path, json.dumps(value).encode(), "application/json")
                          or b"{}")

    def new_project(self, name: str) -> int:
        form = urllib.parse.urlencode({"name": name, "description": "",
                                       "_xsrf": self._xsrf()}).encode()
        request = urllib.request.Request(self.base + "/project/new", data=form, method="POST")
        with self.http.open(request, timeout=600) as reply:
            return int(re.search(r"/project/(\d+)", reply.geturl()).group(1))

    def upload(self, project: int, page: Path) -> int:
        boundary = uuid.uuid4().hex
        parts = []
        for key, value in (("name", page.stem[:50]), ("description", "")):  # Taguette: ≤ 50
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"'
                         f"\r\n\r\n{value}\r\n".encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                     f'filename="{page.name}"\r\nContent-Type: text/html\r\n\r\n'.encode()
                     + page.read_bytes() + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        reply = json.loads(self.post(f"/api/project/{project}/document/new", b"".join(parts),
                                     f"multipart/form-data; boundary={boundary}"))
        return int(reply["created"])

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def bench_taguette(executable: str | None, pages: Path, count: int, home: Path,
                   env: dict[str, str]) -> list[Row | Skip]:
    name = f"Kutip vs Taguette, {count} saved pages"
    executable = executable or shutil.which("taguette")
    if not executable:
        return [Skip(name, "taguette is not installed (pip install taguette, or --taguette"
                           " PATH); nothing compared")]
    files = sorted(pages.iterdir())
    server = Taguette(executable, home / "taguette")
    try:
        project = server.new_project("bench")
        started = time.perf_counter()
        documents = [server.upload(project, page) for page in files]
        their_import = time.perf_counter() - started
        tag = server.post_json(f"/api/project/{project}/tag/new",
                               {"path": "bench", "description": ""})["id"]
        started = time.perf_counter()
        refused = 0
        for document in documents:
            try:
                server.post_json(f"/api/project/{project}/document/{document}/highlight/new",
                                 {"start_offset": 0, "end_offset": HIGHLIGHT, "tags": [tag]})
            except urllib.error.HTTPError:
                refused += 1  # e.g. a document whose text is shorter than the highlight
        their_highlights = time.perf_counter() - started
        started = time.perf_counter()
        their_csv = server.get(f"/project/{project}/export/highlights/.csv")
        their_export = time.perf_counter() - started
    finally:
        server.close()
    library = home / "versus.sqlite"
    csv_file = home / "versus.csv"
    refused_pages: list[str] = []
    our_import = _kutip(["--db", str(library), "import", str(pages)], env,
                        refused=refused_pages)
    our_highlights = _kutip([str(library), str(HIGHLIGHT)], env, code=KUTIP_HIGHLIGHTS)
    our_export = _kutip(["--db", str(library), "export", "--format", "csv", "-o",
                         str(csv_file)], env)
    rows_theirs = max(0, their_csv.decode("utf-8", "replace").count("\n") - 1)
    note = ("whole kutip processes; Taguette's server started beforehand (not counted); "
            f"Kutip refused {len(refused_pages)} pages as holding no article")
    return [
        Row(f"{name}: import", our_import, their_import, "s", "≤ 1", note),
        Row(f"{name}: highlight each", our_highlights, their_highlights, "s", "≤ 1",
            f"{len(documents) - refused} Taguette highlights ({refused} refused)"),
        Row(f"{name}: CSV export", our_export, their_export, "s", "≤ 1",
            f"Taguette's CSV {rows_theirs} lines, Kutip's {csv_file.stat().st_size:,} bytes"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, help="folder of saved pages (.html or .html.gz)")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--taguette", help="the taguette executable (default: on PATH)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kutip-versus-") as tmp:
        home = Path(tmp)
        folder = home / "pages"
        _pages(args.pages, args.count, folder)
        env = _env(home)
        results: list[Row | Skip] = [*bench_reimport(folder, args.count, home, env)]
        results += bench_taguette(args.taguette, folder, args.count, home, env)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}")
    return 1 if print_table(results) else 0


if __name__ == "__main__":
    sys.exit(main())
