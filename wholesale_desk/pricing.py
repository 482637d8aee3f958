"""The terms engine: what this client pays for these goods on this date, and why.

One pure function, `price_order`, implements DOMAIN.md "Individual terms and prices": price
type resolution, base price, automatic discounts (the best one applies), manual discount caps
by cooperation model and role, approval, VAT per line then summed, bonuses, payment due dates
and credit control. The order editor, the commercial offer, the invoice and the `price` CLI all
call it, so a price never differs between screen and paper.

Decisions where DOMAIN.md is silent (documented here so services and GUI agree):
- The price type is resolved once per order; a product without a price of that type gets
  "no price" and is not looked up in another price type.
- The volume tier counts this order at list prices (Σ line gross before discounts): counting it
  after discounts would make the discount depend on itself.
- The agreement discount and the volume tier are the automatic candidates; the larger percent
  wins, a tie goes to the agreement. The manual discount (a line's own, else the order's) comes
  on top of it and is what the model cap and the manager's limit apply to.
- A manager may give up to min(model cap, the company's manager limit) without approval; a head
  of sales up to the model cap. Beyond the model cap every order needs approval, even a head's,
  so each exception leaves a recorded approval. Deferral beyond the model cap, and a price after
  discounts below the purchase price, need approval too.
- "Prices include VAT" is per order (1C's ЦенаВключаетНДС is a document attribute). The
  purchase price is taken on the same VAT basis as the selling prices.
- Bonus points (1 point = 1 ₽) pay part of the order: they reduce what is to be paid, not the
  line amounts or VAT. Accrual shown for an order is what it will earn once paid in full.
- Payment stages: advance, prepayment and "regardless of shipment" stages count their shift
  from the order date, "after shipment" stages from the shipment date; amounts are
  round(to pay × percent) with the last stage taking the remainder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Protocol

from wholesale_desk.amount_words import format_date
from wholesale_desk.credit import CreditCheck, CreditMode, CreditStatus, check_credit
from wholesale_desk.discount_rules import (
    COMPANY_SOURCE,
    DEFAULT_SOURCE,
    QUARTER,
    Combine,
    ConditionKind,
    DiscountRule,
    Evaluation,
    Origin,
    PolicySource,
    RuleOutcome,
    VolumeCondition,
    evaluate,
)
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.loyalty import accrual, redeemable, redemption_cap
from wholesale_desk.money import (
    HUNDRED,
    ZERO,
    format_money,
    format_qty,
    round_money,
    round_qty,
    vat_inside,
    vat_on_top,
    vat_rate_for,
)

__all__ = [
    "DEFAULT_MODEL_CAPS",
    "DEFAULT_TIERS",
    "Agreement",
    "Combine",
    "CompanyPolicy",
    "ConditionKind",
    "CooperationModel",
    "CreditCheck",
    "CreditMode",
    "CreditStatus",
    "Discount",
    "DiscountRule",
    "DiscountSource",
    "LimitKind",
    "LineDraft",
    "ManualLimit",
    "MappingPriceBook",
    "ModelCaps",
    "OrderDraft",
    "Origin",
    "PaymentDue",
    "PaymentStage",
    "PolicySource",
    "PriceBook",
    "PriceSource",
    "PricedLine",
    "PricedOrder",
    "Role",
    "StageKind",
    "Terms",
    "TierHint",
    "VolumeCondition",
    "VolumeTier",
    "VolumeTiers",
    "explain",
    "payment_due_date",
    "price_line",
    "price_order",
    "to_json_dict",
    "vat_rate_for",
]

_CTX = "Pricing"
"""The translation context; QT_TRANSLATE_NOOP repeats it literally, as lupdate cannot read a name."""


# --- inputs ------------------------------------------------------------------------------------
class CooperationModel(StrEnum):
    """The client's cooperation model (partner, personalised, standard): it sets the manual
    discount and deferral caps (`DEFAULT_MODEL_CAPS`, the company's `CompanyPolicy.model_caps`).

    Which model a client is comes from the store: `services.cooperation.model_of` (one client)
    and `services.cooperation.sql_expression` (the client list), side by side."""

    STANDARD = "standard"
    PERSONALISED = "personalised"
    PARTNER = "partner"


class Role(StrEnum):
    MANAGER = "manager"
    HEAD_OF_SALES = "head_of_sales"


class StageKind(StrEnum):
    """A payment stage's kind; values are 1C's ВариантыКонтроляОплатыКлиентом names."""

    ADVANCE = "АвансДоОбеспечения"
    PREPAYMENT = "ПредоплатаДоОтгрузки"
    CREDIT = "КредитПослеОтгрузки"  # "regardless of shipment": counted from the order date
    CREDIT_AFTER_SHIPMENT = "КредитСдвиг"  # counted from the shipment date

    @property
    def from_shipment(self) -> bool:
        return self is StageKind.CREDIT_AFTER_SHIPMENT


@dataclass(frozen=True)
class PaymentStage:
    kind: StageKind
    percent: Decimal
    shift_days: int = 0


@dataclass(frozen=True)
class Agreement:
    """The client's agreement (Catalog_СоглашенияСКлиентами) as far as prices and payment go.

    `stages`, when given, replace `deferral_days`. Open-ended validity dates are None.
    `discount_percent` is the agreement's own discount where no discount rules come from 1C
    (there it is an unconditional СкидкиНаценки item acting on the agreement);
    `manual_cap` is ПроцентРучнойСкидки when ОграничиватьРучныеСкидки is set: not a discount,
    the most a manual discount may be under this agreement.
    """

    agreement_id: str
    name: str = ""
    price_type_id: str | None = None
    discount_percent: Decimal = ZERO
    manual_cap: Decimal | None = None
    deferral_days: int = 0
    stages: tuple[PaymentStage, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None

    def active_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class LimitKind(StrEnum):
    """What limits a manual discount: the cooperation model, the user, the agreement."""

    MODEL = "model"
    USER = "user"
    AGREEMENT = "agreement"


@dataclass(frozen=True)
class ManualLimit:
    """A manual-discount limit and where it is set; `percent` None: not restricted."""

    kind: LimitKind
    percent: Decimal | None
    source: PolicySource


@dataclass(frozen=True)
class Terms:
    """Everything about the client the engine needs, read from the local store.

    `debt` is the whole debt (its overdue part included); `quarter_net_shipments` is this
    calendar quarter's shipments less returns, before this order. None limits are not controlled.
    """

    client_id: str
    model: CooperationModel = CooperationModel.STANDARD
    agreement: Agreement | None = None
    client_price_type_id: str | None = None
    credit_limit: Decimal | None = None
    allowed_overdue: Decimal | None = None
    debt: Decimal = ZERO
    overdue_debt: Decimal = ZERO
    quarter_net_shipments: Decimal = ZERO
    bonus_balance: Decimal = ZERO
    # Automatic discounts as 1C defines them; None: the documented defaults (the agreement's
    # own discount and `CompanyPolicy.tiers`), labelled as defaults.
    discount_rules: tuple[DiscountRule, ...] | None = None
    discount_groups: Mapping[str, Combine] = field(default_factory=dict)
    skipped_rules: tuple[Text, ...] = ()
    # Net shipments before this order per accumulation period (Периодичность name); the
    # quarter falls back to `quarter_net_shipments`.
    period_volumes: Mapping[str, Decimal] = field(default_factory=dict)
    # The user's manual-discount limit from 1C (НастройкиПродажДляПользователей); None: the
    # documented default (`CompanyPolicy.manager_discount_limit` for a manager).
    user_limit: ManualLimit | None = None

    def volumes(self) -> Mapping[str, Decimal]:
        return {QUARTER: self.quarter_net_shipments, **self.period_volumes}


class PriceBook(Protocol):
    """Current prices by price type, and purchase prices (for the below-cost check)."""

    def price(self, price_type_id: str, product_id: str) -> Decimal | None: ...

    def purchase_price(self, product_id: str) -> Decimal | None: ...


@dataclass(frozen=True)
class MappingPriceBook:
    """A `PriceBook` over plain mappings: what tests, the CLI and the demo hand in."""

    prices: Mapping[tuple[str, str], Decimal]
    purchase: Mapping[str, Decimal] = field(default_factory=dict)

    def price(self, price_type_id: str, product_id: str) -> Decimal | None:
        return self.prices.get((price_type_id, product_id))

    def purchase_price(self, product_id: str) -> Decimal | None:
        return self.purchase.get(product_id)


@dataclass(frozen=True)
class VolumeTier:
    threshold: Decimal
    percent: Decimal


@dataclass(frozen=True)
class VolumeTiers:
    """Quarterly volume tiers: reaching a threshold (inclusive) gives its percent."""

    tiers: tuple[VolumeTier, ...] = (
        VolumeTier(Decimal(1_000_000), Decimal(15)),
        VolumeTier(Decimal(5_000_000), Decimal(20)),
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "tiers", tuple(sorted(self.tiers, key=lambda t: t.threshold)))

    def tier_for(self, volume: Decimal) -> VolumeTier | None:
        """The highest-percent tier whose threshold `volume` reaches."""
        reached = [t for t in self.tiers if volume >= t.threshold]
        return max(reached, key=lambda t: t.percent) if reached else None


DEFAULT_TIERS = VolumeTiers()


@dataclass(frozen=True)
class ModelCaps:
    discount_percent: Decimal
    deferral_days: int


DEFAULT_MODEL_CAPS: Mapping[CooperationModel, ModelCaps] = MappingProxyType(
    {
        CooperationModel.STANDARD: ModelCaps(Decimal(10), 0),
        CooperationModel.PERSONALISED: ModelCaps(Decimal(20), 30),
        CooperationModel.PARTNER: ModelCaps(Decimal(30), 60),
    }
)


@dataclass(frozen=True)
class CompanyPolicy:
    """The company's settings for terms; every default is DOMAIN.md's or stated here."""

    base_price_type_id: str
    tiers: VolumeTiers = DEFAULT_TIERS
    model_caps: Mapping[CooperationModel, ModelCaps] = field(
        default_factory=lambda: DEFAULT_MODEL_CAPS
    )
    manager_discount_limit: Decimal = Decimal(5)
    bonus_accrual_percent: Decimal = Decimal(3)
    bonus_redemption_cap_percent: Decimal = Decimal(20)
    credit_mode: CreditMode = CreditMode.WARN


@dataclass(frozen=True)
class LineDraft:
    """An order line as typed: `manual_discount_percent` None means "use the order's"."""

    product_id: str
    quantity: Decimal
    vat_rate: Decimal | None  # None: без НДС
    manual_discount_percent: Decimal | None = None


@dataclass(frozen=True)
class OrderDraft:
    """An order as the editor holds it. `deferral_days` overrides the agreement's when set."""

    order_date: date
    shipment_date: date
    lines: Sequence[LineDraft]
    prices_include_vat: bool = True
    manual_discount_percent: Decimal | None = None
    bonus_to_redeem: Decimal = ZERO
    unsent_orders_total: Decimal = ZERO
    role: Role = Role.MANAGER
    deferral_days: int | None = None


# --- outputs -----------------------------------------------------------------------------------
class PriceSource(StrEnum):
    AGREEMENT = "agreement"
    CLIENT = "client"
    COMPANY = "company"


class DiscountSource(StrEnum):
    AGREEMENT = "agreement"
    VOLUME = "volume"
    MANUAL = "manual"  # typed on the line
    ORDER = "order"  # typed for the whole order

    @property
    def automatic(self) -> bool:
        return self in (DiscountSource.AGREEMENT, DiscountSource.VOLUME)


@dataclass(frozen=True)
class Discount:
    source: DiscountSource
    percent: Decimal
    amount: Decimal
    reason: Text
    origin: PolicySource = DEFAULT_SOURCE
    rule: str = ""  # the 1C discount's name, for an automatic one


@dataclass(frozen=True)
class PricedLine:
    """A priced line. `errors` make it unsendable; `approval_reasons` need a head's approval."""

    product_id: str
    quantity: Decimal
    price_type_id: str | None
    price_source: PriceSource
    price_reason: Text
    base_price: Decimal | None
    purchase_price: Decimal | None
    gross: Decimal
    auto_discount: Discount | None
    manual_discount: Discount | None
    passed_over: tuple[Discount, ...]
    amount: Decimal
    vat_rate: Decimal | None
    vat_included: bool
    vat_amount: Decimal
    total: Decimal
    errors: tuple[Text, ...]
    approval_reasons: tuple[Text, ...]
    extra_auto: tuple[Discount, ...] = ()  # more automatic ones, where a group adds them up
    manual_limit: ManualLimit | None = None  # the limit in force for a manual discount
    skipped_rules: tuple[Text, ...] = ()

    @property
    def discounts(self) -> tuple[Discount, ...]:
        """The discounts that were applied: the automatic ones, then the manual one."""
        return tuple(
            d for d in (self.auto_discount, *self.extra_auto, self.manual_discount) if d is not None
        )

    @property
    def discount_amount(self) -> Decimal:
        return sum((d.amount for d in self.discounts), ZERO)

    @property
    def problems(self) -> tuple[Text, ...]:
        """Everything to flag at the line: errors first, then what needs approval."""
        return self.errors + self.approval_reasons

    @property
    def is_valid(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class TierHint:
    """ "Add `amount_needed` ₽ to reach the `percent`% tier"."""

    amount_needed: Decimal
    threshold: Decimal
    percent: Decimal
    message: Text


@dataclass(frozen=True)
class PaymentDue:
    kind: StageKind | None  # None: a single payment by deferral days
    due_date: date
    percent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PricedOrder:
    lines: tuple[PricedLine, ...]
    gross: Decimal
    discount_total: Decimal
    amount: Decimal
    vat: Decimal
    total: Decimal
    price_type_id: str | None
    price_source: PriceSource
    quarter_volume: Decimal  # the quarter's net shipments + this order at list prices
    tier: VolumeTier | None
    next_tier_hint: TierHint | None
    bonus_cap: Decimal
    bonus_redeemed: Decimal
    bonus_accrual: Decimal
    to_pay: Decimal  # total - bonus redeemed
    deferral_days: int
    payments: tuple[PaymentDue, ...]
    needs_approval: bool
    approval_reasons: tuple[Text, ...]  # order level and every line's
    credit: CreditCheck
    errors: tuple[Text, ...]  # order level (lines carry their own)
    auto_percent: Decimal = ZERO  # the automatic discount every line gets (all rules combined)
    manual_limits: tuple[ManualLimit, ...] = ()  # every limit on a manual discount, with source
    skipped_rules: tuple[Text, ...] = ()  # discount rules 1C defines that were not evaluated

    @property
    def due_date(self) -> date:
        """The last payment's due date."""
        return max(p.due_date for p in self.payments)

    @property
    def problems(self) -> tuple[Text, ...]:
        """Everything to show at the order: errors (order, then lines), then approval reasons."""
        out = list(self.errors)
        for line in self.lines:
            out.extend(e for e in line.errors if e not in out)
        return (*out, *self.approval_reasons)

    @property
    def is_valid(self) -> bool:
        """Nothing half-valid goes to 1C: no errors anywhere and credit not blocked."""
        return (
            not self.errors
            and all(line.is_valid for line in self.lines)
            and self.credit.status is not CreditStatus.BLOCK
        )


# --- helpers -----------------------------------------------------------------------------------
@lru_cache(maxsize=512)
def _pct(x: Decimal) -> str:
    """A percent as people write it ("5", "2,5"); cached: a 200-line order reuses a few values."""
    return format_qty(x)


def _active_agreement(terms: Terms, on: date) -> Agreement | None:
    a = terms.agreement
    return a if a is not None and a.active_on(on) else None


def _resolve_price_type(
    terms: Terms, policy: CompanyPolicy, agreement: Agreement | None, on: date
) -> tuple[str, PriceSource, Text]:
    """Agreement valid on `on` → the client's own price type → the company's base wholesale.

    The reason names an agreement that exists but is not valid on `on`, so nobody wonders why
    its prices did not apply.
    """
    if agreement is not None and agreement.price_type_id:
        return (
            agreement.price_type_id,
            PriceSource.AGREEMENT,
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Price type of the agreement {agreement}"),
                agreement=agreement.name or agreement.agreement_id,
            ),
        )
    lapsed = terms.agreement if agreement is None else None
    lapsed_args = {
        "agreement": (lapsed.name or lapsed.agreement_id) if lapsed else "",
        "date": format_date(on),
    }
    if terms.client_price_type_id:
        source = (
            QT_TRANSLATE_NOOP(
                "Pricing",
                "The agreement {agreement} is not valid on {date}: the client's own price type",
            )
            if lapsed
            else QT_TRANSLATE_NOOP("Pricing", "The client's own price type")
        )
        return terms.client_price_type_id, PriceSource.CLIENT, text(_CTX, source, **lapsed_args)
    source = (
        QT_TRANSLATE_NOOP(
            "Pricing",
            "The agreement {agreement} is not valid on {date}: "
            "the company's base wholesale price type",
        )
        if lapsed
        else QT_TRANSLATE_NOOP("Pricing", "The company's base wholesale price type")
    )
    return policy.base_price_type_id, PriceSource.COMPANY, text(_CTX, source, **lapsed_args)


def _schedule(
    agreement: Agreement | None, override_days: int | None, order_date: date, shipment_date: date
) -> tuple[tuple[tuple[StageKind | None, Decimal, date], ...], int]:
    """Payment stages as (kind, percent, due date), and the deferral they amount to in days."""
    if override_days is None and agreement is not None and agreement.stages:
        stages = tuple(
            (
                s.kind,
                s.percent,
                (shipment_date if s.kind.from_shipment else order_date)
                + timedelta(days=s.shift_days),
            )
            for s in agreement.stages
        )
        deferral = max(0, *((due - shipment_date).days for _, _, due in stages))
        return stages, deferral
    days = (
        override_days
        if override_days is not None
        else (agreement.deferral_days if agreement else 0)
    )
    return ((None, HUNDRED, shipment_date + timedelta(days=days)),), days


def payment_due_date(terms: Terms, order_date: date, shipment_date: date) -> date:
    """The last payment due date under the client's terms (for the `price` CLI and offers)."""
    stages, _ = _schedule(_active_agreement(terms, order_date), None, order_date, shipment_date)
    return max(due for _, _, due in stages)


def _model_cap_reason(model: CooperationModel, percent: Decimal, cap: Decimal) -> Text:
    sources = {
        CooperationModel.STANDARD: QT_TRANSLATE_NOOP(
            "Pricing", "Discount {percent}% exceeds the {cap}% cap of the standard model"
        ),
        CooperationModel.PERSONALISED: QT_TRANSLATE_NOOP(
            "Pricing", "Discount {percent}% exceeds the {cap}% cap of the personalised model"
        ),
        CooperationModel.PARTNER: QT_TRANSLATE_NOOP(
            "Pricing", "Discount {percent}% exceeds the {cap}% cap of the partner model"
        ),
    }
    return text(_CTX, sources[model], percent=_pct(percent), cap=_pct(cap))


def _deferral_cap_reason(model: CooperationModel, days: int, cap: int) -> Text:
    sources = {
        CooperationModel.STANDARD: QT_TRANSLATE_NOOP(
            "Pricing", "Deferral of {days} days exceeds the {cap}-day cap of the standard model"
        ),
        CooperationModel.PERSONALISED: QT_TRANSLATE_NOOP(
            "Pricing", "Deferral of {days} days exceeds the {cap}-day cap of the personalised model"
        ),
        CooperationModel.PARTNER: QT_TRANSLATE_NOOP(
            "Pricing", "Deferral of {days} days exceeds the {cap}-day cap of the partner model"
        ),
    }
    return text(_CTX, sources[model], days=days, cap=cap)


_AUTO_REASON = {
    DiscountSource.AGREEMENT: QT_TRANSLATE_NOOP(
        "Pricing", "Agreement {agreement} discount {percent}%: -{amount}"
    ),
    DiscountSource.VOLUME: QT_TRANSLATE_NOOP(
        "Pricing",
        "Volume tier {percent}%: the quarter's shipments with this order come to {volume}, "
        "the tier starts at {threshold}: -{amount}",
    ),
}
_ONE_OFF_REASON = QT_TRANSLATE_NOOP(
    "Pricing",
    "Discount {name} {percent}%: this order comes to {volume}, the condition is {threshold}: "
    "-{amount}",
)
_PERIOD_REASON = QT_TRANSLATE_NOOP(
    "Pricing",
    "Discount {name} {percent}%: sales per {period} with this order come to {volume}, "
    "the condition is {threshold}: -{amount}",
)
_OTHER_REASON = QT_TRANSLATE_NOOP("Pricing", "Discount {name} {percent}%: -{amount}")
_PASSED_REASON = {
    DiscountSource.AGREEMENT: QT_TRANSLATE_NOOP(
        "Pricing", "Agreement discount {percent}% not applied: a larger discount applies"
    ),
    DiscountSource.VOLUME: QT_TRANSLATE_NOOP(
        "Pricing", "Volume tier {percent}% not applied: a larger discount applies"
    ),
}
_MANUAL_REASON = {
    DiscountSource.MANUAL: QT_TRANSLATE_NOOP("Pricing", "Manual discount {percent}%: -{amount}"),
    DiscountSource.ORDER: QT_TRANSLATE_NOOP("Pricing", "Order discount {percent}%: -{amount}"),
}


def _discount(
    source: DiscountSource,
    percent: Decimal,
    amount: Decimal,
    reason_source: str,
    origin: PolicySource = DEFAULT_SOURCE,
    rule: str = "",
    **args: Any,
) -> Discount:
    return Discount(
        source,
        percent,
        amount,
        text(_CTX, reason_source, percent=_pct(percent), amount=format_money(amount), **args),
        origin,
        rule,
    )


def _auto_discount(outcome: RuleOutcome, gross: Decimal, agreement: Agreement | None) -> Discount:
    """An applied rule as a discount on a line of `gross`, with the reason it applies."""
    rule = outcome.rule
    amount = round_money(gross * outcome.percent / HUNDRED)
    source = DiscountSource.AGREEMENT if rule.own else DiscountSource.VOLUME
    cond = rule.conditions[0] if rule.conditions else None
    args: dict[str, Any]
    if rule.own:
        reason, args = _AUTO_REASON[source], {"agreement": _agreement_name(agreement, rule)}
    elif cond is None:
        reason, args = _OTHER_REASON, {"name": rule.name}
    else:
        args = {
            "name": rule.name,
            "volume": format_money(outcome.measure if outcome.measure is not None else gross),
            "threshold": _threshold_text(cond),
            "period": cond.period.lower(),
        }
        if cond.kind is ConditionKind.ONE_OFF:
            args["volume"] = format_money(outcome.measure if outcome.measure is not None else ZERO)
            reason = _ONE_OFF_REASON
        elif cond.period == QUARTER and cond.at_least and rule.source.origin is Origin.DEFAULT:
            reason, args["threshold"] = _AUTO_REASON[source], format_money(cond.threshold)
        else:
            reason = _PERIOD_REASON
    return _discount(source, outcome.percent, amount, reason, rule.source, rule.name, **args)


def _agreement_name(agreement: Agreement | None, rule: DiscountRule) -> str:
    if agreement is not None:
        return agreement.name or agreement.agreement_id
    return rule.name


def _threshold_text(cond: VolumeCondition) -> Text:
    source = (
        QT_TRANSLATE_NOOP("Pricing", "at least {amount}")
        if cond.at_least
        else QT_TRANSLATE_NOOP("Pricing", "at most {amount}")
    )
    return text(_CTX, source, amount=format_money(cond.threshold))


def _next_tier_hint(
    rules: Sequence[DiscountRule], volume: Decimal, best: Decimal
) -> TierHint | None:
    """The nearest quarterly tier above `volume` that would beat the best automatic discount."""
    tiers = sorted(
        (
            VolumeTier(c.threshold, r.percent)
            for r in rules
            if r.unsupported is None and len(r.conditions) == 1
            for c in r.conditions
            if c.kind is ConditionKind.CUMULATIVE and c.period == QUARTER and c.at_least
        ),
        key=lambda t: t.threshold,
    )
    for tier in tiers:
        if tier.threshold > volume and tier.percent > best:
            needed = tier.threshold - volume
            return TierHint(
                needed,
                tier.threshold,
                tier.percent,
                text(
                    _CTX,
                    QT_TRANSLATE_NOOP("Pricing", "Add {amount} ₽ to reach the {percent}% tier"),
                    amount=format_money(needed),
                    percent=_pct(tier.percent),
                ),
            )
    return None


# --- the engine --------------------------------------------------------------------------------
# `price_order` runs three passes: lines (quantity, price, gross), discounts (automatic and
# manual, amount, VAT, per-line checks) and the order (totals, schedule, bonus, credit). The
# gross of every line must be known before any discount: it feeds the volume tier.


@dataclass(frozen=True)
class _OrderTerms:
    """What every line of one order shares: the agreement, price type and caps in force."""

    agreement: Agreement | None
    price_type_id: str
    price_source: PriceSource
    price_reason: Text
    caps: ModelCaps
    role_limit: Decimal
    limits: tuple[ManualLimit, ...]


@dataclass
class _GrossLine:
    """A line after the first pass: quantity, prices and gross, and what was wrong with them."""

    line: LineDraft
    qty: Decimal
    base: Decimal | None
    purchase: Decimal | None
    gross: Decimal
    errors: list[Text]


@dataclass(frozen=True)
class _Automatic:
    """The automatic discounts of the order: the tier reached, the best candidate, the rest."""

    volume: Decimal
    tier: VolumeTier | None
    evaluation: Evaluation
    rules: tuple[DiscountRule, ...]


def price_order(
    terms: Terms, policy: CompanyPolicy, prices: PriceBook, draft: OrderDraft
) -> PricedOrder:
    """Price a whole order under the client's terms; pure, O(lines), one price lookup per line.

    Rounding is 1C's: gross = round(qty × price); each discount = round(gross × % / 100);
    amount = gross - discounts; VAT from the line amount; document VAT = Σ line VAT.
    """
    setting = _order_terms(terms, policy, draft)
    staged = [_gross_line(line, prices, setting.price_type_id) for line in draft.lines]
    automatic = _automatic(terms, policy, setting.agreement, sum((s.gross for s in staged), ZERO))
    priced: list[PricedLine] = []
    approval: list[Text] = []
    for staged_line in staged:
        line = _discounted_line(staged_line, terms, draft, setting, automatic)
        priced.append(line)
        approval.extend(r for r in line.approval_reasons if r not in approval)  # one reason
    return _order_totals(terms, policy, draft, setting, automatic, priced, approval)


def _order_terms(terms: Terms, policy: CompanyPolicy, draft: OrderDraft) -> _OrderTerms:
    agreement = _active_agreement(terms, draft.order_date)
    price_type_id, price_source, price_reason = _resolve_price_type(
        terms, policy, agreement, draft.order_date
    )
    caps = policy.model_caps[terms.model]
    limits = _manual_limits(terms, policy, draft, agreement, caps)
    restricting = [lim.percent for lim in limits[1:] if lim.percent is not None]
    role_limit = min([caps.discount_percent, *restricting])
    return _OrderTerms(
        agreement, price_type_id, price_source, price_reason, caps, role_limit, limits
    )


def _manual_limits(
    terms: Terms,
    policy: CompanyPolicy,
    draft: OrderDraft,
    agreement: Agreement | None,
    caps: ModelCaps,
) -> tuple[ManualLimit, ...]:
    """The model cap (a company setting), the user's limit (1C, else the documented default for
    a manager; a head of sales has none by default) and the agreement's cap (1C), as УТ takes
    them: the smallest restricting one wins."""
    limits = [ManualLimit(LimitKind.MODEL, caps.discount_percent, COMPANY_SOURCE)]
    if terms.user_limit is not None:
        limits.append(terms.user_limit)
    elif draft.role is Role.MANAGER:
        limits.append(ManualLimit(LimitKind.USER, policy.manager_discount_limit, DEFAULT_SOURCE))
    if agreement is not None and agreement.manual_cap is not None:
        limits.append(
            ManualLimit(
                LimitKind.AGREEMENT,
                agreement.manual_cap,
                PolicySource(
                    Origin.ONEC,
                    f"Catalog_СоглашенияСКлиентами «{agreement.name or agreement.agreement_id}»",
                ),
            )
        )
    return tuple(limits)


def _gross_line(line: LineDraft, prices: PriceBook, price_type_id: str) -> _GrossLine:
    """Pass 1: quantity, prices and gross of one line."""
    errors: list[Text] = []
    qty = round_qty(line.quantity)
    base = prices.price(price_type_id, line.product_id)
    purchase = prices.purchase_price(line.product_id)
    if qty <= 0:
        errors.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Quantity must be greater than zero, not {qty}"),
                qty=format_qty(qty),
            )
        )
    if base is None:
        errors.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "No price of type {price_type}"),
                price_type=price_type_id,
            )
        )
    gross = round_money(qty * base) if base is not None and qty > 0 else ZERO
    return _GrossLine(line, qty, base, purchase, gross, errors)


