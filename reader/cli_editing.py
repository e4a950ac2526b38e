"""The commands of ``kutip`` that add to a library: ``import``, ``annotate``, ``suggest``
and ``import-annotations``. Loaded only when one of them runs (``reader.cli.COMMANDS``)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli import friendly, library_of, print_report
from .cli_output import as_dict, speaker_shown
from .cli_output import echo as _echo
from .cli_output import echo_json as _echo_json
from .cli_params import AS_TYPED, ID, POSITIVE
from .core.kinds import KINDS, SUGGESTION_KINDS, VERDICTS


@click.command("import")
@click.argument("sources", nargs=-1, required=True, type=AS_TYPED)
@click.option("--collection", "-c", help="Also put the articles in this collection.")
@click.option("--format", "fmt", type=click.Choice(["txt", "md", "html"]), default="txt",
              help="Format of text read from standard input (-).")
@click.option("--epub", "epub_split", type=click.Choice(["book", "chapters"]), default="book",
              show_default=True, help="An EPUB as one article, or one article per chapter.")
@click.option("--attachments", is_flag=True,
              help="Also import an e-mail's attachments (PDF, Word, …) as articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly
def import_(ctx, sources, collection, fmt, epub_split, attachments, as_json):
    """Import files, folders (recursively), '-' for standard input, or a URL.

    Files: .txt, .md, .html, .pdf (with a text layer), .docx, .odt, .epub, .eml.

    \b
    Examples:
        kutip import article.txt saved-page.html notes/
        kutip import release.pdf transcript.docx statement.eml
        kutip import --epub chapters book.epub
        pbpaste | kutip import -
        kutip import https://example.org/news/story.html
    Only a URL given here makes a network request.
    """
    from .core.importers import ImportOptions
    from .core.library import ImportReport

    options = ImportOptions(epub_chapters=epub_split == "chapters", attachments=attachments)
    if any(not source.strip() for source in sources):
        raise click.ClickException("An empty source: give a file, a folder, '-' or a URL.")
    library = library_of(ctx)
    collection_id = library.collections.id_of(collection, create=True) if collection else None
    report = ImportReport()
    files = []
    for source in sources:
        if source == "-":
            # bytes, like a file: any encoding, a size limit, NUL bytes refused
            with click.open_file("-", "rb") as stdin:
                part = library.imports.stream(stdin, fmt=fmt, collection_id=collection_id)
        elif source.startswith(("http://", "https://")):
            part = library.imports.url(source, collection_id=collection_id)
        else:
            files.append(source)
            continue
        for name in ("imported", "present", "updated", "failed", "copies"):
            getattr(report, name).extend(getattr(part, name))
    if files and (as_json or not sys.stderr.isatty()):
        # no progress bar for JSON, nor where nobody watches it (R11-6: click draws the
        # bar's label once when its file is no terminal: a stray "Importing" in a
        # script's log)
        part = library.imports.paths(files, collection_id=collection_id, options=options)
    elif files:
        with click.progressbar(length=1, label="Importing", file=sys.stderr,
                               show_pos=True) as bar:
            def progress(done, total, name):
                bar.length = max(total, 1)
                bar.update(done - bar.pos)
            part = library.imports.paths(files, collection_id=collection_id,
                                        progress=progress, options=options)
    if files:
        for name in ("imported", "present", "updated", "failed", "notes", "copies", "skipped"):
            getattr(report, name).extend(getattr(part, name))
    print_report(report, as_json)
    if report.updated and not as_json:  # re-imported edited files: say what lost its place
        for label, article_id in report.updated:
            _echo(f"updated: {label} (article {article_id})")
        lost = sum(len(library.annotations.orphans(article_id, everyone=True))
                   for _, article_id in report.updated)
        if lost:
            _echo(f"{lost} annotation{'s' if lost != 1 else ''} could not be placed: "
                       "see `kutip show --orphans`")
    if report.failed:
        ctx.exit(1)


@click.command()
@click.argument("article_id", type=ID)
@click.argument("exact")
@click.option("--kind", type=click.Choice(KINDS), default="quote")
@click.option("--speaker", default="", help="Who said it (for quotes).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several; a/b nests).")
@click.option("--note", default="")
@click.option("--verdict", type=click.Choice(VERDICTS), default=None)
@click.option("--occurrence", type=POSITIVE, default=1,
              help="Which occurrence of EXACT to tag.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def annotate(ctx, article_id, exact, kind, speaker, tags, note, verdict, occurrence, as_json):
    """Tag the span of ARTICLE_ID whose text is EXACT.

    \b
    Example:
        kutip annotate 1 "Kami tidak ingin berperang" --kind quote --speaker Lavrov
    """
    if verdict and kind != "claim":
        raise click.UsageError(f"--verdict is for claims only (this is a {kind}); "
                               "add --kind claim.")
    n = library_of(ctx).annotations.add_exact(article_id, exact, occurrence=occurrence,
                                              kind=kind, speaker=speaker, tags=list(tags),
                                              note=note, verdict=verdict or "")
    if as_json:
        _echo_json(as_dict(n))
    else:
        _echo(f"Annotation #{n.id}: {n.kind} “{n.exact}” ({n.start}–{n.end})"
                   + (f" by {speaker_shown(n)}" if n.speaker else ""))


@click.command()
@click.argument("article_id", type=ID)
@click.option("--kind", type=click.Choice([*SUGGESTION_KINDS, "all"]), default=None,
              help="Which suggestions (default: all when listing, quotes with --accept).")
@click.option("--accept", is_flag=True, help="Store the suggestions as annotations.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def suggest(ctx, article_id, kind, accept, as_json):
    """List the quotes and claims Kutip detects in ARTICLE_ID, or --accept them.

    \b
    Examples:
        kutip suggest 1                     # what would be tagged, with speakers
        kutip suggest 1 --accept            # store all suggested quotes
        kutip suggest 1 --accept --kind all
    Dismissed suggestions (in the app) are not listed.
    """
    library = library_of(ctx)
    found = library.suggestions.for_article(article_id,
                                            kinds=kind or ("quote" if accept else "all"))
    if accept:
        notes = library.suggestions.accept_many(article_id, found)
        if as_json:
            _echo_json([as_dict(n) for n in notes])
            return
        from .core.library.suggesting import UNSURE_SPEAKER_TAG

        guessed = sum(UNSURE_SPEAKER_TAG in n.tags for n in notes)
        for n in notes:
            _echo(f"Annotation #{n.id}: {n.kind} “{n.exact}” ({n.start}–{n.end})"
                       + (f" by {speaker_shown(n)}" if n.speaker else "")
                       + (f" (a guess: tagged {UNSURE_SPEAKER_TAG})"
                          if UNSURE_SPEAKER_TAG in n.tags else ""))
        _echo(f"Stored {len(notes)} annotation(s)." + (
            f" {guessed} speaker(s) are guesses, tagged {UNSURE_SPEAKER_TAG}: check them"
            f" (kutip list --tag {UNSURE_SPEAKER_TAG})." if guessed else ""))
        return
    if as_json:
        _echo_json([{**as_dict(s), "speaker_unsure": s.speaker_unsure} for s in found])
        return
    for s in found:
        _echo(f"{s.kind} {s.start}–{s.end}: “{s.exact}”")
        if s.kind == "quote":
            role = f" ({s.speaker_role})" if s.speaker_role else ""
            sure = ""
            if s.speaker:
                sure = f" [{'unsure, ' if s.speaker_unsure else ''}{s.speaker_confidence:.0%}]"
            who = (f"{s.speaker_written} (library speaker {s.speaker})" if s.speaker_written
                   else s.speaker or "?")
            _echo(f"    speaker: {who}{role}{sure}")
            if s.speaker_reason:
                _echo(f"    why:     {s.speaker_reason}")
        _echo(f"    reason:  {s.reason}")
    _echo(f"{len(found)} suggestion(s)" if found else "No suggestions.")


@click.command("import-annotations")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly
def import_annotations(ctx, file, as_json):
    """Add annotations from a W3C Web Annotation JSON file (as `kutip export --format json`).

    Each annotation finds its article by content hash, URL or title; ones already
    present are skipped, so importing the same file twice adds nothing.
    """
    try:
        report = library_of(ctx).exports.import_annotations_file(file)
    except ValueError as error:
        raise click.ClickException(f"{file}: {error}") from error
    if as_json:
        _echo_json(as_dict(report))
        return
    for source in report.unmatched_sources:
        _echo(f"no article for: {source}", err=True)
    _echo(report.summary())


COMMANDS = [import_, annotate, suggest, import_annotations]
