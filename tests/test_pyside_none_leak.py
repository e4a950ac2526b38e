"""A test process that never imports ``reader.app`` survives PySide6's None-reference leak.

pytest-qt loads PySide6 into every test process, and with it shiboken6's ``__doc__`` getter
on builtin methods and method descriptors: on Python 3.11, each read of, say,
``"…".format.__doc__`` drops a reference to ``None`` (``reader/app/pyside_guard.py``).
Jinja's sandbox reads it for every ``str.format`` a user's template calls
(``functools.update_wrapper`` in ``wrap_str_format``), so a core test rendering user
templates in process ended by aborting ("Fatal Python error: none_dealloc", rc 134), at
exit or sooner, whenever no test of ``tests/app`` was collected to put the guard in place.
This module must not import ``reader.app``: the child process collects it alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.export import rendering

ROOT = Path(__file__).resolve().parents[1]
#: more references than ``None`` has in a test process (about 20,000)
FORMATS = 60_000


def test_a_users_template_calls_str_format_sixty_thousand_times_in_process(tmp_path):
    template = tmp_path / "formats.md.j2"
    template.write_text("{% for i in range(n) %}{{ '{}:'.format(i) }}{% endfor %}",
                        encoding="utf-8")
    text = rendering._render_in_process(template, {"n": FORMATS}, None, sandboxed=True)
    assert text.count(":") == FORMATS and text.endswith(f"{FORMATS - 1}:")


def test_a_test_process_without_the_app_ends_cleanly():
    """The test above alone, in a pytest process of its own: it passes, and the process
    exits with 0 (before tests/conftest.py applied the guard: SIGABRT, -6)."""
    node = f"{Path(__file__).relative_to(ROOT)}::" \
        "test_a_users_template_calls_str_format_sixty_thousand_times_in_process"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n0", "-p", "no:cacheprovider",
                           "-p", "no:randomly", node], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=240, check=False)
    assert done.returncode == 0, (done.returncode, done.stdout[-1500:], done.stderr[-1500:])
    assert "1 passed" in done.stdout
