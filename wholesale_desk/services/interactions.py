"""Logging an interaction (call, meeting, e-mail, note, complaint) with an optional next step.

Saved offline in one transaction: the interaction, its next-step task, and — for calls and
meetings, which 1C keeps as `ТелефонныйЗвонок` / `Встреча` — the outbox entry that carries it
to 1C. E-mails, notes and complaints have no 1C document in the profile and stay local.
Everything is checked first; bad input raises `InvalidInput` and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Client, Contact, Interaction, InteractionKind, Task, new_guid
from wholesale_desk.services import onec_payload
from wholesale_desk.services.invalid_input import InvalidInput, required
from wholesale_desk.store import Store
from wholesale_desk.sync.mapping import BoundProfile
from wholesale_desk.sync.outbox import enqueue

_CTX = "Interactions"

PUSHED_KINDS = {InteractionKind.CALL: "call", InteractionKind.MEETING: "meeting"}
"""Interaction kind → profile concept of the 1C document that carries it."""


@dataclass
class InteractionDraft:
    """What the user typed in the interaction dialog."""

    client_id: str
    kind: InteractionKind
    when: datetime
    subject: str = ""
    text: str = ""
    outcome: str = ""
    contact_id: str | None = None
    incoming: bool = False
    duration_minutes: int = 0
    satisfaction: int | None = None
    manager_id: str | None = None
    next_step: str = ""
    next_step_due: datetime | None = None
    promised_date: date | None = None  # "promised to pay by", shown in the receivables view
    promised_amount: Decimal | None = None


@dataclass(frozen=True)
class Logged:
    interaction_id: str
    task_id: str | None
    outbox_id: int | None


def problems(session: Session, draft: InteractionDraft) -> dict[str, Text]:
    """Field → reason, for everything wrong with `draft` (empty: it can be saved)."""
    found: dict[str, Text] = {}
    client = session.get(Client, draft.client_id)
    if client is None:
        found["client"] = text(
            _CTX, QT_TRANSLATE_NOOP("Interactions", "This client is no longer in the local cache")
        )
    if not draft.subject.strip() and not draft.text.strip():
        found["subject"] = text(_CTX, QT_TRANSLATE_NOOP("Interactions", "Give a subject or a text"))
    if draft.satisfaction is not None and not 1 <= draft.satisfaction <= 5:
        found["satisfaction"] = text(
            _CTX, QT_TRANSLATE_NOOP("Interactions", "A satisfaction score is from 1 to 5")
        )
    if draft.contact_id:
        contact = session.get(Contact, draft.contact_id)
        if contact is None or contact.client_id != draft.client_id:
            found["contact"] = text(
                _CTX,
                QT_TRANSLATE_NOOP("Interactions", "This person is not a contact of the client"),
            )
    if draft.duration_minutes < 0:
        found["duration"] = text(
            _CTX, QT_TRANSLATE_NOOP("Interactions", "A duration cannot be negative")
        )
    if draft.next_step.strip() and draft.next_step_due is None:
        found["next_step_due"] = required()
    if draft.next_step_due is not None and not draft.next_step.strip():
        found["next_step"] = text(
            _CTX, QT_TRANSLATE_NOOP("Interactions", "Say what the next step is")
        )
    if draft.promised_date is not None and draft.promised_date < draft.when.date():
        found["promised_date"] = text(
            _CTX,
            QT_TRANSLATE_NOOP("Interactions", "A promise to pay is for a day from now on"),
        )
    if draft.promised_amount is not None and draft.promised_amount <= 0:
        found["promised_amount"] = text(
            _CTX, QT_TRANSLATE_NOOP("Interactions", "The promised amount must be above zero")
        )
    return found


def add(
    session: Session, draft: InteractionDraft, *, profile: BoundProfile | None = None
) -> Logged:
    """Write the interaction, its task and outbox entry in the caller's transaction."""
    found = problems(session, draft)
    if found:
        raise InvalidInput(found)
    end = draft.when + timedelta(minutes=draft.duration_minutes) if draft.duration_minutes else None
    interaction = Interaction(
        id=new_guid(),
        kind=draft.kind.value,
        client_id=draft.client_id,
        contact_id=draft.contact_id or None,
        manager_id=draft.manager_id,
        start=draft.when.replace(microsecond=0),
        end=end,
        incoming=draft.incoming,
        subject=draft.subject.strip(),
        description=draft.text.strip(),
        outcome=draft.outcome.strip(),
        satisfaction=draft.satisfaction,
        promised_payment_date=draft.promised_date,
        promised_amount=draft.promised_amount,
        created_locally=True,
    )
    session.add(interaction)
    session.flush()
    outbox_id = None
    concept = PUSHED_KINDS.get(draft.kind)
    if concept is not None:
        entity, body = onec_payload.build(concept, _changes(interaction, concept), profile)
        outbox_id = enqueue(session, entity, interaction.id, "create", body, None).id
    task_id = None
    if draft.next_step.strip() and draft.next_step_due is not None:
        task = Task(
            id=new_guid(),
            client_id=draft.client_id,
            interaction_id=interaction.id,
            manager_id=draft.manager_id,
            title=draft.next_step.strip(),
            due=draft.next_step_due.replace(microsecond=0),
        )
        session.add(task)
        session.flush()
        task_id = task.id
    return Logged(interaction.id, task_id, outbox_id)


def log(store: Store, draft: InteractionDraft, *, profile: BoundProfile | None = None) -> Logged:
    """`add` in a transaction of its own: all of it is saved, or (on any error) none of it."""
    with store.transaction() as session:
        return add(session, draft, profile=profile)


def _changes(interaction: Interaction, concept: str) -> dict[str, object]:
    """Our columns to send: 1C has no outcome field, so the outcome joins the description."""
    description = interaction.description
    if interaction.outcome:
        description = f"{description}\n\n{interaction.outcome}".strip()
    changes: dict[str, object] = {
        "start": interaction.start,
        "subject": interaction.subject or description[:100],
        "description": description,
        "manager_id": interaction.manager_id,
    }
    if concept == "call":
        # A call has one counterpart in 1C; the client (not the contact) keeps it on the
        # client's history after the next pull.
        changes.update(client_id=interaction.client_id, incoming=interaction.incoming)
    else:
        changes.update(
            date=interaction.start,
            end=interaction.end or interaction.start + timedelta(hours=1),
            client_id=interaction.client_id,
            contact_id=interaction.contact_id,
        )
    return changes
