"""What a running sync reports and obeys: progress, cancel, figures per object, issues."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from wholesale_desk.models import SyncIssue

Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]


class SyncCancelled(Exception):
    """The user pressed Cancel; raised between pages, after the last page was committed."""


@dataclass
class Figures:
    """Per-object counts for the sync log."""

    fetched: int = 0
    stored: int = 0
    deleted: int = 0
    skipped: int = 0
    kept_local: int = 0
    sent: int = 0
    rejected: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class RunContext:
    progress: Progress = lambda stage, done, total: None
    cancelled: Cancelled = lambda: False
    run_id: int | None = None
    figures: dict[str, Figures] = field(default_factory=dict)
    issues: list[tuple[str, str, str]] = field(default_factory=list)  # entity, ref, message

    def check(self) -> None:
        if self.cancelled():
            raise SyncCancelled()

    def fig(self, name: str) -> Figures:
        return self.figures.setdefault(name, Figures())

    def issue(self, session: Session, entity: str, ref_key: str, message: str) -> None:
        """Log a row we could not take, with the object it concerns, in the sync log."""
        self.issues.append((entity, ref_key, message))
        session.add(SyncIssue(run_id=self.run_id, entity=entity, ref_key=ref_key, message=message))

    def stats(self) -> dict[str, Any]:
        return {name: fig.as_dict() for name, fig in self.figures.items()}
