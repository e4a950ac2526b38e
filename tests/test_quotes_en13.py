"""Who said it, English classes of session 13 (issue 9, helper en13).

The sentences are made up; each follows a pattern of the English dev rounds (100, 120) or
of the unlabelled read-over news that gave a wrong speaker before its rule. ``STAYS`` are
neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

VALE = "“We are ready,” the mayor, Tom Vale, said on Monday. "
BUYERS = "“Chechens are among our best buyers,” "

FIXED = [
    # somebody unnamed after the quotation, before or after the verb: nobody named, not
    # the last speaker by inheritance, nor the place or the outlet named after them
    (VALE + BUYERS + "a real estate agent in Dubai told Al Jazeera.", "Chechens", ""),
    (VALE + BUYERS + "an agent in Dubai told Al Jazeera. “They show up with bags of cash.”",
     "They show", ""),
    (VALE + BUYERS + "said a resident of Macau.", "Chechens", ""),
    (VALE + BUYERS + "said officials in Macau.", "Chechens", ""),
    (VALE + BUYERS + "said police.", "Chechens", ""),
    (VALE + BUYERS + "said local residents.", "Chechens", ""),
    (VALE + BUYERS + "said two residents.", "Chechens", ""),
    ("A local mayor, Tom Vale, said he feared the toll could be higher. \"The suspension is "
     "for the safety of employees,\" said authorities in the city, who faced criticism.",
     "The suspension", ""),
    # an apposition names them
    (VALE + BUYERS + "said one of the organisers, Ana Ruiz.", "Chechens", "Ana Ruiz"),
    # a name, its office in capitals between commas, then the office's place right before
    # the verb (Indian English): the name, not the place
    ("Yogesh Kumar, District Magistrate, Amethi told The Indian Express, “We have been "
     "informed about his visit and will provide him security.”", "We have", "Yogesh Kumar"),
    ("“We will go,” said Tom Vale.\n\nAna Ruiz, Superintendent of Police, Amethi told "
     "reporters, “We will provide security.”", "We will provide", "Ana Ruiz"),
    # an aside between dashes typed as two hyphens (“--”) is no subject of the verb
    ("Tom Vale's party is a frontrunner. Soft-spoken Vale, sitting under portraits of his "
     "late parents -- former leaders Mark Vale and Ana Ruiz -- said he was confident. "
     "\"We expect a clear mandate,\" he said.", "We expect", "Tom Vale"),
]

STAYS = [
    # (nobody before the rule too, in these made-up forms of round 100's and 120's cases)
    ("Residents complained about the bridge. “Such a huge investment using our money, yet "
     "it is not open to us at all,” said one comment on the newspaper's website. Some Hong "
     "Kong media reported that drivers would be watched.", "Such a huge", ""),
    ("Enraged students marched to the square on Monday.\n\n“We cannot allow such incidents "
     "in our society,” said another student leader.", "We cannot", ""),
    # a statement from somebody named is theirs
    ("The plane flew near the coast. “This was an unsafe maneuver which posed a risk to "
     "the crew,” a statement from Australian Defense Minister Richard Marles said.", "This was",
     "Richard Marles"),
    # “one user on Douyin, China’s TikTok”: no apposition naming the user
    ("Fans loved it. “She makes crepes but not her new album,” joked one user on Douyin, "
     "China’s TikTok.", "She makes", ""),
    # a name after the verb, a role before it: the name
    (BUYERS + "said senior official Tom Vale.", "Chechens", "Tom Vale"),
    (BUYERS + "said former mayor Tom Vale in a statement.", "Chechens", "Tom Vale"),
    # the verb, then when or where: the last speaker's words go on
    (VALE + "“We will rebuild the bridge,” he said in a statement.", "We will", "Tom Vale"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
