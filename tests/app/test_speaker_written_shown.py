"""The annotation list and the hover name the speaker as the article writes it, then the
library's speaker it counts for (R11-3): "Sergey Lavrov (Sergei Lavrov)"."""

from reader.app.annotation_model import describe
from reader.app.article.hit_test import annotation_tooltip
from reader.core.models import Annotation


def _quote(written: str) -> Annotation:
    return Annotation(id=1, article_id=1, kind="quote", exact="Kami tidak ingin berperang",
                      start=0, end=26, speaker="Sergei Lavrov", speaker_id=1,
                      speaker_written=written)


def test_the_list_and_the_hover_show_the_article_s_spelling_first():
    assert describe(_quote("Sergey Lavrov")) == "Quote — Sergey Lavrov (Sergei Lavrov)"
    assert "— Sergey Lavrov (Sergei Lavrov)" in annotation_tooltip(_quote("Sergey Lavrov"))


def test_a_speaker_written_as_the_library_has_it_is_shown_alone():
    assert describe(_quote("")) == "Quote — Sergei Lavrov"
    assert annotation_tooltip(_quote("")) == "<b>Quote</b> — Sergei Lavrov"
