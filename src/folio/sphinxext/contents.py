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
from folio.sphinxext.inputs import CONTENTS, note_current

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


def rewrite_every_page(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """After any page was read again, every page is written again.

    Every page shows the whole contents in its sidebar, and Sphinx's search
    index only keeps the index entries of the pages it writes: a page left
    as it was would keep an old title in its sidebar, and the search index
    would lose the glossary's entries. So an incremental build writes what a
    clean build writes.
    """
    return sorted(env.found_docs)


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
