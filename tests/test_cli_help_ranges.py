"""Help that names no 64-bit bound (R11-5): ids and counts say "[x>=1]", and a number
beyond what SQLite holds is refused in one line."""

import click
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.cli_params import MAX_INTEGER


def _commands(group=cli, path=()):
    for name, command in sorted(group.commands.items()):
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def test_no_help_names_the_largest_integer_sqlite_holds():
    runner = CliRunner()
    seen = 0
    for path, _ in _commands():
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert str(MAX_INTEGER) not in result.output and "<=x<=" not in result.output, path
        seen += 1
    assert seen > 30
    quotes = runner.invoke(cli, ["quotes", "--help"]).output
    assert "--min-outlets INTEGER RANGE" in quotes and "[x>=1]" in quotes


@pytest.mark.parametrize("args", [["show", str(2**64)], ["quotes", "--min-outlets", str(2**63)],
                                  ["show", "0"]])
def test_a_number_out_of_range_is_one_line(run, args):
    result = run(*args)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "Traceback" not in result.output
    if args[-1] != "0":
        assert f"{args[-1]} is too large (the largest is {MAX_INTEGER})." in errors[0]
