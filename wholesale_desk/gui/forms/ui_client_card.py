# Automatically generated - do not edit: compiled from ui/client_card.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_card.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

class Ui_ClientCard(object):
    def setupUi(self, ClientCard):
        if not ClientCard.objectName():
            ClientCard.setObjectName(u"ClientCard")
        ClientCard.resize(1200, 760)
        self.layout = QVBoxLayout(ClientCard)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QToolButton(ClientCard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoRaise(True)

        self.headerLayout.addWidget(self.backButton)

        self.nameLabel = QLabel(ClientCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.nameLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.offerButton = QPushButton(ClientCard)
        self.offerButton.setObjectName(u"offerButton")

        self.headerLayout.addWidget(self.offerButton)

        self.logButton = QPushButton(ClientCard)
        self.logButton.setObjectName(u"logButton")

        self.headerLayout.addWidget(self.logButton)


        self.layout.addLayout(self.headerLayout)

        self.headerLabel = QLabel(ClientCard)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.headerLabel)

        self.removedLabel = QLabel(ClientCard)
        self.removedLabel.setObjectName(u"removedLabel")
        self.removedLabel.setText(u"")
        self.removedLabel.setWordWrap(True)
        self.removedLabel.setVisible(False)

        self.layout.addWidget(self.removedLabel)

        self.tabs = QTabWidget(ClientCard)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewOuter = QVBoxLayout(self.overviewTab)
        self.overviewOuter.setObjectName(u"overviewOuter")
        self.overviewOuter.setContentsMargins(0, 0, 0, 0)
        self.overviewScroll = QScrollArea(self.overviewTab)
        self.overviewScroll.setObjectName(u"overviewScroll")
        self.overviewScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overviewScroll.setWidgetResizable(True)
        self.overviewContent = QWidget()
        self.overviewContent.setObjectName(u"overviewContent")
        self.overviewLayout = QGridLayout(self.overviewContent)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.requisitesBox = QGroupBox(self.overviewContent)
        self.requisitesBox.setObjectName(u"requisitesBox")
        self.requisitesLayout = QVBoxLayout(self.requisitesBox)
        self.requisitesLayout.setObjectName(u"requisitesLayout")
        self.requisitesLabel = QLabel(self.requisitesBox)
        self.requisitesLabel.setObjectName(u"requisitesLabel")
        self.requisitesLabel.setText(u"")
        self.requisitesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.requisitesLabel.setWordWrap(True)
        self.requisitesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.requisitesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.requisitesLabel.setOpenExternalLinks(True)

        self.requisitesLayout.addWidget(self.requisitesLabel)


        self.overviewLayout.addWidget(self.requisitesBox, 0, 0, 1, 1)

        self.termsBox = QGroupBox(self.overviewContent)
        self.termsBox.setObjectName(u"termsBox")
        self.termsLayout = QVBoxLayout(self.termsBox)
        self.termsLayout.setObjectName(u"termsLayout")
        self.termsLabel = QLabel(self.termsBox)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setText(u"")
        self.termsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.termsLabel.setWordWrap(True)
        self.termsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.termsLayout.addWidget(self.termsLabel)


        self.overviewLayout.addWidget(self.termsBox, 0, 1, 1, 1)

        self.receivablesBox = QGroupBox(self.overviewContent)
        self.receivablesBox.setObjectName(u"receivablesBox")
        self.receivablesLayout = QVBoxLayout(self.receivablesBox)
        self.receivablesLayout.setObjectName(u"receivablesLayout")
        self.receivablesLabel = QLabel(self.receivablesBox)
        self.receivablesLabel.setObjectName(u"receivablesLabel")
        self.receivablesLabel.setText(u"")
        self.receivablesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.receivablesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.receivablesLayout.addWidget(self.receivablesLabel)


        self.overviewLayout.addWidget(self.receivablesBox, 0, 2, 1, 1)

        self.salesBox = QGroupBox(self.overviewContent)
        self.salesBox.setObjectName(u"salesBox")
        self.salesLayout = QHBoxLayout(self.salesBox)
        self.salesLayout.setObjectName(u"salesLayout")
        self.salesLabel = QLabel(self.salesBox)
        self.salesLabel.setObjectName(u"salesLabel")
        self.salesLabel.setText(u"")
        self.salesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.salesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.salesLayout.addWidget(self.salesLabel)

        self.chartHost = QWidget(self.salesBox)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(520, 240))
        self.chartHost.setMaximumSize(QSize(16777215, 270))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.salesLayout.addWidget(self.chartHost)


        self.overviewLayout.addWidget(self.salesBox, 1, 0, 1, 3)

        self.recentBox = QGroupBox(self.overviewContent)
        self.recentBox.setObjectName(u"recentBox")
        self.recentLayout = QVBoxLayout(self.recentBox)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentView = QTableView(self.recentBox)
        self.recentView.setObjectName(u"recentView")
        self.recentView.setMinimumSize(QSize(0, 170))
        self.recentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recentView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentView.setWordWrap(False)

        self.recentLayout.addWidget(self.recentView)


        self.overviewLayout.addWidget(self.recentBox, 2, 0, 1, 3)

        self.overviewScroll.setWidget(self.overviewContent)

        self.overviewOuter.addWidget(self.overviewScroll)

        self.tabs.addTab(self.overviewTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactsTab)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.editContactButton = QPushButton(self.contactsTab)
        self.editContactButton.setObjectName(u"editContactButton")

        self.contactButtons.addWidget(self.editContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)

        self.contactsHint = QLabel(self.contactsTab)
        self.contactsHint.setObjectName(u"contactsHint")

        self.contactButtons.addWidget(self.contactsHint)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contactsView = QTableWidget(self.contactsTab)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.contactsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.contactsLayout.addWidget(self.contactsView)

        self.tabs.addTab(self.contactsTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineBar = QHBoxLayout()
        self.timelineBar.setObjectName(u"timelineBar")
        self.kindCombo = QComboBox(self.timelineTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.timelineBar.addWidget(self.kindCombo)

        self.timelineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timelineBar.addItem(self.timelineSpacer)

        self.timelineCount = QLabel(self.timelineTab)
        self.timelineCount.setObjectName(u"timelineCount")
        self.timelineCount.setText(u"")

        self.timelineBar.addWidget(self.timelineCount)


        self.timelineLayout.addLayout(self.timelineBar)

        self.timelineView = QTableView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setWordWrap(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(ClientCard)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ClientCard)
    # setupUi

    def retranslateUi(self, ClientCard):
        self.backButton.setText(QCoreApplication.translate("ClientCard", u"\u2190 Clients", None))
        self.offerButton.setText(QCoreApplication.translate("ClientCard", u"Commercial o&ffer\u2026", None))
        self.logButton.setText(QCoreApplication.translate("ClientCard", u"Log interaction\u2026", None))
        self.requisitesBox.setTitle(QCoreApplication.translate("ClientCard", u"Requisites and addresses", None))
        self.termsBox.setTitle(QCoreApplication.translate("ClientCard", u"Terms", None))
        self.receivablesBox.setTitle(QCoreApplication.translate("ClientCard", u"Receivables", None))
        self.salesBox.setTitle(QCoreApplication.translate("ClientCard", u"Sales", None))
        self.recentBox.setTitle(QCoreApplication.translate("ClientCard", u"Recent history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("ClientCard", u"Overview", None))
        self.addContactButton.setText(QCoreApplication.translate("ClientCard", u"Add contact\u2026", None))
        self.editContactButton.setText(QCoreApplication.translate("ClientCard", u"Edit\u2026", None))
        self.contactsHint.setText(QCoreApplication.translate("ClientCard", u"Enter on a phone or e-mail calls or writes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("ClientCard", u"Contacts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("ClientCard", u"Timeline", None))
        pass
    # retranslateUi

