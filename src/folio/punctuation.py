"""Typographic punctuation for the text folio writes: curly quotes and apostrophes, dashes, ellipses.

Used on our own words only (the book's metadata in ``book.toml``, the
sidecars' titles and standfirsts, the glossary's definitions), never on an
article's text or a licence notice, which are printed exactly as licensed.
docutils' SmartyPants port does the work (docutils comes with Sphinx); it is
imported only when there is text to change.
"""

from __future__ import annotations

_PLAIN = ("'", '"', "--", "...", "`")
"""What SmartyPants would change; text without any of these is returned as it is."""


def curly(text: str, language: str = "en") -> str:
    """``text`` with straight quotes and apostrophes curled, ``--`` an en dash, ``---`` an em dash, ``...`` an ellipsis.

    Text already typographic is unchanged.
    """
    if not any(mark in text for mark in _PLAIN):
        return text
    from docutils.utils.smartquotes import smartyPants

    return str(smartyPants(text, "qDe", language.split("-")[0].lower()))
