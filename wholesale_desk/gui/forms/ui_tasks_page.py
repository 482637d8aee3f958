# Automatically generated - do not edit: compiled from ui/tasks_page.ui by python -m wholesale_desk.devtools.forms.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tasks_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        TasksPage.resize(1000, 640)
        self.layout = QVBoxLayout(TasksPage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TasksPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.doneButton = QPushButton(TasksPage)
        self.doneButton.setObjectName(u"doneButton")

        self.headerLayout.addWidget(self.doneButton)

        self.snoozeButton = QToolButton(TasksPage)
        self.snoozeButton.setObjectName(u"snoozeButton")
        self.snoozeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.headerLayout.addWidget(self.snoozeButton)

        self.openClientButton = QPushButton(TasksPage)
        self.openClientButton.setObjectName(u"openClientButton")

        self.headerLayout.addWidget(self.openClientButton)


        self.layout.addLayout(self.headerLayout)

        self.splitter = QSplitter(TasksPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tasksTree = QTreeWidget(self.splitter)
        self.tasksTree.setObjectName(u"tasksTree")
        self.tasksTree.setRootIsDecorated(False)
        self.tasksTree.setUniformRowHeights(True)
        self.tasksTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.tasksTree)
        self.birthdaysBox = QGroupBox(self.splitter)
        self.birthdaysBox.setObjectName(u"birthdaysBox")
        self.birthdaysLayout = QVBoxLayout(self.birthdaysBox)
        self.birthdaysLayout.setObjectName(u"birthdaysLayout")
        self.birthdaysList = QListWidget(self.birthdaysBox)
        self.birthdaysList.setObjectName(u"birthdaysList")

        self.birthdaysLayout.addWidget(self.birthdaysList)

        self.splitter.addWidget(self.birthdaysBox)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(TasksPage)

        QMetaObject.connectSlotsByName(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.titleLabel.setText(QCoreApplication.translate("TasksPage", u"Tasks", None))
        self.doneButton.setText(QCoreApplication.translate("TasksPage", u"Done", None))
        self.snoozeButton.setText(QCoreApplication.translate("TasksPage", u"Snooze", None))
        self.openClientButton.setText(QCoreApplication.translate("TasksPage", u"Open client", None))
        ___qtreewidgetitem = self.tasksTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TasksPage", u"Due", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TasksPage", u"Client", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TasksPage", u"Task", None))
        self.birthdaysBox.setTitle(QCoreApplication.translate("TasksPage", u"Birthdays this week", None))
        pass
    # retranslateUi

