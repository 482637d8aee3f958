"""A section with nothing to show yet: says so, and offers the two ways to get data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from wholesale_desk.gui.forms.ui_empty_page import Ui_EmptyPage
from wholesale_desk.gui.icons import icon


class EmptyStatePage(QWidget):
    """The placeholder of any section: its navigation title and icon, and the ways to get data.

    `title` is the English source of the section's navigation entry (context "Navigation"), so
    the empty state and the navigation always name a section alike."""

    openDemoRequested = Signal()
    connectRequested = Signal()

    def __init__(self, title: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_title = title
        self.icon_name = icon_name
        self.ui = Ui_EmptyPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.iconLabel.setPixmap(icon(self.icon_name).pixmap(64, 64))
        self.ui.openDemoButton.clicked.connect(self.openDemoRequested)
        self.ui.connectButton.clicked.connect(self.connectRequested)
        self.retranslateUi()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.source_title)

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.titleLabel.setText(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
