"""Argument types shared by the commands: argparse says what is wrong and exits 2.

A date is a calendar day a person could mean (years 1900–2999: a due date computed from
9999-12-31 overflows Python's calendar); a quantity is a positive number; an output is a file
that can be written (checked before any work) or `-` for standard output.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from wholesale_desk.i18n import UserError
from wholesale_desk.money import parse_decimal
from wholesale_desk.output_file import STDOUT, OutputError, check_target
from wholesale_desk.translations import Cli

FIRST_YEAR, LAST_YEAR = 1900, 2999


def day(value: str) -> date:
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            Cli.tr("not a date (YYYY-MM-DD): {value}").format(value=value)
        ) from exc
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            Cli.tr("the date {value} is out of range (years {first}–{last})").format(
                value=value, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return parsed


def quantity(value: str) -> Decimal:
    """A positive quantity ("3,5" and "3.5" alike)."""
    try:
        parsed = parse_decimal(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if not parsed.is_finite() or parsed <= 0:
        raise argparse.ArgumentTypeError(
            Cli.tr("the quantity must be more than zero: {value}").format(value=value)
        )
    return parsed


def output(value: str) -> Path | str:
    """A file the command may write (or `-`): a missing folder or a read-only one is said now."""
    if value == STDOUT:
        return value
    try:
        check_target(value)
    except OutputError as exc:
        raise argparse.ArgumentTypeError(str(exc.message)) from exc
    return Path(value).expanduser()


def image(value: str) -> Path:
    """A picture file ReportLab can print (PNG, JPEG, GIF…)."""
    from reportlab.lib.utils import ImageReader

    path = Path(value).expanduser()
    try:
        ImageReader(str(path)).getSize()
    except Exception as exc:  # ReportLab/Pillow raise many kinds for a non-image
        raise argparse.ArgumentTypeError(
            Cli.tr("{path} is not a picture that can be printed (PNG or JPEG)").format(path=value)
        ) from exc
    return path
