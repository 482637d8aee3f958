"""Twelve months of sales (shipments less returns) as a bar chart (QtCharts)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from wholesale_desk.money import format_money


class SalesChart(QChartView):
    """`show_months([(month start, amount), …])`: one bar per month, amounts in thousands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.months: list[tuple[date, Decimal]] = []

    def show_months(self, months: list[tuple[date, Decimal]]) -> None:
        self.months = months
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        locale = QLocale()
        # Axis labels as the UI's language writes numbers ("50 000", not "50000").
        chart.setLocale(locale)
        chart.setLocalizeNumbers(True)
        bars = QBarSet(self.tr("Sales"))
        bars.setColor(QColor("#1565c0"))
        categories = []
        top = Decimal(0)
        for month, amount in months:
            bars.append(float(amount / 1000))  # chart geometry only; figures stay Decimal
            top = max(top, amount)
            label = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
            categories.append(f"{label} {month:%y}" if month.month == 1 else label)
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
        self.setToolTip(
            "\n".join(
                f"{locale.standaloneMonthName(m.month)} {m.year}: {format_money(a)}"
                for m, a in months
            )
        )
