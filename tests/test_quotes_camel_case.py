"""A word of a name's shape written in camel case is one name (issue 9, review R16-1).

“…,” said WhatsApp. gave the speaker “App”, BlackRock “Rock”, OpenAI “Open AI”, LinkedIn
nobody at all: the unglue of words a scraper joined (“ReutersThe”, “PresidenDonald”) cut
every capitalised word with a capital inside it whose first part had four letters or more
(“PayPal”, “TikTok” survived only by their short heads). A word of that shape stays whole
unless something shows the glue: the second part opens sentences or is a given name, the
first is an office, a place or such a word, or the article writes the two apart.

The sentences are made up.
"""

import pytest

from reader.core.quotes import (
    attribute_speaker,
    guess_speaker,
    speaker_options,
    speakers_of,
    suggest,
)
from reader.core.quotes.engine import forget_analyses
from reader.core.quotes.names import tokens

# each was cut before (the short-headed ones after them kept whole already)
BRANDS = [
    "WhatsApp", "BlackRock", "FaceApp", "OpenAI", "LinkedIn", "ByteDance", "SoftBank",
    "DoorDash", "MasterCard", "PricewaterhouseCoopers", "GlaxoSmithKline", "BukaLapak",
    "KataData", "TokoPedia", "HuffPost", "TelkomGroup",
    "eBay", "iPhone", "eToro",
    "PayPal", "TikTok", "YouTube", "JetBlue", "GoTo", "SpaceX", "McKinsey", "DeSantis",
]

SENTENCES = [
    "Officials met on Monday.\n\n“We did not send user data to Russia,” said {}.\n",
    "Officials met on Monday.\n\n“We did not send user data to Russia,” {} said.\n",
    "Pejabat bertemu pada Senin.\n\n“Kami tidak mengirim data pengguna ke Rusia,” kata {}.\n",
    "Pejabat bertemu pada Senin.\n\n“Kami tidak mengirim data pengguna ke Rusia,” sebut {}.\n",
    "Pejabat bertemu pada Senin.\n\n{} mengatakan, “Kami tidak mengirim data pengguna ke "
    "Rusia.”\n",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("brand", BRANDS)
def test_a_camel_case_name_is_the_whole_speaker_on_every_path(brand, sentence):
    """suggest(), speakers_of, guess_speaker, attribute_speaker and speaker_options each
    name the whole word: not a part of it, and not nobody (LinkedIn gave "")."""
    text = sentence.format(brand)
    forget_analyses()
    [found] = [s for s in suggest(text) if s.kind == "quote"]
    assert found.speaker == brand
    start, end = found.start, found.end
    forget_analyses()
    assert speakers_of(text, [(start, end)]) == [(brand, "")]
    forget_analyses()
    guess = guess_speaker(text, start, end)
    assert guess is not None and guess.speaker == brand
    assert attribute_speaker(text, start, end) == (brand, "")
    [options] = speaker_options(text)
    assert options.speaker == brand
    assert brand in [o.name for _, o in options.ranked]
    assert all(o.name == o.name.strip() for _, o in options.ranked)


def _words(text: str) -> list[str]:
    return [w for w, _, _ in tokens(text, 0, len(text))]


@pytest.mark.parametrize(("text", "words"), [
    # a word that opens sentences glued after a name (a dateline, a crosshead, a link)
    ("ReutersThe company said so.", ["Reuters", "The", "company", "said", "so", "."]),
    ("JAKARTA, KompasSementara itu warga", ["JAKARTA", ",", "Kompas", "Sementara", "itu",
                                           "warga"]),
    ("Kantor JakartaDi sana", ["Kantor", "Jakarta", "Di", "sana"]),
    # an office, a place or a dateline's word before a name
    ("Presiden RusiaVladimir Putin", ["Presiden", "Rusia", "Vladimir", "Putin"]),
    ("kepada PresidenDonald Trump", ["kepada", "Presiden", "Donald", "Trump"]),
    ("Wali Kota DepokSupian Suri", ["Wali", "Kota", "Depok", "Supian", "Suri"]),
    ("seperti DilansirAFP kemarin", ["seperti", "Dilansir", "AFP", "kemarin"]),
    # a lower-case speech verb glued to the name
    ("kataWali Kota", ["kata", "Wali", "Kota"]),
    # the article writes the two apart elsewhere
    ("Kemi Badenoch spoke. Posts tagged KemiBadenoch", ["Kemi", "Badenoch", "spoke", ".",
                                                        "Posts", "tagged", "Kemi",
                                                        "Badenoch"]),
    # a headline's last word, an ordinary Indonesian word, glued to the next sentence's
    # subject, whom the article names on their own
    ("Ketua PAC Jonlys Purba hadir. Baca juga: Wanita Dibunuh PacarJonlys menyebutkan",
     ["Ketua", "PAC", "Jonlys", "Purba", "hadir", ".", "Baca", "juga", ":", "Wanita",
      "Dibunuh", "Pacar", "Jonlys", "menyebutkan"]),
    # a name's shape, nothing showing a glue: one word (a tail the article writes on its
    # own after a head that is no Indonesian word shows none)
    ("DeepStateMap noted it. The State Protection Department",
     ["DeepStateMap", "noted", "it", ".", "The", "State", "Protection", "Department"]),
    ("WhatsApp and LinkedIn", ["WhatsApp", "and", "LinkedIn"]),
    ("GlaxoSmithKline or OpenAI or BlackRock",
     ["GlaxoSmithKline", "or", "OpenAI", "or", "BlackRock"]),
    ("oleh BukaLapak dan KataData", ["oleh", "BukaLapak", "dan", "KataData"]),
])
def test_glued_words_come_apart_and_names_stay_whole(text, words):
    assert _words(text) == words


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    ("Presiden RusiaVladimir Putinmenyerahkan koin. “Itu tradisi kami,” jelas Putin.", "Itu",
     "Vladimir Putin"),
    ("Jalan ditutup. “Rute lomba sudah siap,” kataWali Kota DepokSupian Suri, Rabu.", "Rute",
     "Supian Suri"),
    ("Musisi Fariz RM hadir. “Saya sehat,” kata MusisiFariz RM.", "Saya", "Fariz RM"),
    ("Jacinda Ardern spoke in Auckland.\n\n“We are ready,” said the prime minister "
     "JacindaArdern.", "We are", "Jacinda Ardern"),
])
def test_glued_names_still_come_apart_as_speakers(text, opening, speaker):
    forget_analyses()
    [found] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    assert found.speaker == speaker
