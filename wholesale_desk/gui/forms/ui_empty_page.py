# Automatically generated - do not edit: compiled from ui/empty_page.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'empty_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EmptyPage(object):
    def setupUi(self, EmptyPage):
        if not EmptyPage.objectName():
            EmptyPage.setObjectName(u"EmptyPage")
        EmptyPage.resize(640, 420)
        self.layout = QVBoxLayout(EmptyPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(EmptyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Title")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.layout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.topSpacer)

        self.iconLabel = QLabel(EmptyPage)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(EmptyPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.leftSpacer)

        self.openDemoButton = QPushButton(EmptyPage)
        self.openDemoButton.setObjectName(u"openDemoButton")

        self.buttonsLayout.addWidget(self.openDemoButton)

        self.connectButton = QPushButton(EmptyPage)
        self.connectButton.setObjectName(u"connectButton")

        self.buttonsLayout.addWidget(self.connectButton)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.rightSpacer)


        self.layout.addLayout(self.buttonsLayout)

        self.bottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(EmptyPage)

        self.openDemoButton.setDefault(True)


        QMetaObject.connectSlotsByName(EmptyPage)
    # setupUi

    def retranslateUi(self, EmptyPage):
        self.messageLabel.setText(QCoreApplication.translate("EmptyPage", u"No data yet. Open the demo company or connect to 1C.", None))
        self.openDemoButton.setText(QCoreApplication.translate("EmptyPage", u"Open demo company", None))
        self.connectButton.setText(QCoreApplication.translate("EmptyPage", u"Connect to 1C\u2026", None))
        pass
    # retranslateUi

