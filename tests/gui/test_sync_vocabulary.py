"""What a sync moved, said in the UI's language: the status bar's stage and the sync log's
figures name 1C objects the way a manager does, not by the profile's code names."""

from __future__ import annotations

import json

from wholesale_desk.gui.sync_status import SyncStatusWidget
from wholesale_desk.gui.sync_vocabulary import CONCEPTS, concept_name, figures_text
from wholesale_desk.onec.profile import load_profile


def test_every_object_the_default_profile_syncs_has_a_display_name() -> None:
    """A concept added to the profile without a name would show in English in the sync log."""
    profile = load_profile()
    names = [spec.concept for spec in profile.objects] + list(profile.registers)
    assert [name for name in names if name not in CONCEPTS] == []


def test_sync_log_figures_read_in_russian(russian: object) -> None:
    raw = json.dumps(
        {
            "agreement": {"fetched": 3, "stored": 2},
            "client": {"fetched": 1},
            "push:order": {"sent": 4},
        }
    )
    assert figures_text(raw) == (
        "Клиенты: получено 1; Отправка изменений: Заказы: отправлено 4; "
        "Соглашения: получено 3, записано 2"
    )


def test_unknown_concepts_and_broken_figures_are_shown_as_they_are(russian: object) -> None:
    assert concept_name("custom_register") == "custom_register"
    assert figures_text('{"custom": {"fetched": 2, "odd": 1}}') == "custom: получено 2, odd 1"
    assert figures_text("not json") == ""


def test_status_bar_names_the_sync_stage_in_russian(qtbot, russian: object) -> None:
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    status.show()
    status.set_progress("bank_payment", 40, 120)  # as the engine reports it
    assert status.ui.stageLabel.text().startswith("Безналичные оплаты")
    assert "bank_payment" not in status.ui.stageLabel.text()
