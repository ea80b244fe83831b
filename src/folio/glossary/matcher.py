"""Find mentions of register entries in text: leftmost, then longest form.

A form matches whole words only: never inside a longer word or a hyphenated
name, with any white space between its words, any apostrophe for another
("Students' Union" finds "Students’ Union"), and its first letter in either
case ("The state-controlled broadcaster" at a sentence's start). Several
entries may share a form (two people who are both "Mr. Kim"): a mention then
names every entry that carries it, and :mod:`folio.glossary.resolve` decides
which one the text means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Mention(NamedTuple):
    """A mention in a piece of text: where it is, and the entries whose form it is."""

    start: int
    end: int
    entries: tuple[str, ...]

    @property
    def entry(self) -> str:
        """The entry of a form only one entry carries (the first carrier otherwise)."""
        return self.entries[0]


class Matcher:
    """Find mentions of register entries in text: leftmost, then longest form."""

    def __init__(self, forms: Iterable[tuple[str, str]]) -> None:
        """``forms`` are (form, entry id) pairs; a form may belong to several entries."""
        carriers: dict[str, list[str]] = {}
        spelled: dict[str, str] = {}
        for form, entry in forms:
            key = fold(form)
            spelled.setdefault(key, form)
            if entry not in carriers.setdefault(key, []):
                carriers[key].append(entry)
        keys = sorted(carriers, key=lambda k: (-len(k), k))
        self._entries = [tuple(carriers[key]) for key in keys]
        groups = "|".join(f"(?P<f{i}>{_pattern(spelled[key])})" for i, key in enumerate(keys))
        self._regex = re.compile(rf"(?<![\w-])(?<!\w-)(?:{groups})(?!\w|-\w)") if keys else None

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order, never overlapping."""
        if self._regex is None:
            return []
        found = self._regex.finditer(text)
        return [Mention(m.start(), m.end(), self._entries[int(str(m.lastgroup)[1:])]) for m in found]


def _pattern(form: str) -> str:
    """A form as a regex: any white space between words; the first letter in either case."""
    words = [_APOSTROPHES.sub("['’‘ʼ]", re.escape(word)) for word in form.split()]
    first = form.strip()[:1]
    if first.isalpha() and first.lower() != first.upper():
        words[0] = f"[{first.upper()}{first.lower()}]" + words[0][1:]
    return r"\s+".join(words)


def fold(form: str) -> str:
    """A form folded for comparison: white space collapsed, case ignored, apostrophes straight."""
    return " ".join(_APOSTROPHES.sub("'", form).split()).casefold()


_APOSTROPHES = re.compile(r"['’‘ʼ]")
"""The apostrophes an article or an editor may type: "Students’ Union" in the text is "Students' Union" in the
register."""
