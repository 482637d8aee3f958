# Automatically generated - do not edit: compiled from ui/connect_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connect_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog):
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.resize(560, 300)
        self.layout = QVBoxLayout(ConnectDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ConnectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.demoButton = QPushButton(ConnectDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.layout.addWidget(self.demoButton)

        self.connectBox = QGroupBox(ConnectDialog)
        self.connectBox.setObjectName(u"connectBox")
        self.form = QFormLayout(self.connectBox)
        self.form.setObjectName(u"form")
        self.urlLabel = QLabel(self.connectBox)
        self.urlLabel.setObjectName(u"urlLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(self.connectBox)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setPlaceholderText(u"http://1c-server/ut")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.userLabel = QLabel(self.connectBox)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.connectBox)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.connectBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.connectBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.zoneLabel = QLabel(self.connectBox)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneEdit = QLineEdit(self.connectBox)
        self.zoneEdit.setObjectName(u"zoneEdit")
        self.zoneEdit.setText(u"Europe/Moscow")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.zoneEdit)

        self.depthLabel = QLabel(self.connectBox)
        self.depthLabel.setObjectName(u"depthLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.depthLabel)

        self.depthSpin = QSpinBox(self.connectBox)
        self.depthSpin.setObjectName(u"depthSpin")
        self.depthSpin.setMinimum(1)
        self.depthSpin.setMaximum(120)
        self.depthSpin.setValue(24)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.depthSpin)

        self.verifyTlsCheck = QCheckBox(self.connectBox)
        self.verifyTlsCheck.setObjectName(u"verifyTlsCheck")
        self.verifyTlsCheck.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.verifyTlsCheck)

        self.caLabel = QLabel(self.connectBox)
        self.caLabel.setObjectName(u"caLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caEdit = QLineEdit(self.connectBox)
        self.caEdit.setObjectName(u"caEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.caEdit)

        self.headCheck = QCheckBox(self.connectBox)
        self.headCheck.setObjectName(u"headCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.headCheck)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(self.connectBox)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.connectButton = QPushButton(self.connectBox)
        self.connectButton.setObjectName(u"connectButton")

        self.testLayout.addWidget(self.connectButton)


        self.form.setLayout(8, QFormLayout.ItemRole.SpanningRole, self.testLayout)

        self.resultLabel = QLabel(self.connectBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.resultLabel)


        self.layout.addWidget(self.connectBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ConnectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.zoneLabel.setBuddy(self.zoneEdit)
        self.depthLabel.setBuddy(self.depthSpin)
        self.caLabel.setBuddy(self.caEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConnectDialog)

        self.connectButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog):
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"Open a company", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectDialog", u"Wholesale Desk works on a copy of your company's 1C data kept on this computer, so it works without a network too. Try it on the demo company, or connect to your 1C base.", None))
        self.demoButton.setText(QCoreApplication.translate("ConnectDialog", u"Open the demo company", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("ConnectDialog", u"A generated wholesale distributor served by a local 1C emulator; nothing leaves this computer.", None))
#endif // QT_CONFIG(tooltip)
        self.connectBox.setTitle(QCoreApplication.translate("ConnectDialog", u"Connect to 1C", None))
        self.urlLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Address of the base:", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectDialog", u"1C &user:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Password:", None))
        self.zoneLabel.setText(QCoreApplication.translate("ConnectDialog", u"Server &time zone:", None))
        self.depthLabel.setText(QCoreApplication.translate("ConnectDialog", u"&History to load, months:", None))
        self.verifyTlsCheck.setText(QCoreApplication.translate("ConnectDialog", u"&Verify the server's TLS certificate", None))
        self.caLabel.setText(QCoreApplication.translate("ConnectDialog", u"Company &CA certificate:", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"optional PEM file", None))
        self.headCheck.setText(QCoreApplication.translate("ConnectDialog", u"I am a head of sales (I approve discounts beyond a manager's limit)", None))
        self.testButton.setText(QCoreApplication.translate("ConnectDialog", u"&Test connection", None))
        self.connectButton.setText(QCoreApplication.translate("ConnectDialog", u"&Connect", None))
    # retranslateUi

