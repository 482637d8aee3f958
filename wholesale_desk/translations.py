"""The app's translations without Qt, for the command line.

Reads the same `resources/translations/wholesale_desk_<lang>.ts` files the GUI compiles to `.qm`
(XML, so `xml.etree` is enough), keeps the finished translations, and picks plural forms with the
rules Qt uses. `activate(language)` installs it for `str(Text)` and `Cli.tr`; nothing here runs
on import, so the core speaks English until an entry point asks otherwise.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from pathlib import Path

from wholesale_desk import i18n, paths

LANGUAGES = ("en", "ru")
SOURCE_LANGUAGE = "en"
LANGUAGE_ENV = "WHOLESALE_DESK_LANG"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
GROUP_SEPARATORS = {"ru": "\u00a0", "en": ","}
"""Thousands in a `%Ln` count, as Qt's locales write them: "20 000" (no-break space), "20,000"."""


def plural_form_ru(n: int) -> int:
    """Russian: 1, 21 → one (0); 2–4, 22–24 → few (1); 0, 5–20, 25… → many (2); as Qt's rule."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def plural_form_en(n: int) -> int:
    return 0 if n == 1 else 1


PLURAL_RULES: dict[str, Callable[[int], int]] = {"ru": plural_form_ru, "en": plural_form_en}


def ts_file(language: str) -> Path:
    return paths.resource_dir() / "translations" / f"wholesale_desk_{language}.ts"


class Catalog:
    """(context, source) → translation for one language; untranslated messages stay English."""

    def __init__(
        self,
        language: str,
        singles: Mapping[tuple[str, str], str],
        plurals: Mapping[tuple[str, str], tuple[str, ...]],
    ) -> None:
        self.language = language
        self.singles = dict(singles)
        self.plurals = dict(plurals)
        self.plural_form = PLURAL_RULES.get(language, plural_form_en)

    @classmethod
    def read(cls, path: Path, language: str) -> Catalog:
        """Parse a Qt Linguist `.ts` file; unfinished, vanished and obsolete entries are skipped."""
        singles: dict[tuple[str, str], str] = {}
        plurals: dict[tuple[str, str], tuple[str, ...]] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                element = message.find("translation")
                if element is None or element.get("type") in {"unfinished", "vanished", "obsolete"}:
                    continue
                key = (name, message.findtext("source") or "")
                forms = tuple(form.text or "" for form in element.findall("numerusform"))
                if message.get("numerus") == "yes":
                    if forms and all(forms):
                        plurals[key] = forms
                elif element.text:
                    singles[key] = element.text
        return cls(language, singles, plurals)

    def __call__(self, context: str, source: str, n: int = -1) -> str:
        """The translated template (with `%n` still in it), else `source`."""
        forms = self.plurals.get((context, source)) if n >= 0 else None
        if forms:
            return forms[min(self.plural_form(n), len(forms) - 1)]
        return self.singles.get((context, source), source)


@cache
def load(language: str) -> Catalog:
    """The catalog of `language`, read once; an empty one if the file is missing or broken.

    English is the source language: its file holds only the plural forms ("1 change", "3 changes").
    """
    path = ts_file(language)
    try:
        return Catalog.read(path, language)
    except (OSError, ET.ParseError):
        return Catalog(language, {}, {})


def choose_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: `WHOLESALE_DESK_LANG`, else the POSIX locale variables
    (the first one set wins, as in C), else on Windows the user's locale; English otherwise."""
    environ = os.environ if environ is None else environ
    forced = environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:
            return _language_of(value)
    if sys.platform == "win32":
        try:
            name = locale.getlocale()[0] or ""
        except ValueError:
            name = ""
        return _language_of(name)
    return SOURCE_LANGUAGE


def _language_of(locale_name: str) -> str:
    """ "ru_RU.UTF-8", "ru", "Russian_Russia" → "ru"; anything else → English."""
    lowered = locale_name.lower()
    return "ru" if lowered.startswith(("ru_", "ru.", "ru@", "russian")) or lowered == "ru" else "en"


def activate(language: str) -> Catalog | None:
    """Make `str(Text)` and `Cli.tr` speak `language`; English (the source) clears the catalog
    except for plural forms. Returns the active catalog."""
    catalog = load(language if language in LANGUAGES else SOURCE_LANGUAGE)
    i18n.use_translator(catalog, GROUP_SEPARATORS.get(catalog.language, ","))
    return catalog


def deactivate() -> None:
    """Back to the English source strings (the GUI renders through Qt instead)."""
    i18n.use_translator(None)


def active_language() -> str:
    translator = i18n.active_translator()
    return translator.language if isinstance(translator, Catalog) else SOURCE_LANGUAGE


def format_day(day: date) -> str:
    """A date as the active language writes it: 27.11.2026 in Russian, ISO 2026-11-27 in English."""
    return day.strftime("%d.%m.%Y") if active_language() == "ru" else day.isoformat()


class Context:
    """Messages of one translation context, spelled the way lupdate reads outside a Qt class.

    lupdate extracts `Name.tr("source")` and, with `Name.tr("%n thing(s)", "", n)`, a plural
    (numerus) message, taking the object's *name* as the context: so the object must be named
    exactly like its context (`Cli = Context("Cli")`), and never aliased on import.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return i18n.translate(self.name, source, n)


Cli = Context("Cli")
"""The command line's own labels and messages."""
