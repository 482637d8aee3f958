# Automatically generated - do not edit: compiled from ui/document_period.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_period.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DocumentPeriodDialog(object):
    def setupUi(self, DocumentPeriodDialog):
        if not DocumentPeriodDialog.objectName():
            DocumentPeriodDialog.setObjectName(u"DocumentPeriodDialog")
        DocumentPeriodDialog.resize(360, 160)
        self.layout = QVBoxLayout(DocumentPeriodDialog)
        self.layout.setObjectName(u"layout")
        self.clientLabel = QLabel(DocumentPeriodDialog)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setText(u"")
        self.clientLabel.setWordWrap(True)

        self.layout.addWidget(self.clientLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(DocumentPeriodDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(DocumentPeriodDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(DocumentPeriodDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(DocumentPeriodDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.layout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DocumentPeriodDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentPeriodDialog)
        self.buttonBox.accepted.connect(DocumentPeriodDialog.accept)
        self.buttonBox.rejected.connect(DocumentPeriodDialog.reject)

        QMetaObject.connectSlotsByName(DocumentPeriodDialog)
    # setupUi

    def retranslateUi(self, DocumentPeriodDialog):
        DocumentPeriodDialog.setWindowTitle(QCoreApplication.translate("DocumentPeriodDialog", u"Reconciliation statement", None))
        self.fromLabel.setText(QCoreApplication.translate("DocumentPeriodDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("DocumentPeriodDialog", u"&To:", None))
    # retranslateUi

