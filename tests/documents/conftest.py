"""Fixtures for document tests: rendering PDF pages to pictures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def render_png(tmp_path: Path):
    """Render a PDF's pages to PNG at 60 dpi with poppler's pdftoppm (skip when absent)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")

    def render(pdf: bytes, name: str = "page") -> list[Path]:
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(source), str(tmp_path / name)], check=True
        )
        return sorted(tmp_path.glob(f"{name}-*.png"))

    return render
