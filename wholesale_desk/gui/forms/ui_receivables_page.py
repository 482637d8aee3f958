# Automatically generated - do not edit: compiled from ui/receivables_page.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receivables_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ReceivablesPage(object):
    def setupUi(self, ReceivablesPage):
        if not ReceivablesPage.objectName():
            ReceivablesPage.setObjectName(u"ReceivablesPage")
        ReceivablesPage.resize(1100, 700)
        self.layout = QVBoxLayout(ReceivablesPage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReceivablesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.asOfLabel = QLabel(ReceivablesPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setText(u"")

        self.headerLayout.addWidget(self.asOfLabel)

        self.exportButton = QPushButton(ReceivablesPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)

        self.refreshButton = QPushButton(ReceivablesPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerLayout)

        self.totalsLabel = QLabel(ReceivablesPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setWordWrap(True)

        self.layout.addWidget(self.totalsLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ReceivablesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.managerCombo = QComboBox(ReceivablesPage)
        self.managerCombo.setObjectName(u"managerCombo")
        self.managerCombo.setMinimumContentsLength(18)

        self.filterLayout.addWidget(self.managerCombo)

        self.overdueOnlyCheck = QCheckBox(ReceivablesPage)
        self.overdueOnlyCheck.setObjectName(u"overdueOnlyCheck")

        self.filterLayout.addWidget(self.overdueOnlyCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.callButton = QPushButton(ReceivablesPage)
        self.callButton.setObjectName(u"callButton")

        self.filterLayout.addWidget(self.callButton)

        self.reminderButton = QPushButton(ReceivablesPage)
        self.reminderButton.setObjectName(u"reminderButton")

        self.filterLayout.addWidget(self.reminderButton)

        self.reconciliationButton = QPushButton(ReceivablesPage)
        self.reconciliationButton.setObjectName(u"reconciliationButton")

        self.filterLayout.addWidget(self.reconciliationButton)


        self.layout.addLayout(self.filterLayout)

        self.tabs = QTabWidget(ReceivablesPage)
        self.tabs.setObjectName(u"tabs")
        self.clientsTab = QWidget()
        self.clientsTab.setObjectName(u"clientsTab")
        self.clientsTabLayout = QVBoxLayout(self.clientsTab)
        self.clientsTabLayout.setObjectName(u"clientsTabLayout")
        self.splitter = QSplitter(self.clientsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.clientsView = QTableView(self.splitter)
        self.clientsView.setObjectName(u"clientsView")
        self.clientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsView.setSortingEnabled(True)
        self.clientsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.clientsView)
        self.documentsBox = QWidget(self.splitter)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLayout.setContentsMargins(0, 0, 0, 0)
        self.documentsLabel = QLabel(self.documentsBox)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.documentsLayout.addWidget(self.documentsLabel)

        self.documentsView = QTableView(self.documentsBox)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsView.setAlternatingRowColors(True)

        self.documentsLayout.addWidget(self.documentsView)

        self.splitter.addWidget(self.documentsBox)

        self.clientsTabLayout.addWidget(self.splitter)

        self.tabs.addTab(self.clientsTab, "")
        self.callListTab = QWidget()
        self.callListTab.setObjectName(u"callListTab")
        self.callListLayout = QVBoxLayout(self.callListTab)
        self.callListLayout.setObjectName(u"callListLayout")
        self.callListHint = QLabel(self.callListTab)
        self.callListHint.setObjectName(u"callListHint")
        self.callListHint.setWordWrap(True)

        self.callListLayout.addWidget(self.callListHint)

        self.callListView = QTableView(self.callListTab)
        self.callListView.setObjectName(u"callListView")
        self.callListView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.callListView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.callListView.setAlternatingRowColors(True)

        self.callListLayout.addWidget(self.callListView)

        self.tabs.addTab(self.callListTab, "")
        self.managersTab = QWidget()
        self.managersTab.setObjectName(u"managersTab")
        self.managersLayout = QVBoxLayout(self.managersTab)
        self.managersLayout.setObjectName(u"managersLayout")
        self.managersView = QTableView(self.managersTab)
        self.managersView.setObjectName(u"managersView")
        self.managersView.setAlternatingRowColors(True)

        self.managersLayout.addWidget(self.managersView)

        self.tabs.addTab(self.managersTab, "")

        self.layout.addWidget(self.tabs)

        QWidget.setTabOrder(self.searchEdit, self.managerCombo)
        QWidget.setTabOrder(self.managerCombo, self.overdueOnlyCheck)
        QWidget.setTabOrder(self.overdueOnlyCheck, self.callButton)
        QWidget.setTabOrder(self.callButton, self.reminderButton)
        QWidget.setTabOrder(self.reminderButton, self.reconciliationButton)
        QWidget.setTabOrder(self.reconciliationButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.clientsView)
        QWidget.setTabOrder(self.clientsView, self.documentsView)
        QWidget.setTabOrder(self.documentsView, self.callListView)
        QWidget.setTabOrder(self.callListView, self.managersView)

        self.retranslateUi(ReceivablesPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReceivablesPage)
    # setupUi

    def retranslateUi(self, ReceivablesPage):
        self.titleLabel.setText(QCoreApplication.translate("ReceivablesPage", u"Receivables", None))
        self.exportButton.setText(QCoreApplication.translate("ReceivablesPage", u"Export\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("ReceivablesPage", u"Refresh", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceivablesPage", u"Find a client", None))
        self.overdueOnlyCheck.setText(QCoreApplication.translate("ReceivablesPage", u"Overdue only", None))
        self.callButton.setText(QCoreApplication.translate("ReceivablesPage", u"Log call\u2026", None))
        self.reminderButton.setText(QCoreApplication.translate("ReceivablesPage", u"Payment reminder\u2026", None))
        self.reconciliationButton.setText(QCoreApplication.translate("ReceivablesPage", u"Reconciliation statement\u2026", None))
        self.documentsLabel.setText(QCoreApplication.translate("ReceivablesPage", u"Settlement documents", None))
        self.tabs.setTabText(self.tabs.indexOf(self.clientsTab), QCoreApplication.translate("ReceivablesPage", u"By client", None))
        self.callListHint.setText(QCoreApplication.translate("ReceivablesPage", u"Overdue clients, most urgent first (overdue amount \u00d7 days overdue). Double-click or press Enter to log the call.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.callListTab), QCoreApplication.translate("ReceivablesPage", u"Call list", None))
        self.tabs.setTabText(self.tabs.indexOf(self.managersTab), QCoreApplication.translate("ReceivablesPage", u"By manager", None))
        pass
    # retranslateUi

