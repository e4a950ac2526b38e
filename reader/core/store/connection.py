"""Opening a library file safely: check it, set the pragmas, back it up, migrate it.

A file that is not an SQLite database is refused before anything is written to
it, and a database about to be migrated is first copied next to itself.
"""

from __future__ import annotations

import os
import sqlite3
import time
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..files import (
    JOURNALS,
    SQLITE_HEADER,
    create_private,
    folder_named,
    forget_journal,
    has_sqlite_header,
    held_connections,
    hold,
    is_open_library,
    library_under_journal_name,
    release,
    replaced_while_open,
)
from ..messages import Message
from ..paths import path_text
from .errors import CannotWriteNow, DamagedLibrary, StoreError
from .migrations import SCHEMA_VERSION, applied_version, migrations

if TYPE_CHECKING:
    from pathlib import Path

    from sqlite_utils import Database

    from .backups import Upgrade

    _Base = Database
else:
    _Base = object

BUSY_TIMEOUT_MS = 15_000


class LibraryDatabase(_Base):
    """A library file's database, with what Kutip learnt about the file on the way.

    The store runs its SQL through ``execute`` and ``conn``, which are plain ``sqlite3``;
    sqlite-utils (≈40-180 ms of every command's start, issue 12) is loaded only when
    something asks for more of its ``Database`` (a migration's ``table().enable_fts``, a
    test's ``db["feeds"].insert``): that ``Database`` wraps this same connection, so it
    holds nothing that could disagree with it. Reading commands never load it.
    """

    kutip_path: str | None = None  # for messages about this file (``damaged_message``)
    kutip_read_only: str = ""  # why writes will fail ("" when they will not)
    kutip_damaged: DamagedLibrary | None = None  # found damaged: never written again
    kutip_upgrade: Upgrade | None = None  # upgraded on opening: its backup (store.backups)
    kutip_held: tuple[int, int] | None = None  # the file, noted open (``files.hold``)
    kutip_where: str = ""  # its absolute path as opened (``moved_away``)
    kutip_kept: str | None = None  # closed after its file was replaced: what it had (R17-1)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """As sqlite-utils' ``Database.execute``: ``conn.execute`` (no tracer)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        """Close the connection, keeping first what it had when its file was replaced
        while open (``keep_if_replaced``: the copy's path in ``kutip_kept``)."""
        self.kutip_kept = keep_if_replaced(self)
        self.conn.close()
        release(self.kutip_held)
        self.kutip_held = None
        if self.kutip_kept:  # (kept: the journal beside the new file is read by nobody)
            forget_journal(self.kutip_where)

    @cached_property
    def utils(self) -> Database:
        """sqlite-utils' ``Database`` over this connection, built on first use."""
        from . import load_sqlite_utils

        load_sqlite_utils()
        from sqlite_utils import Database

        # No sqlite-utils plugins: none is needed, none may touch a user's library, and
        # finding them scans every installed package's entry points (~50 ms).
        return Database(self.conn, execute_plugins=False)

    def __getattr__(self, name: str) -> Any:  # the rest of sqlite-utils' Database
        if name.startswith(("__", "kutip_")) or name in ("utils", "conn"):
            raise AttributeError(name)  # Kutip's own markers are probed with getattr()
        return getattr(self.utils, name)

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]


def _damage(db: Database) -> DamagedLibrary | None:
    found = getattr(db, "kutip_damaged", None)
    return found if isinstance(found, DamagedLibrary) else None


def _remember_damage(db: Database, damaged: DamagedLibrary) -> DamagedLibrary:
    if isinstance(db, LibraryDatabase):
        db.kutip_damaged = damaged
    return damaged


