"""The rules every write obeys, in one place: names, kinds and verdicts, spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..messages import Message, listed
from ..models import KINDS, VERDICTS
from ..textnorm import content_hash, one_line
from .base import LibraryError, Session

if TYPE_CHECKING:
    from ..store.rows import Row


def text_hash(text: str) -> str:
    """The version of an article's text that ``SeenSpan`` and ``texts.replace(based_on=)``
    compare (its ``content_hash``)."""
    return content_hash(text)


@dataclass(frozen=True)
class SeenSpan:
    """A span as the user selected it: in which text (its sha256, as ``content_hash``) and
    the words with their context, so a write can tell that the article changed underneath
    (re-imported by another process while shown) and find the same words again, never
    applying old offsets to new text."""

    text_hash: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> SeenSpan:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        from ..anchoring import make_selector  # (loaded by writes: reading never needs it)

        return cls(text_hash(text), **make_selector(text, min(start, end), max(start, end)))


def _outlet_name(source: str) -> str:
    """An outlet's name as the trail counts outlets (``trail.model.outlet_key``)."""
    return (source or "").strip().casefold()


def _site(url: str) -> str:
    """The web site of ``url`` (``www.`` dropped): the outlet of a page that names none."""
    from ..trail.model import site  # (the trail counts outlets by it too)

    return site(url)


def same_outlet(source: str, url: str, other_source: str, other_url: str) -> bool:
    """Whether an article (``source``, ``url``) with the same text as another is that
    one again (a file or page imported twice, a renamed copy) rather than another outlet's
    copy of it: syndicated wire copy, the same body under another outlet's dateline, title
    and address, is that outlet's article (review R15-5). The same address is the same
    article; else two named outlets are compared by name (case ignored, as the trail counts
    outlets), else two pages by web site. An article naming no outlet and no address adds
    none: it is the same as any copy (a pasted text is not a new outlet)."""
    if (url or "").strip() and url.strip() == (other_url or "").strip():
        return True
    name, other_name = _outlet_name(source), _outlet_name(other_source)
    if name and other_name:
        return name == other_name
    site, other_site = _site(url), _site(other_url)
    if site and other_site:
        return site == other_site
    return not (name or site)


def outlet_shown(source: str, url: str) -> str:
    """How a report names an article's outlet: its source, else its web site, else ''."""
    return (source or "").strip() or _site(url)


