"""The keyboard and start-up tests again, on a real X server (Xvfb) with Qt's xcb platform.

The offscreen platform maps standard keys differently from an X11 session (Redo is Ctrl+Y
there, Ctrl+Shift+Z on X11), and it needs none of the xcb system libraries: a shortcut
conflict or a missing ``libxcb-*`` package passes offscreen and fails for users. So these
tests run in a child pytest under ``xvfb-run`` with ``QT_QPA_PLATFORM=xcb``. Without
``xvfb-run`` they are skipped on a developer's machine, but fail in CI (``CI`` set).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ON_XCB = ["test_keyboard.py"]  # the window starts (fixture) and answers real keys


def test_keyboard_and_start_up_on_xvfb_with_xcb(tmp_path):
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("xcb"):
        pytest.skip("already running on xcb")
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        message = "xvfb-run is missing (Debian: apt install xvfb xauth)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1920x1200x24", sys.executable, "-m", "pytest", "-q",
         "-n0", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "xcb"),
         *[str(HERE / name) for name in ON_XCB]],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout[-6000:] + result.stderr[-4000:]
    assert result.returncode == 0, output
    assert "skipped" not in result.stdout.splitlines()[-1], output
    assert "Ambiguous shortcut" not in output, output
