"""How one version of a statement differs from the fullest version: word-level segments and
the warnings a journalist needs (a cut before "but", a negation missing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..messages import Message
from .match import NEGATION, Alignment, Op, placement
from .text import display_words

# keys (see text.keys: "tapi" is folded to "tetapi", "tak" to "tidak", "don't" to "do not")
CONTRAST = frozenset({
    "tetapi", "namun", "melainkan", "sedangkan", "padahal", "meskipun", "walaupun",
    "walau", "kecuali", "sayangnya", "but", "however", "although", "though", "yet",
    "except", "unless", "whereas", "nevertheless", "nonetheless",
})


@dataclass(frozen=True)
class Segment:
    """A run of words: "same", "typo" (misspelt; ``was`` is the fullest's spelling),
    "changed" (``was`` the fullest's words), "added" (only here) or "omitted" (only in the
    fullest version; ``text`` is what is missing)."""

    kind: str
    text: str
    was: str = ""


@dataclass
class Difference:
    segments: list[Segment] = field(default_factory=list)
    cut_start: bool = False  # the fullest version has words before this one's first
    cut_end: bool = False  # … or after its last
    flags: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(s.kind != "same" for s in self.segments)


def _flatten(words: list[tuple[str, list[str]]]) -> tuple[list[str], list[int]]:
    """All keys, and for each key the index of the display word it belongs to."""
    keys, owner = [], []
    for index, (_, word_keys) in enumerate(words):
        for k in word_keys:
            keys.append(k)
            owner.append(index)
    return keys, owner


def _text(words: list[tuple[str, list[str]]], owner: list[int], k0: int, k1: int) -> str:
    """The display words whose keys start in [k0, k1)."""
    picked = dict.fromkeys(owner[k] for k in range(k0, k1)
                           if k == 0 or owner[k] != owner[k - 1])
    return " ".join(words[i][0] for i in picked)


def _add(segments: list[Segment], kind: str, text: str, was: str = "") -> None:
    if not text and not was:
        return
    if segments and segments[-1].kind == kind and kind in ("same", "omitted", "added"):
        segments[-1] = Segment(kind, f"{segments[-1].text} {text}".strip())
        return
    segments.append(Segment(kind, text, was))


def difference(fullest: str, version: str) -> Difference:
    """``version`` word by word against ``fullest`` (the reference version: ``trail.versions``)."""
    full_words, mine_words = display_words(fullest), display_words(version)
    full_keys, full_owner = _flatten(full_words)
    mine_keys, mine_owner = _flatten(mine_words)
    out = Difference()
    if full_keys == mine_keys:
        out.segments = [Segment("same", " ".join(w for w, _ in mine_words))] if mine_words else []
        return out
    if len(mine_keys) <= len(full_keys):
        alignment = placement(mine_keys, full_keys)
    else:  # longer than the "fullest" (a caller's choice): align the other way, then swap
        alignment = _swapped(placement(full_keys, mine_keys), len(full_keys))
    if alignment is None:
        out.segments = [Segment("added", " ".join(w for w, _ in mine_words))]
        out.flags.append(Message("trail.worded-differently",
                                 "worded differently from the reference version"))
        return out
    lo, hi = alignment.window
    segments: list[Segment] = []
    _add(segments, "omitted", _text(full_words, full_owner, 0, lo))
    for op in alignment.ops:
        mine = _text(mine_words, mine_owner, op.s0, op.s1)
        theirs = _text(full_words, full_owner, op.l0, op.l1)
        if op.tag == "equal":
            _add(segments, "same", mine)
        elif op.tag == "typo":
            _add(segments, "typo", mine, theirs)
        elif op.tag == "replace":
            _add(segments, "changed", mine, theirs)
        elif op.tag == "delete":
            _add(segments, "added", mine)
        else:
            _add(segments, "omitted", theirs)
    _add(segments, "omitted", _text(full_words, full_owner, hi, len(full_keys)))
    out.segments = segments
    out.cut_start, out.cut_end = lo > 0, hi < len(full_keys)
    out.flags = _flags(full_keys, mine_keys, alignment,
                       lambda k: full_words[full_owner[k]][0],
                       lambda k: mine_words[mine_owner[k]][0])
    return out


_SWAP = {"insert": "delete", "delete": "insert"}


def _swapped(alignment: Alignment | None, full_len: int) -> Alignment | None:
    """An alignment of the fullest inside a longer version, seen from the version's side;
    words of the version outside the window become additions."""
    if alignment is None:
        return None
    lo, hi = alignment.window
    ops = [Op("delete", 0, lo, 0, 0)] if lo else []
    ops += [Op(_SWAP.get(o.tag, o.tag), o.l0, o.l1, o.s0, o.s1) for o in alignment.ops]
    if hi < alignment.long_len:
        ops.append(Op("delete", hi, alignment.long_len, full_len, full_len))
    return Alignment((0, full_len), tuple(ops), alignment.matched,
                     alignment.edits + lo + alignment.long_len - hi, full_len)


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION)


_PUNCTUATION = " ,.;:!?…\"'“”‘’„«»()[]"


def _flags(full: list[str], mine: list[str], alignment: Alignment,
           full_word: Callable[[int], str], mine_word: Callable[[int], str]) -> list[str]:
    """Warnings for a version whose cut or edits may change the statement's sense."""
    flags: list[str] = []
    lo, hi = alignment.window
    after = [k for k in range(hi, min(hi + 2, len(full))) if full[k] in CONTRAST]
    if after:
        flags.append(Message("trail.ends-before", "ends before “{word}”: the rest is cut",
                             word=_bare(full_word(after[0]))))
    if lo > 0 and full[lo - 1] in CONTRAST:
        flags.append(Message("trail.starts-after",
                             "starts after “{word}”: what came before is cut",
                             word=_bare(full_word(lo - 1))))
    missing, added = [], []
    if lo > 0 and full[lo - 1] in NEGATION:
        missing.append(full_word(lo - 1))
    for op in alignment.ops:
        theirs = [k for k in range(op.l0, op.l1) if full[k] in NEGATION]
        ours = [k for k in range(op.s0, op.s1) if mine[k] in NEGATION]
        if op.tag in ("insert", "replace"):
            missing += [full_word(k) for k in theirs
                        if full[k] not in {mine[j] for j in ours}]
        if op.tag in ("delete", "replace"):
            added += [mine_word(k) for k in ours if mine[k] not in {full[j] for j in theirs}]
    if missing:
        flags.append(Message("trail.negation-missing", "negation “{word}” missing",
                             word=_bare(missing[0])))
    if added:
        flags.append(Message("trail.negation-added", "adds a negation (“{word}”)",
                             word=_bare(added[0])))
    return flags


PLAIN = {"omitted": "[-{text}-]", "added": "{{+{text}+}}", "changed": "[-{was}-]{{+{text}+}}",
         "typo": "{text}(sic: {was})"}


def render(segments: list[Segment], marks: dict[str, str] = PLAIN,
           escape: Callable[[str], str] = lambda text: " ".join(text.split())) -> str:
    """Segments as one line of text, each kind written with its pattern from ``marks``
    (``{text}``, ``{was}``); plain by default: [-left out-], {+added+}, [-was-]{+now+}."""
    parts = []
    for s in segments:
        text, was = escape(s.text), escape(s.was)
        parts.append(text if s.kind == "same" else marks[s.kind].format(text=text, was=was))
    return " ".join(p for p in parts if p)
