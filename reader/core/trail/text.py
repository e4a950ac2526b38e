"""Words of a quotation as the trail compares them: keys that ignore case, punctuation,
quotation marks, accents and a few spelling variants; 3-word shingles for candidate lookup.

A *display word* is a whitespace-separated piece of the original text, kept for
showing differences; its *key* is the piece folded to lower case with everything but
letters and digits removed (``“Kami`` → ``kami``, ``don’t`` → ``dont``). Pieces with an
empty key (a lone dash, an ellipsis) belong to the word before them.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from typing import Any

# a run of letters or a run of digits: ``[^\W\d_]+|\d+``, written to open with one class
# (a letter or a digit) so that a search skips to it in C (a pattern opening with an
# alternation of repeats is tried at every offset), then the run its first character opens
_TOKEN = re.compile(r"[^\W_](?:(?<=[^\W\d])[^\W\d_]*|\d*)")
# the same for ASCII text (``[a-z]+|[0-9]+``), several times faster
_ASCII_TOKEN = re.compile(r"[a-z0-9](?:(?<=[a-z])[a-z]*|[0-9]*)")
_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")  # inside a word: "don't" is one word
# English contractions whose word without the apostrophe is another word or none ("we're"
# is not "were", "we'll" not "well", "he's" not "hes"): written out while the apostrophe
# is there. (Those whose bare form is no other word, "don't", "you're", "I've", are
# ``VARIANTS``.) "'s" only after a pronoun: after a name it is a possessive as often as "is"
_CONTRACTED = re.compile(r"'(re|ll|ve|m)(?![a-z])")
_WRITTEN_OUT = {"re": " are", "ll": " will", "ve": " have", "m": " am"}
_IS_AFTER = frozenset("it he she that there what who here where".split())
_S_KEPT = frozenset(("let",))  # "let's" is "let us" (``VARIANTS``), no possessive


def _written_out(text: str) -> str:
    """``text`` (folded to lower case) with those contractions written out."""
    if "'re" in text or "'ll" in text or "'ve" in text or "'m" in text:
        text = _CONTRACTED.sub(lambda match: _WRITTEN_OUT[match[1]], text)
    at = text.find("'s")
    while at >= 0:  # (a loop, not a regular expression: most "'s" are possessives)
        end = at + 2
        if end == len(text) or not text[end].isalpha():
            start = at
            while start and text[start - 1].isalpha():
                start -= 1
            word = text[start:at]
            if word in _IS_AFTER and not (start and text[start - 1].isalnum()):
                text = text[:at] + " is" + text[end:]
                end = at + 3
            elif word and word not in _S_KEPT:  # a possessive: "the woman's card" is
                text = text[:at] + text[end:]  # "the woman card" (outlets write either)
                end = at
        at = text.find("'s", end)
    return text


# the non-ASCII marks news text is full of, as ASCII ones (so most quotations take the fast way)
_MARKS_TO_ASCII = (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'"), ("—", "-"), ("–", "-"),
                   ("…", "."), ("\u00a0", " "), ("«", '"'), ("»", '"'))
_MARKS = re.compile(r"[\u0300-\u036f]+")  # combining accents after NFKD
SHINGLE = 3  # words per shingle
# a pair of quotations that shares a single shingle is checked only when one has this many
# words or fewer (``worth_checking``). Not fewer: ``compare`` forgives typos and a prefix
# written apart ("di masukkan" = "dimasukkan") as no edit, and two of those in a quotation
# of seven to eleven words, or one beside a changed word, can leave a single shingle shared
ONE_SHINGLE_WORDS = 11

# Spelling variants outlets use for the same word: colloquial and short forms, contractions.
# Each maps to the words of the standard form, so "tapi" = "tetapi" and "don't" = "do not".
VARIANTS: dict[str, tuple[str, ...]] = {
    # Indonesian
    "tapi": ("tetapi",), "tp": ("tetapi",), "tak": ("tidak",), "gak": ("tidak",),
    "nggak": ("tidak",), "enggak": ("tidak",), "ga": ("tidak",), "ngga": ("tidak",),
    "udah": ("sudah",), "sdh": ("sudah",), "yg": ("yang",), "dgn": ("dengan",),
    "utk": ("untuk",), "krn": ("karena",), "karna": ("karena",), "dg": ("dengan",),
    "tdk": ("tidak",), "blm": ("belum",), "aja": ("saja",), "gimana": ("bagaimana",),
    "bu": ("ibu",), "pak": ("bapak",),
    # the two "we"s: outlets quoting one statement write "kami" (we, not you) for a
    # speaker's "kita" (we together) or the reverse ("Masih kami/kita dalami informasi
    # tersebut", detik / Kompas): one key, as the words a trail compares
    "kami": ("kita",),
    "kalo": ("kalau",), "pd": ("pada",), "dlm": ("dalam",), "sbg": ("sebagai",),
    "spt": ("seperti",),
    # short forms of chat and social media posts that outlets quote as written
    "bnyk": ("banyak",), "sy": ("saya",), "jg": ("juga",), "sdg": ("sedang",),
    "org": ("orang",), "tsb": ("tersebut",), "bs": ("bisa",), "lg": ("lagi",),
    "kpd": ("kepada",), "trs": ("terus",), "msh": ("masih",), "hrs": ("harus",),
    "skrg": ("sekarang",), "gmn": ("bagaimana",), "bgt": ("banget",), "jd": ("jadi",),
    "dpt": ("dapat",), "sgt": ("sangat",), "bhw": ("bahwa",), "thd": ("terhadap",),
    "ttg": ("tentang",), "spy": ("supaya",), "klo": ("kalau",),
    # abbreviations and acronyms of public life one outlet writes out and another does not
    # ("parpol" = "partai politik"; "UU" = "Undang-Undang", whose hyphen splits it)
    "parpol": ("partai", "politik"), "capres": ("calon", "presiden"),
    "cawapres": ("calon", "wakil", "presiden"), "wapres": ("wakil", "presiden"),
    "pemilu": ("pemilihan", "umum"), "pilpres": ("pemilihan", "presiden"),
    "pileg": ("pemilihan", "legislatif"), "pilkada": ("pemilihan", "kepala", "daerah"),
    "uu": ("undang", "undang"), "pemda": ("pemerintah", "daerah"),
    "pemkot": ("pemerintah", "kota"), "pemkab": ("pemerintah", "kabupaten"),
    "pemprov": ("pemerintah", "provinsi"), "ketum": ("ketua", "umum"),
    "sekjen": ("sekretaris", "jenderal"), "menlu": ("menteri", "luar", "negeri"),
    "menkes": ("menteri", "kesehatan"), "mendagri": ("menteri", "dalam", "negeri"),
    "dpr": ("dewan", "perwakilan", "rakyat"),
    "dprd": ("dewan", "perwakilan", "rakyat", "daerah"),
    "mpr": ("majelis", "permusyawaratan", "rakyat"), "kpu": ("komisi", "pemilihan", "umum"),
    "ri": ("republik", "indonesia"), "nkri": ("negara", "kesatuan", "republik", "indonesia"),
    "bumn": ("badan", "usaha", "milik", "negara"), "tni": ("tentara", "nasional", "indonesia"),
    "pns": ("pegawai", "negeri", "sipil"), "asn": ("aparatur", "sipil", "negara"),
    "rp": ("rupiah",), "percent": ("persen",),  # (and "%": see ``keys``)
    # English contractions (apostrophes are gone from keys: don't → dont)
    "dont": ("do", "not"), "doesnt": ("does", "not"), "didnt": ("did", "not"),
    "wont": ("will", "not"), "cant": ("can", "not"), "cannot": ("can", "not"),
    "isnt": ("is", "not"), "arent": ("are", "not"), "wasnt": ("was", "not"),
    "werent": ("were", "not"), "havent": ("have", "not"), "hasnt": ("has", "not"),
    "hadnt": ("had", "not"), "wouldnt": ("would", "not"), "shouldnt": ("should", "not"),
    "couldnt": ("could", "not"), "mustnt": ("must", "not"), "neednt": ("need", "not"),
    "im": ("i", "am"), "youre": ("you", "are"), "were": ("were",), "theyre": ("they", "are"),
    "weve": ("we", "have"), "ive": ("i", "have"), "theyve": ("they", "have"),
    "youve": ("you", "have"), "well": ("well",), "ill": ("i", "will"),
    "itll": ("it", "will"), "theyll": ("they", "will"), "itd": ("it", "would"),
    "lets": ("let", "us"),
    "towards": ("toward",), "afterwards": ("afterward",), "backwards": ("backward",),
    "forwards": ("forward",), "upwards": ("upward",), "downwards": ("downward",),
}
# keys that are words in their own right too ("were", "well") map to themselves above
VARIANTS = {k: v for k, v in VARIANTS.items() if v != (k,)}
#: the version of what a trail is built from (``VARIANTS`` and the folding, the quoted
#: passages found in texts, the pairs checked, what is stored of each): a trail built by a
#: Kutip with another one has other items or links, so it is built again
#: (``QuoteTrail.refresh``). 3: the quote finder's spans of session 8; 4: only the spans
#: the quote engine takes for quotations; 5: only those it takes whatever their
#: attribution; 6: session 10's engine, which also takes a short full sentence after a
#: speech verb and a comma (“she whispered, “Oh my God.””);
#: 7: session 11's, which takes no slogan or hashtag (“the slogan ‘the bees are happy’”)
#: and takes a straight opening mark set off by a blank after a sentence's end
#: (`ucapnya. " Udah selesai, …," tutupnya.`)
#: 8: each item's ``signature`` stored (session 11, the catch-up's first test)
#: 9: ``match.compare`` counts a word dropped and another added around a typo as edits
#: (they cancelled out: such pairs were linked with 0 edits); a cluster of one version (a
#: part with its passage) has no summary row; 10: the versions without an outlet count as one
#: unknown outlet in the summaries' numbers of outlets (``model.outlet_key``, R12-10);
#: 11: ``match.compare`` keeps apart two quotations whose shared words are mostly
#: function words (``FUNCTION_WORDS``): fewer than ``match.CONTENT_KEPT`` of either's
#: content words matched (R13-9); 12: English contractions whose bare form is another
#: word are written out ("we're" → "we are", not "were"; "he's" → "he is"; session 14);
#: 13: a stock phrase ("I don't know", ``match.stock_phrase``) links no longer quotation
#: (R14-1: it joined 18 different statements by 14 people into one cluster);
#: 14: "kami" is the key "kita" (outlets swap the two "we"s; session 15);
#: 15: a part of 4–6 words may have one edit that leaves its content words matched
#: (``match.PART_EDITED``; the trail joins it only where the speakers allow; session 18);
#: 16: a possessive "'s" is no key ("the woman's card" = "the woman card"), "towards" is
#: "toward" (session 19); 17: a part of 7–10 words cut from a longer quotation may have a
#: word changed and one the longer one adds (``match.PART_LOOSE``), and ``match.compare``
#: judges the placement with the fewest edits where the closest one cuts a changed word off
#: (``match.placement``; session 20); 18: the closest placement is judged first and the
#: wider one only where it is refused (17 judged the wider one where it had fewer edits, and
#: split real parts whose wider window takes in a content word they lack; session 20)
KEYS_VERSION = "18"

# Function words of each language (closed classes: pronouns, demonstratives, prepositions,
# conjunctions, auxiliaries and modals, negation, particles, question words, quantifiers),
# as keys. Every other key is a content word (a verb, a noun, a name, a number): two
# statements that share only these are not the same one (``match.CONTENT_KEPT``). Written
# out rather than taken from a stop-word list: PySastrawi's holds numbers and verbs
# ("tiga", "memastikan", "menggunakan", "naik"), content here. One set for both languages
# (a quotation's language is not asked): no word of one list is a content word of the other.
FUNCTION_WORDS = frozenset((
    # English
    "a an the this that these those there here it its i me my mine we us our ours you your "
    "yours he him his she her hers they them their theirs who whom whose which what when "
    "where why how whether if then than as so such and or but nor yet because since while "
    "although though unless until till of to in on at by for with from into onto upon about "
    "over under after before between among through during against without within along "
    "across around up down out off is am are was were be been being do does did doing have "
    "has had having will would shall should can could may might must not no never any some "
    "all every each both either neither other another more most much many few own same "
    "very just also too only even still again already ever now well quite rather really one "
    "ones let get got going gonna "
    # Indonesian
    "saya aku kami kita kamu anda engkau dia ia beliau mereka kalian nya ini itu tersebut "
    "sini situ sana di ke dari pada kepada daripada dalam untuk bagi buat dengan oleh "
    "tentang terhadap sejak hingga sampai antara atas demi menurut seperti sebagai melalui "
    "dan atau tetapi namun serta karena sebab jika kalau bila apabila agar supaya "
    "sehingga bahwa meski meskipun walaupun walau ketika saat sebelum sesudah setelah lalu "
    "kemudian maupun melainkan sedangkan maka akan sudah telah sedang masih belum bisa "
    "dapat harus perlu ingin mau boleh mampu pernah tidak bukan jangan pun lah kah yang "
    "juga saja hanya lagi pula sangat lebih paling sekali amat terlalu cukup agak makin "
    "semakin terus tetap selalu apa siapa mana bagaimana mengapa kenapa kapan berapa semua "
    "setiap tiap para sebuah seorang suatu beberapa segala seluruh adalah merupakan ialah "
    "yaitu yakni ada ya jadi begitu begini sendiri"
).split())


def _fold(text: str) -> str:
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold()


def keys(text: str) -> list[str]:
    """The comparison keys of a quotation's words, in order (variants expanded).

    Words are runs of letters or of digits, folded: punctuation, quotation marks and
    dashes separate words, apostrophes do not ("don't" → "dont" → "do not"; "we're" →
    "we are", not "were"), and
    "3-20 Juli", "3Juli", "COVID-19" or a missing space after a full stop split as a
    reader would.
    """
    if not text.isascii():
        for mark, ascii_mark in _MARKS_TO_ASCII:
            if mark in text:
                text = text.replace(mark, ascii_mark)
    if "%" in text:  # "4,5%" is "4,5 persen"
        text = text.replace("%", " persen ")
    if text.isascii():
        text = text.lower()
        if "'" in text:
            text = _written_out(text)
        tokens = _ASCII_TOKEN.findall(text.replace("'", "").replace("`", ""))
    else:
        text = _fold(text)
        if "'" in text:
            text = _written_out(text)
        tokens = _TOKEN.findall(text.translate(_APOSTROPHES))
    if VARIANTS.keys().isdisjoint(tokens):
        return tokens
    return [word for token in tokens for word in VARIANTS.get(token, (token,))]


def key(piece: str) -> list[str]:
    """The keys of one display word (usually one; none for punctuation, two for "don't")."""
    return keys(piece)


def display_words(text: str) -> list[tuple[str, list[str]]]:
    """(display word, its keys) for each word of ``text``; punctuation joins the word before.

    The keys of all entries, concatenated, equal ``keys(text)``.
    """
    out: list[tuple[str, list[str]]] = []
    for piece in text.split():
        piece_keys = key(piece)
        if piece_keys or not out:
            out.append((piece, piece_keys))
        else:
            word, word_keys = out[-1]
            out[-1] = (f"{word} {piece}", word_keys)
    return out


_M64 = (1 << 64) - 1
# odd 64-bit multipliers (from splitmix64 / Murmur3's finaliser)
K1, K2, K3 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_word_hashes: dict[str, int] = {}


def word_hash(word: str) -> int:
    """A stable 32-bit hash of one key (CRC-32: the same in every process, unlike ``hash``)."""
    h = _word_hashes.get(word)
    if h is None:
        if len(_word_hashes) > 500_000:
            _word_hashes.clear()
        h = _word_hashes[word] = zlib.crc32(word.encode())
    return h


def mix(a: int, b: int, c: int) -> int:
    """The shingle of three word hashes: a 32-bit value (``trail.cluster`` computes the same
    with numpy's wrapping uint64 arithmetic for a whole library at once)."""
    x = (a * K1) & _M64
    x = ((x ^ b) * K2) & _M64
    x = ((x ^ c) * K3) & _M64
    return x >> 32


def shingles(word_keys: Sequence[str]) -> list[int]:
    """The distinct shingles of every run of ``SHINGLE`` consecutive keys (none if shorter)."""
    n = len(word_keys)
    if n < SHINGLE:
        return []
    h = [word_hash(w) for w in word_keys]
    return list(dict.fromkeys(mix(h[i], h[i + 1], h[i + 2]) for i in range(n - SHINGLE + 1)))


_SIGNATURE_CODES = 0xF800  # code points a signature's word may be: the BMP's but surrogates
_signature_chars: dict[str, str] = {}


def _signature_char(word_hash: int) -> str:
    """A word's character in a signature: its ``word_hash`` made a code point of the Basic
    Multilingual Plane that is not a surrogate (63,488 of them; 0xD800–0xDFFF skipped)."""
    code = word_hash % _SIGNATURE_CODES
    return chr(code + 0x800 if code >= 0xD800 else code)


def signature_text(word_keys: Sequence[str]) -> str:
    """A quotation's words as a string of one character per key (``_signature_char`` of its
    ``word_hash``), in order: what the catch-up's first test compares
    (``trail_build.rough_signatures``), stored as ``signature``.

    Equal keys have equal characters, so two quotations' signatures agree wherever their
    keys do, and by chance elsewhere (about one pair of different words in 63,488): a test
    that only counts words agreeing in order finds signatures at least as alike as the
    keys. (One character a word, and no surrogates, so UTF-16 keeps one unit a word.)"""
    chars = _signature_chars
    missing = [w for w in word_keys if w not in chars]
    if missing:
        if len(chars) > 500_000:
            chars.clear()
        for w in word_keys:
            chars[w] = _signature_char(word_hash(w))
    return "".join([chars[w] for w in word_keys])


def signature_texts(word_hashes: Any, words: Any, offsets: Any) -> list[str]:
    """``signature_text`` of many quotations at once, with numpy: ``words`` holds their
    keys as ids one after another (quotation ``i`` from ``offsets[i]`` to ``offsets[i +
    1]``), ``word_hashes`` the ``word_hash`` of each id (``cluster.posting_keys`` reads
    words so too)."""
    import numpy as np

    codes = word_hashes.astype(np.uint64) % np.uint64(_SIGNATURE_CODES)
    codes[codes >= 0xD800] += np.uint64(0x800)
    whole = codes.astype("<u2")[words].tobytes().decode("utf-16-le")
    bounds = offsets.tolist()
    return [whole[lo:hi] for lo, hi in zip(bounds, bounds[1:], strict=False)]


def signature(word_keys: Sequence[str]) -> bytes:
    """``signature_text`` as stored (``trail_items.sig``): UTF-16 little-endian, two bytes a
    word."""
    return signature_blob(signature_text(word_keys))


def signature_blob(text: str) -> bytes:
    """A ``signature_text`` as stored."""
    return text.encode("utf-16-le")


def signature_of(blob: bytes) -> str:
    """A stored ``signature`` as its ``signature_text``."""
    return blob.decode("utf-16-le")


def worth_checking(shared: int, words: int, other_words: int,
                   one_shingle_words: int = ONE_SHINGLE_WORDS) -> bool:
    """Whether two quotations of ``words`` and ``other_words`` words that share ``shared``
    distinct shingles could be the same statement (``cluster.pairs_worth_checking``, which
    says why, does the same for many pairs at once). ``one_shingle_words`` is there to
    measure another bound (``trail.evaluate``); the trail uses ``ONE_SHINGLE_WORDS``."""
    return shared >= 2 or min(words, other_words) <= one_shingle_words
