"""Every user setting and its default, in one Qt-free place.

The GUI stores settings through QSettings (`wholesale_desk.gui.settings`); the core and the CLI
read the same keys and defaults from here, so a default is never written twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", str, int, bool, bytes)

LANGUAGES = ("system", "ru", "en")
CREDIT_CONTROL_MODES = ("warn", "block")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A settings key with its typed default; the default's type is the stored value's type."""

    key: str
    default: T
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    @property
    def type(self) -> type:
        return type(self.default)

    def coerce(self, raw: object) -> T:
        """Turn a stored value (INI files keep text) into the default's type, or the default."""
        value: object
        try:
            if raw is None:
                return self.default
            if isinstance(self.default, bool):
                value = (
                    raw
                    if isinstance(raw, bool)
                    else str(raw).strip().lower() in {"true", "1", "yes", "on"}
                )
            elif isinstance(self.default, int):
                value = int(str(raw))
                if self.minimum is not None:
                    value = max(self.minimum, value)
                if self.maximum is not None:
                    value = min(self.maximum, value)
            elif isinstance(self.default, bytes):
                value = bytes(raw) if isinstance(raw, bytes | bytearray | memoryview) else b""
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[return-value]


# General
LANGUAGE = Setting("general/language", "system", choices=LANGUAGES)
"""UI language: "system" follows the OS locale (Russian under a Russian locale), else "ru"/"en"."""

# Sync with 1C
SYNC_INTERVAL_MINUTES = Setting("sync/interval_minutes", 15, minimum=1, maximum=24 * 60)
"""Minutes between background syncs while the app is open."""
SYNC_ON_START = Setting("sync/on_start", True)
"""Whether a sync starts as soon as the window opens."""
HISTORY_DEPTH_MONTHS = Setting("sync/history_depth_months", 24, minimum=1, maximum=120)
"""How many months of documents (orders, shipments, payments) the cache keeps from 1C."""
STALE_AFTER_HOURS = Setting("sync/stale_after_hours", 24, minimum=1, maximum=24 * 30)
"""Debts older than this (since the last successful sync) carry a warning beside them."""
ONEC_BASE_URL = Setting("onec/base_url", "")
"""The 1C publication's OData root (".../odata/standard.odata"); the password lives in the keyring."""
ONEC_USERNAME = Setting("onec/username", "")
"""The user's own 1C login name (never the password)."""

HEAD_OF_SALES = Setting("onec/head_of_sales", False)
"""The user approves orders beyond a manager's discount limit (1C's OData does not tell roles)."""

# Company policy
CREDIT_CONTROL_MODE = Setting("company/credit_control_mode", "warn", choices=CREDIT_CONTROL_MODES)
"""What an order over the credit limit does: "warn" lets it through with a warning, "block" stops it."""
PARTNER_SEGMENT = Setting("company/partner_segment", "")
"""The 1C segment whose clients get the partner cooperation model (DOMAIN.md)."""
OFFER_NOT_PUBLIC_NOTE = Setting("company/offer_not_public_note", True)
"""Print "не является публичной офертой" on commercial offers."""
PAYMENT_QR = Setting("company/payment_qr", True)
"""Print the ГОСТ Р 56042-2014 payment QR code on invoices and reminders, as 1C does."""

# E-mail (the SMTP password lives in the keyring, never here)
MAIL_SECURITIES = ("none", "starttls", "ssl")
MAIL_SMTP_HOST = Setting("mail/smtp_host", "")
"""The outgoing mail server, e.g. "smtp.yandex.ru"; empty: e-mail is not set up yet."""
MAIL_SMTP_PORT = Setting("mail/smtp_port", 587, minimum=1, maximum=65535)
MAIL_SMTP_SECURITY = Setting("mail/smtp_security", "starttls", choices=MAIL_SECURITIES)
"""How the connection is protected: "none", "starttls" (usually port 587) or "ssl" (465)."""
MAIL_SMTP_USER = Setting("mail/smtp_user", "")
"""The login on the mail server; empty when the server needs none."""
MAIL_SENDER = Setting("mail/sender", "")
"""The From address; the login when empty."""
MAIL_SENDER_NAME = Setting("mail/sender_name", "")
"""The name shown as the sender, e.g. "Смирнов Алексей, ООО «Северный ветер»"."""
MAIL_SUBJECT_TEMPLATE = Setting("mail/subject_template", "{title}")
"""Subject of a document's e-mail. Placeholders: {title} ("Счет на оплату № 12 от 05.03.2026"),
{document}, {number}, {date}, {client}, {manager}, {company}. The text goes to Russian clients,
so the default is Russian whatever the UI language."""
MAIL_BODY_TEMPLATE = Setting(
    "mail/body_template",
    "Добрый день!\n\nНаправляем Вам документ «{title}» (во вложении).\n\n"
    "С уважением,\n{manager}\n{company}",
)
"""Body of a document's e-mail, with the same placeholders as the subject."""
MANAGER_PHONE = Setting("documents/manager_phone", "")
"""The user's phone, printed on offers and reminders as the manager's contact."""

# Printing (the last page setup, so the next print starts from it)
PRINT_PRINTER_NAME = Setting("print/printer_name", "")
PRINT_PAGE_SIZE = Setting("print/page_size", "A4")
"""A `QPageSize` key such as "A4" or "Letter"."""
PRINT_ORIENTATION = Setting("print/orientation", "portrait", choices=("portrait", "landscape"))
DOCUMENTS_FOLDER = Setting("documents/last_folder", "")
"""Where the last PDF was saved; the next save dialog starts there."""

# Window (the GUI keeps Qt's opaque blobs here)
WINDOW_GEOMETRY = Setting("window/geometry", b"")
WINDOW_STATE = Setting("window/state", b"")
LAST_PAGE = Setting("window/last_page", "clients")

ALL: tuple[Setting, ...] = (  # type: ignore[type-arg]
    LANGUAGE,
    SYNC_INTERVAL_MINUTES,
    SYNC_ON_START,
    HISTORY_DEPTH_MONTHS,
    STALE_AFTER_HOURS,
    ONEC_BASE_URL,
    ONEC_USERNAME,
    HEAD_OF_SALES,
    CREDIT_CONTROL_MODE,
    PARTNER_SEGMENT,
    OFFER_NOT_PUBLIC_NOTE,
    PAYMENT_QR,
    MAIL_SMTP_HOST,
    MAIL_SMTP_PORT,
    MAIL_SMTP_SECURITY,
    MAIL_SMTP_USER,
    MAIL_SENDER,
    MAIL_SENDER_NAME,
    MAIL_SUBJECT_TEMPLATE,
    MAIL_BODY_TEMPLATE,
    MANAGER_PHONE,
    PRINT_PRINTER_NAME,
    PRINT_PAGE_SIZE,
    PRINT_ORIENTATION,
    DOCUMENTS_FOLDER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
)

SETTINGS_FILE_NAME = "settings.ini"
"""The settings file inside the data folder (QSettings INI format)."""
