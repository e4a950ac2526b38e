"""Indonesian vocabulary: is a capitalised word an ordinary word of the language?

Indonesian news capitalises ordinary words at a sentence's start and in headlines and
captions (“Tindakan Elham …”, “Insiden Zarco …”, “Pantauan Kompas.com …”), and the capitalised
run reads like a name. A root-word list and the language's affixes tell such words from
names. The roots are PySastrawi's ``kata-dasar.txt`` (29,931 root words; MIT licence,
github.com/har07/PySastrawi, installed as the ``PySastrawi`` dependency; the same file in
its releases 1.2.0 and 1.2.1), read from the installed package on first use, never over the
network. Only the list is used: PySastrawi's own stemmer takes about half a millisecond a
word, so the few affixes that matter are taken off here (:func:`derived`).

Many Indonesian given names are also words (Indah, Dewi, Budi, Agung, Bayu, Sri, Intan,
Fajar): that a word is in the vocabulary says only that it *may* be an ordinary word; the
rules that use it ask for more (where it stands, whether the article names the person
without it; see ``cast._drop_common_openers``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

# meN-/peN- and the first letter of the root they stand before (KBBI's rules): “me-” before
# l m n r w y (“melintas”), “mem-” before b f v or a vowel that was p (“memisah”), “men-”
# before c d j z or a vowel that was t (“menatap”), “meng-” before a vowel, g h or a vowel
# that was k, “meny-” before a vowel that was s; the same for pe-/pem-/pen-/peng-/peny-.
_NASAL = (
    ("meng", "aeiouhg", "k"), ("meny", "aeiou", "s"), ("mem", "bfv", "p"),
    ("men", "cdjz", "t"), ("me", "lmnrwy", ""),
    ("peng", "aeiouhg", "k"), ("peny", "aeiou", "s"), ("pem", "bfv", "p"),
    ("pen", "cdjz", "t"), ("pe", "lmnrwy", ""),
)
_PLAIN = ("ber", "ter", "per", "di", "ke", "se")
_SUFFIXES = ("kan", "an", "i")
_PARTICLES = ("nya", "lah", "kah")
_SHORTEST_ROOT = 4  # (“dimas”: “di” + “mas”, a name; three-letter roots make too many)


@lru_cache(maxsize=1)
def roots() -> frozenset[str]:
    """PySastrawi's root words, lower case; empty when the package is missing (the rules
    that ask then read every word as a possible name, as they did before)."""
    try:
        text = files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover (a broken install)
        return frozenset()
    return frozenset(text.split())


def _prefixed_root(stem: str, words: frozenset[str]) -> str:
    """The root ``stem`` is made of with one prefix (“lihat” in “terlihat”), or ""."""
    for prefix, before, lost in _NASAL:
        if stem.startswith(prefix):
            rest = stem[len(prefix):]
            if rest[:1] in before and len(rest) >= _SHORTEST_ROOT and rest in words:
                return rest
            if lost and rest[:1] in "aeiou" and lost + rest in words:
                return lost + rest
    for prefix in _PLAIN:
        if stem.startswith(prefix):
            rest = stem[len(prefix):]
            if len(rest) >= _SHORTEST_ROOT and rest in words:
                return rest
    return ""


@lru_cache(maxsize=1 << 12)
def derived(word: str) -> str:
    """The root of ``word`` when it is a root word with an affix, a suffix or a particle
    (“Tindakan” → “tindak”, “Terlihat” → “lihat”, “Pengumuman” → “umum”, “Didukung” →
    “dukung”), else "" (a root word itself, a name, anything else)."""
    low = word.lower()
    words = roots()
    if not low.isalpha() or low in words or not words:
        return ""
    stems = [low]
    for particle in _PARTICLES:
        if low.endswith(particle) and len(low) - len(particle) >= _SHORTEST_ROOT:
            stems.append(low[: -len(particle)])
    for stem in list(stems):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _SHORTEST_ROOT:
                stems.append(stem[: -len(suffix)])
    for stem in stems:
        if stem != low and stem in words:
            return stem
        root = _prefixed_root(stem, words)
        if root:
            return root
    return ""
