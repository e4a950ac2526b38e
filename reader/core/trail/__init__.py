"""The quote trail's pure logic (no SQL, no Qt): folding quotations into comparable words,
deciding whether two are the same statement, word-level differences, clustering."""

from .diff import Difference, Segment, difference
from .match import MIN_PART, MIN_WORDS, Match, compare, same_statement
from .model import ClusterMember, ClusterSummary, Trail, TrailVersion
from .text import display_words, keys, shingles

__all__ = [
    "MIN_PART",
    "MIN_WORDS",
    "ClusterMember",
    "ClusterSummary",
    "Difference",
    "Match",
    "Segment",
    "Trail",
    "TrailVersion",
    "compare",
    "difference",
    "display_words",
    "keys",
    "same_statement",
    "shingles",
]
