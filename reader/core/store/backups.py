"""The copies Kutip keeps of a library file before upgrading it (``NAME.schema-vN.backup.sqlite``).

Before a migration changes a library, the whole file is copied next to it as it was at schema
``N``. The rules, as a user sees them:

- the copy is written only if it fits: the disk must have room for it and a tenth more for
  the upgrade's own writes, else nothing is written or changed and one line says so;
- it is written under a hidden temporary name and renamed when complete, so a backup file
  that exists is always whole; a temporary copy left by a process killed while writing it
  (``.NAME.schema-vN.backup.PID.writing``, as big as the library) is removed by the next
  upgrade, under its lock, once that PID is gone (review R16-2);
- only the newest backup of a library is kept: an older one is removed once the new backup
  is written *and* the upgrade succeeded (a failed upgrade removes nothing older), and the
  notice of the upgrade names what was removed; a failed upgrade that changed nothing
  leaves no second copy of a schema that has one (``drop_spare``);
- ``kutip backups`` and the app's Library → Backups… list them and remove one on request;
- one process at a time upgrades a library (``upgrade_lock``): a second one opening the same
  old library waits, reads the version again, and finds nothing left to do — it never
  copies the already-upgraded file over the true backup (review F8-11).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..files import create_private
from ..messages import Message
from .connection import backup_path
from .errors import StoreError

#: room the upgrade itself may need beyond the backup, as a share of the library's size
UPGRADE_MARGIN = 0.10
#: how long opening an old library waits for another process upgrading it (seconds): a
#: copy and migration of a 100k-article library take about a minute on a slow disk
UPGRADE_WAIT = 600.0


def readable_size(size: int) -> str:
    """``1.1 GB``, ``24 KB``, ``512 bytes``."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Backup:
    """One backup file of a library."""

    path: Path
    version: int  # the schema the library had when it was copied
    size: int  # bytes
    modified: float  # when it was written (seconds since the epoch)

    @property
    def readable_size(self) -> str:
        return readable_size(self.size)


@dataclass(frozen=True)
class Upgrade:
    """A library upgraded on opening: from which schema to which, the backup written first,
    and the older backups removed after it succeeded."""

    path: Path
    from_version: int
    to_version: int
    backup: Backup
    removed: tuple[Backup, ...] = field(default=())

    def message(self) -> Message:
        """One line for the user: what happened, where the copy is, what was removed."""
        if self.removed:
            return Message(
                "store.upgraded-replaced-backup", "Upgraded {name} for this Kutip; its copy "
                "as it was is {backup} ({size}); older backups removed: {removed}.",
                name=self.path.name, backup=self.backup.path, size=self.backup.readable_size,
                removed=", ".join(b.path.name for b in self.removed))
        return Message(
            "store.upgraded-backup", "Upgraded {name} for this Kutip; its copy as it was is "
            "{backup} ({size}).", name=self.path.name, backup=self.backup.path,
            size=self.backup.readable_size)


def _pattern(library: Path) -> re.Pattern[str]:
    return re.compile(re.escape(library.stem) + r"\.schema-v(\d+)\.backup(?:-\d+)?"
                      + re.escape(library.suffix))  # (as ``connection.backup_path`` names
    # it; ``-2``…: written while one of the same schema was there, ``_free_name``)


def list_backups(library: str | Path) -> list[Backup]:
    """The backups next to ``library``, newest first (highest schema, then latest written).

    Raises ``StoreError`` (one line) when the folder cannot be read."""
    library = Path(library).absolute()
    pattern = _pattern(library)
    found = []
    try:
        entries = list(os.scandir(library.parent))
    except FileNotFoundError:
        return []
    except OSError as error:
        raise StoreError(Message(
            "store.backups-cannot-read-folder", "Cannot read the folder {folder}: {error}.",
            folder=library.parent, error=error.strerror or error)) from error
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        if entry.is_file():
            found.append(Backup(Path(entry.path), int(match.group(1)), stat.st_size,
                                stat.st_mtime))
    return sorted(found, key=lambda b: (b.version, b.modified), reverse=True)


