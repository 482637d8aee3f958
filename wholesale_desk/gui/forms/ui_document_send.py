# Automatically generated - do not edit: compiled from ui/document_send.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_send.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DocumentSendDialog(object):
    def setupUi(self, DocumentSendDialog):
        if not DocumentSendDialog.objectName():
            DocumentSendDialog.setObjectName(u"DocumentSendDialog")
        DocumentSendDialog.resize(620, 460)
        self.layout = QVBoxLayout(DocumentSendDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.toLabel = QLabel(DocumentSendDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toCombo = QComboBox(DocumentSendDialog)
        self.toCombo.setObjectName(u"toCombo")
        self.toCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toCombo)

        self.subjectLabel = QLabel(DocumentSendDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(DocumentSendDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.attachmentTitleLabel = QLabel(DocumentSendDialog)
        self.attachmentTitleLabel.setObjectName(u"attachmentTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentTitleLabel)

        self.attachmentLabel = QLabel(DocumentSendDialog)
        self.attachmentLabel.setObjectName(u"attachmentLabel")
        self.attachmentLabel.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachmentLabel)


        self.layout.addLayout(self.formLayout)

        self.bodyEdit = QPlainTextEdit(DocumentSendDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.layout.addWidget(self.bodyEdit)

        self.noticeLabel = QLabel(DocumentSendDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.layout.addWidget(self.noticeLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.mailSettingsButton = QPushButton(DocumentSendDialog)
        self.mailSettingsButton.setObjectName(u"mailSettingsButton")

        self.bottomLayout.addWidget(self.mailSettingsButton)

        self.buttonBox = QDialogButtonBox(DocumentSendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentSendDialog)
        self.buttonBox.accepted.connect(DocumentSendDialog.accept)
        self.buttonBox.rejected.connect(DocumentSendDialog.reject)

        QMetaObject.connectSlotsByName(DocumentSendDialog)
    # setupUi

    def retranslateUi(self, DocumentSendDialog):
        DocumentSendDialog.setWindowTitle(QCoreApplication.translate("DocumentSendDialog", u"Send by e-mail", None))
        self.toLabel.setText(QCoreApplication.translate("DocumentSendDialog", u"&To:", None))
#if QT_CONFIG(tooltip)
        self.toCombo.setToolTip(QCoreApplication.translate("DocumentSendDialog", u"Addresses separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.subjectLabel.setText(QCoreApplication.translate("DocumentSendDialog", u"&Subject:", None))
        self.attachmentTitleLabel.setText(QCoreApplication.translate("DocumentSendDialog", u"Attachment:", None))
        self.mailSettingsButton.setText(QCoreApplication.translate("DocumentSendDialog", u"Mail &settings\u2026", None))
    # retranslateUi

