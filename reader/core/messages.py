"""Text the core hands to a person (an import's failure reason, a service's one-line error, a
suggestion's reason, a warning), in English *and* as a code with parameters.

A ``Message`` is a ``str``: its value is the English text, so the CLI, logs and every caller
that treats it as text keep working unchanged. It also carries

- ``code``: a stable name for the message (``"import.file-empty"``);
- ``template``: the English with named fields (``"file too large ({size}; the limit is
  {limit})"``), which is also the source text a translation is keyed by;
- ``params``: the values of the fields; a value may itself be a ``Message`` (translated too).

The desktop app shows a message in its own language with ``reader.app.i18n.core_text``,
which looks the template up by code through Qt's translation system. ``tools/i18n.py`` finds
every ``Message("code", "template", …)`` written in ``reader/core`` and puts its template in
the translation file, so both arguments must be literal strings (a test checks).

Raise a translatable error by giving the error a Message as its only argument::

    raise ImportFailed(Message("import.file-empty", "file is empty"))
    raise LibraryError(Message("tag.exists", "The tag “{name}” already exists.", name=name))

Warnings and reasons kept in lists or dataclasses are Messages too (they are ``str``).
Parts put together (reasons joined with "; ") stay translatable with ``joined``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ast
    from pathlib import Path

JOINED = ""  # the code of a message with no words of its own, only its parts
SENTENCE = "sentence"  # the code of a part made a sentence: capital first letter, full stop


class Message(str):
    """English text that also carries its code, template and parameters (see the module)."""

    code: str
    template: str
    params: dict[str, object]

    def __new__(cls, code: str, template: str, /, **params: object) -> Message:
        text = template.format(**params)
        self = super().__new__(cls, capital(text) if code == SENTENCE else text)
        self.code = code
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling and deepcopy keep the code
        return _restore, (self.code, self.template, self.params)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {str(self)!r})"

    def one_line(self) -> Message:
        """This message with every run of whitespace in its text parameters made one space."""
        if "\n" not in self and "\r" not in self:
            return self
        return Message(self.code, self.template, **{
            k: v if isinstance(v, Message | int | float) else " ".join(str(v).split())
            for k, v in self.params.items()})

    def to_json(self) -> dict[str, object]:
        """A JSON-able form that ``from_json`` turns back into this Message."""
        return {"code": self.code, "template": self.template,
                "params": {k: v.to_json() if isinstance(v, Message) else v
                           for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: object) -> str:
        """The Message ``to_json`` wrote (a plain string stays one)."""
        if not isinstance(data, Mapping):
            return str(data)
        params = {k: cls.from_json(v) if isinstance(v, Mapping) else v
                  for k, v in dict(data.get("params") or {}).items()}
        return cls(str(data["code"]), str(data["template"]), **params)


def _restore(code: str, template: str, params: dict[str, object]) -> Message:
    return Message(code, template, **params)


def joined(parts: Iterable[str], separator: str = "; ") -> str:
    """``separator.join(parts)`` that stays translatable when the parts are Messages."""
    items = [p for p in parts if p]
    if not any(isinstance(p, Message) for p in items):
        return separator.join(items)
    template = separator.replace("{", "{{").replace("}", "}}").join(
        f"{{p{i}}}" for i in range(len(items)))
    return Message(JOINED, template, **{f"p{i}": p for i, p in enumerate(items)})


def sentence(part: str) -> str:
    """``part`` ("only http:// … can be fetched") as a sentence, translatable if it was."""
    if isinstance(part, Message):
        return Message(SENTENCE, "{part}.", part=part)
    return capital(part) + "."


def capital(text: str) -> str:
    """``text`` with a capital first letter (the rest as it was, unlike str.capitalize)."""
    return text[:1].upper() + text[1:]


def listed(values: Iterable[object]) -> str:
    """"1, 2, 3": values in a message's parameter."""
    return ", ".join(map(str, values))


def message_of(value: object) -> Message | None:
    """The Message ``value`` is or carries (an error raised with a Message), if any."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException) and len(value.args) == 1:
        first = value.args[0]
        if isinstance(first, Message):
            return first
    return None


def fields(template: str) -> set[str]:
    """The names of the fields in ``template`` (a translation must use the same ones)."""
    import string  # (here: the tools and tests use it, a command never does)

    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}


def catalogue(root: Path | None = None) -> dict[tuple[str, str], list[str]]:
    """Every ``Message("code", "template", …)`` written under ``root`` (the core): (code,
    template) -> where ("path:line"). A call whose code or template is not a literal string
    is listed under ("", "") so a test can name it."""
    import ast
    from pathlib import Path

    root = root or Path(__file__).resolve().parent
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                 and (node.module or "").endswith("messages") for a in node.names
                 if a.name == "Message"}  # (not another Message, e.g. email's)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) in names):
                continue
            args = node.args[:2]
            literal = len(args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
            key = ((str(args[0].value), str(args[1].value))  # type: ignore[attr-defined]
                   if literal else ("", ""))
            where = f"{path.relative_to(root.parent.parent)}:{node.lineno}"
            found.setdefault(key, []).append(where)
    return found


def _called(node: ast.Call) -> str:
    import ast

    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def reason(error: BaseException) -> str:
    """``str(error)``, kept a Message when the error carries one (for a report's list)."""
    return message_of(error) or str(error)
