"""The ``kutip`` command's entry point (``[project.scripts]``): ``reader.cli.main``, its
modules imported with Python's cyclic garbage collector paused.

Starting builds tens of thousands of objects (click's modules and Kutip's command table,
classes and functions) that live as long as the process, and every collection on the way
walks all of them again: ≈3 ms of CPU of a `kutip export --format csv` process (issue 12).
So the collector is paused while they are imported, they are frozen (left out of every
later collection's walk, as ``reader.cli`` does for the library's modules and the app after
its first frame), and it runs again for the command's own work.
"""

from __future__ import annotations

import gc


def main() -> None:
    gc.disable()
    try:
        from .cli import main as kutip
    finally:
        gc.freeze()
        gc.enable()
    kutip()
