"""The payment QR code setting: a checkbox in Settings → Company that the printed documents obey."""

from __future__ import annotations

from wholesale_desk import documents
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.documents import samples
from wholesale_desk.gui.dialogs.settings_dialog import SettingsDialog
from wholesale_desk.gui.documents.mail_settings import print_options
from wholesale_desk.gui.settings import Settings


def test_unticking_the_box_prints_invoices_without_the_code(qtbot, settings_path):
    settings = Settings(settings_path)
    assert print_options(settings).payment_qr is True  # on by default, as 1C prints it
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.paymentQrCheck.isChecked()
    dialog.ui.paymentQrCheck.setChecked(False)
    dialog.accept()
    again = Settings(settings_path)
    assert again.get(defaults.PAYMENT_QR) is False
    options = print_options(again)
    assert options.payment_qr is False
    with_code = documents.render(samples.invoice())
    data = samples.invoice()
    without = documents.render(type(data)(**{**data.__dict__, "payment_qr": options.payment_qr}))
    assert len(without) < len(with_code)  # the code's hundreds of modules are gone
