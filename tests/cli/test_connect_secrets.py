"""`connect` keeps secrets secret and says what TLS is doing: a login typed into the address is
never saved or echoed, only an encrypted keyring is trusted with the password, a certificate
failure is named as such, and `--insecure` can be undone with `--verify`."""

from __future__ import annotations

import base64
import io
import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import keyring
import pytest
from keyring.backend import KeyringBackend

from wholesale_desk import cli, credentials
from wholesale_desk.onec.profile import load_profile

PUBLISHED = sorted(load_profile("ut115").entity_sets(required_only=True))


class FakeOneC(BaseHTTPRequestHandler):
    """A 1C service root over HTTPS that publishes every object the profile needs."""

    seen_auth: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        FakeOneC.seen_auth.append(self.headers.get("Authorization", ""))
        body = json.dumps({"value": [{"name": n, "url": n} for n in PUBLISHED]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return folder / "cert.pem"


@pytest.fixture
def https_url(certificate: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOneC)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, certificate.with_name("key.pem"))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    FakeOneC.seen_auth = []
    yield f"https://127.0.0.1:{server.server_address[1]}/base"
    server.shutdown()
    thread.join()
    server.server_close()


def connect(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    home: Path,
    *argv: str,
    password: str = "секрет",
) -> tuple[int, str]:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(home))
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = cli.main(["--data-dir", str(home), "connect", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def saved(home: Path) -> dict[str, object]:
    return dict(json.loads((home / "connection.json").read_text(encoding="utf-8")))


def test_an_untrusted_certificate_is_named_not_called_a_refused_password(
    https_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, err = connect(capsys, monkeypatch, tmp_path, https_url, "--user", "u", "--password-stdin")
    assert code == 2
    assert "certificate:" in err and "not trusted" in err and "refused" not in err
    assert "secure connection to 1C failed" in err
    assert not (tmp_path / "connection.json").exists()


def test_insecure_warns_in_words_and_verify_undoes_it(
    https_url: str,
    certificate: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, err = connect(
        capsys, monkeypatch, tmp_path, https_url, "--user", "u", "--password-stdin", "--insecure"
    )
    assert code == 0, err
    assert "certificate is not checked" in err
    assert "Unverified HTTPS request" not in err and "InsecureRequestWarning" not in err
    assert saved(tmp_path)["verify_tls"] is False

    code, err = connect(
        capsys, monkeypatch, tmp_path, https_url, "--user", "u", "--password-stdin",
        "--verify", "--ca-bundle", str(certificate),
    )  # fmt: skip
    assert code == 0, err
    assert saved(tmp_path)["verify_tls"] is True and "not checked" not in err


def test_a_login_in_the_address_is_used_but_never_saved_or_echoed(
    https_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_login = https_url.replace("https://", "https://%D0%98%D0%B2%D0%B0%D0%BD:s3cr%40t@")
    code, err = connect(capsys, monkeypatch, tmp_path, with_login, "--insecure")
    assert code == 0, err
    assert "s3cr" not in err and "not saved with the address" in err
    text = (tmp_path / "connection.json").read_text(encoding="utf-8")
    assert "s3cr" not in text and "@" not in saved(tmp_path)["url"]  # type: ignore[operator]
    assert saved(tmp_path)["user"] == "Иван"
    expected = base64.b64encode("Иван:s3cr@t".encode()).decode()
    assert FakeOneC.seen_auth[-1] == f"Basic {expected}"


class FileKeyring(KeyringBackend):
    """Like `keyrings.alt`'s plaintext file: keeps what it is given, unencrypted."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def file_keyring() -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_refused_and_the_cli_says_so_honestly(
    https_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    file_keyring: FileKeyring,
) -> None:
    code, err = connect(
        capsys, monkeypatch, tmp_path, https_url, "--user", "u", "--password-stdin", "--insecure"
    )
    assert code == 0, err
    assert file_keyring.kept == {}
    assert "stored in the system keyring" not in err
    assert "keeps it unencrypted" in err and "FileKeyring" in err
    assert "--password-stdin" in err
    assert not credentials.keyring_available()


def test_an_encrypted_keyring_keeps_the_password(
    https_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    file_keyring: FileKeyring,
) -> None:
    name = f"{FileKeyring.__module__}.{FileKeyring.__name__}"
    monkeypatch.setattr(credentials, "ENCRYPTED_BACKENDS", frozenset({name}))
    code, err = connect(
        capsys, monkeypatch, tmp_path, https_url, "--user", "u", "--password-stdin", "--insecure"
    )
    assert code == 0, err
    assert "stored in the system keyring" in err
    assert list(file_keyring.kept.values()) == ["секрет"]


def test_a_password_an_older_version_saved_in_the_address_is_scrubbed(tmp_path: Path) -> None:
    from wholesale_desk import connection

    old = {"url": "http://u:s3cret@h/b/odata/standard.odata/", "user": "u"}
    (tmp_path / "connection.json").write_text(json.dumps(old), encoding="utf-8")
    settings = connection.load(tmp_path)
    assert settings.url == "http://h/b/odata/standard.odata/"
    assert "s3cret" not in (tmp_path / "connection.json").read_text(encoding="utf-8")