@dataclass(frozen=True)
class KeptCopy:
    """A copy Kutip kept beside a library whose file was replaced while open (review
    R17-1, R17-8): ``replaced`` is what a Kutip had when it closed (``NAME.kept-DATE``),
    ``journal`` the new file as read with the replaced one's journal (``NAME.with-journal-
    DATE``). Their work comes back into the library through a ``.kutip`` export and merge."""

    path: Path
    kind: str  # "replaced" or "journal"
    size: int
    modified: float

    @property
    def readable_size(self) -> str:
        return readable_size(self.size)


def list_kept(library: str | Path) -> list[KeptCopy]:
    """The copies kept beside ``library`` (``KeptCopy``), newest first; [] when the folder
    cannot be read."""
    library = Path(library).absolute()
    stem = re.escape(library.stem)
    pattern = re.compile(stem + r"\.(kept|with-journal)-\d{8}-\d{6}" + re.escape(library.suffix))
    found = []
    try:
        entries = list(os.scandir(library.parent))
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue
        kind = "replaced" if match.group(1) == "kept" else "journal"
        found.append(KeptCopy(Path(entry.path), kind, stat.st_size, stat.st_mtime))
    return sorted(found, key=lambda k: k.modified, reverse=True)


def remove_backup(library: str | Path, name: str | Path) -> Backup:
    """Delete one backup of ``library``, named by its file name or path; returns it.

    Only a backup of this library is ever deleted: anything else (the library itself, another
    file, another library's backup) is refused with one line, and nothing is removed."""
    library = Path(library)
    wanted = Path(name)
    for backup in list_backups(library):
        if wanted.name == backup.path.name and (
                len(wanted.parts) == 1 or _same_file(wanted, backup.path)):
            try:
                backup.path.unlink()
            except FileNotFoundError:
                pass  # removed meanwhile: what was asked is done
            except OSError as error:
                raise StoreError(Message(
                    "store.backup-cannot-remove", "Cannot remove {path}: {error}.",
                    path=backup.path, error=error.strerror or error)) from error
            return backup
    raise StoreError(Message(
        "store.backup-not-found", "{name} is not a backup of {library}; nothing was removed.",
        name=name, library=library))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _stale_pattern(library: Path) -> re.Pattern[str]:
    """The hidden copies ``write_backup`` writes (and SQLite's journal beside them), with
    the writer's PID."""
    return re.compile(r"\." + re.escape(library.stem) + r"\.schema-v\d+\.backup(?:-\d+)?"
                      + re.escape(library.suffix) + r"\.(\d+)\.writing(?:-journal|-wal|-shm)?")


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (unsure counts as alive)."""
    if sys.platform == "win32":  # pragma: no cover - os.kill would end it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (another user's process: alive)
        return True
    return True


def remove_stale_copies(library: Path) -> list[Path]:
    """Delete the half-written backup copies of ``library`` whose writer is gone (a kill or
    a power loss during the copy: no exception ran to remove them); returns them. Called
    under the upgrade lock, so no other Kutip is writing a copy of this library now; a copy
    whose PID is alive is left alone."""
    pattern = _stale_pattern(library)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(library.parent))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match.group(1))
        if pid <= 0 or pid == os.getpid() or _alive(pid):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def free_space(folder: Path) -> int:
    """Bytes free for this user in ``folder``'s file system (a test replaces it)."""
    import shutil  # (here: only an upgrade needs it, issue 12)

    return shutil.disk_usage(folder).free


