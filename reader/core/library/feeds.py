"""Feeds: subscribe to RSS/Atom, and on the user's request bring in the new items.

Nothing is fetched except by ``add_feed`` (the feed document, to check it is one and to
learn its title) and ``refresh_feeds``. Each item is recorded with the article it became,
in the same transaction, and is never imported again, also after that article is
deleted; an item that failed is recorded too (the report says why), so a broken link is
not fetched on every refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..importers import ImportFailed
from ..importers.feed import MAX_NEW_PER_REFRESH, Feed, FeedItem, fetch_feed, item_article
from ..importers.url import check_url
from ..messages import Message, listed, reason, sentence
from ..store import StoreError
from ..store.interfaces import FeedStore
from .base import LibraryError, NotFound, Service, Session, now, write
from .importing import ImportReport, Imports, Progress


@dataclass
class FeedInfo:
    id: int
    url: str
    title: str
    site_url: str = ""
    added_at: str = ""
    checked_at: str = ""
    last_error: str = ""
    items: int = 0


@dataclass
class FeedReport(ImportReport):
    """What a refresh did: ``ImportReport``'s lists, plus the feeds it read."""

    #: (feed title, items the feed listed) for each feed that was read
    checked: list[tuple[str, int]] = field(default_factory=list)
    #: new items left for the next refresh (more than ``MAX_NEW_PER_REFRESH`` at once)
    waiting: int = 0

    def summary(self) -> str:
        feeds = f"{len(self.checked)} feed{'s' if len(self.checked) != 1 else ''} read"
        text = f"{feeds}: {super().summary()}"
        if self.waiting:
            text += f"; {self.waiting} more new items wait for the next refresh"
        return text


class Feeds(Service):
    """``library.feeds``: the feeds followed; ``refresh`` brings in their new items."""

    def __init__(self, session: Session, imports: Imports):
        super().__init__(session)
        self._imports = imports

    @property
    def _store(self) -> FeedStore:
        return self._session.stores.feeds

    def all(self) -> list[FeedInfo]:
        return [FeedInfo(**row) for row in self._store.rows()]

    def get(self, feed_id: int) -> FeedInfo:
        rows = self._store.rows([feed_id])
        if not rows:
            raise NotFound(Message(
                "lib.no-feed", "There is no feed {feed_id}.", feed_id=feed_id))
        return FeedInfo(**rows[0])

    @write
    def add(self, url: str, fetch: Callable[[str], Feed] = fetch_feed) -> FeedInfo:
        """Subscribe to the feed at ``url`` (or the feed a web page names): it is read once
        to check it is a feed and to learn its title; no item is imported yet."""
        try:
            url = check_url(url)
        except ImportFailed as error:
            raise LibraryError(sentence(reason(error))) from None
        if self._store.by_url(url) is not None:
            raise LibraryError(Message(
                "lib.you-already-follow", "You already follow {url}.", url=url))
        try:
            feed = fetch(url)
        except ImportFailed as error:
            raise LibraryError(Message(
                "lib.could-not-add-feed", "Could not add the feed: {error}.",
                error=reason(error))) from None
        if feed.url != url and self._store.by_url(feed.url) is not None:
            raise LibraryError(Message(
                "lib.you-already-follow", "You already follow {url}.", url=feed.url))
        with self._tx():
            feed_id = self._store.add(feed.url or url, feed.title or url, feed.site_url,
                                      now())
        self._changed("feeds")
        return self.get(feed_id)

    @write
    def remove(self, feed_id: int) -> None:
        """Unsubscribe; the articles it brought in stay in the library."""
        with self._tx():
            if not self._store.delete(feed_id):
                raise NotFound(Message(
                    "lib.no-feed", "There is no feed {feed_id}.", feed_id=feed_id))
        self._changed("feeds")

    @write
    def refresh(
        self,
        feed_ids: list[int] | None = None,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        fetch: Callable[[str], Feed] = fetch_feed,
        fetch_page: Callable[..., Any] | None = None,
    ) -> FeedReport:
        """Read the feeds (all, or ``feed_ids``) and import the items not seen before.

        ``fetch`` reads a feed and ``fetch_page`` an item's link (the URL importer by
        default); both are the only network access and happen only here.
        """
        report = FeedReport()
        infos = [FeedInfo(**row) for row in self._store.rows(feed_ids)]
        if feed_ids is not None and len(infos) != len(set(feed_ids)):
            missing = sorted(set(feed_ids) - {info.id for info in infos})
            raise NotFound(Message("lib.no-feeds", "There is no feed {ids}.", ids=listed(missing)))
        for info in infos:
            if should_cancel and should_cancel():
                report.cancelled = True
                break
            if progress:
                progress(0, 1, info.title)
            try:
                feed = fetch(info.url)
            except ImportFailed as error:
                report.failed.append((info.title, reason(error)))
                self._mark_checked(info.id, reason(error))
                continue
            report.checked.append((feed.title or info.title, feed.total_items))
            keys = [item.key for item in feed.items]
            known = self._store.known_items(info.id, keys)
            new = [item for item in feed.items if item.key not in known]
            new = list({item.key: item for item in reversed(new)}.values())[::-1]  # once each
            report.waiting += max(0, len(new) - MAX_NEW_PER_REFRESH)
            batch = new[:MAX_NEW_PER_REFRESH]
            for done, item in enumerate(batch):
                if should_cancel and should_cancel():
                    report.cancelled = True
                    break
                if progress:
                    progress(done, len(batch), item.title or item.link)
                self._bring_in(info.id, feed.title or info.title, item, report, fetch_page)
            self._mark_checked(info.id, "", feed.title)
            if report.cancelled:
                break
        if progress:
            progress(1, 1, "")
        return report

    def _bring_in(self, feed_id: int, feed_title: str, item: FeedItem, report: FeedReport,
                  fetch_page: Callable[..., Any] | None) -> None:
        label = f"{feed_title}: {item.title or item.link}"
        try:
            article = item_article(item, feed_title, fetch_page)
        except ImportFailed as error:
            report.failed.append((label, reason(error)))
            try:
                with self._tx():
                    self._store.record_item(feed_id, item.key, item.link, item.title,
                                            None, now())
            except StoreError as store_error:
                report.failed.append((label, reason(store_error)))
            return
        part = ImportReport()
        try:
            with self._tx():  # the article and the record of its item, or neither
                self._imports.store(article, label, url=item.link, report=part)
                stored = part.imported + part.present + part.updated
                self._store.record_item(feed_id, item.key, item.link, item.title,
                                        stored[0][1] if stored else None, now())
        except (ImportFailed, StoreError) as error:
            report.failed.append((label, reason(error)))
            return
        for name in ("imported", "present", "updated"):
            getattr(report, name).extend(getattr(part, name))
        report.reanchored.update(part.reanchored)

    def _mark_checked(self, feed_id: int, error: str, title: str = "") -> None:
        try:
            with self._tx():
                self._store.mark_checked(feed_id, now(), error, title)
        except StoreError:
            pass  # the refresh itself is reported; the timestamp is a nicety
        self._changed("feeds")
