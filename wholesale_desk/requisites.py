"""Offline checks of Russian company requisites: ИНН, КПП, ОГРН/ОГРНИП, БИК, bank accounts.

Each `check_*` returns None when the value is valid, or a translatable `Text` saying why not,
so a card can flag a bad requisite from 1C without dropping it. The generators build valid
numbers for tests and the demo company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text

__all__ = [
    "account_check_digit",
    "check_account",
    "check_bik",
    "check_corr_account",
    "check_inn",
    "check_kpp",
    "check_ogrn",
    "corr_account_check_digit",
    "inn10_check_digit",
    "inn12_check_digits",
    "make_account",
    "make_corr_account",
    "ogrn_check_digit",
]

_CTX = "Requisites"
"""The translation context; QT_TRANSLATE_NOOP repeats it literally, as lupdate cannot read a name."""
_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_ACCOUNT_WEIGHTS = (7, 1, 3)
_ACCOUNT_WEIGHTS23 = (_ACCOUNT_WEIGHTS * 8)[:23]
_KPP = re.compile(r"\d{4}[\dA-Z]{2}\d{3}")
_ACCOUNT_KEY_INDEX = 8
"""The key is the 9th digit of a 20-digit account."""


def _weighted(digits: str, weights: Sequence[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


@dataclass(frozen=True)
class _Messages:
    """Whole sentences per requisite, so a translator sees "ИНН", not an untranslated argument."""

    empty: str
    not_digits: str
    length: str  # formatted with {expected} and {actual}
    mismatch: str


_INN = _Messages(
    QT_TRANSLATE_NOOP("Requisites", "INN is empty"),
    QT_TRANSLATE_NOOP("Requisites", "INN must contain digits only"),
    QT_TRANSLATE_NOOP("Requisites", "INN must have {expected} digits, not {actual}"),
    QT_TRANSLATE_NOOP("Requisites", "Invalid INN: check digit mismatch"),
)
_OGRN = _Messages(
    QT_TRANSLATE_NOOP("Requisites", "OGRN is empty"),
    QT_TRANSLATE_NOOP("Requisites", "OGRN must contain digits only"),
    QT_TRANSLATE_NOOP("Requisites", "OGRN must have {expected} digits, not {actual}"),
    QT_TRANSLATE_NOOP("Requisites", "Invalid OGRN: check digit mismatch"),
)
_BIK = _Messages(
    QT_TRANSLATE_NOOP("Requisites", "BIK is empty"),
    QT_TRANSLATE_NOOP("Requisites", "BIK must contain digits only"),
    QT_TRANSLATE_NOOP("Requisites", "BIK must have {expected} digits, not {actual}"),
    "",
)
_ACCOUNT = _Messages(
    QT_TRANSLATE_NOOP("Requisites", "Settlement account is empty"),
    QT_TRANSLATE_NOOP("Requisites", "Settlement account must contain digits only"),
    QT_TRANSLATE_NOOP("Requisites", "Settlement account must have {expected} digits, not {actual}"),
    QT_TRANSLATE_NOOP("Requisites", "Invalid settlement account: check digit mismatch"),
)
_CORR = _Messages(
    QT_TRANSLATE_NOOP("Requisites", "Correspondent account is empty"),
    QT_TRANSLATE_NOOP("Requisites", "Correspondent account must contain digits only"),
    QT_TRANSLATE_NOOP(
        "Requisites", "Correspondent account must have {expected} digits, not {actual}"
    ),
    QT_TRANSLATE_NOOP("Requisites", "Invalid correspondent account: check digit mismatch"),
)


def _digits_problem(value: str, messages: _Messages, lengths: Sequence[int]) -> Text | None:
    """The common part of every check: empty, non-digits, wrong length."""
    if not value:
        return text(_CTX, messages.empty)
    if not (value.isascii() and value.isdigit()):
        return text(_CTX, messages.not_digits)
    if len(value) not in lengths:
        expected = " / ".join(str(n) for n in lengths)
        return text(_CTX, messages.length, expected=expected, actual=len(value))
    return None


def inn10_check_digit(first9: str) -> str:
    """The 10th digit of a company INN from its first nine."""
    return str(_weighted(first9, _INN10_WEIGHTS) % 11 % 10)


def inn12_check_digits(first10: str) -> str:
    """The 11th and 12th digits of a person's (sole trader's) INN from its first ten."""
    d11 = str(_weighted(first10, _INN11_WEIGHTS) % 11 % 10)
    d12 = str(_weighted(first10 + d11, _INN12_WEIGHTS) % 11 % 10)
    return d11 + d12


def check_inn(inn: str) -> Text | None:
    """Validate a 10-digit (company) or 12-digit (person) INN by its check digits."""
    inn = inn.strip()
    m = _INN
    if problem := _digits_problem(inn, m, (10, 12)):
        return problem
    expected = inn10_check_digit(inn[:9]) if len(inn) == 10 else inn12_check_digits(inn[:10])
    return None if inn.endswith(expected) else text(_CTX, m.mismatch)


def check_kpp(kpp: str) -> Text | None:
    """Validate a KPP's shape: 4 digits, 2 digits or Latin capitals, 3 digits; it has no key."""
    kpp = kpp.strip()
    if not kpp:
        return text(_CTX, QT_TRANSLATE_NOOP("Requisites", "KPP is empty"))
    if len(kpp) != 9:
        return text(
            _CTX,
            QT_TRANSLATE_NOOP("Requisites", "KPP must have {expected} characters, not {actual}"),
            expected=9,
            actual=len(kpp),
        )
    if not _KPP.fullmatch(kpp):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Requisites", "KPP must be 4 digits, 2 digits or Latin capitals, then 3 digits"
            ),
        )
    return None


