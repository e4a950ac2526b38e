"""“cuit” (tweeted) is a speech verb after a quotation: “…,” cuitnya. / “…,” cuit
Fiersa Besari. (issue 9, id, s29). The quotation inherited the speaker before. The
paragraphs are made up.
"""

from quote_helpers import speakers

_TEXT = ("Hari Buruh\n\n"
         "“Selamat Hari Buruh bagi seluruh pekerja,” kata Menteri Ketenagakerjaan Ida "
         "Fauziyah. Fiersa Besari juga ikut bersuara di media sosial. "
         "“Bersatu secara digital, bersuara di dunia virtual,” {}. Buruh tetap di rumah.\n")


def test_cuitnya_points_to_the_one_just_named() -> None:
    assert speakers(_TEXT.format("cuitnya")) == ["Ida Fauziyah", "Fiersa Besari"]


def test_cuit_before_a_name() -> None:
    assert speakers(_TEXT.format("cuit Fiersa")) == ["Ida Fauziyah", "Fiersa Besari"]


# guard


def test_tulis_was_read_before() -> None:
    assert speakers(_TEXT.format("tulis Fiersa")) == ["Ida Fauziyah", "Fiersa Besari"]
