"""One speaker written differently by the outlets of a trail is not a disagreement: "Sergey" /
"Sergei Lavrov" are said to be one name written differently; different people still are."""

import pytest

from reader.core.speakernames import likely_variants, persons, same_person

from .conftest import DATA, LAVROV


def _annotate_version(lib, quote, source, speaker):
    """Annotate ``source``'s version of ``quote``'s statement, naming ``speaker`` (a speaker
    of its own, even when a known one is spelled alike)."""
    version = next(v for v in lib.trail.trail(quote.id).versions if v.source == source)
    if speaker not in lib.speakers.names():
        lib.speakers.create(speaker)
    lib.annotations.add_exact(version.article_id, version.exact, kind="quote", speaker=speaker)
    lib.trail.refresh()
    return lib.trail.trail(quote.id)


def test_nothing_annotated_the_outlets_spellings_are_one_speaker(seeded_library, seed_id):
    """The reviewer's case: no speaker registered, MINA writes "Sergey", ANTARA "Sergei"."""
    lib = seeded_library
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    lib.trail.refresh()
    trail = lib.trail.trail_at(seed_id, lib.articles.text(seed_id).index(LAVROV))
    assert {v.speaker for v in trail.versions} == {"Sergey Lavrov", "Sergei Lavrov"}
    assert trail.flags == []  # no warning: a note
    assert [n.code for n in trail.notes] == ["trail.speaker-written-differently"]


def test_a_transliteration_is_one_speaker_written_differently(three_outlets):
    lib, quote, _ = three_outlets
    trail = _annotate_version(lib, quote, "ANTARA", "Sergei Lavrov")
    assert sorted(trail.speakers) == ["Sergei Lavrov", "Sergey Lavrov"]
    assert trail.flags == []
    assert [n.code for n in trail.notes] == ["trail.speaker-written-differently"]
    assert "Sergey Lavrov" in trail.notes[0] and "Sergei Lavrov" in trail.notes[0]


def test_different_people_are_still_a_disagreement(three_outlets):
    lib, quote, _ = three_outlets
    trail = _annotate_version(lib, quote, "ANTARA", "Maria Zakharova")
    assert [f.code for f in trail.flags] == ["trail.different-speakers"]
    assert "Maria Zakharova" in trail.flags[0] and "Sergey Lavrov" in trail.flags[0]
    assert trail.notes == []


def test_a_disagreement_lists_each_persons_spellings_together(three_outlets):
    from reader.core.export.trail import export_trail_markdown

    lib, quote, _ = three_outlets
    _annotate_version(lib, quote, "ANTARA", "Sergei Lavrov")
    trail = _annotate_version(lib, quote, "Republika", "Maria Zakharova")
    assert [f.code for f in trail.flags] == ["trail.different-speakers"]
    assert f"> **Warning:** {trail.flags[0]}\n" in export_trail_markdown(trail)
    assert [n.code for n in trail.notes] == ["trail.speaker-written-differently"]
    assert "Sergey Lavrov / Sergei Lavrov, Maria Zakharova" in trail.flags[0]


def test_a_surname_alone_beside_two_people_of_that_name_is_flagged(three_outlets):
    """REVIEW8 F8-5: "Lavrov" beside "Sergey" and "Mikhail Lavrov" is neither's for sure:
    the trail flags three names, not a note that one of them is written differently."""
    lib, quote, _ = three_outlets  # MINA's version is annotated "Sergey Lavrov"
    lib.speakers.remove_alias("Sergey Lavrov", "Lavrov")  # "Lavrov": a name, not its alias
    _annotate_version(lib, quote, "ANTARA", "Lavrov")
    trail = _annotate_version(lib, quote, "Republika", "Mikhail Lavrov")
    assert [f.code for f in trail.flags] == ["trail.different-speakers"]
    assert trail.notes == []
    assert sorted(trail.flags[0].split(": ")[1].split(", ")) == [
        "Lavrov", "Mikhail Lavrov", "Sergey Lavrov"]


