"""A client's cooperation model (DOMAIN.md): partner, personalised or standard.

Partner if the client is in the segment the company names as partners; personalised if it has an
individual (non-typical) agreement; otherwise standard. The same rule exists here once in Python
(for one client) and once as SQL (for filtering the whole list), kept side by side.

The models themselves and their caps live in the pure core: `pricing.CooperationModel`,
`pricing.DEFAULT_MODEL_CAPS`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Agreement, ClientSegment, Segment
from wholesale_desk.pricing import CooperationModel
from wholesale_desk.services.search_index import fold

_CTX = "Cooperation"


_TITLES = {
    CooperationModel.STANDARD: QT_TRANSLATE_NOOP("Cooperation", "Standard"),
    CooperationModel.PERSONALISED: QT_TRANSLATE_NOOP("Cooperation", "Personalised"),
    CooperationModel.PARTNER: QT_TRANSLATE_NOOP("Cooperation", "Partner"),
}


def title(model: CooperationModel) -> Text:
    return text(_CTX, _TITLES[model])


def partner_segment_ids(session: Session, setting: str) -> list[str]:
    """The segment ids the company setting names (by id or by name; empty: none)."""
    setting = setting.strip()
    if not setting:
        return []
    rows = session.scalars(
        select(Segment.id).where((Segment.id == setting) | (Segment.name == setting))
    ).all()
    return list(rows)


def resolve_partner_segments(session: Session, setting: str) -> list[str]:
    """The partner segments: those the setting names, else any segment called "Партнёры" /
    "Partners" (the one home of this fallback: the terms engine, the card and the list use it)."""
    found = partner_segment_ids(session, setting)
    if found:
        return found
    ids = []
    for sid, name in session.execute(select(Segment.id, Segment.name)):
        folded = fold(name)
        if folded.startswith(("партнер", "partner")):
            ids.append(str(sid))
    return ids


def model_of(session: Session, client_id: str, partner_segments: list[str]) -> CooperationModel:
    """Which model this client is, given the partner segments (`resolve_partner_segments`)."""
    if partner_segments and session.scalar(
        select(ClientSegment.client_id).where(
            ClientSegment.client_id == client_id, ClientSegment.segment_id.in_(partner_segments)
        )
    ):
        return CooperationModel.PARTNER
    if session.scalar(
        select(Agreement.id).where(
            Agreement.client_id == client_id,
            Agreement.is_typical.is_(False),
            Agreement.deletion_mark.is_(False),
        )
    ):
        return CooperationModel.PERSONALISED
    return CooperationModel.STANDARD


def sql_expression(partner_segments: list[str]) -> tuple[str, dict[str, str]]:
    """The same rule as an SQL expression over the alias `c` (clients), with its parameters."""
    params = {f"ps{i}": sid for i, sid in enumerate(partner_segments)}
    partner = (
        "EXISTS (SELECT 1 FROM client_segments cs WHERE cs.client_id = c.id AND cs.segment_id IN ("
        + ",".join(f":{k}" for k in params)
        + "))"
        if params
        else "0"
    )
    personal = (
        "EXISTS (SELECT 1 FROM agreements a WHERE a.client_id = c.id AND a.is_typical = 0"
        " AND a.deletion_mark = 0)"
    )
    expression = (
        f"CASE WHEN {partner} THEN '{CooperationModel.PARTNER.value}'"
        f" WHEN {personal} THEN '{CooperationModel.PERSONALISED.value}'"
        f" ELSE '{CooperationModel.STANDARD.value}' END"
    )
    return expression, params
