"""Generation of Russian requisites with correct check digits (DOMAIN.md "Requisites").

Generation, not validation: the validator lives in `wholesale_desk.requisites`; the demo
generator needs numbers that pass it (and real-world checkers like python-stdnum), so a client
card never flags a demo requisite as broken.
"""

from __future__ import annotations

import random

INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
ACCOUNT_WEIGHTS = (7, 1, 3)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def inn10(rng: random.Random, region: str, office: str) -> str:
    """A legal entity's INN: region (2) + tax office (2) + serial (5) + check digit."""
    first = region + office + _digits(rng, 5)
    return first + str(_weighted(first, INN10_WEIGHTS) % 11 % 10)


def inn12(rng: random.Random, region: str, office: str) -> str:
    """A sole trader's (or person's) INN: 10 digits + two check digits."""
    first = region + office + _digits(rng, 6)
    d11 = str(_weighted(first, INN11_WEIGHTS) % 11 % 10)
    d12 = str(_weighted(first + d11, INN12_WEIGHTS) % 11 % 10)
    return first + d11 + d12


def kpp(inn: str, reason: str = "01", serial: str = "001") -> str:
    """KPP of the tax office that registered the INN: office code (4) + reason (2) + serial (3)."""
    return inn[:4] + reason + serial


def ogrn(rng: random.Random, year: int, region: str) -> str:
    """A legal entity's OGRN: 1 + year (2) + region (2) + office (2) + serial (5) + check digit."""
    first = "1" + f"{year % 100:02d}" + region + _digits(rng, 7)
    return first + str(int(first) % 11 % 10)


def ogrnip(rng: random.Random, year: int, region: str) -> str:
    """A sole trader's OGRNIP: 3 + year (2) + region (2) + 9 digits + check digit."""
    first = "3" + f"{year % 100:02d}" + region + _digits(rng, 9)
    return first + str(int(first) % 13 % 10)


def bik(rng: random.Random, region: str = "4525") -> str:
    """A bank's BIK: 04 (Russia) + region code (4: 4525 is Moscow) + 3 digits."""
    return "04" + region + f"{rng.randint(100, 999)}"


def _with_key(prefix3: str, account: str) -> str:
    """Put the key digit (position 9) into a 20-digit account so that the check sum ≡ 0 mod 10."""
    zeroed = account[:8] + "0" + account[9:]
    total = _weighted(prefix3 + zeroed, ACCOUNT_WEIGHTS * 8)
    # The key sits at index 11 of the 23 digits: weight 3, and 3·7 ≡ 1 (mod 10).
    key = (-total * 7) % 10
    return account[:8] + str(key) + account[9:]


def account_key_ok(prefix3: str, account: str) -> bool:
    """The 7-1-3 rule over prefix + account (our own check for tests)."""
    digits = prefix3 + account
    return (
        len(account) == 20
        and account.isdigit()
        and _weighted(digits, ACCOUNT_WEIGHTS * 8) % 10 == 0
    )


def corr_account(bik_: str) -> str:
    """The bank's correspondent account at the Bank of Russia: 30101 810 K 00000000 + BIK[-3:]."""
    return _with_key("0" + bik_[4:6], "30101810" + "0" + "00000000" + bik_[-3:])


def settlement_account(rng: random.Random, bik_: str, kind: str = "40702") -> str:
    """A ruble current account in the bank: kind (5) + 810 + key + 11 digits (40702: a company,
    40802: a sole trader)."""
    return _with_key(bik_[-3:], kind + "810" + "0" + _digits(rng, 11))
