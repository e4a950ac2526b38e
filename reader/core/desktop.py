"""Whether this process can show Kutip's window, told before Qt is started.

Where no display server is reachable (over SSH, on a server, in a container, on a text
console) Qt's xcb plugin aborts the process with a core dump and advice that is wrong there
("libxcb-cursor0 is needed … Reinstalling the application may fix this problem", R21-13).
``no_display`` says so in one line instead, naming what works: the commands.
"""

from __future__ import annotations

from collections.abc import Mapping

from .messages import Message

#: what tells Qt where to draw: an X display, a Wayland compositor, or a platform chosen by
#: hand (``offscreen``, ``vnc``, ``eglfs``…, which need no display server)
_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def no_display(environ: Mapping[str, str], platform: str) -> Message | None:
    """The one-line reason the window cannot be shown, or None when it can be tried: on
    Windows and macOS the system always has a desktop; elsewhere (Linux, the BSDs) Qt needs
    one of ``_DISPLAY_VARIABLES``."""
    if platform.startswith(("win", "cygwin", "darwin")):
        return None
    if any(environ.get(name, "").strip() for name in _DISPLAY_VARIABLES):
        return None
    return Message("app.no-display",
                   "Kutip's window needs a desktop session, and this one has no display "
                   "(neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work here: "
                   "kutip --help")
