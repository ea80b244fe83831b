"""The glossary as a Sphinx extension: the register's entries linked, listed and rendered.

``folio.sphinxext`` loads it for the book; a project can also load it alone
(``extensions = ["myst_parser", "folio.sphinxext.glossary"]``), as the test
fixtures do. The pieces, in the order Sphinx uses them:

1. :mod:`~folio.sphinxext.linking` links mentions while a page is read;
2. :mod:`~folio.sphinxext.domain` keeps them per document;
3. :mod:`~folio.sphinxext.glossary_page` draws the glossary page;
4. :mod:`~folio.sphinxext.render` writes mentions and pages for each builder.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from folio.diagnostics import Code
from folio.glossary.register import Register
from folio.sphinxext import render
from folio.sphinxext.domain import FolioDomain, domain, register
from folio.sphinxext.glossary_page import GlossaryDirective, fill_backrefs
from folio.sphinxext.inputs import changed_since_written, digest, last_written
from folio.sphinxext.linking import LinkMentions
from folio.sphinxext.nodes import (
    glossary_backref,
    glossary_definition,
    glossary_mention,
    glossary_notes,
    glossary_section,
    glossary_term,
)

logger = logging.getLogger(__name__)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("folio_glossary_file", "", "env", description="The register; default <srcdir>/glossary.yml.")
    app.add_config_value(
        "folio_glossary_link_docs",
        ["chapters/"],
        "env",
        description="Pages (docname prefixes) whose mentions are linked automatically.",
    )
    app.setup_extension("folio.sphinxext.inputs")
    app.add_domain(FolioDomain)
    app.add_transform(LinkMentions)
    app.add_directive("folio-glossary", GlossaryDirective)
    app.add_node(
        glossary_mention,
        html=(render.visit_mention, render.depart_link),
        latex=(render.visit_mention_latex, render.depart_context),
    )
    app.add_node(
        glossary_backref,
        html=(render.visit_backref, render.depart_link),
        latex=(render.visit_backref_latex, render.depart_context),
    )
    app.add_node(glossary_term, html=(render.visit_term, render.depart_term))
    app.add_node(glossary_definition, html=(render.visit_definition, render.depart_definition))
    app.add_node(glossary_section, html=(render.visit_section, render.depart_section))
    app.add_node(glossary_notes, html=(render.visit_notes, None))
    app.connect("env-check-consistency", check_consistency)
    app.connect("env-get-updated", glossary_pages_to_rewrite)
    app.connect("doctree-resolved", fill_backrefs)
    app.connect("doctree-resolved", render.resolve)
    app.add_css_file("glossary.css")
    app.add_js_file("glossary.js", loading_method="defer")
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 2}


def glossary_pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages that show what changed in the glossary since this builder last wrote them.

    The glossary pages, when a mention has moved (their back-references) or
    an entry changed; and the pages that mention an entry whose definition,
    name or kind changed (their popups and notes are drawn from it).
    """
    found, entries = domain(env), _entry_digests(register(env))
    mentions = sorted((docname, [list(record) for record in records]) for docname, records in found.mentions.items())
    before = last_written(env, app.builder.name, "entries", entries) or {}
    changed = {entry for entry in set(before) | set(entries) if before.get(entry) != entries.get(entry)}
    pages = {docname for docname, records in found.mentions.items() if any(r.entry in changed for r in records)}
    if changed_since_written(env, app.builder.name, "mentions", mentions) or changed:
        pages |= set(found.glossary_pages)
    return sorted(pages & env.found_docs)


def _entry_digests(found: Register | None) -> dict[str, str]:
    """Each entry's id and a digest of all it says (its line in the file aside)."""
    if found is None:
        return {}
    return {
        entry.id: digest({k: v for k, v in dataclasses.asdict(entry).items() if k not in ("line", "alias_lines")})
        for entry in found.entries
    }


def check_consistency(app: Sphinx, env: BuildEnvironment) -> None:
    found = register(env)
    if found and found.entries and domain(env).glossary_page is None:
        logger.warning("%s: %s %s", found.path, Code.G009.name, Code.G009.format(), type="folio", subtype="glossary")
