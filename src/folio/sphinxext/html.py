"""The HTML edition in Sphinx: what each page carries, and the site's finishing steps.

:func:`page_context` gives every page its licence notice (a chapter its own
article's, the other pages all of them), a meta description and Open Graph
data, and leaves out what the book does not use (the code highlighting
stylesheet, a second viewport tag). :func:`finish` runs the steps of
:mod:`folio.html` once the HTML builder has written the site.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from folio.diagnostics import Code
from folio.html import assets, fonts, styles
from folio.ingest.chapter import STANDFIRST
from folio.sphinxext.settings import footer_html

logger = logging.getLogger(__name__)

UNUSED_CSS = frozenset({"pygments.css"})
"""Stylesheets Sphinx adds to every page that the book does not need (it has no code)."""
PURGED = ("_static/styles/pydata-sphinx-theme.css", "_static/styles/sphinx-book-theme.css", "_static/basic.css")
"""The themes' stylesheets, cut down to the rules the pages can match (:mod:`folio.html.styles`)."""
SYNCHRONOUS = frozenset({"documentation_options.js"})
"""The one script a page's inline script needs before it runs; every other script is deferred."""
_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>\s*')


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", page_context)
    # After the themes' own build-finished handlers (pydata-sphinx-theme writes pygments.css there).
    app.connect("build-finished", finish, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Each page's licence notice, meta description and Open Graph data; the site's pages also their assets.

    ``folio_site`` tells the templates (``conf/templates/layout.html``) that the
    page is the HTML edition's, not the EPUB's content, which Sphinx writes
    with the same templates.
    """
    notice = app.config.folio_chapter_notices.get(pagename)
    if notice is not None:
        context["theme_extra_footer"] = footer_html((notice,))
    metatags = str(context.get("metatags") or "")
    context["folio_site"] = app.builder.name == "html"
    context["folio_theme_digest"] = _theme_digest()
    if context["folio_site"]:
        context["css_files"] = [css for css in context.get("css_files", ()) if _name(css) not in UNUSED_CSS]
        if pagename != "search":  # the search page's own scripts run as it is parsed, and need these first
            context["script_files"] = [deferred(script) for script in context.get("script_files", ())]
        metatags = _VIEWPORT.sub("", metatags)
    context["metatags"] = metatags + meta_tags(app, pagename, context, doctree)


def meta_tags(app: Sphinx, pagename: str, context: dict[str, Any], doctree: Any) -> str:
    """The description (a chapter's standfirst, else the book's) and Open Graph data, as ``<meta>`` tags."""
    title = html.unescape(re.sub(r"<[^>]+>", "", str(context.get("title") or "")))
    description = standfirst(doctree) or app.config.epub_description
    tags = {
        "description": description,
        "og:title": title or app.config.html_title,
        "og:type": "book" if pagename == app.config.root_doc else "article",
        "og:description": description,
        "og:site_name": app.config.html_title,
        "og:locale": app.config.language,
    }
    return "".join(
        f'<meta {"property" if key.startswith("og:") else "name"}="{key}" content="{html.escape(str(value))}" />\n'
        for key, value in tags.items()
        if value
    )


def standfirst(doctree: Any) -> str:
    """A chapter's standfirst, our own one-sentence summary of it (empty for other pages)."""
    if not isinstance(doctree, nodes.document):
        return ""
    for container in doctree.findall(nodes.container):
        if STANDFIRST in container.get("classes", ()):
            return " ".join(container.astext().split())
    return ""


def deferred(script: Any) -> Any:
    """A script file that may wait until the page is parsed, marked ``defer`` so that it does not hold up the text."""
    from sphinx.builders.html._assets import _JavaScript

    attributes = dict(getattr(script, "attributes", {}))
    if not isinstance(script, _JavaScript) or _name(script) in SYNCHRONOUS or "body" in attributes:
        return script
    if {"async", "defer"} & attributes.keys() or not script.filename:
        return script
    return _JavaScript(script.filename, priority=script.priority, **attributes, defer="defer")


def _theme_digest() -> str:
    """The theme's version, so that a browser fetches its stylesheet again when the theme changes."""
    from importlib.metadata import version

    return version("pydata-sphinx-theme")


def _name(asset: Any) -> str:
    return str(getattr(asset, "filename", asset)).rsplit("/", 1)[-1].split("?", 1)[0]


def finish(app: Sphinx, exception: Exception | None) -> None:
    """After the HTML builder: prune the theme's unused files, cut down the stylesheet and the fonts."""
    if exception is not None or app.builder.name != "html":
        return
    site = Path(app.outdir)
    # Beside the project (make clean keeps it): the subsets and purged stylesheets depend only on what
    # they are made from, which their names hold, so a cold build need not make them again.
    cache = Path(app.srcdir).parent / ".cache" / "html"
    assets.prune(site)
    words = styles.vocabulary([*site.rglob("*.html"), *site.glob("_static/**/*.js")])
    codepoints: set[int] = set()
    for name in PURGED:
        path = site / name
        if path.is_file():
            purged = styles.purge_cached(path.read_text(encoding="utf-8"), words, cache / "css")
            path.write_text(purged, encoding="utf-8")
            codepoints |= fonts.icon_codepoints(purged)
    fonts.subset_icon_fonts(site, frozenset(codepoints), cache)
    text_faces(site, cache)


def text_faces(site: Path, cache: Path) -> None:
    """The book's text face for the web; without TeX Gyre Pagella the site falls back to the reader's serif (H002)."""
    sources = fonts.find_text_faces()
    if sources is None:
        where = ", ".join(str(d) for d in fonts.SOURCE_DIRS)
        logger.warning("%s: %s %s", site, Code.H002.name, Code.H002.format(where=where), type="folio", subtype="html")
        return
    fonts.install_text_faces(site, sources, fonts.page_characters(site), cache)
