"""`SyncEngine`: the one entry point the GUI, the CLI and the scheduler call.

`run()` pushes the outbox, then pulls, reporting progress and honouring Cancel between pages.
It never raises for a 1C or network problem: the `SyncResult` says what happened, and a sync
log row keeps it. Only one sync runs at a time (threads and processes alike).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select

from wholesale_desk import credentials, paths
from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.connection import load as load_settings
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Conflict, OutboxEntry, OutboxStatus, SyncRun, Watermark
from wholesale_desk.onec.client import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    ConnectionCheck,
    OneCClient,
    RetryPolicy,
)
from wholesale_desk.onec.errors import AuthError, OneCError, RequestCancelled
from wholesale_desk.onec.profile import load_profile
from wholesale_desk.services.orders.following import refresh_states
from wholesale_desk.store import Store
from wholesale_desk.sync import checkpoint, failure, outbox, policy, state
from wholesale_desk.sync.lock import SyncBusy, SyncLock
from wholesale_desk.sync.mapping import BoundProfile, bind
from wholesale_desk.sync.progress import Cancelled, Progress, RunContext, SyncCancelled
from wholesale_desk.sync.pull import Puller
from wholesale_desk.sync.push import Pusher

log = logging.getLogger(__name__)
CTX = "Sync"
LOCK_FILE = "sync.lock"

Status = Literal["ok", "failed", "cancelled", "busy"]


@dataclass
class SyncResult:
    """What one `run()` did: the status, figures per object, errors in words for the user."""

    status: Status
    figures: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[Text] = field(default_factory=list)
    issues: int = 0
    credentials_refused: bool = False
    run_id: int | None = None
    cause: failure.Cause | None = None
    """Why a failed run failed, in the user's terms (`failure.summary`); None unless failed."""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class SyncStatus:
    """What the status bar shows."""

    last_sync_at: datetime | None
    pending: int
    rejected: int
    conflicts: int
    credentials_refused: bool
    snapshots: dict[str, datetime]
    last_failure: failure.Failure | None = None
    """The last sync's failure, kept until a sync succeeds."""


