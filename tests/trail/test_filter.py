"""The buckets' filter (``store.trail.filter_*``): a blocked Bloom filter of the shingles in
the trail's buckets. It never says no to a shingle it was given (a read that skips a
bucket on its word would miss postings), and says yes to few others."""

import numpy as np
import pytest

from reader.core.store.trail import (
    filter_add,
    filter_bits,
    filter_blob,
    filter_full,
    filter_keeps,
    filter_of,
    filter_words,
)


def _postings(shingles, rng):
    items = rng.integers(1, 1 << 20, len(shingles), dtype=np.uint64)
    return np.sort((shingles.astype(np.uint64) << np.uint64(32)) | items)


def test_a_filter_keeps_every_shingle_it_was_made_of_and_few_others():
    rng = np.random.default_rng(15)
    shingles = rng.integers(0, 1 << 32, 200_000, dtype=np.uint64)
    postings = _postings(np.concatenate((shingles, shingles[:50_000])), rng)  # (repeats)
    bits = filter_of(postings, part=30_000)  # (made a part at a time)
    assert len(bits) == filter_words(len(postings)) and len(bits) & (len(bits) - 1) == 0
    assert filter_keeps(bits, shingles).all()
    others = rng.integers(0, 1 << 32, 200_000, dtype=np.uint64)
    others = others[~np.isin(others, shingles)]
    passed = filter_keeps(bits, others).mean()
    assert passed < 0.03  # ≈ 1.6 % at this load (9 bits per distinct shingle)
    assert filter_keeps(filter_bits(filter_blob(bits)), shingles).all()


def test_shingles_noted_in_any_order_or_a_part_at_a_time_make_the_same_filter():
    rng = np.random.default_rng(16)
    shingles = rng.integers(0, 1 << 32, 20_000, dtype=np.uint64)
    words = filter_words(len(shingles))
    whole = filter_of(_postings(shingles, rng), words)
    unsorted = np.zeros(words, dtype=np.uint64)
    filter_add(unsorted, shingles)
    parts = np.zeros(words, dtype=np.uint64)
    for part in np.array_split(np.sort(shingles), 7):
        filter_add(parts, part)
    assert (whole == unsorted).all() and (whole == parts).all()


def test_an_empty_filter_keeps_nothing_and_a_small_one_is_small():
    bits = filter_of(np.zeros(0, np.uint64))
    assert len(filter_blob(bits)) == 512
    assert not filter_keeps(bits, np.array([0, 7, (1 << 32) - 1], dtype=np.uint64)).any()


def test_a_build_writes_the_filter_and_a_trail_built_without_one_gets_it(three_outlets):
    """The seed's trail (built, then caught up with two outlets' imports) has the filter of
    its buckets; a trail without one (built before there were filters) has it made at its
    next update, and finds the same clusters."""
    lib, quote, other = three_outlets
    trail, store = lib.trail, lib.stores.trail
    cluster = trail.cluster_of(quote.id)
    assert not store.filter_missing()
    assert [v.source for v in trail.trail(quote.id).versions] == ["MINA", "ANTARA", "Republika"]
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_filter")
    assert store.filter_missing()
    trail.refresh()
    assert not store.filter_missing()
    assert trail.cluster_of(quote.id) == cluster != trail.cluster_of(other.id)
    trail.rebuild()
    assert not store.filter_missing() and trail.cluster_of(quote.id) is not None
    assert [v.source for v in trail.trail(quote.id).versions] == ["MINA", "ANTARA", "Republika"]


def test_a_filter_is_full_at_half_its_bits():
    rng = np.random.default_rng(17)
    bits = np.zeros(64, dtype=np.uint64)
    made = filter_words(600)  # (the size for 600 postings: 64 words, ≈ 0.36 set)
    filter_add(bits, rng.integers(0, 1 << 32, 600, dtype=np.uint64))
    assert made == 64 and not filter_full(bits)
    filter_add(bits, rng.integers(0, 1 << 32, 1_500, dtype=np.uint64))
    assert filter_full(bits)


@pytest.mark.parametrize("popcount", [True, False])
def test_a_filter_is_full_exactly_at_half_its_bits(popcount, monkeypatch):
    """With numpy's popcount (``bitwise_count``, numpy 2) and without (numpy 1.26: a
    byte table): full at 2,048 bits of 4,096 set, not at 2,047."""
    if not popcount:
        monkeypatch.delattr(np, "bitwise_count", raising=False)
    bits = np.zeros(64, dtype=np.uint64)
    flat = np.random.default_rng(3).permutation(64 * 64)
    for at in flat[:2047].tolist():
        bits[at // 64] |= np.uint64(1) << np.uint64(at % 64)
    assert not filter_full(bits)
    at = int(flat[2047])
    bits[at // 64] |= np.uint64(1) << np.uint64(at % 64)
    assert filter_full(bits)


def test_a_removal_reads_no_bucket_for_a_shingle_the_filter_shows_in_none(
        three_outlets, monkeypatch):
    """Items removed together: one built (its postings in the buckets) and one whose
    postings a catch-up left beside the buckets under shingles in no bucket (as most of a
    new passage's are). The buckets read are those of the shingles the filter keeps only,
    and every posting of the two goes, from the buckets and from beside them."""
    from reader.core.store.trail import BUCKET_SHIFT
    from reader.core.trail.text import keys, shingles

    lib, _, other = three_outlets
    lib.trail.refresh()
    store = lib.stores.trail
    built = store.item_for_annotation(other.id)
    assert built is not None
    bits = store._filter_now()
    fresh = np.random.default_rng(5).integers(0, 1 << 32, 400, dtype=np.uint64)
    fresh = np.unique(fresh[~filter_keeps(bits, fresh)])
    assert len(fresh) > 300
    later = store.item_count() + 1000  # (postings only: as removing an item's does)
    with lib.stores.transaction():
        store.add_posting_entries((fresh << np.uint64(32)) | np.uint64(later))
    own = shingles(keys(built.exact))
    assert filter_keeps(bits, np.array(own, dtype=np.uint64)).all()
    asked: list[int] = []
    real = store._entries_of_buckets  # (an instance's: the store is wrapped)
    monkeypatch.setattr(store, "_entries_of_buckets",
                        lambda numbers: asked.extend(numbers) or real(numbers))
    with lib.stores.transaction():
        store.remove_items([(built.id, own), (later, fresh.tolist())])
    assert sorted(set(asked)) == sorted({s >> BUCKET_SHIFT for s in own})
    left = store.postings_entries(np.concatenate((np.array(own, dtype=np.uint64), fresh)))
    assert len(left) < len(store.postings_entries(np.array(own, dtype=np.uint64))) + 1
    assert not {built.id, later} & set((left & np.uint64(0xFFFFFFFF)).tolist())
