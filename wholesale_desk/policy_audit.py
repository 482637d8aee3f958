"""What 1C publishes of the sales policy, and what in it the terms engine cannot use.

The connection check says once when 1C publishes no discount policy or no users' sales settings
(`notes`): the documented defaults apply then, and every explanation labels them as defaults.
After each pull the sync records which policy objects were published and logs the policy's bad
input (`problems`): a discount condition of a kind the engine does not evaluate, a negative
threshold, percent or limit. The sync log names the object; the price explanation names the rule
it skipped.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk.discount_rules import ConditionKind
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import DiscountCondition, DiscountItem, UserSalesSetting
from wholesale_desk.money import HUNDRED

__all__ = [
    "DISCOUNT_SETS",
    "POLICY_SETS",
    "PUBLISHED_KEY",
    "USER_SETS",
    "condition_problem",
    "notes",
    "problems",
]

_CTX = "Policy"

DISCOUNT_SETS = (
    "Catalog_СкидкиНаценки",
    "Catalog_УсловияПредоставленияСкидокНаценок",
    "InformationRegister_ДействиеСкидокНаценок",
)
USER_SETS = ("Catalog_НастройкиПродажДляПользователей", "Catalog_ГруппыПользователей")
POLICY_SETS = DISCOUNT_SETS + USER_SETS
PUBLISHED_KEY = "policy:published"
"""Watermark: the policy entity sets 1C published at the last sync (JSON list)."""

SUPPORTED_VARIANTS = ("", "СНачалаТекущегоПериода")
PERIOD_MONTHS = {"Месяц": 1, "Квартал": 3, "Полугодие": 6, "Год": 12}


def notes(published: Iterable[str]) -> list[Text]:
    """The connection check's notes about the policy 1C does not publish."""
    names = set(published)
    out: list[Text] = []
    if not any(s in names for s in DISCOUNT_SETS):
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Policy",
                    "1C publishes no discount policy ({names}): the documented default volume "
                    "tiers apply (15% from 1 000 000 a quarter, 20% from 5 000 000), shown as "
                    "defaults",
                ),
                names=", ".join(DISCOUNT_SETS),
            )
        )
    if USER_SETS[0] not in names:
        out.append(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Policy",
                    "1C publishes no users' sales settings ({name}): managers get the "
                    "documented default manual-discount limit of 5%, shown as a default",
                ),
                name=USER_SETS[0],
            )
        )
    return out


def condition_problem(cond: DiscountCondition) -> Text | None:
    """What makes a discount condition unusable for the terms engine; None: usable."""
    if cond.is_folder:
        return None
    if cond.kind not in (k.value for k in ConditionKind):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Policy", "its condition «{name}» is of a kind not supported ({kind})"
            ),
            name=cond.name,
            kind=cond.kind or "—",
        )
    if cond.criterion not in ("", "Сумма"):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Policy", "its condition «{name}» counts «{criterion}», not the amount"
            ),
            name=cond.name,
            criterion=cond.criterion,
        )
    if cond.comparison not in ("", "НеМенее", "НеБолее"):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP("Policy", "its condition «{name}» compares by «{comparison}»"),
            name=cond.name,
            comparison=cond.comparison,
        )
    if cond.threshold < 0:
        return text(
            _CTX,
            QT_TRANSLATE_NOOP("Policy", "its condition «{name}» has a negative threshold"),
            name=cond.name,
        )
    if cond.kind == ConditionKind.CUMULATIVE.value and (
        cond.period_variant not in SUPPORTED_VARIANTS
        or (cond.period or "Квартал") not in PERIOD_MONTHS
    ):
        return text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Policy", "its condition «{name}» accumulates over «{period}» «{variant}»"
            ),
            name=cond.name,
            period=cond.period or "—",
            variant=cond.period_variant or "—",
        )
    return None


def problems(session: Session) -> list[tuple[str, str, Text]]:
    """(entity set, Ref_Key, what is wrong) for every policy object the engine cannot use."""
    out: list[tuple[str, str, Text]] = []
    for cond in session.scalars(select(DiscountCondition).where(~DiscountCondition.deletion_mark)):
        problem = condition_problem(cond)
        if problem is not None:
            out.append((DISCOUNT_SETS[1], cond.id, problem))
    for item in session.scalars(
        select(DiscountItem).where(~DiscountItem.deletion_mark, ~DiscountItem.is_folder)
    ):
        if item.percent < 0 or item.percent > HUNDRED:
            out.append(
                (
                    DISCOUNT_SETS[0],
                    item.id,
                    text(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Policy",
                            "discount «{name}»: its percent {percent} is not from 0 to 100",
                        ),
                        name=item.name,
                        percent=str(item.percent),
                    ),
                )
            )
    for setting in session.scalars(select(UserSalesSetting).where(~UserSalesSetting.deletion_mark)):
        if setting.limit_manual and setting.manual_percent < 0:
            out.append(
                (
                    USER_SETS[0],
                    setting.id,
                    text(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Policy",
                            "«{name}»: a negative manual-discount limit {percent}: no manual "
                            "discount is allowed without approval",
                        ),
                        name=setting.name,
                        percent=str(setting.manual_percent),
                    ),
                )
            )
    return out
