# Automatically generated - do not edit: compiled from ui/interaction_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interaction_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_InteractionDialog(object):
    def setupUi(self, InteractionDialog):
        if not InteractionDialog.objectName():
            InteractionDialog.setObjectName(u"InteractionDialog")
        InteractionDialog.resize(520, 480)
        self.layout = QVBoxLayout(InteractionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.clientLabelTitle = QLabel(InteractionDialog)
        self.clientLabelTitle.setObjectName(u"clientLabelTitle")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientLabelTitle)

        self.clientLabel = QLabel(InteractionDialog)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientLabel)

        self.kindLabel = QLabel(InteractionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InteractionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.whenLabel = QLabel(InteractionDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(InteractionDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)
        self.whenEdit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.whenError = QLabel(InteractionDialog)
        self.whenError.setObjectName(u"whenError")
        self.whenError.setText(u"")
        self.whenError.setWordWrap(True)
        self.whenError.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.whenError)

        self.contactLabel = QLabel(InteractionDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(InteractionDialog)
        self.contactCombo.setObjectName(u"contactCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.contactError = QLabel(InteractionDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setText(u"")
        self.contactError.setWordWrap(True)
        self.contactError.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.subjectLabel = QLabel(InteractionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(InteractionDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(InteractionDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setText(u"")
        self.subjectError.setWordWrap(True)
        self.subjectError.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.textLabel = QLabel(InteractionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(InteractionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.outcomeLabel = QLabel(InteractionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(InteractionDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.satisfactionLabel = QLabel(InteractionDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfactionCombo = QComboBox(InteractionDialog)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.satisfactionCombo)

        self.satisfactionError = QLabel(InteractionDialog)
        self.satisfactionError.setObjectName(u"satisfactionError")
        self.satisfactionError.setText(u"")
        self.satisfactionError.setWordWrap(True)
        self.satisfactionError.setVisible(False)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.satisfactionError)

        self.directionLabel = QLabel(InteractionDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.incomingCheck = QCheckBox(InteractionDialog)
        self.incomingCheck.setObjectName(u"incomingCheck")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.incomingCheck)

        self.durationLabel = QLabel(InteractionDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(InteractionDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(15)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.durationError = QLabel(InteractionDialog)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setText(u"")
        self.durationError.setWordWrap(True)
        self.durationError.setVisible(False)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.durationError)

        self.nextStepBox = QGroupBox(InteractionDialog)
        self.nextStepBox.setObjectName(u"nextStepBox")
        self.nextStepBox.setCheckable(True)
        self.nextStepBox.setChecked(False)
        self.nextStepForm = QFormLayout(self.nextStepBox)
        self.nextStepForm.setObjectName(u"nextStepForm")
        self.nextStepLabel = QLabel(self.nextStepBox)
        self.nextStepLabel.setObjectName(u"nextStepLabel")

        self.nextStepForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nextStepLabel)

        self.nextStepEdit = QLineEdit(self.nextStepBox)
        self.nextStepEdit.setObjectName(u"nextStepEdit")

        self.nextStepForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nextStepEdit)

        self.nextStepError = QLabel(self.nextStepBox)
        self.nextStepError.setObjectName(u"nextStepError")
        self.nextStepError.setText(u"")
        self.nextStepError.setWordWrap(True)
        self.nextStepError.setVisible(False)

        self.nextStepForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextStepError)

        self.nextStepDueLabel = QLabel(self.nextStepBox)
        self.nextStepDueLabel.setObjectName(u"nextStepDueLabel")

        self.nextStepForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextStepDueLabel)

        self.nextStepDueEdit = QDateTimeEdit(self.nextStepBox)
        self.nextStepDueEdit.setObjectName(u"nextStepDueEdit")
        self.nextStepDueEdit.setCalendarPopup(True)
        self.nextStepDueEdit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.nextStepForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextStepDueEdit)

        self.nextStepDueError = QLabel(self.nextStepBox)
        self.nextStepDueError.setObjectName(u"nextStepDueError")
        self.nextStepDueError.setText(u"")
        self.nextStepDueError.setWordWrap(True)
        self.nextStepDueError.setVisible(False)

        self.nextStepForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextStepDueError)


        self.form.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.nextStepBox)

        self.promiseBox = QGroupBox(InteractionDialog)
        self.promiseBox.setObjectName(u"promiseBox")
        self.promiseBox.setCheckable(True)
        self.promiseBox.setChecked(False)
        self.promiseForm = QFormLayout(self.promiseBox)
        self.promiseForm.setObjectName(u"promiseForm")
        self.promiseDateLabel = QLabel(self.promiseBox)
        self.promiseDateLabel.setObjectName(u"promiseDateLabel")

        self.promiseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.promiseDateLabel)

        self.promiseDateEdit = QDateEdit(self.promiseBox)
        self.promiseDateEdit.setObjectName(u"promiseDateEdit")
        self.promiseDateEdit.setCalendarPopup(True)
        self.promiseDateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.promiseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.promiseDateEdit)

        self.promiseDateError = QLabel(self.promiseBox)
        self.promiseDateError.setObjectName(u"promiseDateError")
        self.promiseDateError.setText(u"")
        self.promiseDateError.setWordWrap(True)
        self.promiseDateError.setVisible(False)

        self.promiseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.promiseDateError)

        self.promiseAmountLabel = QLabel(self.promiseBox)
        self.promiseAmountLabel.setObjectName(u"promiseAmountLabel")

        self.promiseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.promiseAmountLabel)

        self.promiseAmountEdit = QLineEdit(self.promiseBox)
        self.promiseAmountEdit.setObjectName(u"promiseAmountEdit")

        self.promiseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.promiseAmountEdit)

        self.promiseAmountError = QLabel(self.promiseBox)
        self.promiseAmountError.setObjectName(u"promiseAmountError")
        self.promiseAmountError.setText(u"")
        self.promiseAmountError.setWordWrap(True)
        self.promiseAmountError.setVisible(False)

        self.promiseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.promiseAmountError)


        self.form.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.promiseBox)


        self.layout.addLayout(self.form)

        self.generalError = QLabel(InteractionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)

        self.layout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(InteractionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.whenLabel.setBuddy(self.whenEdit)
        self.contactLabel.setBuddy(self.contactCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.satisfactionLabel.setBuddy(self.satisfactionCombo)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InteractionDialog)

        QMetaObject.connectSlotsByName(InteractionDialog)
    # setupUi

    def retranslateUi(self, InteractionDialog):
        InteractionDialog.setWindowTitle(QCoreApplication.translate("InteractionDialog", u"Log interaction", None))
        self.clientLabelTitle.setText(QCoreApplication.translate("InteractionDialog", u"Client:", None))
        self.kindLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Kind:", None))
        self.whenLabel.setText(QCoreApplication.translate("InteractionDialog", u"&When:", None))
        self.contactLabel.setText(QCoreApplication.translate("InteractionDialog", u"C&ontact:", None))
        self.subjectLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Subject:", None))
        self.textLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Text:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("InteractionDialog", u"O&utcome:", None))
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"What was agreed", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("InteractionDialog", u"Sati&sfaction:", None))
        self.directionLabel.setText(QCoreApplication.translate("InteractionDialog", u"Direction:", None))
        self.incomingCheck.setText(QCoreApplication.translate("InteractionDialog", u"Incoming call", None))
        self.durationLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Duration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("InteractionDialog", u" min", None))
        self.nextStepBox.setTitle(QCoreApplication.translate("InteractionDialog", u"&Next step (becomes a task)", None))
        self.nextStepLabel.setText(QCoreApplication.translate("InteractionDialog", u"What:", None))
        self.nextStepEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"e.g. Send the price list", None))
        self.nextStepDueLabel.setText(QCoreApplication.translate("InteractionDialog", u"Due:", None))
        self.promiseBox.setTitle(QCoreApplication.translate("InteractionDialog", u"&Promise to pay (the receivables view shows it; a task follows it up)", None))
        self.promiseDateLabel.setText(QCoreApplication.translate("InteractionDialog", u"Pays by:", None))
        self.promiseAmountLabel.setText(QCoreApplication.translate("InteractionDialog", u"Amount, \u20bd:", None))
        self.promiseAmountEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"optional", None))
    # retranslateUi

