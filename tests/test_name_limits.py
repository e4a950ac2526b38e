"""Names are names: a tag level, speaker or collection longer than MAX_NAME_LENGTH is refused
in one line (a 100,000-character tag was accepted and made every list unusable)."""

from __future__ import annotations

import pytest

from reader.core.library import LibraryError, open_library
from reader.core.library.rules import MAX_NAME_LENGTH

LONG = "x" * (MAX_NAME_LENGTH + 1)


@pytest.fixture
def library(tmp_path, seed_path):
    library = open_library(tmp_path / "lib.sqlite")
    library.imports.paths([seed_path])
    yield library
    library.close()


def _span(library):
    article_id = library.articles.ids()[0]
    text = library.articles.get(article_id).text
    start = text.index("Kami tidak ingin berperang")
    return article_id, start, start + len("Kami tidak ingin berperang")


@pytest.mark.parametrize("field", ["tags", "speaker"])
def test_an_annotation_with_an_overlong_name_is_refused_and_nothing_written(library, field):
    article_id, start, end = _span(library)
    value = [f"bingkai/{LONG}"] if field == "tags" else LONG
    with pytest.raises(LibraryError, match=f"at most {MAX_NAME_LENGTH} characters"):
        library.annotations.add(article_id, start, end, kind="quote", **{field: value})
    assert library.annotations.for_article(article_id) == []


def test_names_up_to_the_limit_are_kept(library):
    article_id, start, end = _span(library)
    name = "y" * MAX_NAME_LENGTH
    annotation = library.annotations.add(article_id, start, end, kind="quote", speaker=name,
                                         tags=[f"a/{name}"])
    assert annotation.speaker == name and annotation.tags == [f"a/{name}"]


def test_an_overlong_collection_name_is_refused(library):
    with pytest.raises(LibraryError, match="at most"):
        library.collections.create(LONG)


def test_the_cli_says_so_in_one_line(tmp_path, seed_path):
    from click.testing import CliRunner

    from reader.cli import cli

    db = str(tmp_path / "cli.sqlite")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "import", str(seed_path)]).exit_code == 0
    result = runner.invoke(cli, ["--db", db, "annotate", "1", "Kami tidak ingin berperang",
                                 "--tag", "x" * 100_000])
    assert result.exit_code != 0
    assert result.output.strip().count("\n") == 0 and "at most" in result.output
