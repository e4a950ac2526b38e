"""Indonesian photo credits glued to the next sentence, cut off it (issue 9).

A scraped BBC News Indonesia page keeps a picture's credit line in the text, glued to the
first sentence after the picture: “Sumber gambar,Dokumen Melbourne Bergerak Tara bercerita,
…”, “Sumber gambar,EPA Tara dari Filipina …”. The credit is a run of capitalised words
(“/” joins a photographer to the agency: “ANTARA FOTO/Andri Saputra”), and so is a
sentence's opening subject, so the cast reads the two as one name (“Bergerak Tara”). A
credit line is no sentence a name can start in: ``credit_breaks`` gives the offsets where
the sentence after a credit starts, for a paragraph break there (the engine reads that
text, the spans are the stored text's: see ``unglue``).

Where the credit ends is not written; the sentence is taken to open with the credit run's
last capitalised word when a lower-case word or a comma follows it (“… Bergerak | Tara
bercerita”, “EPA | Liputan mendalam”): a sentence after a picture opens with its subject or
an ordinary word, and a subject of two capitalised words or more (“ANTARA FOTO/Andri
Saputra Polda Metro Jaya menetapkan”) is left cut, as it was glued before. A credit of one
word, one at a line's end (“| Sumber Foto: Istimewa”) or a run ending in a stop is left alone,
and so is a caption (“Keterangan gambar,”, “Teks Foto:”, CNBC Indonesia's “Foto:” without an
agency after a “/”): it ends with a phrase, not a run.
"""

from __future__ import annotations

import re

# a credit line's label: BBC's “Sumber gambar,”, “Sumber foto:”, “Foto:”
# (not a caption's “Keterangan gambar,” / “Teks Foto:”: a phrase, not a credit, ends there)
# \b(?:Sumber [Gg]ambar|Sumber [Ff]oto|(?<!Teks )(?<!TEKS )(?:Foto|FOTO)), written to open
# with the words, each followed by its look-behinds: a pattern opening with \b is tried at
# every offset of the text, one opening with words skips to their first letters (3.5 times
# quicker on the bench's text; tests/test_quotes_fast_scans.py holds it to the old one)
_LABEL = re.compile(r"(?:Sumber(?<!\wSumber) (?:[Gg]ambar|[Ff]oto)"
                    r"|Foto(?<!\wFoto)(?<!Teks Foto)(?<!TEKS Foto)"
                    r"|FOTO(?<!\wFOTO)(?<!Teks FOTO)(?<!TEKS FOTO))[ \t]*[,:][ \t]*")
# a word of the credit or the sentence, with the gap before the next one
_TOKEN = re.compile(r"([^\s/,;:!?()\"“”‘’]+)(/|[ \t]+|,)?")


def credit_breaks(text: str) -> list[int]:
    """Offsets of ``text`` where a sentence glued to a photo credit starts (see the module)."""
    if "oto" not in text and "gambar" not in text:
        return []
    if "Foto" not in text and "FOTO" not in text and "Sumber" not in text:
        return []  # (no label's word: no label, and no pass of the pattern over the text)
    out: list[int] = []
    for m in _LABEL.finditer(text):
        pos = m.end()
        words: list[tuple[int, str]] = []  # (start, the gap before it) of the credit's words
        gap = ""
        while True:
            t = _TOKEN.match(text, pos)
            if t is None:
                break
            word, after = t.group(1), t.group(2) or ""
            if not (word[0].isupper() or gap == "/" or word[0].isdigit() and gap == "/"):
                if word[0].islower() and gap.isspace() and _credit(m, words):
                    out.append(words[-1][0])
                break
            if word.endswith("."):
                break  # (a credit ending a sentence: “Foto: Dok.”)
            words.append((t.start(), gap))
            if after == ",":
                if _credit(m, words):
                    out.append(words[-1][0])  # (“… Bergerak Di Filipina, gerakan …”)
                break
            if not after or "\n" in after:
                break
            gap = "/" if after == "/" else " "
            pos = t.end()
    return out


def _credit(label: re.Match[str], words: list[tuple[int, str]]) -> bool:
    """Whether a run of ``words`` after ``label`` is a credit glued to a sentence's first
    word: two words or more, the last after a blank; after a bare “Foto:” only a credit with
    its agency (“Foto: Alfi Kholisdinuka/detikcom Dia menegaskan …”): CNBC Indonesia's
    “Foto:” opens a caption (“Foto: Menteri Investasi Rosan Roeslani potong pita …”)."""
    if len(words) < 2 or words[-1][1] != " ":
        return False
    return label.group().startswith("Sumber") or any(gap == "/" for _, gap in words)
