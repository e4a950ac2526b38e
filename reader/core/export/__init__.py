"""Exporters: annotated articles to Markdown, CSV and W3C Web Annotation JSON-LD.

Every exporter takes plain data, a list of ``(Article, [Annotation, ...])``
pairs with annotations in reading order, and returns text or a dict; writing
files is the caller's job.

Each name here is loaded from its module when first asked for: a CSV export does not load
the Markdown renderer (Jinja, the sandbox's subprocess) nor the W3C writer (issue 12).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .csv_export import CSV_COLUMNS, export_csv
    from .escaping import blockquote, escape_markdown
    from .markdown import TemplateError, export_markdown
    from .templates import GROUPINGS, default_template_path, templates_dir
    from .webannotation import export_webannotation, parse_webannotation

#: each name's module
_MODULES = {
    "CSV_COLUMNS": "csv_export", "export_csv": "csv_export",
    "blockquote": "escaping", "escape_markdown": "escaping",
    "TemplateError": "markdown", "export_markdown": "markdown",
    "GROUPINGS": "templates", "default_template_path": "templates", "templates_dir": "templates",
    "export_webannotation": "webannotation", "parse_webannotation": "webannotation",
}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        value = getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CSV_COLUMNS",
    "GROUPINGS",
    "TemplateError",
    "blockquote",
    "default_template_path",
    "escape_markdown",
    "export_csv",
    "export_markdown",
    "export_webannotation",
    "parse_webannotation",
    "templates_dir",
]