def _automatic(
    terms: Terms, policy: CompanyPolicy, agreement: Agreement | None, order_gross: Decimal
) -> _Automatic:
    """The automatic discounts, the same for every line: 1C's rules, else the defaults."""
    volume = terms.quarter_net_shipments + order_gross
    rules = _rules(terms, policy, agreement)
    evaluation = evaluate(rules, terms.discount_groups, order_gross, terms.volumes())
    tier = None
    for outcome in evaluation.applied:
        for cond in outcome.rule.conditions:
            if cond.kind is ConditionKind.CUMULATIVE and cond.period == QUARTER:
                tier = VolumeTier(cond.threshold, outcome.rule.percent)
    skipped = (*terms.skipped_rules, *evaluation.skipped)
    evaluation = Evaluation(evaluation.applied, evaluation.passed_over, skipped)
    return _Automatic(volume, tier, evaluation, rules)


def _rules(
    terms: Terms, policy: CompanyPolicy, agreement: Agreement | None
) -> tuple[DiscountRule, ...]:
    """1C's rules acting on this client's agreement, else the documented defaults: the
    agreement's own discount and the quarterly volume tiers of `CompanyPolicy.tiers`."""
    if terms.discount_rules is not None:
        return terms.discount_rules
    rules: list[DiscountRule] = []
    if agreement is not None and agreement.discount_percent > 0:
        rules.append(
            DiscountRule(
                f"agreement:{agreement.agreement_id}",
                agreement.name or agreement.agreement_id,
                agreement.discount_percent,
                PolicySource(
                    Origin.ONEC,
                    f"Catalog_СоглашенияСКлиентами «{agreement.name or agreement.agreement_id}»",
                ),
                own=True,
            )
        )
    for i, tier in enumerate(policy.tiers.tiers):
        rules.append(
            DiscountRule(
                f"default-tier:{i}",
                f"{_pct(tier.percent)}%",
                tier.percent,
                DEFAULT_SOURCE,
                (VolumeCondition(ConditionKind.CUMULATIVE, tier.threshold),),
                order=Decimal(i + 1),
            )
        )
    return tuple(rules)


