"""The glossary page, drawn from the register by the ``{folio-glossary}`` directive.

Two sections, People and Institutions, each alphabetical by sort key. Every
entry is a Sphinx glossary term (so hand-written ``{term}`` roles resolve to
it, and it is in the index under its sort key), followed by its definition and
back-references to each page and paragraph that mentions it. The
back-references are filled in at resolve time, once every page has been read.
"""

from __future__ import annotations

from collections import defaultdict

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains.std import make_glossary_term
from sphinx.environment import BuildEnvironment
from sphinx.errors import NoUri
from sphinx.util.docutils import SphinxDirective

from folio.glossary.register import KINDS, Entry
from folio.ingest.chapter import STANDFIRST
from folio.sphinxext.domain import MentionRecord, domain, register
from folio.sphinxext.nodes import glossary_backref, glossary_backrefs, glossary_definition, glossary_term


class GlossaryDirective(SphinxDirective):
    """The register as a glossary: one section per kind, entries by sort key."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        found = register(self.env)
        if found is None:
            return []  # a book without a register has an empty glossary
        domain(self.env).note_glossary_page(self.env.docname)
        self.env.note_dependency(str(found.path))
        return [
            self.kind_section(kind, title, entries) for kind, title in KINDS.items() if (entries := found.of_kind(kind))
        ]

    def kind_section(self, kind: str, title: str, entries: list[Entry]) -> nodes.section:
        section = nodes.section(
            "",
            nodes.title(title, title),
            ids=[nodes.make_id(title)],
            names=[nodes.fully_normalize_name(title)],
            classes=[f"folio-glossary-{kind}"],
        )
        items = [self.item(entry) for entry in entries]
        section += nodes.definition_list("", *items, classes=["folio-glossary", "glossary"])
        return section

    def item(self, entry: Entry) -> nodes.definition_list_item:
        source, line = self.get_source_info()
        made = make_glossary_term(
            self.env, [nodes.Text(entry.name)], None, source, line or 0, entry.anchor, self.state.document
        )
        # The index entry goes in the definition: inside the term it would sit in a
        # LaTeX macro argument and be written differently from the mentions' entries.
        indexes = [node for node in made.children if isinstance(node, addnodes.index)]
        for index in indexes:
            made.remove(index)
            index["entries"] = [("single", entry.sort, entry.anchor, "main", None)]
        term = glossary_term("", "", *made.children, ids=made["ids"])
        text = nodes.paragraph(
            entry.definition, "", *indexes, nodes.Text(entry.definition), classes=["folio-definition"]
        )
        definition = glossary_definition("", text, glossary_backrefs(entry=entry.id))
        return nodes.definition_list_item("", term, definition, classes=[f"folio-{entry.kind}"])


def fill_backrefs(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace each entry's placeholder with links to its mentions, page by page."""
    placeholders = list(doctree.findall(glossary_backrefs))
    if not placeholders:
        return
    by_entry = mentions_by_entry(app.env)
    for placeholder in placeholders:
        records = by_entry.get(placeholder["entry"], [])
        if records:
            placeholder.replace_self(backrefs_paragraph(app, docname, records))
        else:
            placeholder.parent.remove(placeholder)


def mentions_by_entry(env: BuildEnvironment) -> dict[str, list[MentionRecord]]:
    """Every entry's mentions, pages in reading order, paragraphs in page order."""
    by_entry: dict[str, list[MentionRecord]] = defaultdict(list)
    for docname in reading_order(env):
        for record in domain(env).mentions.get(docname, ()):
            by_entry[record.entry].append(record)
    return by_entry


def reading_order(env: BuildEnvironment) -> list[str]:
    """Pages in the order of the book's tables of contents, then any others by name."""
    order: list[str] = []
    pending = [env.config.root_doc]
    while pending:
        docname = pending.pop()
        if docname not in order:
            order.append(docname)
            pending += reversed(env.toctree_includes.get(docname, []))
    return order + sorted(set(domain(env).mentions) - set(order))


def backrefs_paragraph(app: Sphinx, docname: str, records: list[MentionRecord]) -> nodes.paragraph:
    """ "Mentioned in <title>: ¶ 1, ¶ 3; <title>: ¶ 2." """
    paragraph = nodes.paragraph("", "Mentioned in ", classes=["folio-mentions"])
    pages: dict[str, list[MentionRecord]] = defaultdict(list)
    for record in records:
        if all(r.paragraph != record.paragraph for r in pages[record.docname]):
            pages[record.docname].append(record)
    for number, (page, page_records) in enumerate(pages.items()):
        title = _title(app.env, page)
        paragraph += nodes.Text("; " if number else "")
        paragraph += nodes.emphasis(title, title, classes=["folio-mentions-page"])
        paragraph += nodes.Text(": ")
        for index, record in enumerate(page_records):
            paragraph += nodes.Text(", " if index else "")
            paragraph += backref(app, docname, record, title)
    paragraph += nodes.Text(".")
    return paragraph


def backref(app: Sphinx, docname: str, record: MentionRecord, title: str) -> glossary_backref:
    label = "standfirst" if record.paragraph == STANDFIRST else f"¶\u00a0{record.paragraph}"
    try:
        refuri = f"{app.builder.get_relative_uri(docname, record.docname)}#{record.node_id}"
    except NoUri:
        refuri = ""
    return glossary_backref(
        "",
        label,
        refdoc=record.docname,
        refid=record.node_id,
        refuri=refuri,
        paragraph=record.paragraph,
        doctitle=title,
    )


def _title(env: BuildEnvironment, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname
