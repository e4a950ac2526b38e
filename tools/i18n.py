"""Refresh the translations: ``python tools/i18n.py`` (from the top of the tree).

1. ``pyside6-lupdate`` reads every ``reader/app`` module into ``resources/i18n/kutip_id.ts``,
   and the core's messages (every ``Message("code", "template")`` in ``reader/core``, see
   ``reader/core/messages.py``) are added to it in the "Core" context, the code as the
   disambiguation;
2. Indonesian from ``tools/kutip_id_strings.py`` fills the messages (source text -> translation);
   (the code's ``#:`` comments, which lupdate takes for notes to translators, are left out);
3. ``pyside6-lrelease`` compiles ``kutip_id.qm``, which the wheel ships.
Messages left without a translation are listed (and fail tests/app/test_i18n.py).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "kutip_id.ts"
sys.path.insert(0, str(ROOT / "tools"))

from kutip_id_strings import ID  # noqa: E402

sys.path.insert(0, str(ROOT))
from reader.core.messages import catalogue  # noqa: E402

CORE = "Core"  # as reader.app.i18n.CORE (not imported: that needs Qt)


def add_core_messages(root: ET.Element) -> None:
    """The core's messages as one context, in a stable order (code, then template)."""
    for old in [c for c in root.iter("context") if c.findtext("name") == CORE]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CORE
    for code, template in sorted(k for k in catalogue() if k != ("", "")):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "comment").text = code
        ET.SubElement(message, "translation", type="unfinished")
    ET.indent(context, space="    ")  # as lupdate lays out its contexts
    context.tail = "\n"


def disambiguated() -> list[tuple[str, str, str]]:
    """(context, source, disambiguation) of every ``QT_TRANSLATE_NOOP3`` in reader/app (Qt's
    own texts that carry one: pyside6-lupdate does not read those in Python)."""
    import ast

    found = []
    for path in sorted((ROOT / "reader" / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") ==
                    "QT_TRANSLATE_NOOP3" and len(node.args) == 3
                    and all(isinstance(a, ast.Constant) for a in node.args)):
                found.append(tuple(a.value for a in node.args))
    return sorted(set(found))


def add_disambiguated(root: ET.Element) -> None:
    """Those texts in their contexts (made when lupdate found none there), each once."""
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, source, comment in disambiguated():
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        for old in [m for m in context.iter("message") if m.findtext("source") == source
                    and m.findtext("comment") == comment]:
            context.remove(old)
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation", type="unfinished")
        ET.indent(context, space="    ")
        context.tail = "\n"


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader" / "app").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-locations", "none",
                    "-target-language", "id_ID", "-ts", str(TS.relative_to(ROOT))],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        # lupdate takes the code's ``#:`` comments (a constant's documentation) for notes
        # to translators, put on whatever translated text follows: none is kept
        for comment in message.findall("extracomment"):
            message.remove(comment)
    add_disambiguated(tree.getroot())
    add_core_messages(tree.getroot())
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = ID.get(source)
        if text is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   cwd=ROOT, check=True)
    for source in missing:
        print("untranslated:", repr(source))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
