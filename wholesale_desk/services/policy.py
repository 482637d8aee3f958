"""The company's sales policy as 1C holds it, read from the local store for the terms engine.

- Automatic discounts acting on an agreement: `discount_items` (Catalog_СкидкиНаценки) whose
  latest `discount_actions` record (InformationRegister_ДействиеСкидокНаценок) on or before the
  date says Действует for that agreement, each with its conditions. What the engine cannot
  evaluate becomes a rule marked unsupported, so the price explanation names it as skipped.
- The user's manual-discount limit: their own `user_sales_settings` item, else the deepest
  user group they belong to with a restricting item (УТ's order).
- Whether 1C publishes these at all: the sync records it (`sync.policy`); where it does not,
  the engine's documented defaults apply and say so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wholesale_desk import pricing
from wholesale_desk.discount_rules import (
    Combine,
    ConditionKind,
    DiscountRule,
    Origin,
    PolicySource,
    VolumeCondition,
)
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import (
    CustomerReturn,
    DiscountAction,
    DiscountCondition,
    DiscountItem,
    DiscountItemCondition,
    Shipment,
    UserGroup,
    UserGroupMember,
    UserSalesSetting,
    Watermark,
)
from wholesale_desk.money import HUNDRED, ZERO
from wholesale_desk.policy_audit import PERIOD_MONTHS, PUBLISHED_KEY, condition_problem

__all__ = [
    "DISCOUNTS_SET",
    "PUBLISHED_KEY",
    "USER_SETTINGS_SET",
    "AgreementRules",
    "agreement_rules",
    "period_start",
    "period_volumes",
    "user_limit",
]

_CTX = "Policy"

DISCOUNTS_SET = "Catalog_СкидкиНаценки"
USER_SETTINGS_SET = "Catalog_НастройкиПродажДляПользователей"

ACTIVE = "Действует"
PERCENT_METHOD = "Процент"
SUM_CRITERION = "Сумма"


def published_policy(session: Session) -> set[str] | None:
    """The policy entity sets 1C published at the last sync; None: never synced with a check."""
    raw = session.scalar(select(Watermark.value).where(Watermark.key == PUBLISHED_KEY))
    if raw is None:
        return None
    try:
        return set(json.loads(raw))
    except ValueError:
        return None


def _publishes(session: Session, entity_set: str, table: type) -> bool:
    published = published_policy(session)
    if published is not None:
        return entity_set in published
    return session.scalar(select(func.count()).select_from(table)) != 0


@dataclass(frozen=True)
class AgreementRules:
    """The discount rules acting on one agreement on one date, as the engine takes them."""

    rules: tuple[DiscountRule, ...]
    groups: Mapping[str, Combine]
    periods: frozenset[str]


def agreement_rules(session: Session, agreement_id: str | None, on: date) -> AgreementRules | None:
    """1C's rules for this agreement; None where 1C publishes no discounts (defaults apply)."""
    if not _publishes(session, DISCOUNTS_SET, DiscountItem):
        return None
    acting = _acting(session, agreement_id, on) if agreement_id else []
    items = {
        i.id: i
        for i in session.scalars(select(DiscountItem).where(DiscountItem.id.in_(acting or [""])))
    }
    folders = {
        f.id: Combine.parse(f.combine)
        for f in session.scalars(select(DiscountItem).where(DiscountItem.is_folder.is_(True)))
    }
    wanted = [
        c.condition_id
        for c in session.scalars(
            select(DiscountItemCondition).where(DiscountItemCondition.discount_id.in_(items))
        )
        if c.condition_id
    ]
    conditions = {
        c.id: c
        for c in session.scalars(
            select(DiscountCondition).where(DiscountCondition.id.in_(wanted or [""]))
        )
    }
    rules = [
        _rule(item, conditions)
        for key in acting
        if (item := items.get(key)) is not None and not item.is_folder and not item.deletion_mark
    ]
    periods = frozenset(
        c.period
        for r in rules
        if r.unsupported is None
        for c in r.conditions
        if c.kind is ConditionKind.CUMULATIVE
    )
    return AgreementRules(tuple(rules), folders, periods)


def _acting(session: Session, agreement_id: str, on: date) -> list[str]:
    """Discounts whose latest record for the agreement on or before `on` says Действует."""
    latest: dict[str, tuple[datetime, str]] = {}
    end = datetime.combine(on, datetime.max.time())
    for discount_id, period, status in session.execute(
        select(DiscountAction.discount_id, DiscountAction.period, DiscountAction.status).where(
            DiscountAction.source_id == agreement_id
        )
    ):
        if discount_id is None:
            continue
        when = period or datetime.min
        if when > end:
            continue
        if discount_id not in latest or latest[discount_id][0] <= when:
            latest[discount_id] = (when, status)
    return sorted(k for k, (_, status) in latest.items() if status == ACTIVE)


