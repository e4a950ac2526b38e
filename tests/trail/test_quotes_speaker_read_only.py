"""RR19-5: `kutip quotes --speaker X` (or `--sort speaker`) on a library that cannot be
written here (an archive, a read-only share) whose catch-up left speakers to work out:
the listing first tried to write the guesses and failed whole ("The library is read-only;
nothing was changed.", of a read). It says in one line why it cannot list them so, and
what works (`kutip quotes` without them lists the trail as kept)."""

import pytest

from tests.app.test_quotes_read_only import left_to_settle
from tests.app.test_read_only_library import _make_read_only, _make_writable


@pytest.mark.parametrize("args", [["--speaker", "Sri Mulyani"], ["--sort", "speaker"]])
def test_quotes_by_speaker_on_a_read_only_library(run, db_path, args):
    left_to_settle(db_path)
    _make_read_only(db_path)
    try:
        result = run("quotes", *args)
        assert run("quotes").exit_code == 0  # (the way that works, read-only)
    finally:
        _make_writable(db_path)
    assert result.exit_code == 1, result.output
    [line] = result.output.splitlines()
    assert line.startswith("Error: The speakers of ") and "are not worked out yet" in line
    assert "without --speaker or --sort speaker" in line and "nothing was changed" not in line
