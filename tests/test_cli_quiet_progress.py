"""No progress text where no one watches it (R11-6): `kutip import f.txt 2>err` leaves err
empty; on a terminal the bar is still drawn."""

import click
from click.testing import CliRunner

from reader.cli import cli


def test_import_says_nothing_on_stderr_when_it_is_no_terminal(tmp_path):
    article = tmp_path / "kabar.txt"
    article.write_text("Kabar\n\n“Kami siap berunding,” kata Rina.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "l.sqlite"), "import",
                                      str(article)])
    assert result.exit_code == 0
    assert result.stdout == "1 imported, 0 already present, 0 failed\n"
    assert result.stderr == ""  # was "Importing" (click's bar label, drawn once)


def test_import_still_shows_its_bar_on_a_terminal(tmp_path, monkeypatch):
    import sys

    article = tmp_path / "kabar.txt"
    article.write_text("Kabar\n\n“Kami siap berunding,” kata Rina.\n", encoding="utf-8")
    shown = []

    class Bar:
        def __init__(self, **kwargs):
            shown.append(kwargs["label"])
            self.length, self.pos = 1, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, n):
            self.pos += n

    monkeypatch.setattr(click, "progressbar", Bar)
    runner = CliRunner()
    with runner.isolation() as (out, err, _):
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
        try:
            cli.main(["--db", str(tmp_path / "l.sqlite"), "import", str(article)],
                     standalone_mode=False)
        finally:
            monkeypatch.undo()
    assert shown == ["Importing"]
