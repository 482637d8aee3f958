"""The stale-data warning beside debts: the credit banner, the receivables view, the card.

The rule (older than the user's setting since the last successful sync) is the core's
`snapshots.stale_warning`; this only reads the setting and renders the words.
"""

from __future__ import annotations

from datetime import datetime

from wholesale_desk import settings_defaults, snapshots
from wholesale_desk.gui.settings import app_settings
from wholesale_desk.gui.texts import render
from wholesale_desk.store import Store

WARNING_COLOR = "#b45309"


def stale_text(store: Store, now: datetime | None = None) -> str:
    """The warning in the UI's language, or "" while the data is fresh."""
    with store.session() as session:
        last = snapshots.last_successful_sync(session)
    hours = app_settings().get(settings_defaults.STALE_AFTER_HOURS)
    warning = snapshots.stale_warning(last, hours, now)
    return render(warning) if warning is not None else ""
