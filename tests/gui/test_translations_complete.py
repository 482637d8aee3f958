"""Russian from the first commit: every user-visible string is translated, and what ships is
built from what is committed. Also the Designer forms' generated code is fresh."""

from __future__ import annotations

import shutil

import pytest

from wholesale_desk.devtools import forms, translations
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_user_visible_string_has_a_translation(tmp_path, language):
    """Russian: every string. English (the source language): the plural forms of %n messages."""
    committed = translations.ts_file_for(language)
    ts = tmp_path / committed.name
    shutil.copy(committed, ts)
    translations.update(ts)  # extract today's strings from the code and forms
    missing = translations.unfinished(ts)
    hint = ""
    if any(not m.context for m in missing):
        hint = (
            "Lines starting with a TAB have no context: lupdate cannot see through a `tr` "
            'wrapper function. Call self.tr(...), QCoreApplication.translate("Context", ...) '
            'or QT_TRANSLATE_NOOP("Context", ...) with literal strings.\n'
        )
    assert not missing, (
        f"{len(missing)} string(s) lack {language}. Run `python -m wholesale_desk.devtools."
        f"translations update`, then `missing --lang {language}`, `fill --lang {language}` "
        "and `build`:\n" + hint + translations.format_tsv(missing)
    )


@pytest.mark.parametrize("language", ["ru", "en"])
def test_committed_qm_is_built_from_the_committed_ts(tmp_path, language):
    ts = translations.ts_file_for(language)
    fresh = tmp_path / "fresh.qm"
    translations.build(ts, fresh)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        "resources/translations/*.qm is stale: run `python -m wholesale_desk.devtools."
        "translations build` and commit it"
    )


def test_generated_forms_match_their_ui_files():
    assert forms.stale_forms() == [], "run `python -m wholesale_desk.devtools.forms`"


def test_fill_then_missing_round_trip(tmp_path):
    ts = tmp_path / "sample_ru.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Pricing</name>
    <message>
        <source>No price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two
lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
</context>
</TS>
""",
        "utf-8",
    )
    assert [m.source for m in translations.unfinished(ts)] == [
        "No price",
        "Two\nlines",
        "%n order(s)",
    ]
    problems = translations.fill(
        [
            "Pricing\tNo price\tНет цены\n",
            "Pricing\tTwo\\nlines\tДве\\nстроки\n",
            "Pricing\t%n order(s)\t%n заказ|%n заказа|%n заказов\n",
            "Pricing\tGone\tУшло\n",
        ],
        ts,
    )
    assert problems == ["no such message (run update first?): Pricing\tGone"]
    assert translations.unfinished(ts) == []
    by_source = {m.source: m.translation for m in translations.messages(ts)}
    assert by_source["Two\nlines"] == "Две\nстроки"
    assert by_source["%n order(s)"] == "%n заказ|%n заказа|%n заказов"


def test_render_translates_core_messages(russian):
    title = text("Navigation", QT_TRANSLATE_NOOP("Navigation", "Receivables"))
    assert render(title) == "Дебиторская задолженность"
    assert render("already a string") == "already a string"


def test_render_fills_arguments_and_nested_texts(translations):
    inner = Text("Navigation", "Orders")
    outer = Text("Test", "{what}: {count}", {"what": inner, "count": 3})
    assert render(outer) == "Orders: 3"
