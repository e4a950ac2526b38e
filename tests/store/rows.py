"""Rows the contract tests need from areas other than the one under test."""


def annotate(s, article_id: int, exact: str, speaker_id: int | None = None, **columns) -> int:
    """A highlight on the article (through ``s.annotations``), attributed to
    ``speaker_id``; returns its id."""
    return s.annotations.insert({
        "article_id": article_id, "kind": "highlight", "exact": exact, "start": 0, "end": 1,
        "anchor": "anchored", "created_at": "", "updated_at": "", "speaker_id": speaker_id,
        **columns})
