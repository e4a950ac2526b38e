"""Writing a user's file so that a failed write never destroys the file it replaces.

An export saved over ``quotes.md`` is written to a temporary file in the same folder, flushed
to disk (``fsync``), and only then renamed over ``quotes.md`` (``os.replace`` is atomic on one
file system). A full disk, a size limit or a crash mid-write leaves the old file as it was and
no temporary file behind. The CLI and the app both save through :func:`write_file_atomic`.

The folder is not synced after the rename: its ``fsync`` would make the new name durable at
once, not the file whole. A crash in the few seconds before the file system commits the
rename leaves the old file (or none), never a part of the new one, and it waits for every
other program's pending writes on that disk (≈1-5 ms of a `kutip export -o`, issue 12).

It never replaces an SQLite database or the journal files SQLite keeps beside one: a
mistyped ``-o`` naming the library (tab completion offers ``library.sqlite``) would
otherwise replace every annotation with their export.

Nor does Kutip ever open a library file this process has open as some other file (an
export's target, a file to import): closing any descriptor of a file drops every POSIX lock
the process holds on it, the locks of its SQLite connections included, and another program
closing its last connection then deletes the write-ahead log under them: their later writes
are lost (review R14-8, R15-2). The store says which files it has open (:func:`hold`);
:func:`open_library_refusal` tells them by ``os.stat`` alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from .messages import Message

__all__ = ["create_private", "folder_named", "forget_journal", "has_sqlite_header",
           "held_connections", "hold", "is_open_library", "library_under_journal_name",
           "open_library_refusal", "refuse_database", "release", "replaced_while_open",
           "replacing", "write_file_atomic"]

#: the library files this process has open: (device, inode) -> how many connections
_HELD: dict[tuple[int, int], int] = {}
#: where each was opened (its journals are found beside it by name)
_HELD_PATHS: dict[tuple[int, int], str] = {}
_HELD_LOCK = threading.Lock()


def hold(path: str) -> tuple[int, int] | None:
    """Note that this process has the library file ``path`` open (one more connection);
    the key to :func:`release`, or None when the file cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (st.st_dev, st.st_ino)
    with _HELD_LOCK:
        _HELD[key] = _HELD.get(key, 0) + 1
        _HELD_PATHS[key] = os.path.abspath(path)
    return key


def held_connections(key: tuple[int, int] | None) -> int:
    """How many connections of this process have the file ``key`` names open."""
    with _HELD_LOCK:
        return _HELD.get(key, 0) if key is not None else 0