def _discounted_line(
    staged: _GrossLine,
    terms: Terms,
    draft: OrderDraft,
    setting: _OrderTerms,
    automatic: _Automatic,
) -> PricedLine:
    """Pass 2: discounts, amount, VAT and the checks of one line."""
    line, qty, base, purchase, gross = (
        staged.line,
        staged.qty,
        staged.base,
        staged.purchase,
        staged.gross,
    )
    errors = staged.errors
    autos = [_auto_discount(o, gross, setting.agreement) for o in automatic.evaluation.applied]
    auto = autos[0] if autos else None
    passed = tuple(
        _discount(
            DiscountSource.AGREEMENT if o.rule.own else DiscountSource.VOLUME,
            o.percent,
            round_money(gross * o.percent / HUNDRED),
            _PASSED_REASON[DiscountSource.AGREEMENT if o.rule.own else DiscountSource.VOLUME],
            o.rule.source,
            o.rule.name,
        )
        for o in automatic.evaluation.passed_over
    )
    auto_amount = min(sum((d.amount for d in autos), ZERO), gross)
    manual, line_approval = _manual_discount(
        line, draft, gross, auto_amount, terms.model, setting, errors
    )
    amount = gross - auto_amount - (manual.amount if manual is not None else ZERO)
    if (
        purchase is not None
        and qty > 0
        and base is not None
        and amount < round_money(qty * purchase)
    ):
        line_approval.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Pricing",
                    "Price after discounts {price} is below the purchase price {purchase}",
                ),
                price=format_money(amount / qty),
                purchase=format_money(purchase),
            )
        )
    if line.vat_rate is None:
        vat = ZERO
    elif draft.prices_include_vat:
        vat = vat_inside(amount, line.vat_rate)
    else:
        vat = vat_on_top(amount, line.vat_rate)
    return PricedLine(
        product_id=line.product_id,
        quantity=qty,
        price_type_id=setting.price_type_id,
        price_source=setting.price_source,
        price_reason=setting.price_reason,
        base_price=base,
        purchase_price=purchase,
        gross=gross,
        auto_discount=auto if auto is not None and gross > 0 else None,
        manual_discount=manual if gross > 0 else None,
        passed_over=passed if gross > 0 else (),
        amount=amount,
        vat_rate=line.vat_rate,
        vat_included=draft.prices_include_vat,
        vat_amount=vat,
        total=amount if draft.prices_include_vat else amount + vat,
        errors=tuple(errors),
        approval_reasons=tuple(line_approval),
        extra_auto=tuple(autos[1:]) if gross > 0 else (),
        manual_limit=_binding_limit(setting),
        skipped_rules=automatic.evaluation.skipped,
    )


