# Automatically generated - do not edit: compiled from ui/document_pricelist_ready.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_pricelist_ready.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PriceListReadyDialog(object):
    def setupUi(self, PriceListReadyDialog):
        if not PriceListReadyDialog.objectName():
            PriceListReadyDialog.setObjectName(u"PriceListReadyDialog")
        PriceListReadyDialog.resize(480, 180)
        self.layout = QVBoxLayout(PriceListReadyDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(PriceListReadyDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.summaryLabel)

        self.statusLabel = QLabel(PriceListReadyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(PriceListReadyDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.saveButton = QPushButton(PriceListReadyDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.sendButton = QPushButton(PriceListReadyDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonsLayout.addWidget(self.sendButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PriceListReadyDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(PriceListReadyDialog)
        self.closeButton.clicked.connect(PriceListReadyDialog.accept)

        QMetaObject.connectSlotsByName(PriceListReadyDialog)
    # setupUi

    def retranslateUi(self, PriceListReadyDialog):
        PriceListReadyDialog.setWindowTitle(QCoreApplication.translate("PriceListReadyDialog", u"Price list", None))
        self.openButton.setText(QCoreApplication.translate("PriceListReadyDialog", u"&Open", None))
        self.saveButton.setText(QCoreApplication.translate("PriceListReadyDialog", u"&Save\u2026", None))
        self.sendButton.setText(QCoreApplication.translate("PriceListReadyDialog", u"Send by &e-mail\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PriceListReadyDialog", u"&Close", None))
    # retranslateUi

