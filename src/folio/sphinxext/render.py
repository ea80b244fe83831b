"""Write the glossary's mentions and page for each builder.

At resolve time, :func:`resolve` points every mention at its entry and, for
the HTML-family builders, adds the page's definitions after its text:

* **HTML**: a mention is a link to its entry, described (``aria-describedby``)
  by a hidden copy of the definition that ``glossary.js`` shows as a popup on
  hover and focus;
* **EPUB**: a mention is an ``epub:type="noteref"`` link to its entry's
  definition in the glossary, which is the note: a ``<div epub:type="footnote"
  role="doc-footnote">`` inside the entry's ``dd``, holding the definition and
  the links back to each mention. Popup-capable reading systems show it in
  place; the others go to the glossary, one tap away, and back. A ``div``, not
  an ``aside``: Apple Books hides an ``aside`` footnote from the reading view,
  and the glossary must stay readable. The glossary page carries
  ``epub:type="glossary"``, ``glossterm`` (one ``dfn`` each) and ``glossdef``;
* **LaTeX**: a mention is a ``\\hyperref`` to its entry with a ``\\label`` of
  its own, so the glossary's back-references print page numbers (``\\pageref``);
  the index entries come from ``folio.sphinxext.linking``.

Other builders render the nodes as their base classes (plain text).
"""

from __future__ import annotations

import html
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import NoUri

from folio.sphinxext.domain import domain, register
from folio.sphinxext.nodes import (
    glossary_backref,
    glossary_definition,
    glossary_mention,
    glossary_notes,
    glossary_section,
    glossary_term,
)

DEFINITION_PREFIX = "folio-def-"
"""HTML: the id of an entry's hidden definition is this plus the entry id."""
NOTE_PREFIX = "note-"
"""EPUB: the id of an entry's note (its definition in the glossary) is this plus the entry id."""


