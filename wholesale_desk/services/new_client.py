"""A new client made on the laptop: partner + counterparty, pushed to 1C through the outbox.

The INN is checked by its check digits (DOMAIN.md); a company (10-digit INN) needs a KPP, a
sole trader (12 digits) has none. An INN (+KPP) already in the cache is a likely duplicate: the
caller shows `duplicates` and saves only when the user insists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.models import Client, ClientSegment, LegalEntity, new_guid
from wholesale_desk.requisites import check_inn, check_kpp
from wholesale_desk.services import onec_payload, search_index
from wholesale_desk.services.contact_details import check_email, check_phone
from wholesale_desk.services.invalid_input import InvalidInput, required
from wholesale_desk.sync.mapping import BoundProfile
from wholesale_desk.sync.outbox import enqueue

_CTX = "NewClient"
COMPANY = "ЮрЛицо"
SOLE_TRADER = "ИндивидуальныйПредприниматель"


@dataclass
class NewClientDraft:
    name: str
    inn: str
    kpp: str = ""
    full_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    manager_id: str | None = None
    region_id: str | None = None
    segment_id: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class Duplicate:
    client_id: str
    client_name: str
    inn: str
    kpp: str


class DuplicateClient(UserError):
    """The INN (+KPP) is already known; `duplicates` says where."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        super().__init__(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("NewClient", "A client with this INN already exists: {names}"),
                names=", ".join(d.client_name for d in duplicates),
            )
        )
        self.duplicates = duplicates


def problems(draft: NewClientDraft) -> dict[str, Text]:
    found: dict[str, Text] = {}
    if not draft.name.strip():
        found["name"] = required()
    inn = draft.inn.strip()
    if problem := check_inn(inn):
        found["inn"] = problem
    kpp = draft.kpp.strip()
    if len(inn) == 10:
        if problem := check_kpp(kpp):
            found["kpp"] = problem
    elif len(inn) == 12 and kpp:
        found["kpp"] = text(_CTX, QT_TRANSLATE_NOOP("NewClient", "A sole trader has no KPP"))
    if problem := check_phone(draft.phone):
        found["phone"] = problem
    if problem := check_email(draft.email):
        found["email"] = problem
    return found


def duplicates(session: Session, inn: str, kpp: str = "") -> list[Duplicate]:
    """Clients whose legal entity has this INN (and this KPP, when one is given)."""
    inn, kpp = inn.strip(), kpp.strip()
    if not inn:
        return []
    query = (
        select(Client.id, Client.name, LegalEntity.inn, LegalEntity.kpp)
        .join(LegalEntity, LegalEntity.client_id == Client.id)
        .where(LegalEntity.inn == inn, LegalEntity.deletion_mark.is_(False))
        .order_by(Client.name)
    )
    if kpp:
        query = query.where(LegalEntity.kpp == kpp)
    return [Duplicate(*row) for row in session.execute(query)]


def create(
    session: Session,
    draft: NewClientDraft,
    *,
    allow_duplicate: bool = False,
    profile: BoundProfile | None = None,
) -> str:
    """Write the client, its legal entity and both outbox entries; returns the client's id."""
    found = problems(draft)
    if found:
        raise InvalidInput(found)
    same = duplicates(session, draft.inn, draft.kpp)
    if same and not allow_duplicate:
        raise DuplicateClient(same)
    inn, kpp = draft.inn.strip(), draft.kpp.strip()
    name = draft.name.strip()
    full_name = draft.full_name.strip() or name
    client_values = {
        "name": name,
        "full_name": full_name,
        "manager_id": draft.manager_id,
        "region_id": draft.region_id,
        "comment": draft.comment.strip(),
        "phone": draft.phone.strip(),
        "email": draft.email.strip(),
        "address": draft.address.strip(),
        "city": draft.city.strip(),
    }
    client = Client(id=new_guid(), **client_values)
    session.add(client)
    session.flush()
    entity = LegalEntity(
        id=new_guid(),
        client_id=client.id,
        name=full_name,
        full_name=full_name,
        inn=inn,
        kpp=kpp,
        kind=COMPANY if len(inn) == 10 else SOLE_TRADER,
        legal_address=draft.address.strip(),
        phone=draft.phone.strip(),
    )
    session.add(entity)
    if draft.segment_id:
        session.add(ClientSegment(client_id=client.id, segment_id=draft.segment_id))
    session.flush()
    entity_set, body = onec_payload.build("client", client_values, profile)
    enqueue(session, entity_set, client.id, "create", body, None)
    entity_set, body = onec_payload.build(
        "legal_entity",
        {
            "client_id": client.id,
            "name": entity.name,
            "full_name": entity.full_name,
            "inn": inn,
            "kpp": kpp,
            "kind": entity.kind,
            "legal_address": entity.legal_address,
            "phone": entity.phone,
        },
        profile,
    )
    enqueue(session, entity_set, entity.id, "create", body, None)
    search_index.reindex(session, [client.id])
    return client.id
