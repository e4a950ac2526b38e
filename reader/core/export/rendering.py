"""Rendering a Jinja2 export template: the shipped ones in process, anyone else's sandboxed.

Users share templates, so a template that is not one of Kutip's own is untrusted code:

- it renders in Jinja2's ``ImmutableSandboxedEnvironment`` (no ``__globals__``, no
  ``__init__``, no ``os``: ``cycler.__init__.__globals__.os.popen('id')`` is refused, and
  nothing can mutate the data it is given);
- ``{% include %}``/``{% import %}`` reach only Jinja files (``.j2``, ``.jinja``,
  ``.jinja2``) directly in the template's own folder, then the shipped templates; no
  sub-folders, no ``..``, no symlinks out of the folder, nothing over 1 MB;
- it runs in a separate Python process with a time limit (killed when it is reached; the
  limit is the process's CPU time where the OS allows, so a busy machine does not refuse a
  template that would finish in time, with a wall-clock backstop),
  an output-size limit and, where the OS allows, a memory limit, so a template that loops
  forever or builds a huge string cannot hang or exhaust the app.

A refused template raises :class:`TemplateError` with one line naming the file, the line
and the reason. The shipped templates (``templates_dir()``) are Kutip's own code and render
in process, unsandboxed: the sandbox makes a 100,000-annotation export about 3x slower.
"""

from __future__ import annotations

import math
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import open_library_refusal
from ..paths import child_command
from .filters import FILTERS
from .templates import templates_dir

if TYPE_CHECKING:  # jinja2 is imported when a template is rendered (see _render_in_process)
    import jinja2
    import jinja2.runtime

__all__ = ["OUTPUT_LIMIT", "TemplateError", "is_shipped", "render_chunks", "render_template",
           "time_limit"]

#: Jinja's parts joined into one block of output
_BLOCK = 4096
#: the most a user's template may write (a 100,000-annotation export is about 20 MB)
OUTPUT_LIMIT = 256 * 1024 * 1024
#: includes and imports: only these files, directly in the template's folder
INCLUDE_SUFFIXES = (".j2", ".jinja", ".jinja2")
INCLUDE_MAX_BYTES = 1024 * 1024
#: address space of the rendering process, beyond what its data needs
MEMORY_BASE = 1024 * 1024 * 1024
#: the wall-clock backstop: this many times the time limit, plus this many seconds
_WALL_FACTOR = 3
_WALL_SLACK = 10.0

#: what a template sees (its variables), and the filters a caller adds to Kutip's own
Context = dict[str, Any]
Filters = dict[str, Callable[..., Any]]


class TemplateError(Exception):
    """A template could not be loaded or rendered, or was refused; one line, file and line."""


def time_limit(entries: int) -> float:
    """Seconds a user's template may take for ``entries`` annotations (30 s + 2 ms each)."""
    return 30.0 + 0.002 * max(entries, 0)


def is_shipped(path: Path) -> bool:
    """True for one of Kutip's own templates (trusted: rendered without the sandbox)."""
    try:
        shipped = templates_dir().resolve()
    except FileNotFoundError:
        return False
    return path.resolve().parent == shipped and path.is_file()


def render_template(path: Path, context: Context, extra_filters: Filters | None = None,
                    seconds: float | None = None, output_limit: int = OUTPUT_LIMIT) -> str:
    """``path`` rendered with ``context``; a user's template in the sandbox (see above).

    ``seconds`` is the time limit for a user's template (default: 30 s). Raises
    ``TemplateError``.
    """
    return "".join(render_chunks(path, context, extra_filters, seconds, output_limit))


