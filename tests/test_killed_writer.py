"""Review R22-4: a ``kutip export`` ended by SIGTERM or SIGHUP (``timeout``, a closed terminal,
a logout) left its hidden temporary file ``.NAME.RANDOM.part`` beside the target for good
(104 MB after 5 minutes of a whole-library export at 100k). The CLI now ends on those signals
as on Ctrl+C (the file removed on the way out), and a part a killed writer left (SIGKILL, a
crash) is removed by the next write of the same name, never one a live writer holds."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time

import pytest

from reader.core import files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and locks")


def _parts(folder, name="out.md"):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


def _aged(path, seconds=60):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_a_dead_writers_part_goes_with_the_next_write_a_live_ones_stays(tmp_path):
    dead = tmp_path / ".out.md.0123456789ab.part"
    dead.write_bytes(b"x" * 1000)
    _aged(dead)
    live = tmp_path / ".out.md.ba9876543210.part"
    live.write_bytes(b"y")
    _aged(live)
    fresh = tmp_path / ".out.md.aaaaaaaaaaaa.part"  # (made a moment ago: not yet locked)
    fresh.write_bytes(b"z")
    other = tmp_path / ".other.md.0123456789ab.part"  # (another file's)
    other.write_bytes(b"o")
    _aged(other)
    holder = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        files.write_file_atomic(tmp_path / "out.md", "isi baru")
        assert _parts(tmp_path) == [fresh.name, live.name]
    finally:
        os.close(holder)
    assert other.exists() and (tmp_path / "out.md").read_text() == "isi baru"


def test_a_write_under_way_is_not_swept_by_another(tmp_path):
    """Two writers of one name at once: the second never removes the first's file."""
    target = tmp_path / "out.md"
    with files.replacing(target) as first:
        first.write(b"pertama")
        [part] = _parts(tmp_path)
        _aged(tmp_path / part)
        files.write_file_atomic(target, "kedua")
        assert (tmp_path / part).exists()
    assert target.read_bytes() == b"pertama" and _parts(tmp_path) == []


SLOW_WRITER = """
import sys, time
from reader.cli import end_cleanly_on_signals
from reader.core.files import write_file_atomic
end_cleanly_on_signals()
def parts():
    yield "awal\\n"
    print("writing", flush=True)
    time.sleep(60)
    yield "akhir\\n"
write_file_atomic(sys.argv[1], parts())
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_the_cli_ended_by_a_signal_leaves_no_part(tmp_path, signum):
    target = tmp_path / "out.md"
    # (as from a terminal: the signal not ignored, whatever the suite inherited — a CI
    # started under nohup ignores SIGHUP, and an ignored one stays ignored: RR22-4)
    child = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(target)],
                             stdout=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signum, signal.SIG_DFL))
    try:
        assert child.stdout.readline().strip() == "writing"
        assert len(_parts(tmp_path)) == 1
        child.send_signal(signum)
        assert child.wait(timeout=30) == 128 + signum
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert _parts(tmp_path) == [] and not target.exists()


NOHUP_WRITER = SLOW_WRITER.replace(
    "end_cleanly_on_signals()\n", "end_cleanly_on_signals()\n"
    "import signal; print(signal.getsignal(signal.SIGHUP) == signal.SIG_IGN)\n")


def test_a_signal_the_caller_ignores_stays_ignored(tmp_path):
    """Review RR22-4: under ``nohup`` (SIGHUP ignored) a batch ran on after the terminal
    closed; the handler replaced nohup's SIG_IGN and ended it part-way (exit 129)."""
    target = tmp_path / "out.md"
    child = subprocess.Popen([sys.executable, "-c", NOHUP_WRITER, str(target)],
                             stdout=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    try:
        assert child.stdout.readline().strip() == "True"
        assert child.stdout.readline().strip() == "writing"
        child.send_signal(signal.SIGHUP)
        time.sleep(1)
        assert child.poll() is None  # (still writing)
        child.send_signal(signal.SIGTERM)  # (not ignored: ends it cleanly)
        assert child.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert _parts(tmp_path) == []
