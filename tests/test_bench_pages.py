"""bench/pages.py: the real saved pages of the Taguette bench, named by repository, commit
and path, rebuilt from git copies and checked by their SHA-256 (issue 12)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import pages

WORDS = " ".join(f"word{n}" for n in range(400))  # over 2 KB, as a saved page is


def page(title: str, body: str = WORDS) -> bytes:
    return (f"<html><head><title>{title}</title><script>var x = 1;</script></head>"
            f"<body><p>{body}</p></body></html>").encode()


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def commit_files(repo: Path, files: dict[str, bytes], message: str) -> str:
    for name, data in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_bytes(data)
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """Two source repositories (owner+name folders, as `--repos` expects) and an empty
    manifest."""
    repos = tmp_path / "repos"
    one = repos / "someone+news"
    other = repos / "another+fixtures"
    for repo in (one, other):
        repo.mkdir(parents=True)
        git(repo, "init", "-q")
    first = commit_files(one, {
        "tests/a.html": page("Minister opens the new harbour in the north"),
        "tests/b.html.gz": gzip.compress(page("Flood waters recede — after a week of rain",
                                              WORDS.replace("word2 ", "rain "))),
        "tests/tiny.html": b"<html><body>test video</body></html>" + b" " * 3000,
        "docs/layout.html": page("Not under the pattern at all, never taken"),
    }, "pages")
    # a later save of a.html: another article (another title) counts; the same article
    # saved again with other bytes (an ad, line ends) does not
    second = commit_files(one, {
        "tests/a.html": page("Court rules on the fishing licences dispute"),
    }, "a new save")
    commit_files(other, {
        "fixtures/copy.html": page("Minister opens the new harbour in the north").replace(
            b"<p>", b"\r\n<p>"),  # a copy of someone's page, other bytes, same text
        "fixtures/own.html": page("Strike at the port ends with a pay deal",
                                  WORDS.replace("word1 ", "other ")),
        # b.html.gz saved again, another dash in its title (an en dash entity), an ad more
        "fixtures/resave.html": page("Flood waters recede &#8211; after a week of rain",
                                     WORDS + " advertisement"),
    }, "fixtures")
    manifest = tmp_path / "pages.json"
    manifest.write_text("[]")
    monkeypatch.setattr(pages, "MANIFEST", manifest)
    monkeypatch.setattr(pages, "SOURCES", [("someone/news", r"^tests/.*\.html(\.gz)?$"),
                                           ("another/fixtures", r"^fixtures/.*\.html$")])
    return repos, first, second


def test_build_takes_each_page_once_and_assemble_rebuilds_it(sources, tmp_path):
    repos, first, second = sources
    entries = pages.build(repos, clone=False)
    pages.write_manifest(entries)
    taken = {(e["repo"], e["path"], e["commit"]) for e in entries}
    assert taken == {("someone/news", "tests/a.html", second),  # the newer save first
                     ("someone/news", "tests/a.html", first),  # the older: another article
                     ("someone/news", "tests/b.html.gz", first),
                     ("another/fixtures", "fixtures/own.html", taken_commit(entries,
                                                                             "own.html"))}
    # the sources taken in turn, files numbered in that order
    assert [e["repo"] for e in entries[:2]] == ["someone/news", "another/fixtures"]
    assert [e["file"] for e in entries] == ["0001.html", "0002.html", "0003.html",
                                            "0004.html"]
    out = tmp_path / "out"
    written = pages.assemble(out, None, repos, clone=False)
    assert len(written) == 4
    for entry in entries:
        data = (out / entry["file"]).read_bytes()
        assert data.startswith(b"<html>")  # the .gz page is written uncompressed
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    # built again from its own manifest: the same list
    assert pages.build(repos, clone=False) == entries


def taken_commit(entries, name):
    return next(e["commit"] for e in entries if e["path"].endswith(name))


def test_assemble_refuses_bytes_that_are_not_the_manifests(sources, tmp_path):
    repos, _, _ = sources
    entries = pages.build(repos, clone=False)
    entries[0]["sha256"] = "0" * 64
    pages.write_manifest(entries)
    with pytest.raises(SystemExit, match="not the bytes the manifest names"):
        pages.assemble(tmp_path / "out", None, repos, clone=False)


def test_a_missing_repository_says_how_to_get_it(sources, tmp_path):
    repos, _, _ = sources
    pages.write_manifest(pages.build(repos, clone=False))
    with pytest.raises(SystemExit, match="git clone --bare https://github.com/someone/news"):
        pages.assemble(tmp_path / "out", None, tmp_path / "elsewhere", clone=False)


def test_the_shipped_manifest_names_a_thousand_distinct_pages():
    entries = json.loads(Path(pages.__file__).with_name("pages.json").read_text())
    assert len(entries) >= 1000
    assert len({e["sha256"] for e in entries}) == len(entries)
    assert len({(e["repo"], e["commit"], e["path"]) for e in entries}) == len(entries)
    assert not any(pages.forbidden(repo) for repo in {e["repo"] for e in entries})
    assert all(len(e["commit"]) == 40 for e in entries)


def test_run_py_skips_the_taguette_rows_when_the_pages_are_not_there(tmp_path):
    """bench/run.py --only versus without the pages' repositories: one SKIP line saying how
    to get them (the sections' Skip is run.py's own, also when run.py is the script)."""
    from reader.core.library import Library

    with Library(tmp_path / "lib.sqlite"):
        pass
    root = Path(pages.__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "run.py"), "--db", str(tmp_path / "lib.sqlite"),
         "--only", "versus", "--pages-repos", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(root), "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-500:]
    assert "SKIP" in done.stdout and "bench/pages.py assemble DIR --clone" in done.stdout
