# Automatically generated - do not edit: compiled from ui/settings_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 340)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.dataFolderLabel = QLabel(self.generalTab)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataFolderLabel)

        self.dataFolderLayout = QHBoxLayout()
        self.dataFolderLayout.setObjectName(u"dataFolderLayout")
        self.dataFolderEdit = QLineEdit(self.generalTab)
        self.dataFolderEdit.setObjectName(u"dataFolderEdit")
        self.dataFolderEdit.setReadOnly(True)

        self.dataFolderLayout.addWidget(self.dataFolderEdit)

        self.openDataFolderButton = QPushButton(self.generalTab)
        self.openDataFolderButton.setObjectName(u"openDataFolderButton")

        self.dataFolderLayout.addWidget(self.openDataFolderButton)


        self.generalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dataFolderLayout)

        self.dataFolderHint = QLabel(self.generalTab)
        self.dataFolderHint.setObjectName(u"dataFolderHint")
        self.dataFolderHint.setWordWrap(True)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dataFolderHint)

        self.tabs.addTab(self.generalTab, "")
        self.syncTab = QWidget()
        self.syncTab.setObjectName(u"syncTab")
        self.syncForm = QFormLayout(self.syncTab)
        self.syncForm.setObjectName(u"syncForm")
        self.syncIntervalLabel = QLabel(self.syncTab)
        self.syncIntervalLabel.setObjectName(u"syncIntervalLabel")

        self.syncForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.syncIntervalLabel)

        self.syncIntervalSpin = QSpinBox(self.syncTab)
        self.syncIntervalSpin.setObjectName(u"syncIntervalSpin")
        self.syncIntervalSpin.setMinimum(1)
        self.syncIntervalSpin.setMaximum(1440)

        self.syncForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.syncIntervalSpin)

        self.syncOnStartCheck = QCheckBox(self.syncTab)
        self.syncOnStartCheck.setObjectName(u"syncOnStartCheck")

        self.syncForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.syncOnStartCheck)

        self.historyDepthLabel = QLabel(self.syncTab)
        self.historyDepthLabel.setObjectName(u"historyDepthLabel")

        self.syncForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.historyDepthLabel)

        self.historyDepthSpin = QSpinBox(self.syncTab)
        self.historyDepthSpin.setObjectName(u"historyDepthSpin")
        self.historyDepthSpin.setMinimum(1)
        self.historyDepthSpin.setMaximum(120)

        self.syncForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.historyDepthSpin)

        self.staleAfterLabel = QLabel(self.syncTab)
        self.staleAfterLabel.setObjectName(u"staleAfterLabel")

        self.syncForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staleAfterLabel)

        self.staleAfterSpin = QSpinBox(self.syncTab)
        self.staleAfterSpin.setObjectName(u"staleAfterSpin")
        self.staleAfterSpin.setMinimum(1)
        self.staleAfterSpin.setMaximum(720)

        self.syncForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staleAfterSpin)

        self.tabs.addTab(self.syncTab, "")
        self.companyTab = QWidget()
        self.companyTab.setObjectName(u"companyTab")
        self.companyForm = QFormLayout(self.companyTab)
        self.companyForm.setObjectName(u"companyForm")
        self.creditControlLabel = QLabel(self.companyTab)
        self.creditControlLabel.setObjectName(u"creditControlLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.creditControlLabel)

        self.creditControlCombo = QComboBox(self.companyTab)
        self.creditControlCombo.setObjectName(u"creditControlCombo")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.creditControlCombo)

        self.paymentQrCheck = QCheckBox(self.companyTab)
        self.paymentQrCheck.setObjectName(u"paymentQrCheck")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paymentQrCheck)

        self.tabs.addTab(self.companyTab, "")

        self.layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.dataFolderLabel.setBuddy(self.dataFolderEdit)
        self.syncIntervalLabel.setBuddy(self.syncIntervalSpin)
        self.historyDepthLabel.setBuddy(self.historyDepthSpin)
        self.staleAfterLabel.setBuddy(self.staleAfterSpin)
        self.creditControlLabel.setBuddy(self.creditControlCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.dataFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data folder:", None))
        self.openDataFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"Open", None))
        self.dataFolderHint.setText(QCoreApplication.translate("SettingsDialog", u"The local copy of your 1C data, settings and logs. Start the app with --data-dir to use another folder.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.syncIntervalLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sync &every:", None))
        self.syncIntervalSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.syncOnStartCheck.setText(QCoreApplication.translate("SettingsDialog", u"Sync when the app starts", None))
        self.historyDepthLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &history for:", None))
        self.historyDepthSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" months", None))
        self.staleAfterLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Warn when data is older than:", None))
#if QT_CONFIG(tooltip)
        self.staleAfterSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Debts, credit and receivables show a warning when the last successful sync is older than this", None))
#endif // QT_CONFIG(tooltip)
        self.staleAfterSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" h", None))
        self.tabs.setTabText(self.tabs.indexOf(self.syncTab), QCoreApplication.translate("SettingsDialog", u"Synchronisation", None))
        self.creditControlLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Credit limit exceeded:", None))
        self.paymentQrCheck.setText(QCoreApplication.translate("SettingsDialog", u"Print the payment &QR code on invoices and reminders", None))
#if QT_CONFIG(tooltip)
        self.paymentQrCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"The \u0413\u041e\u0421\u0422 \u0420 56042-2014 code a client's bank app scans to fill in the payment, as 1C prints it", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.companyTab), QCoreApplication.translate("SettingsDialog", u"Company", None))
    # retranslateUi

