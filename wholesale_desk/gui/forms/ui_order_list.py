# Automatically generated - do not edit: compiled from ui/order_list.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrderListPage(object):
    def setupUi(self, OrderListPage):
        if not OrderListPage.objectName():
            OrderListPage.setObjectName(u"OrderListPage")
        OrderListPage.resize(1100, 700)
        self.layout = QVBoxLayout(OrderListPage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(OrderListPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.summaryLabel = QLabel(OrderListPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.headerLayout.addWidget(self.summaryLabel)

        self.newOrderButton = QPushButton(OrderListPage)
        self.newOrderButton.setObjectName(u"newOrderButton")

        self.headerLayout.addWidget(self.newOrderButton)


        self.layout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(OrderListPage)
        self.tabs.setObjectName(u"tabs")
        self.ordersTab = QWidget()
        self.ordersTab.setObjectName(u"ordersTab")
        self.ordersLayout = QVBoxLayout(self.ordersTab)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.stateCaption = QLabel(self.ordersTab)
        self.stateCaption.setObjectName(u"stateCaption")

        self.filterLayout.addWidget(self.stateCaption)

        self.stateCombo = QComboBox(self.ordersTab)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterLayout.addWidget(self.stateCombo)

        self.searchEdit = QLineEdit(self.ordersTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.ordersLayout.addLayout(self.filterLayout)

        self.ordersView = QTableView(self.ordersTab)
        self.ordersView.setObjectName(u"ordersView")
        self.ordersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ordersView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ordersView.setAlternatingRowColors(True)
        self.ordersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ordersView.setSortingEnabled(False)

        self.ordersLayout.addWidget(self.ordersView)

        self.detailLabel = QLabel(self.ordersTab)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ordersLayout.addWidget(self.detailLabel)

        self.ordersButtons = QHBoxLayout()
        self.ordersButtons.setObjectName(u"ordersButtons")
        self.openButton = QPushButton(self.ordersTab)
        self.openButton.setObjectName(u"openButton")

        self.ordersButtons.addWidget(self.openButton)

        self.cancelButton = QPushButton(self.ordersTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.ordersButtons.addWidget(self.cancelButton)

        self.offerButton = QPushButton(self.ordersTab)
        self.offerButton.setObjectName(u"offerButton")

        self.ordersButtons.addWidget(self.offerButton)

        self.printInvoicesButton = QPushButton(self.ordersTab)
        self.printInvoicesButton.setObjectName(u"printInvoicesButton")

        self.ordersButtons.addWidget(self.printInvoicesButton)

        self.ordersButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ordersButtons.addItem(self.ordersButtonsSpacer)


        self.ordersLayout.addLayout(self.ordersButtons)

        self.tabs.addTab(self.ordersTab, "")
        self.approvalTab = QWidget()
        self.approvalTab.setObjectName(u"approvalTab")
        self.approvalLayout = QVBoxLayout(self.approvalTab)
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.approvalView = QTableView(self.approvalTab)
        self.approvalView.setObjectName(u"approvalView")
        self.approvalView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approvalView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.approvalView.setAlternatingRowColors(True)
        self.approvalView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.approvalLayout.addWidget(self.approvalView)

        self.reasonsLabel = QLabel(self.approvalTab)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setText(u"")
        self.reasonsLabel.setWordWrap(True)

        self.approvalLayout.addWidget(self.reasonsLabel)

        self.approvalButtons = QHBoxLayout()
        self.approvalButtons.setObjectName(u"approvalButtons")
        self.openApprovalButton = QPushButton(self.approvalTab)
        self.openApprovalButton.setObjectName(u"openApprovalButton")

        self.approvalButtons.addWidget(self.openApprovalButton)

        self.approvalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approvalButtons.addItem(self.approvalSpacer)

        self.rejectButton = QPushButton(self.approvalTab)
        self.rejectButton.setObjectName(u"rejectButton")

        self.approvalButtons.addWidget(self.rejectButton)

        self.approveButton = QPushButton(self.approvalTab)
        self.approveButton.setObjectName(u"approveButton")

        self.approvalButtons.addWidget(self.approveButton)


        self.approvalLayout.addLayout(self.approvalButtons)

        self.tabs.addTab(self.approvalTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.stateCaption.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderListPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrderListPage)
    # setupUi

    def retranslateUi(self, OrderListPage):
        self.titleLabel.setText(QCoreApplication.translate("OrderListPage", u"Orders", None))
        self.newOrderButton.setText(QCoreApplication.translate("OrderListPage", u"&New order\u2026", None))
        self.stateCaption.setText(QCoreApplication.translate("OrderListPage", u"&Status:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OrderListPage", u"Find by number or client", None))
        self.openButton.setText(QCoreApplication.translate("OrderListPage", u"&Open", None))
        self.cancelButton.setText(QCoreApplication.translate("OrderListPage", u"&Cancel the order", None))
        self.offerButton.setText(QCoreApplication.translate("OrderListPage", u"Commercial o&ffer\u2026", None))
        self.printInvoicesButton.setText(QCoreApplication.translate("OrderListPage", u"&Print invoices\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ordersTab), QCoreApplication.translate("OrderListPage", u"All orders", None))
        self.openApprovalButton.setText(QCoreApplication.translate("OrderListPage", u"Op&en", None))
        self.rejectButton.setText(QCoreApplication.translate("OrderListPage", u"&Reject\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("OrderListPage", u"&Approve", None))
        self.tabs.setTabText(self.tabs.indexOf(self.approvalTab), QCoreApplication.translate("OrderListPage", u"Approval queue", None))
        pass
    # retranslateUi

