"""Leaner Python from Kutip's own (trusted) Jinja templates: same output, less per entry.

Jinja compiles a template to a Python generator. For a 100,000-annotation export its
habits cost about a quarter of the render (the filters escaping the text cost most of
the rest):

- every ``{{ … }}`` and every run of text is its own ``yield`` (about ten per entry, each
  a generator switch and a part for the caller to join);
- ``entry.article`` is a call, ``environment.getattr(entry, "article")``;
- a variable of the context used inside a loop is looked up again on every iteration
  (``resolve("hashtags")``, a Python method call);
- every printed value goes through ``str()``, and ``tags | map("inline") | join(", ")``
  through two Python-level filters.

:class:`LeanCodeGenerator` (the code generator of :class:`LeanEnvironment`) emits the same
template with each ``for`` loop writing into a list that is yielded in blocks of about
``FLUSH`` parts; attributes read directly (``entry.article``) where the environment's
``getattr`` is the builtin one (Kutip's trusted environment); a context variable the
template never assigns resolved once per render; no ``str()`` around a filter the
environment names in ``str_filters``; and ``", ".join(map(inline, tags))`` for a ``map``
then ``join`` of such a filter. Everything else is Jinja's own code generation, and a
template with blocks, ``extends``, macros or imports is compiled exactly as Jinja would.
Only Kutip's shipped templates are compiled this way: a user's template renders
sandboxed, with Jinja's generator.
"""

from __future__ import annotations

import keyword
from typing import Any

from jinja2 import Environment, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.idtracking import VAR_LOAD_RESOLVE

__all__ = ["FLUSH", "LeanCodeGenerator", "LeanEnvironment"]

#: parts a loop collects before it yields them, joined (a few hundred kB of Markdown)
FLUSH = 4096


#: nodes after which Jinja's code depends on how a template is put together at run time
_STRUCTURE = (nodes.Extends, nodes.Block, nodes.Macro, nodes.CallBlock, nodes.Import,
              nodes.FromImport, nodes.Scope, nodes.OverlayScope, nodes.ScopedEvalContextModifier)


