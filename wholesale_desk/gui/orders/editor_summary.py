"""The order editor's summary panel: totals, the credit banner and the problems list.

Everything here is drawn from one `OrderCheck`, so what it shows agrees with what is saved."""

from __future__ import annotations

import time

from wholesale_desk import pricing
from wholesale_desk.gui.orders.editor_parts import EditorParts
from wholesale_desk.gui.stale_data import stale_text
from wholesale_desk.gui.texts import render
from wholesale_desk.money import format_money, format_qty
from wholesale_desk.services.orders import EDITABLE_STATES, OrderCheck

BANNER_STYLES = {
    pricing.CreditStatus.OK: "background: #eef3f8; color: #1d3c5a; padding: 6px; border-radius: 4px;",
    pricing.CreditStatus.WARN: "background: #fff3cd; color: #664d03; padding: 6px; border-radius: 4px;",
    pricing.CreditStatus.BLOCK: "background: #f8d7da; color: #842029; padding: 6px; border-radius: 4px;",
}
STATE_STYLE = "background: #f8d7da; color: #842029; padding: 6px; border-radius: 4px;"
INFO_STYLE = "background: #e8f4ea; color: #14532d; padding: 6px; border-radius: 4px;"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


class SummaryPanel(EditorParts):
    """Shows one pricing check: totals, tier hint, bonus, credit and what blocks sending."""

    _stale_cache: tuple[float, str] | None = None
    """The stale-data warning and when it was read (monotonic seconds)."""

    def _show_totals(self, check: OrderCheck) -> None:
        p = check.priced
        vat_caption = (
            self.tr("VAT included") if self.pricer.ctx.prices_include_vat else self.tr("VAT")
        )
        rows = [
            (self.tr("Amount at list prices"), format_money(p.gross)),
            (
                self.tr("Discounts"),
                format_money(-p.discount_total)
                if p.discount_total
                else format_money(p.discount_total),
            ),
            (self.tr("Amount"), format_money(p.amount)),
            (vat_caption, format_money(p.vat)),
            (self.tr("Total"), f"<b>{format_money(p.total)}</b>"),
        ]
        if p.bonus_redeemed:
            rows.append((self.tr("Paid with bonus points"), format_money(-p.bonus_redeemed)))
            rows.append((self.tr("To pay"), f"<b>{format_money(p.to_pay)}</b>"))
        if p.lines:
            dues = ", ".join(
                f"{d.due_date.strftime('%d.%m.%Y')} ({format_money(d.amount)})"
                if len(p.payments) > 1
                else d.due_date.strftime("%d.%m.%Y")
                for d in p.payments
            )
            rows.append((self.tr("Payment due"), dues))
        html = (
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td align='right'>{caption}:&nbsp;&nbsp;</td><td align='right'>{value}</td></tr>"
                for caption, value in rows
            )
            + "</table>"
        )
        self.ui.totalsLabel.setText(html)
        hint = p.next_tier_hint
        tier = (
            self.tr("Volume tier {percent}% reached").format(percent=format_qty(p.tier.percent))
            if p.tier is not None and hint is None
            else ""
        )
        self.ui.tierHintLabel.setText(render(hint.message) if hint is not None else tier)
        balance = self.pricer.ctx.terms.bonus_balance
        self.ui.bonusEdit.setEnabled(self.order.state in EDITABLE_STATES and balance > 0)
        self.ui.bonusInfo.setText(
            self.tr("available {balance}, up to {cap} on this order; earns {earn}").format(
                balance=format_money(balance),
                cap=format_money(min(balance, p.bonus_cap)),
                earn=format_money(p.bonus_accrual),
            )
        )

    def _stale_warning(self) -> str:
        """The stale-data warning, read at most once a minute (the banner redraws per key)."""
        now = time.monotonic()
        cached = self._stale_cache
        if cached is None or now - cached[0] > 60:
            cached = (now, stale_text(self.store))
            self._stale_cache = cached
        return cached[1]

    def _show_credit(self, check: OrderCheck) -> None:
        credit = check.priced.credit
        as_of = self.pricer.ctx.debt_as_of
        when = (
            as_of.strftime("%d.%m.%Y %H:%M") if as_of is not None else self.tr("never synchronised")
        )
        parts = [
            self.tr("Debt {debt} ₽, overdue {overdue} ₽ as of {when}").format(
                debt=format_money(credit.debt), overdue=format_money(credit.overdue), when=when
            )
        ]
        if credit.limit is not None:
            parts.append(
                self.tr(
                    "credit limit {limit} ₽; with this order and unsent orders {exposure} ₽"
                ).format(limit=format_money(credit.limit), exposure=format_money(credit.exposure))
            )
        else:
            parts.append(self.tr("no credit limit"))
        text = " · ".join(parts)
        if credit.reasons:
            text += "\n" + "\n".join(render(r) for r in credit.reasons)
        stale = self._stale_warning()
        if stale:
            text += "\n⚠ " + stale
        self.ui.creditBanner.setText(text)
        self.ui.creditBanner.setStyleSheet(BANNER_STYLES[credit.status])

    def _show_problems(self, check: OrderCheck) -> None:
        lines = [render(e) for e in check.errors]
        for i, errs in enumerate(check.line_errors):
            lines.extend(
                self.tr("Line {n}: {problem}").format(n=i + 1, problem=render(e)) for e in errs
            )
        approvals: list[str] = []
        for i, apps in enumerate(check.line_approvals):
            approvals.extend(
                self.tr("Line {n}: {problem}").format(n=i + 1, problem=render(a)) for a in apps
            )
        line_level = {id(a) for apps in check.line_approvals for a in apps}
        approvals.extend(render(a) for a in check.approval_reasons if id(a) not in line_level)
        html = "<br>".join(_escape(x) for x in lines)
        if approvals:
            head = _escape(self.tr("Needs approval of a head of sales:"))
            body = "<br>".join(_escape(x) for x in dict.fromkeys(approvals))
            html += (
                "<br>" if html else ""
            ) + f"<span style='color:#664d03'>{head}<br>{body}</span>"
        self.ui.problemsLabel.setText(html)
        editable = self.order.state in EDITABLE_STATES
        self.ui.sendButton.setEnabled(editable and check.can_send and bool(self.order.lines))

    def _show_input_problem(self, message: str) -> None:
        self.ui.problemsLabel.setText(_escape(message))
