"""Real saved news pages through Kutip and through Taguette, whole processes (issue 12).

    python bench/versus.py [PAGES] [--count 200 --count 1000] [--taguette PATH]
                           [--repos DIR] [--clone] [--repeat 5]

The pages: the set named in ``bench/pages.json`` (1,103 distinct real saved news pages from
public test sets; see ``bench/pages.py``), assembled from git copies of those repositories
under ``--repos`` (``--clone`` clones the missing ones), or any folder ``PAGES`` of saved pages
(``.html``/``.htm``, or ``.html.gz``), taken by name. For each ``--count`` (default: 200 and
1,000), the first N pages, uncompressed, in a new folder; then:

* **against Taguette** (when ``taguette`` is installed, or given with ``--taguette``; skipped
  with a note otherwise): Taguette 1.x is started in single-user mode on 127.0.0.1 with a new
  database, as its user has it running; its start-up is measured and shown, not counted.
  Then the same work on both sides, Taguette first:

  - import: every page as a document (Taguette: one HTTP upload each, as its web page sends
    them; Kutip: one ``kutip import FOLDER`` process);
  - highlight: one tagged highlight on the first 60 characters of each document (Taguette:
    one HTTP request each, as its web page sends them; Kutip: one process that opens the
    library and adds them through ``library.annotations.add``, as the app does);
  - CSV export of all highlights (Taguette: ``/project/N/export/highlights/.csv``; Kutip: a
    ``kutip export --format csv`` process), ``--repeat`` times, alternating which goes first;
    the medians.

  Kutip's side is the whole process: Python's start, the imports, the work, the exit (with a
  bytecode cache, as an install has). Taguette's side is its server's CPU time (from
  ``/proc``) plus the HTTP client's (this process's), and the requests' wall time. Target:
  Kutip's CPU time and wall time below Taguette's (ratio ≤ 1) in each row.
* **re-import**: the same ``kutip import FOLDER`` again on the unchanged folder (each page is
  recognised by the hash of its bytes before any extraction); target: ≥ 10× faster than the
  first import.

The machine's load average is printed with the table; the CPU rows are the ones to trust on a
shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import http.cookiejar
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.cli import KUTIP  # noqa: E402  (the `kutip` command's own work)
from bench.pages import DEFAULT_REPOS, assemble  # noqa: E402
from bench.run import Row, Skip, print_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HIGHLIGHT = 60  # characters highlighted at the start of each document
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _kutip(args: list[str], env: dict[str, str], code: str | None = None,
           refused: list[str] | None = None) -> tuple[float, float]:
    """Run one kutip process; its (wall, CPU) time, the CPU of any process it started
    included. With ``refused`` (an import), pages Kutip declines to import (a page of links,
    a consent notice: one ``failed:`` line each) are collected there instead of failing the
    run: Taguette takes any page as a document."""
    # (without ``code``: what the installed `kutip` command runs, as bench/cli.py does —
    # ``python -m reader`` would add runpy's imports, ~3 ms a process, no user pays)
    argv = [sys.executable, "-c", code or KUTIP, *args]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=env["HOME"], capture_output=True, timeout=7200)
    took = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    failed = [line for line in done.stderr.decode(errors="replace").splitlines()
              if line.startswith("failed: ")]
    if done.returncode != 0 and not (refused is not None and failed):
        raise RuntimeError(f"kutip {' '.join(args[:3])}: "
                           + done.stderr.decode(errors="replace").strip()[-300:])
    if refused is not None:
        refused[:] = failed
    return took, cpu


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
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [executable, "--no-browser", "-b", "127.0.0.1", "-p", str(self.port),
             "--database", str(home / "taguette.sqlite3")],
            env={**os.environ, "HOME": str(home)}, stdout=self.log, stderr=subprocess.STDOUT)
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        token = self._token()
        self.start_wall = time.perf_counter() - started  # to the first answer, not counted
        self.start_cpu = self.cpu()
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
            time.sleep(0.05)
        self.log.seek(0)
        raise RuntimeError("Taguette did not start: " + self.log.read()[-500:])

    def cpu(self) -> float:
        """The server's CPU time so far (and of any process it started and waited for)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(value) for value in fields[11:15]) / TICK  # utime stime cutime cstime

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

    def timed(self, work: Callable[[], object]) -> tuple[float, float, object]:
        """(wall, CPU, result) of ``work``: the server's CPU plus this process's (the
        client's), as a browser would spend it."""
        server, client = self.cpu(), time.process_time()
        started = time.perf_counter()
        result = work()
        took = time.perf_counter() - started
        return took, self.cpu() - server + time.process_time() - client, result

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def _rows(name: str, ours: tuple[float, float], theirs: tuple[float, float],
          note: str) -> list[Row]:
    """A CPU row and a wall row from (wall, CPU) pairs."""
    return [Row(f"{name} (CPU)", ours[1], theirs[1], "s", "≤ 1", note),
            Row(f"{name} (wall)", ours[0], theirs[0], "s", "≤ 1", "")]


