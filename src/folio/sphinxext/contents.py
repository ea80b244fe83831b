"""What the book's own pages hold: the contents, the licence notices, and no files from chapters.

``{chapters}``
    the contents: every chapter in ``chapters/``, in reading order
    (:mod:`folio.ingest.order`), with no hand editing. The page that holds it
    notes the list it showed (:mod:`folio.sphinxext.inputs`), and is read
    again whenever a chapter comes, goes or moves, so a new article is in the
    contents of the very build that adds it;
``{licence-notices}``
    every distinct licence notice, verbatim; in a book with several, each
    after the chapters it covers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.directives.other import TocTree
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from folio.diagnostics import Code
from folio.ingest.chapter import chapters_in_order
from folio.sphinxext.inputs import CONTENTS, changed_since_written, last_written, note_current

logger = logging.getLogger(__name__)

CHAPTERS_DIR = "chapters"


class ChaptersDirective(TocTree):
    """A toctree of every chapter, in reading order."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        self.content = contents_list(Path(self.env.srcdir))  # type: ignore[assignment]
        note_current(self.env, CONTENTS)
        self.options.setdefault("maxdepth", 1)
        return super().run()


def contents_list(srcdir: Path) -> list[str]:
    """The chapters' docnames in reading order: what ``{chapters}`` lists."""
    return [f"{CHAPTERS_DIR}/{chapter.path.stem}" for chapter in chapters_in_order(srcdir / CHAPTERS_DIR)]


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Every page, when the contents have changed since this builder last wrote them; else the pages read since.

    Every page shows the whole contents in its sidebar and links to its
    neighbours by title, so a new, removed, moved or retitled chapter changes
    every page. Otherwise the pages read since this builder last wrote
    (perhaps in another builder's run: the editions share one environment)
    are written, and Sphinx updates the search index for them. So an
    incremental build writes what a clean build writes, and no more.
    """
    order = [(name, [str(d) for d in docs]) for name, docs in sorted(env.toctree_includes.items())]
    titles = sorted((name, title.astext()) for name, title in env.titles.items())
    read = dict(env.all_docs)  # when each page was last read
    before = last_written(env, app.builder.name, "read", read) or {}
    if changed_since_written(env, app.builder.name, "navigation", [order, titles]):
        return sorted(env.found_docs)
    return sorted(name for name in env.found_docs if before.get(name) != read.get(name))


SEARCH_ENTRIES = "folio-search-index-entries-{builder}.json"
"""Where each HTML builder keeps the index entries of its search index, beside the environment."""


def restore_index_entries(app: Sphinx, builder: Any) -> None:
    """Give the search index the index entries of the pages this run does not write (write-started).

    Sphinx gathers a page's index entries for the search index when it
    writes the page, but keeps them only in memory: a page it does not write
    again would lose its entries (the glossary's names) from the index.
    :func:`finish_search_index` keeps them in a file; this puts back those of
    the pages that still exist.
    """
    entries = getattr(app.env, "_search_index_index_entries", None)
    saved = Path(app.doctreedir) / SEARCH_ENTRIES.format(builder=app.builder.name)
    if entries is None or not saved.is_file():
        return
    kept = json.loads(saved.read_text(encoding="utf-8"))
    for docname, found in kept.items():
        if docname in app.env.found_docs:
            entries[docname] = [tuple(entry) for entry in found]


def finish_search_index(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """Before the search index is written (html-collect-pages): make it what a clean build makes.

    Keep its index entries for the next run (:func:`restore_index_entries`),
    put them in page order, and forget the words no page holds any more: when Sphinx writes a page
    again it takes the page out of every word, but keeps a word whose last
    page that was, with no pages. Returns no extra pages.
    """
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None:
        return []
    for mapping in (getattr(indexer, "_mapping", {}), getattr(indexer, "_title_mapping", {})):
        for word in [word for word, pages in mapping.items() if not pages]:
            del mapping[word]
    entries = getattr(app.env, "_search_index_index_entries", {})
    ordered = sorted(entries.items())  # the order a clean build writes the pages in
    entries.clear()
    entries.update(ordered)
    saved = Path(app.doctreedir) / SEARCH_ENTRIES.format(builder=app.builder.name)
    saved.write_text(json.dumps({d: entries[d] for d in sorted(entries) if d in app.env.found_docs}), "utf-8")
    return []


class LicenceNoticesDirective(SphinxDirective):
    """The seeds' licence notices, verbatim, one paragraph each."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        found = self.config.folio_credits
        note_current(self.env, "credits")
        shown: list[nodes.Node] = []
        for credit in found:
            if len(found) > 1:
                label = f"{credit.attribution()}:"
                shown.append(nodes.paragraph(label, label, classes=["folio-licence-chapters"]))
            shown.append(nodes.paragraph(credit.notice, credit.notice, classes=["folio-licence"]))
        return shown


def drop_print_copyright_page(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """In print the copyright page is front matter (the title verso): drop the body copy."""
    if app.builder.name != "latex":
        return
    for start in list(doctree.findall(addnodes.start_of_file)):
        if start.get("docname") == "copyright" and start.parent is not None:
            start.parent.remove(start)


class NoFilesFromChapters(SphinxTransform):
    """Defence in depth: a chapter never publishes a file, whatever its source says (C005).

    Article text is escaped at ingest, and ``conf/docutils.conf`` turns off
    file insertion and raw content; but Sphinx copies the target of a
    ``{download}`` role and of an image into the output whatever docutils
    allows. In a chapter, this transform drops both before Sphinx collects
    them: a download becomes its text, an image is left out.
    """

    default_priority = 200

    def apply(self, **kwargs: Any) -> None:
        if not self.env.docname.startswith(f"{CHAPTERS_DIR}/"):
            return
        for node in list(self.document.findall(nodes.Element)):
            if not isinstance(node, (addnodes.download_reference, nodes.image)):
                continue
            target = node.get("reftarget") or node.get("uri", "")
            what = "the image" if isinstance(node, nodes.image) else "the {download} file"
            logger.warning(
                "%s %s",
                Code.C005.name,
                Code.C005.format(what=what, target=target),
                type="folio",
                subtype="chapter-file",
                location=node,
            )
            if node.parent is None:
                continue
            if isinstance(node, nodes.image):
                node.parent.remove(node)
            else:
                node.parent.replace(node, nodes.Text(node.astext()))
