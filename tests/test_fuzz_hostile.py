"""Fuzzing with hostile values: the CLI's arguments and W3C Web Annotation JSON (issue 17).

Whatever arguments a user (or a script) gives, ``kutip`` answers with output or one error
line (exit 0, 1 or 2), never a traceback, and never sends a raw escape sequence to the
terminal. Whatever a W3C JSON file holds, importing it stores annotations or fails with one
line, and the library stays usable.

The argument lists are built from click's own definitions of every command and option, so
a command or option added later is fuzzed too. No value may reach the network or leave the
test's folder: URLs, absolute paths and ``..`` are left out of the values.
"""

from __future__ import annotations

import contextlib
import json

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.core.export.webannotation import load_webannotation
from reader.core.library import LibraryError, open_library
from reader.core.store import StoreError

FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# --------------------------------------------------------------------------- the CLI
#: commands that would use the network (feed add/refresh) or open the app are left out
SKIPPED = {"feed"}
SPECIAL = [
    str(2**63), str(2**63 - 1), str(2**64 + 1), "-" + str(2**70), "0", "-1", "1e309", "nan",
    "", " ", "-", "--", "\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b[2J", "\x9b2J", "\x00", "\udcff",
    "a" * 5000, "%s%n", "{}", "{{ 7*7 }}", "\u202eevil", "' OR 1=1 --", '"', '"unclosed',
    "*", "NEAR(a b", "a:b", "^", "/".join(["a"] * 1200), "Kami tidak ingin berperang",
    "berperang", "1", "2", "md", "csv", "json", "quote", "claim", "speaker", "tag",
]


def _safe(value: str) -> bool:
    """Nothing that could reach the network or write outside the test's folder."""
    lowered = value.lower()
    return not (value.startswith(("/", "~", "\\")) or ".." in value or "://" in value
                or lowered.startswith(("http:", "https:", "file:", "ftp:")))


VALUES = st.one_of(st.sampled_from(SPECIAL), st.integers().map(str),
                   st.text(st.characters(exclude_categories=()), max_size=40)).filter(_safe)


COMMANDS = sorted(name for name in cli.commands if name not in SKIPPED)
BIG = st.sampled_from([2**63, 2**63 - 1, 2**64 + 1, -(2**70), 0, -1]).map(str)


def _values_for(param: click.Parameter):
    """Hostile values, and for an integer or a choice also the values that type expects."""
    kind = param.type
    if isinstance(kind, (click.types.IntParamType, click.IntRange)):
        return st.one_of(BIG, st.integers().map(str), st.integers(0, 3).map(str), VALUES)
    if isinstance(kind, click.Choice):
        return st.one_of(st.sampled_from(list(kind.choices)), VALUES)
    return VALUES


@st.composite
def invocations(draw) -> list[str]:
    """A command with some of its own options and arguments, given hostile values, and
    now and then a stray token."""
    name = draw(st.sampled_from(COMMANDS))
    args = [name]
    for param in cli.commands[name].params:
        if isinstance(param, click.Option) and param.name != "help" and draw(st.booleans()):
            args.append(draw(st.sampled_from(param.opts + param.secondary_opts)))
            if not param.is_flag:
                args.append(draw(_values_for(param)))
    positional = []
    for param in cli.commands[name].params:
        if isinstance(param, click.Argument) and (param.required or draw(st.booleans())):
            count = param.nargs if param.nargs > 0 else draw(st.integers(1, 3))
            positional += [draw(_values_for(param)) for _ in range(count)]
    args += ["--", *positional] if positional and draw(st.booleans()) else positional
    args += draw(st.lists(VALUES, max_size=1))
    return args


@pytest.fixture
def seeded_db(db_path):
    """The library file as the default library's first run leaves it: the seed article."""
    open_library(db_path, seed=True).close()
    return db_path


