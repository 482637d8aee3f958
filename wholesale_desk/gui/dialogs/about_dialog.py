"""Help → About: what the app is, its version and where it keeps the user's data."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from wholesale_desk import __version__, paths
from wholesale_desk.gui.forms.ui_about_dialog import Ui_AboutDialog
from wholesale_desk.gui.icons import icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("app").pixmap(48, 48))
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.detailsLabel.setText(
            self.tr(
                "Version {version}\nPython {python}, Qt {qt}, PySide6 {pyside}\nData folder: {data}"
            ).format(
                version=__version__,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=PySide6.__version__,
                data=paths.data_dir(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