def _binding_limit(setting: _OrderTerms) -> ManualLimit:
    """The limit a manual discount meets first (the smallest; the model cap on a tie)."""
    return min(
        (lim for lim in setting.limits if lim.percent is not None),
        key=lambda lim: lim.percent or ZERO,
    )


def _manual_discount(
    line: LineDraft,
    draft: OrderDraft,
    gross: Decimal,
    auto_amount: Decimal,
    model: CooperationModel,
    setting: _OrderTerms,
    errors: list[Text],
) -> tuple[Discount | None, list[Text]]:
    """The line's own or the order's manual discount, and the approvals it needs.

    A percent out of range is added to `errors` (the line's list from pass 1)."""
    approvals: list[Text] = []
    if line.manual_discount_percent is not None:
        source, pct = DiscountSource.MANUAL, line.manual_discount_percent
    else:
        source, pct = DiscountSource.ORDER, draft.manual_discount_percent or ZERO
    if pct < 0 or pct > HUNDRED:
        errors.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "A discount must be from 0 to 100%, not {percent}%"),
                percent=_pct(pct),
            )
        )
        return None, approvals
    if pct == 0:
        return None, approvals
    # Never more than what the automatic discount left, so the amount stays ≥ 0.
    amount = min(round_money(gross * pct / HUNDRED), gross - auto_amount)
    manual = _discount(source, pct, amount, _MANUAL_REASON[source])
    cap = setting.caps.discount_percent
    if pct > cap:
        approvals.append(_model_cap_reason(model, pct, cap))
    elif pct > setting.role_limit:
        approvals.append(_limit_reason(_binding_limit(setting), pct))
    return manual, approvals


