"""E-mail waiting offline: documents sent from the road go out on the next connection, once.

`queue` writes the message (with its PDF) and the client's timeline entry in one transaction, so
the user's "Send" is never lost, even with no network. `deliver_pending` hands the waiting
messages to the SMTP server, one at a time, and records each step before taking it:

1. claim: `pending` → `sending` (an atomic UPDATE, so two workers never take the same message);
2. before the DATA command: `sending` → `handed_over` (committed before the server sees a byte
   of the message);
3. after the server's "250 OK": `sent`.

A failure before DATA, or the server refusing the message, puts it back to `pending` with the
error: it is retried on the next run (after a send, on every sync). After a crash or kill, a
`sending` entry left by an earlier run is retried, because the server never received its DATA;
a `handed_over` entry becomes `unconfirmed`, because the server may have accepted it, and is
never resent automatically: the user checks the Sent folder and chooses "send again" or
"it was sent". So a message is never lost and never sent twice behind the user's back.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.utils import make_msgid

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wholesale_desk import mail
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.models import Client, Contact, InteractionKind, MailOutboxEntry, MailStatus
from wholesale_desk.models import now as local_now
from wholesale_desk.services import interactions
from wholesale_desk.store import Store

log = logging.getLogger(__name__)

_CTX = "MailOutbox"

RUN_TOKEN = uuid.uuid4().hex
"""This process run: a claim by another run that is older than `STALE_AFTER` was interrupted."""
STALE_AFTER = timedelta(minutes=5)
"""Longer than any live SMTP exchange of another app instance on the same store could take."""

ProgressCallback = Callable[[Text | str, int, int], object]


@dataclass(frozen=True)
class OutgoingMail:
    """What the send dialog hands over: the message as the user approved it."""

    recipients: tuple[str, ...]
    subject: str
    body: str
    attachment_name: str
    attachment: bytes
    client_id: str | None = None
    contact_id: str | None = None
    manager_id: str | None = None
    timeline_subject: str = ""  # "Sent: …" in the user's language; `subject` prefixed when empty


@dataclass(frozen=True)
class Queued:
    entry_id: int
    interaction_id: str | None


@dataclass(frozen=True)
class DeliveryResult:
    """What one delivery run did; `errors` are the distinct reasons messages stayed behind."""

    sent: int = 0
    failed: int = 0
    unconfirmed: int = 0
    remaining: int = 0  # still pending after the run
    awaiting_decision: int = 0  # unconfirmed messages in the store, from this run or earlier
    unreachable: bool = False  # the server could not be reached: offline, try on the next sync
    not_configured: bool = False  # no mail server set up yet
    errors: tuple[Text, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class MailSummary:
    """A row of the mail outbox view (no attachment bytes)."""

    id: int
    created_at: datetime
    client_name: str
    recipients: str
    subject: str
    status: MailStatus
    attempts: int
    error: Text | None


def _err(source: str, **args: object) -> UserError:
    return UserError(text(_CTX, source, **args))


def split_addresses(raw: str) -> tuple[str, ...]:
    """ "a@x.ru; b@y.ru, c@z.ru" → the addresses, in order, without duplicates."""
    seen: dict[str, None] = {}
    for part in raw.replace(";", ",").split(","):
        address = part.strip()
        if address and address.lower() not in {a.lower() for a in seen}:
            seen[address] = None
    return tuple(seen)


def check_addresses(addresses: Sequence[str]) -> None:
    """Refuse what cannot be an address now, rather than at 3 a.m. on the server."""
    if not addresses:
        raise _err(
            QT_TRANSLATE_NOOP(
                "MailOutbox", "No recipient address. Enter the client's e-mail in the To field."
            )
        )
    for address in addresses:
        user, at, domain = address.rpartition("@")
        if not at or not user or "." not in domain or " " in address:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "MailOutbox",
                    "«{address}» is not an e-mail address. Correct it in the To field.",
                ),
                address=address,
            )


def queue(session: Session, outgoing: OutgoingMail, *, sender: str = "") -> Queued:
    """Put the message and its timeline entry into the store, in the caller's transaction."""
    check_addresses(outgoing.recipients)
    if not outgoing.subject.strip():
        raise _err(
            QT_TRANSLATE_NOOP("MailOutbox", "The e-mail has no subject. Fill in the Subject field.")
        )
    interaction_id = None
    if outgoing.client_id and session.get(Client, outgoing.client_id) is not None:
        description = outgoing.body.strip()
        if outgoing.attachment_name:
            description = f"{description}\n\n📎 {outgoing.attachment_name}".strip()
        description = f"→ {', '.join(outgoing.recipients)}\n\n{description}"
        logged = interactions.add(
            session,
            interactions.InteractionDraft(
                client_id=outgoing.client_id,
                kind=InteractionKind.EMAIL,
                when=local_now(),
                subject=outgoing.timeline_subject or f"Sent: {outgoing.subject}",
                text=description,
                contact_id=_contact_of(session, outgoing),
                manager_id=outgoing.manager_id,
            ),
        )
        interaction_id = logged.interaction_id
    domain = sender.rpartition("@")[2] or None
    entry = MailOutboxEntry(
        client_id=outgoing.client_id,
        interaction_id=interaction_id,
        recipients=", ".join(outgoing.recipients),
        subject=outgoing.subject.strip(),
        body=outgoing.body,
        attachment_name=outgoing.attachment_name,
        attachment=outgoing.attachment or None,
        message_id=make_msgid(domain=domain),
        status=MailStatus.PENDING.value,
    )
    session.add(entry)
    session.flush()
    log.info("queued mail %s to %s", entry.id, entry.recipients)
    return Queued(entry.id, interaction_id)


