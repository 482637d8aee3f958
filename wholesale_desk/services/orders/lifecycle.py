"""Moving an order on: send through the outbox, approve, reject, cancel."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.models import Order, OrderState, OutboxEntry, OutboxStatus
from wholesale_desk.services.orders.editing import OrderInput, OrderPricer
from wholesale_desk.services.orders.payload import order_payload
from wholesale_desk.services.orders.states import (
    _CTX,
    CANCELLABLE_STATES,
    ENTITY,
    NOT_APPROVED,
    _err,
    state_title,
    unapproved_in_1c,
)
from wholesale_desk.services.orders.storing import _text_json, _write, load_order
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

APPROVED_STATUS = "КОбеспечению"
NOT_APPROVED_NOTE = "Не согласовано"
"""The approver's verdict as the order's comment says it in 1C."""
_UNAPPROVED: dict[str, object] = {"status_1c": NOT_APPROVED, "approved_1c": False}


def _entries(session: Session, order_id: str) -> list[OutboxEntry]:
    return list(
        session.scalars(
            select(OutboxEntry).where(OutboxEntry.ref_key == order_id).order_by(OutboxEntry.id)
        )
    )


def _enqueue(
    session: Session,
    order: Order,
    base_version: str | None,
    *,
    hold: bool,
    extra: dict[str, object] | None = None,
) -> None:
    """Queue the order's create, or an update based on the 1C version the edit started from
    (`base_version`, read when the order was opened), so a change 1C made since then becomes
    a conflict at push time instead of being overwritten."""
    from wholesale_desk.sync import outbox

    payload = {**order_payload(order), **(extra or {})}
    known = _entries(session, order.id)
    if order.data_version is None and not any(e.operation == "create" for e in known):
        outbox.enqueue(session, ENTITY, order.id, "create", payload, None, hold=hold)
    else:
        entry = outbox.enqueue(
            session,
            ENTITY,
            order.id,
            "update",
            payload,
            base_version or order.data_version,
            hold=hold,
        )
        if not hold and entry.status == OutboxStatus.HELD.value:
            entry.status = OutboxStatus.PENDING.value
        elif hold and entry.status == OutboxStatus.PENDING.value and entry.operation == "create":
            entry.status = OutboxStatus.HELD.value


def send_order(store: Store, order_in: OrderInput, pricer: OrderPricer) -> OrderInput:
    """Save and send to 1C. An order beyond the user's limits goes too, at once, as 1C's
    `Статус = НеСогласован`, `Согласован = false`: the office sees it and an approver (whoever
    1C lets write `Согласован`) approves it there or in this app's approval queue.

    Refused with every problem named while anything is wrong (nothing half-valid is sent).
    """
    check = pricer.check(order_in)
    if not check.can_send:
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP("Orders", "The order cannot be sent to 1C:\n{problems}"),
                problems=_joined(check.all_errors()),
            )
        )
    with store.transaction() as session:
        before = session.get(Order, order_in.order_id) if order_in.order_id else None
        # An approval covers what was approved: the same reasons, so the same exceptions.
        approved = (
            before is not None
            and (before.state == OrderState.APPROVED.value or before.approved_1c)
            and before.approval_reasons == _text_json(check.approval_reasons)
        )
        order = _write(session, order_in, check, pricer.actor, pricer.ctx)
        if check.needs_approval and not approved:
            order.state = OrderState.NEEDS_APPROVAL.value
            order.status_1c = NOT_APPROVED
            order.approved_1c = False
            order.approved_by = None
            order.reject_message = ""
            _enqueue(session, order, order_in.data_version, hold=False, extra=_UNAPPROVED)
        else:
            order.state = OrderState.QUEUED.value
            order.reject_message = ""
            if unapproved_in_1c(order):
                order.status_1c = ""  # within the limits now: an ordinary order again
            _enqueue(session, order, order_in.data_version, hold=False)
        order_id = order.id
    return load_order(store, order_id)


def _joined(items: Sequence[Text]) -> Text:
    """Several messages as one `Text` whose parts are translated one by one."""
    args = {f"m{i}": t for i, t in enumerate(items)}
    return Text(_CTX, "\n".join("{" + k + "}" for k in args), args) if items else Text(_CTX, "")


def _order_for_change(session: Session, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(
            _err(QT_TRANSLATE_NOOP("Orders", "The order is no longer in the local store"))
        )
    return order


def awaiting_approval(order: Order) -> bool:
    """Held for approval: ours before it reaches 1C, or НеСогласован in 1C."""
    if order.deletion_mark or order.state == OrderState.CANCELLED.value:
        return False
    return order.state == OrderState.NEEDS_APPROVAL.value or unapproved_in_1c(order)


def approve_order(store: Store, order_id: str, actor: Actor, comment: str = "") -> OrderState:
    """Approve in 1C: the order is PATCHed `Согласован = true`, `Статус = КОбеспечению`.

    Who may approve is 1C's business: a user without the right gets 1C's refusal, word for
    word, on the order after the next sync. An order still held here (made before approval
    went through 1C) is released with the approval in it.
    """
    from wholesale_desk.sync import outbox

    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        if not awaiting_approval(order):
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "The order is {state}: there is nothing to approve"
                    ),
                    state=state_title(order.state),
                )
            )
        order.approved_by = actor.manager_id or ""
        order.reject_message = ""
        outbox.release(session, order.id)
        order.status_1c = APPROVED_STATUS
        note = _with_note(order.comment, "Согласовано", comment)
        order.comment = note
        _enqueue(
            session,
            order,
            order.data_version,
            hold=False,
            extra={"approved_1c": True, "status_1c": APPROVED_STATUS, "comment": note},
        )
        order.state = OrderState.QUEUED.value
        return OrderState(order.state)


def settle_refused_approvals(session: Session) -> int:
    """An approval 1C refused (the user has no right) is not a change waiting for a decision:
    the order goes back to waiting for approval with 1C's words on it (`reject_message`, and
    the sync log), and the refused entry goes, so the next pull brings 1C's version again."""
    settled = 0
    for entry in session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.status == OutboxStatus.REJECTED.value,
            OutboxEntry.operation == "update",
            OutboxEntry.payload.like('%"Согласован":true%'),
        )
    ):
        order = session.get(Order, entry.ref_key)
        if order is not None and order.data_version is not None:
            order.state = (OrderState.POSTED if order.posted else OrderState.ACCEPTED).value
            order.status_1c = NOT_APPROVED
            order.approved_by = None
        session.delete(entry)
        settled += 1
    return settled


