"""R14-9: a saved page whose last-modified date reads "2015-01-12 10:02:25 EST" printed
dateutil's raw UnknownTimezoneWarning on the terminal of `kutip import` (htmldate hands the
string to dateutil). Only the day is kept, so the warning is noise: the import says nothing
but its own lines."""

import subprocess
import sys

PAGE = """<html><head><title>Senate passes the budget bill</title>
<meta name="last-modified" content="2015-01-12 10:02:25 EST"></head><body><article>
<h1>Senate passes the budget bill</h1><p>Published Jan. 12, 2015 10:02 a.m. EST</p>
<p>The Senate passed the bill on Monday after a long debate over spending and the budget for
the coming year, officials said.</p>
<p>"This is a good day for the country and for everyone who worked on it," said Senator Jane
Roe, who led the effort for two years.</p>
<p>Opponents said the measure would raise costs for families and small businesses across the
state over the next decade.</p></article></body></html>"""


def test_a_page_dated_with_a_time_zone_name_imports_without_a_warning(tmp_path):
    page = tmp_path / "senate.html"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-W", "default", "-m", "reader.cli", "--db",
                           str(tmp_path / "lib.sqlite"), "import", str(page)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 imported" in done.stdout
    assert "Warning" not in done.stderr and "tzname" not in done.stderr, done.stderr
