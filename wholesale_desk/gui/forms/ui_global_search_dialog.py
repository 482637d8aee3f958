# Automatically generated - do not edit: compiled from ui/global_search_dialog.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'global_search_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_GlobalSearchDialog(object):
    def setupUi(self, GlobalSearchDialog):
        if not GlobalSearchDialog.objectName():
            GlobalSearchDialog.setObjectName(u"GlobalSearchDialog")
        GlobalSearchDialog.resize(620, 420)
        self.layout = QVBoxLayout(GlobalSearchDialog)
        self.layout.setObjectName(u"layout")
        self.searchEdit = QLineEdit(GlobalSearchDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(GlobalSearchDialog)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setUniformItemSizes(False)

        self.layout.addWidget(self.resultsList)

        self.hintLabel = QLabel(GlobalSearchDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.layout.addWidget(self.hintLabel)


        self.retranslateUi(GlobalSearchDialog)

        QMetaObject.connectSlotsByName(GlobalSearchDialog)
    # setupUi

    def retranslateUi(self, GlobalSearchDialog):
        GlobalSearchDialog.setWindowTitle(QCoreApplication.translate("GlobalSearchDialog", u"Search everywhere", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("GlobalSearchDialog", u"Clients, contacts, order numbers, products\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("GlobalSearchDialog", u"\u2191\u2193 to choose, Enter to open, Esc to close", None))
    # retranslateUi