def forget_journal(path: str) -> bool:
    """Delete the journal (``-wal``, ``-shm``) beside ``path`` when no connection, here or
    in another process, uses it; whether it was deleted (or was not there). Only for a
    journal whose contents are kept elsewhere: that of a file replaced while open, once
    what it held is kept (``keep_if_replaced``; SQLite leaves it there when the file it
    belonged to has moved, and the next opener would read it as the new file's, review
    R17-1), or the one of a copy Kutip made and checkpointed (``_keep_with_journal``)."""
    shm = path + "-shm"
    if is_open_library(shm) or (os.path.exists(shm) and _in_use(shm, *_SHM_DMS)):
        return False
    for suffix in ("-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass
        except OSError:
            return False
    return True


def release(key: tuple[int, int] | None) -> None:
    """One connection :func:`hold` noted is closed."""
    if key is None:
        return
    with _HELD_LOCK:
        left = _HELD.get(key, 0) - 1
        if left > 0:
            _HELD[key] = left
        else:
            _HELD.pop(key, None)
            _HELD_PATHS.pop(key, None)


def is_open_library(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a library file this process has open, or one of the journal
    files beside it (``-wal``, ``-shm``, ``-journal``), by ``os.stat`` alone: the file is
    never opened (a link or another spelling of the path is the same file)."""
    if not _HELD:
        return False
    path = os.fspath(path)
    names = [path] + [path[: -len(s)] for s in JOURNALS if path.endswith(s)]
    for name in names:
        try:
            st = os.stat(name)
        except (OSError, ValueError):
            continue
        if (st.st_dev, st.st_ino) in _HELD:
            return True
    try:  # a link to a journal under another name (review R16-15): the journal's own inode
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    with _HELD_LOCK:
        held = list(_HELD_PATHS.values())
    for library in held:
        for suffix in JOURNALS:
            try:
                journal = os.stat(library + suffix)
            except OSError:
                continue
            if (journal.st_dev, journal.st_ino) == (st.st_dev, st.st_ino):
                return True
    return False


def replaced_while_open(path: str) -> bool:
    """Whether the library file at ``path`` replaced one that a Kutip (this process or
    another) still has open, whose journal (``-wal``, ``-shm``) is the one beside it (review
    R17-1: a sync tool renames the other machine's copy over the open library). SQLite
    cannot tell whose journal it is: opened with it, the new file would show the old one's
    contents and take its log in, the replacement's changes silently gone; and closing, a
    second connection of this process would write the held library's last changes into
    the new file and delete its journal.

    In this process, by the files it holds (``os.stat`` only): one was opened at this path
    (the same absolute path), or the journal beside it is one of theirs (another spelling
    of the path, a link), and the file there is not it. In another, by the locks SQLite
    keeps: every connection to a library in WAL mode holds a shared lock on the library
    file and one on its ``-shm`` (its "DMS" byte) for as long as it is open; a ``-shm`` in
    use while nobody holds the file beside it is in use for another file. Asked only when
    this process holds neither file: closing the descriptors the question needs drops this
    process's own locks on them (review R14-8)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    if (st.st_dev, st.st_ino) in _HELD:
        return False  # (this very file is open here)
    if _HELD:
        where = os.path.abspath(path)
        with _HELD_LOCK:
            opened_here = where in _HELD_PATHS.values()
        if opened_here:
            return True  # (held here under this path: another file is there now)
    shm = path + "-shm"
    if not os.path.exists(shm):
        return False
    if is_open_library(shm):
        return True  # (the journal of a library this process has open: not this file)
    return _in_use(shm, *_SHM_DMS) and not _in_use(path, *_SHARED_LOCKS)


#: the byte of a ``-shm`` every connection holds a read lock on while open (SQLite's
#: ``UNIX_SHM_DMS``), and the range of a database file a connection's shared lock takes
#: (``SHARED_FIRST`` just above the 1 GiB ``PENDING_BYTE``, ``SHARED_SIZE``)
_SHM_DMS = (128, 1)
_SHARED_LOCKS = (0x40000002, 510)


def _in_use(path: str, start: int, length: int) -> bool:
    """Whether another process holds a lock on those bytes of ``path`` (``F_GETLK``: no
    lock is taken). False where POSIX locks cannot be asked about."""
    try:
        import fcntl
        import struct
        import sys
    except ImportError:  # (Windows: SQLite locks another way)
        return False
    if sys.platform.startswith("linux"):
        layout, first = "hhqqi", True
    elif sys.platform == "darwin" or "bsd" in sys.platform:
        layout, first = "qqihh", False
    else:
        return False
    write, whence = fcntl.F_WRLCK, os.SEEK_SET
    ask = (struct.pack(layout, write, whence, start, length, 0) if first
           else struct.pack(layout, start, length, 0, write, whence))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        answer = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, ask))
    except OSError:
        return False
    finally:
        os.close(fd)
    kind: int = answer[0] if first else answer[3]
    return kind != fcntl.F_UNLCK


def open_library_refusal(path: str | os.PathLike[str]) -> Message | None:
    """Why ``path`` may not be opened as a file to import, to read or to write over (it is
    the library Kutip has open, or one of its journals), or None; asked before opening it."""
    if not is_open_library(path):
        return None
    return Message("file.is-open-library", "it is the Kutip library that is open, which "
                   "Kutip never reads or writes as another file")


def write_file_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[str],
                      encoding: str = "utf-8") -> str:
    """Write ``data`` to ``path`` all or nothing; returns the path written (the real one:
    a link's target).

    ``data`` may come in parts (an iterable of strings, a big export as it is rendered):
    an error while they are made leaves the old file as it was, like a failed write.

    Text is written with ``newline=""`` semantics (exactly the characters given). An
    existing file keeps its permissions; a symlink keeps pointing where it did (its
    target is replaced). Something that is not a regular file (``/dev/stdout``, a pipe)
    cannot be replaced by a rename and is written directly. Raises ``OSError``.
    """
    target = _real(path)
    parts: Iterable[bytes] = (
        [data.encode(encoding)] if isinstance(data, str) else [data]
        if isinstance(data, bytes) else (part.encode(encoding) for part in data))
    try:
        with _replacing(target) as handle:
            handle.writelines(parts)
    except BaseException:
        _close(data)  # parts never taken end now (an export's ends its collector pause)
        raise
    return target


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new contents into, by ``write_file_atomic``'s
    rules (a zip written as it is made, ``export.kutipfile.write_zip``): through a
    temporary file beside it that takes its place only when the block ends without an
    error; never over a database or its journals (``OSError``); a new file gets the
    umask's mode, an existing one keeps its own, a link keeps pointing where it did; a
    device or a pipe is written directly (never replaced: R15-19)."""
    with _replacing(_real(path)) as handle:
        yield handle


def _real(path: str | os.PathLike[str]) -> str:
    """The file ``path`` names, links followed (strings: no pathlib, issue 12). A pipe or a
    socket reached through ``/dev/stdout`` or ``/dev/fd/N`` has no real path (the link reads
    ``pipe:[…]``): then ``path`` itself, which opens it."""
    target = os.path.realpath(path)
    if not os.path.lexists(target):
        with contextlib.suppress(OSError):
            if not stat.S_ISREG(os.stat(path).st_mode):
                return os.fspath(path)
    return target


@contextlib.contextmanager
def _replacing(target: str) -> Iterator[BinaryIO]:
    refuse_database(target)
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(target, "wb") as handle:  # a device or a pipe: nothing to destroy
            yield handle
        return
    fd, temp = _create_beside(target)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(temp, stat.S_IMODE(mode) if mode is not None else _default_mode())
            if _flock is not None:  # (renamed while its lock is held: never swept)
                os.replace(temp, target)
        if _flock is None:  # (Windows: an open file cannot be renamed)
            os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _close(data: object) -> None:
    """End a generator of parts left part-way (its ``finally`` blocks run now, not whenever
    the cyclic collector finds the traceback that holds it)."""
    close = getattr(data, "close", None)
    if callable(close) and not isinstance(data, (str, bytes)):
        close()


#: the first bytes of every SQLite database file
SQLITE_HEADER = b"SQLite format 3\x00"
#: the files SQLite keeps beside a database (a stray one beside it would be read as its own)
JOURNALS = ("-wal", "-shm", "-journal")


def refuse_database(target: str) -> None:
    """Raise ``OSError`` (EEXIST) when ``target`` is an SQLite database (a Kutip library, a
    backup of one) or one of the journal files beside a database, existing or not."""
    for suffix in JOURNALS:
        if target.endswith(suffix) and _is_database(target[: -len(suffix)]):
            raise OSError(errno.EEXIST, Message(
                "file.is-journal",
                "it belongs to the SQLite database beside it, which an export never touches"))
    if _is_database(target):
        raise OSError(errno.EEXIST, Message(
            "file.is-database",
            "it is a Kutip library or another SQLite database, which an export never replaces"))


def _is_database(path: str) -> bool:
    if is_open_library(path):  # (never opened: it would drop the library's locks)
        return True
    return has_sqlite_header(path)


def folder_named(path: str | os.PathLike[str]) -> Message | None:
    """Why ``path`` cannot name a library file when it ends in a path separator (``news/``):
    it names a folder, and spelt as ``pathlib`` spells it the separator is dropped and a
    FILE of the folder's name would be made (review R19-2); None otherwise."""
    text = os.fspath(path)
    if not isinstance(text, str) or not text.endswith(tuple(filter(None, (os.sep, os.altsep)))):
        return None
    return Message(
        "file.folder-named", "{path} names a folder (it ends in “{sep}”), not a library file: "
        "give the file's name, such as {example}; nothing was created.",
        path=text, sep=text[-1], example=text + "library.sqlite")


