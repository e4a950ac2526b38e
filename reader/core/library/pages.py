"""Pages of paged originals (PDF): cite an annotation as "p. 4"."""

from __future__ import annotations

from bisect import bisect_right

from .base import Service


class Pages(Service):
    """``library.pages``: where the pages of a PDF article start, and an offset's page."""

    def of_article(self, article_id: int) -> list[tuple[int, str]]:
        """``[(start offset, page label)]`` of an article imported from a PDF; else ``[]``."""
        return self._session.stores.pages.get(article_id)

    def label(self, article_id: int, offset: int | None,
              pages: list[tuple[int, str]] | None = None) -> str:
        """The label of the page ``offset`` is on (``"4"``, ``"iv"``); "" when not paged."""
        pages = self.of_article(article_id) if pages is None else pages
        if offset is None or not pages:
            return ""
        index = bisect_right([start for start, _ in pages], offset) - 1
        return pages[max(index, 0)][1]