def _limit_reason(limit: ManualLimit, pct: Decimal) -> Text:
    """Why a manual discount needs approval: the limit it passed and where that limit is set."""
    if limit.kind is LimitKind.AGREEMENT:
        source = QT_TRANSLATE_NOOP(
            "Pricing",
            "Discount {percent}% exceeds the agreement's manual-discount limit of "
            "{limit}% ({where})",
        )
    elif limit.source.origin is Origin.ONEC:
        source = QT_TRANSLATE_NOOP(
            "Pricing", "Discount {percent}% exceeds your own limit of {limit}% ({where})"
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "Pricing", "Discount {percent}% exceeds your own limit of {limit}%"
        )
    return text(
        _CTX,
        source,
        percent=_pct(pct),
        limit=_pct(limit.percent or ZERO),
        where=limit.source.label(),
    )


def _order_errors(draft: OrderDraft) -> list[Text]:
    errors: list[Text] = []
    if not draft.lines:
        errors.append(text(_CTX, QT_TRANSLATE_NOOP("Pricing", "The order has no lines")))
    if draft.shipment_date < draft.order_date:
        errors.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Pricing", "The shipment date {shipment} is before the order date {order}"
                ),
                shipment=format_date(draft.shipment_date),
                order=format_date(draft.order_date),
            )
        )
    return errors


