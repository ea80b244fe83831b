"""The docutils nodes of the glossary: mentions, the glossary page's parts, and its notes.

Each is rendered for every builder by :mod:`folio.sphinxext.render`; other
builders see the base class (plain text).
"""

from __future__ import annotations

from docutils import nodes


class glossary_mention(nodes.inline):
    """A linked mention of a register entry: ``entry`` is its id.

    At resolve time it gains ``refdoc``, ``refid`` and ``refuri`` (the glossary
    entry it links to) for the builder at hand.
    """


class glossary_term(nodes.term):
    """An entry's term: ``<dt><dfn>`` in HTML, with ``epub:type="glossterm"`` in EPUB."""


class glossary_definition(nodes.definition):
    """An entry's definition: ``<dd>``, with ``epub:type="glossdef"`` in EPUB."""


class glossary_backrefs(nodes.General, nodes.Element):
    """Where the back-references of entry ``entry`` go; replaced at resolve time."""


class glossary_backref(nodes.inline):
    """A link back to one mention: ``refdoc``, ``refid``, ``refuri``, ``paragraph``, ``doctitle``."""


class glossary_notes(nodes.General, nodes.Element):
    """The definitions of the entries a page mentions: ``items`` of (id, name, definition, uri)."""


class glossary_section(nodes.section):
    """The glossary page's section, in EPUB: ``<section epub:type="glossary">``."""
