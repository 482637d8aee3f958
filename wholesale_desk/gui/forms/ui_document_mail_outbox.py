# Automatically generated - do not edit: compiled from ui/document_mail_outbox.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_mail_outbox.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DocumentMailOutboxDialog(object):
    def setupUi(self, DocumentMailOutboxDialog):
        if not DocumentMailOutboxDialog.objectName():
            DocumentMailOutboxDialog.setObjectName(u"DocumentMailOutboxDialog")
        DocumentMailOutboxDialog.resize(760, 360)
        self.layout = QVBoxLayout(DocumentMailOutboxDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(DocumentMailOutboxDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.table = QTableWidget(DocumentMailOutboxDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.sendNowButton = QPushButton(DocumentMailOutboxDialog)
        self.sendNowButton.setObjectName(u"sendNowButton")

        self.buttonsLayout.addWidget(self.sendNowButton)

        self.sendAgainButton = QPushButton(DocumentMailOutboxDialog)
        self.sendAgainButton.setObjectName(u"sendAgainButton")

        self.buttonsLayout.addWidget(self.sendAgainButton)

        self.markSentButton = QPushButton(DocumentMailOutboxDialog)
        self.markSentButton.setObjectName(u"markSentButton")

        self.buttonsLayout.addWidget(self.markSentButton)

        self.discardButton = QPushButton(DocumentMailOutboxDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonsLayout.addWidget(self.discardButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(DocumentMailOutboxDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(DocumentMailOutboxDialog)
        self.buttonBox.accepted.connect(DocumentMailOutboxDialog.accept)
        self.buttonBox.rejected.connect(DocumentMailOutboxDialog.reject)

        QMetaObject.connectSlotsByName(DocumentMailOutboxDialog)
    # setupUi

    def retranslateUi(self, DocumentMailOutboxDialog):
        DocumentMailOutboxDialog.setWindowTitle(QCoreApplication.translate("DocumentMailOutboxDialog", u"Mail outbox", None))
        self.sendNowButton.setText(QCoreApplication.translate("DocumentMailOutboxDialog", u"Send &now", None))
        self.sendAgainButton.setText(QCoreApplication.translate("DocumentMailOutboxDialog", u"Send &again", None))
        self.markSentButton.setText(QCoreApplication.translate("DocumentMailOutboxDialog", u"It &was sent", None))
        self.discardButton.setText(QCoreApplication.translate("DocumentMailOutboxDialog", u"&Discard", None))
    # retranslateUi

