"""Where no display can be reached, `kutip` and `kutip-gui` say so in one line and exit 1,
before Qt is started (R21-13: Qt's xcb plugin aborted with a core dump and advice to install
libxcb-cursor0, which was installed); and a name too long for the file system given to
import is one failed line, not a traceback (R21-11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app.main import given
from reader.core.desktop import no_display


def test_a_unix_session_without_a_display_server_has_no_display():
    assert no_display({}, "linux") is not None
    assert no_display({"DISPLAY": " "}, "freebsd14") is not None
    assert no_display({"DISPLAY": "remote.example:0"}, "linux") is None  # (left to Qt)
    assert no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None  # (chosen by hand)
    assert no_display({}, "win32") is None and no_display({}, "darwin") is None


def _free_display() -> int:
    """A display number no X server here uses (no socket file, no abstract socket)."""
    import socket

    for number in range(4700, 4800):
        if os.path.exists(f"/tmp/.X11-unix/X{number}"):
            continue
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(f"\0/tmp/.X11-unix/X{number}")
            except OSError:
                return number
    raise AssertionError("no free display number")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux's")
def test_a_display_named_but_not_there_has_no_display_and_one_that_answers_has():
    import socket

    number = _free_display()
    stale = no_display({"DISPLAY": f":{number}"}, "linux")  # (Qt aborted on it: R21-13)
    assert stale is not None and f"DISPLAY=:{number}" in stale
    with socket.socket(socket.AF_UNIX) as server:  # an X server offering the abstract socket
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(1)
        assert no_display({"DISPLAY": f":{number}.0"}, "linux") is None
        assert no_display({"DISPLAY": f"unix:{number}"}, "linux") is None
    assert no_display({"DISPLAY": "localhost:10.0"}, "linux") is None  # (ssh -X: Qt's to try)
    assert no_display({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None  # (RR21-1)
    assert no_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Unix sockets")
def test_a_socket_file_nobody_listens_on_is_no_display(tmp_path, monkeypatch):
    """RR21-1: a socket file a killed X server left behind passed as a display."""
    import socket

    from reader.core import desktop

    stale = tmp_path / "X5"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(stale))
        server.listen(1)
        assert desktop._answers(str(stale))
    assert stale.exists() and not desktop._answers(str(stale))


def test_a_wayland_display_is_there_when_its_socket_answers(tmp_path):
    import socket

    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert no_display(env, "linux") is not None
    (tmp_path / "wayland-7").touch()  # (a stale file: review21's re-check of R21-13)
    assert no_display(env, "linux") is not None
    (tmp_path / "wayland-7").unlink()
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        assert no_display(env, "linux") is None
        assert no_display({"DISPLAY": str(tmp_path / "wayland-7")}, "linux") is None
    assert no_display({"DISPLAY": str(tmp_path / "wayland-7")}, "linux") is not None


def _without_display(tmp_path: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), LANG=lang, LC_ALL="", LANGUAGE="")
    env.pop("KUTIP_DB", None)
    return env


def test_kutip_without_a_display_says_so_in_one_line_and_makes_no_library(tmp_path):
    for script, lang, words in (
            ("from reader.launcher import main; main()", "C.UTF-8", "needs a desktop session"),
            ("from reader.app.main import main; main()", "id_ID.UTF-8", "memerlukan sesi desktop")):
        done = subprocess.run([sys.executable, "-c", script, *([] if "launcher" in script
                                                               else ["my-library.sqlite"])],
                              env=_without_display(tmp_path, lang), cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") == 1 and words in done.stderr
        assert "kutip --help" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "data").exists() and not (tmp_path / "my-library.sqlite").exists()


def test_a_name_too_long_for_the_file_system_fails_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from reader.cli import cli

    long = "b" * 300 + ".txt"
    monkeypatch.chdir(tmp_path)
    assert given([long]) == (None, [Path(long)])  # (an article: the import says why not)
    (tmp_path / "a.txt").write_text("Judul\n\n“Kami siap,” kata Budi.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "l.sqlite"), "import", long, "a.txt"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "too long for the file system" in result.output
    assert "1 imported" in result.output and "1 failed" in result.output


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux's")
def test_qt_fallback_list_is_tried_name_by_name_and_the_message_names_what_is_missing():
    """R22-1: ``QT_QPA_PLATFORM="wayland;xcb"`` (Qt's fallback list) on an X session without
    Wayland was refused with "neither DISPLAY nor WAYLAND_DISPLAY is set" while Qt would
    have opened the X display; and xcb chosen with only Wayland there said neither is set."""
    import socket

    number = _free_display()
    with socket.socket(socket.AF_UNIX) as server:  # an X server offering the abstract socket
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(16)  # (probes are never accepted: room for each)
        x_session = {"DISPLAY": f":{number}"}
        assert no_display({**x_session, "QT_QPA_PLATFORM": "wayland;xcb"}, "linux") is None
        assert no_display({**x_session, "QT_QPA_PLATFORM": "xcb;wayland"}, "linux") is None
        assert no_display({**x_session, "QT_QPA_PLATFORM": "wayland;offscreen"}, "linux") is None
        stale_wayland = {**x_session, "WAYLAND_DISPLAY": "gone", "XDG_RUNTIME_DIR": "/nonexistent",
                         "QT_QPA_PLATFORM": "wayland;xcb"}
        assert no_display(stale_wayland, "linux") is None
        only_wayland = no_display({**x_session, "QT_QPA_PLATFORM": "wayland"}, "linux")
        assert only_wayland is not None and "WAYLAND_DISPLAY" in str(only_wayland)
        assert "neither" not in str(only_wayland)
    asked_xcb = no_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert asked_xcb is not None and "QT_QPA_PLATFORM=xcb needs DISPLAY," in str(asked_xcb)
    both_gone = no_display({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert both_gone is not None and "DISPLAY" in str(both_gone)
    assert no_display({"QT_QPA_PLATFORM": " ; "}, "linux") is not None  # (empty: the default)
