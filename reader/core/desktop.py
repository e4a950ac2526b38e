"""Whether this process can show Kutip's window, told before Qt is started.

Where no display server is reachable (over SSH, on a server, in a container, on a text
console) Qt's xcb plugin aborts the process with a core dump and advice that is wrong there
("libxcb-cursor0 is needed … Reinstalling the application may fix this problem", R21-13).
``no_display`` says so in one line instead, naming what works: the commands.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping

from .messages import Message


def no_display(environ: Mapping[str, str], platform: str) -> Message | None:
    """The one-line reason the window cannot be shown, or None when it can be tried: on
    Windows and macOS the system always has a desktop; elsewhere (Linux, the BSDs) Qt needs
    an X display (``DISPLAY``), a Wayland compositor (``WAYLAND_DISPLAY``) or a platform
    chosen by hand (``QT_QPA_PLATFORM=offscreen``, ``vnc``…: no display server; ``xcb`` or
    ``wayland`` chosen by hand still need theirs), and a local display they name must
    answer (a stale ``DISPLAY=:99`` made Qt abort the same way). A display over the network
    (``host:10.0``, as ``ssh -X`` sets) is left to Qt: nothing is contacted here.

    ``QT_QPA_PLATFORM`` may be Qt's fallback list (``wayland;xcb``, as Sway and Hyprland
    guides set it): Qt takes the first plugin that starts, so the window can be tried when
    any name of the list can (R22-1: only the first name was looked at)."""
    if platform.startswith(("win", "cygwin", "darwin")):
        return None
    setting = environ.get("QT_QPA_PLATFORM", "").strip()
    chosen = [name.split(":")[0].strip() for name in setting.split(";")]
    chosen = [name for name in chosen if name]
    if any(name not in ("xcb", "wayland", "wayland-egl") for name in chosen):
        return None  # (offscreen, vnc, eglfs…: no display server; Qt's to try)
    wanted = {"DISPLAY": not chosen or "xcb" in chosen,
              "WAYLAND_DISPLAY": not chosen or any(n.startswith("wayland") for n in chosen)}
    named = {variable: environ.get(variable, "").strip() for variable, wanted_here
             in wanted.items() if wanted_here}
    wayland, x11 = named.get("WAYLAND_DISPLAY", ""), named.get("DISPLAY", "")
    if (wayland and _wayland_there(wayland, environ)) or (x11 and _x11_there(x11, platform)):
        return None
    if wayland or x11:
        return Message("app.display-unreachable",
                       "Kutip's window needs a desktop session, and the display this one names "
                       "({display}) does not answer. The commands work here: kutip --help",
                       display=", ".join(f"{name}={value}" for name, value in
                                         (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11))
                                         if value))
    if chosen:  # (a platform chosen by hand whose display is not set, whatever else is)
        return Message("app.platform-no-display",
                       "Kutip's window needs a desktop session: QT_QPA_PLATFORM={platform} "
                       "needs {needed}, which is not set here. The commands work here: "
                       "kutip --help", platform=setting,
                       needed="/".join(variable for variable in named))
    return Message("app.no-display",
                   "Kutip's window needs a desktop session, and this one has no display "
                   "(neither DISPLAY nor WAYLAND_DISPLAY is set). The commands work here: "
                   "kutip --help")


def _wayland_there(name: str, environ: Mapping[str, str]) -> bool:
    """Whether the Wayland compositor's socket takes connections (a path, or a name in the
    runtime folder); without a runtime folder Qt is left to try."""
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not name.startswith("/") and not runtime:
        return True
    return _answers(name if name.startswith("/") else os.path.join(runtime, name))


def _x11_there(display: str, platform: str) -> bool:
    """Whether the X server a local ``DISPLAY`` (``:0``, ``:1.0``, ``unix:0``) names takes
    connections on its socket: the file in /tmp/.X11-unix, or on Linux the abstract socket
    of that name (an X server may offer only that). Any other display (a host's, a path, a
    launchd socket) is left to Qt."""
    if display.startswith("/"):  # (a socket's path, as the display's name)
        return _answers(display.split(":")[0] if ":" in display[1:] else display)
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if match is None:
        return True
    path = f"/tmp/.X11-unix/X{match.group(1)}"
    names = [path] + (["\0" + path] if platform.startswith("linux") else [])
    return any(_answers(name) for name in names)


def _answers(name: str) -> bool:
    """Whether a local socket (a file, or a Linux abstract name after a NUL) takes a
    connection: a socket file a display server killed left behind does not (RR21-1)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(name)  # (local: no network)
        except OSError:
            return False
    return True


# kutip-gui's arguments (review R21-1: "--help", "--version" or a mistyped article's name
# each became a new library file of that name, and a second library was ignored)
def gui_usage() -> Message:
    return Message("app.usage", "Usage: kutip-gui [LIBRARY] [ARTICLE…]: opens LIBRARY (a"
                   " library file, or a team library's postgresql:// address; none: your own"
                   " library) and imports the ARTICLE files into it; a colleague's .kutip"
                   " library file or a .qdpx project among them is merged, asking first.")


def no_such_option(option: str) -> Message:
    return Message("app.no-such-option", "kutip-gui: there is no option {option}"
                   " (kutip-gui --help).", option=option)


def no_such_article(path: str) -> Message:
    return Message("app.no-such-file", "kutip-gui: no such file: {path}", path=path)


def one_library(first: str, second: str) -> Message:
    return Message("app.one-library", "kutip-gui: one library at a time: {first} and"
                   " {second} were both given.", first=first, second=second)


def option_needs_value(option: str) -> Message:
    return Message("app.option-value", "kutip-gui: Qt's option {option} needs its value"
                   " right after it ({option} offscreen, {option} xcb …; kutip-gui --help).",
                   option=option)
