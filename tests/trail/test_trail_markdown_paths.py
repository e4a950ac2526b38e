"""The shipped ``trail.md.j2`` renders in process through the lean code generator; the same
file as a user's template renders sandboxed in a child process. Both write the same text."""

import shutil

from reader.core.export.templates import templates_dir
from reader.core.export.trail import export_trail_markdown


def test_the_trail_template_writes_the_same_lean_and_sandboxed(three_outlets, tmp_path):
    lib, quote, other = three_outlets
    copy = tmp_path / "trail.md.j2"
    shutil.copy(templates_dir() / "trail.md.j2", copy)
    for annotation in (quote, other):
        trail = lib.trail.trail(annotation.id)
        shipped = export_trail_markdown(trail)
        assert shipped == export_trail_markdown(trail, copy)
        assert shipped.startswith("# Quote trail: ")
        # (the other quotation: one version, no list of versions to compare)
        assert ("## Versions in publication order" in shipped) == (len(trail.versions) > 1)
    assert len(lib.trail.trail(quote.id).versions) == 3  # (three outlets: diffs were written)
