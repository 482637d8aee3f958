"""Display names of the workspace's enumerations, translated in context "ClientsVocabulary".

One place, so the list, the card, the timeline and the dialogs call a thing by the same name.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.pricing import CooperationModel
from wholesale_desk.services import cooperation
from wholesale_desk.services.orders.states import state_title
from wholesale_desk.services.timeline import ItemKind

_CTX = "ClientsVocabulary"

KINDS = {
    ItemKind.CALL: QT_TRANSLATE_NOOP("ClientsVocabulary", "Call"),
    ItemKind.MEETING: QT_TRANSLATE_NOOP("ClientsVocabulary", "Meeting"),
    ItemKind.EMAIL: QT_TRANSLATE_NOOP("ClientsVocabulary", "E-mail"),
    ItemKind.NOTE: QT_TRANSLATE_NOOP("ClientsVocabulary", "Note"),
    ItemKind.COMPLAINT: QT_TRANSLATE_NOOP("ClientsVocabulary", "Complaint"),
    ItemKind.ORDER: QT_TRANSLATE_NOOP("ClientsVocabulary", "Order"),
    ItemKind.SHIPMENT: QT_TRANSLATE_NOOP("ClientsVocabulary", "Shipment"),
    ItemKind.RETURN: QT_TRANSLATE_NOOP("ClientsVocabulary", "Return"),
    ItemKind.PAYMENT: QT_TRANSLATE_NOOP("ClientsVocabulary", "Payment"),
}
AGE_BUCKETS = {
    "not_due": QT_TRANSLATE_NOOP("ClientsVocabulary", "Not yet due"),
    "1_30": QT_TRANSLATE_NOOP("ClientsVocabulary", "1–30 days overdue"),
    "31_60": QT_TRANSLATE_NOOP("ClientsVocabulary", "31–60 days overdue"),
    "61_90": QT_TRANSLATE_NOOP("ClientsVocabulary", "61–90 days overdue"),
    "over_90": QT_TRANSLATE_NOOP("ClientsVocabulary", "over 90 days overdue"),
}
PAYMENT_KINDS = {
    "bank": QT_TRANSLATE_NOOP("ClientsVocabulary", "bank transfer"),
    "cash": QT_TRANSLATE_NOOP("ClientsVocabulary", "cash"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def kind_name(kind: ItemKind) -> str:
    return tr(KINDS[kind])


def model_name(model: CooperationModel) -> str:
    """The model's name as everywhere else (`services.cooperation.title`)."""
    return render(cooperation.title(model))


def order_state(state: str) -> str:
    """An order's state inside a timeline line: the orders' own title (`state_title`), in lower
    case as the line runs on ("Order 12 · sent to 1C")."""
    try:
        title = render(state_title(state))
    except ValueError:
        return state
    return title[:1].lower() + title[1:]


def day(value: date | None) -> str:
    """A date as tables show it: 05.03.2026."""
    return value.strftime("%d.%m.%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""
