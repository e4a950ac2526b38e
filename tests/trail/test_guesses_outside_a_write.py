"""R14-7: the listing's speaker guesses (whole articles analysed) ran inside a write
transaction, so another program's import waited on them, up to its busy timeout ("The
library is busy in another program"). They are worked out first and kept in a short one."""

import sqlite3
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"


def test_another_writer_is_not_kept_waiting_while_the_list_guesses(seeded_library,
                                                                   monkeypatch):
    from reader.core.library import trail_speakers

    lib = seeded_library
    lib.trail.refresh()
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    lib.trail.refresh()  # (a catch-up: the guesses left to the listing)
    store = lib._session.stores.trail
    assert store.unguessed_clusters()
    wrote: list[bool] = []
    real = trail_speakers.speakers_of

    def analyse(*args, **kwargs):
        other = sqlite3.connect(lib.path, timeout=0.05)  # (another program, impatient)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            wrote.append(True)
        except sqlite3.OperationalError:
            wrote.append(False)
        finally:
            other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(trail_speakers, "speakers_of", analyse)
    [summary] = lib.trail.clusters()
    assert wrote and all(wrote)
    assert (summary.speaker, summary.speaker_suggested) == ("Sergey Lavrov", True)
    assert store.unguessed_clusters() == []  # (kept)
    member_items = [m.item_id for m in lib.trail.members(summary.cluster)
                    if m.annotation_id is None]
    assert store.found_speakers(member_items)  # (the findings kept with the guess)
