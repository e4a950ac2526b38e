"""Parts of the whole-library build (``library.trail_build``) that bound its memory: the
shingle index written a slice at a time, and the quotes' spans kept as flat arrays read
along with the quotes (no second read of every quote annotation)."""

import numpy as np
import pytest

from reader.core.library.trail_build import bucket_blobs
from reader.core.models import ImportedArticle
from reader.core.store.trail import BUCKET_SHIFT
from reader.core.trail.spans import quoted_spans

SHIFT = 32 + BUCKET_SHIFT


def _reference(postings):
    """Each bucket's entries, one bucket at a time (the straightforward way)."""
    out = {}
    for value in postings.tolist():
        out.setdefault(value >> SHIFT, []).append(value)
    return [(b, np.array(v, dtype="<u8").tobytes()) for b, v in out.items()]


@pytest.mark.parametrize("part", [1, 3, 7, 64, 1 << 20])
def test_the_index_is_cut_into_buckets_alike_in_slices_of_any_size(part):
    rng = np.random.default_rng(7)
    buckets = np.concatenate((rng.integers(0, 50, 300), [40] * 40,  # a bucket > a slice
                              [(1 << (32 - BUCKET_SHIFT)) - 1] * 3))  # the last bucket
    shingles = (buckets << BUCKET_SHIFT) | rng.integers(0, 1 << BUCKET_SHIFT, len(buckets))
    items = rng.integers(1, 1000, len(buckets))
    postings = np.sort((shingles.astype(np.uint64) << np.uint64(32)) | items.astype(np.uint64))
    assert list(bucket_blobs(postings, part)) == _reference(postings)
    assert list(bucket_blobs(postings[:0], part)) == []


def test_suggested_spans_leave_out_every_placed_quote_of_every_article(fresh_library):
    """Quotes annotated in no particular order of articles, one too short to be an item
    itself: no suggested span overlaps any of them, in any article."""
    lib = fresh_library
    said = ["Kami akan menjaga harga beras tetap stabil sampai akhir tahun",
            "Tidak ada rencana menaikkan pajak bagi para nelayan kecil",
            "Jalan tol baru dibuka untuk umum minggu depan"]
    lib.bulk.add_articles([ImportedArticle(
        title=f"Berita {n}", source=f"Outlet {n}", content_hash=f"spans-{n}",
        text=" ".join(f"“{s},” kata Menteri {n}." for s in said)) for n in range(6)])
    ids = sorted(lib.articles.ids())
    placed = [(ids[4], said[0]), (ids[1], said[2]), (ids[4], "Tidak ada"), (ids[0], said[1]),
              (ids[3], said[1]), (ids[1], said[0])]
    for article_id, text in placed:
        lib.annotations.add_exact(article_id, text, kind="quote")
    lib.trail.rebuild()
    store = lib._session.stores.trail
    # suggestions left per article (in the fifth, the short quote takes a second one)
    left = {ids[0]: 2, ids[1]: 1, ids[2]: 3, ids[3]: 2, ids[4]: 1, ids[5]: 3}
    for article_id in ids:
        text = lib.articles.get(article_id).text
        taken = store.quote_spans_taken(article_id)
        expected = [(s, e) for s, e, _, _ in quoted_spans(text, taken)]
        suggested = sorted((i.start, i.end) for i in store.items_of_article(article_id)
                           if i.annotation_id is None)
        assert suggested == expected and len(suggested) == left[article_id]