def _contact_of(session: Session, outgoing: OutgoingMail) -> str | None:
    """The contact the mail goes to: the one given, else the one whose address was chosen."""
    if outgoing.contact_id:
        contact = session.get(Contact, outgoing.contact_id)
        if contact is not None and contact.client_id == outgoing.client_id:
            return contact.id
        return None
    wanted = {a.lower() for a in outgoing.recipients}
    for contact in session.scalars(select(Contact).where(Contact.client_id == outgoing.client_id)):
        if contact.email and contact.email.strip().lower() in wanted:
            return contact.id
    return None


def enqueue(store: Store, outgoing: OutgoingMail, *, sender: str = "") -> Queued:
    """`queue` in a transaction of its own: the mail and its timeline entry, or neither."""
    with store.transaction() as session:
        return queue(session, outgoing, sender=sender)


# --- delivery ---------------------------------------------------------------------------------


class _Refused(Exception):
    """The server answered DATA with a refusal: it did not accept the message."""


def recover_interrupted(session: Session, at: datetime) -> int:
    """Settle claims left by an earlier run (crash, kill, power cut); returns how many."""
    stale = session.scalars(
        select(MailOutboxEntry).where(
            MailOutboxEntry.status.in_([MailStatus.SENDING.value, MailStatus.HANDED_OVER.value]),
            MailOutboxEntry.claimed_by != RUN_TOKEN,
            MailOutboxEntry.last_attempt_at < at - STALE_AFTER,
        )
    ).all()
    for entry in stale:
        if entry.status == MailStatus.SENDING.value:
            entry.status = MailStatus.PENDING.value  # the server never got its DATA: retry
        else:
            entry.status = MailStatus.UNCONFIRMED.value
            entry.last_error = _store_text(
                text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "MailOutbox",
                        "Interrupted while the mail server was receiving the message: it may "
                        "have been sent. Check your Sent folder, then send it again or mark it "
                        "as sent.",
                    ),
                )
            )
        entry.claimed_by = ""
        log.warning("mail %s interrupted in an earlier run: now %s", entry.id, entry.status)
    return len(stale)


def _store_text(message: Text | None) -> str:
    """A `Text` kept as JSON, so the outbox view shows the reason in the user's language."""
    if message is None:
        return ""
    args = {k: str(v) for k, v in message.args.items()}
    return json.dumps({"context": message.context, "source": message.source, "args": args})


