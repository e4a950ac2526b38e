"""Where the shipped Markdown templates live, in a wheel or a source checkout."""

from __future__ import annotations

from pathlib import Path

import reader

__all__ = ["GROUPINGS", "templates_dir", "default_template_path"]

GROUPINGS = ("article", "speaker", "tag")


def templates_dir() -> Path:
    """The shipped templates folder.

    A wheel maps top-level ``resources/`` to ``reader/_data/resources``; a source
    checkout or editable install keeps it next to the ``reader`` package.
    """
    package = Path(reader.__file__).parent
    candidates = [
        package / "_data" / "resources" / "templates",
        package.parent / "resources" / "templates",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no templates folder in {' or '.join(map(str, candidates))}")


def default_template_path(group: str = "article") -> Path:
    """The shipped template for a grouping (``by-article.md.j2`` etc.)."""
    if group not in GROUPINGS:
        raise ValueError(f"unknown grouping {group!r}; choose one of {', '.join(GROUPINGS)}")
    return templates_dir() / f"by-{group}.md.j2"