def _order_totals(
    terms: Terms,
    policy: CompanyPolicy,
    draft: OrderDraft,
    setting: _OrderTerms,
    automatic: _Automatic,
    priced: list[PricedLine],
    approval: list[Text],
) -> PricedOrder:
    """Pass 3: totals, payment schedule, deferral, bonuses and credit of the whole order."""
    order_errors = _order_errors(draft)
    amount_total = sum((p.amount for p in priced), ZERO)
    vat_total = sum((p.vat_amount for p in priced), ZERO)
    total = sum((p.total for p in priced), ZERO)

    stages, deferral = _schedule(
        setting.agreement, draft.deferral_days, draft.order_date, draft.shipment_date
    )
    stage_sum = sum((pct for _, pct, _ in stages), ZERO)
    if stage_sum != HUNDRED:
        order_errors.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Payment stages add up to {percent}%, not 100%"),
                percent=_pct(stage_sum),
            )
        )
    if deferral > setting.caps.deferral_days:
        approval.append(_deferral_cap_reason(terms.model, deferral, setting.caps.deferral_days))

    bonus_cap = redemption_cap(total, policy.bonus_redemption_cap_percent)
    bonus = redeemable(
        draft.bonus_to_redeem, terms.bonus_balance, total, policy.bonus_redemption_cap_percent
    )
    to_pay = total - bonus
    payments: list[PaymentDue] = []
    allocated = ZERO
    for i, (kind, pct, due) in enumerate(stages):
        share = to_pay - allocated if i == len(stages) - 1 else round_money(to_pay * pct / HUNDRED)
        allocated += share
        payments.append(PaymentDue(kind, due, pct, share))

    credit = check_credit(
        debt=terms.debt,
        overdue=terms.overdue_debt,
        this_order=to_pay,
        unsent=draft.unsent_orders_total,
        limit=terms.credit_limit,
        allowed_overdue=terms.allowed_overdue,
        mode=policy.credit_mode,
    )
    order_gross_total = sum((p.gross for p in priced), ZERO)
    return PricedOrder(
        lines=tuple(priced),
        gross=order_gross_total,
        discount_total=order_gross_total - amount_total,
        amount=amount_total,
        vat=vat_total,
        total=total,
        price_type_id=setting.price_type_id,
        price_source=setting.price_source,
        quarter_volume=automatic.volume,
        tier=automatic.tier,
        next_tier_hint=_next_tier_hint(
            automatic.rules, automatic.volume, automatic.evaluation.percent
        ),
        bonus_cap=bonus_cap,
        bonus_redeemed=bonus,
        bonus_accrual=accrual(to_pay, policy.bonus_accrual_percent),
        to_pay=to_pay,
        deferral_days=deferral,
        payments=tuple(payments),
        needs_approval=bool(approval),
        approval_reasons=tuple(approval),
        credit=credit,
        errors=tuple(order_errors),
        auto_percent=automatic.evaluation.percent,
        manual_limits=setting.limits,
        skipped_rules=automatic.evaluation.skipped,
    )


