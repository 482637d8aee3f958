"""After a pull: remember which policy objects 1C publishes, and log the policy's bad input.

The terms engine uses 1C's discounts and users' limits where 1C publishes them and documented
defaults where it does not (`policy_audit`); it learns which from the watermark written here.
A discount condition or limit it cannot use is written to the sync log with the object's key.
"""

from __future__ import annotations

from collections.abc import Iterable

from wholesale_desk.policy_audit import POLICY_SETS, PUBLISHED_KEY, problems
from wholesale_desk.store import Store
from wholesale_desk.sync import state
from wholesale_desk.sync.progress import RunContext


def after_pull(store: Store, ctx: RunContext, published: Iterable[str]) -> None:
    names = set(published)
    with store.transaction() as session:
        state.put_json(session, PUBLISHED_KEY, [s for s in POLICY_SETS if s in names])
        for entity, ref, message in problems(session):
            ctx.issue(session, entity, ref, message.english())