class LeanCodeGenerator(CodeGenerator):
    """Jinja's code generator with the changes above (see the module docstring)."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        self._lean = not self.environment.is_async and not any(
            True for _ in node.find_all(_STRUCTURE))
        self._loop_buffers: set[str] = set()
        self._flush_points: list[nodes.Output] = []  # (Jinja allows no node types of ours)
        self._hoisted: dict[str, str] = {}
        self._in_root = False
        if self._lean:
            stored = {n.name for n in node.find_all(nodes.Name) if n.ctx != "load"}
            loaded = {n.name for n in node.find_all(nodes.Name) if n.ctx == "load"}
            # (loop, caller, … are Jinja's own names, never the context's)
            for name in sorted(loaded - stored - {"loop", "caller", "varargs", "kwargs",
                                                  "self", "super"}):
                self._hoisted[name] = f"h_{name}"
        super().visit_Template(node, frame)

    # ------------------------------------------------------------ context variables
    def enter_frame(self, frame: Frame) -> None:
        if not self._lean:
            super().enter_frame(frame)
            return
        if frame.rootlevel:
            self._in_root = True
            for name, ref in self._hoisted.items():
                self.writeline(f"{ref} = resolve({name!r})")
        if self._in_root and self.get_resolve_func() == "resolve":
            # the same loads as Jinja's, a never-assigned variable taken from the root
            loads = frame.symbols.loads
            kept = {}
            for target, (action, param) in loads.items():
                if action == VAR_LOAD_RESOLVE and param in self._hoisted:
                    self.writeline(f"{target} = {self._hoisted[param]}")
                else:
                    kept[target] = (action, param)
            frame.symbols.loads = kept
            try:
                super().enter_frame(frame)
            finally:
                frame.symbols.loads = loads
            return
        super().enter_frame(frame)

    def leave_frame(self, frame: Frame, with_python_scope: bool = False) -> None:
        super().leave_frame(frame, with_python_scope)
        if frame.rootlevel:
            self._in_root = False

    # ------------------------------------------------------------ attributes
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        # only where the environment reads attributes with the builtin getattr anyway
        if (not self._lean or self.environment.getattr is not getattr
                or keyword.iskeyword(node.attr) or not node.attr.isidentifier()):
            super().visit_Getattr(node, frame)
            return
        self.write("(")
        self.visit(node.node, frame)
        self.write(f").{node.attr}")

    # ------------------------------------------------------------ filters
    def _plain_str(self, node: nodes.Expr, frame: Frame, finalize: Any) -> bool:
        """True when ``node`` is a call of a filter known to give a plain ``str``."""
        env = self.environment
        return (self._lean and finalize.src is None and not frame.eval_ctx.volatile
                and not frame.eval_ctx.autoescape and isinstance(node, nodes.Filter)
                and node.node is not None and node.name in getattr(env, "str_filters", ()))

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if not self._plain_str(node, frame, finalize):
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if not self._plain_str(node, frame, finalize):
            super()._output_child_post(node, frame, finalize)

    def visit_Filter(self, node: nodes.Filter, frame: Frame) -> None:
        joined = _map_join(node, self.environment) if self._lean else None
        if joined is None:
            super().visit_Filter(node, frame)
            return
        separator, name, items = joined
        self.write(f"{separator!r}.join(map(environment.filters[{name!r}], ")
        self.visit(items, frame)
        self.write("))")

    # ------------------------------------------------------------ output in blocks
    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        if not self._lean or node.recursive or (
                frame.buffer is not None and frame.buffer not in self._loop_buffers):
            super().visit_For(node, frame)  # (inside a macro, a set block, a filter block)
            return
        body = node.body
        flush = nodes.Output([], lineno=node.lineno)  # an empty output, marking the point
        self._flush_points.append(flush)
        node.body = [*body, flush]
        if frame.buffer is not None:  # a loop inside a loop: the outer one's list
            try:
                super().visit_For(node, frame)
            finally:
                node.body = body
            return
        buffer = self.temporary_identifier()
        self._loop_buffers.add(buffer)
        self.writeline(f"{buffer} = []")
        frame.buffer = buffer
        try:
            super().visit_For(node, frame)
        finally:
            frame.buffer = None
            node.body = body
        self.writeline(f"if {buffer}:")
        self.indent()
        self.writeline(f"yield concat({buffer})")
        self.outdent()

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        if not any(node is point for point in self._flush_points):
            super().visit_Output(node, frame)
            return
        # the end of a loop's body: yield what the loop wrote once there is enough
        buffer = frame.buffer
        if buffer is None or buffer not in self._loop_buffers:
            return
        self.writeline(f"if len({buffer}) >= {FLUSH}:")
        self.indent()
        self.writeline(f"yield concat({buffer})")
        self.writeline(f"{buffer}.clear()")
        self.outdent()


class LeanEnvironment(Environment):
    """A Jinja environment compiling with :class:`LeanCodeGenerator`.

    ``str_filters`` names the filters known to return a plain ``str`` (Kutip's own): their
    output is not passed through ``str()`` again, and ``x | map("f") | join(", ")`` of
    them is ``", ".join(map(f, x))`` when ``plain_map_join`` says the environment's
    ``map`` and ``join`` are the plain ones (no attribute, no markup).
    """

    code_generator_class = LeanCodeGenerator
    str_filters: frozenset[str] = frozenset()
    plain_map_join = False


def _map_join(node: nodes.Filter, env: Environment) -> tuple[str, str, nodes.Expr] | None:
    """``(separator, filter, items)`` of ``items | map("filter") | join(separator)`` with
    constant arguments and a ``str`` filter, in an environment whose ``map`` and ``join``
    are the plain ones; else None."""
    inner = node.node
    if (node.name != "join" or not isinstance(inner, nodes.Filter) or inner.name != "map"
            or inner.node is None or not getattr(env, "plain_map_join", False)):
        return None
    constants: list[str] = []
    for call in (node, inner):
        argument = call.args[0] if len(call.args) == 1 else None
        if (not isinstance(argument, nodes.Const) or not isinstance(argument.value, str)
                or call.kwargs or call.dyn_args or call.dyn_kwargs):
            return None
        constants.append(argument.value)
    separator, name = constants
    if name not in getattr(env, "str_filters", ()) or name not in env.filters:
        return None
    return separator, name, inner.node
