"""R13-10: the Markdown export's words ("Highlight", "Claim (verdict: misleading)", "Tags:",
"— In *…*", "[inferred]") and a quote trail's, in the language asked for (English by
default): the interface's own catalogue, read by the core without Qt."""

from __future__ import annotations

import pytest

from reader.core.export.language import (
    _LABELS,
    LANGUAGES,
    _catalogue,
    export_labels,
    translated,
)
from reader.core.messages import Message, fields
from reader.core.models import ImportedArticle

LAVROV = "Kami tidak ingin berperang"


@pytest.fixture
def library(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov",
                                         tags=["perang"], note="catatan")
    seeded_library.annotations.add_exact(seed_id, "Rusia", kind="highlight")
    seeded_library.annotations.add_exact(seed_id, "NATO", kind="claim", verdict="misleading")
    other, _ = seeded_library.articles.add(ImportedArticle(
        title="", text="Tanpa judul. Tanpa label.", content_hash="untitled",
        published_partial="--12-23"))
    seeded_library.annotations.add_exact(other, "Tanpa label", kind="claim")
    return seeded_library


def test_every_label_is_in_the_indonesian_catalogue_with_its_fields():
    words = _catalogue("id")
    for name, message in _LABELS.items():
        assert message.template in words.get(message.code, {}), name
        assert fields(words[message.code][message.template]) == fields(message.template), name
    assert set(LANGUAGES) == {"en", "id"}


def test_english_is_the_default_and_as_before(library):
    text = library.exports.render()
    assert text == library.exports.render(language="en")
    for english in ("**Highlight**", "**Claim** (verdict: misleading)", "**Claim** (verdict: "
                    "unchecked)", "Tags: perang", "*Note:* catatan", "— Sergey Lavrov, in *",
                    "— In *", "*Untitled*", "\\[no year\\]", "\\[inferred\\]"):
        assert english in text, english


@pytest.mark.parametrize("group", ["article", "speaker", "tag"])
def test_an_indonesian_export_writes_indonesian_words(library, group):
    text = library.exports.render(group=group, language="id")
    for indonesian in ("**Sorotan**", "**Klaim** (putusan: menyesatkan)",
                       "**Klaim** (putusan: belum dicek)", "*Catatan:* catatan",
                       "— Sergey Lavrov, dalam *", "— Dalam *", "*Tanpa judul*",
                       "\\[tanpa tahun\\]", "\\[disimpulkan\\]"):
        assert indonesian in text, indonesian
    for english in ("Highlight", "Claim", "verdict", "Tags:", "Note:", ", in *", "— In *",
                    "Untitled", "no year", "inferred", "Unknown speaker", "Untagged"):
        assert english not in text, english
    assert LAVROV in text and "perang" in text  # (the annotations as written)
    if group == "speaker":
        assert "## Narasumber tak diketahui" in text
    if group == "tag":
        assert "## Tanpa label" in text and "Label: perang" in text


def test_a_user_template_gets_the_labels(library, tmp_path):
    mine = tmp_path / "mine.md.j2"
    mine.write_text("{% for g in groups %}{% for e in g.entries %}{{ labels.highlight }} "
                    "{{ labels.verdict_name(e.annotation.verdict) }}|{% endfor %}{% endfor %}",
                    encoding="utf-8")
    assert library.exports.render(template=str(mine), language="id").startswith(
        "Sorotan belum dicek|")
    assert "Highlight unchecked|" in library.exports.render(template=str(mine))


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown export language"):
        export_labels("fr")


def test_a_core_message_is_translated_through_the_catalogue():
    flag = Message("trail.negation-missing", "negation “{word}” missing", word="tidak")
    assert translated(flag, "en") == "negation “tidak” missing"
    assert translated(flag, "id") != str(flag) and "tidak" in translated(flag, "id")
    assert translated("plain", "id") == "plain"


def test_a_trail_in_indonesian(seeded_library, seed_id):
    from reader.core.export.trail import export_trail_markdown
    from tests.trail.conftest import DATA
    from tests.trail.conftest import LAVROV as STATEMENT

    quote = seeded_library.annotations.add_exact(seed_id, STATEMENT, speaker="Sergey Lavrov")
    seeded_library.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    trail = seeded_library.trail.trail(quote.id)
    english = export_trail_markdown(trail)
    indonesian = export_trail_markdown(trail, language="id")
    assert "# Quote trail: " in english and "## Versions in publication order" in english
    assert "# Jejak kutipan: " in indonesian and "## Versi menurut urutan terbit" in indonesian
    assert "3 versi di 3 media" in indonesian and "(paling awal, acuan)" in indonesian
    assert "media menulis nama satu narasumber secara berbeda" in indonesian  # (a note)
    for english_word in ("Quote trail", "version", "outlet", "Exported", "speaker:",
                         "suggested", "earliest", "reference", "Struck"):
        assert english_word not in indonesian, english_word
