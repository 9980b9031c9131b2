"""devzone.metabase against a stand-in for Metabase's HTTP API: the first call creates the admin
and adds the warehouse as the read-only role; a second call changes nothing. (What Metabase
itself accepts is checked by `docker compose up`, not here: no Metabase in the tests.)"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from devzone.metabase import MetabaseError, Settings, configure, wait_until_up


class FakeMetabase:
    def __init__(self) -> None:
        self.setup_token: str | None = "setup-123"
        self.admin: dict[str, Any] | None = None
        self.databases: list[dict[str, Any]] = []
        self.calls: list[str] = []


@pytest.fixture
def metabase() -> Iterator[tuple[FakeMetabase, Settings]]:
    state = FakeMetabase()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _reply(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _authorised(self) -> bool:
            return self.headers.get("X-Metabase-Session") == "session-1"

        def do_GET(self) -> None:
            state.calls.append(f"GET {self.path}")
            if self.path == "/api/health":
                self._reply(200, {"status": "ok"})
            elif self.path == "/api/session/properties":
                self._reply(200, {"setup-token": state.setup_token})
            elif self.path == "/api/database" and self._authorised():
                self._reply(200, {"data": state.databases, "total": len(state.databases)})
            else:
                self._reply(401, "Unauthenticated")

        def do_POST(self) -> None:
            state.calls.append(f"POST {self.path}")
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path == "/api/setup" and body.get("token") == state.setup_token:
                state.admin, state.setup_token = body["user"], None
                self._reply(200, {"id": "session-1"})
            elif (
                self.path == "/api/session"
                and state.admin
                and body
                == {
                    "username": state.admin["email"],
                    "password": state.admin["password"],
                }
            ):
                self._reply(200, {"id": "session-1"})
            elif self.path == "/api/database" and self._authorised():
                state.databases.append({**body, "id": len(state.databases) + 1})
                self._reply(200, state.databases[-1])
            else:
                self._reply(400, {"message": "bad request"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    env = {
        "MB_URL": f"http://127.0.0.1:{server.server_address[1]}",
        "MB_ADMIN_EMAIL": "admin@example.com",
        "MB_ADMIN_PASSWORD": "a-long-admin-passphrase",
        "DEVZONE_READER_PASSWORD": "reader-pw",
    }
    try:
        yield state, Settings.from_env(env)
    finally:
        server.shutdown()
        server.server_close()


def test_a_fresh_metabase_gets_an_admin_and_the_warehouse_as_the_reader(
    metabase: tuple[FakeMetabase, Settings],
) -> None:
    state, settings = metabase
    wait_until_up(settings, timeout=5)
    assert "added 'devzone warehouse' as devzone_reader" in configure(settings)
    assert state.admin is not None and state.admin["email"] == "admin@example.com"
    [database] = state.databases
    assert database["engine"] == "postgres"
    details = database["details"]
    assert (details["host"], details["port"], details["dbname"]) == ("postgres", 5432, "devzone")
    assert (details["user"], details["password"]) == ("devzone_reader", "reader-pw")
    assert details["schema-filters-patterns"] == "marts"


def test_a_second_call_changes_nothing(metabase: tuple[FakeMetabase, Settings]) -> None:
    state, settings = metabase
    configure(settings)
    assert "already there" in configure(settings)
    assert len(state.databases) == 1
    assert "POST /api/session" in state.calls


def test_missing_passwords_are_named() -> None:
    with pytest.raises(MetabaseError, match="MB_ADMIN_PASSWORD, DEVZONE_READER_PASSWORD"):
        Settings.from_env({"MB_ADMIN_EMAIL": "a@b.c"})
