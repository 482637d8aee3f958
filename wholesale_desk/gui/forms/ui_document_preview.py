# Automatically generated - do not edit: compiled from ui/document_preview.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(900, 1000)
        self.layout = QVBoxLayout(DocumentPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.printButton = QPushButton(DocumentPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolbarLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolbarLayout.addWidget(self.saveButton)

        self.sendButton = QPushButton(DocumentPreviewDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.toolbarLayout.addWidget(self.sendButton)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.previousPageButton = QToolButton(DocumentPreviewDialog)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setText(u"\u25c0")

        self.toolbarLayout.addWidget(self.previousPageButton)

        self.pageSpin = QSpinBox(DocumentPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.toolbarLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(DocumentPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"of 1")

        self.toolbarLayout.addWidget(self.pageCountLabel)

        self.nextPageButton = QToolButton(DocumentPreviewDialog)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setText(u"\u25b6")

        self.toolbarLayout.addWidget(self.nextPageButton)

        self.zoomOutButton = QToolButton(DocumentPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(DocumentPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")
        self.zoomCombo.setMinimumContentsLength(10)

        self.toolbarLayout.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(DocumentPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolbarLayout.addWidget(self.zoomInButton)


        self.layout.addLayout(self.toolbarLayout)

        self.viewHost = QWidget(DocumentPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.viewHost)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(DocumentPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(DocumentPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomLayout)


        self.retranslateUi(DocumentPreviewDialog)
        self.buttonBox.accepted.connect(DocumentPreviewDialog.accept)
        self.buttonBox.rejected.connect(DocumentPreviewDialog.reject)

        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Document preview", None))
        self.printButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save PDF\u2026", None))
        self.sendButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Send by &e-mail\u2026", None))
#if QT_CONFIG(tooltip)
        self.previousPageButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