def write_backup(conn: sqlite3.Connection, library: Path, version: int) -> Backup:
    """Copy the open library (schema ``version``) next to itself, all or nothing.

    Refuses with one line, writing nothing, when the disk has no room for the copy and the
    upgrade after it; a copy that fails midway leaves no file behind."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = int(page_size) * int(pages)
    needed = size + int(size * UPGRADE_MARGIN)
    target = _free_name(backup_path(library.absolute(), version), library.suffix)
    remove_stale_copies(target.parent / library.name)  # (before their room is counted)
    try:
        free = free_space(target.parent)
    except OSError:
        free = needed  # cannot tell: try, and a full disk fails the copy below
    if free < needed:
        raise StoreError(Message(
            "store.backup-no-room", "{path} needs an upgrade for this Kutip, which first copies "
            "it next to itself ({size}, and room to upgrade: {needed} in all), but only {free} "
            "is free there; free some space and try again (nothing was changed).",
            path=library, size=readable_size(size), needed=readable_size(needed),
            free=readable_size(free)))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.writing")
    try:
        if not create_private(temporary):  # (only its owner may read the copy, R15-13)
            os.chmod(temporary, 0o600)  # (a stale one left by a crash: private too)
        dest = sqlite3.connect(str(temporary))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StoreError(Message(
            "store.backup-failed", "{path} needs an upgrade for this Kutip, but its copy "
            "could not be written next to it ({error}); nothing was changed.", path=library,
            error=error.strerror if isinstance(error, OSError) and error.strerror
            else error)) from error
    stat = target.stat()
    return Backup(target, version, stat.st_size, stat.st_mtime or time.time())


def _free_name(target: Path, suffix: str) -> Path:
    """``target``, or beside it ``NAME.schema-vN.backup-2.sqlite`` (-3 …) when a backup of
    that schema is there already (a library put back from its backup, then opened by this
    Kutip again): never written over before the upgrade is known to succeed (session 19:
    a failed upgrade then left the earlier copy gone); ``remove_older`` removes it after."""
    stem, number = target.name[: len(target.name) - len(suffix)], 1  # (the library's
    while target.exists():  # suffix, which a library without one does not have)
        number += 1
        target = target.with_name(f"{stem}-{number}{suffix}")
    return target


def drop_spare(library: Path, written: Backup) -> bool:
    """After an upgrade that failed with nothing applied (the library is as ``written``
    copied it): delete ``written`` if another backup of the same schema is there, so that
    each failed try does not leave one more full copy (review RR21-7: ``-2``, ``-3`` … of
    1.1 GB each at 100k, until an upgrade succeeded); the earlier one is kept, untouched
    (``_free_name``). Whether it was deleted."""
    try:
        found = list_backups(library)
    except StoreError:
        return False
    if not any(b.version == written.version and b.path != written.path for b in found):
        return False
    try:
        written.path.unlink()
    except OSError:
        return False
    return True


def remove_older(library: Path, kept: Backup) -> tuple[Backup, ...]:
    """After an upgrade that succeeded: delete the library's backups older than ``kept``
    (and another one of its schema: ``_free_name``; a backup that cannot be deleted stays,
    and is not reported as removed)."""
    removed = []
    for backup in list_backups(library):
        if backup.path == kept.path or backup.version > kept.version:
            continue
        try:
            backup.path.unlink()
        except OSError:
            continue
        removed.append(backup)
    return tuple(removed)


def _lock_path(library: Path) -> Path:
    real = Path(os.path.realpath(library))  # one lock for every name of the file
    return real.with_name(f".{real.name}.upgrading")


def _try_lock(fd: int) -> bool:
    """Take the OS's exclusive lock on an open file without waiting; released by the OS
    when the process ends, however it ends (no stale lock after a crash)."""
    if sys.platform == "win32":  # pragma: no cover - tested on POSIX
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _still_there(fd: int, path: Path) -> bool:
    """The locked file is still the one at ``path`` (its holder removes it when done, so a
    waiter that got the lock of a removed file must take the new one's)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


@contextlib.contextmanager
def upgrade_lock(library: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the library's upgrade to this process: from reading its version again, through
    its backup, to the last migration. Another process opening the same old library waits
    here (up to ``UPGRADE_WAIT`` seconds, then one line says why) and then finds it
    upgraded. The lock is a hidden file next to the library (``.NAME.upgrading``), removed
    when done; where it cannot be made (a read-only folder: the backup cannot be either,
    and says so itself) or locked (a file system without locks), the upgrade goes on
    without it, as before."""
    path = _lock_path(library)
    fd = _acquire(library, path, UPGRADE_WAIT if wait is None else wait)
    try:
        yield
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):  # (Windows keeps an open file: it stays)
                path.unlink()
            _unlock(fd)
            os.close(fd)


def _acquire(library: Path, path: Path, wait: float) -> int | None:
    """The locked lock file's descriptor, or None where it cannot be made or locked."""
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        try:
            locked = _try_lock(fd)
        except OSError:  # a file system without locks: upgrade as before, unguarded
            os.close(fd)
            return None
        if locked:
            if _still_there(fd, path):
                return fd
            _unlock(fd)
        os.close(fd)
        if time.monotonic() > deadline:
            raise StoreError(Message(
                "store.upgrade-elsewhere", "{path} is being upgraded by another Kutip; try "
                "again when it has finished.", path=library))
        time.sleep(0.05)
