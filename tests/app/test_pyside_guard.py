"""The PySide6 None-reference workaround (``reader.app.pyside_guard``) is in force, and still
needed: this fails once the installed PySide6 no longer leaks, so the guard can go."""

import sys

import pytest
from PySide6.QtCore import QObject

import reader.app  # noqa: F401 - applies the guard once, at import, before any widget
from reader.app.pyside_guard import leaks_none, protect_none


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+ (PEP 683)")
def test_the_guard_is_still_needed_with_this_pyside6():
    import PySide6

    assert leaks_none(), (f"PySide6 {PySide6.__version__} no longer leaks None references: "
                          "remove reader/app/pyside_guard.py and its call in "
                          "reader/app/__init__.py")


def test_many_void_calls_do_not_deallocate_none():
    guarded = protect_none()
    assert guarded == (sys.version_info < (3, 12) and leaks_none())
    probe = QObject()
    for _ in range(50_000):  # would deallocate None (abort) if the leak were unguarded
        probe.setObjectName("x")
    if guarded:  # the margin is still there after 50,000 leaked references
        assert sys.getrefcount(None) > 1 << 39


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+ (PEP 683)")
def test_reading_a_builtin_methods_doc_leaks_too_and_is_guarded():
    """shiboken6's ``__doc__`` getter drops a reference to None per read (see pyside_guard;
    Jinja's sandbox reads it for every ``str.format`` of a template): still so with this
    PySide6, and 50,000 reads leave None alive under the guard."""
    assert protect_none()
    method = "x".format
    before = sys.getrefcount(None)
    for _ in range(50_000):
        method.__doc__  # noqa: B018 - the read is what leaks
    assert sys.getrefcount(None) <= before - 49_000, "update pyside_guard's docstring"
    assert sys.getrefcount(None) > 1 << 39


IMPORTS = """
import builtins, json, sys
import reader.app
from reader.app import pyside_guard
import reader.app.main_window  # (the window's modules, imported after PySide6)
from PySide6.QtWidgets import QCalendarWidget  # (a class PySide6 builds on first use)
from PySide6 import QtGui
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps([builtins.__import__ is builtins.__orig_import__,
                  "reader.app.main_window" in feature, QCalendarWidget.__name__,
                  QtGui.QColor("#102030").name(), pyside_guard.restore_import()]))
"""


def test_the_window_imports_without_pysides_import_hook(tmp_path):
    """Issue 12: PySide6's ``__import__`` hook (for its ``__feature__`` switches, unused here)
    ran a Python function for every import statement and read the whole source of every new
    module: ``reader.app`` puts Python's own import back. Qt's classes are still made on
    first use, and doing it again changes nothing."""
    import json
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", IMPORTS], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [
        True, False, "QCalendarWidget", "#102030", False]