def render_chunks(path: Path, context: Context, extra_filters: Filters | None = None,
                  seconds: float | None = None, output_limit: int = OUTPUT_LIMIT
                  ) -> Iterator[str]:
    """``render_template`` in parts, as they are rendered: a shipped template streams (a
    100,000-annotation export is never one string); a user's comes back whole from its
    sandbox. A missing template raises ``TemplateError`` at once, a render error when the
    part it happens in is reached."""
    if not path.is_file():
        raise TemplateError(f"template not found: {path}")
    if is_shipped(path):
        return _chunks_in_process(path, context, extra_filters, sandboxed=False)
    return iter([_render_in_child(path, context, extra_filters,
                                  30.0 if seconds is None else seconds, output_limit)])


# ------------------------------------------------------------------ the child process
def _render_in_child(path: Path, context: Context, extra_filters: Filters | None, seconds: float,
                     output_limit: int) -> str:
    payload = pickle.dumps((str(path), context, extra_filters or {}, output_limit),
                           protocol=pickle.HIGHEST_PROTOCOL)
    argv, env = child_command("reader.core.export.rendering")
    env["KUTIP_SANDBOX_MEMORY"] = str(MEMORY_BASE + 8 * len(payload))
    env["KUTIP_SANDBOX_SECONDS"] = str(max(1, math.ceil(seconds)))
    too_long = TemplateError(f"{path.name}: refused: it ran longer than {seconds:.0f} s "
                             "(a template must finish in time; does it loop forever?)")
    try:
        # The limit is the child's CPU time (a busy machine does not make a template fail);
        # the wall-clock backstop is for a platform without CPU limits, or a child that hangs.
        done = subprocess.run(argv, input=payload, capture_output=True,
                              timeout=_WALL_FACTOR * seconds + _WALL_SLACK, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise too_long from None
    except OSError as error:
        raise TemplateError(f"{path.name}: could not start the template renderer ({error})"
                            ) from None
    if done.returncode == 0:
        return done.stdout.decode("utf-8")
    message = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode == 2 and message:
        raise TemplateError(message[-1])
    if done.returncode == -getattr(signal, "SIGXCPU", 0):
        raise too_long
    if done.returncode < 0 or not message or "MemoryError" in message[-1]:
        raise TemplateError(f"{path.name}: refused: it needed more memory than a template "
                            "may use")
    raise TemplateError(f"{path.name}: the template renderer failed ({message[-1]})")


def _child_main() -> int:
    """``python -m reader.core.export.rendering``: render one pickled job to stdout."""
    job: tuple[str, Context, Filters, int] = pickle.load(sys.stdin.buffer)
    path, context, extra_filters, output_limit = job
    _limit("RLIMIT_AS", int(os.environ.get("KUTIP_SANDBOX_MEMORY", "0")))  # bytes
    _limit("RLIMIT_CPU", int(os.environ.get("KUTIP_SANDBOX_SECONDS", "0")))  # then SIGXCPU
    try:
        text = _render_in_process(Path(path), context, extra_filters, sandboxed=True,
                                  output_limit=output_limit)
    except TemplateError as error:
        sys.stderr.write(" ".join(str(error).split()) + "\n")
        return 2
    except MemoryError:
        sys.stderr.write(f"{Path(path).name}: refused: it needed more memory than a "
                         "template may use\n")
        return 2
    sys.stdout.buffer.write(text.encode("utf-8", "surrogatepass"))
    return 0


def _limit(kind: str, value: int) -> None:
    """Lower the process's ``resource`` limit ``kind`` to ``value`` (0: leave it)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the wall-clock limit still holds
        return
    if value > 0:
        which = getattr(resource, kind)
        soft, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value < hard:
            resource.setrlimit(which, (value, hard))


# ------------------------------------------------------------------ rendering
def _render_in_process(path: Path, context: Context, extra_filters: Filters | None,
                       sandboxed: bool, output_limit: int = OUTPUT_LIMIT) -> str:
    chunks = _chunks_in_process(path, context, extra_filters, sandboxed)
    if sandboxed:
        return _bounded(chunks, output_limit, path.name)
    return "".join(chunks)


def _chunks_in_process(path: Path, context: Context, extra_filters: Filters | None,
                       sandboxed: bool) -> Iterator[str]:
    """The rendered template in Jinja's parts; an error raises ``TemplateError`` (one line)
    when the part it happens in is reached."""
    import jinja2  # here, not at import: it is 30 ms of every app start-up
    from jinja2.exceptions import SecurityError

    env = _environment(path, extra_filters, sandboxed)
    try:
        template = env.get_template(path.name)
        parts = template.root_render_func(template.new_context(context))
        try:
            if sandboxed:  # Jinja yields a few words at a time: they go on in blocks
                while block := list(islice(parts, _BLOCK)):  # (a part may be empty)
                    yield "".join(block)
            else:  # (the lean code's loops yield blocks already: see leancode.py)
                yield from parts
        except Exception:
            env.handle_exception()  # (re-raised with the template's lines, as render() does)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as e:
        where = Path(e.filename).name if e.filename else (e.name or path.name)
        raise TemplateError(f"{where}, line {e.lineno}: {e.message}") from None
    except jinja2.TemplateNotFound as e:
        raise TemplateError(f"{path.name}: included template not found: {e.name} (a template "
                            "may include .j2 files from its own folder only)") from None
    except SecurityError as e:
        where, line = _template_line(e, path)
        raise TemplateError(f"{where}, line {line}: refused: {e}") from None
    except RecursionError:
        raise TemplateError(f"{path.name}: refused: it recurses too deeply") from None
    except MemoryError:
        raise
    except Exception as e:  # a runtime error inside the template (undefined name, bad call)
        where, line = _template_line(e, path)
        raise TemplateError(f"{where}, line {line}: {e}") from None


def _environment(path: Path, extra_filters: Filters | None, sandboxed: bool
                 ) -> jinja2.Environment:
    """The Jinja environment ``path`` renders in: a user's template sandboxed, Kutip's own
    through the lean code generator (see the module docstring)."""
    import jinja2
    import jinja2.sandbox

    kind: type[jinja2.Environment]
    if sandboxed:
        kind = jinja2.sandbox.ImmutableSandboxedEnvironment
        loaders = [_folder_loader(path.parent, main=path.name), _folder_loader(templates_dir())]
    else:
        from .leancode import LeanEnvironment

        kind = LeanEnvironment
        loaders = [jinja2.FileSystemLoader(path.parent), jinja2.FileSystemLoader(templates_dir())]
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        auto_reload=False,  # one render: no need to stat the file again on every include
    )
    if sandboxed:
        env.globals.pop("lipsum", None)  # (lipsum(n=10**9) only burns time)
    env.filters.update(FILTERS)
    cite = env.filters["cite"] = _once_per_item(FILTERS["cite"])
    env.filters.update(extra_filters or {})
    env.filters["map"] = _fast_map(env.filters["map"])
    if not sandboxed:
        _trusted(env, {*FILTERS.values(), cite})
    return env


def _trusted(env: jinja2.Environment, own: set[Callable[..., str]]) -> None:
    """Kutip's own templates read only attributes their data has and join plain lists:
    attributes are read directly (Jinja's ``getattr`` would try an item when an attribute
    is missing, a Python call per field of 100,000 entries), ``join`` skips the check for
    async data it makes on every call, and the lean code generator (``leancode.py``) is
    told which filters give a plain ``str``: ``own`` (Kutip's), unless a caller replaced
    them, and ``join``; ``map`` is ``_fast_map`` (Kutip's filters mapped directly)."""
    from jinja2.filters import sync_do_join

    env.getattr = getattr  # type: ignore[method-assign,assignment]
    env.filters["join"] = sync_do_join
    plain = {name for name, function in env.filters.items() if function in own}
    env.str_filters = frozenset(plain | {"join"})  # type: ignore[attr-defined]
    env.plain_map_join = True  # type: ignore[attr-defined]


def _bounded(chunks: Iterable[str], limit: int, name: str) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise TemplateError(f"{name}: refused: its output passed {limit // 2**20} MB "
                                "(does it loop forever?)")
        parts.append(chunk)
    return "".join(parts)


def _read_template(path: Path) -> str:
    refusal = open_library_refusal(path)  # (opening it would drop its locks: R15-2)
    if refusal is not None:
        raise TemplateError(f"{path.name}: {refusal}")
    if path.stat().st_size > INCLUDE_MAX_BYTES:
        raise TemplateError(f"{path.name}: refused: a template may be at most "
                            f"{INCLUDE_MAX_BYTES // 2**20} MB")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(f"{path.name}: not a UTF-8 text file") from None


def _folder_loader(folder: Path, main: str = "") -> jinja2.BaseLoader:
    """A Jinja loader of the Jinja files directly in ``folder`` (and ``main``, the template
    the user chose, whatever its suffix): no sub-folders, no ``..``, no symlinks out."""
    import jinja2

    folder = Path(folder).resolve()

    class FolderLoader(jinja2.BaseLoader):
        def get_source(self, environment: jinja2.Environment, template: str
                       ) -> tuple[str, str, Callable[[], bool]]:
            name = template.replace("\\", "/")
            allowed = "/" not in name and not name.startswith(".") and (
                name == main or name.lower().endswith(INCLUDE_SUFFIXES))
            path = (folder / name).resolve() if allowed else None
            if path is None or path.parent != folder or not path.is_file():
                raise jinja2.TemplateNotFound(template)
            source = _read_template(path)
            mtime = path.stat().st_mtime
            return source, str(path), lambda: path.stat().st_mtime == mtime

    return FolderLoader()


def _once_per_item(function: Callable[..., str]) -> Callable[..., str]:
    """``function`` worked out once per object for one render: every entry cites its
    article, and by article 100,000 entries cite 10,000 articles. Keyed by identity (the
    object is kept, so its id cannot be reused while the render lasts), and by the labels
    of the export's language when they are given (``cite(labels)``); a new render, a new
    memo, so nothing outlives the data it was worked from."""
    done: dict[tuple[int, int], tuple[object, object, str]] = {}

    def once(item: Any, labels: Any = None) -> str:
        key = (id(item), id(labels))
        hit = done.get(key)
        if hit is not None and hit[0] is item and hit[1] is labels:
            return hit[2]
        text = function(item) if labels is None else function(item, labels)
        done[key] = (item, labels, text)
        return text

    return once


def _fast_map(jinja_map: Callable[..., Iterable[Any]]) -> Callable[..., Iterable[Any]]:
    """Jinja's ``map``, short-cut for ``map("inline")``-style calls to Kutip's own filters.

    The shipped templates map ``inline`` or ``hashtag`` over every annotation's tags; Jinja's
    generic ``map`` (filter lookup, argument checks, an async-aware wrapper per call) costs
    several times the filter itself. Same items, same order; anything else goes to Jinja's.
    """
    import jinja2

    own = set(FILTERS.values())

    @jinja2.pass_context
    def fast_map(context: jinja2.runtime.Context, value: Iterable[Any], *args: Any,
                 **kwargs: Any) -> Iterable[Any]:
        if len(args) == 1 and not kwargs and isinstance(args[0], str):
            func = context.environment.filters.get(args[0])
            if func is not None and func in own:
                return map(func, value)
        return jinja_map(context, value, *args, **kwargs)

    return fast_map


def _template_line(error: Exception, path: Path) -> tuple[str, object]:
    """The template file and line a render error came from (Jinja maps frames)."""
    found: tuple[str, object] = (path.name, "?")
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if "__jinja_exception__" in tb.tb_frame.f_globals or filename.endswith(".j2") \
                or filename == str(path):
            found = (Path(filename).name, tb.tb_lineno)
        tb = tb.tb_next
    return found


if __name__ == "__main__":
    sys.exit(_child_main())
