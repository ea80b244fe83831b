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
        definition = glossary_definition("", text, glossary_backrefs(entry=entry.id), entry=entry.id)
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


MAX_RUNS = 8
"""Back-references listed per chapter before the rest are summed up as "and N more"."""


def backrefs_paragraph(app: Sphinx, docname: str, records: list[MentionRecord]) -> nodes.paragraph:
    """ "Mentioned in <title>: standfirst, ¶ 1, ¶¶ 3–5; <title>: ¶ 2." """
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
        found = runs(page_records)
        for index, (first, last) in enumerate(found[:MAX_RUNS]):
            paragraph += nodes.Text(", " if index else "")
            paragraph += backref(app, docname, first, last, title)
        if len(found) > MAX_RUNS:
            rest = sum(_span(first, last) for first, last in found[MAX_RUNS:])
            paragraph += nodes.Text(f" and {rest} more paragraph{'s' if rest > 1 else ''}")
    paragraph += nodes.Text(".")
    return paragraph


def runs(records: list[MentionRecord]) -> list[tuple[MentionRecord, MentionRecord]]:
    """Consecutive paragraphs collapsed into (first, last) runs; the standfirst stands alone."""
    found: list[tuple[MentionRecord, MentionRecord]] = []
    for record in records:
        if found and _follows(found[-1][1], record):
            found[-1] = (found[-1][0], record)
        else:
            found.append((record, record))
    return found


def _follows(previous: MentionRecord, record: MentionRecord) -> bool:
    numbers = (previous.paragraph, record.paragraph)
    return all(n.isdigit() for n in numbers) and int(numbers[1]) == int(numbers[0]) + 1


def _span(first: MentionRecord, last: MentionRecord) -> int:
    return int(last.paragraph) - int(first.paragraph) + 1 if first is not last else 1


def backref(app: Sphinx, docname: str, first: MentionRecord, last: MentionRecord, title: str) -> glossary_backref:
    """A link to the first mention of a run of paragraphs: "¶ 3", "¶¶ 3–5" or "standfirst"."""
    if first.paragraph == STANDFIRST:
        label = "standfirst"
    elif first is last:
        label = f"¶\u00a0{first.paragraph}"
    else:
        label = f"¶¶\u00a0{first.paragraph}–{last.paragraph}"
    try:
        refuri = f"{app.builder.get_relative_uri(docname, first.docname)}#{first.node_id}"
    except NoUri:
        refuri = ""
    return glossary_backref(
        "",
        label,
        refdoc=first.docname,
        refid=first.node_id,
        lastid=last.node_id,
        refuri=refuri,
        paragraph=first.paragraph,
        lastparagraph=last.paragraph,
        doctitle=title,
    )


def _title(env: BuildEnvironment, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname
