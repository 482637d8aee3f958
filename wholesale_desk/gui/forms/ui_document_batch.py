# Automatically generated - do not edit: compiled from ui/document_batch.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_batch.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentBatchDialog(object):
    def setupUi(self, DocumentBatchDialog):
        if not DocumentBatchDialog.objectName():
            DocumentBatchDialog.setObjectName(u"DocumentBatchDialog")
        DocumentBatchDialog.resize(560, 420)
        self.layout = QVBoxLayout(DocumentBatchDialog)
        self.layout.setObjectName(u"layout")
        self.countLabel = QLabel(DocumentBatchDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.layout.addWidget(self.countLabel)

        self.printRadio = QRadioButton(DocumentBatchDialog)
        self.printRadio.setObjectName(u"printRadio")
        self.printRadio.setChecked(True)

        self.layout.addWidget(self.printRadio)

        self.saveRadio = QRadioButton(DocumentBatchDialog)
        self.saveRadio.setObjectName(u"saveRadio")

        self.layout.addWidget(self.saveRadio)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLayout.setContentsMargins(24, -1, -1, -1)
        self.folderEdit = QLineEdit(DocumentBatchDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(DocumentBatchDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.layout.addLayout(self.folderLayout)

        self.mailRadio = QRadioButton(DocumentBatchDialog)
        self.mailRadio.setObjectName(u"mailRadio")

        self.layout.addWidget(self.mailRadio)

        self.progressBar = QProgressBar(DocumentBatchDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.logView = QPlainTextEdit(DocumentBatchDialog)
        self.logView.setObjectName(u"logView")
        self.logView.setReadOnly(True)

        self.layout.addWidget(self.logView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.startButton = QPushButton(DocumentBatchDialog)
        self.startButton.setObjectName(u"startButton")

        self.bottomLayout.addWidget(self.startButton)

        self.cancelButton = QPushButton(DocumentBatchDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.bottomLayout.addWidget(self.cancelButton)

        self.buttonBox = QDialogButtonBox(DocumentBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomLayout)


        self.retranslateUi(DocumentBatchDialog)
        self.buttonBox.accepted.connect(DocumentBatchDialog.accept)
        self.buttonBox.rejected.connect(DocumentBatchDialog.reject)

        QMetaObject.connectSlotsByName(DocumentBatchDialog)
    # setupUi

    def retranslateUi(self, DocumentBatchDialog):
        DocumentBatchDialog.setWindowTitle(QCoreApplication.translate("DocumentBatchDialog", u"Invoices for several orders", None))
        self.printRadio.setText(QCoreApplication.translate("DocumentBatchDialog", u"&Print all", None))
        self.saveRadio.setText(QCoreApplication.translate("DocumentBatchDialog", u"&Save all as PDF to a folder", None))
        self.browseButton.setText(QCoreApplication.translate("DocumentBatchDialog", u"&Browse\u2026", None))
        self.mailRadio.setText(QCoreApplication.translate("DocumentBatchDialog", u"&E-mail each invoice to its client", None))
        self.startButton.setText(QCoreApplication.translate("DocumentBatchDialog", u"&Start", None))
        self.cancelButton.setText(QCoreApplication.translate("DocumentBatchDialog", u"Cancel", None))
    # retranslateUi

