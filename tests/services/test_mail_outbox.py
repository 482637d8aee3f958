"""Mail waiting offline: a document "sent" with no server waits in the store with its timeline
entry, then reaches a loopback SMTP server (aiosmtpd) exactly once; a run interrupted before the
server took the message is retried, one interrupted while it did is left for the user."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parent))
from order_world import World, fresh

from wholesale_desk.mail import Security, SmtpSettings
from wholesale_desk.models import Contact, Interaction, MailOutboxEntry, MailStatus, now
from wholesale_desk.services import mail_outbox
from wholesale_desk.services.mail_outbox import OutgoingMail

PDF = b"%PDF-1.4 fake invoice"


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = fresh(tmp_path)
    with w.store.transaction() as s:
        s.add(Contact(client_id=w.client_id, name="Соколова Ольга", email="buh@romashka.ru"))
    return w


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def settings(port: int) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1",
        port=port,
        security=Security.NONE,
        sender="manager@krepezh.ru",
        timeout=5,
    )


def invoice_mail(w: World, to: str = "buh@romashka.ru") -> OutgoingMail:
    return OutgoingMail(
        recipients=(to,),
        subject="Счет на оплату № КО-000042 от 05.03.2026",
        body="Добрый день!\n\nСчет во вложении.",
        attachment_name="Счет на оплату № КО-000042 от 05.03.2026.pdf",
        attachment=PDF,
        client_id=w.client_id,
        manager_id=w.manager_id,
        timeline_subject="Отправлено: Счет на оплату № КО-000042 от 05.03.2026",
    )


def test_mail_sent_offline_waits_with_its_timeline_entry_then_goes_exactly_once(
    world: World, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_server
    queued = mail_outbox.enqueue(world.store, invoice_mail(world), sender="manager@krepezh.ru")

    offline = mail_outbox.deliver_pending(world.store, settings(free_port()), None)
    assert offline.sent == 0 and offline.unreachable and offline.remaining == 1
    with world.store.session() as s:
        entry = s.get(MailOutboxEntry, queued.entry_id)
        assert entry is not None and entry.status == MailStatus.PENDING
        assert entry.attempts == 1 and "Cannot connect" in entry.last_error
        interaction = s.get(Interaction, queued.interaction_id)
        assert interaction is not None and interaction.kind == "email"
        assert interaction.created_locally and interaction.client_id == world.client_id
        assert interaction.subject.startswith("Отправлено: Счет на оплату")
        assert interaction.contact_id is not None  # the contact whose address was chosen
    summaries = mail_outbox.unsent(world.store)
    assert [m.client_name for m in summaries] == ["Ромашка"]
    assert summaries[0].error is not None and "Cannot connect" in str(summaries[0].error)

    online = mail_outbox.deliver_pending(world.store, settings(port), None)
    assert (online.sent, online.remaining, online.errors) == (1, 0, ())
    again = mail_outbox.deliver_pending(world.store, settings(port), None)
    assert again.sent == 0
    assert len(inbox.envelopes) == 1
    message = message_from_bytes(inbox.envelopes[0].content, policy=policy.default)
    assert message["Subject"] == "Счет на оплату № КО-000042 от 05.03.2026"
    assert inbox.envelopes[0].rcpt_tos == ["buh@romashka.ru"]
    (attachment,) = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == "Счет на оплату № КО-000042 от 05.03.2026.pdf"
    assert attachment.get_content() == PDF
    assert mail_outbox.pending_count(world.store) == 0
    with world.store.session() as s:
        assert mail_outbox.status_by_interaction(s, [queued.interaction_id or ""]) == {
            queued.interaction_id: MailStatus.SENT
        }


def test_bad_address_is_refused_before_anything_is_written(world: World) -> None:
    with pytest.raises(mail_outbox.UserError):
        mail_outbox.enqueue(world.store, invoice_mail(world, to="buh at romashka"))
    with world.store.session() as s:
        assert s.query(MailOutboxEntry).count() == 0
        assert s.query(Interaction).count() == 0


def test_no_mail_server_set_up_keeps_mail_waiting(world: World) -> None:
    mail_outbox.enqueue(world.store, invoice_mail(world))
    result = mail_outbox.deliver_pending(world.store, SmtpSettings(host=""), None)
    assert result.not_configured and result.remaining == 1


def test_interrupted_before_data_is_retried_after_data_waits_for_the_user(
    world: World, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_server
    before = mail_outbox.enqueue(world.store, invoice_mail(world)).entry_id
    during = mail_outbox.enqueue(world.store, invoice_mail(world, "ceo@romashka.ru")).entry_id
    long_ago = now() - timedelta(hours=1)
    with world.store.transaction() as s:  # as a killed earlier run left them
        for entry_id, status in ((before, MailStatus.SENDING), (during, MailStatus.HANDED_OVER)):
            entry = s.get(MailOutboxEntry, entry_id)
            assert entry is not None
            entry.status, entry.claimed_by, entry.last_attempt_at = status, "old-run", long_ago

    result = mail_outbox.deliver_pending(world.store, settings(port), None)
    assert (result.sent, result.remaining, result.awaiting_decision) == (1, 0, 1)
    assert [e.rcpt_tos for e in inbox.envelopes] == [["buh@romashka.ru"]]
    (left,) = mail_outbox.unsent(world.store)
    assert left.id == during and left.status is MailStatus.UNCONFIRMED

    mail_outbox.send_again(world.store, during)  # the user checked the Sent folder: not there
    assert mail_outbox.deliver_pending(world.store, settings(port), None).sent == 1
    assert len(inbox.envelopes) == 2 and mail_outbox.unsent(world.store) == []


def test_mail_being_sent_by_this_run_is_not_taken_twice(
    world: World, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, port = smtp_server
    entry_id = mail_outbox.enqueue(world.store, invoice_mail(world)).entry_id
    with world.store.transaction() as s:  # another worker of this run is in the middle of it
        entry = s.get(MailOutboxEntry, entry_id)
        assert entry is not None
        entry.status, entry.claimed_by = MailStatus.SENDING, mail_outbox.RUN_TOKEN
        entry.last_attempt_at = now() - timedelta(hours=1)
    assert mail_outbox.deliver_pending(world.store, settings(port), None).sent == 0
    assert inbox.envelopes == []
