"""Reading documents back: text per page (pypdf) and the fonts a PDF uses."""

from __future__ import annotations

import io

from pypdf import PdfReader


def normalise(value: str) -> str:
    """Treat the no-break spaces the PDF uses inside figures as plain spaces."""
    return value.replace("\u202f", " ").replace("\u00a0", " ")


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [normalise(page.extract_text()) for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def pdf_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts used, and whether each has an embedded TrueType file."""
    reader = PdfReader(io.BytesIO(pdf))
    found: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add(f"{font['/BaseFont']}{'' if embedded else ' (not embedded)'}")
    return found


def flat(value: str) -> str:
    """Text with every run of whitespace (line breaks from wrapping included) as one space."""
    return " ".join(normalise(value).split())
