"""Receivables reconcile with 1C: the sum over clients is 1C's settlements balance for the
user's rights, for a manager (own clients) and for the head of sales (everyone)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import requests

from sync.helpers import make_engine
from sync.seed import HEAD, HEAD_PASSWORD, PASSWORD, USER
from wholesale_desk.demo.server import EmulatorServer
from wholesale_desk.onec.values import loads
from wholesale_desk.services.receivables import receivables
from wholesale_desk.store import Store


def onec_debt_balance(server: EmulatorServer, user: str, password: str) -> Decimal:
    """Σ ДолгBalance of РасчетыСКлиентамиПоСрокам as 1C answers this user, straight over HTTP."""
    reply = requests.get(
        server.odata_url + "AccumulationRegister_РасчетыСКлиентамиПоСрокам/Balance()",
        params={"$format": "json", "allowedOnly": "true"},
        auth=(user.encode("utf-8"), password.encode("utf-8")),
        timeout=30,
    )
    reply.raise_for_status()
    rows = loads(reply.content)["value"]
    return sum((r["ДолгBalance"] for r in rows), Decimal(0))


@pytest.mark.parametrize(("user", "password"), [(USER, PASSWORD), (HEAD, HEAD_PASSWORD)])
def test_receivables_total_equals_1c_balance_for_the_users_rights(
    server: EmulatorServer, store: Store, tmp_path: Path, user: str, password: str
) -> None:
    result = make_engine(store, server, tmp_path, user=user, password=password).run()
    assert result.ok, result.errors
    with store.session() as session:
        report = receivables(session)
    expected = onec_debt_balance(server, user, password)
    assert expected > 0
    assert report.total.debt == expected
    assert sum((r.debt for r in report.rows), Decimal(0)) == expected
    assert sum((t.debt for _, t in report.by_manager.values()), Decimal(0)) == expected
    assert report.as_of is not None
