"""Automatic discounts as 1C:УТ 11.5 defines them, evaluated for one order; pure, Qt-free.

A rule is a `Catalog_СкидкиНаценки` item giving a percent, with its conditions
(`Catalog_УсловияПредоставленияСкидокНаценок`): all must hold. The conditions the terms engine
evaluates are the sales-volume ones: `ЗаРазовыйОбъемПродаж` (this order) and
`ЗаНакопленныйОбъемПродаж` (the client's net shipments in the accumulation period, this order
added when the condition says so), each comparing the amount (`Сумма`) "not less than"
(`НеМенее`) or "not more than" (`НеБолее`) a threshold. A rule with any other condition is not
evaluated, and the order's explanation says which rule was skipped and why: a discount we cannot
check is never given by guess.

Rules combine as their group (the parent folder) says (`ВариантСовместногоПрименения`):
Максимум (the default: the best one), Минимум, Сложение (they add up), Умножение (each applies
to what the previous left), Вытеснение (the first by the group's order); groups then compete by
their result, the best wins.

Every rule carries its source (`PolicySource`): 1C with the object's name, a company setting, or
a documented default, so each figure the user sees can say where it came from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.money import HUNDRED, ZERO, format_money, format_qty

__all__ = [
    "Combine",
    "ConditionKind",
    "DiscountRule",
    "Evaluation",
    "Origin",
    "PolicySource",
    "RuleOutcome",
    "VolumeCondition",
    "evaluate",
    "skip_reason",
]

_CTX = "Policy"

QUARTER = "Квартал"


class Origin(StrEnum):
    """Where a policy figure comes from; the values are what `price --json` prints."""

    ONEC = "1c"
    COMPANY = "company_setting"
    DEFAULT = "default"


@dataclass(frozen=True)
class PolicySource:
    """A figure's source: `name` is the 1C object ("Catalog_СкидкиНаценки «…»") for ONEC."""

    origin: Origin
    name: str = ""

    def label(self) -> Text:
        if self.origin is Origin.ONEC:
            return text(_CTX, QT_TRANSLATE_NOOP("Policy", "1C: {name}"), name=self.name)
        if self.origin is Origin.COMPANY:
            return text(_CTX, QT_TRANSLATE_NOOP("Policy", "company setting"))
        return text(_CTX, QT_TRANSLATE_NOOP("Policy", "default"))

    def as_json(self) -> dict[str, str]:
        return {"origin": self.origin.value, "object": self.name}


DEFAULT_SOURCE = PolicySource(Origin.DEFAULT)
COMPANY_SOURCE = PolicySource(Origin.COMPANY)


class ConditionKind(StrEnum):
    """The condition kinds evaluated here (УсловияПредоставленияСкидокНаценок value names)."""

    ONE_OFF = "ЗаРазовыйОбъемПродаж"
    CUMULATIVE = "ЗаНакопленныйОбъемПродаж"


class Combine(StrEnum):
    """ВариантыСовместногоПримененияСкидокНаценок."""

    MIN = "Минимум"
    MAX = "Максимум"
    ADD = "Сложение"
    MULTIPLY = "Умножение"
    DISPLACE = "Вытеснение"

    @classmethod
    def parse(cls, value: str) -> Combine:
        try:
            return cls(value)
        except ValueError:
            return cls.MAX  # УТ's default for a group that does not say


@dataclass(frozen=True)
class VolumeCondition:
    """A sales-volume condition: the amount compared with `threshold`."""

    kind: ConditionKind
    threshold: Decimal
    at_least: bool = True  # НеМенее; False: НеБолее
    period: str = QUARTER  # Периодичность name, for the cumulative kind
    include_current: bool = True

    def measure(self, order_gross: Decimal, volumes: Mapping[str, Decimal]) -> Decimal:
        if self.kind is ConditionKind.ONE_OFF:
            return order_gross
        past = volumes.get(self.period, ZERO)
        return past + order_gross if self.include_current else past

    def holds(self, order_gross: Decimal, volumes: Mapping[str, Decimal]) -> bool:
        value = self.measure(order_gross, volumes)
        return value >= self.threshold if self.at_least else value <= self.threshold


@dataclass(frozen=True)
class DiscountRule:
    """One automatic discount. `own` marks an agreement's own (unconditional) discount.

    `unsupported` names why the rule cannot be evaluated (a condition of another kind, a
    negative percent, …): such a rule is skipped and the explanation says so.
    """

    rule_id: str
    name: str
    percent: Decimal
    source: PolicySource
    conditions: tuple[VolumeCondition, ...] = ()
    group: str = ""
    order: Decimal = ZERO
    own: bool = False
    unsupported: Text | None = None

    @property
    def volume(self) -> bool:
        return any(c.kind is ConditionKind.CUMULATIVE for c in self.conditions)