def ogrn_check_digit(first: str) -> str:
    """The last digit of an OGRN (12 digits given) or OGRNIP (14 digits given).

    Both end in `mod 10`: stdnum forgets it for OGRNIP and would demand "10" as one digit.
    """
    modulus = 11 if len(first) == 12 else 13
    return str(int(first) % modulus % 10)


def check_ogrn(ogrn: str) -> Text | None:
    """Validate a 13-digit OGRN (company) or a 15-digit OGRNIP (sole trader)."""
    ogrn = ogrn.strip()
    m = _OGRN
    if problem := _digits_problem(ogrn, m, (13, 15)):
        return problem
    return None if ogrn[-1] == ogrn_check_digit(ogrn[:-1]) else text(_CTX, m.mismatch)


def check_bik(bik: str) -> Text | None:
    """Validate a BIK: 9 digits starting with 04 (bank) or 00 (treasury); it has no key."""
    bik = bik.strip()
    m = _BIK
    if problem := _digits_problem(bik, m, (9,)):
        return problem
    if not bik.startswith(("04", "00")):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Requisites", "BIK must start with 04 (a bank) or 00 (a treasury office)"
            ),
        )
    return None


def _key_digit(prefix3: str, account: str) -> str:
    """The key that makes Σ(dᵢ·wᵢ) over prefix + account ≡ 0 (mod 10); the key's weight is 3."""
    zeroed = account[:_ACCOUNT_KEY_INDEX] + "0" + account[_ACCOUNT_KEY_INDEX + 1 :]
    total = _weighted(prefix3 + zeroed, _ACCOUNT_WEIGHTS23)
    return str(total % 10 * 3 % 10)


def account_check_digit(bik: str, account: str) -> str:
    """The key (9th digit) of a 20-digit settlement account at the bank `bik`."""
    return _key_digit(bik[-3:], account)


def corr_account_check_digit(bik: str, corr_account: str) -> str:
    """The key (9th digit) of a bank's 20-digit correspondent account."""
    return _key_digit("0" + bik[4:6], corr_account)


def make_account(bik: str, body: str) -> str:
    """A valid settlement account: `body` is its 19 digits without the key (first 8, last 11)."""
    draft = body[:_ACCOUNT_KEY_INDEX] + "0" + body[_ACCOUNT_KEY_INDEX:]
    key = account_check_digit(bik, draft)
    return draft[:_ACCOUNT_KEY_INDEX] + key + draft[_ACCOUNT_KEY_INDEX + 1 :]


def make_corr_account(bik: str) -> str:
    """The usual correspondent account of the bank `bik`: 30101 810 K 0000000 + BIK[-3:]."""
    draft = "30101810" + "0" + "00000000" + bik[-3:]
    key = corr_account_check_digit(bik, draft)
    return draft[:_ACCOUNT_KEY_INDEX] + key + draft[_ACCOUNT_KEY_INDEX + 1 :]


def _is_treasury(bik: str) -> bool:
    return bik.startswith("00")


def check_account(account: str, bik: str) -> Text | None:
    """Validate a 20-digit settlement account against its bank's BIK by the account key.

    Treasury accounts (03…, or any account at a treasury BIK 00…) have no standard key, so only
    their shape is checked. A BIK that is itself invalid is reported as such.
    """
    account, bik = account.strip(), bik.strip()
    m = _ACCOUNT
    if problem := _digits_problem(account, m, (20,)):
        return problem
    if account.startswith("03") or _is_treasury(bik):
        return None
    if bik_problem := check_bik(bik):
        return bik_problem
    return (
        None
        if account[_ACCOUNT_KEY_INDEX] == account_check_digit(bik, account)
        else text(_CTX, m.mismatch)
    )


def check_corr_account(corr_account: str, bik: str) -> Text | None:
    """Validate a bank's correspondent account: 30101…, ends with BIK[-3:], key over "0"+BIK[4:6].

    Treasury offices (BIK 00…) have a single treasury account instead, checked for shape only.
    """
    corr_account, bik = corr_account.strip(), bik.strip()
    m = _CORR
    if problem := _digits_problem(corr_account, m, (20,)):
        return problem
    if bik_problem := check_bik(bik):
        return bik_problem
    if _is_treasury(bik):
        return None
    if not corr_account.startswith("30101"):
        return text(
            _CTX, QT_TRANSLATE_NOOP("Requisites", "Correspondent account must start with 30101")
        )
    if not corr_account.endswith(bik[-3:]):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Requisites",
                "Correspondent account must end with the BIK's last three digits {tail}",
            ),
            tail=bik[-3:],
        )
    if corr_account[_ACCOUNT_KEY_INDEX] != corr_account_check_digit(bik, corr_account):
        return text(_CTX, m.mismatch)
    return None