def _check_file(path: str) -> None:
    if os.path.isdir(path):
        raise StoreError(Message(
            "store.folder-not-kutip-library", "{path} is a folder, not a Kutip library file.",
            path=path))
    for suffix in JOURNALS:  # (a library named as a journal is no journal: never deleted)
        if not path.endswith(suffix) or is_open_library(path):  # (open: never read here)
            continue
        library = path[: -len(suffix)]
        if has_sqlite_header(path):  # (made under that name before Kutip refused it)
            if os.path.lexists(library):
                _refuse_library_under_journal_name(library, path, suffix)
        elif not os.path.lexists(path) and not os.path.isfile(library):  # (else: below)
            raise StoreError(Message(
                "store.journal-name", "{path} is the name SQLite gives the journal it keeps "
                "beside {library}: a library of that name would be taken for that journal "
                "and written over. Choose a name that does not end in “{suffix}”; nothing "
                "was created.", path=path, library=library, suffix=suffix))
    journal = library_under_journal_name(path)
    if journal:
        _refuse_library_under_journal_name(path, journal, journal[len(path):])
    journal = _journal_left_behind(path)
    if journal:  # (a new library made here would be written over that journal)
        raise StoreError(Message(
            "store.journal-left-behind", "{path} is not there, but its journal {journal} is: "
            "the library was moved, renamed or deleted while open. Open it where it is now (put "
            "it back here to keep its last changes), or delete the journal to start a new "
            "library here; nothing was created.", path=path,
            journal=journal))
    if replaced_while_open(path):  # (its journal would be read as this file's, R17-1)
        raise StoreError(Message(
            "store.replaced-while-open", "{path} was replaced while Kutip had the file it "
            "replaced open, and the journal beside it ({journal}) is that file's: opened "
            "now, the new file would be read with the old one's changes. Close the Kutip "
            "that has it open (it keeps a copy of what it had beside the library), then "
            "open it again; nothing was changed.", path=path, journal=path + "-wal"))
    journal = _journal_of_another_file(path)
    kept = _keep_with_journal(path, journal) if journal else ""
    if journal and kept.startswith("(no copy: "):  # (the sentence read broken: R19-8)
        raise StoreError(Message(
            "store.journal-of-replaced-no-copy", "The journal beside {path} ({journal}) "
            "belongs to the file {path} replaced: a Kutip that had that file open stopped "
            "without closing it after another file was put in its place. Opened with that "
            "journal, the library would show the old file's last changes over its own and "
            "lose them for good; nothing was changed. No copy of it read with that journal "
            "could be kept ({why}): the journal does not fit it. To open the library as it "
            "is, move {journal} and {path}-shm to another folder.",
            path=path, journal=journal, why=kept[len("(no copy: "):-1]))
    if journal:  # (R17-8: the Kutip that had the replaced file open was killed)
        raise StoreError(Message(
            "store.journal-of-replaced", "The journal beside {path} ({journal}) belongs to "
            "the file {path} replaced: a Kutip that had that file open stopped without "
            "closing it after another file was put in its place. Opened with that journal, "
            "the library would show the old file's last changes over its own and lose them "
            "for good; nothing was changed. The library as read with it is kept in {kept}; if "
            "{path} was not replaced after all (a USB stick or a network drive can number its "
            "files anew when plugged in again), that copy is the library with its last "
            "changes: open it instead. To open the library as it is, move {journal} and "
            "{path}-shm to another folder.",
            path=path, journal=journal, kept=kept))
    for suffix in JOURNALS:  # (by name and stat only: SQLite would write a library into it)
        if path.endswith(suffix) and os.path.isfile(path[: -len(suffix)]):
            raise StoreError(Message(
                "store.is-journal", "{path} is the journal SQLite keeps beside {library}: open "
                "{library} instead. It was left untouched.", path=path,
                library=path[: -len(suffix)]))


def _refuse_library_under_journal_name(path: str, journal: str, suffix: str) -> None:
    """Refuse ``path`` (or ``journal``): ``journal`` is a library, not ``path``'s journal,
    and SQLite opening either beside the other would write over one of them (R19-2)."""
    root, ext = os.path.splitext(path)
    raise StoreError(Message(
        "store.library-under-journal-name", "{journal} is a library (an SQLite database) "
        "under the name SQLite gives the journal of {path} beside it: opened together, SQLite "
        "would write over one of them. Rename {journal} to a name that does not end in "
        "“{suffix}”, such as {renamed}, then open it there; nothing was changed.",
        path=path, journal=journal, suffix=suffix, renamed=root + suffix + (ext or ".sqlite")))


def _owner_mark(path: str) -> str:
    """Where this user's Kutip notes which file a library's journal belongs to: a small file
    per library path in Kutip's data folder (``journal-owners``), never beside the library
    (a sync tool would carry it to another machine, whose files are other files)."""
    from zlib import crc32

    from ..paths import user_data_dir

    where = os.path.abspath(path)
    name = f"{crc32(where.encode('utf-8', 'surrogateescape')):08x}"
    return os.path.join(user_data_dir(), "journal-owners", name)


