"""Where the shipped Markdown templates live, in a wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path

from ..paths import resources_dir

__all__ = ["GROUPINGS", "templates_dir", "default_template_path"]

GROUPINGS = ("article", "speaker", "tag")


def templates_dir() -> Path:
    """The shipped templates folder (inside the wheel, or ``resources/`` in a checkout)."""
    folder = resources_dir() / "templates"
    if not folder.is_dir():
        raise FileNotFoundError(f"no templates folder at {folder}")
    return folder


def default_template_path(group: str = "article") -> Path:
    """The shipped template for a grouping (``by-article.md.j2`` etc.)."""
    if group not in GROUPINGS:
        raise ValueError(f"unknown grouping {group!r}; choose one of {', '.join(GROUPINGS)}")
    return templates_dir() / f"by-{group}.md.j2"
