"""The Qt-free core of Kutip (see the ``reader`` package docstring).

Importing it costs nothing: ``reader.core.store`` loads sqlite_utils (see there), so the
command line answers ``--version`` and ``--help`` without it (issue 12).
"""