def stored_text(raw: str) -> Text | None:
    """The reason `_store_text` kept (plain text from elsewhere comes back as is)."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Text(data["context"], data["source"], dict(data.get("args", {})))
    except (ValueError, KeyError, TypeError):
        return Text(_CTX, "{reason}", {"reason": raw})


def _claim(store: Store, entry_id: int, at: datetime) -> bool:
    with store.transaction() as session:
        claimed = session.execute(
            update(MailOutboxEntry)
            .where(
                MailOutboxEntry.id == entry_id,
                MailOutboxEntry.status == MailStatus.PENDING.value,
            )
            .values(
                status=MailStatus.SENDING.value,
                claimed_by=RUN_TOKEN,
                attempts=MailOutboxEntry.attempts + 1,
                last_attempt_at=at,
            )
        )
        return bool(claimed.rowcount)  # type: ignore[attr-defined]


def _set(store: Store, entry_id: int, status: MailStatus, error: Text | None = None) -> None:
    with store.transaction() as session:
        entry = session.get(MailOutboxEntry, entry_id)
        if entry is None:
            return
        entry.status = status.value
        entry.last_error = _store_text(error)
        if status in (MailStatus.PENDING, MailStatus.SENT, MailStatus.UNCONFIRMED):
            entry.claimed_by = ""
        if status is MailStatus.SENT:
            entry.sent_at = local_now()


def _message(entry: MailOutboxEntry, settings: mail.SmtpSettings) -> bytes:
    attachments = (
        [
            mail.Attachment(
                entry.attachment_name or "document.pdf",
                entry.attachment,
                mail.mime_type_for(entry.attachment_name or "document.pdf"),
            )
        ]
        if entry.attachment
        else []
    )
    message = mail.build_message(
        settings, split_addresses(entry.recipients), entry.subject, entry.body, attachments
    )
    del message["Message-ID"]
    message["Message-ID"] = entry.message_id  # the same on every retry: servers may dedupe
    return message.as_bytes(policy=policy.SMTP)


def _transmit(
    settings: mail.SmtpSettings,
    password: str | None,
    sender: str,
    recipients: Sequence[str],
    payload: bytes,
    before_data: Callable[[], None],
    ssl_context: ssl.SSLContext | None,
) -> None:
    """One SMTP exchange; `before_data` runs (and commits) just before the DATA command."""
    context = ssl_context or ssl.create_default_context()
    if settings.security is mail.Security.SSL:
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        client.ehlo()
        if settings.security is mail.Security.STARTTLS:
            client.starttls(context=context)
            client.ehlo()
        if settings.user:
            client.login(settings.user, password or "")
        code, reply = client.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for address in recipients:
            code, reply = client.rcpt(address)
            if code not in (250, 251):
                refused[address] = (code, reply)
        if len(refused) == len(recipients):
            raise smtplib.SMTPRecipientsRefused(refused)
        before_data()
        code, reply = client.data(payload)
        if code != 250:
            raise _Refused(smtplib.SMTPDataError(code, reply))
    finally:
        try:
            client.quit()
        except Exception:  # the message is settled; a failed goodbye changes nothing
            client.close()


def deliver_pending(
    store: Store,
    settings: mail.SmtpSettings,
    password: str | None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    now: datetime | None = None,
) -> DeliveryResult:
    """Send every pending message, oldest first; safe to call from several places at once.

    Stops early when the server cannot be reached (the rest waits for the next connection) or
    when `cancelled()` says so between messages.
    """
    at = now or local_now()
    with store.transaction() as session:
        recover_interrupted(session, at)
        ids = list(
            session.scalars(
                select(MailOutboxEntry.id)
                .where(MailOutboxEntry.status == MailStatus.PENDING.value)
                .order_by(MailOutboxEntry.id)
            )
        )
    if not settings.host.strip():
        return DeliveryResult(
            remaining=len(ids),
            awaiting_decision=unconfirmed_count(store),
            not_configured=bool(ids),
        )
    sent = failed = unconfirmed = 0
    errors: list[Text] = []
    unreachable = False
    for done, entry_id in enumerate(ids):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(text(_CTX, QT_TRANSLATE_NOOP("MailOutbox", "Sending e-mail")), done, len(ids))
        if not _claim(store, entry_id, at if now else local_now()):
            continue  # another worker took it, or the user discarded it
        with store.session() as session:
            entry = session.get(MailOutboxEntry, entry_id)
            assert entry is not None
            recipients = split_addresses(entry.recipients)
        phase = {"data": False}

        def before_data(entry_id: int = entry_id, phase: dict[str, bool] = phase) -> None:
            _set(store, entry_id, MailStatus.HANDED_OVER)
            phase["data"] = True

        try:
            payload = _message(entry, settings)
            sender = settings.sender or settings.user
            _transmit(settings, password, sender, recipients, payload, before_data, ssl_context)
        except Exception as exc:
            refused = isinstance(exc, _Refused)
            cause = exc.args[0] if refused else exc
            explained = cause if isinstance(cause, UserError) else mail._explain(cause, settings)
            maybe_sent = phase["data"] and not refused
            if maybe_sent and not isinstance(cause, smtplib.SMTPResponseException):
                # The connection broke while the server was taking the message: it may be sent.
                _set(store, entry_id, MailStatus.UNCONFIRMED, explained.message)
                unconfirmed += 1
            else:
                _set(store, entry_id, MailStatus.PENDING, explained.message)
                failed += 1
            log.info("mail %s not sent: %s", entry_id, explained)
            if explained.message not in errors:
                errors.append(explained.message)
            unreachable = isinstance(explained, mail.MailUnreachable)
            if not refused and not isinstance(cause, smtplib.SMTPRecipientsRefused):
                break  # offline, a login or TLS problem: the next messages would fail the same
            continue
        _set(store, entry_id, MailStatus.SENT)
        sent += 1
        log.info("mail %s sent to %s", entry_id, ", ".join(recipients))
    if progress is not None:
        progress("", len(ids), len(ids))
    return DeliveryResult(
        sent=sent,
        failed=failed,
        unconfirmed=unconfirmed,
        remaining=pending_count(store),
        awaiting_decision=unconfirmed_count(store),
        unreachable=unreachable,
        errors=tuple(errors),
    )


# --- the outbox view's actions ----------------------------------------------------------------


def pending_count(store: Store) -> int:
    """Messages waiting to go (pending or being sent), for the status bar."""
    with store.session() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    MailOutboxEntry.status.in_(
                        [
                            MailStatus.PENDING.value,
                            MailStatus.SENDING.value,
                            MailStatus.HANDED_OVER.value,
                        ]
                    )
                )
            )
            or 0
        )


def unconfirmed_count(store: Store) -> int:
    """Messages that may or may not have gone: they wait for the user's decision."""
    with store.session() as session:
        return int(
            session.scalar(
                select(func.count()).where(MailOutboxEntry.status == MailStatus.UNCONFIRMED.value)
            )
            or 0
        )


