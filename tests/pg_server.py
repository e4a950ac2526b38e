"""A throwaway PostgreSQL server for the tests (and the benchmarks): ``initdb`` and ``pg_ctl``
in a temporary folder, listening on 127.0.0.1 on a free port, stopped and deleted afterwards.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as an
unprivileged user (``postgres`` when Debian's package made it, else ``nobody``) through
``runuser``. Host logins use passwords (scram-sha-256) given through a ``.pgpass`` file, as a
team's users connect, so the tests see the server refuse what a role may not do.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "kutip_test_admin"


def binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: on the PATH, else where
    Debian's packages put them (``/usr/lib/postgresql/<version>/bin``, the newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl") and shutil.which("postgres"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name.split(".")[0]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: None (this user) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run the server")


@dataclass
class Server:
    """A running server: ``url(db, user)`` gives a connection URL with the password file."""

    folder: Path
    port: int
    passfile: Path
    log: Path
    bin: Path
    user: pwd.struct_passwd | None
    passwords: dict[str, str] = field(default_factory=dict)

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return (f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"
                f"?passfile={self.passfile}&connect_timeout=10")

    def set_password(self, user: str, password: str) -> None:
        """Remember ``user``'s password in the password file (as a user's ``~/.pgpass``)."""
        self.passwords[user] = password
        lines = [f"127.0.0.1:{self.port}:*:{u}:{p}" for u, p in self.passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.passfile.chmod(0o600)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "server" / "data"), "-m", "immediate",
                  "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Initialise and start a server; raises RuntimeError (with its log) if it cannot."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="kutip-pg-"))
    passfile = folder / "pgpass"
    secret = folder / "server" / "pw"
    secret.parent.mkdir()
    password = os.urandom(12).hex()
    secret.write_text(password + "\n", encoding="utf-8")
    if user is not None:  # the server's user owns its folder, nothing else of ours
        for path in (folder / "server", secret):
            os.chown(path, user.pw_uid, user.pw_gid)
        folder.chmod(0o711)
    server = Server(folder, 0, passfile, folder / "server" / "log", bin_dir, user)
    data = folder / "server" / "data"
    done = server._run("initdb", "-D", str(data), "-U", SUPERUSER, "--pwfile", str(secret),
                       "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                       "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    if done.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
    for attempt in range(5):
        port = _free_port()
        done = server._run(
            "pg_ctl", "-D", str(data), "-l", str(server.log), "-w", "-t", "60", "start", "-o",
            f"-c listen_addresses=127.0.0.1 -c port={port}"
            f" -c unix_socket_directories={folder / 'server'} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        if done.returncode == 0:
            break
        time.sleep(0.2 * (attempt + 1))  # the port was taken meanwhile: another one
    else:
        log = server.log.read_text(errors="replace")[-2000:] if server.log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the PostgreSQL server did not start: {done.stderr.strip()} {log}")
    server.port = port
    server.set_password(SUPERUSER, password)
    return server


@contextlib.contextmanager
def running() -> Iterator[Server]:
    server = start()
    try:
        yield server
    finally:
        server.stop()
