"""The core's messages: English text that also carries a code and parameters."""

import copy
import json
import pickle

import pytest

from reader.core.importers import ImportFailed, article_from_text
from reader.core.messages import Message, catalogue, fields, joined, message_of, reason


def test_a_message_is_its_english_text():
    m = Message("import.file-too-large", "file too large ({size}; the limit is {limit:,})",
                size="3 MB", limit=1000)
    assert m == "file too large (3 MB; the limit is 1,000)"
    assert isinstance(m, str) and "3 MB" in m
    assert (m.code, m.params) == ("import.file-too-large", {"size": "3 MB", "limit": 1000})


@pytest.mark.parametrize("clone", [copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m)),
                                   lambda m: Message.from_json(json.loads(json.dumps(
                                       m.to_json())))])
def test_a_copy_keeps_the_code_and_nested_parameters(clone):
    inner = Message("kind.epub", "EPUB")
    m = Message("container.missing", "the {kind} has no {name}", kind=inner, name="x.xml")
    again = clone(m)
    assert again == m and again.code == m.code
    assert again.params["kind"].code == "kind.epub"


def test_joined_parts_stay_translatable():
    a, b = Message("a", "one {n}", n=1), Message("b", "two")
    both = joined([a, b, ""])
    assert both == "one 1; two"
    assert [both.params[k].code for k in sorted(both.params)] == ["a", "b"]
    assert joined(["x", "y"]) == "x; y" and not isinstance(joined(["x", "y"]), Message)


def test_an_error_raised_with_a_message_carries_it_and_reads_as_english():
    with pytest.raises(ImportFailed) as caught:
        article_from_text("   ")
    assert str(caught.value) == "no text to import"  # the CLI prints this
    assert message_of(caught.value).code == "import.no-text"
    assert reason(caught.value).code == "import.no-text"
    assert message_of(ValueError("plain")) is None and reason(ValueError("x")) == "x"


def test_an_import_failure_stays_on_one_line_and_keeps_its_code():
    error = ImportFailed(Message("import.html-malformed", "malformed HTML ({error})",
                                 error="line 1\nline 2"))
    assert str(error) == "malformed HTML (line 1 line 2)"
    assert message_of(error).code == "import.html-malformed"


def test_every_core_message_is_written_with_a_literal_code_and_template():
    """tools/i18n.py can only put in the translation what it can read in the source."""
    found = catalogue()
    assert ("", "") not in found, found.get(("", ""))
    templates: dict[str, set[str]] = {}
    for code, template in found:
        templates.setdefault(code, set()).add(template)
        Message(code, template, **dict.fromkeys(fields(template), 1))  # it formats
    assert {c: t for c, t in templates.items() if len(t) > 1} == {}  # one text per code



_USER_ERRORS = {"ImportFailed", "LibraryError", "NotFound", "TextChanged", "StoreError",
                "DamagedLibrary", "ChangedMeanwhile", "PasswordNeeded"}
_NOT_YET: tuple[str, ...] = ()  # (every part of the core is converted)


def test_the_core_raises_its_user_errors_with_messages():
    """A literal or f-string given to a user-facing error is English in the Indonesian window:
    the core gives a Message (``raise LibraryError(Message("code", "text {x}", x=x))``)."""
    import ast
    from pathlib import Path

    import reader.core

    root = Path(reader.core.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root).as_posix()
        if where.startswith(_NOT_YET):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) in _USER_ERRORS):
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                    isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{where}:{node.lineno}")
    assert found == []


def test_suggestions_from_the_worker_process_keep_their_reasons_codes():
    from reader.core.quotes import suggest
    from reader.core.quotes.worker import decode_result, encode_result

    found = suggest("“Kami tidak ingin berperang,” kata Lavrov. Inflasi naik 5 persen pada "
                    "2021.", None, "id")
    again = decode_result(encode_result(found))
    assert again == found
    codes = [(message_of(s.reason).code, message_of(s.speaker_reason)) for s in found]
    assert [(message_of(s.reason).code, message_of(s.speaker_reason)) for s in again] == codes
    assert message_of(again[0].reason).code == "why.attributed"
