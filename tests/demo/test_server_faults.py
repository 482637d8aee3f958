"""Fault injection: the failures a client of a real 1C base must survive."""

from __future__ import annotations

import time

import pytest
import requests

ORDERS = "Document_ЗаказКлиента"
PARTNERS = "Catalog_Партнеры"


def test_delay_slows_only_matching_requests(server_world):
    server_world.server.faults.delay(0.4, count=1, path=ORDERS)
    start = time.monotonic()
    assert server_world.get(PARTNERS).status_code == 200
    assert time.monotonic() - start < 0.3
    start = time.monotonic()
    assert server_world.get(ORDERS).status_code == 200
    assert time.monotonic() - start >= 0.4
    start = time.monotonic()
    server_world.get(ORDERS)
    assert time.monotonic() - start < 0.3  # count used up


def test_delay_longer_than_client_timeout_is_a_read_timeout(server_world):
    server_world.server.faults.delay(1.0, count=1)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(server_world.server.odata_url, timeout=0.3)


def test_connection_dropped_mid_body(server_world):
    server_world.server.faults.drop_mid_body(count=1, path=ORDERS)
    broken = (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)
    with pytest.raises(broken):
        server_world.get(ORDERS)
    assert server_world.get(ORDERS).status_code == 200


@pytest.mark.parametrize("code", [502, 503, 500])
def test_bare_status_without_odata_body(server_world, code):
    server_world.server.faults.status(code, count=2)
    for _ in range(2):
        resp = server_world.get(PARTNERS)
        assert resp.status_code == code
        assert "odata.error" not in resp.text
    assert server_world.get(PARTNERS).status_code == 200


def test_html_login_page_with_status_200(server_world):
    server_world.server.faults.html200(count=1)
    resp = server_world.get(PARTNERS)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        resp.json()


def test_truncated_json(server_world):
    server_world.server.faults.truncated_json(count=1, path=PARTNERS)
    resp = server_world.get(PARTNERS)
    assert resp.status_code == 200
    with pytest.raises(ValueError):
        resp.json()


def test_unauthorized_in_the_middle_of_a_sync(server_world):
    server_world.server.faults.unauthorized(count=1, after=2, path=ORDERS)
    statuses = [server_world.get(ORDERS, **{"$top": 1}).status_code for _ in range(4)]
    assert statuses == [200, 200, 401, 200]


def test_faults_can_be_cleared(server_world):
    server_world.server.faults.status(503, count=None)
    assert server_world.get(PARTNERS).status_code == 503
    assert server_world.get(PARTNERS).status_code == 503
    server_world.server.faults.clear()
    assert server_world.get(PARTNERS).status_code == 200


def test_faults_switch_over_http_for_a_foreground_emulator(server_world):
    control = server_world.server.url.rsplit("/", 1)[0] + "/_emulator/faults"
    resp = requests.post(control, json={"kind": "status", "code": 503, "count": 1}, timeout=10)
    assert resp.status_code == 200 and resp.json()["faults"][0]["kind"] == "status"
    assert server_world.get(PARTNERS).status_code == 503
    assert server_world.get(PARTNERS).status_code == 200
    bad = requests.post(control, json={"kind": "meteor"}, timeout=10)
    assert bad.status_code == 400
    requests.post(control, json={"kind": "html200", "count": None}, timeout=10)
    requests.post(control, json={"clear": True}, timeout=10)
    assert server_world.get(PARTNERS).status_code == 200


def test_request_log_counts_requests(server_world):
    server_world.get(PARTNERS)
    server_world.get(ORDERS, **{"$top": 1})
    server_world.send("POST", ORDERS, {"Date": "2026-11-20T00:00:00"})
    log = server_world.server.requests
    assert [(r.method, r.path.rsplit("/", 1)[-1], r.status) for r in log[-3:]] == [
        ("GET", PARTNERS, 200),
        ("GET", ORDERS, 200),
        ("POST", ORDERS, 201),
    ]
    assert server_world.server.count("POST", ORDERS) == 1


def test_a_stopped_base_is_unreachable_even_on_a_kept_alive_connection(server_world):
    session = requests.Session()
    url = server_world.server.odata_url + PARTNERS
    auth = ("Администратор".encode(), b"demo")
    assert session.get(url, params={"$format": "json"}, auth=auth, timeout=5).status_code == 200
    server_world.server.stop()
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(url, params={"$format": "json"}, auth=auth, timeout=5)
    server_world.server.start()  # same port again: the base is back
    assert session.get(url, params={"$format": "json"}, auth=auth, timeout=5).status_code == 200