def price_line(
    terms: Terms,
    policy: CompanyPolicy,
    prices: PriceBook,
    product_id: str,
    quantity: Decimal,
    *,
    on: date,
    vat_rate: Decimal | None,
    shipment_date: date | None = None,
    prices_include_vat: bool = True,
    manual_discount_percent: Decimal | None = None,
    role: Role = Role.MANAGER,
) -> PricedLine:
    """Price one product as a one-line order (the `price` CLI, the product search dropdown)."""
    draft = OrderDraft(
        order_date=on,
        shipment_date=shipment_date or on,
        lines=(LineDraft(product_id, quantity, vat_rate, manual_discount_percent),),
        prices_include_vat=prices_include_vat,
        role=role,
    )
    return price_order(terms, policy, prices, draft).lines[0]


def to_json_dict(
    line: PricedLine,
    due_date: date,
    price_type_name: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """The `price --json` object (issue 6): money as decimal strings, dates as YYYY-MM-DD."""

    def money(x: Decimal | None) -> str | None:
        return None if x is None else f"{round_money(x):f}"

    def plain(x: Decimal | None) -> str | None:
        return None if x is None else f"{x.normalize():f}"

    pt = line.price_type_id
    return {
        "product": line.product_id,
        "price_type": (price_type_name(pt) if pt and price_type_name else None) or pt,
        "price_source": line.price_source.value,
        "base_price": money(line.base_price),
        "discounts": [
            {
                "source": d.source.value,
                "percent": plain(d.percent),
                "amount": money(d.amount),
                "rule": d.rule,
                **d.origin.as_json(),
            }
            for d in line.discounts
        ],
        "manual_limit": None
        if line.manual_limit is None
        else {
            "kind": line.manual_limit.kind.value,
            "percent": plain(line.manual_limit.percent),
            **line.manual_limit.source.as_json(),
        },
        "skipped_rules": [r.english() for r in line.skipped_rules],
        "quantity": plain(line.quantity),
        "gross": money(line.gross),
        "amount": money(line.amount),
        "vat_rate": plain(line.vat_rate),
        "vat_included": line.vat_included,
        "vat_amount": money(line.vat_amount),
        "total": money(line.total),
        "due_date": due_date.isoformat(),
        "problems": [p.english() for p in line.problems],
    }


def _source_line(origin: PolicySource) -> Text:
    return text(_CTX, QT_TRANSLATE_NOOP("Pricing", "  source: {where}"), where=origin.label())


def explain(
    line: PricedLine, price_type_name: Callable[[str], str | None] | None = None
) -> list[Text]:
    """The line's tooltip: price type and why, base price, each discount and its source, VAT."""
    out: list[Text] = [line.price_reason]
    if line.price_type_id is not None:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Price type: {price_type}"),
                price_type=(price_type_name(line.price_type_id) if price_type_name else None)
                or line.price_type_id,
            )
        )
    if line.base_price is not None:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Base price {price} × {qty} = {gross}"),
                price=format_money(line.base_price),
                qty=format_qty(line.quantity),
                gross=format_money(line.gross),
            )
        )
    for d in line.discounts:
        out.append(d.reason)
        out.append(_source_line(d.origin))
    out.extend(d.reason for d in line.passed_over)
    out.extend(line.skipped_rules)
    if line.manual_limit is not None and line.manual_limit.percent is not None:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "Manual discounts up to {limit}% ({where})"),
                limit=_pct(line.manual_limit.percent),
                where=line.manual_limit.source.label(),
            )
        )
    out.append(
        text(
            _CTX, QT_TRANSLATE_NOOP("Pricing", "Amount {amount}"), amount=format_money(line.amount)
        )
    )
    if line.vat_rate is None:
        out.append(text(_CTX, QT_TRANSLATE_NOOP("Pricing", "Without VAT")))
    elif line.vat_included:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "VAT {rate}% included: {vat}"),
                rate=_pct(line.vat_rate),
                vat=format_money(line.vat_amount),
            )
        )
    else:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP("Pricing", "VAT {rate}% on top: {vat}"),
                rate=_pct(line.vat_rate),
                vat=format_money(line.vat_amount),
            )
        )
    out.extend(line.problems)
    return out
