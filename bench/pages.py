"""Real saved news pages for the benches, rebuilt from public repositories (issue 12).

    python bench/pages.py assemble OUT [--count N] [--repos DIR] [--clone]
    python bench/pages.py build [--repos DIR]        # how bench/pages.json was made

The pages are not kept in this repository. ``bench/pages.json`` names each one by the public
repository, commit and path it was read from, with the SHA-256 of its (uncompressed) bytes.
``assemble`` writes the first ``--count`` of them to ``OUT/NNNN.html``, reading each from a
git copy of its repository under ``--repos`` (``owner+name/repo``, ``owner+name``,
``owner/name`` or ``owner/name.git``: a bare or a working clone). With ``--clone``, a missing
repository is cloned there first (``git clone --bare https://github.com/owner/name``, the
only network use). Every page is checked against its SHA-256 before it is written.

``build`` extends the manifest from the repositories' default-branch history: each HTML file
version under the paths in ``SOURCES`` (``.html.gz`` read uncompressed), 2 KB or more, not
already in (by the SHA-256 of its bytes, nor by its ``<title>``, so the same article saved
twice, or copied from one test set into another, is taken once), taken from the sources in
turn. The sources in ``FORBIDDEN`` are never used (they are kept for independent evaluation
of the extraction).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

MANIFEST = Path(__file__).resolve().with_name("pages.json")
DEFAULT_REPOS = Path.home() / ".cache" / "kutip-bench-repos"
SMALLEST = 2048  # bytes; smaller files are fixtures for one tag, not saved pages
MIN_WORDS = 50  # visible words; fewer is a hand-made fixture ('test video'), not a page

# The first 634 entries (session 6) came, in turn, from scrapinghub/article-extraction-
# benchmark html/, postlight/parser fixtures/, codelucas/newspaper and AndyTheFactory/
# newspaper4k tests/data/html/, mozilla/readability test/test-pages/*/source.html, at the
# commits recorded beside each. ``build`` adds to them from these, in turn:
SOURCES: list[tuple[str, str]] = [
    ("flairNLP/fundus", r"^tests/resources/.*\.html\.gz$"),
    ("goose3/goose3", r"^tests/data/.*\.html$"),
    ("postlight/parser", r"^(fixtures|src/extractors/custom/[^/]+/fixtures)/.*\.html$"),
    ("codelucas/newspaper", r"^tests/data/html/.*\.html$"),
    ("AndyTheFactory/newspaper4k", r"^tests/data/html/.*\.html$"),
    ("go-shiori/go-readability", r"^test-pages/[^/]+/source\.html$"),
]
# the sources reserved for independent evaluation, by the SHA-256 of their "owner/name" (so
# that nothing here cites them)
FORBIDDEN = frozenset((
    "6472a4b698a214f60ddbd45d0c0595f2c10972f33974c9a6b874058e9451853f",
    "a41980a5dab04dfbad9b2a1b379142672d0aaa3fd136a48a950905bc90c5c76b",
))


def forbidden(repo: str) -> bool:
    """Is ``repo`` ("owner/name") one of the sources reserved for independent evaluation?"""
    return hashlib.sha256(repo.encode()).hexdigest() in FORBIDDEN


# ----------------------------------------------------------------------------- repositories
def repo_dir(repos: Path, repo: str, clone: bool = False) -> Path:
    owner, name = repo.split("/")
    for candidate in (repos / f"{owner}+{name}" / "repo", repos / f"{owner}+{name}",
                      repos / owner / name, repos / owner / f"{name}.git"):
        if (candidate / "HEAD").exists() or (candidate / ".git").exists():
            return candidate
    target = repos / f"{owner}+{name}"
    if not clone:
        raise SystemExit(f"no git copy of {repo} under {repos}: run with --clone, or"
                         f" git clone --bare https://github.com/{repo} {target}")
    repos.mkdir(parents=True, exist_ok=True)
    print(f"cloning {repo} …", file=sys.stderr, flush=True)
    subprocess.run(["git", "clone", "--bare", "--quiet", f"https://github.com/{repo}.git",
                    str(target)], check=True)
    return target


class Blobs:
    """``git cat-file --batch`` on one repository: the bytes of ``commit:path``."""

    def __init__(self, git_dir: Path):
        self.process = subprocess.Popen(["git", "-C", str(git_dir), "cat-file", "--batch"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, spec: str) -> bytes | None:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(spec.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        if len(header) < 3 or header[-1] == b"missing":
            return None
        data = self.process.stdout.read(int(header[2]))
        self.process.stdout.read(1)  # the newline after the content
        return data

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait()


def page_bytes(path: str, data: bytes) -> bytes:
    return gzip.decompress(data) if path.endswith(".gz") else data


# ----------------------------------------------------------------------------- assemble
def load_manifest() -> list[dict[str, str]]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def assemble(out: Path, count: int | None, repos: Path, clone: bool) -> list[Path]:
    entries = load_manifest()[:count]
    if count is not None and len(entries) < count:
        raise SystemExit(f"{MANIFEST.name} names {len(entries)} pages, fewer than {count}")
    out.mkdir(parents=True, exist_ok=True)
    readers: dict[str, Blobs] = {}
    written = []
    try:
        for entry in entries:
            repo = entry["repo"]
            if repo not in readers:
                readers[repo] = Blobs(repo_dir(repos, repo, clone))
            data = readers[repo].read(f"{entry['commit']}:{entry['path']}")
            if data is None:
                raise SystemExit(f"{repo} has no {entry['path']} at {entry['commit'][:10]}"
                                 " (fetch the repository's full history)")
            data = page_bytes(entry["path"], data)
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise SystemExit(f"{repo} {entry['path']}: not the bytes the manifest names")
            target = out / entry["file"]
            target.write_bytes(data)
            written.append(target)
    finally:
        for reader in readers.values():
            reader.close()
    return written


# ----------------------------------------------------------------------------- build
TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)


def title_words(data: bytes) -> str:
    """The page's ``<title>``, folded to its words (a dash or an entity spelt otherwise in
    another save of the page does not count)."""
    found = TITLE.search(data[:200_000])
    if not found:
        return ""
    title = html.unescape(found.group(1).decode("utf-8", "replace"))
    return " ".join(re.findall(r"\w+", title.lower()))


def title_key(data: bytes) -> str:
    """The page's title words when they are enough to name one article."""
    title = title_words(data)
    return title if len(title) >= 20 else ""