def _journal_owner(path: str) -> tuple[int, int] | None:
    """The (device, inode) of the file whose journal is beside ``path``, as the last Kutip
    that opened ``path`` noted it (``note_journal_owner``); None when not known."""
    try:
        with open(_owner_mark(path), encoding="utf-8", errors="surrogateescape") as mark:
            device, inode, where = mark.read().split(" ", 2)
        if where != os.path.abspath(path):
            return None  # (another library's mark under the same short name)
        return int(device), int(inode)
    except (OSError, ValueError):
        return None


def note_journal_owner(path: str, key: tuple[int, int] | None) -> None:
    """Note that the journal beside ``path`` is the file ``key``'s (``_journal_owner``);
    written only when it changes, and never a reason to refuse the library."""
    if key is None or _journal_owner(path) == key:
        return
    mark = _owner_mark(path)
    try:
        os.makedirs(os.path.dirname(mark), exist_ok=True)
        temporary = f"{mark}.{os.getpid()}"
        with open(temporary, "w", encoding="utf-8", errors="surrogateescape") as out:
            out.write(f"{key[0]} {key[1]} {os.path.abspath(path)}")
        os.replace(temporary, mark)
    except OSError:
        pass


def prune_journal_owners() -> int:
    """Remove the marks of ``note_journal_owner`` whose library is gone (one is written per
    library path ever opened, and none was ever removed: every temporary library, every
    bench copy stayed); how many were removed. A mark goes only when its library's folder
    is there and holds neither the library nor a journal beside it: a library on a drive
    not plugged in keeps its mark. Cheap (a small read and a few ``os.stat`` a mark): the
    app calls it once it has started."""
    from ..paths import user_data_dir

    folder = os.path.join(user_data_dir(), "journal-owners")
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        if "." in name:  # (a mark being written, ``MARK.PID``: its path may be cut short)
            continue
        mark = os.path.join(folder, name)
        try:
            with open(mark, encoding="utf-8", errors="surrogateescape") as text:
                where = text.read().split(" ", 2)[2]
        except (OSError, IndexError):
            continue  # (being written, or not a mark: left alone)
        if (not os.path.isdir(os.path.dirname(where))
                or any(os.path.lexists(where + suffix) for suffix in ("", "-wal", "-shm"))):
            continue
        try:
            os.remove(mark)
            removed += 1
        except OSError:
            continue
    return removed


def _journal_of_another_file(path: str) -> str:
    """The ``-wal`` beside ``path`` when it belongs to another file than the one there now
    (review R17-8): the Kutip that had the file it replaced open was killed (a crash, a
    power cut) before it could close and keep its changes (``keep_if_replaced``); SQLite
    cannot tell and would read it as this file's. "" otherwise: no journal, not known
    whose, or this file's own (an ordinary crash: SQLite recovers it)."""
    journal = path + "-wal"
    try:
        if os.path.getsize(journal) == 0:
            return ""
        st = os.stat(path)
    except OSError:
        return ""
    owner = _journal_owner(path)
    if owner is None or owner == (st.st_dev, st.st_ino):
        return ""
    return journal


def _keep_with_journal(path: str, journal: str) -> str:
    """A copy of ``path`` read with ``journal`` (``NAME.with-journal-DATE.sqlite``, its log
    written in) beside it, so that moving the journal away loses nothing even if it was
    this file's after all (a file system whose inode numbers change on remounting); its
    path, or "(no copy: ERROR)". The library and its journal are only read."""
    import shutil

    made = _kept_already(path, journal)
    if made:  # (every refused opening made another whole copy: reread17)
        return made
    kept = kept_path(path, "with-journal")
    created = False
    try:
        if not create_private(kept):
            raise FileExistsError(kept)
        created = True
        shutil.copyfile(path, kept)
        shutil.copyfile(journal, kept + "-wal")
        conn = sqlite3.connect(kept)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            # (another library's journal written into this file mixes two files' pages:
            # such a copy is no library, and must not be listed as one; reread17)
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"the journal does not fit this file: {check}")
        finally:
            conn.close()
        if not forget_journal(kept):  # (SQLite removes them on closing; never left)
            raise OSError(f"could not remove the journal of {kept}")
    except (OSError, sqlite3.Error) as error:
        if created:  # (never one made by another opening in the same second)
            try:
                forget_journal(kept)
                os.remove(kept)
            except OSError:
                pass
        return f"(no copy: {error})"
    return kept


