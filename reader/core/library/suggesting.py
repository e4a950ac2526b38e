"""Suggestions: the quote / claim engine's proposals for an article, minus what is decided.

A suggestion is *decided* when it was dismissed (remembered by kind and exact text, so
it stays dismissed after a restart or a re-import) or accepted (it became an annotation
of the same kind overlapping its span). Accepting stores a normal annotation.

The engine (``reader.core.quotes.suggest``) is pure and may run in another thread:
``input`` gives what it needs and ``for_article(..., computed=...)`` filters
its output with the library's state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..messages import Message, listed
from ..models import SUGGESTION_KINDS, Annotation, Suggestion
from ..quotes import suggest
from .annotations import UNSURE_SPEAKER_TAG as UNSURE_SPEAKER_TAG  # (its home before)
from .annotations import Annotations
from .base import LibraryError, NotFound, Service, Session, now, write
from .coders import Coders
from .speakers import Speakers

_ACCEPT_FIELDS = ("kind", "speaker", "tags", "note", "verdict")
#: suggestions accepted in one transaction when ``accept_many`` reports its progress
ACCEPT_BATCH = 100
#: ``progress(accepted so far, total)`` of ``accept_many``: False stops it
AcceptProgress = Callable[[list[Annotation], int], bool]


def _kinds(kinds: Iterable[str] | str) -> tuple[str, ...]:
    kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    if "all" in kinds:
        return SUGGESTION_KINDS
    unknown = [k for k in kinds if k not in SUGGESTION_KINDS]
    if unknown:
        raise LibraryError(Message("lib.unknown-suggestion-kind", "Unknown suggestion kind "
                                   "{kind!r}: use quote, claim or all.", kind=unknown[0]))
    return kinds


class Suggestions(Service):
    """``library.suggestions``: the engine's proposals for an article, minus what is decided."""

    def __init__(self, session: Session, annotations: Annotations, speakers: Speakers,
                 coders: Coders):
        super().__init__(session)
        self._annotations = annotations
        self._speakers = speakers
        self._coders = coders

    # ----------------------------------------------------------------- reading
    @staticmethod
    def prefill(text: str, start: int, end: int, aliases: dict[str, str],
                computed: Sequence[Suggestion] | None = None,
                around: int | None = None) -> dict[str, Any]:
        """The fields a quote tagged on text[start:end] starts with: the speaker the engine
        gives it (the Suggestions tab's for a quotation it suggests), and the check-speaker
        tag when the engine is unsure of that speaker: a guess is never stored unmarked,
        whether by accept-all or by tagging with Q.

        ``computed``: the article's suggestions when already worked out (the Suggestions
        tab's): a quotation among them that the selection covers gives its speaker with no
        analysis. ``around``: otherwise analyse only the lines within that many characters
        of the span, not the whole text (R13-2: pressing Q on a 99,000-word article took
        ~1 s of the window's thread, on a 5.6 MB one 72 s); the speaker may then differ
        from the one the whole article gives (a person named only far away)."""
        from ..quotes import SpeakerGuess, covering, guess_speaker

        found: SpeakerGuess | None
        covered = None if computed is None else covering(
            (s for s in computed if s.kind == "quote"), start, end, lambda s: s)
        if covered is not None:
            found = (SpeakerGuess(covered.speaker, covered.speaker_role,
                                  covered.speaker_confidence) if covered.speaker else None)
        elif around is not None and len(text) > 2 * around + (end - start):
            lo = text.rfind("\n", 0, max(0, start - around)) + 1
            hi = text.find("\n", min(len(text), end + around))
            hi = len(text) if hi < 0 else hi
            found = guess_speaker(text[lo:hi], start - lo, end - lo, aliases)
        else:
            found = guess_speaker(text, start, end, aliases)
        if found is None:
            return {}
        return {"speaker": found.speaker, **({"tags": [UNSURE_SPEAKER_TAG]} if found.unsure
                                             else {})}

    def input(self, article_id: int) -> tuple[str, dict[str, str], str]:
        """(text, aliases, language): everything ``quotes.suggest`` needs, read now."""
        text, language = self._text(article_id)
        return text, self._speakers.aliases(), language

    def _text(self, article_id: int) -> tuple[str, str]:
        found = self._session.stores.suggestions.engine_input(article_id)
        if found is None:
            raise NotFound(Message(
                "lib.no-article", "There is no article {article_id}.",
                article_id=article_id))
        return found

    def for_article(
        self,
        article_id: int,
        kinds: Iterable[str] | str = SUGGESTION_KINDS,
        computed: list[Suggestion] | None = None,
        aliases: dict[str, str] | None = None,
    ) -> list[Suggestion]:
        """The open suggestions for an article, in reading order.

        ``computed`` is the engine's output for the article (e.g. worked out in a
        thread); without it the engine runs now. ``aliases``: the speakers' names and
        aliases (``speakers.aliases()``) when the caller keeps them up to date (the app,
        which refreshes after every tag); read now otherwise.
        """
        wanted = _kinds(kinds)
        text, language = self._text(article_id)
        if aliases is None:
            aliases = self._speakers.aliases()
        if computed is None:
            computed = suggest(text, aliases, language or None)
        store = self._session.stores.suggestions
        blind = self._coders.blind_id(article_id)  # coding blind: only one's own decisions
        dismissed = set(store.dismissed(article_id, blind))
        taken: dict[str, list[tuple[int, int]]] = {}
        for kind, start, end in store.taken_spans(article_id, blind):
            taken.setdefault(kind, []).append((start, end))
        out = []
        for s in computed:
            if s.kind not in wanted or (s.kind, s.exact) in dismissed:
                continue
            if any(a < s.end and s.start < b for a, b in taken.get(s.kind, ())):
                continue
            speaker = aliases.get(s.speaker.lower(), s.speaker) if s.speaker else ""
            out.append(replace(s, speaker=speaker) if speaker != s.speaker else s)
        return out

    def dismissed(self, article_id: int) -> list[tuple[str, str]]:
        """(kind, exact) of the article's dismissed suggestions, oldest first (coding
        blind: the current coder's)."""
        return self._session.stores.suggestions.dismissed(article_id,
                                                          self._coders.blind_id(article_id))

    # ----------------------------------------------------------------- deciding
    @write
    def dismiss(self, article_id: int, suggestion: Suggestion) -> None:
        """Hide the suggestion for good (until ``undismiss``)."""
        self.input(article_id)  # raises NotFound
        with self._tx():
            self._session.stores.suggestions.dismiss(article_id, suggestion.kind,
                                                     suggestion.exact, now(),
                                                     self._coders.id_for_writing())
        self._changed("annotations", article_id)

    @write
    def undismiss(self, article_id: int, suggestion: Suggestion) -> None:
        with self._tx():
            self._session.stores.suggestions.undismiss(article_id, suggestion.kind,
                                                       suggestion.exact,
                                                       self._coders.current_id())
        self._changed("annotations", article_id)

    @write
    def accept(self, article_id: int, suggestion: Suggestion, **overrides: Any
                          ) -> Annotation:
        """Store the suggestion as an annotation; ``overrides`` may set kind, speaker, tags,
        note, verdict. A quote's new speaker is created with the role as description.
        Refused when another window or process accepted it meanwhile (R22-2: stored twice)."""
        with self._tx():
            text, open_ = self._still_open(article_id)
            if not open_(text, suggestion):
                raise LibraryError(_taken_meanwhile(suggestion.exact))
            annotation, new_speaker = self._accept(article_id, suggestion, overrides, text)
        self._changed("annotations", article_id)
        return annotation

    @write
    def accept_many(self, article_id: int, suggestions: Iterable[Suggestion],
                    progress: AcceptProgress | None = None) -> list[Annotation]:
        """Accept several at once, with one change notice.

        Without ``progress``: one transaction (all or nothing). With it, in batches of
        ``ACCEPT_BATCH``, each its own transaction (a long list: the app's window shows
        how far it got between two): ``progress(accepted, total)`` is told after each
        batch what is stored so far (the same list, growing) and may answer False to
        stop there; what was stored is returned. A refusal in a batch undoes that batch
        only: the earlier ones stay (the caller knows them from ``progress``)."""
        suggestions = list(suggestions)
        accepted: list[Annotation] = []
        try:
            # the text is read once per transaction (a transcript's 3,000 read it 3,000
            # times), inside it: between two batches the article may be re-imported, and
            # a batch must place its quotes on the words of the text it writes into
            if progress is None:
                with self._tx(), self._counts_at_end():
                    text, open_ = self._still_open(article_id)
                    accepted = [self._accept(article_id, s, {}, text)[0] for s in suggestions
                                if open_(text, s)]
                return accepted
            for at in range(0, len(suggestions), ACCEPT_BATCH):
                with self._tx(), self._counts_at_end():
                    text, open_ = self._still_open(article_id)
                    batch = [self._accept(article_id, s, {}, text)[0]
                             for s in suggestions[at:at + ACCEPT_BATCH] if open_(text, s)]
                accepted.extend(batch)
                if not progress(accepted, len(suggestions)):
                    break
            return accepted
        finally:
            if accepted:
                self._changed("annotations", article_id)


    @write
    def accept_again(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """Redo of an accept: the annotations it made put back (a change of their own, later
        than the undo's deletion), refused in one line when another window or process
        accepted the same words with the same kind while the step was undone (review RR22-1:
        stored twice), as the first accept is."""
        annotations = list(annotations)
        with self._tx():
            for article_id in dict.fromkeys(a.article_id for a in annotations):
                taken = self._taken(article_id)
                for annotation in annotations:
                    if (annotation.article_id == article_id
                            and (annotation.kind, annotation.start, annotation.end) in taken):
                        raise LibraryError(_taken_meanwhile(annotation.exact))
            return self._annotations.restore_many(annotations, undeleting=True)

    # ----------------------------------------------------------------- internals
    def _taken(self, article_id: int) -> set[tuple[str, int, int]]:
        """Inside an accepting transaction, holding the article's accepting lock: (kind,
        start, end) of the annotations on it, for whom the suggestions are (everyone's, or
        the blind coder's own)."""
        store = self._session.stores.suggestions
        store.hold_accepting(article_id)
        return set(store.taken_spans(article_id, self._coders.blind_id(article_id)))

    def _still_open(self, article_id: int
                    ) -> tuple[str, Callable[[str, Suggestion], bool]]:
        """Inside an accepting transaction: the article's text, and whether a suggestion is
        still open in it, i.e. not already placed with its kind on its very words for whom
        the suggestions are (everyone's, or the blind coder's own). The list being accepted
        was worked out before the transaction; another process (a second window, a script,
        the same login twice in a team) may have accepted it meanwhile (R21-15: every quote
        stored twice). The other accepting transactions wait (``hold_accepting``)."""
        taken = self._taken(article_id)
        text = self._text(article_id)[0]

        def open_(text: str, suggestion: Suggestion) -> bool:
            start, end = self._locate(text, suggestion)
            return (suggestion.kind, start, end) not in taken

        return text, open_

    def _accept(self, article_id: int, suggestion: Suggestion, overrides: dict[str, Any],
                text: str | None = None) -> tuple[Annotation, bool]:
        """(the annotation, whether a speaker was created); call inside a transaction.
        ``text``: the article's, when the caller has just read it."""
        unknown = set(overrides) - set(_ACCEPT_FIELDS)
        if unknown:
            raise LibraryError(Message("lib.accept-fields", "Cannot set {fields} when accepting.",
                                       fields=listed(sorted(unknown))))
        if text is None:
            text = self._text(article_id)[0]
        start, end = self._locate(text, suggestion)
        kind = overrides.get("kind", suggestion.kind)
        fields: dict[str, Any] = {k: overrides[k] for k in ("tags", "note", "verdict")
                                  if k in overrides}
        new_speaker = False
        speaker = overrides.get("speaker", suggestion.speaker if kind == "quote" else "")
        speaker = " ".join((speaker or "").split())
        if speaker:
            try:
                self._speakers.id_of(speaker)
            except NotFound:
                role = suggestion.speaker_role if speaker == suggestion.speaker else ""
                self._speakers.id_of(speaker, create=True, description=role.strip())
                new_speaker = True
            fields["speaker"] = speaker
            if "speaker" not in overrides and suggestion.speaker_unsure:
                fields["tags"] = [*fields.get("tags", ()), UNSURE_SPEAKER_TAG]
        return (self._annotations.add(article_id, start, end, kind=kind, text=text, **fields),
                new_speaker)

    @staticmethod
    def _locate(text: str, suggestion: Suggestion) -> tuple[int, int]:
        """The suggestion's span; the nearest occurrence of its text if the article changed."""
        if text[suggestion.start:suggestion.end] == suggestion.exact:
            return suggestion.start, suggestion.end
        hits, at = [], text.find(suggestion.exact)
        while at >= 0 and suggestion.exact:
            hits.append(at)
            at = text.find(suggestion.exact, at + 1)
        if not hits:
            raise LibraryError(Message("lib.suggestion-gone", "“{text}” is no longer in the "
                                       "article.", text=suggestion.exact[:60]))
        best = min(hits, key=lambda h: abs(h - suggestion.start))
        return best, best + len(suggestion.exact)


def _taken_meanwhile(exact: str) -> Message:
    return Message("lib.suggestion-taken", "“{text}” was accepted meanwhile, in another window"
                   " or by a command: it is stored once.", text=exact[:60])