def resolve(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Point mentions at their entries; add the page's definitions; mark up the EPUB glossary."""
    found_register = register(app.env)
    if found_register is None:
        return
    state = domain(app.env)
    page = state.glossary_page
    found = list(doctree.findall(glossary_mention))
    for mention in found:
        mention["refdoc"], mention["refid"] = page or "", found_register[mention["entry"]].anchor
        mention["refuri"] = _uri(app, docname, page, mention["refid"])
    if found and app.builder.format == "html" and app.builder.name != "epub":
        entries = list(dict.fromkeys(mention["entry"] for mention in found))
        items = [
            (e.id, e.name, e.definition, _uri(app, docname, page, e.anchor))
            for e in map(found_register.__getitem__, entries)
        ]
        _page_body(doctree).append(glossary_notes(items=items))
    if app.builder.name == "epub" and docname in state.glossary_pages:
        _mark_glossary_section(doctree)


def _uri(app: Sphinx, docname: str, page: str | None, anchor: str) -> str:
    if page is None:
        return ""
    try:
        return f"{app.builder.get_relative_uri(docname, page)}#{anchor}"
    except NoUri:
        return ""


def _page_body(doctree: nodes.document) -> nodes.Element:
    """The page's top section (where its text is), or the document itself."""
    sections = [child for child in doctree.children if isinstance(child, nodes.section)]
    return sections[-1] if sections else doctree


def _mark_glossary_section(doctree: nodes.document) -> None:
    for section in [child for child in doctree.children if isinstance(child, nodes.section)]:
        if any("folio-glossary" in dl["classes"] for dl in section.findall(nodes.definition_list)):
            section.replace_self(glossary_section(section.rawsource, *section.children, **section.attributes))


def _is_epub(translator: Any) -> bool:
    return bool(translator.builder.name == "epub")


def visit_mention(self: Any, node: glossary_mention) -> None:
    entry = node["entry"]
    if _is_epub(self):
        target = node.get("refuri", "").partition("#")[0]
        attributes = {"href": f"{target}#{NOTE_PREFIX}{entry}", "epub:type": "noteref", "role": "doc-noteref"}
    else:
        attributes = {
            "href": node.get("refuri") or f"#{DEFINITION_PREFIX}{entry}",
            "aria-describedby": f"{DEFINITION_PREFIX}{entry}",
            "data-folio-entry": entry,
        }
    self.body.append(self.starttag(node, "a", "", CLASS="reference internal", **attributes))


def visit_backref(self: Any, node: glossary_backref) -> None:
    if node["paragraph"] == "standfirst":
        paragraph = "the standfirst"
    elif node["paragraph"] == node["lastparagraph"]:
        paragraph = f"paragraph {node['paragraph']}"
    else:
        paragraph = f"paragraphs {node['paragraph']} to {node['lastparagraph']}"
    label = f"{node['doctitle']}, {paragraph}"
    # The EPUB step labels a back-reference with the print pages of its run, from its first and last mention.
    attributes = {"href": node["refuri"], "aria-label": label}
    if _is_epub(self):
        attributes["data-folio-last"] = node["lastid"]
    self.body.append(self.starttag(node, "a", "", CLASS="reference internal folio-backref", **attributes))


def depart_link(self: Any, node: nodes.Element) -> None:
    self.body.append("</a>")


def visit_term(self: Any, node: glossary_term) -> None:
    attributes = {"epub:type": "glossterm"} if _is_epub(self) else {}
    self.body.append(self.starttag(node, "dt", "", **attributes) + "<dfn>")


def depart_term(self: Any, node: glossary_term) -> None:
    self.body.append("</dfn></dt>\n")


def visit_definition(self: Any, node: glossary_definition) -> None:
    if not _is_epub(self):
        self.body.append(self.starttag(node, "dd", ""))
        return
    self.body.append(self.starttag(node, "dd", "", **{"epub:type": "glossdef"}))
    note_id = html.escape(f"{NOTE_PREFIX}{node['entry']}")
    self.body.append(f'<div epub:type="footnote" role="doc-footnote" id="{note_id}" class="folio-note">')


def depart_definition(self: Any, node: glossary_definition) -> None:
    self.body.append("</div></dd>\n" if _is_epub(self) else "</dd>\n")


def visit_section(self: Any, node: glossary_section) -> None:
    self.section_level += 1
    self.body.append(self.starttag(node, "section", **{"epub:type": "glossary", "role": "doc-glossary"}))


def depart_section(self: Any, node: glossary_section) -> None:
    self.section_level -= 1
    self.body.append("</section>\n")


def visit_notes(self: Any, node: glossary_notes) -> None:
    """HTML: the hidden definitions the popups show."""
    spans = "".join(_definition_span(*item) for item in node["items"])
    self.body.append(f'<div class="folio-definitions" hidden="hidden">{spans}</div>\n')
    raise nodes.SkipNode


def _definition_span(entry: str, name: str, definition: str, uri: str) -> str:
    return (
        f'<span id="{DEFINITION_PREFIX}{entry}" data-name="{html.escape(name)}" data-href="{html.escape(uri)}">'
        f"{html.escape(definition)}</span>"
    )


def visit_mention_latex(self: Any, node: glossary_mention) -> None:
    """A ``\\label`` and a page mark (``\\foliomark``, folio.sty) for the back-references, then a hyperlink
    to the entry."""
    for node_id in node["ids"]:
        label = self.idescape(f"{self.curfilestack[-1]}:{node_id}")
        self.body.append(rf"\phantomsection\label{{{label}}}\foliomark{{{label}}}")
    if node.get("refdoc"):
        label = self.idescape(f"{node['refdoc']}:{node['refid']}")
        self.body.append(rf"\hyperref[{label}]{{")
        self.context.append("}")
    else:
        self.context.append("")


def visit_backref_latex(self: Any, node: glossary_backref) -> None:
    """ "¶ 3 (p. 12)" or "¶¶ 3–5 (pp. 12–13)", all one link to the first mention; a line breaks only before "(".

    Each ends its line of the .tex (after a ``%``, so no space is added): a
    name mentioned in hundreds of chapters would otherwise put all of its
    back-references on one line, longer than TeX's input buffer.
    """
    label = self.idescape(f"{node['refdoc']}:{node['refid']}")
    last = self.idescape(f"{node['refdoc']}:{node['lastid']}")
    self.body.append(rf"\hyperref[{label}]{{\mbox{{")
    self.context.append(rf"}} \mbox{{(\foliopages{{{label}}}{{{last}}})}}}}%" + "\n")


def depart_context(self: Any, node: nodes.Element) -> None:
    self.body.append(self.context.pop())
