"""Word-level text comparison: is every word of the article in an edition, in order?

Words are runs of Unicode word characters, so punctuation, typographic
spacing and line breaks never count. An edition's text may hold more than the
article (titles, running heads, the glossary), so the article's words must
appear as an ordered subsequence. Print hyphenates at line ends: a word may
be found split in consecutive pieces ("ammu-" / "nition"), as may a long
token that print breaks over several lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"\w+")
_SOFT = str.maketrans("", "", "\u00ad\u200b\u2060")


def words(text: str) -> list[str]:
    """The words of ``text``, ignoring soft hyphens and zero-width spaces.

    Text is NFKC-normalised first: a PDF's text gives typographic ligatures
    as one character (U+FB00 for "ff"), which must match the two letters.
    """
    return _WORD.findall(unicodedata.normalize("NFKC", text.translate(_SOFT)))


def missing_word(expected: Sequence[str], found: Sequence[str]) -> int | None:
    """The index of the first word of ``expected`` not found in order in ``found``.

    Returns ``None`` when every word is there. A word may match two
    consecutive found pieces that join to it, as a hyphenated line end does.
    """
    position = 0
    for index, word in enumerate(expected):
        position = _find(word, found, position)
        if position < 0:
            return index
    return None


def _find(word: str, found: Sequence[str], start: int) -> int:
    for position in range(start, len(found)):
        end = _joined(word, found, position)
        if end > 0:
            return end
    return -1


def _joined(word: str, found: Sequence[str], position: int) -> int:
    """The end of ``word`` found from ``position``, whole or in consecutive pieces; -1 if not there.

    More than two pieces come from a long token (a hash, a URL) that print
    breaks over several lines (:func:`folio.sphinxext.latex.allow_breaks`).
    """
    joined = ""
    while position < len(found):
        joined += found[position]
        position += 1
        if joined == word:
            return position
        if not word.startswith(joined):
            return -1
    return -1


def first_difference(expected: Sequence[tuple[int, str]], found: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """Compare two word sequences exactly; return (line in found, detail) at the first difference."""
    for (_, want), (line, got) in zip(expected, found, strict=False):
        if want != got:
            return line, f"expected {want!r}, found {got!r}"
    if len(expected) > len(found):
        line = found[-1][0] if found else 1
        return line, f"the chapter ends before the seed's word {expected[len(found)][1]!r}"
    if len(found) > len(expected):
        line, extra = found[len(expected)]
        return line, f"the chapter has words the seed lacks, from {extra!r}"
    return None
