# Automatically generated - do not edit: compiled from ui/invoices_tab.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoices_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_InvoicesTab(object):
    def setupUi(self, InvoicesTab):
        if not InvoicesTab.objectName():
            InvoicesTab.setObjectName(u"InvoicesTab")
        InvoicesTab.resize(900, 500)
        self.layout = QVBoxLayout(InvoicesTab)
        self.layout.setObjectName(u"layout")
        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.unpaidOnlyCheck = QCheckBox(InvoicesTab)
        self.unpaidOnlyCheck.setObjectName(u"unpaidOnlyCheck")
        self.unpaidOnlyCheck.setChecked(True)

        self.toolsLayout.addWidget(self.unpaidOnlyCheck)

        self.countLabel = QLabel(InvoicesTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.toolsLayout.addWidget(self.countLabel)

        self.toolsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.reminderButton = QPushButton(InvoicesTab)
        self.reminderButton.setObjectName(u"reminderButton")

        self.toolsLayout.addWidget(self.reminderButton)


        self.layout.addLayout(self.toolsLayout)

        self.invoicesView = QTableView(InvoicesTab)
        self.invoicesView.setObjectName(u"invoicesView")
        self.invoicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoicesView.setSortingEnabled(True)
        self.invoicesView.setAlternatingRowColors(True)

        self.layout.addWidget(self.invoicesView)


        self.retranslateUi(InvoicesTab)

        QMetaObject.connectSlotsByName(InvoicesTab)
    # setupUi

    def retranslateUi(self, InvoicesTab):
        self.unpaidOnlyCheck.setText(QCoreApplication.translate("InvoicesTab", u"&Unpaid only", None))
        self.reminderButton.setText(QCoreApplication.translate("InvoicesTab", u"&Reminder letter\u2026", None))
        pass
    # retranslateUi

