"""The ``kutip`` command's entry point (``[project.scripts]``): ``reader.cli.main``, its
modules imported with Python's cyclic garbage collector paused, and the process ended
without Python's teardown once the command is done.

Starting builds tens of thousands of objects (click's modules and Kutip's command table,
classes and functions) that live as long as the process, and every collection on the way
walks all of them again: ≈3 ms of CPU of a `kutip export --format csv` process (issue 12).
So the collector is paused while they are imported, they are frozen (left out of every
later collection's walk, as ``reader.cli`` does for the library's modules and the app after
its first frame), and it runs again for the command's own work.

At the end, Python would free every module and object one by one before the process goes
(≈2 ms more); the system frees a process's memory at once. So when the command is done
(its library closed, its file written and renamed, by ``reader.cli``), the standard
streams flushed and the ``atexit`` functions run, the process ends there (``os._exit``),
with the command's exit code. Not when anything else may still need the teardown: another
thread still running, the desktop app (Qt) loaded, an exit that is not a code, or a stream
that cannot be flushed (a closed pipe: Python's own exit then reports it as it always has).
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    gc.disable()
    try:
        from .cli import main as kutip
    finally:
        gc.freeze()
        gc.enable()
    try:
        kutip()
    except SystemExit as end:
        _end(end.code)
        raise


def _end(code: object) -> None:
    """End the process with ``code`` now, if nothing needs Python's teardown (see the
    module); else return, and the ``SystemExit`` ends it the usual way."""
    import threading

    if (not (code is None or isinstance(code, int)) or threading.active_count() > 1
            or "PySide6" in sys.modules):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    import atexit
    import os

    atexit._run_exitfuncs()  # (what Python's exit runs first; they may write more)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        os._exit(120)  # (as Python's exit does when a stream cannot be flushed)
    os._exit(code or 0)