def bench_versus(executable: str | None, pages: Path, count: int, home: Path,
                 env: dict[str, str], repeat: int) -> list[Row | Skip]:
    name = f"vs Taguette, {count} pages"
    executable = executable or shutil.which("taguette")
    results: list[Row | Skip] = []
    files = sorted(pages.iterdir())
    server = None
    if not executable:
        results.append(Skip(f"Kutip {name}", "taguette is not installed (pip install taguette,"
                            " or --taguette PATH); nothing compared"))
    else:
        server = Taguette(executable, home / "taguette")
    library = home / "versus.sqlite"
    csv_file = home / "versus.csv"
    refused_pages: list[str] = []
    try:
        if server:
            project = server.new_project("bench")
            their_import = server.timed(lambda: [server.upload(project, page)
                                                 for page in files])
            documents = their_import[2]
        our_import = _kutip(["--db", str(library), "import", str(pages)], env,
                            refused=refused_pages)
        again = _kutip(["--db", str(library), "import", str(pages)], env, refused=[])
        results.append(Row(f"re-import of {count} unchanged pages (first / again)",
                           our_import[1], again[1], "s", "≥ 10",
                           f"CPU, whole processes; 'baseline' is the second import (wall "
                           f"{our_import[0]:.1f} s / {again[0]:.2f} s); {len(refused_pages)}"
                           " pages refused as holding no article"))
        if not server:
            return results
        tag = server.post_json(f"/api/project/{project}/tag/new",
                               {"path": "bench", "description": ""})["id"]

        def highlight_all() -> int:
            refused = 0
            for document in documents:
                try:
                    server.post_json(
                        f"/api/project/{project}/document/{document}/highlight/new",
                        {"start_offset": 0, "end_offset": HIGHLIGHT, "tags": [tag]})
                except urllib.error.HTTPError:
                    refused += 1  # e.g. a document whose text is shorter than the highlight
            return refused

        their_highlights = server.timed(highlight_all)
        our_highlights = _kutip([str(library), str(HIGHLIGHT)], env, code=KUTIP_HIGHLIGHTS)
        ours, theirs, floor = [], [], []
        their_csv = b""
        for run in range(repeat):  # alternating which goes first
            for side in ((0, 1, 2) if run % 2 else (2, 1, 0)):
                if side == 2:  # the least a Python command doing this could cost
                    floor.append(_kutip([], env, code="import click, sqlite3, csv"))
                elif side:
                    ours.append(_kutip(["--db", str(library), "export", "--format", "csv",
                                        "-o", str(csv_file)], env))
                else:
                    took, cpu, their_csv = server.timed(
                        lambda: server.get(f"/project/{project}/export/highlights/.csv"))
                    theirs.append((took, cpu))
        start = (f"Taguette's own start (not counted): {server.start_wall:.2f} s wall,"
                 f" {server.start_cpu:.2f} s CPU")
    finally:
        if server:
            server.close()

    def median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
        return (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs))

    rows_theirs = max(0, their_csv.decode("utf-8", "replace").count("\n") - 1)
    refused = their_highlights[2]
    results += _rows(f"{name}: import", our_import[:2], their_import[:2],
                     f"Kutip refused {len(refused_pages)} pages as holding no article; "
                     + start)
    results += _rows(f"{name}: highlight each", our_highlights, their_highlights[:2],
                     f"{len(documents) - refused} Taguette highlights ({refused} refused)")
    results += _rows(f"{name}: CSV export", median(ours), median(theirs),
                     f"median of {repeat}, alternating; Taguette's CSV {rows_theirs} lines,"
                     f" Kutip's {csv_file.stat().st_size:,} bytes; a bare `python -c 'import"
                     f" click, sqlite3, csv'` process: {median(floor)[1]:.3f} s CPU")
    return results


def bench_pages(pages: Path | None, counts: list[int], taguette: str | None,
                repos: Path = DEFAULT_REPOS, clone: bool = False,
                repeat: int = 5) -> list[Row | Skip]:
    """The rows for each count (also ``bench/run.py --only versus``). Without ``pages``,
    the set of ``bench/pages.json``; when its repositories are not there (and not to be
    cloned), one Skip saying how to get them."""
    results: list[Row | Skip] = []
    loads = []
    with tempfile.TemporaryDirectory(prefix="kutip-versus-") as tmp:
        source = pages
        if source is None:
            source = Path(tmp) / "all"
            try:
                assemble(source, max(counts), repos, clone)
            except SystemExit as missing:
                return [Skip("Kutip vs Taguette, real saved pages",
                             f"{missing} (python bench/pages.py assemble DIR --clone)")]
        for count in counts:
            home = Path(tmp) / str(count)
            folder = home / "pages"
            _pages(source, count, folder)
            env = _env(home)
            print(f"{count} pages …", file=sys.stderr, flush=True)
            loads.append(os.getloadavg()[0])
            results += bench_versus(taguette, folder, count, home, env, repeat)
            loads.append(os.getloadavg()[0])
    print(f"versus: load average {min(loads):.1f}–{max(loads):.1f}; Kutip runs as"
          f" {sys.executable}", file=sys.stderr)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, nargs="?",
                        help="a folder of saved pages (default: the set in bench/pages.json)")
    parser.add_argument("--count", type=int, action="append",
                        help="pages per run; repeat for several runs (default: 200 and 1000)")
    parser.add_argument("--taguette", help="the taguette executable (default: on PATH)")
    parser.add_argument("--repos", type=Path, default=DEFAULT_REPOS,
                        help="git copies of the repositories bench/pages.json reads from")
    parser.add_argument("--clone", action="store_true",
                        help="clone a repository missing under --repos from GitHub")
    parser.add_argument("--repeat", type=int, default=5, help="CSV exports per side")
    args = parser.parse_args(argv)
    results = bench_pages(args.pages, args.count or [200, 1000], args.taguette, args.repos,
                          args.clone, args.repeat)
    return 1 if print_table(results) else 0


if __name__ == "__main__":
    sys.exit(main())