@pytest.mark.parametrize("a, b, reason", [
    ("Sergey Lavrov", "Sergei Lavrov", "spelling"),
    ("Dmitry Peskov", "Dmitriy Peskov", "spelling"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko", "spelling"),
    ("Volodymyr Zelensky", "Wolodymyr Selenskyj", "spelling"),
    ("Soeharto", "Suharto", "spelling"),
    ("Mohammad Hatta", "Muhammad Hatta", "spelling"),
    ("Lavrov", "Sergey Lavrov", "short"),
    ("S. Lavrov", "Sergey Lavrov", "short"),
    ("Anies Baswedan", "Anies Rasyid Baswedan", "short"),
    ("Prabowo", "Prabowo Subianto", "short"),
    ("Jokowi", "Joko Widodo", "nickname"),
    ("SBY", "Susilo Bambang Yudhoyono", "initials"),
    ("sergey lavrov", "Sergey Lavrov", "same"),
    # different people
    ("Jokowi", "Joko Anwar", ""),
    ("Joko Widodo", "Iriana Widodo", ""),
    ("Sergey Lavrov", "Mikhail Lavrov", ""),
    ("Sergey Lavrov", "Maria Zakharova", ""),
    ("Jessica Chastain", "J.C. Chandor", ""),
    ("Ganjar MD", "Mahfud MD", ""),
    ("Retno Marsudi", "Retno Mulyani", ""),
    ("Wang Yi", "Siti Yi", ""),
    ("Suharto", "Suhartoyo", ""),  # one word alone: alike is not enough
])
def test_same_person(a, b, reason):
    assert same_person(a, b) == reason
    assert same_person(b, a) == reason


def test_a_surname_alone_does_not_make_two_people_one():
    # "Lavrov" could be either Lavrov: it stays apart rather than join one of them
    assert persons(["Sergey Lavrov", "Lavrov", "Mikhail Lavrov", "Sergei Lavrov"]) == [
        ["Sergey Lavrov", "Sergei Lavrov"], ["Lavrov"], ["Mikhail Lavrov"]]
    assert persons(["Sergey Lavrov", "Lavrov", "Sergei Lavrov"]) == [
        ["Sergey Lavrov", "Lavrov", "Sergei Lavrov"]]


def test_a_surname_that_fits_two_speakers_is_grouped_with_neither():
    """REVIEW8 F8-5: "Widodo" went with "Joko Widodo" though "Iriana Widodo" is there too."""
    assert persons(["Widodo", "Joko Widodo", "Iriana Widodo"]) == [
        ["Widodo"], ["Joko Widodo"], ["Iriana Widodo"]]
    assert persons(["Joko Widodo", "Widodo"]) == [["Joko Widodo", "Widodo"]]


def test_a_nickname_and_a_surname_of_one_person_are_that_person():
    """Jokowi and Widodo are not one with each other, but both with Joko Widodo."""
    assert persons(["Jokowi", "Joko Widodo", "Widodo"]) == [["Jokowi", "Joko Widodo", "Widodo"]]
    assert persons(["Jokowi", "Joko Widodo", "Widodo", "Iriana Widodo"]) == [
        ["Jokowi", "Joko Widodo"], ["Widodo"], ["Iriana Widodo"]]
    assert persons(["Sergey Lavrov", "S. Lavrov", "Lavrov", "Svetlana Lavrov"]) == [
        ["Sergey Lavrov"], ["S. Lavrov"], ["Lavrov"], ["Svetlana Lavrov"]]
    assert persons(["S. Lavrov", "Sergey Lavrov", "Svetlana Lavrov"]) == [
        ["S. Lavrov"], ["Sergey Lavrov"], ["Svetlana Lavrov"]]


def test_an_alias_makes_two_names_one_person():
    aliases = {"menlu rusia": "Sergey Lavrov", "sergey lavrov": "Sergey Lavrov"}
    assert persons(["Sergey Lavrov", "Menlu Rusia"], aliases) == [["Sergey Lavrov",
                                                                   "Menlu Rusia"]]
    assert persons(["Sergey Lavrov", "Menlu Rusia"]) == [["Sergey Lavrov"], ["Menlu Rusia"]]


def test_likely_variants_offer_merging_into_the_name_used_more():
    counts = {"Sergey Lavrov": 3, "Sergei Lavrov": 1, "Jokowi": 2, "Joko Widodo": 5,
              "SBY": 1, "Susilo Bambang Yudhoyono": 2, "Iriana Widodo": 4, "Widodo": 1,
              "Mikhail Lavrov": 1, "Maria Zakharova": 2}
    found = {(v.name, v.into, v.reason) for v in likely_variants(counts)}
    assert found == {("Sergei Lavrov", "Sergey Lavrov", "spelling"),
                     ("Jokowi", "Joko Widodo", "nickname"),
                     ("SBY", "Susilo Bambang Yudhoyono", "initials")}
    # "Widodo" fits two speakers: nobody's for sure, not offered


def test_a_surname_alone_is_offered_when_it_fits_one_speaker():
    found = likely_variants({"Lavrov": 4, "Sergey Lavrov": 2, "Maria Zakharova": 1})
    assert [(v.name, v.into, v.reason) for v in found] == [("Lavrov", "Sergey Lavrov", "short")]


def test_the_note_is_shown_by_the_cli_json_and_markdown_without_a_warning(
        seeded_library, seed_id, run, db_path):
    from reader.core.export.trail import export_trail_markdown

    lib = seeded_library
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    lib.trail.refresh()
    at = lib.articles.text(seed_id).index(LAVROV)
    trail = lib.trail.trail_at(seed_id, at)
    note = "outlets write one speaker's name differently: Sergey Lavrov, Sergei Lavrov"
    shown = run("trail", f"{seed_id}:{at}").output
    assert f"· {note}" in shown and "! " not in shown
    assert '"notes": [' in run("trail", f"{seed_id}:{at}", "--json").output
    markdown = export_trail_markdown(trail)
    assert f"> {note}\n" in markdown and "**Warning:**" not in markdown


def test_the_quotes_list_finds_a_speaker_by_another_spelling(three_outlets):
    from reader.core.library import ClusterFilter

    lib, quote, _ = three_outlets  # Lavrov's quotation, annotated as "Sergey Lavrov"
    [summary] = lib.trail.clusters(ClusterFilter(min_outlets=2))
    assert lib.trail.clusters(ClusterFilter(speaker="Sergei Lavrov")) == [summary]
    assert lib.trail.clusters(ClusterFilter(speaker="Mikhail Lavrov")) == []


def test_a_one_word_name_spelled_two_ways_is_offered():
    """REVIEW8 F8-5: README's old-spelling example was never offered (a single word was
    compared only with names of two words or more)."""
    found = likely_variants({"Soeharto": 3, "Suharto": 1, "Maria Zakharova": 1})
    assert [(v.name, v.into, v.reason) for v in found] == [("Suharto", "Soeharto", "spelling")]
    found = likely_variants({"Tjokroaminoto": 1, "Cokroaminoto": 2})
    assert [(v.name, v.into, v.reason) for v in found] == [
        ("Tjokroaminoto", "Cokroaminoto", "spelling")]


def test_a_one_word_name_that_fits_one_person_spelled_two_ways_goes_into_the_full_name():
    found = likely_variants({"Lavrov": 1, "Sergey Lavrov": 3, "Sergei Lavrov": 1})
    assert {(v.name, v.into, v.reason) for v in found} == {
        ("Lavrov", "Sergey Lavrov", "short"), ("Sergei Lavrov", "Sergey Lavrov", "spelling")}


def test_a_one_word_name_that_could_be_two_people_is_not_offered():
    assert likely_variants({"Widodo": 1, "Joko Widodo": 2, "Iriana Widodo": 1}) == []
    # "Suhartoyo" (another person) is not a spelling of "Suharto"
    found = likely_variants({"Soeharto": 1, "Suharto": 1, "Suhartoyo": 1})
    assert [(v.name, v.into) for v in found] == [("Suharto", "Soeharto")]


def test_a_short_name_takes_one_person_written_differently_together(three_outlets):
    """REVIEW10 nits: "Lavrov" was "could be S. Lavrov, Sergey Lavrov: give the full name"
    though the trail calls them one speaker written differently: both are listed now, under
    the fullest name, however many versions name the initial."""
    from reader.core.library import ClusterFilter

    lib, quote, _ = three_outlets
    _annotate_version(lib, quote, "ANTARA", "S. Lavrov")
    trail = _annotate_version(lib, quote, "Republika", "S. Lavrov")  # "S. Lavrov" ×2, Sergey ×1
    assert sorted(trail.speakers) == ["S. Lavrov", "Sergey Lavrov"] and trail.flags == []
    everything = lib.trail.clusters(ClusterFilter())
    [listed] = [c for c in everything if c.cluster == trail.cluster]
    assert listed.speaker == "Sergey Lavrov"  # the fullest form, not the most written
    assert lib.trail.clusters(ClusterFilter(speaker="Lavrov")) == lib.trail.clusters(
        ClusterFilter(speaker="Sergey Lavrov"))
    assert listed in lib.trail.clusters(ClusterFilter(speaker="Lavrov"))
    assert listed in lib.trail.clusters(ClusterFilter(speaker="S. Lavrov"))
    assert lib.trail.cluster_count(ClusterFilter(speaker="Lavrov")) == len(
        lib.trail.clusters(ClusterFilter(speaker="Lavrov")))
    # the trail's note names the person as the list does: the fullest name first
    assert trail.notes == ["outlets write one speaker's name differently:"
                           " Sergey Lavrov, S. Lavrov"]


def test_a_short_name_of_different_people_still_asks(three_outlets):
    from reader.core.library import ClusterFilter, LibraryError

    lib, quote, _ = three_outlets
    for name in ("Joko Widodo", "Iriana Widodo"):
        lib.speakers.create(name)
    with pytest.raises(LibraryError, match="could be Iriana Widodo, Joko Widodo"):
        lib.trail.clusters(ClusterFilter(speaker="Widodo"))


def _headline(named, aliases=None):
    from reader.core.library.trail import QuoteTrail

    people = QuoteTrail._people(named, aliases)
    return people[0][0] if people else ""


def test_the_headline_names_the_person_named_most_by_their_fullest_name():
    assert _headline(["S. Lavrov", "Sergey Lavrov", "S. Lavrov"]) == "Sergey Lavrov"
    assert _headline(["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Sergey Lavrov"]) == (
        "Sergey Lavrov")  # as full: the spelling written most
    assert _headline(["Lavrov", "Lavrov", "Sergei Lavrov", "Lavrov"]) == "Sergei Lavrov"
    # different people: the one named most, then the one named first (publication order)
    assert _headline(["Joko Widodo", "Iriana Widodo", "Iriana Widodo"]) == "Iriana Widodo"
    assert _headline(["Joko Widodo", "", "Iriana Widodo"]) == "Joko Widodo"
    assert _headline(["Iriana Widodo", "Joko Widodo"]) == "Iriana Widodo"
    # as full and written as often: the one written first
    assert _headline(["Sergey Lavrov", "Sergei Lavrov"]) == "Sergey Lavrov"
    assert _headline(["Sergei Lavrov", "Sergey Lavrov"]) == "Sergei Lavrov"
    assert _headline(["Jokowi", "Jokowi"]) == "Jokowi" and _headline(["", ""]) == ""


@pytest.mark.parametrize("named, aliases, people", [
    # English: the library's own name for the person before an alias as full
    (["Foreign Minister", "Sergey Lavrov", "Foreign Minister"],
     {"foreign minister": "Sergey Lavrov", "sergey lavrov": "Sergey Lavrov"},
     [["Sergey Lavrov", "Foreign Minister"]]),
    (["Foreign Minister", "Sergey Lavrov", "Foreign Minister"], {},
     [["Foreign Minister"], ["Sergey Lavrov"]]),
    # Indonesian
    (["Menlu Rusia", "Menlu Rusia", "Sergey Lavrov"],
     {"menlu rusia": "Sergey Lavrov", "sergey lavrov": "Sergey Lavrov"},
     [["Sergey Lavrov", "Menlu Rusia"]]),
    (["Pak Jokowi", "Joko Widodo", "Iriana Widodo", "Iriana Widodo"],
     {"pak jokowi": "Joko Widodo", "joko widodo": "Joko Widodo"},
     [["Joko Widodo", "Pak Jokowi"], ["Iriana Widodo"]]),
])
def test_the_headline_note_and_flag_group_names_by_the_librarys_aliases(named, aliases,
                                                                         people):
    from reader.core.library.trail import QuoteTrail

    assert QuoteTrail._people(named, aliases) == people
    flags, notes = QuoteTrail._speaker_notes(people)
    assert [n.code for n in notes] == ["trail.speaker-written-differently"] * sum(
        len(p) > 1 for p in people)
    assert len(flags) == (len(people) > 1)


@pytest.mark.parametrize("names, listed_as", [
    # English spellings, each written once by a coder (Republika's guessed: Sergey)
    (("Sergey Lavrov", "Sergei Lavrov", None), "Sergey Lavrov"),
    (("Sergei Lavrov", "Sergey Lavrov", "Sergey Lavrov"), "Sergey Lavrov"),
    # an Indonesian nickname written more often than the full name
    (("Joko Widodo", "Jokowi", "Jokowi"), "Joko Widodo"),
    (("Jokowi", "Joko Widodo", None), "Joko Widodo"),
])
def test_the_quotes_list_and_the_trail_name_the_person_alike(three_outlets, names,
                                                             listed_as):
    """The list named a cluster by its coders' names, on a tie the first by name
    ("Sergei Lavrov"), while the trail's note put another first ("Sergey Lavrov, Sergei
    Lavrov"): both name the person by ``QuoteTrail._people`` now: the fullest name, then
    the one written most, then the one written first."""
    lib, quote, _ = three_outlets
    for name in filter(None, names):
        if name not in lib.speakers.names():
            lib.speakers.create(name)
    lib.annotations.update(quote.id, speaker=names[0])  # MINA, the earliest version
    for source, name in zip(("ANTARA", "Republika"), names[1:], strict=True):
        if name:
            trail = _annotate_version(lib, quote, source, name)
    [listed] = [c for c in lib.trail.clusters() if c.cluster == trail.cluster]
    assert listed.speaker == listed_as
    assert [n.code for n in trail.notes] == ["trail.speaker-written-differently"]
    for line in trail.flags + trail.notes:  # (a flag: Republika's guess, another person)
        assert line.split(": ", 1)[1].startswith(listed_as + ", ") or line.split(
            ": ", 1)[1].startswith(listed_as + " / ")
    assert trail.speakers[0] == listed_as


def test_a_partial_annotations_speaker_names_the_passage_shown():
    """One passage, several rows: the shown (longer) one names no speaker, a part of it
    does: the version's coders name the part's speaker; two parts naming two people name
    both, by place (R11-16: the second was lost), each once."""
    from reader.core.library.trail import _named

    class Row:
        def __init__(self, speaker, start=0):
            self.speaker, self.start, self.end = speaker, start, start + 10

    assert _named([Row(""), Row("Sergey Lavrov")]) == ["Sergey Lavrov"]
    assert _named([Row("Maria Zakharova"), Row("Sergey Lavrov")]) == [
        "Maria Zakharova", "Sergey Lavrov"]
    assert _named([Row(""), Row("Tom Vale", 50), Row("Ann Kerr", 5), Row("Tom Vale", 60)]) == [
        "Ann Kerr", "Tom Vale"]
    assert _named([Row("")]) == []
