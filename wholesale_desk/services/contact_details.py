"""Phones and e-mails: checked on entry, and turned into links the system's dialer and mail open."""

from __future__ import annotations

import re
from urllib.parse import quote

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text

_CTX = "ContactDetails"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^[+\d\s()\-.]+$")


def check_email(email: str) -> Text | None:
    """None when `email` is empty or looks like an address; else the reason."""
    email = email.strip()
    if email and not _EMAIL.match(email):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP("ContactDetails", "Not an e-mail address (expected name@domain.ru)"),
        )
    return None


def check_phone(phone: str) -> Text | None:
    """None when `phone` is empty or a plausible number (7 to 15 digits); else the reason."""
    phone = phone.strip()
    if not phone:
        return None
    if not _PHONE_CHARS.match(phone):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "ContactDetails", "A phone may contain only digits, spaces, +, -, ( and )"
            ),
        )
    digits = re.sub(r"\D", "", phone)
    if not 7 <= len(digits) <= 15:
        return text(
            _CTX,
            QT_TRANSLATE_NOOP("ContactDetails", "A phone needs 7 to 15 digits, not {count}"),
            count=len(digits),
        )
    return None


def tel_url(phone: str) -> str:
    """`tel:+74951234567` (a Russian 8-prefix becomes +7)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("8"):
        digits = "7" + digits[1:]
    return f"tel:+{digits}" if digits else ""


def mailto_url(email: str) -> str:
    email = email.strip()
    return f"mailto:{quote(email, safe='@.+-_')}" if email else ""
