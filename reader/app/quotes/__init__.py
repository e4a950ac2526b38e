"""The Quotes dock: every statement quoted more than once, and the trail of one of them.

``install(window)`` is the one hook the main window calls: it adds the dock (View > Quotes),
"Show Quote Trail" (Library menu, and the annotation list's context menu for a quote), and
keeps the list current as the library changes.
"""

from .controller import QuotesController, install
from .model import ClusterTableModel
from .panel import QuotesPanel
from .trail_view import TrailView, trail_html

__all__ = ["ClusterTableModel", "QuotesController", "QuotesPanel", "TrailView", "install",
           "trail_html"]
