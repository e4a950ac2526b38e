"""Which program holds a claim written into a library, and whether it still runs.

A claim (the quote trail's build under way) names its holder: the computer, the process
id and, where the system tells it, when that process started, since a process id is
given to another process once its own has ended. On the same computer a holder that is
gone (killed, crashed, the computer restarted) is known at once. On another computer (a
library on a shared folder), or where this Kutip cannot ask (Windows), it cannot be
asked: the holder then renews its claim as it works, and a claim left unrenewed long
enough is a dead one's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

_PROC = Path("/proc")


def host() -> str:
    """This computer's network name ("" when the system gives none)."""
    try:
        return os.uname().nodename
    except AttributeError:  # (Windows)
        return os.environ.get("COMPUTERNAME", "")


def _started(pid: int) -> str:
    """When process ``pid`` started, as Linux tells it (the boot, and the clock ticks
    since), "gone" for a process that ended but was not yet reaped (a zombie), or ""
    where the system does not say (no /proc)."""
    try:
        stat = (_PROC / str(pid) / "stat").read_text()
        boot = (_PROC / "sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2:].split()  # (after the name, which may hold spaces)
    if len(fields) < 20:
        return ""
    if fields[0] in ("Z", "X"):
        return "gone"
    return f"{boot}:{fields[19]}"


def me() -> dict[str, Any]:
    """This process, as a claim names its holder."""
    pid = os.getpid()
    return {"host": host(), "pid": pid, "started": _started(pid)}


def running(holder: dict[str, Any]) -> bool | None:
    """Whether the process a claim names still runs: True, False, or None when this
    process cannot tell (it runs on another computer, or processes cannot be asked)."""
    pid = holder.get("pid")
    if not isinstance(pid, int) or pid <= 0 or not holder.get("host") or (
            holder.get("host") != host()) or os.name != "posix":
        return None
    try:
        os.kill(pid, 0)  # (signal 0: only asks whether the process is there)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it is there
    except OSError:
        return None
    started = _started(pid)
    if started == "gone":
        return False
    recorded = holder.get("started") or ""
    if recorded and started and started != recorded:
        return False  # the id now belongs to another process
    return True
