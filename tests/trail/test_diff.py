"""Word-level differences against the fullest version, and the warnings about sense."""

from reader.core.trail import dates
from reader.core.trail.diff import difference

FULL = ("“Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
        "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu,”")


def kinds(diff):
    return [(s.kind, s.text, s.was) for s in diff.segments]


def test_same_text_is_one_same_segment():
    diff = difference(FULL, FULL)
    assert kinds(diff) == [("same", FULL, "")]
    assert not diff.changed and not diff.flags


def test_shortened_and_reworded_version():
    diff = difference(FULL, "Kami tidak ingin mengambil jalan konfrontasi, tetapi kami akan "
                            "tegas memastikan keamanan kami")
    assert kinds(diff) == [
        ("same", "Kami tidak ingin mengambil", ""),
        ("changed", "jalan", "jalur"),
        ("same", "konfrontasi, tetapi kami akan", ""),
        ("omitted", "dengan", ""),
        ("same", "tegas memastikan keamanan kami", ""),
        ("omitted", "dengan menggunakan cara-cara yang kami anggap perlu,”", ""),
    ]
    assert diff.cut_end and not diff.cut_start
    assert diff.flags == []


def test_a_cut_before_but_is_flagged():
    diff = difference(FULL, "Kami tidak ingin mengambil jalur konfrontasi")
    assert diff.flags == ["ends before “tapi”: the rest is cut"]


def test_a_cut_after_but_is_flagged():
    diff = difference("We want peace, but we will defend our borders by any means",
                      "we will defend our borders by any means")
    assert diff.flags == ["starts after “but”: what came before is cut"]


def test_a_missing_negation_is_flagged():
    diff = difference(FULL, "Kami ingin mengambil jalur konfrontasi, tapi kami akan dengan "
                            "tegas memastikan keamanan kami")
    assert "negation “tidak” missing" in diff.flags
    assert ("omitted", "tidak", "") in kinds(diff)


def test_a_cut_right_after_a_negation_is_flagged():
    diff = difference("We do not want a war with anyone in Europe",
                      "want a war with anyone in Europe")
    assert diff.flags == ["negation “not” missing"]


def test_an_added_negation_is_flagged():
    diff = difference("We want a war with anyone in Europe today",
                      "We do not want a war with anyone in Europe today")
    assert "adds a negation (“not”)" in diff.flags


def test_typos_are_shown_as_typos():
    diff = difference(FULL, FULL.replace("konfrontasi", "konfrontsi"))
    assert ("typo", "konfrontsi,", "konfrontasi,") in kinds(diff)


def test_dates_complete_a_missing_year_from_the_others():
    resolved = dates.resolve(["22/12", "2021-12-23", "--12-24", "", "2021-12-25T10:00:00"])
    assert [dates.label(*r) for r in resolved] == [
        "2021-12-22", "2021-12-23", "2021-12-24", "", "2021-12-25"]
    assert dates.label(*dates.resolve(["--01-02", "2021-12-30"])[0]) == "2022-01-02"


def test_dates_without_any_year_are_ordered_by_month_and_day():
    resolved = dates.resolve(["23/12", "--12-22", "29/2"])
    assert [dates.label(*r) for r in resolved] == ["--12-23", "--12-22", "--02-29"]
    assert sorted(range(3), key=lambda i: resolved[i][0]) == [2, 1, 0]


def test_readable_dates():
    assert dates.readable("2021-12-22") == "22 Dec 2021"
    assert dates.readable("--12-22") == "22 Dec"
    assert dates.readable("") == ""
