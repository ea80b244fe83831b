"""Sphinx configuration for the book (``sphinx-build -c conf book …``).

The book's metadata lives in ``book/book.toml``; the folio extension reads it
and derives ``project``, ``language``, the EPUB and the LaTeX metadata from
it, so nothing here repeats it.
"""

from __future__ import annotations

import os
from pathlib import Path

CONF = Path(__file__).resolve().parent
ROOT = CONF.parent

extensions = ["myst_parser", "folio.sphinxext"]
# sphinx-book-theme is loaded as the HTML theme only (html_theme below), so the
# EPUB and LaTeX builds do not pay for importing it.

folio_book_file = str(ROOT / "book" / "book.toml")
folio_seeds_dir = os.environ.get("FOLIO_SEEDS", str(ROOT / "seeds"))
folio_root = str(ROOT)

root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["**/.*"]
templates_path = [str(CONF / "templates")]
html_static_path = [str(CONF / "static")]

# The article's text is printed exactly as licensed: no curly-quote or dash
# rewriting, and no MyST syntax beyond CommonMark and the directives we use.
smartquotes = False
# Our own pages say {{ title }} or {{ articles }}: folio substitutes the fields
# of book.toml itself (folio.sphinxext.inputs) and tracks which page uses which,
# so that editing one re-reads only those pages. Chapters are never substituted.
myst_enable_extensions: list[str] = []
myst_heading_anchors = 0

# Defence in depth against hostile text (it is escaped at ingest too):
# conf/docutils.conf turns off file insertion and raw content.

# HTML: sphinx-book-theme, with nothing fetched from the network.
html_theme = "sphinx_book_theme"
html_theme_options = {
    "show_toc_level": 1,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "footer_content_items": ["extra-footer"],
    # A chapter is one flowing text: no "on this page" column beside it.
    "secondary_sidebar_items": [],
    "search_bar_text": "Search this book…",
}
# pydata-sphinx-theme reads the colour mode from the context; without it the
# page logs a console error ("invalid theme mode").
html_context = {"default_mode": "auto"}
html_favicon = str(CONF / "static" / "favicon.svg")
# The header already has a search field; the theme's default sidebar adds a
# second one, which we leave out.
html_sidebars = {"**": ["navbar-logo.html", "sbt-sidebar-nav.html"]}
html_show_sourcelink = False
html_copy_source = False
html_show_sphinx = False
html_last_updated_fmt = None
# The PDF has the index; in HTML the search does that work, and an index page nothing links to is not built.
html_use_index = False

# EPUB: Sphinx writes the content; folio's EPUB step packages the edition.
epub_theme = "epub"
epub_show_urls = "no"
epub_use_index = False
epub_tocdepth = 2
# Sphinx's EPUB is only the content source; folio's EPUB step picks the files
# it packages, so stray files in the output folder do not matter.
suppress_warnings = ["epub.unknown_project_files"]


def _gyre(command: str, family: str, features: str = "") -> str:
    """Load a TeX Gyre face by file name (Debian's tex-gyre; no fontconfig)."""
    faces = "UprightFont=*-regular,BoldFont=*-bold,ItalicFont=*-italic,BoldItalicFont=*-bolditalic"
    return rf"\{command}{{{family}}}[Extension=.otf,{faces}{features}]"


# PDF: Sphinx's LaTeX builder through latexmk and xelatex. folio.sphinxext.latex derives
# the trim, margins, front matter and PDF metadata from book/book.toml; the
# design is conf/latex/folio.sty. Keys set here win over folio's.
latex_use_xindy = True
latex_additional_files = [str(CONF / "latex" / "folio.sty")]
latex_elements = {
    # The text face: TeX Gyre Pagella at 10.5 pt (the class size is 11 pt),
    # with old-style figures in the text.
    "fontpkg": "\n".join(
        [
            _gyre("setmainfont", "texgyrepagella", ",Scale=0.955,Numbers={OldStyle,Proportional}"),
            _gyre("setsansfont", "texgyreheros", ",Scale=MatchLowercase"),
            _gyre("setmonofont", "texgyrecursor", ",Scale=MatchLowercase"),
        ]
    ),
}
