"""Escape article text so that MyST reads it as literal text and nothing else.

CommonMark lets a backslash escape any ASCII punctuation character, and MyST
keeps that rule for its own syntax (roles, substitutions, targets, fences,
dollar math). We escape every character that can open inline markup anywhere
in a line, and any ASCII punctuation that starts a line (where block syntax
lives), so the source stays readable: full stops and commas are left alone.
"""

from __future__ import annotations

import re

_ALWAYS = frozenset("\\`*_[]<>&{}$~|")
"""The characters that open inline markup anywhere in a line."""

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_LIST_NUMBER = re.compile(r"^(\d{1,9})([.)])")


def escape_inline(text: str) -> str:
    """Return MyST source whose rendered text is exactly ``text``.

    ``text`` is one paragraph: no line breaks. White space at either end is
    dropped (Markdown would drop it too), and runs of inner white space are
    kept as they are.
    """
    text = text.strip()
    out = [f"\\{char}" if char in _ALWAYS else char for char in text]
    if out and text[0] in _ASCII_PUNCTUATION and not out[0].startswith("\\"):
        out[0] = f"\\{text[0]}"
    line = "".join(out)
    return _LIST_NUMBER.sub(r"\1\\\2", line)
