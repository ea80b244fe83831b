"""Which entry a mention means, chapter by chapter, the way news prose refers to people.

A **titled form** is a title and a surname ("Mr. Kim", "Dr. Nowak",
"President Putin"). It refers to a person already named in full earlier in
the same chapter, so several entries may carry the same titled form. For
each titled mention, the candidates are the entries that carry the form and
whose name (or another form that only they carry) appears earlier in the
chapter; the nearest such mention wins. With no candidate the mention is not
linked; with several it links to the nearest, and ``folio check`` reports
the choice. A **pin** in the register (``pins:``) fixes the entry of a titled
form in one chapter, or in one paragraph of it, whatever the text says.

Every other form (a name, an acronym, a spelling variant) belongs to one
entry and links wherever it appears.

The Sphinx linker (:mod:`folio.sphinxext.linking`) and ``folio check``
(:mod:`folio.checks.glossary`) both resolve through :class:`Resolver`, so
what the editions link and what the check expects cannot drift apart.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from folio.glossary.matcher import Mention, fold

TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "President", "Vice-President", "Prime Minister", "Premier", "Chancellor", "Minister", "Secretary",
    "Senator", "Sen", "Representative", "Rep", "Governor", "Gov", "Mayor", "Judge", "Justice", "Sheriff",
    "Superintendent", "Coroner", "Magistrate", "Provost",
    "Ambassador", "Commissioner", "Chairman", "Chairwoman", "Director", "Inspector", "Detective",
    "General", "Gen", "Admiral", "Adm", "Colonel", "Col", "Major", "Captain", "Capt", "Lieutenant",
    "Lt", "Sergeant", "Sgt", "Commander", "Marshal", "Brigadier", "Councillor", "Cllr", "Cr", "Alderman",
    "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Sheikh",
    "Pope", "Cardinal", "Archbishop", "Bishop", "Father", "Sister", "Rabbi", "Imam", "Ayatollah",
)  # fmt: skip
"""The titles that, before a surname, make a titled form."""

_TITLED = re.compile(rf"^(?:{'|'.join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))})\.? (?P<name>.+)$")


def titled_name(form: str, name: str) -> str | None:
    """The title of ``form`` before the whole of ``name``, when the form names the person by the name's start.

    "Sir Keir" for Keir Starmer gives "Sir Keir Starmer"; "Mr. Kim" for Kim
    Jong Un gives "Mr. Kim Jong Un". Written out, that is the full name with
    a title before it: a mention of the person (never a titled form that
    needs an antecedent), which the titled form must not cut short.
    """
    match = _TITLED.match(" ".join(form.split()))
    if not (match and match["name"][:1].isupper()):
        return None
    words, rest = name.split(), match["name"].split()
    if len(words) <= len(rest) or words[: len(rest)] != rest:
        return None
    return f"{form[: len(form) - len(match['name'])]}{name}"


def is_titled(form: str) -> bool:
    """Whether ``form`` is a capitalised title and a capitalised name ("Mr. Kim", "President Putin").

    "minister of unification" is not: a titled form names a person.
    """
    match = _TITLED.match(" ".join(form.split()))
    return bool(match and match["name"][:1].isupper())


class Pin(NamedTuple):
    """The register's fixed resolution of a titled form in one chapter (or one paragraph of it)."""

    chapter: str
    """The chapter's seed, as :func:`folio.ingest.naming.seed_key` names it (a new title changes no pin)."""
    form: str
    entry: str
    paragraph: str | None
    line: int


class Resolved(NamedTuple):
    """A mention and what it means."""

    mention: Mention
    text: str
    """The words of the mention, as the text has them."""
    paragraph: str
    entry: str | None
    """The entry it links to; None when a titled form has no antecedent."""
    candidates: tuple[str, ...]
    """For a titled form: the carriers named before it, nearest first."""
    titled: bool
    pinned: bool


class Resolver:
    """Resolves the mentions of one chapter, in reading order."""

    def __init__(self, titled_forms: frozenset[str], pins: dict[tuple[str, str], list[Pin]], chapter: str) -> None:
        self.titled_forms = titled_forms
        self.pins = pins
        self.chapter = chapter
        self._last: dict[str, int] = {}
        self._clock = 0

    def resolve(self, text: str, mentions: list[Mention], paragraph: str) -> list[Resolved]:
        """What each of ``mentions`` (found in ``text``, in order) means; later text may use these."""
        resolved = []
        for mention in mentions:
            words = text[mention.start : mention.end]
            key = fold(words)
            if key not in self.titled_forms:
                self._note(mention.entries)
                resolved.append(Resolved(mention, words, paragraph, mention.entry, (), False, False))
                continue
            pin = self._pin(key, paragraph)
            candidates = tuple(sorted((e for e in mention.entries if e in self._last), key=lambda e: -self._last[e]))
            entry = pin.entry if pin else (candidates[0] if candidates else None)
            resolved.append(Resolved(mention, words, paragraph, entry, candidates, True, pin is not None))
        return resolved

    def _note(self, entries: tuple[str, ...]) -> None:
        """An unambiguous mention: it is now the nearest antecedent of its entry."""
        if len(entries) == 1:
            self._clock += 1
            self._last[entries[0]] = self._clock

    def _pin(self, key: str, paragraph: str) -> Pin | None:
        found = self.pins.get((self.chapter, key), [])
        return next((p for p in found if p.paragraph == paragraph), None) or next(
            (p for p in found if p.paragraph is None), None
        )