def _rule(item: DiscountItem, conditions: Mapping[str, DiscountCondition]) -> DiscountRule:
    source = PolicySource(Origin.ONEC, f"{DISCOUNTS_SET} «{item.name}»")
    why: Text | None = None
    if item.method != PERCENT_METHOD:
        why = text(
            _CTX,
            QT_TRANSLATE_NOOP("Policy", "it gives «{method}», not a percent"),
            method=item.method or "—",
        )
    elif item.percent < 0 or item.percent > HUNDRED:
        why = text(
            _CTX,
            QT_TRANSLATE_NOOP("Policy", "its percent {percent} is not from 0 to 100"),
            percent=str(item.percent),
        )
    parsed: list[VolumeCondition] = []
    for link in item.conditions:
        cond = conditions.get(link.condition_id or "")
        volume, problem = _condition(cond, link.condition_id or "")
        if problem is not None and why is None:
            why = problem
        if volume is not None:
            parsed.append(volume)
    return DiscountRule(
        rule_id=item.id,
        name=item.name,
        percent=item.percent,
        source=source,
        conditions=tuple(parsed),
        group=item.parent_id or "",
        order=item.order_key,
        own=not item.conditions,
        unsupported=why,
    )


def _condition(
    cond: DiscountCondition | None, key: str
) -> tuple[VolumeCondition | None, Text | None]:
    """A stored condition as the engine evaluates it, or why it cannot be."""
    if cond is None:
        return None, text(
            _CTX,
            QT_TRANSLATE_NOOP("Policy", "its condition {key} is not in the local store"),
            key=key,
        )
    try:
        kind = ConditionKind(cond.kind)
    except ValueError:
        return None, text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Policy", "its condition «{name}» is of a kind not supported ({kind})"
            ),
            name=cond.name,
            kind=cond.kind or "—",
        )
    problem = condition_problem(cond)
    if problem is not None:
        return None, problem
    return (
        VolumeCondition(
            kind,
            cond.threshold,
            at_least=cond.comparison != "НеБолее",
            period=cond.period or "Квартал",
            include_current=cond.include_current or kind is ConditionKind.ONE_OFF,
        ),
        None,
    )


def period_start(period: str, on: date) -> date:
    """The first day of the accumulation period containing `on` (СНачалаТекущегоПериода)."""
    months = PERIOD_MONTHS.get(period, 3)
    first = (on.month - 1) // months * months + 1
    return date(on.year, first, 1)


def period_volumes(
    session: Session, client_id: str, on: date, periods: Iterable[str]
) -> dict[str, Decimal]:
    """Net shipments (shipments less returns) per accumulation period up to `on`."""
    out: dict[str, Decimal] = {}
    end = datetime.combine(on, datetime.max.time())
    for period in periods:
        start = datetime.combine(period_start(period, on), datetime.min.time())
        total = ZERO
        for model, sign in ((Shipment, 1), (CustomerReturn, -1)):
            amounts = session.scalars(
                select(model.amount).where(
                    model.client_id == client_id,
                    model.posted.is_(True),
                    model.deletion_mark.is_(False),
                    model.date >= start,
                    model.date <= end,
                )
            )
            total += sign * sum(amounts, ZERO)
        out[period] = total
    return out


def user_limit(session: Session, user_id: str | None) -> pricing.ManualLimit | None:
    """The user's manual-discount limit from 1C; None where 1C publishes no sales settings."""
    if not _publishes(session, USER_SETTINGS_SET, UserSalesSetting):
        return None
    settings = list(
        session.scalars(select(UserSalesSetting).where(~UserSalesSetting.deletion_mark))
    )
    if user_id is not None:
        own = [s for s in settings if s.owner_id == user_id]
        if own:
            return _limit(own[0])
        by_owner = {s.owner_id: s for s in settings if s.limit_manual}
        for group_id in _groups_deepest_first(session, user_id):
            if group_id in by_owner:
                return _limit(by_owner[group_id])
    return pricing.ManualLimit(
        pricing.LimitKind.USER, None, PolicySource(Origin.ONEC, USER_SETTINGS_SET)
    )


def _limit(setting: UserSalesSetting) -> pricing.ManualLimit:
    source = PolicySource(Origin.ONEC, f"{USER_SETTINGS_SET} «{setting.name}»")
    if not setting.limit_manual:
        return pricing.ManualLimit(pricing.LimitKind.USER, None, source)
    # A negative limit is bad input (the sync log names it): nothing is allowed without approval.
    return pricing.ManualLimit(pricing.LimitKind.USER, max(setting.manual_percent, ZERO), source)


def _groups_deepest_first(session: Session, user_id: str) -> list[str]:
    parents: dict[str, str | None] = {
        row[0]: row[1] for row in session.execute(select(UserGroup.id, UserGroup.parent_id))
    }
    mine = set(
        session.scalars(select(UserGroupMember.group_id).where(UserGroupMember.user_id == user_id))
    )

    def depth(group: str) -> int:
        seen: set[str] = set()
        d = 0
        while (parent := parents.get(group)) and parent not in seen:
            seen.add(parent)
            group = parent
            d += 1
        return d

    return sorted(mine, key=lambda g: (-depth(g), g))
