"""Link mentions of glossary entries while Sphinx reads a page.

The chapters stay prose: nothing in their source marks a name. The
:class:`LinkMentions` transform finds the names and aliases of the register's
entries in each paragraph and turns the first mention of each entry into a
:class:`~folio.sphinxext.nodes.glossary_mention`; later mentions in the same
paragraph stay plain text. The longest form wins ("Kim Il Sung" is never "Kim
Jong Un"), and a titled form ("Mr. Kim") links to the person it means in that
chapter (:mod:`folio.glossary.resolve`). Hand-written ``{term}`` roles that name an entry become mentions
too, in any page, and count as the paragraph's first mention. Every mention
is recorded in the :class:`~folio.sphinxext.domain.FolioDomain`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from folio.glossary.register import Entry, Register
from folio.ingest.chapter import CREDIT_CLASS, STANDFIRST
from folio.ingest.naming import chapter_key
from folio.sphinxext.domain import MentionRecord, domain, register
from folio.sphinxext.inputs import note_register
from folio.sphinxext.nodes import glossary_mention


class LinkMentions(SphinxTransform):
    """Link the first mention of each entry in every paragraph of a chapter."""

    default_priority = 800
    """After parsing, before Sphinx collects index entries and domain objects (850)."""

    def apply(self, **kwargs: Any) -> None:
        found = register(self.env)
        if found is None:
            return
        docname = self.env.docname
        automatic = any(docname.startswith(prefix) for prefix in self.config.folio_glossary_link_docs)
        chapter = chapter_key(Path(docname), _front_matter(self.document, SEED_FIELD))
        linker = _Linker(found, docname, automatic, chapter)
        paragraphs = list(numbered_paragraphs(self.document))
        note_register(self.env, found, chapter, "\n".join(paragraph.astext() for paragraph, _ in paragraphs))
        for paragraph, label in paragraphs:
            linker.link_paragraph(paragraph, label)
        if linker.records:
            domain(self.env).note_mentions(docname, linker.records)


SEED_FIELD = "folio-seed"
"""The chapter's front matter field that names its seed (pins name chapters by seed)."""


def _front_matter(document: nodes.document, name: str) -> str | None:
    """A field of the page's front matter (MyST makes it the document's docinfo)."""
    for info in document.findall(nodes.docinfo):
        for field in info.findall(nodes.field):
            if field[0].astext() == name:
                return field[1].astext().strip().strip('"')
    return None


def numbered_paragraphs(document: nodes.document) -> Iterator[tuple[nodes.paragraph, str]]:
    """Each paragraph with its label: "1", "2", … in reading order, or "standfirst".

    A chapter's credit (its source line and licence notice) is not the
    article: it is neither numbered nor linked.
    """
    number = 0
    for paragraph in list(document.findall(nodes.paragraph)):
        if _inside(paragraph, nodes.docinfo) or _in_class(paragraph, CREDIT_CLASS):
            continue
        if _in_standfirst(paragraph):
            yield paragraph, STANDFIRST
        else:
            number += 1
            yield paragraph, str(number)


def _inside(node: nodes.Node, kind: type[nodes.Element]) -> bool:
    return any(isinstance(parent, kind) for parent in _ancestors(node))


def _ancestors(node: nodes.Node) -> Iterator[nodes.Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _in_standfirst(node: nodes.Node) -> bool:
    return _in_class(node, STANDFIRST)


def _in_class(node: nodes.Node, name: str) -> bool:
    return any(isinstance(p, nodes.Element) and name in p.get("classes", ()) for p in _ancestors(node))


class _Linker:
    """Links mentions paragraph by paragraph and records them."""

    def __init__(self, register: Register, docname: str, automatic: bool, chapter: str) -> None:
        self.register = register
        self.docname = docname
        self.automatic = automatic
        self.resolver = register.resolver(chapter)
        self.counts: Counter[str] = Counter()
        self.records: list[MentionRecord] = []

    def link_paragraph(self, paragraph: nodes.paragraph, label: str) -> None:
        seen: set[str] = set()
        for node in list(paragraph.findall(_candidate)):
            if isinstance(node, addnodes.pending_xref):
                entry = self.register.lookup(node.get("reftarget", ""))
                if entry is not None:
                    words: list[nodes.Node] = [nodes.Text(node.astext())]
                    node.replace_self(self.mention(entry, label, words, written=True))
                    seen.add(entry.id)
            elif self.automatic and isinstance(node, nodes.Text) and node.parent is not None:
                replacement = self.split(node, label, seen)
                if replacement:
                    node.parent.replace(node, replacement)

    def split(self, text: nodes.Text, label: str, seen: set[str]) -> list[nodes.Node]:
        """``text`` cut around the first mentions of entries not yet linked in this paragraph."""
        value, position = str(text), 0
        pieces: list[nodes.Node] = []
        for resolved in self.resolver.resolve(value, self.register.matcher.find(value), label):
            found = resolved.mention
            if resolved.entry is None or resolved.entry in seen:
                continue
            seen.add(resolved.entry)
            if found.start > position:
                pieces.append(nodes.Text(value[position : found.start]))
            words: list[nodes.Node] = [nodes.Text(resolved.text)]
            pieces += self.mention(self.register[resolved.entry], label, words)
            position = found.end
        if not pieces:
            return []
        if position < len(value):
            pieces.append(nodes.Text(value[position:]))
        return pieces

    def mention(
        self, entry: Entry, label: str, children: list[nodes.Node], *, written: bool = False
    ) -> list[nodes.Node]:
        """An index entry and the mention node, recorded for the back-references."""
        self.counts[entry.id] += 1
        node_id = f"mention-{entry.id}-{self.counts[entry.id]}"
        index = addnodes.index(entries=[("single", entry.sort, node_id, "", None)], inline=True)
        mention = glossary_mention(
            "", "", *children, entry=entry.id, ids=[node_id], classes=["folio-term"], written=written
        )
        self.records.append(MentionRecord(entry.id, self.docname, node_id, label))
        return [index, mention]


def _candidate(node: nodes.Node) -> bool:
    """Plain text outside links, code and literal blocks, or a hand-written ``{term}`` role."""
    if isinstance(node, addnodes.pending_xref):
        return node.get("reftype") == "term" and not _inside_skipped(node.parent)
    return isinstance(node, nodes.Text) and not _inside_skipped(node.parent)


def _inside_skipped(node: nodes.Node | None) -> bool:
    while node is not None and not isinstance(node, nodes.paragraph):
        if isinstance(node, _SKIPPED):
            return True
        node = node.parent
    return False


_SKIPPED = (
    nodes.reference,
    addnodes.pending_xref,
    nodes.literal,
    nodes.FixedTextElement,
    nodes.raw,
    nodes.target,
    nodes.math,
    nodes.abbreviation,
    nodes.title,
    glossary_mention,
    addnodes.index,
)
