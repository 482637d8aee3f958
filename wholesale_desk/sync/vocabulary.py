"""Display names of what a sync moves, translated in context "SyncVocabulary".

The sync engine names its stages and figures after the mapping profile's concepts ("agreement",
"bank_payment", "push:order"); the status bar, the sync log and `wholesale-desk sync` show them in
the user's language. An unknown concept (a custom profile's) is shown as it is rather than hidden.
The GUI passes Qt's translate; the command line the core's catalog (`i18n.translate`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, translate

Translate = Callable[[str, str], str]

_CTX = "SyncVocabulary"

CONCEPTS = {
    "connect": QT_TRANSLATE_NOOP("SyncVocabulary", "Connecting to 1C"),
    "done": QT_TRANSLATE_NOOP("SyncVocabulary", "Finishing"),
    "push": QT_TRANSLATE_NOOP("SyncVocabulary", "Sending changes"),
    "manager": QT_TRANSLATE_NOOP("SyncVocabulary", "Managers"),
    "region": QT_TRANSLATE_NOOP("SyncVocabulary", "Regions"),
    "segment": QT_TRANSLATE_NOOP("SyncVocabulary", "Segments"),
    "segment_members": QT_TRANSLATE_NOOP("SyncVocabulary", "Segment members"),
    "unit": QT_TRANSLATE_NOOP("SyncVocabulary", "Units"),
    "vat_rate": QT_TRANSLATE_NOOP("SyncVocabulary", "VAT rates"),
    "warehouse": QT_TRANSLATE_NOOP("SyncVocabulary", "Warehouses"),
    "price_type": QT_TRANSLATE_NOOP("SyncVocabulary", "Price types"),
    "prices": QT_TRANSLATE_NOOP("SyncVocabulary", "Prices"),
    "stock": QT_TRANSLATE_NOOP("SyncVocabulary", "Stock"),
    "product_group": QT_TRANSLATE_NOOP("SyncVocabulary", "Product groups"),
    "product": QT_TRANSLATE_NOOP("SyncVocabulary", "Products"),
    "client": QT_TRANSLATE_NOOP("SyncVocabulary", "Clients"),
    "legal_entity": QT_TRANSLATE_NOOP("SyncVocabulary", "Legal entities"),
    "contract": QT_TRANSLATE_NOOP("SyncVocabulary", "Contracts"),
    "contact": QT_TRANSLATE_NOOP("SyncVocabulary", "Contacts"),
    "payment_schedule": QT_TRANSLATE_NOOP("SyncVocabulary", "Payment schedules"),
    "agreement": QT_TRANSLATE_NOOP("SyncVocabulary", "Agreements"),
    "organization": QT_TRANSLATE_NOOP("SyncVocabulary", "Our companies"),
    "bank": QT_TRANSLATE_NOOP("SyncVocabulary", "Banks"),
    "bank_account": QT_TRANSLATE_NOOP("SyncVocabulary", "Bank accounts"),
    "signatory": QT_TRANSLATE_NOOP("SyncVocabulary", "Signatories"),
    "order": QT_TRANSLATE_NOOP("SyncVocabulary", "Orders"),
    "shipment": QT_TRANSLATE_NOOP("SyncVocabulary", "Shipments"),
    "return": QT_TRANSLATE_NOOP("SyncVocabulary", "Returns"),
    "invoice": QT_TRANSLATE_NOOP("SyncVocabulary", "Invoices"),
    "bank_payment": QT_TRANSLATE_NOOP("SyncVocabulary", "Bank payments"),
    "cash_payment": QT_TRANSLATE_NOOP("SyncVocabulary", "Cash payments"),
    "call": QT_TRANSLATE_NOOP("SyncVocabulary", "Calls"),
    "meeting": QT_TRANSLATE_NOOP("SyncVocabulary", "Meetings"),
    "debts": QT_TRANSLATE_NOOP("SyncVocabulary", "Debts"),
    "partner_analytics": QT_TRANSLATE_NOOP("SyncVocabulary", "Client analytics"),
    "user_group": QT_TRANSLATE_NOOP("SyncVocabulary", "User groups"),
    "user_sales_setting": QT_TRANSLATE_NOOP("SyncVocabulary", "Users' sales settings"),
    "discount_condition": QT_TRANSLATE_NOOP("SyncVocabulary", "Discount conditions"),
    "discount_item": QT_TRANSLATE_NOOP("SyncVocabulary", "Discounts and markups"),
    "discount_actions": QT_TRANSLATE_NOOP("SyncVocabulary", "Where discounts apply"),
}
COUNTS = {
    "fetched": QT_TRANSLATE_NOOP("SyncVocabulary", "fetched {count}"),
    "stored": QT_TRANSLATE_NOOP("SyncVocabulary", "stored {count}"),
    "deleted": QT_TRANSLATE_NOOP("SyncVocabulary", "deleted {count}"),
    "skipped": QT_TRANSLATE_NOOP("SyncVocabulary", "skipped {count}"),
    "kept_local": QT_TRANSLATE_NOOP("SyncVocabulary", "kept local {count}"),
    "sent": QT_TRANSLATE_NOOP("SyncVocabulary", "sent {count}"),
    "rejected": QT_TRANSLATE_NOOP("SyncVocabulary", "rejected {count}"),
    "conflicts": QT_TRANSLATE_NOOP("SyncVocabulary", "conflicts {count}"),
}


PUSH = QT_TRANSLATE_NOOP("SyncVocabulary", "Sending changes: {what}")


def concept_name(concept: str, render: Translate = translate) -> str:
    """ "Agreements" for "agreement"; "Sending changes: Orders" for "push:order"."""
    if concept.startswith("push:"):
        return render(_CTX, PUSH).format(what=concept_name(concept.removeprefix("push:"), render))
    source = CONCEPTS.get(concept)
    return render(_CTX, source) if source else concept


def counts_text(counts: Mapping[str, object], render: Translate = translate) -> str:
    """One concept's figures: "fetched 12, stored 12"."""
    return ", ".join(
        render(_CTX, COUNTS[key]).format(count=value) if key in COUNTS else f"{key} {value}"
        for key, value in counts.items()
    )


def figures_text(raw: str | None, render: Translate = translate) -> str:
    """A sync run's figures (the JSON the engine stores) as one line for the sync log."""
    try:
        stats = json.loads(raw or "{}")
    except ValueError:
        return ""
    if not isinstance(stats, dict):
        return ""
    parts = [
        (concept_name(concept, render), counts_text(counts, render))
        for concept, counts in stats.items()
        if isinstance(counts, dict) and counts
    ]
    return "; ".join(f"{name}: {inner}" for name, inner in sorted(parts))