@FUZZ
@given(args=invocations())
def test_any_arguments_give_output_or_one_error_line(seeded_db, tmp_path_factory, args):
    db_path = seeded_db
    runner = CliRunner()
    with contextlib.chdir(tmp_path_factory.mktemp("cwd")):  # what a command writes lands there
        result = runner.invoke(cli, ["--db", str(db_path), *args], input="")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kutip {args!r} raised {result.exception!r}") from result.exception
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) <= 1, result.output
    if args[0] not in ("export",) and "--markdown" not in args:  # (exports go out byte-exact)
        assert "\x1b" not in result.output and "\x9b" not in result.output, (args, result.output)


# ----------------------------------------------------------------- W3C Web Annotation JSON
TEXTS = st.text(st.characters(exclude_categories=()), max_size=30)  # lone surrogates too
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                    st.floats(allow_nan=False, allow_infinity=False), TEXTS)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


def either(good):
    """Mostly the right kind of value, sometimes any JSON at all."""
    return st.one_of(good, good, JSON)


SEED_TITLE = "AS dan Rusia akan Berunding Tentang Ukraina"
QUOTE = st.fixed_dictionaries(
    {"type": either(st.just("TextQuoteSelector")),
     "exact": either(st.sampled_from(["Kami tidak ingin berperang", "Lavrov", "Ukraina"])
                     | TEXTS)},
    optional={"prefix": either(TEXTS), "suffix": either(TEXTS)})
POSITION = st.fixed_dictionaries(
    {"type": either(st.just("TextPositionSelector")),
     "start": either(st.integers(min_value=-5, max_value=2**70)),
     "end": either(st.integers(min_value=-5, max_value=2**70))})
BODY = st.fixed_dictionaries({"type": either(st.just("TextualBody")),
                              "purpose": either(st.sampled_from(["tagging", "commenting"])),
                              "value": either(TEXTS | st.just("/".join(["a"] * 1200)))})
ANNOTATION = st.fixed_dictionaries(
    {"type": either(st.just("Annotation")),
     "target": either(st.fixed_dictionaries({
         "source": either(st.sampled_from(["urn:kutip:article:x", "https://example.org/x"])),
         "kutip:title": either(st.just(SEED_TITLE) | TEXTS),
         "selector": either(st.lists(QUOTE | POSITION, max_size=3))}))},
    optional={"motivation": either(st.sampled_from(["identifying", "assessing", "commenting"])),
              "kutip:kind": either(st.sampled_from(["quote", "claim", "highlight"])),
              "kutip:speaker": either(TEXTS), "kutip:verdict": either(TEXTS),
              "created": either(TEXTS), "body": either(st.lists(BODY, max_size=3))})
DOCUMENTS = st.one_of(
    ANNOTATION,
    st.fixed_dictionaries({"type": either(st.just("AnnotationCollection")),
                           "first": either(st.fixed_dictionaries({
                               "type": either(st.just("AnnotationPage")),
                               "items": either(st.lists(ANNOTATION, max_size=3))}))}),
    JSON)


@pytest.fixture
def library(db_path):
    lib = open_library(db_path, seed=True)
    yield lib
    lib.close()


@FUZZ
@given(document=DOCUMENTS)
def test_any_w3c_json_imports_or_fails_with_one_line(library, tmp_path_factory, document):
    path = tmp_path_factory.mktemp("w3c") / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # (lone surrogates as \\ud800)
    try:
        report = library.exports.import_annotations_file(path)
    except (ValueError, LibraryError, StoreError) as error:
        message = str(error)
        assert message and "\n" not in message and len(message) < 1000, message
    else:
        from reader.core.export.webannotation import load_webannotation, parse_webannotation

        items = parse_webannotation(load_webannotation(path.read_bytes()))  # type: ignore[arg-type]
        # every annotation read is accounted for exactly once (the counts are disjoint)
        assert report.imported + report.present + report.orphaned + report.unmatched == len(items)
    for article_id in library.articles.ids():  # still readable, still writable
        library.annotations.for_article(article_id)
    library.tags.all()


@FUZZ
@given(data=st.one_of(st.binary(max_size=200), JSON.map(lambda v: json.dumps(v).encode()),
                      st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n)))
def test_any_bytes_load_as_json_or_fail_with_one_line(data):
    try:
        load_webannotation(data)
    except ValueError as error:
        assert "\n" not in str(error)
