"""My tasks (today, overdue, upcoming), done and snooze, reminders, and birthdays this week.

Tasks are local: 1C's profile has no object with a due time for them, so they live in the
store only (a next step logged on the road is still kept, it simply never goes to 1C).
A snoozed task counts as due at its snooze time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Client, Contact, Task, new_guid
from wholesale_desk.services.invalid_input import InvalidInput, required

_CTX = "Tasks"
UPCOMING_DAYS = 14


@dataclass(frozen=True)
class TaskView:
    id: str
    title: str
    description: str
    due: datetime
    """When it is due now: the snooze time if snoozed."""
    client_id: str | None
    client_name: str
    done: bool


@dataclass(frozen=True)
class TaskBuckets:
    overdue: list[TaskView]
    today: list[TaskView]
    upcoming: list[TaskView]


@dataclass(frozen=True)
class Birthday:
    contact_id: str
    name: str
    client_id: str
    client_name: str
    day: date
    """This year's birthday (within the week asked for)."""
    phone: str


def _effective_due(task: Task) -> datetime:
    return task.snoozed_until or task.due


def _view(task: Task, client_name: str) -> TaskView:
    return TaskView(
        task.id,
        task.title,
        task.description,
        _effective_due(task),
        task.client_id,
        client_name,
        task.done_at is not None,
    )


def open_tasks(
    session: Session, now: datetime, manager_id: str | None = None, client_id: str | None = None
) -> TaskBuckets:
    """Not-done tasks by when they are due: before today, today, within `UPCOMING_DAYS`."""
    due = func.coalesce(Task.snoozed_until, Task.due)
    horizon = datetime.combine(now.date() + timedelta(days=UPCOMING_DAYS + 1), time())
    query = (
        select(Task, func.coalesce(Client.name, ""))
        .outerjoin(Client, Client.id == Task.client_id)
        .where(Task.done_at.is_(None), due < horizon)
        .order_by(due)
    )
    if manager_id:
        query = query.where(or_(Task.manager_id == manager_id, Task.manager_id.is_(None)))
    if client_id:
        query = query.where(Task.client_id == client_id)
    start_of_day = datetime.combine(now.date(), time())
    tomorrow = start_of_day + timedelta(days=1)
    buckets = TaskBuckets([], [], [])
    for task, client_name in session.execute(query):
        view = _view(task, client_name)
        if view.due < start_of_day:
            buckets.overdue.append(view)
        elif view.due < tomorrow:
            buckets.today.append(view)
        else:
            buckets.upcoming.append(view)
    return buckets


def add(
    session: Session,
    title: str,
    due: datetime | None,
    *,
    client_id: str | None = None,
    manager_id: str | None = None,
    description: str = "",
) -> str:
    found: dict[str, Text] = {}
    if not title.strip():
        found["title"] = required()
    if due is None:
        found["due"] = required()
    if found or due is None:
        raise InvalidInput(found)
    task = Task(
        id=new_guid(),
        title=title.strip(),
        due=due.replace(microsecond=0),
        client_id=client_id,
        manager_id=manager_id,
        description=description,
    )
    session.add(task)
    session.flush()
    return task.id


def _get(session: Session, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise InvalidInput(
            {"task": text(_CTX, QT_TRANSLATE_NOOP("Tasks", "This task no longer exists"))}
        )
    return task


def complete(session: Session, task_id: str, now: datetime) -> None:
    _get(session, task_id).done_at = now.replace(microsecond=0)


def reopen(session: Session, task_id: str) -> None:
    _get(session, task_id).done_at = None


def snooze(session: Session, task_id: str, until: datetime) -> None:
    """Move the reminder to `until`; the original due time stays on record."""
    _get(session, task_id).snoozed_until = until.replace(microsecond=0)


def due_between(
    session: Session, after: datetime, until: datetime, manager_id: str | None = None
) -> list[TaskView]:
    """Open tasks that fell due in (after, until]: what a reminder should announce now."""
    due = func.coalesce(Task.snoozed_until, Task.due)
    query = (
        select(Task, func.coalesce(Client.name, ""))
        .outerjoin(Client, Client.id == Task.client_id)
        .where(Task.done_at.is_(None), due > after, due <= until)
        .order_by(due)
    )
    if manager_id:
        query = query.where(or_(Task.manager_id == manager_id, Task.manager_id.is_(None)))
    return [_view(task, name) for task, name in session.execute(query)]


def birthdays(
    session: Session, today: date, days: int = 7, manager_id: str | None = None
) -> list[Birthday]:
    """Contacts whose birthday falls within `days` from `today` (29 Feb → 28 Feb off leap years)."""
    query = (
        select(Contact, Client.name)
        .join(Client, Client.id == Contact.client_id)
        .where(
            Contact.birthday.is_not(None),
            Contact.deletion_mark.is_(False),
            Client.is_current,
        )
    )
    if manager_id:
        query = query.where(Client.manager_id == manager_id)
    wanted = {(today + timedelta(days=i)).strftime("%m-%d"): i for i in range(days)}
    if not _is_leap(today.year) and "02-28" in wanted:
        wanted.setdefault("02-29", wanted["02-28"])
    month_days = sorted(wanted)
    query = query.where(func.strftime("%m-%d", Contact.birthday).in_(month_days))
    found = []
    for contact, client_name in session.execute(query):
        assert contact.birthday is not None
        offset = wanted[contact.birthday.strftime("%m-%d")]
        found.append(
            Birthday(
                contact.id,
                contact.name,
                contact.client_id,
                client_name,
                today + timedelta(days=offset),
                contact.phone,
            )
        )
    return sorted(found, key=lambda b: (b.day, b.name))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
