"""Kutip: read news articles and tag the quotes and claims in them.

``reader.core`` is the Qt-free library (store, importers, anchoring, quote
detection, exporters); ``reader.app`` is the PySide6 desktop app on top of it;
``reader.cli`` is the command line. Both front ends call ``reader.core.Library``.
"""

__version__ = "0.1.0"
