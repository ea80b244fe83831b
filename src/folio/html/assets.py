"""Remove from the written site what the theme ships and the book never uses.

sphinx-book-theme and pydata-sphinx-theme copy every asset they own into
``_static/``: source maps for debugging their bundles, the logos of notebook
launchers (Binder, Colab, JupyterHub…), message catalogues for 46 languages,
and Font Awesome's 1.5 MB script, which draws the icons as SVG. The book runs
no notebooks, is written in one language, and draws its few icons with the
icon font instead (:mod:`folio.html.fonts`), so none of these is published.
"""

from __future__ import annotations

import shutil
from pathlib import Path

UNUSED = (
    "**/*.map",
    "_static/images/logo_*",
    "_static/scripts/fontawesome.js",
    "_static/scripts/fontawesome.js.LICENSE.txt",
    "_static/webpack-macros.html",
    "_static/sbt-webpack-macros.html",
    "_static/pygments.css",
    "_static/styles/theme.css",
    "_static/file.png",
    "_static/minus.png",
    "_static/plus.png",
    "objects.inv",
    "genindex.html",
)
"""Files no page of the book refers to (``glob`` patterns below the site's folder)."""
UNUSED_FOLDERS = ("_static/locales", "_sources")


def prune(site: Path) -> list[Path]:
    """Delete the unused files and folders below ``site``; return what was removed, and empty folders left."""
    removed = [path for pattern in UNUSED for path in sorted(site.glob(pattern)) if path.is_file()]
    for path in removed:
        path.unlink()
    for name in UNUSED_FOLDERS:
        folder = site / name
        if folder.is_dir():
            shutil.rmtree(folder)
            removed.append(folder)
    for folder in sorted((p for p in site.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    return removed
