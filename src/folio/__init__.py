"""folio: build a book in three editions (HTML, PDF, EPUB) from licensed articles.

The public API is :func:`folio.cli.run`; everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"
