"""Speakers: the people and bodies quoted, with aliases, so quotes gather across articles."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from ..messages import Message
from ..models import MAX_DESCRIPTION_LENGTH
from .base import LibraryError, NotFound, Service, Session, write
from .rules import (
    clean_name,
    note_events,
    renamed_events,
    row_uuids,
    toggle_key,
    toggle_states,
    toggled_event,
    toggled_events,
)

if TYPE_CHECKING:  # (the protocols: a reading process does not build them, issue 12)
    from ..speakernames import Variant
    from ..store.interfaces import SpeakerStore


#: an article from this many characters is not analysed whole when a name typed for a span of
#: it is resolved (the app's own limit for analysing on the window's thread, app.main_window
#: PREFILL_WHOLE_BELOW): only the lines within RESOLVE_AROUND characters of the span are, the
#: window the Q pre-fill analyses (PREFILL_AROUND; R14-2: storing the quote after Q resolved
#: a new name against all of a 12.5 MB text, 50 s of the window's thread)
RESOLVE_WHOLE_BELOW = 20_000
RESOLVE_AROUND = 8_000


def around(text: str, span: tuple[int, int] | None) -> str:
    """The text a name typed for ``span`` of an article is resolved in: all of it, unless
    it is long (``RESOLVE_WHOLE_BELOW``): then the lines within ``RESOLVE_AROUND``
    characters of the span (a person named only farther away then keeps the name typed)."""
    if span is None or len(text) < RESOLVE_WHOLE_BELOW:
        return text
    start, end = span
    if len(text) <= 2 * RESOLVE_AROUND + (end - start):
        return text
    lo = text.rfind("\n", 0, max(0, start - RESOLVE_AROUND)) + 1
    hi = text.find("\n", min(len(text), end + RESOLVE_AROUND))
    return text[lo:len(text) if hi < 0 else hi]


@dataclass
class Speaker:
    """A person quoted: their name, other names and how many annotations name them."""

    id: int
    name: str
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    uuid: str = ""


@dataclass
class WrittenName:
    """An annotation's speaker as its article writes the name (``Speakers.fill_written``)."""

    annotation_id: int
    article_id: int
    speaker: str  # the library's name
    written: str  # the article's


