"""Sending documents by e-mail over SMTP.

The password is passed in by the caller (who reads it from the OS keyring); it is never stored
or logged here. Failures become `UserError`s that say what to check; a failure to reach the
server at all is a `MailUnreachable`, so the caller can keep the message in the outbox and retry
on the next connection instead of bothering the user.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from enum import StrEnum

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text

log = logging.getLogger(__name__)


class Security(StrEnum):
    """How the connection is protected: port 465 is usually SSL, 587 STARTTLS, 25 none."""

    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""  # empty: the server needs no login
    sender: str = ""  # the From address; the user name when empty
    sender_name: str = ""  # "ООО «Северный ветер», Смирнов Алексей"
    timeout: float = 30.0


@dataclass(frozen=True)
class Attachment:
    filename: str  # may be Cyrillic: "Счет на оплату № 123 от 05.03.2026.pdf"
    content: bytes
    mime_type: str = "application/pdf"


class MailUnreachable(UserError):
    """The mail server could not be reached: worth retrying later, the message is fine."""


def build_message(
    settings: SmtpSettings,
    to: Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    *,
    cc: Sequence[str] = (),
    reply_to: str = "",
) -> EmailMessage:
    """A MIME message with UTF-8 text and the attachments; Cyrillic headers and file names are
    encoded (RFC 2047 / RFC 2231) so that any mail client shows them right."""
    sender = settings.sender or settings.user
    if not sender:
        raise UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail", "No sender address is set. Fill in Settings → E-mail → Sender address."
                ),
            )
        )
    recipients = [address.strip() for address in to if address.strip()]
    if not recipients:
        raise UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail", "No recipient address. Enter the client's e-mail in the To field."
                ),
            )
        )
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = _address(sender, settings.sender_name)
    message["To"] = ", ".join(recipients)
    if cc:
        message["Cc"] = ", ".join(cc)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(body, charset="utf-8")
    for attachment in attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.content,
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message


def _address(address: str, display_name: str) -> Address | str:
    if not display_name:
        return address
    user, _, domain = address.rpartition("@")
    return Address(display_name=display_name, username=user, domain=domain)


def send_document(
    settings: SmtpSettings,
    password: str | None,
    to: Sequence[str] | str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    *,
    cc: Sequence[str] = (),
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Send one message and return its Message-ID (for the client's timeline).

    `ssl_context` defaults to the system's trusted CAs with host name checking; tests and
    companies with their own CA pass their own.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    message = build_message(settings, recipients, subject, body, attachments, cc=cc)
    context = ssl_context or ssl.create_default_context()
    try:
        if settings.security is Security.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            client.ehlo()
            if settings.security is Security.STARTTLS:
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                client.login(settings.user, password or "")
            client.send_message(message)
    except UserError:
        raise
    except Exception as exc:
        raise _explain(exc, settings) from exc
    log.info("sent %r to %s", subject, ", ".join(recipients))
    return str(message["Message-ID"])


def _explain(exc: Exception, settings: SmtpSettings) -> UserError:
    """Turn an SMTP, TLS or socket failure into a message that says what to check."""
    server = f"{settings.host}:{settings.port}"
    for explain in (_explain_login, _explain_refusal, _explain_connection):
        error = explain(exc, settings, server)
        if error is not None:
            return error
    return UserError(
        text(
            "Mail",
            QT_TRANSLATE_NOOP("Mail", "Sending the e-mail failed: {reason}."),
            reason=str(exc),
        )
    )


def _explain_login(exc: Exception, settings: SmtpSettings, server: str) -> UserError | None:
    """The login failed: wrong credentials, no login on this connection, no STARTTLS."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server {server} rejected the user name or password for {user}. "
                    "Check them in Settings → E-mail (some providers need an app password).",
                ),
                server=server,
                user=settings.user,
            )
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError) and "AUTH" in str(exc).upper():
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server {server} does not accept a login on this connection. "
                    "Check the security setting in Settings → E-mail (servers usually accept "
                    "a login only over SSL or STARTTLS), or clear the user name.",
                ),
                server=server,
            )
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server {server} does not offer STARTTLS. Choose SSL (usually "
                    "port 465) or no encryption in Settings → E-mail.",
                ),
                server=server,
            )
        )
    if isinstance(exc, UnicodeEncodeError):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail user name or password contains non-Latin characters, which SMTP "
                    "login does not allow. Check the keyboard layout and Settings → E-mail.",
                ),
            )
        )
    return None


def _explain_refusal(exc: Exception, settings: SmtpSettings, server: str) -> UserError | None:
    """The server talked but refused a recipient, the sender or the message."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server refused the recipient address {addresses}. Check the address.",
                ),
                addresses=", ".join(exc.recipients),
            )
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server refused the sender address {sender}: {reply}. Check the "
                    "sender address in Settings → E-mail.",
                ),
                sender=exc.sender,
                reply=_reply(exc.smtp_error),
            )
        )
    if isinstance(exc, smtplib.SMTPResponseException) and not isinstance(
        exc, smtplib.SMTPConnectError
    ):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server {server} refused the message: {reply}.",
                ),
                server=server,
                reply=_reply(exc.smtp_error),
            )
        )
    return None


def _explain_connection(exc: Exception, settings: SmtpSettings, server: str) -> UserError | None:
    """No conversation at all: TLS failed, the host is unknown or unreachable."""
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return UserError(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The secure connection to {server} failed ({reason}). Check the security "
                    "setting (SSL for port 465, STARTTLS for 587) in Settings → E-mail.",
                ),
                server=server,
                reason=getattr(exc, "reason", None) or str(exc),
            )
        )
    if isinstance(exc, socket.gaierror):
        return MailUnreachable(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "The mail server {host} was not found. Check the server name in Settings → "
                    "E-mail and the network connection.",
                ),
                host=settings.host,
            )
        )
    if isinstance(exc, OSError | smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError):
        return MailUnreachable(
            text(
                "Mail",
                QT_TRANSLATE_NOOP(
                    "Mail",
                    "Cannot connect to the mail server {server} ({reason}). Check the network "
                    "connection and Settings → E-mail.",
                ),
                server=server,
                reason=str(exc) or type(exc).__name__,
            )
        )
    return None


def _reply(smtp_error: bytes | str) -> str:
    if isinstance(smtp_error, bytes):
        return smtp_error.decode("utf-8", "replace")
    return smtp_error
