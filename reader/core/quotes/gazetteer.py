"""Indonesian places and given names from public lists, for reading speaker phrases.

“Kapolres Jakarta Selatan Kombes Ade Ary”, “Bupati Sleman Kustini Sri Purnomo”, “Ketua PAC
Medan Helvetia Jonlys Purba”: Indonesian news writes an office, the place it serves and
the holder's name as one capitalised run. The rules can tell the office (a role word) from
the rest, but not where the place ends and the name begins; a list of the country's
regions can. The lists ship with the package (``data/gazetteer_id.txt``, 89 KB, read on
first use, never over the network):

- provinces, kabupaten/kota and kecamatan of two words or more (one-word kecamatan are too
  often surnames, “Purba”): github.com/cahyadsn/wilayah (MIT), file
  ``db/wilayah.sql`` (Kepmendagri No 300.2.2-2138 Tahun 2025), commit
  ``b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7``;
- given and family names: github.com/mutiawsr/indonesian-names (MIT), ``src/assets/*.csv``,
  commit ``8e4f6ef348f1acf2e94642d219e8e754cd4c9360``;
- universities, institutes and polytechnics: github.com/mzakiyuddin/daftar-perguruan-tinggi-
  indonesia (ISC; PDDIKTI's public list), ``data/data.csv``, commit
  ``3138f947dd5d9e8c95d1f1d4a5a3003bd778a571``;
- parties and mass organisations news often names (``BODIES``) and the short forms of
  provinces (“Jatim”, “Sulsel”) are written out below.

``tools/build_id_gazetteer.py`` rebuilds the file from those sources; ``data/README.md``
records them. Lookups are set probes; the sets are built once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).resolve().parent / "data" / "gazetteer_id.txt"

# Parties news names between an office and its holder (“Sekjen Gerindra Ahmad Muzani”): those
# of the 2024 election (KPU) whose names read as title-case words, and mass organisations.
# (Companies are left out: their names run on, “Waskita Karya”, “Pertamina Patra Niaga”.)
BODIES = frozenset(
    "gerindra golkar nasdem demokrat perindo hanura gelora ummat ansor banser kontras".split()
) | frozenset(["partai buruh", "nahdlatul ulama", "indonesia maju", "indonesia raya"])
# Short forms of provinces in Indonesian news (“Polda Jatim”, “Gubernur Sulsel”).
PROVINCE_SHORT_FORMS = frozenset(
    "jabar jateng jatim diy dki banten sumut sumbar sumsel riau kepri jambi babel bengkulu "
    "lampung kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra sulbar "
    "gorontalo malut maluku papua ntt ntb nad jabodetabek jabotabek".split()
) | frozenset("jaksel jakbar jaktim jakut jakpus".split())  # (and the Jakarta cities')
# Police regions named by no province or city (“Polda Metro Jaya”, Jakarta's: without it
# “Metro”, a city in Lampung, took one word and “kata Kapolda Metro Jaya.” gave “Jaya”).
POLICE_REGIONS = frozenset(["metro jaya"])


# Spellings of the commonest Arabic given names the list has in one form only (“muhammad”,
# “ahmad”): “Kepala BP Haji Mochamad Irfan Yusuf” names Mochamad Irfan Yusuf, not a body
# called “Haji Mochamad”
GIVEN_SPELLINGS = frozenset(
    "mochamad mochammad mohammad mohamad muhamad mohammed muhammed mochamat muchamad "
    "achmad akhmad ahmat abdul abdullah".split())


class Gazetteer:
    """The lists, read once into sets of strings (a few set probes per name run)."""

    def __init__(self, text: str) -> None:
        sections: dict[str, list[str]] = {}
        for chunk in ("\n" + text).split("\n# ")[1:]:
            head, _, body = chunk.partition("\n")
            sections[head.strip()] = body.split("\n")
        self.given = (frozenset(sections.get("nama", ())) - {""}) | GIVEN_SPELLINGS
        wide = sections.get("provinsi", []) + sections.get("kabkota", [])
        #: every region and body, words joined by one blank (“jawa tengah”, “medan
        #: helvetia”, “jasa marga”)
        self.regions = (frozenset(wide + sections.get("kecamatan", []))
                        | PROVINCE_SHORT_FORMS | POLICE_REGIONS | BODIES)
        #: provinces, kabupaten/kota and bodies of one word (“sleman”, “jatim”, “golkar”)
        self.one_word = (frozenset(w for w in wide if " " not in w) | PROVINCE_SHORT_FORMS
                         | frozenset(b for b in BODIES if " " not in b))
        self.longest = max((r.count(" ") + 1 for r in self.regions), default=1)
        #: universities, institutes and polytechnics, without that word (“gadjah mada”)
        self.campuses = frozenset(sections.get("kampus", ())) - {""}
        self.campus_longest = max((c.count(" ") + 1 for c in self.campuses), default=1)
        #: the first word of every region, to skip most words with one probe
        self.first_words = frozenset(r.partition(" ")[0] for r in self.regions)
        #: the first word of every region of two words or more that is no given name of
        #: the lists (“pondok”, “tanjung”, “sungai”, “kebon”): a village's name of two
        #: words opens so too (“Pondok Labu”, “Sungai Bambu”), the gazetteer listing none
        self.openers = frozenset(
            r.partition(" ")[0] for r in self.regions if " " in r) - self.given

    def region_at(self, words: list[str], k: int) -> int:
        """How many of ``words`` (lower case) from ``k`` on name a region: a province, a
        kabupaten/kota or a kecamatan of two words or more, or a province or kabupaten/kota
        of one word; 0 when none does. The longest match wins."""
        if k >= len(words):
            return 0
        for n in range(min(self.longest, len(words) - k), 1, -1):
            if " ".join(words[k : k + n]) in self.regions:
                return n
        return 1 if words[k] in self.one_word else 0

    def campus_at(self, words: list[str], k: int) -> int:
        """How many of ``words`` (lower case) from ``k`` on name a university, institute or
        polytechnic (the words after “Universitas”, “Institut”, “Politeknik”); 0 if none."""
        for n in range(min(self.campus_longest, len(words) - k), 0, -1):
            if " ".join(words[k : k + n]) in self.campuses:
                return n
        return 0

    def given_name(self, word: str) -> bool:
        return word in self.given


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The lists, read from the package on first use."""
    return Gazetteer(_FILE.read_text(encoding="utf-8"))


def region_at(words: list[str], k: int) -> int:
    """See ``Gazetteer.region_at``; ``words`` are lower case."""
    return gazetteer().region_at(words, k) if 0 <= k < len(words) else 0
