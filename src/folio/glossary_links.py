"""Step 3b: link mentions of glossary entries at build time (the Sphinx side of the glossary).

The chapters stay prose: nothing in their source marks a name. While Sphinx
reads a chapter, :class:`LinkMentions` finds the names and aliases of the
register's entries in each paragraph and turns the first mention of each
entry into a :class:`glossary_mention` node; later mentions in the same
paragraph stay plain text. The longest form wins ("Kim Il Sung" is never "Kim
Jong Un"), and a bare surname is never a form (the register refuses it, G008).
Hand-written ``{term}`` roles that name an entry become mentions too, in any
page, and count as the paragraph's first mention.

Every mention is recorded in the environment (:class:`MentionRecord`) so the
glossary page can link back to it; ``folio.glossary_page`` draws that page and
``folio.glossary_render`` writes the mentions for each builder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.errors import ConfigError
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from folio.diagnostics import Code, FolioError
from folio.glossary import Entry, Register, load_register

logger = logging.getLogger(__name__)

STANDFIRST = "standfirst"
"""The container class whose paragraphs are labelled "standfirst", not numbered."""


class glossary_mention(nodes.inline):
    """A linked mention of a register entry: ``entry`` is its id.

    At resolve time it gains ``refdoc``, ``refid`` and ``refuri`` (the glossary
    entry it links to) for the builder at hand.
    """


class MentionRecord(NamedTuple):
    """Where an entry is mentioned, for the glossary's back-references."""

    entry: str
    docname: str
    node_id: str
    paragraph: str
    """The paragraph's number in its page ("3"), or "standfirst"."""


def setup(app: Sphinx) -> dict[str, Any]:
    from folio import glossary_page, glossary_render

    app.add_config_value("folio_glossary_file", "", "env", description="The register; default <srcdir>/glossary.yml.")
    app.add_config_value("folio_glossary_link_docs", ["chapters/"], "env",
                         description="Pages (docname prefixes) whose mentions are linked automatically.")
    app.connect("builder-inited", load)
    app.connect("env-purge-doc", purge_doc)
    app.connect("env-merge-info", merge_info)
    app.connect("env-get-outdated", outdated_glossary_pages)
    app.connect("env-check-consistency", check_consistency)
    app.add_transform(LinkMentions)
    glossary_page.setup(app)
    glossary_render.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}


def load(app: Sphinx) -> None:
    """Load the register once per build; a broken register stops the build."""
    path = Path(app.config.folio_glossary_file or Path(app.srcdir) / "glossary.yml")
    register = None
    if path.is_file():
        try:
            register = load_register(path)
        except FolioError as error:
            raise ConfigError("\n".join(str(d) for d in error.diagnostics)) from None
    app.env.folio_register = register  # type: ignore[attr-defined]


def registered(env: BuildEnvironment) -> Register | None:
    """The register loaded for this build, if the book has one."""
    return getattr(env, "folio_register", None)


def mentions(env: BuildEnvironment) -> dict[str, list[MentionRecord]]:
    """Every page's mentions, by docname (kept in the pickled environment)."""
    if not hasattr(env, "folio_glossary_mentions"):
        env.folio_glossary_mentions = {}  # type: ignore[attr-defined]
    return env.folio_glossary_mentions  # type: ignore[attr-defined]


def glossary_pages(env: BuildEnvironment) -> set[str]:
    """The pages that show the glossary (hold a ``{folio-glossary}`` directive)."""
    if not hasattr(env, "folio_glossary_pages"):
        env.folio_glossary_pages = set()  # type: ignore[attr-defined]
    return env.folio_glossary_pages  # type: ignore[attr-defined]


def glossary_page(env: BuildEnvironment) -> str | None:
    """The page mentions link to: the first glossary page, by name."""
    pages = sorted(glossary_pages(env))
    return pages[0] if pages else None


def purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    mentions(env).pop(docname, None)
    glossary_pages(env).discard(docname)


