"""What the extractor finds: a :class:`Mention` of a span in a paragraph, and a :class:`Found` person or
institution with all its mentions; :func:`name_key` groups mentions of one name, :func:`merge_alias` gives a
name another form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from folio.glossary.drafting import lexicon, names
from folio.glossary.drafting.context import Clue
from folio.glossary.drafting.spans import Span


@dataclass
class Mention:
    """One span in one paragraph, with the clues it carries."""

    span: Span
    line: int
    paragraph: str
    clues: list[Clue] = field(default_factory=list)

    @property
    def before(self) -> str:
        return self.paragraph[: self.span.start]

    @property
    def after(self) -> str:
        return self.paragraph[self.span.end :]


@dataclass
class Found:
    """A person or institution the article names."""

    name: str
    kind: str
    line: int
    """The line of its first mention in the article."""
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    family_first: bool | None = None
    """Whether the family name comes first; None: as :func:`names.is_family_first` guesses from the name."""
    sort_key: str = ""
    """The sort key, when the name itself cannot give it ("Mr Justice Pemberton")."""
    titled: list[Mention] = field(default_factory=list)
    """The mentions by a titled form ("Dr. Okafor, a Nigerian epidemiologist"), read for the definition."""
    portuguese: bool = False
    """Named in a Portuguese or Brazilian article, whose names sort on the last family name."""
    unnamed: bool = False
    """Named only by a courtesy title and a surname ("Mr. Kim, a dock worker"): a person, but not named
    enough for an entry (no given name to sort or define by), so it is reported and never drafted."""

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def sort(self) -> str:
        return self.sort_key or names.sort_key(self.name, self.kind, self.family_first, portuguese=self.portuguese)


def name_key(text: str) -> str:
    """The form a name is grouped by: folded, without a leading "the"."""
    return lexicon.fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))


def merge_alias(found: dict[str, Found], entry: Found, alias: str, reason: str) -> None:
    """Make ``alias`` a form of ``entry``, with the mentions of whatever was found under it."""
    other = found.pop(name_key(alias), None)
    if other is not None and other is not entry:
        entry.mentions += other.mentions
    if alias not in entry.aliases and alias != entry.name:
        entry.aliases.append(alias)
        entry.reasons.append(f"{reason} {alias!r}")