def _kept_already(path: str, journal: str) -> str:
    """A copy ``_keep_with_journal`` made of ``path`` with ``journal`` since either was last
    changed or put there (``st_ctime``: nobody writes the journal, its Kutip is gone), so
    that each refused opening (the app's workers, the command line again) does not copy
    the whole library again; "" when none."""
    import glob

    try:
        written = max(os.stat(journal).st_ctime, os.stat(path).st_ctime)
    except OSError:
        return ""
    stem, suffix = os.path.splitext(path)
    made = []
    for copy in glob.glob(glob.escape(stem) + ".with-journal-*" + glob.escape(suffix)):
        try:
            if os.stat(copy).st_mtime >= written:
                made.append(copy)
        except OSError:
            continue
    return max(made, default="")


def _journal_left_behind(path: str) -> str:
    """The journal beside ``path`` when ``path`` itself is not there: the library that was
    open here was moved, renamed or deleted while open, and what it wrote last may be in
    that journal still (review R16-4); "" otherwise."""
    if os.path.lexists(path):
        return ""
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            return path + suffix
    return ""


def moved_away(db: Any) -> StoreError | None:
    """Why ``db``'s library may not be written: its path no longer names the file it opened
    (moved, renamed, deleted or replaced while open, review R16-4), or None. SQLite would
    go on writing into the journal at the old name, which nothing reads again, and a
    library made at the old path (a worker, the command line) would destroy it: by
    ``os.stat`` alone, before each write."""
    held = getattr(db, "kutip_held", None)
    path = getattr(db, "kutip_path", ":memory:")
    if held is None or path == ":memory:":
        return None
    try:
        st = os.stat(db.kutip_where)  # (as opened: a later chdir changes nothing)
        if (st.st_dev, st.st_ino) == held:
            return None
    except OSError:
        pass
    return CannotWriteNow(_moved_message(path))


def replaced_file(db: Any) -> bool:
    """Whether ``db``'s path names another file than the one it opened (replaced while open:
    closing it keeps what it had, ``keep_if_replaced``); False when the file is still
    there, or was moved away with nothing in its place."""
    held, where = getattr(db, "kutip_held", None), getattr(db, "kutip_where", "")
    if held is None or not where:
        return False
    try:
        st = os.stat(where)
    except OSError:
        return False
    return bool((st.st_dev, st.st_ino) != held)


def _moved_message(path: str) -> Message:
    return Message(
        "store.library-moved", "The library file {path} was moved, renamed or replaced while "
        "Kutip had it open; nothing was changed. To keep what was written since it was "
        "opened, close Kutip, put the file back at {path} and open it again.", path=path)


def keep_if_replaced(db: Any) -> str | None:
    """When ``db``'s path names another file than the one it opened (replaced while open,
    review R17-1), copy what the connection sees (the file as it was and the changes in its
    write-ahead log) to ``NAME.kept-DATE.sqlite`` beside it and return that path. Closing
    the connection then writes the log into the file that was replaced, which nothing can
    open any more: without the copy those changes would be gone. None when nothing needs
    keeping (the file is still there, moved away with no file in its place, or read-only);
    a copy that cannot be made is given up (the close goes on)."""
    held, where = getattr(db, "kutip_held", None), getattr(db, "kutip_where", "")
    # (moved or deleted, nothing in its place: the log goes into the file wherever it is)
    if not replaced_file(db) or held_connections(held) > 1:
        return None  # (the file is there; or the last connection keeps what all wrote)
    kept = kept_path(where, "kept")
    try:
        if not create_private(kept):
            return None  # (a name taken: never written over)
        target = sqlite3.connect(kept)
        try:
            db.conn.backup(target)
        finally:
            target.close()
    except (OSError, sqlite3.Error):
        try:
            os.remove(kept)
        except OSError:
            pass
        return None
    return kept


