"""A social-media account named as the subject right before a quotation that its
pronoun cue gives (“Pengguna X @ana mengeluhkan macet itu. “…,” tulisnya.”) (issue 9,
id, s32).

A handle is no member of the cast, so “tulisnya”, “cuitnya”, “ujarnya” went to the last
person named before it, or to the platform (“Pengguna Twitter @ana mengatakan …” gave
“Twitter”). Now the last handle written after the pronoun's pick as its sentence's
subject (after “pengguna”, “akun”, “warganet”, “pemilik akun” and the platform's name) or
as the agent of a passive that opens the sentence (“Hal yang sama diungkap akun @ana.”)
speaks; and “kata pemilik akun Instagram @ana” is the account's, not “Instagram”. The
paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_LEAD = "Macet\n\nJalan Sudirman macet parah Senin malam. Budi Santoso, warga Bekasi, terjebak.\n\n"
_SAID = "“Jam segini masih macet total, belum bisa pulang juga,”"


@pytest.mark.parametrize("paragraph", [
    "Pengguna Twitter @rina_kusuma mengatakan dirinya bersiap pulang sejak sore. {Q} cuitnya.",
    "Pengguna X @rina_kusuma mengeluhkan kemacetan itu. {Q} tulisnya.",
    "Akun @rina_kusuma menulis keluhan serupa. {Q} tulisnya.",
    "Hal yang sama diungkap akun @rina_kusuma. {Q} ujarnya.",
    "Keluhan juga datang dari akun TikTok @rina_kusuma. {Q} katanya dalam unggahannya.",
    "Seorang warganet, @rina_kusuma, mengeluh. {Q} cuitnya.",
    "{Q} kata pemilik akun Instagram @rina_kusuma.",
])
def test_the_account_speaks(paragraph: str) -> None:
    assert speakers(_LEAD + paragraph.format(Q=_SAID) + "\n") == ["@rina_kusuma"]


# guards: the account as an object, in a clause a person reports, before a person who
# speaks after it, or a person's own handle after the name


@pytest.mark.parametrize("paragraph", [
    "Kapolres Budi Santoso mengatakan polisi memeriksa pemilik akun @rina_kusuma. {Q} "
    "ujarnya.",
    "Budi Santoso mengatakan video itu diunggah akun @rina_kusuma. {Q} ujarnya.",
    "Akun @rina_kusuma mengunggah video itu. Kapolres Budi Santoso menanggapinya. {Q} "
    "ujarnya.",
    "Budi Santoso @budi_s menulis keluhan itu. {Q} tulisnya.",
    "Budi Santoso melalui akun @budi_s menulis keluhan itu. {Q} tulisnya.",
])
def test_guards(paragraph: str) -> None:
    assert speakers(_LEAD + paragraph.format(Q=_SAID) + "\n") == ["Budi Santoso"]
