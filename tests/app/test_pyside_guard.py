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
