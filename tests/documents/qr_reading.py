"""Reading a payment QR code back from a printed page, as a bank app's camera would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def decode_qr(pdf: bytes, folder: Path, *, dpi: int = 300, page: int = 1) -> str:
    """The text of the QR code on `page` of `pdf`, rendered by pdftoppm and read by OpenCV's
    detector ("" when no code is there)."""
    cv2 = pytest.importorskip("cv2")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / "qr.pdf"
    source.write_bytes(pdf)
    stem = folder / f"qr-{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(source), stem],
        check=True,
    )
    (png,) = sorted(folder.glob(f"qr-{dpi}-*.png"))
    image = cv2.imread(str(png))
    found, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    return str(found)


def qr_box(pdf: bytes, folder: Path, *, dpi: int = 300) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the QR code on page 1, in millimetres from the top left."""
    cv2 = pytest.importorskip("cv2")
    decode_qr(pdf, folder, dpi=dpi)
    (png,) = sorted(folder.glob(f"qr-{dpi}-*.png"))
    ok, points = cv2.QRCodeDetector().detect(cv2.imread(str(png)))
    assert ok, "no QR code found on the page"
    xs = [p[0] for p in points[0]]
    ys = [p[1] for p in points[0]]
    scale = 25.4 / dpi
    return min(xs) * scale, min(ys) * scale, max(xs) * scale, max(ys) * scale