SCRIPT = re.compile(rb"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
TAG = re.compile(rb"<[^>]*>")


def words(data: bytes) -> list[str]:
    """The page's visible words, folded: two saves of one page differ in bytes (line ends,
    an ad, a cache stamp) far more often than in these."""
    text = TAG.sub(b" ", SCRIPT.sub(b" ", data)).decode("utf-8", "replace")
    return html.unescape(text).lower().split()


def versions(git_dir: Path, pattern: str) -> Iterator[tuple[str, str, str]]:
    """(commit, path, blob) of every version of a matching file on the default branch,
    newest first."""
    log = subprocess.run(["git", "-C", str(git_dir), "log", "--format=C %H", "--raw",
                          "--no-abbrev", "--no-renames", "--diff-filter=AM", "HEAD"],
                         capture_output=True, check=True).stdout.decode("utf-8", "replace")
    wanted = re.compile(pattern)
    commit = ""
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.startswith(":"):
            meta, path = line.split("\t", 1)
            if wanted.search(path):
                yield commit, path, meta.split()[3]


def fingerprint(data: bytes) -> tuple[str, str, int]:
    """(SHA-256 of the bytes, SHA-256 of the visible words, how many words)."""
    seen = words(data)
    return (hashlib.sha256(data).hexdigest(),
            hashlib.sha256(" ".join(seen).encode()).hexdigest(), len(seen))


def build(repos: Path, clone: bool) -> list[dict[str, str]]:
    entries = load_manifest()
    seen: set[str] = set()  # bytes, visible words and titles of the pages taken
    blobs_of: dict[str, Blobs] = {}

    def reader(repo: str) -> Blobs:
        if repo not in blobs_of:
            blobs_of[repo] = Blobs(repo_dir(repos, repo, clone))
        return blobs_of[repo]

    def take(data: bytes, path: str, titles_of: dict[str, set[str]]) -> str | None:
        """The page's SHA-256 when it is a saved page not yet taken, else None: not a
        fixture for one tag, each page once whatever copy or later save of it (an older
        version of a file counts when it is another article: another title)."""
        digest, text, count = fingerprint(data)
        title = title_key(data)
        if (len(data) < SMALLEST or count < MIN_WORDS
                or b"<body" not in data[:2_000_000].lower() or {digest, text} & seen
                or (title and title in seen)):
            return None
        head = title_words(data) or data[:200].decode("utf-8", "replace")
        if head in titles_of.setdefault(path, set()):
            return None
        titles_of[path].add(head)
        seen.update((digest, text, title))
        return digest

    kept: list[dict[str, str]] = []
    try:
        titles_of: dict[str, set[str]] = {}
        for entry in entries:  # what is already in, filtered by the same rules
            data = reader(entry["repo"]).read(f"{entry['commit']}:{entry['path']}")
            if data is None:
                raise SystemExit(f"{entry['repo']} has no {entry['path']}")
            digest = take(page_bytes(entry["path"], data), entry["repo"] + entry["path"],
                          titles_of)
            if digest:
                kept.append({**entry, "sha256": digest})
        entries = kept
        queues: list[list[dict[str, str]]] = []
        for repo, pattern in SOURCES:
            assert not forbidden(repo)
            queue: list[dict[str, str]] = []
            blobs_done: set[str] = set()
            for commit, path, blob in versions(repo_dir(repos, repo, clone), pattern):
                if blob in blobs_done:
                    continue
                blobs_done.add(blob)
                data = reader(repo).read(blob)
                if data is None:  # over the snapshot's size limit
                    continue
                digest = take(page_bytes(path, data), repo + path, titles_of)
                if not digest:
                    continue
                queue.append({"repo": repo, "commit": commit, "path": path,
                              "sha256": digest})
            print(f"{repo}: {len(queue)} new pages", file=sys.stderr)
            queues.append(sorted(queue, key=lambda e: (e["path"], e["commit"])))
        while any(queues):
            for queue in queues:
                if queue:
                    entries.append({"file": "", **queue.pop(0)})
    finally:
        for blobs in blobs_of.values():
            blobs.close()
    for number, entry in enumerate(entries, 1):
        entry["file"] = f"{number:04d}.html"
    return entries


def write_manifest(entries: list[dict[str, str]]) -> None:
    lines = [json.dumps({key: entry[key] for key in ("file", "repo", "commit", "path",
                                                     "sha256")}, ensure_ascii=False)
             for entry in entries]
    MANIFEST.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    put = commands.add_parser("assemble", help="write the pages to a folder")
    put.add_argument("out", type=Path)
    put.add_argument("--count", type=int, help="the first N pages (default: all)")
    grow = commands.add_parser("build", help="extend bench/pages.json from SOURCES")
    for command in (put, grow):
        command.add_argument("--repos", type=Path, default=DEFAULT_REPOS,
                             help=f"git copies of the source repositories ({DEFAULT_REPOS})")
        command.add_argument("--clone", action="store_true",
                             help="clone a missing repository from GitHub")
    args = parser.parse_args(argv)
    if args.command == "assemble":
        written = assemble(args.out, args.count, args.repos, args.clone)
        print(f"{len(written)} pages in {args.out}")
    else:
        entries = build(args.repos, args.clone)
        write_manifest(entries)
        print(f"{len(entries)} pages in {MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
