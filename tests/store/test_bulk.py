"""The bulk store's contract (``BulkStore``): batches come out as single writes leave rows."""

import pytest

from reader.core.store.interfaces import ArticleWhere

COLUMNS = ["title", "text", "content_hash", "imported_at", "uuid"]


def test_a_batch_of_articles_is_stored_searchable_and_known_by_hash(empty_stores):
    s, _db = empty_stores
    if not hasattr(s, "articles"):  # what the batch stored is read through the article store
        pytest.skip("these stores have no articles area yet")
    with s.transaction():
        s.bulk.insert_articles(COLUMNS, [
            ("Satu", "Perang dingin.", "h1", "2025", "00000000-0000-4000-8000-000000000001"),
            ("Dua", "Damai.", "h2", "2025", "00000000-0000-4000-8000-000000000002"),
        ])
        s.bulk.insert_articles(COLUMNS, [])  # an empty batch is nothing
    assert s.articles.ids(ArticleWhere()) == [1, 2]
    assert s.articles.get(2)["uuid"] == "00000000-0000-4000-8000-000000000002"
    assert s.articles.ids(ArticleWhere(match='"perang"*')) == [1]
    assert [r["id"] for r in s.articles.copies(["h2", "h3", *(f"x{i}" for i in range(2000))])
            ] == [2]
    assert s.articles.copies([]) == []
    with s.transaction():  # the single-row path still indexes new articles
        third = s.articles.insert({"title": "Tiga", "text": "Perang lagi."})
    assert s.articles.ids(ArticleWhere(match='"perang"*')) == [1, third]


def test_a_batch_of_annotations_is_counted_searchable_and_tagged(empty_stores):
    s, _db = empty_stores
    if not hasattr(s, "articles"):  # what the batch stored is read through the article store
        pytest.skip("these stores have no articles area yet")
    with s.transaction():
        s.bulk.insert_articles(COLUMNS, [("Satu", "a b c", "h1", "", None),
                                         ("Dua", "d e f", "h2", "", None)])
        tag = s.tags.insert("framing", "")
    first = s.bulk.next_annotation_id()
    columns = ["id", "article_id", "kind", "exact", "start", "end", "note"]
    with s.transaction():
        s.bulk.insert_annotations(columns, [
            (first, 1, "quote", "a", 0, 1, "kutipan"),
            (first + 1, 1, "claim", "b", 2, 3, ""),
            (first + 2, 2, "quote", "d", 0, 1, ""),
        ], [(first, tag), (first, tag), (first + 2, tag)])
    assert s.bulk.next_annotation_id() == first + 3
    counts = {i: (s.articles.get(i)["quotes"], s.articles.get(i)["claims"]) for i in (1, 2)}
    assert counts == {1: (1, 1), 2: (1, 0)}
    assert s.articles.ids(ArticleWhere(match='"kutipan"*')) == [1]  # a note is searchable
    assert s.articles.ids(ArticleWhere(tag="framing")) == [1, 2]
    assert s.tags.links(tag) == [first, first + 2]
    assert all(len(s.articles.get(i)["uuid"]) == 36 for i in (1, 2))  # made when none given
    with s.transaction():  # a single row is still counted and indexed
        s.annotations.insert({"article_id": 2, "kind": "claim", "exact": "e", "start": 2,
                              "end": 3, "note": "tersendiri", "anchor": "anchored",
                              "created_at": "", "updated_at": ""})
    assert s.articles.get(2)["claims"] == 1
    assert s.articles.ids(ArticleWhere(match='"tersendiri"*')) == [2]
    newest = s.bulk.next_annotation_id() - 1
    with s.transaction():  # the newest deleted: its id is never handed out again (undo
        s.annotations.delete([newest])  # puts it back under that id)
    assert s.bulk.next_annotation_id() == newest + 1
