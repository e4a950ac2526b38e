"""Review note (session 22): under an Indonesian locale the app's messages are Indonesian,
the CLI's errors were English. The CLI's one-line errors now follow the locale as the app
(and `kutip export`'s language) does: LC_ALL, LC_MESSAGES, LANG, LANGUAGE."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reader.cli import cli
from tests.conftest import SEED


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lib.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(path), "import", str(SEED)])
    assert result.exit_code == 0, result.output
    return str(path)


@pytest.mark.parametrize(("environ", "said"), [
    ({"LANG": "id_ID.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
     "Error: Tidak ada artikel 99."),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
     "Error: There is no article 99."),
    ({"LANG": "C", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
     "Error: There is no article 99."),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "id_ID.UTF-8", "LC_MESSAGES": "", "LANGUAGE": ""},
     "Error: Tidak ada artikel 99."),
])
def test_an_error_is_said_in_the_locales_language(db, environ, said):
    result = CliRunner(env=environ).invoke(cli, ["--db", db, "show", "99"])
    assert result.exit_code == 1
    assert result.output.strip() == said


def test_an_error_with_words_of_the_article_is_translated_around_them(db):
    environ = {"LANG": "id_ID.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = CliRunner(env=environ).invoke(cli, ["--db", db, "annotate", "1",
                                                 "tidak ada di teks"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: “tidak ada di teks” tidak terdapat di artikel 1."
