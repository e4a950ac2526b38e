"""A fresh review's regressions of session 44's rules, kept as guards (issue 9;
/work/s44/review.md, probes rev/regressions.txt): one line under one quotation is a credit,
a link or the next headline as often as a signature; copy that titles a father and his son
alike tells nobody apart by the title; “Lalu” after a comma may be the adverb; a letter
after “zona” or “kelas” is no initial; “MD” after a name is the name's."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker.rstrip("?") for s in suggest(text) if s.kind == "quote"]


FLOOD = ("Floods hit the valley\n\nResidents spent the night on rooftops as the river rose.\n\n"
         "Farmer Tom Vale, 58, lost his entire herd. He said he had never seen anything like it."
         "\n\n“The water came so fast there was nothing we could do.”\n\n{line}\n\n"
         "The council said it would review its flood defences.")


@pytest.mark.parametrize("line", ["Getty Images", "Read More", "By Sarah Jennings",
                                  "Keir Starmer Visits Cumbria", "Downing Street"])
def test_one_line_under_one_quotation_signs_nothing(line):
    assert "".join(_speakers(FLOOD.format(line=line))) not in (
        "Getty Images", "Read More", "Sarah Jennings", "Keir Starmer", "Downing Street")


def test_one_name_comma_opening_signs_nothing():
    text = ("Sentencing\n\nThe judge addressed the defendant directly.\n\n"
            "Mark Holloway, “you have shown no remorse for what you did.”")
    assert _speakers(text) != ["Mark Holloway"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Pencurian motor\n\nPelaku sempat berpura-pura menjadi pembeli dan mencoba motor itu, "
     "Lalu Budi Santoso yang curiga langsung melapor ke polisi.\n\n"
     "“Saya langsung lapor ke polsek,” ujar Budi.", ["Budi Santoso"]),
    ("Evakuasi\n\nTim SAR membagi area pencarian menjadi tiga zona.\n\n“Kami sudah menyisir "
     "semua rumah,” kata koordinator zona A Budi Santoso.", ["Budi Santoso"]),
    ("Kebakaran\n\nRumah milik warga Agus di Desa Sukamaju terbakar, Senin.\n\n"
     "“Api cepat membesar,” kata Kades Agus Salim.", ["Agus Salim"]),
])
def test_indonesian_openers_stay_out_where_they_are_words(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Dhaka polls\n\nThe Election Commission said on Sunday that voting in all constituencies "
     "would take place on the same day, despite opposition calls for a delay.\n\n“We will "
     "hold the election on time,” said Election Commissioner MD Alamgir.", "MD Alamgir"),
    ("Security minister on Papua\n\nThe government will not negotiate with armed separatists "
     "in Papua, officials said on Monday after a meeting of military commanders in Jayapura."
     "\n\n“The state will not be defeated by criminal groups,” Coordinating Minister Mahfud "
     "MD said.", "Mahfud MD"),
])
def test_md_after_a_name_or_opening_it_is_the_names(text, speaker):
    assert _speakers(text) == [speaker]


# (a second fresh review, /work/s44/review2.md, probes rev2/regressions.txt)
@pytest.mark.parametrize(("text", "speakers"), [
    # the name after “a spokesman for the governor,” is the governor's
    ("“The governor has been clear about this,” a spokesman for the governor, Gavin Newsom, "
     "said.", [""]),
    # a place after an office and “for” holds no office
    ("Ann Lee, the senior coroner for Surrey, recorded a narrative verdict.\n\n“There were "
     "missed opportunities,” the coroner said.", ["Ann Lee"]),
    # a surname that is an office's word
    ("“We are running on empty,” said Jane Rector, a nurse at the clinic.", ["Jane Rector"]),
])
def test_second_review_guards(text, speakers):
    assert _speakers(text) == speakers


def test_two_crossheads_under_two_quotation_paragraphs_sign_nothing():
    text = ("Mayor Ann Lee set out her plans on Monday.\n\n“We will build more homes.”\n\n"
            "North Hampton\n\n“We will fix the roads.”\n\nSouth Hampton\n\nShe will face "
            "voters in May.")
    assert not {"North Hampton", "South Hampton"} & set(_speakers(text))
