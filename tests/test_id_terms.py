"""One English term, one Indonesian term: the shipped translation (resources/i18n/kutip_id.ts)
names each of Kutip's things the same way in every message, the app's and the core's alike.

F9-8: upgrading a library was "ditingkatkan" while another Kutip held the upgrade and
"dimutakhirkan" in the notice after it; the same check found "alias" beside "nama lain",
"Semua media" above the column "Sumber", "warna penanda" for the highlight colour, the
article's editor both "penyunting" and "editor", and re-attach "pasang kembali" beside the
button "Tempelkan".
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "kutip_id.ts"

#: English (a regular expression, on the text without placeholders, `code` and mnemonics)
#: -> the Indonesian every translation of it uses, and what none may use instead
GLOSSARY = [
    (r"\bupgrad", r"mutakhir", r"tingkat|perbarui|perbarua"),
    (r"\bbackups?\b", r"cadangan", None),
    (r"\bexport", r"ekspor", None),
    (r"\bimport", r"impor", None),
    (r"\blibrar(y|ies)\b", r"pustaka", None),
    (r"\bcollections?\b", r"koleksi", None),
    (r"\bfeeds?\b", r"umpan", None),
    (r"\bstatements?\b", r"pernyataan", None),
    (r"\bverdicts?\b", r"putusan", None),
    (r"\balias(es)?\b", r"nama lain", r"\balias"),
    (r"\bhighlight", r"sorot", r"penanda"),
    (r"\bsources?\b", r"sumber", r"\bmedia\b"),
    (r"\boutlets?\b", r"media", None),
    (r"\beditor\b", r"penyunting", r"\beditor\b"),
    (r"\bblind\b", r"tersamar", None),
    (r"\bmerg", r"gabung", None),
    (r"\bundo", r"urung", None),
    (r"\bcoders?\b", r"pengode", None),
    (r"\bfolders?\b", r"folder", None),
    (r"\bnotes?\b", r"catatan", None),
    (r"\bre-?attach", r"tempel", r"pasang"),
]


def _without_names(text: str) -> str:
    """The words a reader reads: no ``{placeholder}``, no `command`, no ``&`` mnemonic."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _translations() -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        pairs += [(_without_names(source), _without_names(form)) for form in forms]
    return pairs


def test_the_glossary_reads_the_shipped_translation():
    pairs = _translations()
    assert len(pairs) > 1000
    upgrades = [id_ for en, id_ in pairs if re.search(r"\bupgrad", en, re.I)]
    assert len(upgrades) >= 10  # the wait, the notice, the backups, a damaged file, the team…
    assert "sedang dimutakhirkan oleh Kutip lain; coba lagi setelah selesai." in "".join(
        upgrades)


@pytest.mark.parametrize(("english", "indonesian", "never"), GLOSSARY,
                         ids=[g[0] for g in GLOSSARY])
def test_one_english_term_is_one_indonesian_term(english, indonesian, never):
    pairs = [(en, id_) for en, id_ in _translations() if re.search(english, en, re.I)]
    assert pairs, english  # the term is still in the interface
    off = [(en, id_) for en, id_ in pairs if not re.search(indonesian, id_, re.I)
           or (never and re.search(never, id_, re.I) and not _also_named(en, never))]
    assert off == []


def _also_named(english: str, never: str) -> bool:
    """The message names another term whose own Indonesian is the forbidden word ("articles
    without a source count as one unknown outlet": "sumber" for the source, "media" for the
    outlet), so that word is there for the other term."""
    return any(re.search(en, english, re.I) and re.search(never, id_, re.I)
               for en, id_, _ in GLOSSARY)


def test_a_forbidden_word_is_allowed_only_for_another_term_the_message_names():
    assert _also_named("articles without a source count as one unknown outlet", r"\bmedia\b")
    assert not _also_named("the source of this article", r"\bmedia\b")
