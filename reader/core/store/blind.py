"""SQL both stores share for blind double-coding (issue 14): which annotations count for
the coder who is coding blind. Placeholders are ``?`` (the PostgreSQL store takes them)."""

from __future__ import annotations

from typing import Any

#: the articles of the collections coded blind
BLIND_ARTICLES = ("SELECT ac.article_id FROM article_collections ac"
                  " JOIN collections c ON c.id = ac.collection_id WHERE c.blind != 0")


def seen_sql(viewer: int | None) -> tuple[str, list[Any]]:
    """The condition (`` AND …``) an annotation ``n`` must meet to count for ``viewer``:
    their own, or any on an article not coded blind; nothing when ``viewer`` is None."""
    if viewer is None:
        return "", []
    return f" AND (n.coder_id = ? OR n.article_id NOT IN ({BLIND_ARTICLES}))", [viewer]


def unseen_sql(viewer: int) -> tuple[str, list[Any]]:
    """The condition an annotation ``n`` meets when ``viewer`` may not see it (another
    coder's on an article coded blind): what ``seen_sql`` leaves out. It reads only the
    blind articles' annotations, so counting everyone's and taking these off stays cheap
    in a big library with a small blind collection (review R15-17)."""
    return (f"n.article_id IN ({BLIND_ARTICLES}) AND (n.coder_id IS NULL OR n.coder_id <> ?)",
            [viewer])


def kind_seen_sql(column: str, kind: str, viewer: int | None) -> tuple[str, list[Any]]:
    """The condition an article ``a`` must meet to hold an annotation of ``kind`` that
    ``viewer`` may see: ``column`` (the article's stored count, everyone's) off the blind
    articles, the viewer's own annotations on them; None: everyone's count."""
    if viewer is None:
        return f"a.{column} > 0", []
    return (f"((a.{column} > 0 AND a.id NOT IN ({BLIND_ARTICLES}))"
            " OR a.id IN (SELECT n.article_id FROM annotations n WHERE n.kind = ?"
            f" AND n.coder_id = ? AND n.article_id IN ({BLIND_ARTICLES})))", [kind, viewer])


#: the library list's sorts by a count of annotations, and the kind each counts
COUNT_SORTS = {"quotes": "quote", "claims": "claim", "highlights": "highlight"}


def order_seen_sql(order: str, sort: str, viewer: int | None) -> tuple[str, list[Any]]:
    """The ORDER BY expression of ``sort`` (``order``, the stored one): sorting by a count,
    on the blind articles ``viewer``'s own annotations are counted (everyone's would show
    in the order what the counts shown hide)."""
    if viewer is None or sort not in COUNT_SORTS:
        return order, []
    return (f"(CASE WHEN a.id IN ({BLIND_ARTICLES}) THEN (SELECT count(*) FROM annotations n"
            f" WHERE n.article_id = a.id AND n.kind = ? AND n.coder_id = ?) ELSE {order} END)",
            [COUNT_SORTS[sort], viewer])
