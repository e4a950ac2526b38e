"""Two programs on one library: the CLI importing while the app reads and annotates.

WAL lets readers go on during a write, and every write takes the lock up front
(``BEGIN IMMEDIATE``) and waits for it, so neither side ever sees
"database is locked".
"""

import json
import subprocess
import sys
import time

import pytest
from test_faults import assert_database_whole, write_corpus

from reader.core.importers import read_article
from reader.core.library import ArticleFilter, Library

LAVROV = "Kami tidak ingin berperang"


@pytest.mark.parametrize("files", [300])
def test_the_cli_imports_while_the_app_reads_and_annotates(tmp_path, seed_path, files):
    write_corpus(tmp_path / "inbox", files)
    db = tmp_path / "library.sqlite"
    library = Library(db)
    article_id, _ = library.articles.add(read_article(seed_path))

    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db), "import", str(tmp_path / "inbox"),
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    made, rounds, seen = [], 0, set()
    deadline = time.monotonic() + 60
    while (process.poll() is None or rounds < 20) and time.monotonic() < deadline:
        note = library.annotations.add_exact(article_id, LAVROV, kind="quote", speaker="Lavrov",
                                      tags=[f"round/{rounds % 5}"])
        library.annotations.update(note.id, note=f"round {rounds}", kind="claim")
        made.append(note.id)
        seen.add(library.articles.count())
        library.articles.ids(ArticleFilter(query="berita"), sort="title")
        library.search.find("paragraf")
        rounds += 1
    out, err = process.communicate(timeout=60)

    assert process.returncode == 0, err
    assert "locked" not in err.lower()
    report = json.loads(out)
    assert (len(report["imported"]), report["failed"]) == (files, [])
    assert len(seen) > 1, "the app's reads did not overlap the import"
    assert library.articles.count() == files + 1
    notes = library.annotations.for_article(article_id)
    assert [n.id for n in notes] == made
    assert [n.note for n in notes] == [f"round {r}" for r in range(rounds)]
    assert library.articles.get(article_id).claims == rounds
    library.close()
    assert_database_whole(db)
