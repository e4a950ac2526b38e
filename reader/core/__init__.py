"""The Qt-free core of Kutip (see the ``reader`` package docstring)."""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    # sqlite_utils imports numpy (0.1-0.3 s of every start-up) only so that inserted values
    # may be numpy scalars, which Kutip never passes: hide numpy while sqlite_utils loads.
    # numpy stays importable afterwards for anyone who needs it.
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" -> ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]
