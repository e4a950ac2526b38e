"""File modes of what Kutip writes (review R15-13).

Exports are for sharing: a new ``.kutip`` or ``.qdpx`` gets the umask's mode as a Markdown or
CSV export does (a colleague's ``kutip merge`` on a shared drive must read it), and an
existing file keeps its own.
"""

from __future__ import annotations

import os
import stat
import sys
import zipfile

import pytest

from reader.core.export.kutipfile import write_zip

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_zip_gets_the_umasks_mode_and_an_existing_one_keeps_its_own(tmp_path, umask_022):
    fresh = tmp_path / "fresh.kutip"
    write_zip(fresh, {"a.json": b"{}"})
    assert _mode(fresh) == 0o644
    with zipfile.ZipFile(fresh) as archive:
        assert archive.read("a.json") == b"{}"
    kept = tmp_path / "kept.kutip"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_zip(kept, {"b.json": b"[]"})
    assert _mode(kept) == 0o640 and zipfile.is_zipfile(kept)
    os.umask(0o077)
    private = tmp_path / "private.kutip"
    write_zip(private, {"a.json": b"{}"})
    assert _mode(private) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.kutip", "kept.kutip",
                                                          "private.kutip"]


def test_a_zip_through_a_symlink_replaces_its_target(tmp_path, umask_022):
    real = tmp_path / "real.qdpx"
    real.write_bytes(b"old")
    real.chmod(0o660)
    link = tmp_path / "link.qdpx"
    link.symlink_to(real)
    write_zip(link, {"project.qde": b"<x/>"})
    assert link.is_symlink() and zipfile.is_zipfile(real) and _mode(real) == 0o660


@pytest.mark.parametrize("fmt", ["kutip", "qdpx", "md", "qdc"])
def test_every_export_format_writes_a_new_file_with_the_same_mode(run, tmp_path, umask_022,
                                                                  fmt):
    target = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o644
