"""folio: build a book in three editions (HTML, PDF, EPUB) from licensed articles.

The pipeline, stage by stage, one subpackage each:

1. :mod:`folio.ingest`: seeds become MyST chapters;
2. :mod:`folio.glossary`: the register of people and institutions;
3. :mod:`folio.sphinxext`: the Sphinx extension (contents, notices, glossary, LaTeX settings);
4. :mod:`folio.build`: Sphinx and LaTeX runs, the publishing gate;
5. :mod:`folio.pdf` and :mod:`folio.epub`: each edition's steps after Sphinx;
6. :mod:`folio.checks`: what ``folio check`` verifies.

Beside them: :mod:`folio.cli` (the command line), :mod:`folio.diagnostics`
(every code), :mod:`folio.config` (``book.toml``), :mod:`folio.project`
(where things live) and :mod:`folio.tools` (the external tools).

The public API is :func:`folio.cli.run`; everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"