class Speakers(Service):
    """``library.speakers``: the people and bodies quoted, with their aliases.

    Rules here (names, one name or alias per speaker, the old name kept as an alias),
    storage behind ``store.interfaces.SpeakerStore``: no SQL.
    """

    def __init__(self, session: Session,
                 viewer: Callable[[], int | None] | None = None) -> None:
        super().__init__(session)
        self._viewer_of = viewer  # (who is asking, coding blind: ``Coders.viewer``)
        #: around a write that changes the speaker name its quotes carry: notes the
        #: versions those had (``Annotations.noting_speaker_versions``, set by ``Library``)
        self.noting_annotations: Callable[
            [Iterable[int]], contextlib.AbstractContextManager[None]] | None = None

    def _noting(self, speaker_id: int) -> contextlib.AbstractContextManager[None]:
        """Around a rename of this speaker (inside its transaction): its quotes' versions
        as they were are noted, so a merge knows them as older than what the rename
        leaves (review R20-2b, as a tag's rename: R20-1)."""
        if self.noting_annotations is None:
            return contextlib.nullcontext()
        return self.noting_annotations(self._store.quoting(speaker_id))

    @property
    def _store(self) -> SpeakerStore:
        return self._session.stores.speakers

    def id_of(self, name: str, create: bool = False, description: str = "") -> int:
        """The speaker called ``name`` or having it as an alias; created when asked."""
        name = clean_name(name)
        found = self._store.resolve(name)
        if found is not None:
            return found
        if not create:
            raise NotFound(Message(
                "lib.no-speaker", "There is no speaker “{name}”.", name=name))
        self._note_created("speakers", name)
        # (a role the engine read, or a file's: never more than a library holds, R19-4)
        return self._store.insert(name, description[:MAX_DESCRIPTION_LENGTH])

    def in_article(self, name: str, text: str, span: tuple[int, int] | None = None) -> int:
        """The speaker meant by ``name`` in an article: a known name or alias, else the full
        name the article uses ("Lavrov" → "Sergey Lavrov", remembering "Lavrov" as an alias
        where this login may add aliases: not a team library's coder).
        A one-word alias yields to the article: when it names in full someone else of that
        name ("President Donald Trump" where "Trump" is Eric Trump's alias), that person is
        meant (review R15-7).
        ``span``: the (start, end) the name is given for: a long article is read around it
        only (``around``)."""
        name = clean_name(name)
        found = self._store.resolve(name)
        if found is not None and " " in name:
            return found  # a full name the library knows
        own = self._row(found)["name"].lower() if found is not None else ""
        if found is not None and own == name.lower():
            return found  # a speaker's own name
        from ..quotes import resolve_name

        full, role = resolve_name(around(text, span), name, self.aliases())
        if found is not None:  # a one-word alias: the article's own full name outranks it
            if full and " " in full and full.lower() != own:
                return self.id_of(full, create=True, description=role)  # (R15-7)
            return found
        if full and full.lower() != name.lower() and full.split()[-1] == name.split()[-1]:
            speaker_id = self.id_of(full, create=True, description=role)
            if self._store.may_add_aliases():  # (not a team's coder: an alias is
                self._add_alias(speaker_id, name)  # library-wide, migration 0025)
            return speaker_id
        return self.id_of(name, create=True, description=role if full == name else "")

    def written_in(self, text: str, given: str, speaker_id: int,
                   span: tuple[int, int] | None = None) -> str:
        """How an article writes the speaker ``speaker_id`` when that is not the library
        speaker's own name, for an annotation to keep (``Annotation.speaker_written``): the
        name the user or the engine ``given`` for it, when the article writes it ("Sergei
        Lavrov" typed for the library's "Sergey Lavrov"; a surname alone as the article
        spells it in full, "Lavrov" -> "Sergei Lavrov"), else the article's own spelling of
        the speaker's name (the library's "Sergei Lavrov" in an article that writes "Sergey
        Lavrov": the quote engine's ``written_name``); "" when the article writes the
        speaker's own name or none of theirs. The person stays ``speaker_id``. ``span``: as
        ``in_article``'s (a long article's spellings are looked for around it only)."""
        from ..quotes import resolve_name, written_name
        from ..speakernames import fullness, same_person

        name = self._row(speaker_id)["name"]
        given = clean_name(given)
        found = ""
        if given and given.lower() != name.lower() and _written(text, given):
            found = given
            if len(given.split()) == 1:  # a surname alone: the article's full name for it
                full = resolve_name(around(text, span), given)[0]
                if full.lower() != given.lower() and _written(text, full) and same_person(
                        full, name):
                    found = full
        if not _written(text, name):
            spelled = written_name(around(text, span), name, self.aliases())
            if spelled and (not found or fullness(spelled) < fullness(found)):
                found = spelled
        return "" if found.lower() == name.lower() else found

    def meant_by(self, name: str) -> str:
        """The library speaker a name stands for when it is an article's own spelling of
        them: ``name`` as given when it is a speaker's name or alias, or when no quote
        records an article writing it; else the speaker whose quotes do
        (``Annotation.speaker_written``: "Sergey Lavrov" → the library's "Sergei Lavrov",
        when a quote's article wrote "Sergey"). Only the speakers it could name are
        looked up (``speakernames.same_person``). Several → a one-line error."""
        name = " ".join(name.split())
        aliases = self.aliases()
        if name.lower() in aliases:
            return name
        from ..speakernames import same_person

        names = {full for full in set(aliases.values()) if same_person(name, full)}
        if not names:
            return name
        ids = {self._store.find(full): full for full in names}
        found = sorted(ids[i] for i in self._store.written_as(
            [i for i in ids if i is not None], name))
        if len(found) > 1:
            raise LibraryError(Message(  # (the Quotes list's words for its own case)
                "trail.speaker-ambiguous", "“{name}” could be {names}: give the full name.",
                name=name, names=", ".join(found)))
        return found[0] if found else name

    @write
    def fill_written(self, dry_run: bool = False) -> list[WrittenName]:
        """For annotations stored before Kutip kept it (SQLite 0023, PostgreSQL 0020), how
        each one's article writes its speaker's name when it writes it otherwise, found in
        the article's text as a new quote's is (``written_in``; the name a user typed then
        was not kept, so only the article's own spelling is looked for: "Sergey Lavrov"
        in an article that never writes the library's "Sergei Lavrov"). An annotation
        whose article writes the speaker's own name, or none of theirs, is left as it is;
        one that has a written name keeps it. Returns what was written (``dry_run``: what
        would be), in one transaction."""
        from ..quotes import written_name

        aliases, names = self.aliases(), self._store.names_by_id()
        own: dict[str, list[str]] = {}  # the library's name -> its other names (lower case)
        for alias, canonical in aliases.items():
            if alias != canonical.lower():
                own.setdefault(canonical, []).append(alias)
        found: list[WrittenName] = []
        article_id, article = -1, _Spellings("")
        spelled: dict[int, str] = {}
        for note_id, note_article, speaker_id in self._store.unwritten():
            if note_article != article_id:
                article_id, spelled = note_article, {}
                article = _Spellings(self._stores.articles.text(article_id) or "")
            if speaker_id not in spelled:
                name = names.get(speaker_id, "")
                written = (written_name(article.text, name, aliases)
                           if article.may_write_otherwise(name, own.get(name, [])) else "")
                spelled[speaker_id] = "" if written.lower() == name.lower() else written
            if spelled[speaker_id]:
                found.append(WrittenName(note_id, article_id, names[speaker_id],
                                         spelled[speaker_id]))
        if found and not dry_run:
            with self._tx():
                by_name: dict[str, list[int]] = {}
                for item in found:
                    by_name.setdefault(item.written, []).append(item.annotation_id)
                for written, ids in by_name.items():  # (only where none was kept meanwhile)
                    self._store.rewrite(ids, "", written)
            for changed in sorted({item.article_id for item in found}):
                self._changed("annotations", changed)
        return found

    def _viewer(self, everyone: bool = False) -> int | None:
        """Coding blind: the current coder's id (see ``Coders.viewer``), else None."""
        return None if everyone or self._viewer_of is None else self._viewer_of()

    def names(self) -> list[str]:
        """Just the names, sorted (for completion: no counting over every annotation, but
        coding blind, as ``all`` lists them: review R15-17)."""
        if self._viewer() is None:
            return self._store.names()
        return [speaker.name for speaker in self.all()]

    def all(self, everyone: bool = False) -> list[Speaker]:
        """Every speaker with how many annotations name them. Coding blind (a collection
        coded blind), the other coders' annotations on its articles are not counted and a
        speaker only they name is left out (review R15-17: whom the first coder attributed
        a quote to is what the second codes), unless ``everyone``."""
        return [speaker for speaker, unseen in self._counted(self._viewer(everyone))
                if speaker.quotes or not unseen]

    def _counted(self, viewer: int | None) -> list[tuple[Speaker, int]]:
        return [(Speaker(id=r["id"], name=r["name"], description=r["description"],
                         quotes=r["quotes"], uuid=r["uuid"], aliases=sorted(r["aliases"])),
                 r["unseen"]) for r in self._store.counted(viewer)]

    def get(self, name: str) -> Speaker:
        """The speaker ``name`` names (own name or alias), with the count ``all`` gives."""
        speaker_id = self.id_of(name)
        return next(s for s, _ in self._counted(self._viewer()) if s.id == speaker_id)

    def likely_variants(self) -> list[Variant]:
        """Pairs of speakers that look like one person written differently, to offer
        merging: "Sergei" into "Sergey Lavrov" (a spelling: into the one more annotations
        use), "Jokowi" into "Joko Widodo", "SBY", "Lavrov" when only one Lavrov is known
        (into the full name). See ``reader.core.speakernames``."""
        from ..speakernames import likely_variants

        return likely_variants({s.name: s.quotes for s in self.all()})

    def aliases(self) -> dict[str, str]:
        """Lower-case name or alias → canonical name, for quote attribution."""
        return {key.lower(): name for key, name in self._store.lookup()}

    @write
    def create(self, name: str, description: str = "", aliases: Iterable[str] = ()
               ) -> Speaker:
        name = clean_name(name)
        if not name:
            raise LibraryError(Message(
                "lib.speaker-needs-name", "A speaker needs a name."))
        with self._tx():
            speaker_id = self.id_of(name, create=True, description=description)
            for alias in aliases:
                self._add_alias(speaker_id, alias)
        self._changed("speakers")
        return self.get(name)

    @write
    def rename(self, old: str, new: str, keep_alias: bool = True,
               expected: int | None = None, noted: bool = True) -> Speaker:
        """Rename; the old name stays as an alias so earlier spellings still resolve.
        ``expected`` (an undo or redo: the id of the speaker the step renamed): only while
        ``old`` is still that speaker's own name, not one someone renamed or merged since
        (their name is never renamed back, another person never renamed; review R19-5).
        ``noted`` False (an undo of a library merge): no event of it kept, no decision of
        this library's that travels (review R24-4)."""
        new = clean_name(new)
        if not new:
            raise LibraryError(Message(
                "lib.speaker-needs-name", "A speaker needs a name."))
        with self._tx():  # (the checks too: nobody's change comes between, RR19-7)
            if expected is not None and self._store.find(clean_name(old)) != expected:
                raise LibraryError(Message(
                    "lib.speaker-renamed-since", "Someone renamed or merged the speaker "
                    "“{name}” since; it was left as they made it.", name=old))
            speaker_id = self.id_of(old)
            if self._store.find(new) not in (None, speaker_id):
                raise LibraryError(Message(
                    "lib.already-speaker-merge-two", "“{new}” is already a speaker; merge the "
                    "two instead.", new=new))
            owner = self._store.alias_owner(new)
            if owner and owner["id"] != speaker_id:
                raise LibraryError(Message(
                    "lib.alias-merge-two-speakers", "“{new}” is an alias of “{name}”; merge "
                    "the two speakers instead.", new=new, name=owner['name']))
            old_name = self._row(speaker_id)["name"]
            self._store.remove_alias(speaker_id, new)
            with self._noting(speaker_id) if noted else contextlib.nullcontext():
                self._store.rename(speaker_id, new)
            if keep_alias and old_name.lower() != new.lower():
                self._add_alias(speaker_id, old_name)
            # (the name it had: a merge in another library renames it there too, as a
            # tag's rename travels; R20-2b: each kept its own name, for good)
            if noted:
                note_events(self._session, row_uuids(self._session, "speakers", [
                    speaker_id]).get(speaker_id, ""), partial(renamed_events,
                                                              old=str(old_name), new=new))
        self._changed("speakers")
        self._changed("annotations")
        return self.get(new)

    def _row(self, speaker_id: int) -> dict[str, Any]:
        row = self._store.get(speaker_id)
        if row is None:
            raise NotFound(Message(
                "lib.no-speaker-id", "There is no speaker {speaker_id}.",
                speaker_id=speaker_id))
        return row

    @write
    def set_description(self, name: str, description: str, expected: str | None = None
                        ) -> Speaker:
        """Describe a speaker; with ``expected`` (an undo or redo: the description the step
        left), only while it still reads so: a colleague's later description is never
        overwritten with an older one (review R17-4)."""
        speaker_id = self.id_of(name)
        if len(description.strip()) > MAX_DESCRIPTION_LENGTH:
            raise LibraryError(Message(
                "lib.description-too-long", "A speaker's description may be at most {limit:,}"
                " characters long; this one has {length:,}.", limit=MAX_DESCRIPTION_LENGTH,
                length=len(description.strip())))
        with self._tx():
            if expected is not None and ((self.get(name).description or "").strip()
                                         != expected.strip()):
                raise LibraryError(Message(
                    "lib.speaker-described-since", "Someone else described “{name}” "
                    "otherwise since; it was left as they wrote it.", name=name))
            self._store.describe(speaker_id, description.strip())
        self._changed("speakers")
        return self.get(name)

    @write
    def merge(self, source: str, target: str) -> Speaker:
        """Move ``source``'s quotes to ``target``; its name and aliases become aliases of target.
        Merging a speaker into itself (or an alias into its own speaker) is an error."""
        if not self.merge_undoable(source, target):
            raise LibraryError(Message(
                "lib.speaker-merge-same", "“{source}” and “{target}” are already one speaker:"
                " nothing to merge.", source=source, target=target))
        return self.get(target)

    def _merge_state(self, source_id: int, target_id: int | None) -> list[Any]:
        """The merged speaker as it is (id, row, alias ids, quotes) and the target's id:
        what a redo of the merge expects to find as its undo left them."""
        return [source_id, self._store.get(source_id), self._store.alias_ids(source_id),
                self._store.quoting(source_id), target_id]

    @write
    def merge_undoable(self, source: str, target: str,
                       expected: list[Any] | None = None) -> dict[str, Any]:
        """Merge as ``merge``; returns what ``unmerge`` needs to undo it. ``expected`` (a
        redo: what ``unmerge`` returned): only while both are as the undo left them, not
        a speaker someone quoted, renamed, described or gave aliases since (R19-5)."""
        with self._tx():
            src = self.id_of(source)
            if expected is not None and self._merge_state(
                    src, self._store.resolve(clean_name(target))) != expected:
                raise LibraryError(Message(
                    "lib.speaker-changed-since-undo", "Someone changed the speaker “{name}”"
                    " since (quoted, renamed or described them, or gave them an alias); they"
                    " were left as they made them.", name=source))
            try:
                dst, target_created = self.id_of(target), False
            except NotFound:
                dst, target_created = self.id_of(target, create=True), True
            if src == dst:
                return {}
            snapshot: dict[str, Any] = {
                "target_created": target_created,
                "speaker": self._row(src),
                "target_id": dst,
                "annotations": self._store.quoting(src),
                "aliases": self._store.alias_ids(src),
            }
            # the quotes keep the merged spelling as their articles wrote it ("Sergei
            # Lavrov" merged into "Sergey Lavrov"), not a shorter form ("Lavrov", "Jokowi":
            # the person's full name reads better)
            from ..speakernames import words

            written = snapshot["speaker"]["name"]
            if len(words(written)) >= len(words(self._row(dst)["name"])):
                self._store.rewrite(snapshot["annotations"], "", written)
                snapshot["written"] = written
            # the speakers merged into this one before go on with it: merged into the
            # target too (review R24-2: A merged into B, then B into C, C said only "B
            # merged": a library holding A kept it a speaker of its own, for good)
            snapshot["inherited"] = self._merged_into(src)
            # (its quotes' versions as they were: a merge in another library knows them as
            # older than what this leaves, as a rename's, R20-2b; review R24-7: a quote of
            # theirs edited there came back as a conflict copy)
            with self._noting(src):
                self._store.move(src, dst)
            self._store.delete(src)
            self._session.note_name("speakers_removed", snapshot["speaker"]["name"])
            self._add_alias(dst, snapshot["speaker"]["name"])
            self._note_merged(dst, snapshot["speaker"]["name"], True)
            self._note_merged_keys(dst, snapshot["inherited"], True)
        self._changed("speakers")
        self._changed("annotations")
        return snapshot

    @write
    def unmerge(self, snapshot: dict[str, Any], noted: bool = True) -> list[Any] | None:
        """Undo ``merge_undoable``: the speaker, its aliases and quotes come back. Returns
        both as it left them (a redo's ``expected``). ``noted`` as ``rename``'s."""
        if not snapshot:
            return None
        speaker = snapshot["speaker"]
        with self._tx():
            self._store.remove_alias(snapshot["target_id"], speaker["name"])
            if noted and self._store.get(snapshot["target_id"]) is not None:
                self._note_merged(snapshot["target_id"], speaker["name"], False)
                self._note_merged_keys(snapshot["target_id"], snapshot.get("inherited", ()),
                                       False)
            # a speaker of that name made meanwhile takes the quotes back instead of the
            # undo failing on it (and losing them)
            speaker_id = self._store.put_back(speaker)
            # a person's undo notes its quotes' versions (their speaker's name as before
            # the merge: a later event of that older version), so that it travels as a
            # later edit does: the other library, which took the merge, takes the undo
            # (REVIEW24b finding 3); a merge's undo (``noted`` False) notes none (R24-4)
            with self.noting_annotations(snapshot["annotations"]) if (
                    noted and self.noting_annotations is not None) else \
                    contextlib.nullcontext():
                self._store.move_back(snapshot["annotations"], snapshot["aliases"],
                                      snapshot["target_id"], speaker_id)
                if snapshot.get("written"):  # their own name again: nothing written else
                    self._store.rewrite(snapshot["annotations"], snapshot["written"], "")
            if snapshot.get("target_created"):  # the merge made it; delete it unless quoted
                self._store.delete_unquoted(snapshot["target_id"])
            target = snapshot["target_id"]
            left = self._merge_state(speaker_id,
                                     target if self._store.get(target) is not None else None)
        self._changed("speakers")
        self._changed("annotations")
        return left

    @write
    def add_alias(self, name: str, alias: str, expected: int | None = None) -> Speaker:
        """Give ``name``'s speaker the alias. ``expected`` (an undo or redo: the id of the
        speaker the step gave it or took it from): only while ``name`` still names them."""
        with self._tx():  # (the check too: RR19-7)
            speaker_id = self._expected(name, expected)
            self._add_alias(speaker_id, alias)
            self._note_alias(speaker_id, alias, True)
        self._changed("speakers")
        return self.get(name)

    @write
    def remove_alias(self, name: str, alias: str, expected: int | None = None) -> Speaker:
        """Take the alias from ``name``'s speaker; ``expected`` as ``add_alias``'s."""
        with self._tx():  # (the check too: RR19-7)
            speaker_id = self._expected(name, expected)
            self._store.remove_alias(speaker_id, alias.strip())
            self._note_alias(speaker_id, alias, False)
            # a speaker merged in under that name is no longer this one's: a file that
            # still says so does not merge a new speaker of that name again
            self._note_merged(speaker_id, alias, False)
        self._changed("speakers")
        return self.get(name)

    def _note_alias(self, speaker_id: int, alias: str, given: bool) -> None:
        """Keep an alias taken away as an event of its speaker (and one given back after):
        a merge of an older file gave it back, unsaid (review R20-2)."""
        key = toggle_key("alias", alias)
        note_events(self._session, row_uuids(self._session, "speakers", [speaker_id]).get(
            speaker_id, ""), lambda had: toggled_event(had, key, given, always=not given))

    def note_merged(self, speaker_id: int, name: str) -> None:
        """``_note_merged`` of a merge another library made, taken here (its events
        known here first): this library's own event of it, above them."""
        self._note_merged(speaker_id, name, True)

    def _note_merged(self, speaker_id: int, name: str, merged: bool) -> None:
        """Keep a speaker merged into this one (``merged:`` + its name's hash, on; off
        when the merge is undone) as an event of it: a merge of this library's file in
        another library merges the speaker there too (review R21-14: the other library's
        new quotes of the merged-away name kept a second speaker, for good)."""
        key = toggle_key("merged", name)
        note_events(self._session, row_uuids(self._session, "speakers", [speaker_id]).get(
            speaker_id, ""), lambda had: toggled_event(had, key, merged, always=merged))

    def _merged_into(self, speaker_id: int) -> list[str]:
        """The ``merged:`` keys of the speakers merged into this one, merged still."""
        uuid = row_uuids(self._session, "speakers", [speaker_id]).get(speaker_id, "")
        exchange = getattr(self._session.stores, "exchange", None)
        if exchange is None or not uuid:
            return []
        history = exchange.versions([uuid]).get(uuid, set())
        return sorted(key for key, (_, on) in toggle_states(history, "merged:").items() if on)

    def _note_merged_keys(self, speaker_id: int, keys: Iterable[str], merged: bool) -> None:
        """``_note_merged`` of speakers by their ``merged:`` keys (``_merged_into``)."""
        keys = list(keys)
        if keys:
            note_events(self._session, row_uuids(self._session, "speakers", [speaker_id]).get(
                speaker_id, ""), lambda had: toggled_events(had, keys, merged, always=merged))

    def _expected(self, name: str, expected: int | None) -> int:
        """The speaker ``name`` names, while that is ``expected`` (when given): not another
        one someone renamed, merged or made under that name since (an alias put on or
        taken from the wrong person; session 18's leftover, review R18-3's class)."""
        speaker_id = self.id_of(name)
        if expected is not None and speaker_id != expected:
            raise LibraryError(Message(
                "lib.speaker-another-since", "“{name}” names another speaker since (someone "
                "renamed or merged the one meant here); its aliases were left as they are.",
                name=name))
        return speaker_id

    def restore_by_name(self, name: str, old_id: int | None) -> int | None:
        """The speaker to give a restored annotation: by name, else re-made under its old id
        (inside the caller's transaction)."""
        if not name:
            return None
        try:
            return self.id_of(name)
        except NotFound:
            pass
        if old_id is not None and self._store.get(old_id) is None:
            self._note_created("speakers", name)
            return self._store.insert(name, speaker_id=old_id)
        return self.id_of(name, create=True)

    def prune(self, name: str) -> bool:
        """Delete the speaker called ``name`` if no annotation is attributed to them (inside
        the caller's transaction); whether they were deleted (and noted as removed)."""
        speaker_id = self._store.find(name)
        if speaker_id is None or not self._store.delete_unquoted(speaker_id):
            return False
        self._session.note_name("speakers_removed", name)
        return True

    def prune_bare(self, name: str) -> bool:
        """``prune`` the speaker ``name`` if nothing but their name is kept (no description,
        no alias: an undo of the deletion that left them unquoted makes them again as they
        were, by name and id); one someone described or gave an alias stays."""
        made = self.as_made([name]).get(name)
        if made is None or made[1] or made[2]:
            return False
        return self.prune(name)

    def kept_since(self, name: str, made: Sequence[Any]) -> Message | None:
        """The line saying why the undo of the step that made the speaker ``name`` leaves
        them (not quoted, but someone described them, gave them an alias or made them anew
        since: theirs now, review R18-3's class); None: ``prune`` decides. ``made``: what
        ``as_made`` gave once the step ran."""
        now = self.as_made([name]).get(name)
        if now is None or now == tuple(made) or self._store.quoting(now[0]):
            return None
        return Message("lib.speaker-kept-since", "Kept the speaker “{name}”: someone "
                       "described them, gave them an alias or made them anew since.",
                       name=name)

    def as_made(self, names: Iterable[str]) -> dict[str, tuple[int, str, tuple[int, ...]]]:
        """Each named speaker as it is now: id, description and the ids of their aliases
        (``prune``'s ``made``, remembered once a step made them)."""
        made: dict[str, tuple[int, str, tuple[int, ...]]] = {}
        for name in names:
            speaker_id = self._store.find(name)
            row = None if speaker_id is None else self._store.get(speaker_id)
            if speaker_id is not None and row is not None:
                made[name] = (speaker_id, row["description"] or "",
                              tuple(self._store.alias_ids(speaker_id)))
        return made

    def _add_alias(self, speaker_id: int, alias: str) -> None:
        alias = clean_name(alias)
        if not alias:
            return
        owner = self._store.resolve(alias)
        if owner is not None and owner != speaker_id:
            raise LibraryError(Message(
                "lib.already-names-another-speaker", "“{alias}” already names another speaker.",
                alias=alias))
        if owner is not None:
            return
        self._store.add_alias(speaker_id, alias)


