"""The `wholesale-desk emulator` command and the in-process demo emulator."""

from __future__ import annotations

import requests

from wholesale_desk.cli import build_parser
from wholesale_desk.commands.emulator import default_db, start_demo_emulator
from wholesale_desk.demo.base import EmulatorBase


def test_emulator_command_is_registered():
    args = build_parser().parse_args(
        ["emulator", "--port", "0", "--company", "large", "--seed", "7", "--db", "x.sqlite"]
    )
    assert (args.command, args.company, args.seed, str(args.db)) == (
        "emulator",
        "large",
        7,
        "x.sqlite",
    )


def test_default_base_lives_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    assert default_db("small") == tmp_path / "emulator-small.sqlite"


def test_demo_emulator_starts_on_a_free_port_and_keeps_its_base(tmp_path, server_world_builder):
    path = tmp_path / "demo" / "emulator.sqlite"
    path.parent.mkdir()
    server_world_builder(EmulatorBase(path))  # an existing base is served as it is
    server = start_demo_emulator(path)
    try:
        resp = requests.get(
            server.odata_url + "Catalog_Партнеры",
            params={"$format": "json", "$inlinecount": "allpages", "$top": 0},
            auth=("Администратор".encode(), b"demo"),
            timeout=10,
        )
        assert resp.json()["odata.count"] == "19"
        assert server.port > 0
    finally:
        server.stop()