class SyncEngine:
    """Syncs one store with one 1C base. Safe to call from a worker thread; Qt-free."""

    def __init__(
        self,
        store: Store,
        settings: ConnectionSettings | None = None,
        *,
        password: str | None = None,
        data_dir: Path | None = None,
        profile: BoundProfile | None = None,
        retry: RetryPolicy | None = None,
        page_size: int | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> None:
        self.store = store
        self.data_dir = data_dir or paths.data_dir()
        self.settings = settings or load_settings(self.data_dir)
        self.bound = profile or bind(load_profile(self.settings.profile))
        self._password = password
        self._refused: str | None = None  # the password 1C last refused (in memory only)
        self._in_use: str | None = None
        self._retry = retry
        self._page_size = page_size
        self._timeout = timeout  # (connect, read) seconds; ONEC.md's typical ones by default

    # --- the GUI's view -----------------------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.store.session() as session:
            last = state.get(session, state.LAST_SYNC)
            refused = state.get(session, state.CREDENTIALS_REFUSED) == "1"
            rejected = session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.status == OutboxStatus.REJECTED.value)
            )
            conflicts = session.scalar(
                select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))
            )
            snapshots = {}
            for name in self.bound.registers:
                value = state.get(session, f"asof:{name}")
                if value:
                    snapshots[name] = datetime.fromisoformat(value)
            return SyncStatus(
                last_sync_at=datetime.fromisoformat(last) if last else None,
                pending=outbox.pending_count(session),
                rejected=int(rejected or 0),
                conflicts=int(conflicts or 0),
                credentials_refused=refused,
                snapshots=snapshots,
                last_failure=failure.last(session),
            )

    def last_sync_at(self) -> datetime | None:
        """UTC time of the last completed sync."""
        return self.status().last_sync_at

    def pending_count(self) -> int:
        with self.store.session() as session:
            return outbox.pending_count(session)

    def credentials_refused(self) -> bool:
        return self.status().credentials_refused

    def set_password(self, password: str) -> None:
        """A new password for this session (the GUI asks after 1C refused the old one).

        Typing the same one again is a deliberate retry (an administrator may have fixed the
        account), so it is tried once more."""
        self._password = password
        self._refused = None

    # --- connecting ---------------------------------------------------------------------------
    def make_client(self) -> OneCClient:
        password = self._password
        if password is None:
            password = credentials.get_password(self.settings.url, self.settings.user)
        if password is None:
            raise OneCError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP("Sync", "No password for {user}: enter it to sync with 1C"),
                    user=self.settings.user,
                )
            )
        if password == self._refused:
            # Never knock again with a password 1C refused: scheduled syncs would, every few
            # minutes, and a base that locks accounts after failed logins locks the user out.
            raise AuthError(
                text(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "1C refused the password for {user}. Enter it again to sync.",
                    ),
                    user=self.settings.user,
                )
            )
        self._in_use = password
        return OneCClient(
            self.settings.url,
            self.settings.user,
            password,
            verify=self.settings.verify(),
            retry=self._retry,
            timeout=self._timeout or (CONNECT_TIMEOUT, READ_TIMEOUT),
        )

    def check_connection(self) -> ConnectionCheck:
        with self.make_client() as client:
            return client.check_connection(self.bound.profile.entity_sets(required_only=True))

    # --- the sync -----------------------------------------------------------------------------
    def run(
        self,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        full: bool = False,
    ) -> SyncResult:
        """Push, then pull. Returns `busy` at once if another sync is running.

        `full` re-reads everything from 1C, whatever the cache holds: every object, every
        snapshot, rows skipped earlier; deletions in 1C are found as in any sync."""
        lock = SyncLock(self.data_dir / LOCK_FILE)
        try:
            lock.acquire()
        except SyncBusy:
            return SyncResult(
                "busy",
                errors=[text(CTX, QT_TRANSLATE_NOOP("Sync", "Another sync is already running"))],
            )
        try:
            return self._run(progress, cancelled, full)
        finally:
            lock.release()

    def _run(
        self, progress: Progress | None, cancelled: Cancelled | None, full: bool
    ) -> SyncResult:
        ctx = RunContext()
        if progress is not None:
            ctx.progress = progress
        if cancelled is not None:
            ctx.cancelled = cancelled
        with self.store.transaction() as session:
            run = SyncRun(started_at=state.utcnow())
            session.add(run)
            session.flush()
            ctx.run_id = run.id
        result = SyncResult("failed", run_id=ctx.run_id)
        error = ""
        try:
            client = self.make_client()
        except AuthError as exc:
            result.credentials_refused = True
            result.errors.append(exc.message)
            result.cause = failure.cause_of(exc)
            error = exc.message.english()
            client = None
        except OneCError as exc:
            result.errors.append(exc.message)
            result.cause = failure.cause_of(exc)
            error = exc.message.english()
            client = None
        round_: checkpoint.Round | None = None
        if client is not None:
            client.stop = ctx.cancelled
            try:
                with client:
                    ctx.progress("connect", 0, 1)
                    published = client.published()
                    self._set_refused(False)
                    missing = [
                        name
                        for name in self.bound.profile.entity_sets(required_only=True)
                        if name not in published
                        and name.removesuffix("_RecordType") not in published
                    ]
                    if missing:
                        check = ConnectionCheck(True, True, published, missing)
                        result.errors.extend(check.messages())
                        raise _Missing()
                    if full:
                        self._forget_progress()
                    round_ = checkpoint.Round(self.store, fresh=full)
                    puller = Puller(
                        client,
                        self.store,
                        self.bound,
                        self.settings,
                        ctx,
                        published=published,
                        round=round_,
                        full=full,
                        **({"page_size": self._page_size} if self._page_size else {}),
                    )
                    Pusher(client, self.store, self.bound, ctx, puller).run()
                    puller.run()
                    policy.after_pull(self.store, ctx, published)
                result.status = "ok"
            except _Missing:
                result.cause = failure.Cause.SETUP
                error = "; ".join(m.english() for m in result.errors)
            except (SyncCancelled, RequestCancelled):
                result.status = "cancelled"
                error = "cancelled"
            except AuthError as exc:
                self._set_refused(True)
                self._refused = self._in_use
                result.credentials_refused = True
                result.errors.append(exc.message)
                result.cause = failure.cause_of(exc)
                error = exc.message.english()
            except OneCError as exc:
                result.errors.append(exc.message)
                result.cause = failure.cause_of(exc)
                error = exc.message.english()
            except Exception as exc:  # a bug must not take the window down with it
                log.exception("sync failed")
                result.cause = failure.Cause.ERROR
                result.errors.append(
                    text(CTX, QT_TRANSLATE_NOOP("Sync", "Sync failed: {error}"), error=repr(exc))
                )
                error = repr(exc)
        self._finish(ctx, result, error, client, round_)
        return result

    def _finish(
        self,
        ctx: RunContext,
        result: SyncResult,
        error: str,
        client: OneCClient | None,
        round_: checkpoint.Round | None,
    ) -> None:
        """Close the sync log row, follow order states, and on success close the round."""
        if client is not None and client.long_pages:
            with self.store.transaction() as session:
                ctx.issue(
                    session,
                    "",
                    "",
                    f"1C sent {client.long_pages} page(s) longer than asked ($top); "
                    "the extra rows were not taken (the next page asked for them again)",
                )
        result.figures = ctx.stats()
        result.issues = len(ctx.issues)
        if result.status == "failed":
            result.cause = result.cause or failure.Cause.ERROR
        with self.store.transaction() as session:
            # One truth for order states, whoever synced (the window, the CLI, a scheduler):
            # shipped and paid follow from what this sync brought, in the core.
            moved = refresh_states(session)
            if moved > 0:
                log.info("sync: %d order(s) moved to a later state", moved)
            finished = session.get(SyncRun, ctx.run_id)
            if finished is not None:
                finished.finished_at = state.utcnow()
                finished.status = result.status
                finished.stats = json.dumps(result.figures, ensure_ascii=False)
                finished.error = error
                finished.cause = result.cause.value if result.cause else ""
            if result.status == "ok":
                # data pulled by earlier tries of a resumed round is as old as the round
                when = round_.started if round_ is not None and round_.resumed else None
                state.put(session, state.LAST_SYNC, (when or state.utcnow()).isoformat())
                # the round is complete; no page of a phase is kept past a whole sync
                checkpoint.clear_all(session)
                failure.forget(session)
            elif result.cause is not None:
                failure.remember(session, result.cause, error)
        log.info("sync %s: %s %s", result.status, result.figures, error)
        ctx.progress("done", 1, 1)

    def _forget_progress(self) -> None:
        """Before a full re-read: no resume point, no known snapshot, no skipped row is trusted."""
        with self.store.transaction() as session:
            checkpoint.clear_all(session)
            for prefix in ("pull:", "writers:", "skipped:"):
                session.execute(delete(Watermark).where(Watermark.key.startswith(prefix)))

    def _set_refused(self, refused: bool) -> None:
        with self.store.transaction() as session:
            if refused:
                state.put(session, state.CREDENTIALS_REFUSED, "1")
            else:
                state.drop(session, state.CREDENTIALS_REFUSED)


class _Missing(Exception):
    """Required entity sets are not published; the messages are already in the result."""


def run_stats(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
