"""The Quotes dock: every statement quoted more than once, and the trail of one of them.

``install(window)`` is the one hook the main window calls: it adds the dock (View > Quotes),
"Show Quote Trail" (Library menu, and the annotation list's context menu for a quote), and
keeps the list current as the library changes. The dock's panel, and the trail modules it
needs, load when it is first shown; so do the names below, when first asked for.
"""

from __future__ import annotations

from .controller import QuotesController, install

__all__ = ["ClusterTableModel", "QuotesController", "QuotesPanel", "TrailView", "install",
           "trail_html"]

_LATER = {"ClusterTableModel": "model", "QuotesPanel": "panel", "TrailView": "trail_view",
          "trail_html": "trail_view"}


def __getattr__(name: str):
    if name in _LATER:
        from importlib import import_module

        return getattr(import_module(f".{_LATER[name]}", __name__), name)
    raise AttributeError(name)
