"""The reader pane and its parts, one job per module (after novelWriter's ``editor/``).

``segments`` is pure Python (no Qt), so importing this package does not load Qt until
``ReaderView`` is asked for.
"""

from __future__ import annotations

__all__ = ["ReaderView", "TAG_KEYS"]


def __getattr__(name: str):
    if name in __all__:
        from . import view

        return getattr(view, name)
    raise AttributeError(name)
