"""Exporters: annotated articles to Markdown, CSV and W3C Web Annotation JSON-LD.

Every exporter takes plain data, a list of ``(Article, [Annotation, ...])``
pairs with annotations in reading order, and returns text or a dict; writing
files is the caller's job.
"""

from .csv_export import CSV_COLUMNS, export_csv
from .escaping import blockquote, escape_markdown
from .markdown import TemplateError, export_markdown
from .templates import GROUPINGS, default_template_path, templates_dir
from .webannotation import export_webannotation, parse_webannotation

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
