# Automatically generated - do not edit: compiled from ui/reports_page.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1200, 800)
        self.layout = QVBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")

        self.headerLayout.addWidget(self.periodLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.headerLayout.addWidget(self.periodCombo)

        self.managerCombo = QComboBox(ReportsPage)
        self.managerCombo.setObjectName(u"managerCombo")
        self.managerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.managerCombo)

        self.refreshButton = QPushButton(ReportsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


        self.layout.addLayout(self.headerLayout)

        self.kpiLayout = QHBoxLayout()
        self.kpiLayout.setObjectName(u"kpiLayout")
        self.salesTile = QFrame(ReportsPage)
        self.salesTile.setObjectName(u"salesTile")
        self.salesTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.salesTileLayout = QVBoxLayout(self.salesTile)
        self.salesTileLayout.setObjectName(u"salesTileLayout")
        self.salesCaption = QLabel(self.salesTile)
        self.salesCaption.setObjectName(u"salesCaption")

        self.salesTileLayout.addWidget(self.salesCaption)

        self.salesValue = QLabel(self.salesTile)
        self.salesValue.setObjectName(u"salesValue")
        self.salesValue.setText(u"\u2014")

        self.salesTileLayout.addWidget(self.salesValue)

        self.salesNote = QLabel(self.salesTile)
        self.salesNote.setObjectName(u"salesNote")
        self.salesNote.setWordWrap(True)
        self.salesNote.setText(u"")

        self.salesTileLayout.addWidget(self.salesNote)

        self.salesTileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.salesTileLayout.addItem(self.salesTileSpacer)


        self.kpiLayout.addWidget(self.salesTile)

        self.planTile = QFrame(ReportsPage)
        self.planTile.setObjectName(u"planTile")
        self.planTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.planTileLayout = QVBoxLayout(self.planTile)
        self.planTileLayout.setObjectName(u"planTileLayout")
        self.planCaption = QLabel(self.planTile)
        self.planCaption.setObjectName(u"planCaption")

        self.planTileLayout.addWidget(self.planCaption)

        self.planValue = QLabel(self.planTile)
        self.planValue.setObjectName(u"planValue")
        self.planValue.setText(u"\u2014")

        self.planTileLayout.addWidget(self.planValue)

        self.planNote = QLabel(self.planTile)
        self.planNote.setObjectName(u"planNote")
        self.planNote.setWordWrap(True)
        self.planNote.setText(u"")

        self.planTileLayout.addWidget(self.planNote)

        self.planTileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planTileLayout.addItem(self.planTileSpacer)


        self.kpiLayout.addWidget(self.planTile)

        self.ordersTile = QFrame(ReportsPage)
        self.ordersTile.setObjectName(u"ordersTile")
        self.ordersTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.ordersTileLayout = QVBoxLayout(self.ordersTile)
        self.ordersTileLayout.setObjectName(u"ordersTileLayout")
        self.ordersCaption = QLabel(self.ordersTile)
        self.ordersCaption.setObjectName(u"ordersCaption")

        self.ordersTileLayout.addWidget(self.ordersCaption)

        self.ordersValue = QLabel(self.ordersTile)
        self.ordersValue.setObjectName(u"ordersValue")
        self.ordersValue.setText(u"\u2014")

        self.ordersTileLayout.addWidget(self.ordersValue)

        self.ordersNote = QLabel(self.ordersTile)
        self.ordersNote.setObjectName(u"ordersNote")
        self.ordersNote.setWordWrap(True)
        self.ordersNote.setText(u"")

        self.ordersTileLayout.addWidget(self.ordersNote)

        self.ordersTileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ordersTileLayout.addItem(self.ordersTileSpacer)


        self.kpiLayout.addWidget(self.ordersTile)

        self.marginTile = QFrame(ReportsPage)
        self.marginTile.setObjectName(u"marginTile")
        self.marginTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.marginTileLayout = QVBoxLayout(self.marginTile)
        self.marginTileLayout.setObjectName(u"marginTileLayout")
        self.marginCaption = QLabel(self.marginTile)
        self.marginCaption.setObjectName(u"marginCaption")

        self.marginTileLayout.addWidget(self.marginCaption)

        self.marginValue = QLabel(self.marginTile)
        self.marginValue.setObjectName(u"marginValue")
        self.marginValue.setText(u"\u2014")

        self.marginTileLayout.addWidget(self.marginValue)

        self.marginNote = QLabel(self.marginTile)
        self.marginNote.setObjectName(u"marginNote")
        self.marginNote.setWordWrap(True)
        self.marginNote.setText(u"")

        self.marginTileLayout.addWidget(self.marginNote)

        self.marginTileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.marginTileLayout.addItem(self.marginTileSpacer)


        self.kpiLayout.addWidget(self.marginTile)

        self.overdueTile = QFrame(ReportsPage)
        self.overdueTile.setObjectName(u"overdueTile")
        self.overdueTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueTileLayout = QVBoxLayout(self.overdueTile)
        self.overdueTileLayout.setObjectName(u"overdueTileLayout")
        self.overdueCaption = QLabel(self.overdueTile)
        self.overdueCaption.setObjectName(u"overdueCaption")

        self.overdueTileLayout.addWidget(self.overdueCaption)

        self.overdueValue = QLabel(self.overdueTile)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setText(u"\u2014")

        self.overdueTileLayout.addWidget(self.overdueValue)

        self.overdueNote = QLabel(self.overdueTile)
        self.overdueNote.setObjectName(u"overdueNote")
        self.overdueNote.setWordWrap(True)
        self.overdueNote.setText(u"")

        self.overdueTileLayout.addWidget(self.overdueNote)

        self.overdueTileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overdueTileLayout.addItem(self.overdueTileSpacer)


        self.kpiLayout.addWidget(self.overdueTile)


        self.layout.addLayout(self.kpiLayout)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chartHost = QWidget(self.splitter)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 180))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartHost)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.managersTab = QWidget()
        self.managersTab.setObjectName(u"managersTab")
        self.managersTabLayout = QVBoxLayout(self.managersTab)
        self.managersTabLayout.setObjectName(u"managersTabLayout")
        self.managersView = QTableView(self.managersTab)
        self.managersView.setObjectName(u"managersView")
        self.managersView.setAlternatingRowColors(True)
        self.managersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.managersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.managersView.setSortingEnabled(True)

        self.managersTabLayout.addWidget(self.managersView)

        self.tabs.addTab(self.managersTab, "")
        self.clientsTab = QWidget()
        self.clientsTab.setObjectName(u"clientsTab")
        self.clientsTabLayout = QVBoxLayout(self.clientsTab)
        self.clientsTabLayout.setObjectName(u"clientsTabLayout")
        self.clientsView = QTableView(self.clientsTab)
        self.clientsView.setObjectName(u"clientsView")
        self.clientsView.setAlternatingRowColors(True)
        self.clientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientsView.setSortingEnabled(True)

        self.clientsTabLayout.addWidget(self.clientsView)

        self.tabs.addTab(self.clientsTab, "")
        self.productsTab = QWidget()
        self.productsTab.setObjectName(u"productsTab")
        self.productsTabLayout = QVBoxLayout(self.productsTab)
        self.productsTabLayout.setObjectName(u"productsTabLayout")
        self.productsView = QTableView(self.productsTab)
        self.productsView.setObjectName(u"productsView")
        self.productsView.setAlternatingRowColors(True)
        self.productsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productsView.setSortingEnabled(True)

        self.productsTabLayout.addWidget(self.productsView)

        self.tabs.addTab(self.productsTab, "")
        self.newClientsTab = QWidget()
        self.newClientsTab.setObjectName(u"newClientsTab")
        self.newClientsTabLayout = QVBoxLayout(self.newClientsTab)
        self.newClientsTabLayout.setObjectName(u"newClientsTabLayout")
        self.newClientsView = QTableView(self.newClientsTab)
        self.newClientsView.setObjectName(u"newClientsView")
        self.newClientsView.setAlternatingRowColors(True)
        self.newClientsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.newClientsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.newClientsView.setSortingEnabled(True)

        self.newClientsTabLayout.addWidget(self.newClientsView)

        self.tabs.addTab(self.newClientsTab, "")
        self.lapsedTab = QWidget()
        self.lapsedTab.setObjectName(u"lapsedTab")
        self.lapsedTabLayout = QVBoxLayout(self.lapsedTab)
        self.lapsedTabLayout.setObjectName(u"lapsedTabLayout")
        self.lapsedView = QTableView(self.lapsedTab)
        self.lapsedView.setObjectName(u"lapsedView")
        self.lapsedView.setAlternatingRowColors(True)
        self.lapsedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lapsedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lapsedView.setSortingEnabled(True)

        self.lapsedTabLayout.addWidget(self.lapsedView)

        self.tabs.addTab(self.lapsedTab, "")
        self.splitter.addWidget(self.tabs)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Sales report", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.managerCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Whose clients", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ReportsPage", u"Refresh", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"Export table\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the table shown below to Excel or CSV", None))
#endif // QT_CONFIG(tooltip)
        self.salesCaption.setText(QCoreApplication.translate("ReportsPage", u"Net sales", None))
        self.planCaption.setText(QCoreApplication.translate("ReportsPage", u"Plan", None))
        self.ordersCaption.setText(QCoreApplication.translate("ReportsPage", u"Orders", None))
        self.marginCaption.setText(QCoreApplication.translate("ReportsPage", u"Gross margin", None))
        self.overdueCaption.setText(QCoreApplication.translate("ReportsPage", u"Overdue receivables", None))
        self.tabs.setTabText(self.tabs.indexOf(self.managersTab), QCoreApplication.translate("ReportsPage", u"By manager", None))
        self.tabs.setTabText(self.tabs.indexOf(self.clientsTab), QCoreApplication.translate("ReportsPage", u"Top clients", None))
        self.tabs.setTabText(self.tabs.indexOf(self.productsTab), QCoreApplication.translate("ReportsPage", u"Top products", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newClientsTab), QCoreApplication.translate("ReportsPage", u"New clients", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lapsedTab), QCoreApplication.translate("ReportsPage", u"Stopped buying", None))
        pass
    # retranslateUi

