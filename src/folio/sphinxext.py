"""Step 3: the Sphinx extension that turns ``book/`` into a publication.

It registers one ``folio_<field>`` setting per :class:`folio.config.BookConfig`
field, derives Sphinx's own settings (project, language, EPUB and LaTeX
metadata) from the book configuration, reads the licence notices from the
seeds, and provides two directives:

``{chapters}``
    the contents: every chapter in ``chapters/``, in order, with no hand editing;
``{licence-notices}``
    the licence notice of every seed, verbatim.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.directives.other import TocTree
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from folio import config as book_config
from folio import latex
from folio.chapter import read_chapter
from folio.diagnostics import Code, FolioError
from folio.seed import read_seed

logger = logging.getLogger(__name__)

CHAPTERS_DIR = "chapters"


def setup(app: Sphinx) -> dict[str, Any]:
    for item in book_config.fields():
        app.add_config_value(f"folio_{item.name}", None, "env", description=item.metadata["help"])
    app.add_config_value("folio_book_file", "", "env", description="Path of book.toml.")
    app.add_config_value("folio_seeds_dir", "", "env", description="The folder of seed articles.")
    app.add_config_value("folio_root", "", "env", description="The project root (seed paths are relative to it).")
    app.connect("config-inited", configure, priority=400)
    app.connect("doctree-resolved", drop_print_copyright_page)
    app.setup_extension("folio.latex")
    app.setup_extension("folio.glossary_links")
    app.add_transform(NoFilesFromChapters)
    app.add_directive("chapters", ChaptersDirective)
    app.add_directive("licence-notices", LicenceNoticesDirective)
    app.add_css_file("folio.css")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}


def configure(app: Sphinx, config: Config) -> None:
    """Load ``book.toml``, apply ``folio_*`` overrides, derive Sphinx settings."""
    book_file = Path(config.folio_book_file or Path(app.srcdir) / "book.toml")
    try:
        book = book_config.load(book_file)
        overrides = {
            item.name: config[f"folio_{item.name}"]
            for item in book_config.fields()
            if config[f"folio_{item.name}"] is not None
        }
        book = book.replace(**overrides) if overrides else book
        notices = read_notices(Path(config.folio_seeds_dir))
    except FolioError as error:
        raise book_config_error(error) from None
    app.folio_book = book  # type: ignore[attr-defined]
    app.folio_notices = notices  # type: ignore[attr-defined]
    derive_settings(config, book, notices)


def book_config_error(error: FolioError) -> Exception:
    from sphinx.errors import ConfigError

    return ConfigError("\n".join(str(d) for d in error.diagnostics))


def read_notices(seeds_dir: Path) -> tuple[str, ...]:
    """Every distinct licence notice, in seed-name order."""
    notices: dict[str, None] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        notices.setdefault(read_seed(path).notice)
    return tuple(notices)


def derive_settings(config: Config, book: book_config.BookConfig, notices: tuple[str, ...]) -> None:
    """Set Sphinx's own settings from the book configuration (one place)."""
    config.project = book.title
    config.author = book.editor or book.publisher
    config.language = book.language.replace("-", "_")
    config.version = config.release = book.edition
    config.html_title = book.title
    config.myst_substitutions = {"title": book.title, "subtitle": book.subtitle, "publisher": book.publisher}
    footer = "".join(f'<p class="folio-licence">{html.escape(n)}</p>' for n in notices)
    options = dict(config.html_theme_options or {})
    options["extra_footer"] = footer
    config.html_theme_options = options
    config.epub_title = book.title
    config.epub_author = config.author
    config.epub_publisher = book.publisher
    config.epub_language = book.language
    config.epub_identifier = config.epub_uid = _epub_uid(book.uid)
    config.epub_scheme = "uuid" if book.uid.startswith("urn:uuid:") else "URI"
    config.epub_copyright = " ".join(notices)
    config.epub_description = book.description or book.title
    config.epub_basename = book.slug
    latex.configure(config, book, notices)


def _epub_uid(uid: str) -> str:
    """Sphinx wants uid and identifier to be one XML name without colons.

    Sphinx's EPUB is only the content source: the edition's real identifier
    is set by folio's EPUB step.
    """
    return "folio-" + uid.rsplit(":", 1)[-1]


def drop_print_copyright_page(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """In print the copyright page is front matter (the title verso): drop the body copy."""
    if app.builder.name != "latex":
        return
    for start in list(doctree.findall(lambda n: n.tagname == "start_of_file")):
        if start.get("docname") == "copyright":
            start.parent.remove(start)


class ChaptersDirective(TocTree):
    """A toctree of every chapter, sorted by sidecar order, then by seed name."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        folder = Path(self.env.srcdir) / CHAPTERS_DIR
        chapters = [read_chapter(path) for path in folder.glob("*.md")]
        chapters.sort(key=lambda c: (c.order is None, c.order or 0, c.seed.name, c.path.name))
        for chapter in chapters:
            self.env.note_dependency(str(chapter.path))
        self.content = [f"{CHAPTERS_DIR}/{chapter.path.stem}" for chapter in chapters]  # type: ignore[assignment]
        self.options.setdefault("maxdepth", 1)
        return super().run()


class LicenceNoticesDirective(SphinxDirective):
    """The seeds' licence notices, verbatim, one paragraph each."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        notices = getattr(self.env.app, "folio_notices", ())
        return [nodes.paragraph(notice, notice, classes=["folio-licence"]) for notice in notices]


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
        for node in list(self.document.findall(lambda n: isinstance(n, (addnodes.download_reference, nodes.image)))):
            target = node.get("reftarget") or node.get("uri", "")
            what = "the image" if isinstance(node, nodes.image) else "the {download} file"
            logger.warning("%s %s", Code.C005.name, Code.C005.format(what=what, target=target),
                           type="folio", subtype="chapter-file", location=node)
            if isinstance(node, nodes.image):
                node.parent.remove(node)
            else:
                node.parent.replace(node, nodes.Text(node.astext()))
