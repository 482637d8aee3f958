"""Twelve months of net sales as bars, with the sales plan as a line where one exists (QtCharts)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from wholesale_desk.money import format_money
from wholesale_desk.services.sales_report import MonthFigure


class PlanFactChart(QChartView):
    """`show_months(report.months)`: one bar per month in thousands of rubles, plan as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.months: list[MonthFigure] = []

    def show_months(self, months: list[MonthFigure]) -> None:
        self.months = months
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        locale = QLocale()
        # Axis labels as the UI's language writes numbers ("50 000", not "50000").
        chart.setLocale(locale)
        chart.setLocalizeNumbers(True)
        bars = QBarSet(self.tr("Net sales"))
        bars.setColor(QColor("#1565c0"))
        plan = QLineSeries()
        plan.setName(self.tr("Plan"))
        plan.setPen(QPen(QColor("#e65100"), 2.5))
        plan.setPointsVisible(True)
        categories = []
        top = Decimal(0)
        for i, figure in enumerate(months):
            bars.append(float(figure.net_sales / 1000))  # chart geometry only; figures stay Decimal
            top = max(top, figure.net_sales, figure.plan or Decimal(0))
            if figure.plan is not None:
                plan.append(QPointF(i, float(figure.plan / 1000)))
            label = locale.standaloneMonthName(figure.month.month, QLocale.FormatType.ShortFormat)
            categories.append(f"{label} {figure.month:%y}" if figure.month.month == 1 else label)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setTitleText(self.tr("thousand ₽"))
        y.setRange(0, max(1.0, float(top / 1000) * 1.1))
        y.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        if plan.count():
            chart.addSeries(plan)
            plan.attachAxis(x)
            plan.attachAxis(y)
        chart.legend().setVisible(plan.count() > 0)
        self.setToolTip(
            "\n".join(
                f"{locale.standaloneMonthName(f.month.month)} {f.month.year}: "
                + format_money(f.net_sales)
                + ("" if f.plan is None else " / " + self.tr("plan") + " " + format_money(f.plan))
                for f in months
            )
        )
