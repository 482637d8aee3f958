"""Keep the Russian translation complete: `python -m wholesale_desk.devtools.translations CMD`.

    update    extract every string (tr() in the GUI, QT_TRANSLATE_NOOP in the core, ui/*.ui)
              into resources/translations/wholesale_desk_ru.ts, keeping existing translations
    missing   print the untranslated messages as TSV: context<TAB>source<TAB>
    fill      read TSV lines context<TAB>source<TAB>translation from stdin and mark them finished
              (write "\\n" for a line break; plural messages take the Russian forms "one|few|many")
    build     compile the .ts files into the .qm files the app loads

English is the source language, so its catalog (wholesale_desk_en.ts) holds only the plural
messages ("%n change(s)" → "1 change", "3 changes"); `--lang en` works on it.

The usual round: `update`, `missing > todo.tsv`, type the Russian into the third column,
`fill < todo.tsv`, `build`, commit the .ts and .qm.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wholesale_desk.devtools.tools import SOURCE_ROOT, run_tool

LANGUAGE = "ru"
TRANSLATIONS_DIR = SOURCE_ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / f"wholesale_desk_{LANGUAGE}.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
EN_TS_FILE = TRANSLATIONS_DIR / "wholesale_desk_en.ts"
TARGETS = {"ru": ("ru_RU", False), "en": ("en_US", True)}
"""Language → (lupdate target language, plural messages only)."""


def ts_file_for(language: str) -> Path:
    return TRANSLATIONS_DIR / f"wholesale_desk_{language}.ts"


def language_of(ts_file: Path) -> str:
    return ts_file.stem.rsplit("_", 1)[-1]


PACKAGE_DIR = SOURCE_ROOT / "wholesale_desk"
UI_DIR = SOURCE_ROOT / "ui"
SKIPPED_DIRS = ("gui/forms", "devtools")
"""Generated forms repeat the .ui strings (read from ui/ instead); devtools speak to developers."""
NUMERUS_SEPARATOR = "|"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


def source_files() -> list[Path]:
    """Every file lupdate reads: the package's Python (core and GUI) and the Designer forms."""
    files = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR).as_posix()
        if "__pycache__" in relative or relative.startswith(SKIPPED_DIRS):
            continue
        files.append(path)
    files.extend(sorted(UI_DIR.glob("*.ui")))
    return files


def update(ts_file: Path = TS_FILE) -> str:
    """Merge the current source strings into `ts_file`; drops strings no longer in the code."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    target, plural_only = TARGETS.get(language_of(ts_file), TARGETS[LANGUAGE])
    files = [str(path.relative_to(SOURCE_ROOT)) for path in source_files()]
    options = ["-no-obsolete", "-locations", "none", "-target-language", target]
    options += ["-source-language", "en_US"] + (["-pluralonly"] if plural_only else [])
    result = run_tool("lupdate", *files, "-ts", str(ts_file), *options)
    return result.stdout


def build(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> str:
    return run_tool("lrelease", str(ts_file), "-qm", str(qm_file)).stdout


def _translation_text(element: ET.Element | None) -> tuple[str, bool]:
    if element is None:
        return "", False
    finished = element.get("type") not in {"unfinished", "vanished", "obsolete"}
    forms = element.findall("numerusform")
    if forms:
        texts = [form.text or "" for form in forms]
        return NUMERUS_SEPARATOR.join(texts), finished and all(texts)
    return element.text or "", finished and bool(element.text)


def messages(ts_file: Path = TS_FILE) -> list[Message]:
    root = ET.parse(ts_file).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation, finished = _translation_text(message.find("translation"))
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=translation,
                    finished=finished,
                    numerus=message.get("numerus") == "yes",
                )
            )
    return found


def unfinished(ts_file: Path = TS_FILE) -> list[Message]:
    """Messages a Russian user would see in English."""
    return [m for m in messages(ts_file) if not m.finished]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def format_tsv(items: Iterable[Message]) -> str:
    return "".join(
        f"{_escape(m.context)}\t{_escape(m.source)}\t{_escape(m.translation)}\n" for m in items
    )


def fill(lines: Iterable[str], ts_file: Path = TS_FILE) -> list[str]:
    """Set the translations given as TSV lines; returns the lines that matched no message."""
    wanted: dict[tuple[str, str], str] = {}
    problems = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            problems.append(f"not context<TAB>source<TAB>translation: {line}")
            continue
        context, source, translation = (_unescape(part) for part in parts)
        wanted[(context, source)] = translation
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context_element in root.iter("context"):
        name = context_element.findtext("name") or ""
        for message in context_element.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            translation = wanted.pop(key)
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            element.attrib.pop("type", None)
            for child in list(element):
                element.remove(child)
            if message.get("numerus") == "yes":
                element.text = None
                for form in translation.split(NUMERUS_SEPARATOR):
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = translation
    problems.extend(
        f"no such message (run update first?): {_escape(c)}\t{_escape(s)}" for c, s in wanted
    )
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wholesale_desk.devtools.translations",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("update", "missing", "fill", "build"))
    parser.add_argument(
        "--lang",
        choices=sorted(TARGETS),
        help="one catalog (default: all for update and build, ru otherwise)",
    )
    args = parser.parse_args(argv)
    languages = [args.lang] if args.lang else list(TARGETS)
    if args.command == "update":
        for language in languages:
            sys.stdout.write(update(ts_file_for(language)))
        return 0
    if args.command == "build":
        for language in languages:
            ts = ts_file_for(language)
            sys.stdout.write(build(ts, ts.with_suffix(".qm")))
        return 0
    ts = ts_file_for(args.lang or LANGUAGE)
    if args.command == "missing":
        todo = unfinished(ts)
        sys.stdout.write(format_tsv(todo))
        print(f"{len(todo)} untranslated in {ts.name}", file=sys.stderr)
        return 1 if todo else 0
    problems = fill(sys.stdin, ts)
    update(ts)  # lupdate rewrites the file in its own canonical layout
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