def merge_info(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    for docname in docnames:
        if docname in mentions(other):
            mentions(env)[docname] = mentions(other)[docname]
    glossary_pages(env).update(glossary_pages(other) & docnames)


def outdated_glossary_pages(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
                            removed: set[str]) -> list[str]:
    """Re-read the glossary page whenever any page changes: its back-references may move."""
    if not (added | changed | removed):
        return []
    return sorted(glossary_pages(env) - removed)


def check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    register = registered(env)
    if register and register.entries and glossary_page(env) is None:
        logger.warning("%s: %s %s", register.path, Code.G009.name, Code.G009.format(),
                       type="folio", subtype="glossary")


class LinkMentions(SphinxTransform):
    """Link the first mention of each entry in every paragraph of a chapter."""

    default_priority = 800
    """After parsing, before Sphinx collects index entries and domain objects (850)."""

    def apply(self, **kwargs: Any) -> None:
        register = registered(self.env)
        if register is None:
            return
        docname = self.env.docname
        self.env.note_dependency(str(register.path))
        automatic = any(docname.startswith(prefix) for prefix in self.config.folio_glossary_link_docs)
        linker = _Linker(register, docname, automatic)
        for paragraph, label in numbered_paragraphs(self.document):
            linker.link_paragraph(paragraph, label)
        if linker.records:
            mentions(self.env)[docname] = linker.records


def numbered_paragraphs(document: nodes.document) -> Iterator[tuple[nodes.paragraph, str]]:
    """Each paragraph with its label: "1", "2", … in reading order, or "standfirst"."""
    number = 0
    for paragraph in list(document.findall(nodes.paragraph)):
        if _inside(paragraph, nodes.docinfo):
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
    return any(isinstance(p, nodes.Element) and STANDFIRST in p.get("classes", ()) for p in _ancestors(node))


class _Linker:
    """Links mentions paragraph by paragraph and records them."""

    def __init__(self, register: Register, docname: str, automatic: bool) -> None:
        self.register = register
        self.docname = docname
        self.automatic = automatic
        self.counts: Counter[str] = Counter()
        self.records: list[MentionRecord] = []

    def link_paragraph(self, paragraph: nodes.paragraph, label: str) -> None:
        seen: set[str] = set()
        for node in list(paragraph.findall(_candidate)):
            if isinstance(node, addnodes.pending_xref):
                entry = self.register.lookup(node.get("reftarget", ""))
                if entry is not None:
                    words = [nodes.Text(node.astext())]
                    node.replace_self(self.mention(entry, label, words, written=True))
                    seen.add(entry.id)
            elif self.automatic:
                replacement = self.split(node, label, seen)
                if replacement:
                    node.parent.replace(node, replacement)

    def split(self, text: nodes.Text, label: str, seen: set[str]) -> list[nodes.Node]:
        """``text`` cut around the first mentions of entries not yet linked in this paragraph."""
        value, pieces, position = str(text), [], 0
        for found in self.register.matcher.find(value):
            if found.entry in seen:
                continue
            seen.add(found.entry)
            if found.start > position:
                pieces.append(nodes.Text(value[position:found.start]))
            words = [nodes.Text(value[found.start:found.end])]
            pieces += self.mention(self.register[found.entry], label, words)
            position = found.end
        if not pieces:
            return []
        if position < len(value):
            pieces.append(nodes.Text(value[position:]))
        return pieces

    def mention(self, entry: Entry, label: str, children: list[nodes.Node], *,
                written: bool = False) -> list[nodes.Node]:
        """An index entry and the mention node, recorded for the back-references."""
        self.counts[entry.id] += 1
        node_id = f"mention-{entry.id}-{self.counts[entry.id]}"
        index = addnodes.index(entries=[("single", entry.sort, node_id, "", None)], inline=True)
        mention = glossary_mention("", "", *children, entry=entry.id, ids=[node_id], classes=["folio-term"],
                                   written=written)
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
    nodes.reference, addnodes.pending_xref, nodes.literal, nodes.FixedTextElement, nodes.raw,
    nodes.target, nodes.math, nodes.abbreviation, nodes.title, glossary_mention, addnodes.index,
)
