# Automatically generated - do not edit: compiled from ui/sync_status.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_status.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QSizePolicy, QSpacerItem, QToolButton, QWidget)

class Ui_SyncStatus(object):
    def setupUi(self, SyncStatus):
        if not SyncStatus.objectName():
            SyncStatus.setObjectName(u"SyncStatus")
        SyncStatus.resize(720, 28)
        self.layout = QHBoxLayout(SyncStatus)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 0, 4, 0)
        self.connectionLabel = QLabel(SyncStatus)
        self.connectionLabel.setObjectName(u"connectionLabel")
        self.connectionLabel.setText(u"connection")

        self.layout.addWidget(self.connectionLabel)

        self.lastSyncLabel = QLabel(SyncStatus)
        self.lastSyncLabel.setObjectName(u"lastSyncLabel")
        self.lastSyncLabel.setText(u"last sync")

        self.layout.addWidget(self.lastSyncLabel)

        self.stageLabel = QLabel(SyncStatus)
        self.stageLabel.setObjectName(u"stageLabel")
        self.stageLabel.setText(u"stage")

        self.layout.addWidget(self.stageLabel)

        self.progressBar = QProgressBar(SyncStatus)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(180, 16777215))
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.pendingLabel = QLabel(SyncStatus)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setText(u"pending")

        self.layout.addWidget(self.pendingLabel)

        self.trailingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layout.addItem(self.trailingSpacer)

        self.syncNowButton = QToolButton(SyncStatus)
        self.syncNowButton.setObjectName(u"syncNowButton")
        self.syncNowButton.setAutoRaise(True)

        self.layout.addWidget(self.syncNowButton)


        self.retranslateUi(SyncStatus)

        QMetaObject.connectSlotsByName(SyncStatus)
    # setupUi

    def retranslateUi(self, SyncStatus):
        self.syncNowButton.setText(QCoreApplication.translate("SyncStatus", u"Sync now", None))
        pass
    # retranslateUi