def present_copy(source: str, url: str, copies: Iterable[Row]) -> int | None:
    """The id of the first of ``copies`` (rows with ``id``, ``source``, ``url``: the articles
    holding a text) that an article of this ``source`` and ``url`` with that text only
    repeats (``same_outlet``); None when it is another outlet's copy, or the text is new."""
    return next((int(row["id"]) for row in copies
                 if same_outlet(source, url, row["source"], row["url"])), None)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace around it (equal ends: nothing but whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


OPENING_MARKS = "“„‟\"«‹‘"
CLOSING_MARKS = "”\"»›’"


def quote_inner(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote selected with its quotation marks: the words inside them.

    ``“Kami tidak ingin berperang,” kata Lavrov`` selected from “ to ” stores
    ``Kami tidak ingin berperang``: the marks, and the comma that belongs to the
    attribution after them, are not the speaker's words. A span that is nothing but
    marks is left as it was.
    """
    a, b = trim_span(text, start, end)
    inner_a, inner_b = a, b
    while inner_a < inner_b and text[inner_a] in OPENING_MARKS:
        inner_a += 1
    while inner_b > inner_a and text[inner_b - 1] in CLOSING_MARKS:
        inner_b -= 1
    if inner_b < b:  # a closing mark went: so does the punctuation of the attribution
        while inner_b > inner_a and text[inner_b - 1] in ",;:":
            inner_b -= 1
    inner_a, inner_b = trim_span(text, inner_a, inner_b)
    return (inner_a, inner_b) if inner_a < inner_b else (a, b)


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise LibraryError(Message("lib.unknown-kind", "Unknown kind {kind!r}: use one of "
                                   "{kinds}.", kind=kind, kinds=listed(KINDS)))


def check_verdict(verdict: str) -> None:
    if verdict and verdict not in VERDICTS:
        raise LibraryError(Message("lib.unknown-verdict", "Unknown verdict {verdict!r}: use one "
                                   "of {verdicts}.", verdict=verdict, verdicts=listed(VERDICTS)))


def check_verdict_kind(verdict: str, kind: str) -> None:
    """A verdict only makes sense for a claim (the GUI's verdict menu is off for the rest)."""
    if verdict and kind != "claim":
        raise LibraryError(Message(
            "lib.only-claim-verdict", "Only a claim has a verdict; this is a {kind}.", kind=kind))


#: how deep tags may nest (framing/threat/military is 3): a path of 1,200 levels is an error
MAX_TAG_DEPTH = 32
#: the longest name a tag level, a speaker or a collection may have (a pasted paragraph is
#: no name, and one 100,000 characters long made every list unusable)
MAX_NAME_LENGTH = 200


def _check_length(name: str, what: str) -> str:
    if len(name) > MAX_NAME_LENGTH:
        raise LibraryError(Message("lib.name-too-long", "{what} may be at most {limit} "
                                   "characters long; “{start}…” has {length:,}.", what=what,
                                   limit=MAX_NAME_LENGTH, start=name[:40], length=len(name)))
    return name


def clean_tag_name(name: str) -> str:
    parts = [one_line(part) for part in name.strip().split("/")]  # no control characters
    what = Message("lib.what-tag-name", "A tag name")
    cleaned = "/".join(_check_length(part, what) for part in parts if part)
    if not cleaned:
        raise LibraryError(Message(
            "lib.tag-needs-name", "A tag needs a name."))
    depth = cleaned.count("/") + 1
    if depth > MAX_TAG_DEPTH:
        raise LibraryError(Message("lib.tag-too-deep", "A tag may nest at most {limit} levels "
                                   "deep; “{start}…” has {depth:,}.", limit=MAX_TAG_DEPTH,
                                   start=cleaned[:40], depth=depth))
    return cleaned


def tag_names(tags: Iterable[str]) -> list[str]:
    """The distinct tag names of a list as typed (empty ones dropped), in order."""
    return list(dict.fromkeys(t.strip().strip("/") for t in tags if t.strip().strip("/")))


def clean_name(name: str) -> str:
    """A speaker's or a collection's name: inner whitespace runs become one space, control
    characters (an escape sequence from an imported file) are dropped."""
    return _check_length(one_line(name), Message("lib.what-name", "A name"))


# ---------------------------------------------------------------------- events (R20-2)
#: What a library decided of a tag's or a collection's name, a collection's members, a
#: speaker's aliases, kept as events under the row's UUID in ``merge_versions`` (as an
#: article's parts are): a merge tells this library's later rename or removal from a
#: file that holds only the older state (review R20-2: it was undone, unsaid).
NAME = "name:"


def name_version(name: str) -> str:
    """A name's version (case and spacing aside): ``name:`` + a hash."""
    import hashlib

    folded = " ".join(name.split()).casefold()
    return NAME + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:24]


def event_counts(history: Iterable[str], prefix: str) -> dict[str, int]:
    """The versions starting with ``prefix`` in a history, each with its latest counter
    (``version@n``; none: 0)."""
    latest: dict[str, int] = {}
    for entry in history:
        if not entry.startswith(prefix):
            continue
        version, mark, count = entry.rpartition("@")
        if not mark or not count.isdigit():
            version, count = entry, "0"
        latest[version] = max(latest.get(version, -1), int(count))
    return latest


def later_event(count: int) -> int:
    """The counter of a new event of a version that was had before at ``count`` (an
    annotation's, ``event_name``; a name set back, a thing toggled): above it by a random
    step, so that two libraries making one on their own (two undos to one note, one
    conflict kept the same way, one name set back) do not name them alike. Named
    ``count + 1`` by both, each library took the other's for one it had seen, and two
    could then each keep their own over the other's for good (a seeded walk of three
    libraries met it once in 200)."""
    import random

    return count + 1 + random.randrange(1 << 16)


def renamed_events(history: Iterable[str], old: str, new: str) -> list[str]:
    """The events a rename from ``old`` to ``new`` leaves: the old name as had (at its
    latest counter), and the new one as a later event when it was had before."""
    had = event_counts(history, NAME)
    before, after = name_version(old), name_version(new)
    if before == after:
        return []
    out = [before if not had.get(before) else f"{before}@{had[before]}"]
    if after in had:
        out.append(f"{after}@{later_event(had[after])}")
    return out


def toggle_key(kind: str, value: str) -> str:
    """``kind:`` + a hash of ``value`` (an article's UUID, an alias): one thing toggled."""
    import hashlib

    folded = " ".join(value.split()).casefold()
    return f"{kind}:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:24] + ":"


def toggle_state(history: Iterable[str], key: str) -> tuple[int, bool | None]:
    """The latest event of one thing toggled (``key`` + ``on``/``off`` ``@n``): (its
    counter, on or off); (0, None) without one. At the same counter, on wins."""
    return toggle_states(history, key[:key.index(":") + 1]).get(key, (0, None))


def toggle_states(history: Iterable[str], kind: str) -> dict[str, tuple[int, bool | None]]:
    """``toggle_state`` of every thing of a ``kind`` (``member:``, ``alias:``) in one pass
    over the history: its key -> (counter, on or off). (One pass per key was quadratic: a
    collection's 5,000 members put back after being taken out, 21 s; review R21-12.)"""
    found: dict[str, tuple[int, bool | None]] = {}
    for entry in history:
        if not entry.startswith(kind):
            continue
        head, _, count = entry.rpartition("@")
        key, _, value = head.rpartition(":")
        if not count.isdigit() or value not in ("on", "off"):
            continue
        key += ":"
        latest, state = found.get(key, (0, None))
        if int(count) > latest or (int(count) == latest and state is not True):
            found[key] = (int(count), value == "on")
    return found


def toggled_event(history: Iterable[str], key: str, on: bool, always: bool = True
                  ) -> list[str]:
    """The event a toggle leaves (the next counter); with ``always`` False, none when the
    thing has no event yet (turning on what was never turned off: nothing to tell)."""
    return toggled_events(history, [key], on, always)


def toggled_events(history: Iterable[str], keys: Iterable[str], on: bool, always: bool = True
                   ) -> list[str]:
    """``toggled_event`` of several things at once (one pass over the history)."""
    keys = list(keys)
    if not keys:
        return []
    states = toggle_states(history, keys[0][:keys[0].index(":") + 1])
    out = []
    for key in keys:
        latest, state = states.get(key, (0, None))
        if always or state is not None:
            out.append(f"{key}{'on' if on else 'off'}@{later_event(latest)}")
    return out


def note_events(session: Session, uuid: str,
                events: Callable[[set[str]], list[str]]) -> None:
    """Keep the events ``events`` makes of the row's history under its UUID (inside the
    caller's transaction; nothing for a store that cannot merge, or a row without one)."""
    exchange = getattr(session.stores, "exchange", None)
    if exchange is None or not uuid:
        return
    made = events(exchange.versions([uuid]).get(uuid, set()))
    if made:
        exchange.remember_versions((uuid, e) for e in made)


def row_uuids(session: Session, table: str, ids: Iterable[int]) -> dict[int, str]:
    """The UUIDs of rows (``{}`` for a store that cannot merge)."""
    exchange = getattr(session.stores, "exchange", None)
    return {} if exchange is None else exchange.uuids(table, sorted(set(ids)))

