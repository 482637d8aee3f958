# Automatically generated - do not edit: compiled from ui/clients_page.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clients_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ClientsPage(object):
    def setupUi(self, ClientsPage):
        if not ClientsPage.objectName():
            ClientsPage.setObjectName(u"ClientsPage")
        ClientsPage.resize(1200, 720)
        self.layout = QVBoxLayout(ClientsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(ClientsPage)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.listPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.logButton = QPushButton(self.listPage)
        self.logButton.setObjectName(u"logButton")

        self.headerLayout.addWidget(self.logButton)

        self.newClientButton = QPushButton(self.listPage)
        self.newClientButton.setObjectName(u"newClientButton")

        self.headerLayout.addWidget(self.newClientButton)


        self.listLayout.addLayout(self.headerLayout)

        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.managerCombo = QComboBox(self.listPage)
        self.managerCombo.setObjectName(u"managerCombo")
        self.managerCombo.setMinimumContentsLength(14)
        self.managerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.managerCombo)

        self.segmentCombo = QComboBox(self.listPage)
        self.segmentCombo.setObjectName(u"segmentCombo")
        self.segmentCombo.setMinimumContentsLength(14)
        self.segmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.segmentCombo)

        self.regionCombo = QComboBox(self.listPage)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setMinimumContentsLength(12)
        self.regionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.regionCombo)

        self.modelCombo = QComboBox(self.listPage)
        self.modelCombo.setObjectName(u"modelCombo")
        self.modelCombo.setMinimumContentsLength(22)
        self.modelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.modelCombo)

        self.overdueCheck = QCheckBox(self.listPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.noOrderCheck = QCheckBox(self.listPage)
        self.noOrderCheck.setObjectName(u"noOrderCheck")

        self.filterLayout.addWidget(self.noOrderCheck)

        self.noOrderSpin = QSpinBox(self.listPage)
        self.noOrderSpin.setObjectName(u"noOrderSpin")
        self.noOrderSpin.setMinimum(1)
        self.noOrderSpin.setMaximum(3650)
        self.noOrderSpin.setValue(60)

        self.filterLayout.addWidget(self.noOrderSpin)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.listLayout.addLayout(self.filterLayout)

        self.removedLabel = QLabel(self.listPage)
        self.removedLabel.setObjectName(u"removedLabel")
        self.removedLabel.setText(u"")
        self.removedLabel.setTextFormat(Qt.TextFormat.RichText)
        self.removedLabel.setVisible(False)

        self.listLayout.addWidget(self.removedLabel)

        self.clientsView = QTableView(self.listPage)
        self.clientsView.setObjectName(u"clientsView")
        self.clientsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientsView.setAlternatingRowColors(True)
        self.clientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsView.setSortingEnabled(True)
        self.clientsView.setWordWrap(False)

        self.listLayout.addWidget(self.clientsView)

        self.stack.addWidget(self.listPage)
        self.cardPage = QWidget()
        self.cardPage.setObjectName(u"cardPage")
        self.cardLayout = QVBoxLayout(self.cardPage)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.cardPage)

        self.layout.addWidget(self.stack)


        self.retranslateUi(ClientsPage)

        QMetaObject.connectSlotsByName(ClientsPage)
    # setupUi

    def retranslateUi(self, ClientsPage):
        self.titleLabel.setText(QCoreApplication.translate("ClientsPage", u"Clients", None))
        self.logButton.setText(QCoreApplication.translate("ClientsPage", u"Log interaction\u2026", None))
        self.newClientButton.setText(QCoreApplication.translate("ClientsPage", u"New client\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ClientsPage", u"Search by name, INN, phone, e-mail, city or contact person", None))
        self.overdueCheck.setText(QCoreApplication.translate("ClientsPage", u"Overdue debt", None))
        self.noOrderCheck.setText(QCoreApplication.translate("ClientsPage", u"No order for", None))
        self.noOrderSpin.setSuffix(QCoreApplication.translate("ClientsPage", u" days", None))
        pass
    # retranslateUi