def unsent(store: Store) -> list[MailSummary]:
    """Every message not yet sent, oldest first."""
    with store.session() as session:
        rows = session.execute(
            select(MailOutboxEntry, Client.name)
            .outerjoin(Client, Client.id == MailOutboxEntry.client_id)
            .where(MailOutboxEntry.status != MailStatus.SENT.value)
            .order_by(MailOutboxEntry.id)
        ).all()
        return [
            MailSummary(
                id=entry.id,
                created_at=entry.created_at,
                client_name=name or "",
                recipients=entry.recipients,
                subject=entry.subject,
                status=MailStatus(entry.status),
                attempts=entry.attempts,
                error=stored_text(entry.last_error),
            )
            for entry, name in rows
        ]


def send_again(store: Store, entry_id: int) -> None:
    """The user checked: an unconfirmed message did not arrive, so it goes again."""
    with store.transaction() as session:
        entry = session.get(MailOutboxEntry, entry_id)
        if entry is not None and entry.status == MailStatus.UNCONFIRMED.value:
            entry.status = MailStatus.PENDING.value


def mark_sent(store: Store, entry_id: int) -> None:
    """The user checked: an unconfirmed message did arrive."""
    with store.transaction() as session:
        entry = session.get(MailOutboxEntry, entry_id)
        if entry is not None and entry.status == MailStatus.UNCONFIRMED.value:
            entry.status = MailStatus.SENT.value
            entry.sent_at = local_now()


def discard(store: Store, entry_id: int) -> bool:
    """Drop a message that has not gone (pending or unconfirmed); True if it was dropped."""
    with store.transaction() as session:
        entry = session.get(MailOutboxEntry, entry_id)
        if entry is None or entry.status not in (
            MailStatus.PENDING.value,
            MailStatus.UNCONFIRMED.value,
        ):
            return False
        session.delete(entry)
        return True


def status_by_interaction(
    session: Session, interaction_ids: Sequence[str]
) -> dict[str, MailStatus]:
    """Where the e-mail behind each timeline entry is, so the timeline can say "waiting to be
    sent" until the server took it (entries without a queued e-mail are left out)."""
    if not interaction_ids:
        return {}
    rows = session.execute(
        select(MailOutboxEntry.interaction_id, MailOutboxEntry.status).where(
            MailOutboxEntry.interaction_id.in_(list(interaction_ids))
        )
    )
    return {str(iid): MailStatus(status) for iid, status in rows if iid}
