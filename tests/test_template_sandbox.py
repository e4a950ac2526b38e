"""A shared export template runs nothing, reads nothing outside its folder, and ends (17.2).

A template that is not one of Kutip's own renders in Jinja2's immutable sandbox, in a child
process with a time limit, an output-size limit and a memory limit; a refused one is one
clear line naming the file.
"""

from __future__ import annotations

import pytest

from reader.core.export import TemplateError, export_markdown, rendering
from reader.core.export.rendering import is_shipped, render_template
from reader.core.export.templates import default_template_path
from reader.core.models import Annotation, Article

ARTICLE = Article(id=1, title="AS dan Rusia", text="Kami tidak ingin berperang.", source="MINA")
QUOTE = Annotation(id=1, article_id=1, kind="quote", exact="Kami tidak ingin berperang",
                   start=0, end=26, speaker="Lavrov")
ITEMS = [(ARTICLE, [QUOTE])]


def render(tmp_path, source: str, name: str = "mine.md.j2", **kwargs) -> str:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return export_markdown(ITEMS, template=path, **kwargs)


@pytest.mark.parametrize("source, reason", [
    ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "refused: access to attribute"),
    ("{{ joiner.__init__.__globals__.os.system('touch {tmp}/pwned') }}",
     "refused: access to attribute"),
    ("{{ lipsum.__globals__['os'].popen('id').read() }}", "'lipsum' is undefined"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "refused: access to attribute"),
    ("{{ articles.append(1) }}", "refused: access to attribute"),  # the data stays as it is
    ("{{ self._TemplateReference__context }}", "refused: access to attribute"),
])
def test_code_in_a_template_is_refused_with_one_line(tmp_path, source, reason):
    with pytest.raises(TemplateError) as refused:
        render(tmp_path, source.replace("{tmp}", str(tmp_path)))
    message = str(refused.value)
    assert message.startswith("mine.md.j2, line 1") and reason in message
    assert "\n" not in message
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("include", [
    "../outside.j2", "/etc/passwd", "sub/inner.j2", "notes.txt", "link.j2", ".hidden.j2",
])
def test_includes_reach_only_jinja_files_in_the_template_folder(tmp_path, include):
    folder = tmp_path / "shared"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "outside.j2").write_text("RAHASIA", encoding="utf-8")
    (folder / "sub" / "inner.j2").write_text("RAHASIA", encoding="utf-8")
    (folder / "notes.txt").write_text("RAHASIA", encoding="utf-8")
    (folder / ".hidden.j2").write_text("RAHASIA", encoding="utf-8")
    (folder / "link.j2").symlink_to(tmp_path / "outside.j2")
    with pytest.raises(TemplateError, match="included template not found"):
        render(folder, f"{{% include {include!r} %}}")


def test_a_template_may_include_its_neighbours_and_the_shipped_parts(tmp_path):
    (tmp_path / "_quote.j2").write_text("> {{ entry.annotation.exact | md }}\n", "utf-8")
    text = render(tmp_path, '{% include "_front_matter.md.j2" %}\n'
                            "{% for g in groups %}{% for entry in g.entries %}"
                            '{% include "_quote.j2" %}{% endfor %}{% endfor %}')
    assert 'title: "AS dan Rusia"' in text and "> Kami tidak ingin berperang" in text


def test_a_template_that_never_ends_is_stopped(tmp_path):
    with pytest.raises(TemplateError, match=r"mine.md.j2: refused: it ran longer than 2 s"):
        render(tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}"
                         "{% endfor %}{% endfor %}", seconds=2)


def test_the_time_limit_is_the_renderers_cpu_time(tmp_path, monkeypatch):
    """A loop is stopped by its CPU time, not by the wall clock (here far away)..."""
    monkeypatch.setattr(rendering, "_WALL_SLACK", 600.0)
    with pytest.raises(TemplateError, match=r"mine.md.j2: refused: it ran longer than 1 s"):
        render(tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}"
                         "{% endfor %}{% endfor %}", seconds=1)


def test_a_slow_start_on_a_busy_machine_is_not_a_refusal(tmp_path, monkeypatch):
    """...so a renderer that waits 2 s before it starts (a loaded machine) still renders."""
    command = rendering.child_command

    def late(module):
        argv, env = command(module)
        return ["sh", "-c", 'sleep 2; exec "$@"', "sh", *argv], env

    monkeypatch.setattr(rendering, "child_command", late)
    assert render(tmp_path, "{{ 6 * 7 }}", seconds=1).strip() == "42"


def test_output_and_memory_are_limited(tmp_path):
    path = tmp_path / "big.md.j2"
    path.write_text("{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxx"
                    "{% endfor %}{% endfor %}", encoding="utf-8")
    with pytest.raises(TemplateError, match="its output passed 1 MB"):
        render_template(path, {}, seconds=20, output_limit=2**20)
    with pytest.raises(TemplateError, match="more memory than a template may use"):
        render(tmp_path, '{% set ns = namespace(s="x") %}{% for i in range(100) %}'
                         "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
               seconds=30)


def test_shipped_templates_are_trusted_and_copies_are_not(tmp_path):
    shipped = default_template_path("speaker")
    assert is_shipped(shipped)
    copy = tmp_path / shipped.name
    copy.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    assert not is_shipped(copy)
    assert export_markdown(ITEMS, template=copy, group="speaker") == export_markdown(
        ITEMS, group="speaker")


def test_the_cli_refuses_a_hostile_template_with_one_line(run, tmp_path):
    evil = tmp_path / "evil.md.j2"
    evil.write_text("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "utf-8")
    result = run("export", "--template", str(evil))
    assert result.exit_code == 1
    assert result.output.startswith("Error: template error: evil.md.j2, line 1: refused")
    assert "uid=" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_template_writing_many_empty_parts_is_written_to_its_end(tmp_path):
    """Jinja's parts go on in blocks; a block of empty parts is not the end of the output."""
    text = render(tmp_path, '{% for i in range(9000) %}{{ "" }}{% endfor %}AKHIR')
    assert text == "AKHIR\n"
