# Automatically generated - do not edit: compiled from ui/new_client_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_client_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewClientDialog(object):
    def setupUi(self, NewClientDialog):
        if not NewClientDialog.objectName():
            NewClientDialog.setObjectName(u"NewClientDialog")
        NewClientDialog.resize(520, 340)
        self.layout = QVBoxLayout(NewClientDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(NewClientDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewClientDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(NewClientDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.fullNameLabel = QLabel(NewClientDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(NewClientDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.innLabel = QLabel(NewClientDialog)
        self.innLabel.setObjectName(u"innLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.innLabel)

        self.innEdit = QLineEdit(NewClientDialog)
        self.innEdit.setObjectName(u"innEdit")
        self.innEdit.setMaxLength(12)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.innEdit)

        self.innError = QLabel(NewClientDialog)
        self.innError.setObjectName(u"innError")
        self.innError.setText(u"")
        self.innError.setWordWrap(True)
        self.innError.setVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.innError)

        self.kppLabel = QLabel(NewClientDialog)
        self.kppLabel.setObjectName(u"kppLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kppLabel)

        self.kppEdit = QLineEdit(NewClientDialog)
        self.kppEdit.setObjectName(u"kppEdit")
        self.kppEdit.setMaxLength(9)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kppEdit)

        self.kppError = QLabel(NewClientDialog)
        self.kppError.setObjectName(u"kppError")
        self.kppError.setText(u"")
        self.kppError.setWordWrap(True)
        self.kppError.setVisible(False)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kppError)

        self.phoneLabel = QLabel(NewClientDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(NewClientDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(NewClientDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(NewClientDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(NewClientDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(NewClientDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.cityLabel = QLabel(NewClientDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(NewClientDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.addressLabel = QLabel(NewClientDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(NewClientDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.managerLabel = QLabel(NewClientDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerCombo = QComboBox(NewClientDialog)
        self.managerCombo.setObjectName(u"managerCombo")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.managerCombo)

        self.segmentLabel = QLabel(NewClientDialog)
        self.segmentLabel.setObjectName(u"segmentLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.segmentLabel)

        self.segmentCombo = QComboBox(NewClientDialog)
        self.segmentCombo.setObjectName(u"segmentCombo")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.segmentCombo)

        self.duplicateLabel = QLabel(NewClientDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setText(u"")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setVisible(False)

        self.form.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.duplicateLabel)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(NewClientDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)

        self.layout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(NewClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.innLabel.setBuddy(self.innEdit)
        self.kppLabel.setBuddy(self.kppEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.managerLabel.setBuddy(self.managerCombo)
        self.segmentLabel.setBuddy(self.segmentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewClientDialog)

        QMetaObject.connectSlotsByName(NewClientDialog)
    # setupUi

    def retranslateUi(self, NewClientDialog):
        NewClientDialog.setWindowTitle(QCoreApplication.translate("NewClientDialog", u"New client", None))
        self.nameLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"As the client is known, e.g. Romashka", None))
        self.fullNameLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Full name:", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"e.g. LLC \"Romashka\"", None))
        self.innLabel.setText(QCoreApplication.translate("NewClientDialog", u"&INN:", None))
        self.kppLabel.setText(QCoreApplication.translate("NewClientDialog", u"&KPP:", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("NewClientDialog", u"+7 (495) 123-45-67", None))
        self.emailLabel.setText(QCoreApplication.translate("NewClientDialog", u"&E-mail:", None))
        self.cityLabel.setText(QCoreApplication.translate("NewClientDialog", u"&City:", None))
        self.addressLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Address:", None))
        self.managerLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Manager:", None))
        self.segmentLabel.setText(QCoreApplication.translate("NewClientDialog", u"&Segment:", None))
    # retranslateUi

