"""Aging of receivables: which bucket a debt falls in by days overdue (DOMAIN.md "Receivables")."""

from __future__ import annotations

import enum
from datetime import date


class Bucket(enum.IntEnum):
    """Aging buckets in display order."""

    NOT_DUE = 0
    DAYS_1_30 = 1
    DAYS_31_60 = 2
    DAYS_61_90 = 3
    OVER_90 = 4


BUCKET_UPPER_DAYS = {Bucket.DAYS_1_30: 30, Bucket.DAYS_31_60: 60, Bucket.DAYS_61_90: 90}


def days_overdue(due: date | None, today: date) -> int:
    """Whole days past the due date; 0 when not yet due or when there is no due date."""
    if due is None or due >= today:
        return 0
    return (today - due).days


def bucket_for(days: int) -> Bucket:
    """The bucket of a debt `days` overdue (0 or less: not yet due)."""
    if days <= 0:
        return Bucket.NOT_DUE
    if days <= 30:
        return Bucket.DAYS_1_30
    if days <= 60:
        return Bucket.DAYS_31_60
    if days <= 90:
        return Bucket.DAYS_61_90
    return Bucket.OVER_90
