"""Guard against a None reference leak in some PySide6 builds on Python < 3.12.

PySide6-Essentials 6.12.0 (the ``cp310-abi3`` wheel) returns ``None`` from
every void C++ method without taking a new reference to it, as the Python
3.12+ limited API allows because ``None`` is immortal there.  On Python 3.10
and 3.11 ``None`` is not immortal: each such call (``QTextCursor.setPosition``,
``QTextCharFormat.setBackground``, ``QPainter.drawLine`` ...) lowers its
reference count by one, and after a few thousand calls the interpreter aborts
with "Fatal Python error: none_dealloc: deallocating None".
Not only Qt's own calls: shiboken6 replaces the ``__doc__`` getter of every builtin method,
method descriptor and slot wrapper, and that getter (``make_helptext``, then shiboken's
``get_signature``, which returns ``None`` without a reference for a callable that is not
Qt's) drops one reference per read of, say, ``"...".format.__doc__`` (two for
``str.format.__doc__``): ``functools.update_wrapper``, ``inspect`` and ``pydoc`` read it,
and Jinja's sandbox does for every ``str.format`` a template calls.

:func:`protect_none` detects the leak and, if present, raises the reference
count of ``None`` far out of reach - in effect making it immortal, as Python
3.12 does.  It is idempotent and a no-op elsewhere.

It is called in one place, once, before any widget exists: ``reader/app/__init__.py`` (and
by ``tests/conftest.py`` for a test process that never imports the app: pytest-qt loads
PySide6 into every one). shiboken6's ``get_signature`` (``libshiboken/signature/
signature.cpp``) ends in ``Py_RETURN_NONE``, the same macro as the void calls'.
The same fault in other abi3 extensions (a wheel built against 3.12+ headers, where
``Py_RETURN_NONE`` no longer increments, loaded by an older interpreter) and its fix:
https://github.com/vllm-project/vllm/pull/49950 ; immortal objects: PEP 683
(https://peps.python.org/pep-0683/). ``tests/app/test_pyside_guard.py`` fails as soon as
the installed PySide6 stops leaking, so the guard is removed then; raising the Python
floor to 3.12 removes it too.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def leaks_none() -> bool:
    """True when void PySide6 calls, or reading a builtin method's ``__doc__`` once
    PySide6 is loaded, drop references to ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    method = "probe".format
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    after_calls = sys.getrefcount(None)
    for _ in range(16):
        method.__doc__  # noqa: B018 - the read is the probe
    return after_calls < before - 8 or sys.getrefcount(None) < after_calls - 8


def protect_none() -> bool:
    """Make ``None`` effectively immortal if PySide6 leaks it; True if applied."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value >= _MARGIN:
        return True
    if not leaks_none():
        return False
    # True and False get the same treatment: a "bool_dealloc" abort was seen once too,
    # from a path returning bools; they are immortal on 3.12 as well.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    return True


def restore_import() -> bool:
    """Put back Python's own ``__import__`` in place of PySide6's import hook; True if it was
    PySide6's.

    Once PySide6 is loaded, ``builtins.__import__`` is a hook of its own for its
    ``__feature__`` switches (``from __feature__ import snake_case, true_property``, which
    Kutip does not use): every import statement, in a function body too, runs a Python
    function that looks up the importing frame, and every module first imported is then read
    whole (``inspect.getsource``) looking for the word "PySide6". That was ~3 % of the app's
    start to its first frame (~35 M instructions, issue 12) and a cost of every later import.
    PySide6 keeps Python's own import as ``builtins.__orig_import__``; its attribute lookups
    treat a module it has not read as one without switches, as it treats these."""
    import builtins

    import PySide6.QtCore  # noqa: F401  (the hook is installed as PySide6 loads)

    original = getattr(builtins, "__orig_import__", None)
    if original is None or builtins.__import__ is original:
        return False
    builtins.__import__ = original
    return True
