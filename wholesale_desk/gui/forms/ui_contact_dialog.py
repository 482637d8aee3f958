# Automatically generated - do not edit: compiled from ui/contact_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(460, 240)
        self.layout = QVBoxLayout(ContactDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ContactDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ContactDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.positionLabel = QLabel(ContactDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(ContactDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(ContactDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(ContactDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.birthdayLabel = QLabel(ContactDialog)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthdayLayout = QHBoxLayout()
        self.birthdayLayout.setObjectName(u"birthdayLayout")
        self.birthdayCheck = QCheckBox(ContactDialog)
        self.birthdayCheck.setObjectName(u"birthdayCheck")

        self.birthdayLayout.addWidget(self.birthdayCheck)

        self.birthdayEdit = QDateEdit(ContactDialog)
        self.birthdayEdit.setObjectName(u"birthdayEdit")
        self.birthdayEdit.setCalendarPopup(True)
        self.birthdayEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.birthdayLayout.addWidget(self.birthdayEdit)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.birthdayLayout)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(ContactDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)

        self.layout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.birthdayLabel.setBuddy(self.birthdayCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact person", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"Surname Name", None))
        self.positionLabel.setText(QCoreApplication.translate("ContactDialog", u"P&osition:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"+7 (916) 123-45-67", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"&E-mail:", None))
        self.birthdayLabel.setText(QCoreApplication.translate("ContactDialog", u"&Birthday:", None))
        self.birthdayCheck.setText(QCoreApplication.translate("ContactDialog", u"Known", None))
    # retranslateUi