def _not_sqlite(path: str) -> StoreError | None:
    """Why SQLite refused ``path``, when the file is no SQLite database at all (its header).

    Read only once SQLite has refused the file, never before opening it: closing any
    descriptor of a file drops every lock this process holds on it (POSIX), including
    those of a connection this process already has to the library (the app's window and
    its worker threads each open it). Without them, another program that closes its last
    connection deletes the write-ahead log under this one, and what it writes next is
    lost (review R14-8). Nor at all when this process has the file open as a library
    already (a worker thread's second connection that met damage): it is one, and its
    header need not be read (review 15)."""
    if not os.path.exists(path) or os.stat(path).st_size == 0 or is_open_library(path):
        return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return StoreError(Message("store.cannot-read", "Cannot read {path}: {error}.",
                                  path=path, error=error.strerror or error))
    if header.startswith(b"PK\x03\x04") and path.lower().endswith(".kutip"):
        return StoreError(Message(  # (a colleague's library file, to merge: review R22-8)
            "store.library-file", "{path} is a Kutip library file to merge, not a library:"
            " open your library and merge it (kutip merge {path}, or File › Exchange › Merge"
            " Library File…); it was left untouched.", path=path))
    if header != SQLITE_HEADER:
        return StoreError(Message(
            "store.not-a-library", "{path} is not a Kutip library (not an SQLite database); "
            "it was left untouched.", path=path))
    return None


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL lets the app read while the CLI writes. Switching needs a moment alone with the
    file (the busy handler does not wait for it), so retry while another process holds it;
    read-only media cannot switch, and reading still works."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if "readonly" in str(error):
                return  # (a file SQLite opened read-only: read as it is, R14-6)
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _connect(path: str) -> tuple[sqlite3.Connection, str]:
    """A connection to ``path`` and, when it could only be opened read-only, why."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.OperationalError as error:
        if os.path.isfile(path) and _read_only_place(path):
            return _connect_read_only(path, error, READ_ONLY_PLACE), READ_ONLY_PLACE
        if not _no_space(error) or not os.path.isfile(path):
            raise StoreError(Message(
                "store.cannot-opened-as-kutip", "{path} cannot be opened as a Kutip library: "
                "{error}.", path=path, error=error)) from error
        return _connect_read_only(path, error), DISK_FULL
    except sqlite3.DatabaseError as error:
        raise _not_sqlite(path) or StoreError(_journal_first(path, error) or Message(
            "store.cannot-opened-as-kutip", "{path} cannot be opened as a Kutip library: {error}.",
            path=path, error=error)) from error
    return conn, ""


def _journal_first(path: str | os.PathLike[str], detail: object) -> Message | None:
    """For a library that reads as damaged while a journal lies beside it: the journal may
    be another file's (one put in its place while a Kutip had it open, under another
    account or on another computer, where no note says whose the journal is): the line
    says to move it aside first, never first to restore an older file's backup (review
    R19-8). None when there is no journal."""
    journal = f"{path}-wal"
    try:
        if os.path.getsize(journal) == 0:
            return None
    except OSError:
        return None
    return Message("store.damaged-journal", "The library file reads as damaged: {path}"
                   " ({detail}). Its journal {journal} may be another file's (one put in its"
                   " place while a Kutip had it open, on another account or computer): move"
                   " {journal} and {path}-shm to another folder and open it again before you"
                   " restore any backup; Kutip will not write to it.",
                   path=path, detail=str(detail).rstrip("."), journal=journal)


#: why a library was opened read-only (``db.kutip_read_only``), for the messages of writes
DISK_FULL = Message("store.read-only-disk-full", "The disk is full: the library is open "
                    "read-only until some space is freed; nothing was changed.")


#: why a library was opened read-only: its folder or medium cannot be written (review R16-3)
READ_ONLY_PLACE = Message("store.read-only-place", "The library is read-only here (its "
                          "folder or drive cannot be written): it can be read, but nothing "
                          "can be tagged or changed.")


def _read_only_place(path: str) -> bool:
    """Whether ``path``'s folder cannot be written (a read-only mount, a write-protected
    stick, a snapshot, another user's folder): SQLite then cannot make the WAL index beside
    a library and fails to open it at all ("unable to open database file")."""
    return not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)


def _no_space(error: sqlite3.Error) -> bool:
    """A full disk (or a file-size limit): opening the WAL index needs a little space."""
    text = str(error).lower()
    return "disk i/o error" in text or "disk is full" in text


def _connect_read_only(path: str, error: sqlite3.Error, why: str = "") -> sqlite3.Connection:
    """Open ``path`` for reading when the disk is too full to open it for writing (or its
    folder cannot be written: ``why``, the reason the failure names).

    Reading a WAL library normally writes its index (``-shm``); with no space left that
    fails and even ``kutip list`` could not run. When the write-ahead log is empty the
    main file holds everything, and SQLite can read it as an immutable file; with
    committed changes still in the log that would miss them, so a plain read-only open is
    tried and, failing that, the message says what to do.
    """
    from pathlib import Path

    wal = Path(path + "-wal")
    uri = Path(path).resolve().as_uri()
    try:
        log_empty = not wal.exists() or wal.stat().st_size == 0
        conn = sqlite3.connect(f"{uri}?immutable=1" if log_empty else f"{uri}?mode=ro",
                               uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error):
        if why:
            raise StoreError(Message(
                "store.cannot-opened-read-only-place", "{path} cannot be opened: its folder "
                "cannot be written and it cannot be read as it is ({error}). Copy it to a "
                "folder you can write to.", path=path, error=error)) from error
        raise StoreError(Message(
            "store.cannot-opened-disk-full", "{path} cannot be opened: the disk is full "
            "({error}). Free some space and try again.", path=path, error=error)) from error
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


#: why a library file is read-only here (``read_only_reason``): its file or medium
READ_ONLY_FILE = Message("store.read-only-file", "The library is read-only here (its file "
                         "cannot be written): it can be read, but nothing can be tagged or "
                         "changed.")


def read_only_reason(db: Any) -> str:
    """Why the library open in ``db`` cannot be written, asked once on opening (R15-12):
    its disk was full on opening, or its file may not be written (a read-only file or
    medium, an immutable file, another user's): "" when it can be. By the file's
    permissions alone (``os.access``), never by a write that would wait for a lock."""
    disk_full: str = getattr(db, "kutip_read_only", "")
    if disk_full:
        return disk_full  # (a Message: the app shows it translated)
    path = getattr(db, "kutip_path", ":memory:")
    if path == ":memory:" or os.access(path, os.W_OK):
        return ""
    return READ_ONLY_FILE


def kept_path(path: str, kind: str) -> str:
    """Where a copy kept of ``path`` goes, beside it: ``NAME.<kind>-DATE`` with the
    library's own suffix (``kind`` "kept": what a connection had when its file was
    replaced; "with-journal": the file read with a replaced one's journal). Named as
    ``backup_path`` names backups, by stem and suffix, which ``store.backups.list_kept``
    reads back: a library not called ``*.sqlite`` lists its copies too."""
    stem, suffix = os.path.splitext(path)
    return f"{stem}.{kind}-{time.strftime('%Y%m%d-%H%M%S')}{suffix}"


def backup_path(path: str | Path, version: int) -> Path:
    """Where the copy of ``path`` taken at schema ``version`` goes (``store.backups``): its
    stem, the version, and its own suffix, so ``news`` and ``news.sqlite`` in one folder
    never share a backup (review F8-7: one's upgrade replaced or removed the other's)."""
    from pathlib import Path

    path = Path(path)
    return path.with_name(f"{path.stem}.schema-v{version}.backup{path.suffix}")


def damaged_message(path: str | Path, error: BaseException | str = "") -> str:
    """One line for a user whose library file is damaged, naming the backups next to it."""
    from pathlib import Path

    path = Path(path)
    detail = (str(error).rstrip(".") if error
              else Message("store.damaged-pages", "SQLite found damaged pages in it"))
    from .backups import list_backups  # (here: only a damaged or upgraded library needs it)

    first = _journal_first(path, detail)
    if first is not None:
        return first
    try:
        backups = sorted(list_backups(path), key=lambda backup: backup.path.name)
    except StoreError:
        backups = []
    if backups:
        return Message("store.damaged-backups", "The library file is damaged: {path} "
                       "({detail}). Restore it from the backup next to it ({backups}); Kutip "
                       "will not write to it.", path=path, detail=detail,
                       backups=", ".join(b.path.name for b in backups))
    return Message("store.damaged", "The library file is damaged: {path} ({detail}). Restore it "
                   "from a backup (Kutip writes one next to it, named {backup}, before each "
                   "upgrade); Kutip will not write to it.", path=path, detail=detail,
                   backup=backup_path(path, 1).name.replace("-v1", "-vN"))


def damage_marker(path: str | Path) -> Path:
    """The file next to a library that says it is damaged: every process honours it."""
    from pathlib import Path

    path = Path(path)
    return path.with_name(path.name + ".damaged")


def mark_damaged(db: Database, error: BaseException | str = "") -> DamagedLibrary:
    """Refuse every later write to the file, through ``db`` and in every other process
    (a marker next to it, until a check finds the file whole again); returns the error
    to raise or show."""
    existing = _damage(db)
    if existing is not None:
        return existing
    path = getattr(db, "kutip_path", None)
    damaged = _remember_damage(db, DamagedLibrary(damaged_message(path or "library", error)))
    if path is not None and str(path) != ":memory:":
        try:
            damage_marker(path).write_text(_marker_text(damaged), encoding="utf-8")
        except OSError:  # e.g. a read-only folder: this process still refuses
            pass
    return damaged


def _marker_text(damaged: DamagedLibrary) -> str:
    """The marker's note: the sentence for a person reading the file, then the message's
    code and parameters (JSON), so another process shows it in its interface's language."""
    import json  # (here: a library opened without damage never needs it, issue 12)

    text = str(damaged) + "\n"
    message = damaged.args[0] if damaged.args else None
    if isinstance(message, Message):
        text += json.dumps(message.to_json(), ensure_ascii=False, default=str) + "\n"
    return text


def _marker_message(note: str) -> str:
    """The message a marker's note holds: its Message when the second line keeps one (a
    note written by hand, or by an older Kutip, is its text)."""
    import json

    first, _, rest = note.partition("\n")
    try:
        return Message.from_json(json.loads(rest)) if rest.strip() else first
    except (ValueError, KeyError, IndexError, TypeError):
        return first


def honour_damage_marker(db: Database) -> DamagedLibrary | None:
    """The damage another process found in this file (its marker), if any."""
    damaged = _damage(db)
    if damaged is not None:
        return damaged
    path = getattr(db, "kutip_path", None)
    if path is None or str(path) == ":memory:":
        return None
    marker = damage_marker(path)
    if not marker.exists():
        return None
    try:
        message = _marker_message(marker.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        message = ""
    return _remember_damage(db, DamagedLibrary(message or damaged_message(path)))


def _check_marked_file(db: Database, path: str) -> None:
    """A library marked damaged is checked once on opening: still damaged, it opens for
    reading only; found whole (restored from a backup, repaired), the marker goes."""
    if not os.path.exists(path + ".damaged"):  # (``damage_marker``, without a Path)
        return
    marker = damage_marker(path)
    try:
        rows = db.conn.execute("PRAGMA quick_check(1)").fetchall()
        whole = rows == [("ok",)]
    except sqlite3.DatabaseError:
        whole = False
    if not whole:
        honour_damage_marker(db)
        return
    try:
        marker.unlink()
    except OSError:
        honour_damage_marker(db)


def open_database(path: str | Path) -> LibraryDatabase:
    """Open (creating if needed) and migrate the library at ``path``.

    The opening works on the path as a string (``path_text``: as ``str(Path(path))`` spells
    it): a command opening an up-to-date library loads no ``pathlib`` (issue 12)."""
    named = folder_named(path)
    if named is not None:  # (``path_text`` would drop the separator: a FILE of that name)
        raise StoreError(named)
    path = path_text(path)
    if path.startswith("file:"):  # SQLite would read the name as a URI and open another
        path = os.path.abspath(path)  # file than the one Kutip checks (review R18-11)
    if path != ":memory:":
        _check_file(path)
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        except OSError as error:
            raise StoreError(Message(
                "store.cannot-create-folder-for", "Cannot create the folder for {path}: "
                "{strerror}.", path=path, strerror=error.strerror)) from error
        create_private(path)  # a new library is its owner's alone; an existing one keeps its mode
        conn, read_only = _connect(path)
    else:
        conn, read_only = sqlite3.connect(":memory:", check_same_thread=False), ""
        conn.execute("PRAGMA foreign_keys = ON")
    db = LibraryDatabase(conn)
    db.kutip_path = path
    db.kutip_read_only = read_only
    try:
        if path != ":memory:":
            _check_marked_file(db, path)
        version = applied_version(db)
        if version > SCHEMA_VERSION:
            raise _newer_schema(path, version)
        if version < SCHEMA_VERSION:
            damaged = getattr(db, "kutip_damaged", None)
            if damaged is not None:  # never upgrade (write to) a damaged file
                raise damaged
            if read_only == READ_ONLY_PLACE:
                raise StoreError(Message(
                    "store.needs-upgrade-read-only-place", "{path} needs an upgrade to this "
                    "Kutip, but its folder cannot be written: copy it to a folder you can "
                    "write to.", path=path))
            if read_only:
                raise StoreError(Message(
                    "store.needs-upgrade-kutip-but", "{path} needs an upgrade to this Kutip, but "
                    "the disk is full: free some space and try again.", path=path))
            from pathlib import Path  # (here: an up-to-date library never needs it)

            _upgrade(db, Path(path))
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(Message(
            "store.cannot-used-as-kutip", "{path} cannot be used as a Kutip library: {error}.",
            path=path, error=error)) from error
    except StoreError:
        conn.close()
        raise
    except Exception as error:  # a migration's own check failed: nothing was committed
        conn.close()
        raise StoreError(Message(
            "store.could-not-upgraded-was", "{path} could not be upgraded ({error}); it was left "
            "as it was and a copy is next to it.", path=path, error=error)) from error
    if path != ":memory:":  # never opened as another file while this connection lives (R15-2)
        db.kutip_held = hold(path)
        db.kutip_where = os.path.abspath(path)
        if not read_only:
            note_journal_owner(path, db.kutip_held)
    return db


def _newer_schema(path: str | Path, version: int) -> StoreError:
    return StoreError(Message(
        "store.newer-schema", "{path} was written by a newer Kutip (schema {version}, this "
        "one knows {known}); please update Kutip.", path=path, version=version,
        known=SCHEMA_VERSION))


def _upgrade(db: LibraryDatabase, path: Path) -> None:
    """Back up and migrate an old library, one process at a time (``backups.upgrade_lock``):
    the version is read again under the lock, so a process that waited for another's
    upgrade finds nothing to do and never copies the upgraded file over the true backup."""
    import contextlib

    from .backups import Upgrade, drop_spare, remove_older, upgrade_lock, write_backup

    in_memory = str(path) == ":memory:"
    with contextlib.nullcontext() if in_memory else upgrade_lock(path):
        version = applied_version(db)
        if version > SCHEMA_VERSION:  # a newer Kutip upgraded it meanwhile
            raise _newer_schema(path, version)
        if version == SCHEMA_VERSION:
            return  # another process upgraded it while this one waited
        if version > 0 and not in_memory and not _writable(db.conn):
            # (no backup: the upgrade cannot start; R14-6 wrote a full copy at every try)
            raise StoreError(Message(
                "store.old-and-read-only", "{path} was made by an older Kutip (schema "
                "{version}) and is read-only here: it must be upgraded to open in this Kutip, "
                "which needs writing to it. Nothing was changed: make it writable, or open it "
                "with the Kutip that made it.", path=path, version=version))
        backup = None
        if version > 0 and not in_memory:
            backup = write_backup(db.conn, path, version)
        try:
            _migrate(db)
        except BaseException:
            # (nothing applied: the library is as its copy; a spare one goes, RR21-7)
            if backup is not None and _still_at(db, version):
                drop_spare(path, backup)
            raise
        if backup is not None:  # upgraded: only now may an older backup go
            db.kutip_upgrade = Upgrade(path, version, applied_version(db), backup,
                                       remove_older(path, backup))


def _still_at(db: LibraryDatabase, version: int) -> bool:
    """Whether the library's schema is still ``version`` (False when it cannot tell)."""
    try:
        if db.conn.in_transaction:
            db.conn.rollback()
        return applied_version(db) == version
    except sqlite3.Error:
        return False


def _writable(conn: sqlite3.Connection) -> bool:
    """Whether this connection can write its file: SQLite opens a file it may not write
    (an immutable file, a read-only mount, another user's) read-only without a word, and
    only a write says so. A write of the version the file already has, rolled back."""
    if conn.in_transaction:
        return True  # (not on a library just opened)
    try:
        value = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA user_version = {value}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        # (only a read-only file answers no; anything else, a lock held elsewhere, is for
        # the upgrade itself to meet as it always did)
        return "readonly" not in str(error).replace("read-only", "readonly")
    return True


def _migrate(db: Database, attempts: int = 5) -> None:
    """Apply pending migrations; another process may be doing the same at this moment.

    If a migration fails because the other process got there first, look again: when the
    library is now up to date there is nothing left to do.
    """
    for attempt in range(attempts):
        try:
            migrations.apply(db.utils if isinstance(db, LibraryDatabase) else db)
            return
        except sqlite3.DatabaseError:
            if db.conn.in_transaction:
                db.conn.rollback()
            if applied_version(db) >= SCHEMA_VERSION:
                return
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
