"""A site's user named after the site (“kata pengguna Twitter Ani Lestari”, “tulis pengguna
Instagram Kimmy”, “Pengguna TikTok Budi Santoso mengeluh”): the site's name is no word of
the person's. Before, the speaker was “Twitter Ani Lestari”. Texts made up (session 40)."""

import pytest

from tests.quote_helpers import speakers

_QUOTE = '"Saya dua kali order, saldo sudah terpotong,"'


@pytest.mark.parametrize(("cue", "who"), [
    ("kata pengguna Twitter Ani Lestari, Jumat (13/1).", "Ani Lestari"),
    ("tulis pengguna Instagram Budi Santoso.", "Budi Santoso"),
    ("tulis pengguna Instagram Kimmy.", "Kimmy"),
    ("tulis akun TikTok Rina Amelia di kolom komentar.", "Rina Amelia"),
])
def test_the_user_not_the_site(cue, who):
    assert speakers(f"Judul\n\nWarga mengeluh.\n{_QUOTE} {cue}") == [who]


def test_a_pronoun_after_a_user_named_as_subject():
    text = ("Judul\n\nPengguna TikTok Budi Santoso mengeluhkan aplikasi itu.\n"
            f"{_QUOTE} katanya.")
    assert speakers(text) == ["Budi Santoso"]


def test_the_site_itself_still_speaks():
    text = 'Title\n\nCreators complained.\n"We are proud of this work," YouTube said.'
    assert speakers(text) == ["YouTube"]


@pytest.mark.parametrize(("said", "who"), [
    # (review 40, F1: a site's account or product, not its user)
    ("Twitter Support said in a post.", "Twitter Support"),
    ("WhatsApp Business said in a post.", "WhatsApp Business"),
    ("YouTube Kids said.", "YouTube Kids"),
])
def test_a_sites_account_keeps_the_sites_name(said, who):
    text = f'Title\n\nUsers could not log in.\n"We are working on a fix for everyone," {said}'
    assert speakers(text) == [who]


def test_a_user_of_x():
    text = f"Judul\n\nWarga mengeluh.\n{_QUOTE} kata pengguna X Ani Lestari, Jumat (13/1)."
    assert speakers(text) == ["Ani Lestari"]


def test_a_sites_account_in_an_article_that_also_has_its_users():
    # (a user's word elsewhere in the article does not cut the account's name)
    text = ("Outage\n\nPengguna Twitter mengeluh sejak pagi.\n"
            '"We know some of you are having trouble and we are working on a fix," Twitter '
            "Support said in a post.")
    assert speakers(text) == ["Twitter Support"]


@pytest.mark.parametrize(("cue", "who"), [
    # (review 40, F1: a site's user named with “bernama”, “named”, after the site)
    ("tulis pengguna TikTok bernama Rina Amelia.", "Rina Amelia"),
    ("kata pemilik akun Instagram bernama Budi Santoso.", "Budi Santoso"),
])
def test_a_user_named_with_bernama(cue, who):
    assert speakers(f"Judul\n\nWarga mengeluh.\n{_QUOTE} {cue}") == [who]
