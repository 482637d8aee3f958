# Automatically generated - do not edit: compiled from ui/document_pricelist.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_pricelist.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QListWidget,
    QListWidgetItem, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PriceListDialog(object):
    def setupUi(self, PriceListDialog):
        if not PriceListDialog.objectName():
            PriceListDialog.setObjectName(u"PriceListDialog")
        PriceListDialog.resize(520, 560)
        self.layout = QVBoxLayout(PriceListDialog)
        self.layout.setObjectName(u"layout")
        self.sourceBox = QGroupBox(PriceListDialog)
        self.sourceBox.setObjectName(u"sourceBox")
        self.sourceLayout = QGridLayout(self.sourceBox)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.priceTypeRadio = QRadioButton(self.sourceBox)
        self.priceTypeRadio.setObjectName(u"priceTypeRadio")
        self.priceTypeRadio.setChecked(True)

        self.sourceLayout.addWidget(self.priceTypeRadio, 0, 0, 1, 1)

        self.priceTypeCombo = QComboBox(self.sourceBox)
        self.priceTypeCombo.setObjectName(u"priceTypeCombo")

        self.sourceLayout.addWidget(self.priceTypeCombo, 0, 1, 1, 1)

        self.clientRadio = QRadioButton(self.sourceBox)
        self.clientRadio.setObjectName(u"clientRadio")

        self.sourceLayout.addWidget(self.clientRadio, 1, 0, 1, 1)

        self.clientLabel = QLabel(self.sourceBox)
        self.clientLabel.setObjectName(u"clientLabel")
        self.clientLabel.setText(u"")
        self.clientLabel.setWordWrap(True)

        self.sourceLayout.addWidget(self.clientLabel, 1, 1, 1, 1)


        self.layout.addWidget(self.sourceBox)

        self.groupsBox = QGroupBox(PriceListDialog)
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsLayout = QVBoxLayout(self.groupsBox)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsHint = QLabel(self.groupsBox)
        self.groupsHint.setObjectName(u"groupsHint")
        self.groupsHint.setWordWrap(True)

        self.groupsLayout.addWidget(self.groupsHint)

        self.groupsList = QListWidget(self.groupsBox)
        self.groupsList.setObjectName(u"groupsList")

        self.groupsLayout.addWidget(self.groupsList)


        self.layout.addWidget(self.groupsBox)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.stockLabel = QLabel(PriceListDialog)
        self.stockLabel.setObjectName(u"stockLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stockLabel)

        self.stockCombo = QComboBox(PriceListDialog)
        self.stockCombo.setObjectName(u"stockCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stockCombo)

        self.inStockCheck = QCheckBox(PriceListDialog)
        self.inStockCheck.setObjectName(u"inStockCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inStockCheck)

        self.dateLabel = QLabel(PriceListDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(PriceListDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.formatLabel = QLabel(PriceListDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(PriceListDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.layout.addLayout(self.formLayout)

        self.noticeLabel = QLabel(PriceListDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.layout.addWidget(self.noticeLabel)

        self.buttonBox = QDialogButtonBox(PriceListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stockLabel.setBuddy(self.stockCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PriceListDialog)
        self.buttonBox.rejected.connect(PriceListDialog.reject)

        QMetaObject.connectSlotsByName(PriceListDialog)
    # setupUi

    def retranslateUi(self, PriceListDialog):
        PriceListDialog.setWindowTitle(QCoreApplication.translate("PriceListDialog", u"Price list", None))
        self.sourceBox.setTitle(QCoreApplication.translate("PriceListDialog", u"Prices", None))
        self.priceTypeRadio.setText(QCoreApplication.translate("PriceListDialog", u"Price &type:", None))
        self.clientRadio.setText(QCoreApplication.translate("PriceListDialog", u"The &client's own prices:", None))
        self.groupsBox.setTitle(QCoreApplication.translate("PriceListDialog", u"Product groups", None))
        self.groupsHint.setText(QCoreApplication.translate("PriceListDialog", u"Tick the groups to list (each with its subgroups); none ticked lists every product.", None))
        self.stockLabel.setText(QCoreApplication.translate("PriceListDialog", u"&Stock:", None))
        self.inStockCheck.setText(QCoreApplication.translate("PriceListDialog", u"&In stock only", None))
        self.dateLabel.setText(QCoreApplication.translate("PriceListDialog", u"Prices &on:", None))
        self.formatLabel.setText(QCoreApplication.translate("PriceListDialog", u"&Format:", None))
    # retranslateUi

