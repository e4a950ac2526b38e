"""Rows the contract tests need from areas other than the one under test."""


def annotate(db, article_id: int, exact: str, speaker_id: int | None = None) -> int:
    """A highlight on the article, attributed to ``speaker_id``; returns its id."""
    cursor = db.execute('INSERT INTO annotations (article_id, kind, exact, start, "end", anchor,'
                        " created_at, updated_at, speaker_id) VALUES (?, 'highlight', ?, 0, 1,"
                        " 'anchored', '', '', ?)", [article_id, exact, speaker_id])
    return int(cursor.lastrowid)
