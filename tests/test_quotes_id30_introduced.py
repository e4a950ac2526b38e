"""A one-word name introduced with an apposition right before a quotation (“Budi,
pengemudi ojek daring, yang dijumpai di …, mengaku terbantu. “…,” ujarnya.”) is the new
subject, as a full name is, so “ujarnya” is theirs, not the last speaker's (issue 9, id,
s30). The paragraphs are made up.
"""

from quote_helpers import speakers

_TEXT = ("Pesanan\n\nGerakan itu dimulai di Melbourne. \"Kami hanya ingin membantu para "
         "pengemudi di sini,\" ucap Rina Wulandari. {} \"Pesanan sedang sepi. Ini sangat "
         "membantu kami,\" ujarnya.\n")


def test_the_introduced_subject_takes_the_pronoun() -> None:
    subject = ("Budi, pengemudi ojek daring, yang dijumpai di Jakarta Barat mengucapkan "
               "terima kasih dan mengaku terbantu.")
    assert speakers(_TEXT.format(subject)) == ["Rina Wulandari", "Budi"]


# guards


def test_a_full_name_was_read_so_before() -> None:
    subject = ("Budi Hartono, pengemudi ojek daring, yang dijumpai di Jakarta Barat "
               "mengucapkan terima kasih dan mengaku terbantu.")
    assert speakers(_TEXT.format(subject)) == ["Rina Wulandari", "Budi Hartono"]


def test_a_name_in_passing_keeps_the_last_speaker() -> None:
    subject = ("Ia lalu mengirim makanan kepada Budi, pengemudi ojek daring di Jakarta "
               "Barat.")
    assert speakers(_TEXT.format(subject)) == ["Rina Wulandari", "Rina Wulandari"]
