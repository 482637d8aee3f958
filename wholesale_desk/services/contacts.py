"""Adding and editing a client's contact persons, offline, with their outbox entry.

An edit sends only what changed, based on the `DataVersion` it started from (so the sync can
spot a conflicting 1C edit); the contact-information part is sent whole, keeping rows we do
not edit. The client's search index is refreshed in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from wholesale_desk.i18n import Text
from wholesale_desk.models import Client, Contact, new_guid
from wholesale_desk.services import onec_payload, search_index
from wholesale_desk.services.contact_details import check_email, check_phone
from wholesale_desk.services.invalid_input import InvalidInput, required
from wholesale_desk.sync.mapping import BoundProfile
from wholesale_desk.sync.outbox import enqueue

_PART_FIELDS = ("phone", "email")


@dataclass
class ContactDraft:
    client_id: str
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""
    birthday: date | None = None
    id: str | None = None
    """None: a new contact."""


def problems(session: Session, draft: ContactDraft) -> dict[str, Text]:
    found: dict[str, Text] = {}
    if not draft.name.strip():
        found["name"] = required()
    if problem := check_phone(draft.phone):
        found["phone"] = problem
    if problem := check_email(draft.email):
        found["email"] = problem
    return found


def save(session: Session, draft: ContactDraft, *, profile: BoundProfile | None = None) -> str:
    """Create or update the contact with its outbox entry; returns its id."""
    found = problems(session, draft)
    if found:
        raise InvalidInput(found)
    values: dict[str, Any] = {
        "name": draft.name.strip(),
        "position": draft.position.strip(),
        "phone": draft.phone.strip(),
        "email": draft.email.strip(),
        "birthday": draft.birthday,
    }
    if draft.id is None:
        if session.get(Client, draft.client_id) is None:
            raise InvalidInput({"name": required()})
        contact = Contact(id=new_guid(), client_id=draft.client_id, **values)
        session.add(contact)
        session.flush()
        entity, body = onec_payload.build(
            "contact", {"client_id": contact.client_id, **values}, profile
        )
        enqueue(session, entity, contact.id, "create", body, None)
    else:
        found_contact = session.get(Contact, draft.id)
        if found_contact is None:
            raise InvalidInput({"name": required()})
        contact = found_contact
        changed = {k: v for k, v in values.items() if getattr(contact, k) != v}
        if not changed:
            return contact.id
        if any(k in changed for k in _PART_FIELDS):
            # The part goes whole: both of our part fields, plus the rows we leave alone.
            changed.update({k: values[k] for k in _PART_FIELDS})
        for key, value in values.items():
            setattr(contact, key, value)
        session.flush()
        entity, body = onec_payload.build(
            "contact", changed, profile, mirrors={"contact_info": contact.contact_info}
        )
        enqueue(session, entity, contact.id, "update", body, contact.data_version)
    search_index.reindex(session, [contact.client_id])
    return contact.id
