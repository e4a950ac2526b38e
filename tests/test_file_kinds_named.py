"""Each of Kutip's two file kinds, brought where the other is wanted, is named with what
takes it (review R22-8: a colleague's library given to `kutip merge`, a library file given
to `kutip import` or opened as a library, were each "not a Kutip library")."""

from __future__ import annotations

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import open_library
from reader.core.store import StoreError


def _budi(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Judul\n\nIsi berita “Kami tidak ingin berperang,” kata Lavrov.\n",
                       encoding="utf-8")
    runner = CliRunner()
    budi = str(tmp_path / "budi.sqlite")
    assert runner.invoke(cli, ["--db", budi, "import", str(article)]).exit_code == 0
    assert runner.invoke(cli, ["--db", budi, "export", "--format", "kutip", "-o",
                               str(tmp_path / "budi.kutip")]).exit_code == 0
    return runner, budi, str(tmp_path / "budi.kutip")


def test_each_file_kind_given_where_the_other_is_wanted_says_what_takes_it(tmp_path):
    runner, budi, budi_file = _budi(tmp_path)
    ana = str(tmp_path / "ana.sqlite")
    merged = runner.invoke(cli, ["--db", ana, "merge", budi])
    assert merged.exit_code == 1 and merged.output.count("\n") == 1
    assert "a Kutip library itself" in merged.output
    assert f"kutip --db {budi} export --format kutip -o budi.kutip" in merged.output
    imported = runner.invoke(cli, ["--db", ana, "import", budi_file])
    assert imported.exit_code == 1
    assert "a Kutip library file, not an article: merge it (kutip merge budi.kutip" in (
        imported.output)
    try:
        open_library(budi_file)
    except StoreError as error:
        assert "is a Kutip library file to merge, not a library" in str(error)
    else:
        raise AssertionError("a library file opened as a library")
    assert runner.invoke(cli, ["--db", ana, "merge", budi_file]).exit_code == 0  # (as told)

