"""Stage 3, the Sphinx extension that turns ``book/`` into a publication (``extensions = ["folio.sphinxext"]``).

It registers one ``folio_<field>`` setting per :class:`folio.config.BookConfig`
field and sets up, in the order Sphinx uses them:

* :mod:`~folio.sphinxext.settings`: ``book.toml`` and the seeds become Sphinx's settings;
* :mod:`~folio.sphinxext.contents`: the contents, the notices, no files from chapters;
* :mod:`~folio.sphinxext.glossary`: the glossary (linking, page, rendering);
* :mod:`~folio.sphinxext.html`: each HTML page's notice and metadata, and the site's finishing steps;
* :mod:`~folio.sphinxext.latex`: the print edition's LaTeX settings.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from folio import config as book_config
from folio.sphinxext import contents, inputs, settings


def setup(app: Sphinx) -> dict[str, Any]:
    # Values that only some pages read are tracked per page (folio.sphinxext.inputs), not
    # registered for the environment: a change re-reads the pages that used them, not every page.
    for item in book_config.fields():
        app.add_config_value(f"folio_{item.name}", None, "", description=item.metadata["help"])
    app.add_config_value("folio_book_values", {}, "", description="book.toml's fields (set by folio).")
    app.add_config_value("folio_articles", "", "", description="'three licensed articles' (set from the seeds).")
    app.add_config_value("folio_book_file", "", "env", description="Path of book.toml.")
    app.add_config_value("folio_seeds_dir", "", "env", description="The folder of seed articles.")
    app.add_config_value("folio_root", "", "env", description="The project root (seed paths are relative to it).")
    app.add_config_value("folio_code", "", "env", description="A digest of folio's code (set by folio).")
    app.add_config_value("folio_notices", (), "", description="The licence notices (set from the seeds).")
    app.add_config_value("folio_credits", [], "", description="Each notice and its chapters (set from the seeds).")
    app.add_config_value("folio_chapter_notices", {}, "html", description="Each chapter's notice (set from the seeds).")
    app.connect("config-inited", settings.configure, priority=400)
    app.setup_extension("folio.sphinxext.inputs")
    app.connect("source-read", inputs.substitute)
    app.connect("env-get-updated", contents.pages_to_rewrite)
    app.connect("write-started", contents.restore_index_entries)
    app.connect("html-collect-pages", contents.finish_search_index)
    app.connect("doctree-resolved", contents.drop_print_copyright_page)
    app.setup_extension("folio.sphinxext.html")
    app.setup_extension("folio.sphinxext.latex")
    app.setup_extension("folio.sphinxext.glossary")
    app.add_transform(contents.NoFilesFromChapters)
    app.add_directive("chapters", contents.ChaptersDirective)
    app.add_directive("licence-notices", contents.LicenceNoticesDirective)
    app.add_css_file("folio.css")
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 2}
