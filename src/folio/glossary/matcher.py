"""Find mentions of register entries in text: leftmost, then longest form.

A form matches whole words only: never inside a longer word or a hyphenated
name, with any white space between its words and its first letter in either
case ("The state-controlled broadcaster" at a sentence's start).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Mention(NamedTuple):
    """A mention of an entry in a piece of text."""

    start: int
    end: int
    entry: str


class Matcher:
    """Find mentions of register entries in text: leftmost, then longest form."""

    def __init__(self, forms: Iterable[tuple[str, str]]) -> None:
        """``forms`` are (form, entry id) pairs."""
        forms = sorted(forms, key=lambda f: (-len(f[0]), f[0]))
        self._entries = [entry for _, entry in forms]
        groups = "|".join(f"(?P<f{i}>{_pattern(form)})" for i, (form, _) in enumerate(forms))
        self._regex = re.compile(rf"(?<![\w-])(?<!\w-)(?:{groups})(?!\w|-\w)") if forms else None

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order, never overlapping."""
        if self._regex is None:
            return []
        found = self._regex.finditer(text)
        return [Mention(m.start(), m.end(), self._entries[int(str(m.lastgroup)[1:])]) for m in found]


def _pattern(form: str) -> str:
    """A form as a regex: any white space between words; the first letter in either case."""
    words = [re.escape(word) for word in form.split()]
    first = form.strip()[:1]
    if first.isalpha() and first.lower() != first.upper():
        words[0] = f"[{first.upper()}{first.lower()}]" + words[0][1:]
    return r"\s+".join(words)


def fold(form: str) -> str:
    """A form folded for comparison: white space collapsed, case ignored."""
    return " ".join(form.split()).casefold()
