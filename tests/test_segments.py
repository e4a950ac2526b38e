"""The reader's segment sweep, pure Python: tested without Qt."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.app.article import segments as seg

A, S = seg.ANNOTATION, seg.SUGGESTION


def test_the_module_imports_nothing_from_qt():
    source = Path(seg.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert imported <= {"__future__", "collections", "dataclasses", "typing"}


def test_disjoint_spans_are_their_own_segments():
    spans = [seg.Span(10, 20, (A, 1)), seg.Span(0, 5, (A, 0))]
    assert [(a, b, tuple(s.key for s in c)) for a, b, c in seg.sweep(spans)] == [
        (0, 5, ((A, 0),)), (10, 20, ((A, 1),))]


def test_overlaps_are_cut_and_list_the_outermost_first():
    outer, inner = seg.Span(0, 10, (A, 0)), seg.Span(3, 6, (A, 1))
    hint = seg.Span(5, 12, (S, 0))
    cut = [(a, b, [s.key for s in c]) for a, b, c in seg.sweep([inner, hint, outer])]
    assert cut == [
        (0, 3, [(A, 0)]),
        (3, 5, [(A, 0), (A, 1)]),
        (5, 6, [(A, 0), (S, 0), (A, 1)]),
        (6, 10, [(A, 0), (S, 0)]),
        (10, 12, [(S, 0)]),
    ]


def test_segments_carry_ids_looks_and_kinds():
    quote, claim = seg.Look("quote", "#3b82f6"), seg.Look("claim", "#dc2626", "false")
    spans = [seg.Span(0, 10, (A, 0)), seg.Span(4, 8, (A, 1)), seg.Span(6, 9, (S, 0))]
    out = seg.segments(spans, {(A, 0): quote, (A, 1): claim}, {(A, 0): 7, (A, 1): 9})
    assert [(g.start, g.end, g.ids, g.suggestions, g.kinds) for g in out] == [
        (0, 4, (7,), (), "quote"),
        (4, 6, (7, 9), (), "quote,claim"),
        (6, 8, (7, 9), (0,), "quote,claim,suggestion"),
        (8, 9, (7,), (0,), "quote,suggestion"),
        (9, 10, (7,), (), "quote"),
    ]


def test_runs_merge_touching_spans_of_one_colour_only():
    spans = [seg.Span(0, 5, (A, 0)), seg.Span(5, 9, (A, 1)), seg.Span(9, 12, (A, 2)),
             seg.Span(20, 25, (A, 3))]
    colours = {0: "#f00", 1: "#f00", 2: "#00f", 3: ""}
    assert seg.runs(spans, lambda s: colours[s.key[1]]) == [
        seg.Run(0, 9, "#f00"), seg.Run(9, 12, "#00f")]


def test_innermost_is_the_shortest_covering_span():
    spans = [seg.Span(0, 10, (A, 0)), seg.Span(3, 6, (A, 1)), seg.Span(4, 5, (S, 0))]
    assert seg.innermost(spans, 4, A).key == (A, 1)
    assert seg.innermost(spans, 4, S).key == (S, 0)
    assert seg.innermost(spans, 8, A).key == (A, 0)
    assert seg.innermost(spans, 11, A) is None


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12))
def test_segments_tile_exactly_what_the_spans_cover(pairs):
    spans = [seg.Span(a, a + n, (A, i)) for i, (a, n) in enumerate(pairs)]
    cut = list(seg.sweep(spans))
    for (a, b, _), (c, _d, _) in zip(cut, cut[1:], strict=False):
        assert a < b <= c
    for position in range(0, 85):
        covering = {s.key for s in spans if s.start <= position < s.end}
        here = [c for a, b, c in cut if a <= position < b]
        assert {s.key for s in (here[0] if here else ())} == covering