def library_under_journal_name(path: str) -> str:
    """A file beside ``path`` named as SQLite names its journals (``path-wal``, ``-shm``,
    ``-journal``) that holds an SQLite database itself, a library made under that name
    (review R19-2): opening or creating ``path`` would let SQLite take it for ``path``'s
    journal and write over it. "" when there is none, or when ``path`` is a library this
    process has open (those are its journals, and are never opened here)."""
    if is_open_library(path):
        return ""
    for suffix in JOURNALS:
        if has_sqlite_header(path + suffix):
            return path + suffix
    return ""


def has_sqlite_header(path: str) -> bool:
    """Whether ``path`` is a regular file that begins as every SQLite database does."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a device, a pipe (opening a FIFO would wait for a writer): no database
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # missing, a folder, unreadable: not a database it could destroy
        return False


#: a new file only, never through a link, not inherited by child processes (as
#: ``tempfile.mkstemp`` opens one)
_NEW_FILE = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _flock_of() -> object | None:
    try:
        import fcntl
    except ImportError:  # (Windows)
        return None
    return getattr(fcntl, "flock", None)


#: ``fcntl.flock`` where there is one: a writer holds a lock on its temporary file (a BSD
#: lock, the open file's own: not a POSIX lock, which any descriptor's close would drop)
_flock = _flock_of()
#: a temporary file no one has written to for this long (seconds), and no writer holds, is
#: a dead writer's (its lock is taken just after it is made: this covers that moment)
STALE_PART_AGE = 5.0


def _create_beside(target: str | os.PathLike[str]) -> tuple[int, str]:
    """A new, empty, private file next to ``target`` (``.NAME.RANDOM.part``), as
    ``tempfile.mkstemp`` makes one, without loading ``tempfile`` (and ``shutil``, ``random``
    with it) in every ``kutip export -o`` process (issue 12). It is locked while written
    (``_flock``); those of ``NAME`` that a writer killed left (SIGTERM, SIGHUP, a crash:
    review R22-4, 104 MB after 5 minutes of a whole-library export at 100k) are removed
    first."""
    folder, name = os.path.split(os.fspath(target))
    _remove_stale_parts(folder, name)
    for _ in range(100):
        temp = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.part")
        try:
            fd = os.open(temp, _NEW_FILE, 0o600)
        except FileExistsError:
            continue
        if _flock is not None:
            import fcntl

            with contextlib.suppress(OSError):  # (a file system without locks: unswept)
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, temp
    raise FileExistsError(f"no free temporary name next to {target}")


def _remove_stale_parts(folder: str, name: str) -> None:
    """Delete the ``.NAME.RANDOM.part`` files beside ``NAME`` that no writer holds locked
    and that were not written to for ``STALE_PART_AGE`` seconds."""
    if _flock is None:
        return  # (Windows: a live writer cannot be told from a dead one)
    import fcntl
    import re
    import time

    pattern = re.compile(re.escape(f".{name}.") + r"[0-9a-f]{12}\.part")
    try:
        entries = [e for e in os.listdir(folder or ".") if pattern.fullmatch(e)]
    except OSError:
        return
    for entry in entries:
        path = os.path.join(folder, entry)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or time.time() - info.st_mtime < STALE_PART_AGE:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # (a writer holds it)
            with contextlib.suppress(OSError):
                os.unlink(path)
        finally:
            os.close(fd)


def create_private(path: str | os.PathLike[str]) -> bool:
    """Make ``path`` a new empty file only its owner may read or write (``0600``, R15-13:
    a library holds a journalist's notes and sources), unless something is there already
    (kept as it is, its mode too); whether it was made. SQLite then writes into it and
    gives its journal files (``-wal``, ``-shm``) the same mode."""
    try:
        fd = os.open(path, _NEW_FILE, 0o600)
    except OSError:  # there already, or a folder it cannot write: SQLite says why
        return False
    os.close(fd)
    return True


def keep_unsaved(text: str, folder: str | os.PathLike[str]) -> str:
    """Keep what the user typed and the library could not save (the annotation form's text
    as the window closed) in a new private file ``unsaved-YYYYMMDD-HHMMSS.txt`` in
    ``folder`` (made if need be): the clipboard it also goes to may die with the process
    (review RR18-7). Returns the file's path; raises ``OSError`` (a full disk …)."""
    import time

    os.makedirs(folder, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        path = os.path.join(folder, f"unsaved-{stamp}{'' if n == 1 else f'-{n}'}.txt")
        try:
            fd = os.open(path, _NEW_FILE, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text if text.endswith("\n") else text + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
        return path
    raise FileExistsError(f"no free name for unsaved text in {folder}")


def _default_mode() -> int:
    """What ``open(path, "w")`` would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