def _with_note(comment: str, verdict: str, text_: str) -> str:
    """The order's comment with the approver's verdict added (what 1C users read)."""
    line = f"{verdict}: {text_.strip()}" if text_.strip() else verdict
    return f"{comment.rstrip()}\n{line}".strip()


def reject_order(store: Store, order_id: str, actor: Actor, reason: str) -> None:
    """Not approved: the order stays НеСогласован in 1C with the reason in its comment, and
    comes back to its manager as a draft here."""
    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        if not awaiting_approval(order):
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "The order is {state}: there is nothing to reject"),
                    state=state_title(order.state),
                )
            )
        never_sent = order.data_version is None and not any(
            e.status in (OutboxStatus.SENDING.value, OutboxStatus.DONE.value)
            for e in _entries(session, order.id)
        )
        _drop_unsent(
            session,
            order.id,
            (OutboxStatus.HELD.value, OutboxStatus.PENDING.value)
            if never_sent
            else (OutboxStatus.HELD.value,),
        )
        order.reject_message = reason.strip()
        if order.data_version is not None:  # 1C holds it: the verdict goes into its comment
            order.comment = _with_note(order.comment, NOT_APPROVED_NOTE, reason)
            _enqueue(session, order, order.data_version, hold=False, extra=_UNAPPROVED)
        else:
            order.state = OrderState.DRAFT.value


def _drop_unsent(session: Session, order_id: str, statuses: Sequence[str]) -> None:
    session.execute(
        delete(OutboxEntry).where(OutboxEntry.ref_key == order_id, OutboxEntry.status.in_(statuses))
    )


def cancel_order(store: Store, order_id: str, actor: Actor) -> None:
    """Cancel: an order 1C never saw is dropped from the outbox; one 1C holds gets a deletion
    mark sent (ONEC.md: never a physical DELETE)."""
    from wholesale_desk.sync import outbox

    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        state = OrderState(order.state)
        if state not in CANCELLABLE_STATES:
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "The order is {state} and cannot be cancelled"),
                    state=state_title(state),
                )
            )
        delivered = order.data_version is not None or any(
            e.status in (OutboxStatus.SENDING.value, OutboxStatus.DONE.value)
            for e in _entries(session, order.id)
        )
        if delivered:
            outbox.enqueue(
                session, ENTITY, order.id, "cancel", {"deletion_mark": True}, order.data_version
            )
        else:
            _drop_unsent(
                session,
                order.id,
                (OutboxStatus.HELD.value, OutboxStatus.PENDING.value, OutboxStatus.REJECTED.value),
            )
        order.state = OrderState.CANCELLED.value
