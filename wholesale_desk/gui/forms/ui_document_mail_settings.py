# Automatically generated - do not edit: compiled from ui/document_mail_settings.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_mail_settings.ui'
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
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DocumentMailSettingsDialog(object):
    def setupUi(self, DocumentMailSettingsDialog):
        if not DocumentMailSettingsDialog.objectName():
            DocumentMailSettingsDialog.setObjectName(u"DocumentMailSettingsDialog")
        DocumentMailSettingsDialog.resize(560, 600)
        self.layout = QVBoxLayout(DocumentMailSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.hostLabel = QLabel(DocumentMailSettingsDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(DocumentMailSettingsDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setPlaceholderText(u"smtp.example.ru")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(DocumentMailSettingsDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(DocumentMailSettingsDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.securityLabel = QLabel(DocumentMailSettingsDialog)
        self.securityLabel.setObjectName(u"securityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityCombo = QComboBox(DocumentMailSettingsDialog)
        self.securityCombo.setObjectName(u"securityCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.securityCombo)

        self.userLabel = QLabel(DocumentMailSettingsDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(DocumentMailSettingsDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(DocumentMailSettingsDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(DocumentMailSettingsDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordNoteLabel = QLabel(DocumentMailSettingsDialog)
        self.passwordNoteLabel.setObjectName(u"passwordNoteLabel")
        self.passwordNoteLabel.setText(u"")
        self.passwordNoteLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordNoteLabel)

        self.senderLabel = QLabel(DocumentMailSettingsDialog)
        self.senderLabel.setObjectName(u"senderLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(DocumentMailSettingsDialog)
        self.senderEdit.setObjectName(u"senderEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.senderNameLabel = QLabel(DocumentMailSettingsDialog)
        self.senderNameLabel.setObjectName(u"senderNameLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.senderNameLabel)

        self.senderNameEdit = QLineEdit(DocumentMailSettingsDialog)
        self.senderNameEdit.setObjectName(u"senderNameEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.senderNameEdit)

        self.phoneLabel = QLabel(DocumentMailSettingsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(DocumentMailSettingsDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.subjectTemplateLabel = QLabel(DocumentMailSettingsDialog)
        self.subjectTemplateLabel.setObjectName(u"subjectTemplateLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.subjectTemplateLabel)

        self.subjectTemplateEdit = QLineEdit(DocumentMailSettingsDialog)
        self.subjectTemplateEdit.setObjectName(u"subjectTemplateEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.subjectTemplateEdit)

        self.bodyTemplateLabel = QLabel(DocumentMailSettingsDialog)
        self.bodyTemplateLabel.setObjectName(u"bodyTemplateLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.bodyTemplateLabel)

        self.bodyTemplateEdit = QPlainTextEdit(DocumentMailSettingsDialog)
        self.bodyTemplateEdit.setObjectName(u"bodyTemplateEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.bodyTemplateEdit)

        self.placeholdersLabel = QLabel(DocumentMailSettingsDialog)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")
        self.placeholdersLabel.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.placeholdersLabel)


        self.layout.addLayout(self.formLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.testButton = QPushButton(DocumentMailSettingsDialog)
        self.testButton.setObjectName(u"testButton")

        self.bottomLayout.addWidget(self.testButton)

        self.buttonBox = QDialogButtonBox(DocumentMailSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.securityLabel.setBuddy(self.securityCombo)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.senderNameLabel.setBuddy(self.senderNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.subjectTemplateLabel.setBuddy(self.subjectTemplateEdit)
        self.bodyTemplateLabel.setBuddy(self.bodyTemplateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentMailSettingsDialog)
        self.buttonBox.accepted.connect(DocumentMailSettingsDialog.accept)
        self.buttonBox.rejected.connect(DocumentMailSettingsDialog.reject)

        QMetaObject.connectSlotsByName(DocumentMailSettingsDialog)
    # setupUi

    def retranslateUi(self, DocumentMailSettingsDialog):
        DocumentMailSettingsDialog.setWindowTitle(QCoreApplication.translate("DocumentMailSettingsDialog", u"E-mail settings", None))
        self.hostLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Mail &server:", None))
        self.portLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"&Port:", None))
        self.securityLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"S&ecurity:", None))
        self.userLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"&Login:", None))
        self.passwordLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Pass&word:", None))
        self.senderLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Sender &address:", None))
        self.senderNameLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Sender &name:", None))
        self.phoneLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Your p&hone (on letters):", None))
        self.subjectTemplateLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Su&bject template:", None))
        self.bodyTemplateLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Message &template:", None))
        self.placeholdersLabel.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Placeholders: {title}, {document}, {number}, {date}, {client}, {manager}, {company}", None))
        self.testButton.setText(QCoreApplication.translate("DocumentMailSettingsDialog", u"Send a &test message", None))
    # retranslateUi

