"""A document sent by e-mail reaches an SMTP server on loopback (aiosmtpd), PDF attached, Cyrillic
subject and file name intact; failures come back as messages that say what to check."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from wholesale_desk.documents import render_invoice, samples, suggested_filename
from wholesale_desk.i18n import UserError
from wholesale_desk.mail import (
    Attachment,
    MailUnreachable,
    Security,
    SmtpSettings,
    build_message,
    send_document,
)

USER, PASSWORD = "manager@severveter.ru", "s3cret-Pa55"
SUBJECT = "Счет на оплату № ОВ-000123 от 05.03.2026"
BODY = "Добрый день!\n\nНаправляем счет на оплату.\n\nС уважением, Смирнов Алексей"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"

    def only_message(self) -> EmailMessage:
        assert len(self.envelopes) == 1
        message = message_from_bytes(self.envelopes[0].content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def check_login(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, for the STARTTLS and SSL servers."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def client_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


@pytest.fixture
def plain_server() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def starttls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context(certificate),
        require_starttls=True,
        authenticator=check_login,
        auth_required=True,
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def ssl_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        ssl_context=server_context(certificate),
        authenticator=check_login,
        auth_required=True,
        auth_require_tls=False,  # the whole connection is TLS; aiosmtpd only knows STARTTLS
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def invoice_attachment() -> Attachment:
    data = samples.invoice(5)
    return Attachment(suggested_filename(data), render_invoice(data))


def test_invoice_arrives_attached_with_cyrillic_subject_and_filename(
    plain_server: tuple[Inbox, int], invoice_attachment: Attachment
) -> None:
    inbox, port = plain_server
    settings = SmtpSettings(
        "127.0.0.1",
        port,
        Security.NONE,
        sender="sales@severveter.ru",
        sender_name="ООО «Северный ветер»",
    )
    message_id = send_document(
        settings, None, "buh@romashka.ru", SUBJECT, BODY, [invoice_attachment]
    )
    envelope = inbox.envelopes[0]
    assert envelope.mail_from == "sales@severveter.ru"
    assert envelope.rcpt_tos == ["buh@romashka.ru"]
    headers = envelope.content.split(b"\r\n\r\n", 1)[0]
    headers.decode("ascii")  # every header encoded for 7-bit transport
    message = inbox.only_message()
    assert message["Subject"] == SUBJECT
    assert message["Message-ID"] == message_id
    assert message["From"].addresses[0].display_name == "ООО «Северный ветер»"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").strip() == BODY
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    pdf = attachments[0]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "Счет на оплату № ОВ-000123 от 05.03.2026.pdf"
    assert pdf.get_content() == invoice_attachment.content


def test_starttls_with_login_delivers(
    starttls_server: tuple[Inbox, int],
    certificate: tuple[Path, Path],
    invoice_attachment: Attachment,
) -> None:
    inbox, port = starttls_server
    settings = SmtpSettings("127.0.0.1", port, Security.STARTTLS, user=USER)
    send_document(
        settings,
        PASSWORD,
        ["buh@romashka.ru", "director@romashka.ru"],
        SUBJECT,
        BODY,
        [invoice_attachment],
        ssl_context=client_context(certificate),
    )
    assert inbox.envelopes[0].rcpt_tos == ["buh@romashka.ru", "director@romashka.ru"]
    assert inbox.only_message()["From"] == USER


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_ssl_with_login_delivers(
    ssl_server: tuple[Inbox, int], certificate: tuple[Path, Path], invoice_attachment: Attachment
) -> None:
    inbox, port = ssl_server
    settings = SmtpSettings(
        "127.0.0.1", port, Security.SSL, user=USER, sender="sales@severveter.ru"
    )
    send_document(
        settings,
        PASSWORD,
        "buh@romashka.ru",
        SUBJECT,
        BODY,
        [invoice_attachment],
        ssl_context=client_context(certificate),
    )
    assert inbox.only_message()["Subject"] == SUBJECT


def test_wrong_password_says_to_check_the_login(
    starttls_server: tuple[Inbox, int], certificate: tuple[Path, Path]
) -> None:
    inbox, port = starttls_server
    settings = SmtpSettings("127.0.0.1", port, Security.STARTTLS, user=USER)
    with pytest.raises(UserError, match="rejected the user name or password") as caught:
        send_document(
            settings,
            "wrong",
            "buh@romashka.ru",
            SUBJECT,
            BODY,
            ssl_context=client_context(certificate),
        )
    assert not isinstance(caught.value, MailUnreachable)
    assert "wrong" not in str(caught.value)  # the password never appears in messages
    assert inbox.envelopes == []


def test_untrusted_certificate_is_a_secure_connection_error(
    starttls_server: tuple[Inbox, int],
) -> None:
    _, port = starttls_server
    settings = SmtpSettings("127.0.0.1", port, Security.STARTTLS, user=USER)
    with pytest.raises(UserError, match="secure connection"):
        send_document(settings, PASSWORD, "buh@romashka.ru", SUBJECT, BODY)


def test_starttls_against_a_server_without_it_names_the_setting(
    plain_server: tuple[Inbox, int],
) -> None:
    _, port = plain_server
    settings = SmtpSettings("127.0.0.1", port, Security.STARTTLS, sender="sales@severveter.ru")
    with pytest.raises(UserError, match="STARTTLS"):
        send_document(settings, None, "buh@romashka.ru", SUBJECT, BODY)


def test_no_server_listening_is_unreachable_so_the_caller_can_retry_later() -> None:
    settings = SmtpSettings(
        "127.0.0.1", free_port(), Security.NONE, sender="sales@severveter.ru", timeout=5
    )
    with pytest.raises(MailUnreachable, match="Cannot connect"):
        send_document(settings, None, "buh@romashka.ru", SUBJECT, BODY)


def test_non_latin_password_is_explained(
    starttls_server: tuple[Inbox, int], certificate: tuple[Path, Path]
) -> None:
    _, port = starttls_server
    settings = SmtpSettings("127.0.0.1", port, Security.STARTTLS, user=USER)
    with pytest.raises(UserError, match="non-Latin"):
        send_document(
            settings,
            "пароль",
            "buh@romashka.ru",
            SUBJECT,
            BODY,
            ssl_context=client_context(certificate),
        )


def test_message_needs_a_sender_and_a_recipient() -> None:
    with pytest.raises(UserError, match="sender"):
        build_message(SmtpSettings("smtp.example.ru"), ["a@b.ru"], SUBJECT, BODY)
    with pytest.raises(UserError, match="recipient"):
        build_message(SmtpSettings("smtp.example.ru", sender="a@b.ru"), [" "], SUBJECT, BODY)


def test_named_cyrillic_recipient_is_encoded_and_delivered(
    plain_server: tuple[Inbox, int],
) -> None:
    inbox, port = plain_server
    settings = SmtpSettings("127.0.0.1", port, Security.NONE, sender="sales@severveter.ru")
    send_document(settings, None, ["Бухгалтерия «Ромашки» <buh@romashka.ru>"], SUBJECT, BODY)
    assert inbox.envelopes[0].rcpt_tos == ["buh@romashka.ru"]
    headers = inbox.envelopes[0].content.split(b"\r\n\r\n", 1)[0]
    headers.decode("ascii")
    to = inbox.only_message()["To"]
    assert to.addresses[0].display_name == "Бухгалтерия «Ромашки»"
