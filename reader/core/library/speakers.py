"""Speakers: the people and bodies quoted, with aliases, so quotes gather across articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import LibraryError, NotFound, Service, write
from .rules import clean_name


@dataclass
class Speaker:
    id: int
    name: str
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    uuid: str = ""


class Speakers(Service):
    """``library.speakers``: the people and bodies quoted, with their aliases."""

    _legacy_call = "all"

    def id_of(self, name: str, create: bool = False, description: str = "") -> int:
        """The speaker called ``name`` or having it as an alias; created when asked."""
        name = clean_name(name)
        row = self._one(
            "SELECT id FROM speakers WHERE name = ? UNION ALL"
            " SELECT speaker_id FROM speaker_aliases WHERE alias = ? LIMIT 1", [name, name])
        if row:
            return row["id"]
        if not create:
            raise NotFound(f"There is no speaker “{name}”.")
        self._note_created("speakers", name)
        return self.db["speakers"].insert({"name": name, "description": description}).last_pk

    def in_article(self, name: str, text: str) -> int:
        """The speaker meant by ``name`` in an article: a known name or alias, else the full
        name the article uses ("Lavrov" → "Sergey Lavrov", remembering "Lavrov" as an alias)."""
        name = clean_name(name)
        try:
            return self.id_of(name)
        except NotFound:
            pass
        from ..quotes import resolve_name

        full, role = resolve_name(text, name, self.aliases())
        if full and full.lower() != name.lower() and full.split()[-1] == name.split()[-1]:
            speaker_id = self.id_of(full, create=True, description=role)
            self._add_alias(speaker_id, name)
            return speaker_id
        return self.id_of(name, create=True, description=role if full == name else "")

    def names(self) -> list[str]:
        """Just the names, sorted (for completion: no counting over every annotation)."""
        return [r[0] for r in self.db.execute(
            "SELECT name FROM speakers ORDER BY name COLLATE NOCASE")]

    def all(self) -> list[Speaker]:
        rows = self._all(
            "SELECT s.id, s.name, s.description, coalesce(s.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotations n WHERE n.speaker_id = s.id) AS quotes,"
            " (SELECT group_concat(alias, char(31)) FROM speaker_aliases a"
            "  WHERE a.speaker_id = s.id) AS alias_list"
            " FROM speakers s ORDER BY s.name COLLATE NOCASE")
        return [Speaker(id=r["id"], name=r["name"], description=r["description"],
                        quotes=r["quotes"], uuid=r["uuid"],
                        aliases=sorted(r["alias_list"].split("\x1f")) if r["alias_list"] else [])
                for r in rows]

    def get(self, name: str) -> Speaker:
        speaker_id = self.id_of(name)
        return next(s for s in self.all() if s.id == speaker_id)

    def aliases(self) -> dict[str, str]:
        """Lower-case name or alias → canonical name, for quote attribution."""
        mapping = {r["name"].lower(): r["name"] for r in self._all("SELECT name FROM speakers")}
        for row in self._all("SELECT a.alias, s.name FROM speaker_aliases a"
                             " JOIN speakers s ON s.id = a.speaker_id"):
            mapping[row["alias"].lower()] = row["name"]
        return mapping

    @write
    def create(self, name: str, description: str = "", aliases=()) -> Speaker:
        name = clean_name(name)
        if not name:
            raise LibraryError("A speaker needs a name.")
        with self._tx():
            speaker_id = self.id_of(name, create=True, description=description)
            for alias in aliases:
                self._add_alias(speaker_id, alias)
        self._changed("speakers")
        return self.get(name)

    @write
    def rename(self, old: str, new: str, keep_alias: bool = True) -> Speaker:
        """Rename; the old name stays as an alias so earlier spellings still resolve."""
        new = clean_name(new)
        if not new:
            raise LibraryError("A speaker needs a name.")
        speaker_id = self.id_of(old)
        clash = self._one("SELECT id FROM speakers WHERE name = ? AND id != ?", [new, speaker_id])
        if clash:
            raise LibraryError(f"“{new}” is already a speaker; merge the two instead.")
        owner = self._one("SELECT s.name FROM speaker_aliases a JOIN speakers s"
                          " ON s.id = a.speaker_id WHERE a.alias = ? AND a.speaker_id != ?",
                          [new, speaker_id])
        if owner:
            raise LibraryError(f"“{new}” is an alias of “{owner['name']}”; merge the two "
                               "speakers instead.")
        with self._tx():
            old_name = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])["name"]
            self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                            [speaker_id, new])
            self.db["speakers"].update(speaker_id, {"name": new})
            if keep_alias and old_name.lower() != new.lower():
                self._add_alias(speaker_id, old_name)
        self._changed("speakers")
        self._changed("annotations")
        return self.get(new)

    @write
    def set_description(self, name: str, description: str) -> Speaker:
        speaker_id = self.id_of(name)
        with self._tx():
            self.db["speakers"].update(speaker_id, {"description": description.strip()})
        self._changed("speakers")
        return self.get(name)

    @write
    def merge(self, source: str, target: str) -> Speaker:
        """Move ``source``'s quotes to ``target``; its name and aliases become aliases of target."""
        self.merge_undoable(source, target)
        return self.get(target)

    @write
    def merge_undoable(self, source: str, target: str) -> dict:
        """Merge as ``merge``; returns what ``unmerge`` needs to undo it."""
        with self._tx():
            src = self.id_of(source)
            try:
                dst, target_created = self.id_of(target), False
            except NotFound:
                dst, target_created = self.id_of(target, create=True), True
            if src == dst:
                return {}
            snapshot = {
                "target_created": target_created,
                "speaker": self._one("SELECT * FROM speakers WHERE id = ?", [src]),
                "target_id": dst,
                "annotations": [r["id"] for r in self._all(
                    "SELECT id FROM annotations WHERE speaker_id = ?", [src])],
                "aliases": [r["id"] for r in self._all(
                    "SELECT id FROM speaker_aliases WHERE speaker_id = ?", [src])],
            }
            self.db.execute("UPDATE annotations SET speaker_id = ? WHERE speaker_id = ?",
                            [dst, src])
            self.db.execute("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?",
                            [dst, src])
            self.db.execute("DELETE FROM speakers WHERE id = ?", [src])
            self._session.note_name("speakers_removed", snapshot["speaker"]["name"])
            self._add_alias(dst, snapshot["speaker"]["name"])
        self._changed("speakers")
        self._changed("annotations")
        return snapshot

    @write
    def unmerge(self, snapshot: dict) -> None:
        """Undo ``merge_undoable``: the speaker, its aliases and quotes come back."""
        if not snapshot:
            return
        speaker = snapshot["speaker"]
        with self._tx():
            self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                            [snapshot["target_id"], speaker["name"]])
            # a speaker of that name made meanwhile takes the quotes back instead of the
            # undo failing on it (and losing them)
            speaker_id = self._put_back("speakers", speaker)
            for column, ids in (("annotations", snapshot["annotations"]),
                                ("speaker_aliases", snapshot["aliases"])):
                for row_id in ids:
                    self.db.execute(f"UPDATE {column} SET speaker_id = ? WHERE id = ?"
                                    " AND speaker_id = ?",
                                    [speaker_id, row_id, snapshot["target_id"]])
            if snapshot.get("target_created"):  # the merge made it; delete it unless quoted
                self.db.execute("DELETE FROM speakers WHERE id = ? AND NOT EXISTS (SELECT 1"
                                " FROM annotations WHERE speaker_id = ?)",
                                [snapshot["target_id"], snapshot["target_id"]])
        self._changed("speakers")
        self._changed("annotations")

    @write
    def add_alias(self, name: str, alias: str) -> Speaker:
        speaker_id = self.id_of(name)
        with self._tx():
            self._add_alias(speaker_id, alias)
        self._changed("speakers")
        return self.get(name)

    @write
    def remove_alias(self, name: str, alias: str) -> Speaker:
        speaker_id = self.id_of(name)
        with self._tx():
            self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                            [speaker_id, alias.strip()])
        self._changed("speakers")
        return self.get(name)

    def restore_by_name(self, name: str, old_id: int | None) -> int | None:
        """The speaker to give a restored annotation: by name, else re-made under its old id
        (inside the caller's transaction)."""
        if not name:
            return None
        try:
            return self.id_of(name)
        except NotFound:
            pass
        if old_id is not None and not self._one("SELECT 1 FROM speakers WHERE id = ?", [old_id]):
            self._note_created("speakers", name)
            self.db["speakers"].insert({"id": old_id, "name": name})
            return old_id
        return self.id_of(name, create=True)

    def _add_alias(self, speaker_id: int, alias: str) -> None:
        alias = clean_name(alias)
        if not alias:
            return
        owner = self._one("SELECT id FROM speakers WHERE name = ? UNION ALL SELECT speaker_id"
                          " FROM speaker_aliases WHERE alias = ?", [alias, alias])
        if owner and owner["id"] != speaker_id:
            raise LibraryError(f"“{alias}” already names another speaker.")
        if owner:
            return
        self.db["speaker_aliases"].insert({"speaker_id": speaker_id, "alias": alias})