class _Spellings:
    """An article's text, asked whether it may write a speaker otherwise than the library
    does, cheaply, before the quote engine reads its names (``written_name``: ~35 ms an
    article; 100,000 generated articles of a bench library took over an hour)."""

    #: n-grams of the text's words spelled at least this close to the library's name pass
    #: (the engine joins a name it reads to a library speaker at ``fuzz.ratio`` 88:
    #: ``quotes.names.People.canonical``; a little below, as its name's edges may differ)
    CLOSE = 85
    #: the text passes the first, coarse look at this ``partial_ratio`` (a name within 88
    #: of the library's never falls below ~68 against a window of the text its length)
    COARSE = 65
    _TOKEN = re.compile(r"\w[\w.'’-]*")

    def __init__(self, text: str):
        self.text = text
        self._lower = text.lower()
        self._grams: dict[int, set[str]] = {}

    def may_write_otherwise(self, name: str, aliases: list[str]) -> bool:
        """Whether the engine could find the speaker ``name`` written otherwise here: not
        when the text writes ``name`` itself; yes when it writes one of its ``aliases``
        (lower case), or a run of its words close to ``name``."""
        from rapidfuzz import fuzz, process

        if not name or not self.text or _written(self.text, name):
            return False
        if any(_written(self._lower, alias) for alias in aliases):
            return True
        key = name.lower()
        if not fuzz.partial_ratio(key, self._lower, score_cutoff=self.COARSE):
            return False
        return process.extractOne(key, self._runs(len(name.split()) + 2), scorer=fuzz.ratio,
                                  score_cutoff=self.CLOSE) is not None

    def _runs(self, most: int) -> set[str]:
        """Every run of up to ``most`` words of the text, lower case."""
        if most not in self._grams:
            words = [w if len(w) == 2 and w.endswith(".") else w.rstrip(".")
                     for w in self._TOKEN.findall(self._lower)]
            self._grams[most] = {" ".join(words[i:i + n]) for n in range(1, most + 1)
                                 for i in range(len(words) - n + 1)}
        return self._grams[most]


def _written(text: str, name: str) -> bool:
    """The text writes ``name`` as whole words ("Lavrov" is not written in "Lavrova")."""
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
