"""Who said it, English classes of round 177 (issue 9, session 24, en24).

Round 177 (NYT, Fox News and HuffPost of 2010-19, US politics) showed five classes; the
sentences here are made up, each in the shape of one class, not the round's text:

- a title's or an initial's point (“Sen.”, “Mr.”, “Dr.”, “W.”) read as a sentence's end, so
  any name after a title mid-sentence (“… to replace retiring Sen. Tom Harlow”, “… whether
  Mr. Lindqvist was …”) counted as a sentence's subject and took the next “he said”;
- “he said” after a paragraph whose clause subject (“… came when Dale Morrow described the
  case of a worker named Luis Ortega, who …”) is not the last name it gives;
- an office in an apposition with a party's or a body's capitalised word before it (“…,”
  the Republican leader, Michael Tanner, said.): nobody;
- “the congressman” / “the senator” / “the governor” said after “Rep.”, “Sen.”, “Gov.”
  before a name: an outlet that had “reported” something took the office;
- “Mr. Reyes, asked if he supported impeaching Mr. Tramp, said …”: the name ending an aside
  opened by “asked” (or a participle) took the verb.

``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_CONTRAST = ("\u201cTo put this in stark contrast, you may have someone like me,\u201d he "
             "said.")

FIXED = [
    # a title's point is no sentence's end: Tom Harlow is the object of “replace”, not the
    # subject the pronoun points back to (it went to Tom Harlow)
    ("Brayton says if elected to the Senate to replace retiring Sen. Tom Harlow, he would "
     "want to serve on the committee. He said Grayson would likely become chairman.\n\n"
     + _CONTRAST, "To put this", "Brayton"),
    # a clause's subject, not the last person the paragraph names (it went to Luis Ortega)
    ("A tense moment came when Dale Morrow described the case of a worker named Luis "
     "Ortega, who lost his job. \u201cYour company ruined his life,\u201d he said.",
     "Your company", "Dale Morrow"),
    # a party's word before the office of an apposition (it gave nobody)
    ("The council met on Monday to vote on the budget.\n\n\u201cWe cannot support a plan "
     "that cuts schools,\u201d the Republican leader, Michael Tanner, said in a statement.",
     "We cannot support", "Michael Tanner"),
    ("The board met on Monday.\n\n\u201cThe vote is final,\u201d the Labour Party chairwoman,"
     " Ann Bell, said.", "The vote is final", "Ann Bell"),
    # an aside opened by “asked” ends with a name that is not the speaker (it took the
    # partial quotation and then the next paragraph's “he said”)
    ("Mayor Dan Reyes spoke in Ohio.\n\nMr. Reyes, asked if he supported impeaching Mr. "
     "Tramp, said he believed the president \u201csought to obstruct justice\u201d once in "
     "office.", "sought to obstruct", "Dan Reyes"),
    ("Mayor Dan Reyes spoke in Ohio.\n\nMr. Reyes, asked if he supported impeaching Mr. "
     "Tramp, said he believed the president had erred.\n\n\u201cI think those are grounds "
     "enough,\u201d he said.", "I think those", "Dan Reyes"),
    # the office as a noun finds whoever the title gave it (they went to the outlet)
    ("Rep. Blake Fairhold (R-Texas) is resigning from Congress, he announced Friday.\n\nHe "
     "used $84,000 to settle a lawsuit, Politico reported.\n\n\u201cI had no idea how to run "
     "an office,\u201d the four-term congressman said in December.", "I had no idea",
     "Blake Fairhold"),
    ("Sen. Ann Leeds is retiring, she announced Friday.\n\nShe used $84,000 to settle a "
     "lawsuit, Politico reported.\n\n\u201cI had no idea how to run an office,\u201d the "
     "senator said in December.", "I had no idea", "Ann Leeds"),
    ("Gov. Ann Leeds vetoed the bill on Friday.\n\nThe bill passed last week, the Star "
     "reported.\n\n\u201cI had no idea how bad it was,\u201d the governor said.",
     "I had no idea", "Ann Leeds"),
]

STAYS = [
    # “she” still skips a man named after a title
    ("Maria Vance said she would run again after Gov. Tom Harlow stepped aside in the "
     "spring.\n\n\u201cWe start the campaign on Monday,\u201d she said.", "We start",
     "Maria Vance"),
    # a name after a title opening its sentence is still the subject
    ("The vote was close. Sen. Tom Harlow said he would appeal.\n\n\u201cWe are not done,"
     "\u201d he said.", "We are not done", "Tom Harlow"),
    # “According to Dr. X, …” makes X who the next “she wrote” is
    ("Conservators say the skill is disappearing. According to Dr. Lim Mei Ling, a paper "
     "conservator, fewer than a dozen binders remain.\n\n\u201cWhen they retire, we lose a "
     "craft,\u201d she wrote in an email.", "When they retire", "Lim Mei Ling"),
    # a subject joined to another by “and” is no lone clause subject (Lady Gaga's case)
    ("Ann Marsh and Tom Kinney ended their engagement in July, but the singer later said "
     "the split may be temporary. \u201cWe have been taking a break,\u201d she wrote.",
     "We have been", "Ann Marsh"),
    # someone a relative clause describes (“…, who lost his job”) is no clause subject
    ("The senator spoke of a worker named Luis Ortega, who lost his job in May.\n\n"
     "\u201cYour company ruined his life,\u201d she said.", "Your company", ""),
    # an office in an apposition without capitals, as before
    ("\u201cAll options are on the table,\u201d the council\u2019s minority leader, Dana "
     "Whitfield, said on Tuesday.", "All options", "Dana Whitfield"),
    # an office nobody holds is still nobody (an analyst after a minister)
    ("Finance Minister Tom Vale unveiled the budget.\n\n\u201cIt is too little,\u201d the "
     "analyst said.", "It is too little", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# Read over on the 279 BASIL texts not drawn into round 177 (unlabelled, read by hand): the
# rules above moved 44 speakers there; 12 of those were a right name lost, mostly to a junk
# name that a title's point no longer hid behind a titled person (“Shelton Weekly”, “Civic
# Theater”, “House Freedom Caucus” ending an apposition before “asked”), or to the last of a
# list after an earlier “he” of the paragraph (“Mr. Trump’s desire …, although he insisted”:
# the possessive is no mention; left: making it one unmarked a wrong speaker of a never-tuned
# set). These cases, made up in those shapes, fail on main 33bbcd9e.
_F = ("The plan has been debated for months in Washington, with hearings, reports and votes "
      "on several versions of the measure, none of which passed both chambers before the "
      "recess. ") * 6

READ_OVER = [
    # a body that ends a description before “asked” is not who the aside hangs on
    ("Representative Jim Jordan, Republican of Ohio, a founder of the conservative House "
     "Freedom Caucus, asked if the president should demand the hackers, said, \u201cI\u2019ll "
     "leave that to the president.\u201d", "I\u2019ll leave", "Jim Jordan"),
    # a weekly, a theatre are bodies (their names took “he”)
    ("Senator Richard Blumenthal has been in office for years.\n\n" + _F + "\n\nThe Shelton "
     "Weekly reported in 2004 that he had served in Vietnam. A profile of Mr. Blumenthal in "
     "2000 said the same, and it does not appear that Mr. Blumenthal sought to correct it."
     "\n\nIn the interview, he said he was not certain whether he had seen the stories.\n\n"
     "\u201cI don\u2019t know if we tried to do so or not,\u201d he said.", "I don\u2019t know",
     "Richard Blumenthal"),
    ("Rep. Duncan Hunter of California was indicted.\n\n" + _F * 2 + "\n\nTickets for the "
     "family to see a dance show at the San Diego Civic Theater became \u201cfund-raising."
     "\u201d\n\nA former Marine in Iraq and Afghanistan, Mr. Hunter was first elected in 2008 "
     "to a seat held by his father. He was for a time considered for a top job, and told a "
     "newspaper days after the election that he wanted to restore \u201ca warrior culture, a "
     "warrior mentality\u201d to the government.", "a warrior culture", "Duncan Hunter"),
    # “…!” / “…?” then a name and “told” an outlet: the attribution, not a new sentence
    ("The wall was debated in Congress on Monday.\n\n\u201cWe are not going to pay for such "
     "a stupid wall!\u201d Felipe Calder\u00f3n told CNBC.", "We are not going",
     "Felipe Calder\u00f3n"),
]

# Two more of round 177's classes (they fail on main 69503319)
ROUND_MORE = [
    # a party's word before an office, then “of the …” and the apposed name (it gave nobody)
    ("The council met on Monday to vote on the budget.\n\n\u201cAll options are on the "
     "table,\u201d said the Democratic leader of the Senate, Justin Albright.", "All options",
     "Justin Albright"),
    # the object of “called on”, “urged” … is asked to do what a woven quotation says, and
    # does not say it (it went to Tom Barrow); the subject opening the sentence before its
    # other quotation does (en29: it gave nobody)
    ("Senator Ann Harlan of Ohio criticised the delay on Friday. Attorney General Tom Barrow "
     "declined to comment.\n\nMs. Harlan, in addition to calling for the report to be "
     "released \u201cimmediately,\u201d called on Mr. Barrow to \u201cpublicly testify under "
     "oath about the investigation and its findings.\u201d", "publicly testify", "Ann Harlan"),
]

# an initial after an office opens the name (“AARP CEO A. Barry Rand”: it went into the office)
INITIALS = [
    ("The group softened its stance.\n\nUPDATE: AARP CEO A. Barry Rand said in a statement, "
     "\u201cIt has long been our policy that the program should be strengthened.\u201d",
     "It has long been", "A. Barry Rand"),
]
INITIALS_STAY = [
    ("The group softened its stance.\n\nAARP chief executive Barry Rand said in a statement, "
     "\u201cIt has long been our policy that the program should be strengthened.\u201d",
     "It has long been", "Barry Rand"),
]

READ_OVER_STAYS = [
    # “he told CNBC” with nobody before it: nobody
    ("The wall was debated in Congress.\n\n\u201cWill we pay for such a wall?\u201d he told "
     "CNBC on Monday.", "Will we pay", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"),
                         READ_OVER + READ_OVER_STAYS + ROUND_MORE + INITIALS + INITIALS_STAY)
def test_read_over_shapes(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
