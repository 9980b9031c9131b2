"""Wire a fresh Metabase to the warehouse as the read-only role (docker-compose.yml runs this once
Metabase is up): `python -m devzone.metabase`.

Through Metabase's public HTTP API, which every edition has: the first admin is created with the
setup token from /api/session/properties (or, when Metabase is already set up, the admin logs
in), then the warehouse is added as a PostgreSQL database that logs in as the reader role and
syncs only the `marts` schema. Running it again changes nothing.

Settings come from the environment: MB_URL (http://metabase:3000), MB_ADMIN_EMAIL,
MB_ADMIN_PASSWORD, MB_DATABASE_NAME (devzone warehouse), DEVZONE_PG_HOST (postgres),
DEVZONE_PG_PORT (5432), DEVZONE_PG_DBNAME (devzone), DEVZONE_READER_ROLE (devzone_reader),
DEVZONE_READER_PASSWORD.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("devzone.metabase")


class MetabaseError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    url: str
    admin_email: str
    admin_password: str
    database_name: str
    host: str
    port: int
    dbname: str
    reader: str
    reader_password: str

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        missing = [k for k in ("MB_ADMIN_EMAIL", "MB_ADMIN_PASSWORD", "DEVZONE_READER_PASSWORD") if not env.get(k)]
        if missing:
            raise MetabaseError(f"set {', '.join(missing)} (see .env.example)")
        return cls(
            url=env.get("MB_URL", "http://metabase:3000").rstrip("/"),
            admin_email=env["MB_ADMIN_EMAIL"],
            admin_password=env["MB_ADMIN_PASSWORD"],
            database_name=env.get("MB_DATABASE_NAME", "devzone warehouse"),
            host=env.get("DEVZONE_PG_HOST", "postgres"),
            port=int(env.get("DEVZONE_PG_PORT", "5432")),
            dbname=env.get("DEVZONE_PG_DBNAME", "devzone"),
            reader=env.get("DEVZONE_READER_ROLE", "devzone_reader"),
            reader_password=env["DEVZONE_READER_PASSWORD"],
        )


def _call(settings: Settings, method: str, path: str, body: Any = None, session: str | None = None) -> Any:
    headers = {"Content-Type": "application/json"}
    if session:
        headers["X-Metabase-Session"] = session
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(settings.url + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = response.read()
    except urllib.error.HTTPError as exc:
        raise MetabaseError(f"{method} {path}: HTTP {exc.code}: {exc.read()[:500]!r}") from exc
    return json.loads(payload) if payload else None


def wait_until_up(settings: Settings, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if (_call(settings, "GET", "/api/health") or {}).get("status") == "ok":
                return
        except (OSError, MetabaseError):
            pass
        if time.monotonic() > deadline:
            raise MetabaseError(f"Metabase at {settings.url} did not come up in {timeout:.0f} s")
        time.sleep(2)


def database_details(settings: Settings) -> dict[str, Any]:
    return {
        "host": settings.host,
        "port": settings.port,
        "dbname": settings.dbname,
        "user": settings.reader,
        "password": settings.reader_password,
        "ssl": False,
        # The reader may only use `marts`; do not even try the other schemas.
        "schema-filters-type": "inclusion",
        "schema-filters-patterns": "marts",
    }


def configure(settings: Settings) -> str:
    """Set Metabase up (first run) or log in, and add the warehouse if it is not there. Returns
    what was done."""
    token = (_call(settings, "GET", "/api/session/properties") or {}).get("setup-token")
    if token:
        user = {
            "email": settings.admin_email,
            "password": settings.admin_password,
            "first_name": "devzone",
            "last_name": "admin",
            "site_name": "devzone warehouse",
        }
        prefs = {"site_name": "devzone warehouse", "allow_tracking": False}
        session = _call(settings, "POST", "/api/setup", {"token": token, "user": user, "prefs": prefs})["id"]
        done = "set up Metabase"
    else:
        credentials = {"username": settings.admin_email, "password": settings.admin_password}
        session = _call(settings, "POST", "/api/session", credentials)["id"]
        done = "logged in"
    listed = _call(settings, "GET", "/api/database", session=session)
    databases = listed.get("data", []) if isinstance(listed, dict) else listed or []
    if any(db.get("name") == settings.database_name for db in databases):
        return f"{done}; the database {settings.database_name!r} was already there"
    body = {"engine": "postgres", "name": settings.database_name, "details": database_details(settings)}
    _call(settings, "POST", "/api/database", body, session=session)
    return f"{done}; added {settings.database_name!r} as {settings.reader} (schema marts)"


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        settings = Settings.from_env()
        wait_until_up(settings)
        log.info("metabase: %s", configure(settings))
    except MetabaseError as exc:
        log.error("metabase: %s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