@dataclass(frozen=True)
class RuleOutcome:
    """A rule that applies, with the percent it contributes after combining in its group."""

    rule: DiscountRule
    percent: Decimal
    measure: Decimal | None  # the volume its condition compared, if any


@dataclass(frozen=True)
class Evaluation:
    """The automatic discount of an order: what applies, what was passed over, what skipped."""

    applied: tuple[RuleOutcome, ...]
    passed_over: tuple[RuleOutcome, ...]
    skipped: tuple[Text, ...] = field(default=())

    @property
    def percent(self) -> Decimal:
        return sum((o.percent for o in self.applied), ZERO)


def skip_reason(rule: DiscountRule) -> Text:
    return text(
        _CTX,
        QT_TRANSLATE_NOOP("Policy", "Discount «{name}» ({where}) skipped: {why}"),
        name=rule.name,
        where=rule.source.label(),
        why=rule.unsupported or "",
    )


def evaluate(
    rules: Sequence[DiscountRule],
    combine: Mapping[str, Combine],
    order_gross: Decimal,
    volumes: Mapping[str, Decimal],
) -> Evaluation:
    """Which rules apply to an order of `order_gross` with past `volumes` by period."""
    skipped = [skip_reason(r) for r in rules if r.unsupported is not None]
    holding: dict[str, list[RuleOutcome]] = {}
    for rule in rules:
        if rule.unsupported is not None or rule.percent <= 0:
            continue
        if all(c.holds(order_gross, volumes) for c in rule.conditions):
            cumulative = [c for c in rule.conditions if c.kind is ConditionKind.CUMULATIVE]
            measure = cumulative[0].measure(order_gross, volumes) if cumulative else None
            holding.setdefault(rule.group, []).append(RuleOutcome(rule, rule.percent, measure))
    best: tuple[RuleOutcome, ...] = ()
    passed: list[RuleOutcome] = []
    for group, outcomes in holding.items():
        outcomes.sort(key=lambda o: (o.rule.order, not o.rule.own))
        chosen, left = _combine(combine.get(group, Combine.MAX), outcomes)
        passed.extend(left)
        if sum((o.percent for o in chosen), ZERO) > sum((o.percent for o in best), ZERO):
            passed.extend(best)
            best = chosen
        else:
            passed.extend(chosen)
    return Evaluation(best, tuple(passed), tuple(skipped))


def _combine(
    how: Combine, outcomes: list[RuleOutcome]
) -> tuple[tuple[RuleOutcome, ...], list[RuleOutcome]]:
    """(applied, passed over) within one group; ties go to the earlier rule."""
    if how is Combine.ADD:
        return _capped(outcomes), []
    if how is Combine.MULTIPLY:
        left = HUNDRED
        out = []
        for o in outcomes:
            share = left * o.percent / HUNDRED
            left -= share
            out.append(RuleOutcome(o.rule, share, o.measure))
        return tuple(out), []
    if how is Combine.DISPLACE:
        pick = outcomes[0]
    elif how is Combine.MIN:
        pick = min(outcomes, key=lambda o: o.percent)
    else:
        pick = max(outcomes, key=lambda o: o.percent)
    return (pick,), [o for o in outcomes if o is not pick]


def _capped(outcomes: list[RuleOutcome]) -> tuple[RuleOutcome, ...]:
    """Percents added up, never beyond 100 in all."""
    out = []
    left = HUNDRED
    for o in outcomes:
        share = min(o.percent, left)
        left -= share
        if share > 0:
            out.append(RuleOutcome(o.rule, share, o.measure))
    return tuple(out)


def describe_condition(condition: VolumeCondition) -> Text:
    """ "quarter's shipments ≥ 1 000 000,00" in words, for the card's terms box."""
    if condition.kind is ConditionKind.ONE_OFF:
        source = (
            QT_TRANSLATE_NOOP("Policy", "this order from {threshold}")
            if condition.at_least
            else QT_TRANSLATE_NOOP("Policy", "this order up to {threshold}")
        )
        return text(_CTX, source, threshold=format_money(condition.threshold))
    source = (
        QT_TRANSLATE_NOOP("Policy", "sales per {period} from {threshold}")
        if condition.at_least
        else QT_TRANSLATE_NOOP("Policy", "sales per {period} up to {threshold}")
    )
    return text(
        _CTX, source, period=condition.period.lower(), threshold=format_money(condition.threshold)
    )


def percent_text(value: Decimal) -> str:
    return format_qty(value)
