# Automatically generated - do not edit: compiled from ui/order_editor.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrderEditor(object):
    def setupUi(self, OrderEditor):
        if not OrderEditor.objectName():
            OrderEditor.setObjectName(u"OrderEditor")
        OrderEditor.resize(1180, 760)
        self.layout = QVBoxLayout(OrderEditor)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(OrderEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.layout.addWidget(self.titleLabel)

        self.stateBanner = QLabel(OrderEditor)
        self.stateBanner.setObjectName(u"stateBanner")
        self.stateBanner.setText(u"")
        self.stateBanner.setWordWrap(True)
        self.stateBanner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.stateBanner)

        self.creditBanner = QLabel(OrderEditor)
        self.creditBanner.setObjectName(u"creditBanner")
        self.creditBanner.setText(u"")
        self.creditBanner.setWordWrap(True)

        self.layout.addWidget(self.creditBanner)

        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(12)
        self.clientCaption = QLabel(OrderEditor)
        self.clientCaption.setObjectName(u"clientCaption")

        self.headerLayout.addWidget(self.clientCaption, 0, 0, 1, 1)

        self.clientValue = QLabel(OrderEditor)
        self.clientValue.setObjectName(u"clientValue")
        self.clientValue.setText(u"")

        self.headerLayout.addWidget(self.clientValue, 0, 1, 1, 1)

        self.agreementCaption = QLabel(OrderEditor)
        self.agreementCaption.setObjectName(u"agreementCaption")

        self.headerLayout.addWidget(self.agreementCaption, 0, 2, 1, 1)

        self.agreementValue = QLabel(OrderEditor)
        self.agreementValue.setObjectName(u"agreementValue")
        self.agreementValue.setText(u"")

        self.headerLayout.addWidget(self.agreementValue, 0, 3, 1, 1)

        self.priceTypeCaption = QLabel(OrderEditor)
        self.priceTypeCaption.setObjectName(u"priceTypeCaption")

        self.headerLayout.addWidget(self.priceTypeCaption, 1, 0, 1, 1)

        self.priceTypeValue = QLabel(OrderEditor)
        self.priceTypeValue.setObjectName(u"priceTypeValue")
        self.priceTypeValue.setText(u"")

        self.headerLayout.addWidget(self.priceTypeValue, 1, 1, 1, 1)

        self.modelCaption = QLabel(OrderEditor)
        self.modelCaption.setObjectName(u"modelCaption")

        self.headerLayout.addWidget(self.modelCaption, 1, 2, 1, 1)

        self.modelValue = QLabel(OrderEditor)
        self.modelValue.setObjectName(u"modelValue")
        self.modelValue.setText(u"")

        self.headerLayout.addWidget(self.modelValue, 1, 3, 1, 1)

        self.shipmentCaption = QLabel(OrderEditor)
        self.shipmentCaption.setObjectName(u"shipmentCaption")

        self.headerLayout.addWidget(self.shipmentCaption, 2, 0, 1, 1)

        self.shipmentDate = QDateEdit(OrderEditor)
        self.shipmentDate.setObjectName(u"shipmentDate")
        self.shipmentDate.setCalendarPopup(True)
        self.shipmentDate.setDisplayFormat(u"dd.MM.yyyy")

        self.headerLayout.addWidget(self.shipmentDate, 2, 1, 1, 1)

        self.warehouseCaption = QLabel(OrderEditor)
        self.warehouseCaption.setObjectName(u"warehouseCaption")

        self.headerLayout.addWidget(self.warehouseCaption, 2, 2, 1, 1)

        self.warehouseCombo = QComboBox(OrderEditor)
        self.warehouseCombo.setObjectName(u"warehouseCombo")

        self.headerLayout.addWidget(self.warehouseCombo, 2, 3, 1, 1)

        self.addressCaption = QLabel(OrderEditor)
        self.addressCaption.setObjectName(u"addressCaption")

        self.headerLayout.addWidget(self.addressCaption, 3, 0, 1, 1)

        self.addressEdit = QLineEdit(OrderEditor)
        self.addressEdit.setObjectName(u"addressEdit")

        self.headerLayout.addWidget(self.addressEdit, 3, 1, 1, 1)

        self.deferralCaption = QLabel(OrderEditor)
        self.deferralCaption.setObjectName(u"deferralCaption")

        self.headerLayout.addWidget(self.deferralCaption, 3, 2, 1, 1)

        self.deferralSpin = QSpinBox(OrderEditor)
        self.deferralSpin.setObjectName(u"deferralSpin")
        self.deferralSpin.setMinimum(-1)
        self.deferralSpin.setMaximum(365)
        self.deferralSpin.setValue(-1)

        self.headerLayout.addWidget(self.deferralSpin, 3, 3, 1, 1)

        self.orderDiscountCaption = QLabel(OrderEditor)
        self.orderDiscountCaption.setObjectName(u"orderDiscountCaption")

        self.headerLayout.addWidget(self.orderDiscountCaption, 4, 0, 1, 1)

        self.orderDiscountEdit = QLineEdit(OrderEditor)
        self.orderDiscountEdit.setObjectName(u"orderDiscountEdit")
        self.orderDiscountEdit.setPlaceholderText(u"0")

        self.headerLayout.addWidget(self.orderDiscountEdit, 4, 1, 1, 1)

        self.bonusCaption = QLabel(OrderEditor)
        self.bonusCaption.setObjectName(u"bonusCaption")

        self.headerLayout.addWidget(self.bonusCaption, 4, 2, 1, 1)

        self.bonusLayout = QHBoxLayout()
        self.bonusLayout.setSpacing(10)
        self.bonusLayout.setObjectName(u"bonusLayout")
        self.bonusEdit = QLineEdit(OrderEditor)
        self.bonusEdit.setObjectName(u"bonusEdit")
        self.bonusEdit.setPlaceholderText(u"0")

        self.bonusLayout.addWidget(self.bonusEdit)

        self.bonusInfo = QLabel(OrderEditor)
        self.bonusInfo.setObjectName(u"bonusInfo")
        self.bonusInfo.setText(u"")

        self.bonusLayout.addWidget(self.bonusInfo)


        self.headerLayout.addLayout(self.bonusLayout, 4, 3, 1, 1)


        self.layout.addLayout(self.headerLayout)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.repeatButton = QPushButton(OrderEditor)
        self.repeatButton.setObjectName(u"repeatButton")

        self.toolsLayout.addWidget(self.repeatButton)

        self.basketButton = QPushButton(OrderEditor)
        self.basketButton.setObjectName(u"basketButton")

        self.toolsLayout.addWidget(self.basketButton)

        self.pasteButton = QPushButton(OrderEditor)
        self.pasteButton.setObjectName(u"pasteButton")

        self.toolsLayout.addWidget(self.pasteButton)

        self.removeLineButton = QPushButton(OrderEditor)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.toolsLayout.addWidget(self.removeLineButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.tierHintLabel = QLabel(OrderEditor)
        self.tierHintLabel.setObjectName(u"tierHintLabel")
        self.tierHintLabel.setText(u"")

        self.toolsLayout.addWidget(self.tierHintLabel)


        self.layout.addLayout(self.toolsLayout)

        self.linesView = QTableView(OrderEditor)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.layout.addWidget(self.linesView)

        self.problemsLabel = QLabel(OrderEditor)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.layout.addWidget(self.problemsLabel)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.commentLayout = QVBoxLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentCaption = QLabel(OrderEditor)
        self.commentCaption.setObjectName(u"commentCaption")

        self.commentLayout.addWidget(self.commentCaption)

        self.commentEdit = QPlainTextEdit(OrderEditor)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 64))
        self.commentEdit.setTabChangesFocus(True)

        self.commentLayout.addWidget(self.commentEdit)

        self.commentLayout.setStretch(1, 1)

        self.footerLayout.addLayout(self.commentLayout)

        self.totalsLabel = QLabel(OrderEditor)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.totalsLabel.setMinimumSize(QSize(360, 0))

        self.footerLayout.addWidget(self.totalsLabel)


        self.layout.addLayout(self.footerLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.cancelOrderButton = QPushButton(OrderEditor)
        self.cancelOrderButton.setObjectName(u"cancelOrderButton")

        self.buttonsLayout.addWidget(self.cancelOrderButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.offerButton = QPushButton(OrderEditor)
        self.offerButton.setObjectName(u"offerButton")

        self.buttonsLayout.addWidget(self.offerButton)

        self.printButton = QPushButton(OrderEditor)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(OrderEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.sendButton = QPushButton(OrderEditor)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonsLayout.addWidget(self.sendButton)

        self.closeButton = QPushButton(OrderEditor)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonsLayout)

        self.layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.shipmentCaption.setBuddy(self.shipmentDate)
        self.warehouseCaption.setBuddy(self.warehouseCombo)
        self.addressCaption.setBuddy(self.addressEdit)
        self.deferralCaption.setBuddy(self.deferralSpin)
        self.orderDiscountCaption.setBuddy(self.orderDiscountEdit)
        self.bonusCaption.setBuddy(self.bonusEdit)
        self.commentCaption.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.linesView, self.shipmentDate)
        QWidget.setTabOrder(self.shipmentDate, self.warehouseCombo)
        QWidget.setTabOrder(self.warehouseCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.deferralSpin)
        QWidget.setTabOrder(self.deferralSpin, self.orderDiscountEdit)
        QWidget.setTabOrder(self.orderDiscountEdit, self.bonusEdit)
        QWidget.setTabOrder(self.bonusEdit, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.sendButton)

        self.retranslateUi(OrderEditor)

        self.sendButton.setDefault(False)


        QMetaObject.connectSlotsByName(OrderEditor)
    # setupUi

    def retranslateUi(self, OrderEditor):
        OrderEditor.setWindowTitle(QCoreApplication.translate("OrderEditor", u"Order", None))
        self.clientCaption.setText(QCoreApplication.translate("OrderEditor", u"Client:", None))
        self.agreementCaption.setText(QCoreApplication.translate("OrderEditor", u"Agreement:", None))
        self.priceTypeCaption.setText(QCoreApplication.translate("OrderEditor", u"Price type:", None))
        self.modelCaption.setText(QCoreApplication.translate("OrderEditor", u"Cooperation model:", None))
        self.shipmentCaption.setText(QCoreApplication.translate("OrderEditor", u"&Delivery date:", None))
        self.warehouseCaption.setText(QCoreApplication.translate("OrderEditor", u"&Warehouse:", None))
        self.addressCaption.setText(QCoreApplication.translate("OrderEditor", u"Delivery &address:", None))
        self.deferralCaption.setText(QCoreApplication.translate("OrderEditor", u"Payment deferral, days:", None))
        self.orderDiscountCaption.setText(QCoreApplication.translate("OrderEditor", u"Order &discount, %:", None))
        self.bonusCaption.setText(QCoreApplication.translate("OrderEditor", u"&Bonus points to redeem:", None))
        self.repeatButton.setText(QCoreApplication.translate("OrderEditor", u"&Repeat last order", None))
        self.basketButton.setText(QCoreApplication.translate("OrderEditor", u"&Usual basket\u2026", None))
        self.pasteButton.setText(QCoreApplication.translate("OrderEditor", u"&Paste from Excel", None))
        self.removeLineButton.setText(QCoreApplication.translate("OrderEditor", u"Re&move line", None))
        self.commentCaption.setText(QCoreApplication.translate("OrderEditor", u"C&omment:", None))
        self.cancelOrderButton.setText(QCoreApplication.translate("OrderEditor", u"Cancel the order", None))
        self.offerButton.setText(QCoreApplication.translate("OrderEditor", u"Commercial o&ffer\u2026", None))
        self.printButton.setText(QCoreApplication.translate("OrderEditor", u"&Print invoice\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("OrderEditor", u"&Save draft", None))
        self.sendButton.setText(QCoreApplication.translate("OrderEditor", u"Send to &1C", None))
        self.closeButton.setText(QCoreApplication.translate("OrderEditor", u"Close", None))
    # retranslateUi

