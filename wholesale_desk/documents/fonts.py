"""The TTF fonts embedded in every document.

ReportLab's built-in Type 1 fonts have no Cyrillic (they print black boxes), so we embed DejaVu
(Bitstream Vera licence, see `resources/fonts/LICENSE-DejaVu.txt`): Cyrillic, "№" and "₽" included.
Fonts are registered once per process; a batch of documents shares them, so memory does not grow
per document.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """`resources/fonts` in whichever layout the app runs from (source, wheel, PyInstaller)."""
    from wholesale_desk.paths import resource_dir

    return resource_dir() / "fonts"


def register_fonts() -> None:
    """Register the document fonts with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_dir()
        for name, file_name in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise UserError(
                    text(
                        "Documents",
                        QT_TRANSLATE_NOOP(
                            "Documents",
                            "The document font {path} is missing. Reinstall Wholesale Desk.",
                        ),
                        path=str(path),
                    )
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Let <b> in paragraphs pick the bold face.
        for regular, bold in ((SANS, SANS_BOLD), (SERIF, SERIF_BOLD)):
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _registered = True
