"""The undo of a merge in a team library (PostgreSQL), where row-level security hides a
blind coder's work from other coders: what the undo's "still in use" checks see."""

from __future__ import annotations

import pytest

from reader.core.library import Library, open_library
from reader.core.models import ImportedArticle
from reader.core.store.errors import NotAllowed
from reader.core.textnorm import content_hash


def test_an_editors_undo_sees_a_blind_coders_use_and_a_coder_cannot_merge(team_library,
                                                                         tmp_path):
    """The undo keeps what a merge added while someone uses it (review R18-3) by asking
    the library whether an annotation, a tagging or a dismissal uses it, under the
    undoer's row-level security. A coder could not see a blind colleague's rows, so they
    would count as unused, and the tag's deletion would cascade to the colleague's
    tagging. It cannot happen: only an editor (or the owner) merges, since the merge
    writes ``merge_versions`` (PostgreSQL 0009), and an editor reads every row
    (``annotations_any``, ``annotation_tags_any``, ``dismissed_any``). Here a coder coding
    blind uses the article and the tag an editor's merge added; the editor's undo keeps
    both and the coder's quote with its tag; a coder's merge is refused in one line."""
    owner, member, n = team_library
    eka, ana, budi = member("eka", "editor"), member("ana", "coder"), member("budi", "coder")
    text = '"Kami tidak ingin berperang," kata juru bicara itu.'
    local = open_library(tmp_path / "local.sqlite", seed=False)
    local.articles.add(ImportedArticle(title="Satu", text=text, source="Kompas",
                                       content_hash=content_hash(text)))
    local.collections.create("Sampel")
    local.collections.add(local.articles.ids(), local.collections.id_of("Sampel"))
    local.annotations.add_exact(local.articles.ids()[0], "juru bicara", kind="highlight",
                                tags=["tag-baru"])
    bundle = local.exchange.snapshot()
    local.close()
    with Library(eka) as team:
        report = team.exchange.merge_bundle(bundle)
        team.coders.set_blind(team.collections.id_of("Sampel"))
    with Library(budi) as team:
        team.annotations.add_exact(team.articles.ids()[0], "Kami tidak ingin berperang",
                                   kind="quote", speaker="Juru Bicara", tags=["tag-baru"])
    with Library(ana) as team:
        assert not team.annotations.where(everyone=True)  # (budi's is hidden from her)
        with pytest.raises(NotAllowed, match="may not do it; nothing was changed"):
            team.exchange.merge_bundle(bundle)
    with Library(eka) as team:
        done = team.exchange.undo_merge(report)
    assert done.kept_articles == 1
    with Library(owner) as team:
        assert [(x.exact, x.tags, x.coder) for x in team.annotations.where(everyone=True)] == [
            ("Kami tidak ingin berperang", ["tag-baru"], f"budi_{n}")]
        assert [t.name for t in team.tags.all(everyone=True)] == ["tag-baru"]
