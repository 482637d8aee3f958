"""The log file: in the data folder, rotating, and never holding a password."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from wholesale_desk import logging_setup, paths


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_wholesale_desk", False)]


def test_log_goes_to_a_rotating_file_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    path = logging_setup.setup_logging()
    logging_setup.setup_logging()  # twice: still one handler
    assert path == tmp_path / "logs" / "wholesale-desk.log"
    (handler,) = our_handlers()
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    logging.getLogger("wholesale_desk.test").warning("hello from the test")
    handler.flush()
    assert "hello from the test" in path.read_text("utf-8")


def test_passwords_never_reach_the_log(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    path = logging_setup.setup_logging()
    log = logging.getLogger("wholesale_desk.test")
    log.warning("connecting with password=%s", "s3cret-1")
    log.warning("settings %r", {"user": "ivanov", "password": "s3cret-2"})
    log.warning("header Authorization: Basic %s", "aXZhbm92OnMzY3JldC0z")
    log.warning("url http://ivanov:s3cret-4@1c.local/base/odata")
    for handler in our_handlers():
        handler.flush()
    content = path.read_text("utf-8")
    for secret in ("s3cret-1", "s3cret-2", "aXZhbm92OnMzY3JldC0z", "s3cret-4"):
        assert secret not in content
    assert "ivanov" in content  # the user name is fine and helps support


def test_redact_leaves_ordinary_text_alone():
    assert logging_setup.redact("pulled 500 clients in 2.1 s") == "pulled 500 clients in 2.1 s"
