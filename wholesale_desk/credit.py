"""Credit control: may this client take this order on credit (DOMAIN.md, terms rule 6)?

Debt (including its overdue part) + this order + the user's own not-yet-synced orders are held
against the credit limit; the overdue part against the allowed overdue. The company chooses
whether a breach warns or blocks. "Debt as of <last sync>" is the caller's to add: it knows
when the cache was filled.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.money import format_money

__all__ = ["CreditCheck", "CreditMode", "CreditStatus", "check_credit"]

_CTX = "Credit"
"""The translation context; QT_TRANSLATE_NOOP repeats it literally, as lupdate cannot read a name."""


class CreditMode(StrEnum):
    """What the company does when a client is over the limit."""

    WARN = "warn"
    BLOCK = "block"


class CreditStatus(StrEnum):
    OK = "ok"
    WARN = "warn"
    BLOCK = "block"


@dataclass(frozen=True)
class CreditCheck:
    """The figures behind the credit banner and the verdict, with reasons when not OK."""

    debt: Decimal
    overdue: Decimal
    this_order: Decimal
    unsent: Decimal
    limit: Decimal | None
    allowed_overdue: Decimal | None
    status: CreditStatus
    reasons: tuple[Text, ...]

    @property
    def exposure(self) -> Decimal:
        """What the client would owe once this and the unsent orders ship."""
        return self.debt + self.this_order + self.unsent

    @property
    def headroom(self) -> Decimal | None:
        """How much more fits under the limit (negative when over); None without a limit."""
        return None if self.limit is None else self.limit - self.exposure


def check_credit(
    *,
    debt: Decimal,
    overdue: Decimal,
    this_order: Decimal,
    unsent: Decimal,
    limit: Decimal | None,
    allowed_overdue: Decimal | None,
    mode: CreditMode,
) -> CreditCheck:
    """Hold debt + this order + unsent orders against `limit`, and overdue against its allowance.

    `debt` is the whole debt, its overdue part included; `None` limits are not controlled.
    """
    reasons: list[Text] = []
    exposure = debt + this_order + unsent
    if limit is not None and exposure > limit:
        reasons.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Credit",
                    "Debt {debt} + this order {order} + unsent orders {unsent} = {exposure} "
                    "exceeds the credit limit {limit}",
                ),
                debt=format_money(debt),
                order=format_money(this_order),
                unsent=format_money(unsent),
                exposure=format_money(exposure),
                limit=format_money(limit),
            )
        )
    if allowed_overdue is not None and overdue > allowed_overdue:
        reasons.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Credit", "Overdue debt {overdue} exceeds the allowed {allowed}"),
                overdue=format_money(overdue),
                allowed=format_money(allowed_overdue),
            )
        )
    if not reasons:
        status = CreditStatus.OK
    else:
        status = CreditStatus.BLOCK if mode is CreditMode.BLOCK else CreditStatus.WARN
    return CreditCheck(
        debt=debt,
        overdue=overdue,
        this_order=this_order,
        unsent=unsent,
        limit=limit,
        allowed_overdue=allowed_overdue,
        status=status,
        reasons=tuple(reasons),
    )
