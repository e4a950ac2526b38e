"""``kutip feed``: follow RSS and Atom feeds from the command line."""

from __future__ import annotations

import click

from .cli_output import as_dict, echo
from .cli_params import ID


def register(cli, _open, friendly, _echo_json, _print_report) -> None:
    """Add the ``feed`` command group to ``cli`` (helpers passed in to avoid an import cycle)."""

    @cli.group("feed")
    def feed() -> None:
        """Follow RSS and Atom feeds: new items become articles when you refresh.

        \b
        Examples:
            kutip feed add https://example.org/news/rss.xml
            kutip feed refresh          # every feed; or give feed numbers
            kutip feed list
            kutip feed remove 2
        Only `add` (to read the feed once) and `refresh` make network requests.
        """


    @feed.command("add")
    @click.argument("url")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    @friendly
    def feed_add(ctx, url, as_json):
        """Subscribe to the feed at URL (a page that names its feed works too)."""
        info = _open(ctx).feeds.add(url)
        if as_json:
            _echo_json(as_dict(info))
            return
        echo(f"Feed {info.id}: {info.title} ({info.url}). "
                   "Run `kutip feed refresh` to bring in its articles.")


    @feed.command("list")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    @friendly
    def feed_list(ctx, as_json):
        """The feeds you follow, with how many items each brought in and when it was read."""
        feeds = _open(ctx).feeds.all()
        if as_json:
            _echo_json([as_dict(f) for f in feeds])
            return
        if not feeds:
            echo("No feeds yet: kutip feed add URL")
        for info in feeds:
            checked = info.checked_at[:16].replace("T", " ") if info.checked_at else "never read"
            problem = f"  (last refresh failed: {info.last_error})" if info.last_error else ""
            echo(f"{info.id:6d}  {info.items:5d} items  {checked:16}  {info.title}  "
                       f"{info.url}{problem}")


    @feed.command("refresh")
    @click.argument("feed_ids", nargs=-1, type=ID)
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @click.pass_context
    @friendly
    def feed_refresh(ctx, feed_ids, as_json):
        """Read the feeds (all, or those numbered) and import the items not seen before."""
        library = _open(ctx)
        report = library.feeds.refresh(list(feed_ids) if feed_ids else None)
        if not as_json:
            for title, count in report.checked:
                echo(f"read: {title} ({count} items)")
            for label, article_id in report.imported:
                echo(f"new: {label} (article {article_id})")
        _print_report(report, as_json)
        if report.failed:
            ctx.exit(1)


    @feed.command("remove")
    @click.argument("feed_id", type=ID)
    @click.pass_context
    @friendly
    def feed_remove(ctx, feed_id):
        """Stop following a feed; the articles it brought in stay."""
        library = _open(ctx)
        info = library.feeds.get(feed_id)
        library.feeds.remove(feed_id)
        echo(f"No longer following {info.title}.")
