"""The site's fonts, cut down to what its pages use and served from the site itself.

**The text face** is TeX Gyre Pagella, the print edition's face (Debian's
``fonts-texgyre``, installed by ``make setup``). Its regular, italic and bold
faces are subset with fontTools to the characters the pages hold, and written
as WOFF2 under ``_static/fonts/`` (about 20 KB each). TeX Gyre is under the
GUST Font License (the LaTeX Project Public License 1.3c, with a request to
rename changed fonts): the subsets are renamed "Folio Pagella", say in their
name table what was changed, and travel with the licence and a note of where
to get the originals (:data:`NOTICE`).

**The icon font** is the theme's Font Awesome Free (SIL Open Font License
1.1), subset to the icons whose rules the pages keep (:mod:`folio.html.styles`).

Subsets are kept in a cache folder, named by a digest of what they are made
from, so a build whose pages use no new character reuses them.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

TEXT_FAMILY = "Folio Pagella"
FONT_DIR = "_static/fonts"
SOURCE_DIRS = (
    Path("/usr/share/texmf/fonts/opentype/public/tex-gyre"),
    Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/tex-gyre"),
    Path("/usr/share/fonts/opentype/texgyre"),
)
"""Where Debian's fonts-texgyre and tex-gyre put the OpenType files."""
FEATURES = ("kern", "liga", "onum", "pnum", "lnum", "tnum", "frac", "case")
BASE_CHARACTERS = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("‘’“”–—…•·€£©")
"""Always in the subset: what a search result or a glossary popup may show besides the pages' text."""
_Maker = Callable[[Path, Path], None]
_VERSION = "1"
"""Changes when the way subsets are made changes, so that cached ones are made again."""


class Face(NamedTuple):
    """One face of the text family: its source file's stem, and the CSS that selects it."""

    stem: str
    style: str
    weight: int


FACES = (
    Face("texgyrepagella-regular", "normal", 400),
    Face("texgyrepagella-italic", "italic", 400),
    Face("texgyrepagella-bold", "normal", 700),
)

NOTICE = """The fonts in this folder are subsets of TeX Gyre Pagella, made by folio for this site.

folio-pagella-*.woff2: TeX Gyre Pagella, Copyright (C) 2006-2018 Bogusław
Jackowski and Janusz M. Nowacki (GUST e-foundry), under the GUST Font
License, that is the LaTeX Project Public License 1.3c or later. Changed by
folio: only the glyphs this site's pages use are kept, the family is renamed
"Folio Pagella", and the fonts are stored as WOFF2. The complete, unchanged
fonts are at https://www.gust.org.pl/projects/e-foundry/tex-gyre/ and on
CTAN (fonts/tex-gyre), and in Debian's fonts-texgyre package.

The GUST Font License:
{licence}
fa-*.woff2 (beside the theme's stylesheet): Font Awesome Free by Fonticons,
Inc., under the SIL Open Font License 1.1, subset by folio to the icons the
site uses.
"""

GUST_LICENCE = """This work may be distributed and/or modified under the conditions of the LaTeX
Project Public License, either version 1.3c of this license or (at your
option) any later version. It is requested, but not legally required, that
derived works be distributed only after changing the names of the fonts.
The LaTeX Project Public License: https://www.latex-project.org/lppl.txt
"""


def find_text_faces(dirs: Iterable[Path] | None = None) -> dict[Face, Path] | None:
    """The OpenType file of each face of :data:`FACES` (in :data:`SOURCE_DIRS`), or None when one is missing."""
    dirs = list(SOURCE_DIRS if dirs is None else dirs)
    found: dict[Face, Path] = {}
    for face in FACES:
        path = next((d / f"{face.stem}.otf" for d in dirs if (d / f"{face.stem}.otf").is_file()), None)
        if path is None:
            return None
        found[face] = path
    return found


def page_characters(site: Path) -> frozenset[str]:
    """Every character of the site's pages, with :data:`BASE_CHARACTERS`."""
    found = set(BASE_CHARACTERS)
    for page in site.rglob("*.html"):
        found.update(page.read_text(encoding="utf-8"))
    return frozenset(c for c in found if c.isprintable())


def install_text_faces(site: Path, sources: dict[Face, Path], characters: frozenset[str], cache: Path) -> list[Path]:
    """Write a WOFF2 subset of each face into ``site/_static/fonts/``, and the licence notice beside them."""
    target = site / FONT_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for face, source in sources.items():
        name = face.stem.replace("texgyrepagella", "folio-pagella") + ".woff2"
        made = cached(cache, source, characters, name, lambda s, d: subset_text_face(s, d, characters))
        shutil.copyfile(made, target / name)
        written.append(target / name)
    (target / "README.txt").write_text(NOTICE.format(licence=GUST_LICENCE), encoding="utf-8")
    return written


def cached(cache: Path, source: Path, wanted: Iterable[str], name: str, make: _Maker) -> Path:
    """The subset of ``source`` for ``wanted``, made by ``make`` unless the cache has it."""
    digest = hashlib.sha256(_VERSION.encode() + source.read_bytes() + "".join(sorted(wanted)).encode()).hexdigest()
    path = cache / f"{digest[:20]}-{name}"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        make(source, temporary)
        temporary.replace(path)
    return path


def subset_text_face(source: Path, target: Path, characters: frozenset[str]) -> None:
    """A WOFF2 subset of a TeX Gyre Pagella face for ``characters``, renamed :data:`TEXT_FAMILY`."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    options = _options()
    options.layout_features = list(FEATURES)
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    rename(font, TEXT_FAMILY)
    font.flavor = "woff2"
    font.save(target)


def rename(font: TTFont, family: str) -> None:
    """Give a subset its own family name (GUST Font License's request) and say in it what changed."""
    names = font["name"]
    style = names.getDebugName(2) or "Regular"
    full = f"{family} {style}" if style != "Regular" else family
    postscript = re.sub(r"[^A-Za-z0-9-]", "", f"{family}-{style}".replace(" ", ""))
    for number, value in ((1, family), (4, full), (6, postscript), (16, family)):
        names.setName(value, number, 3, 1, 0x409)
    names.removeNames(nameID=3)
    names.setName(f"{postscript};folio-subset", 3, 3, 1, 0x409)
    names.setName("Subset of TeX Gyre Pagella by folio (GUST Font License): fewer glyphs, renamed.", 10, 3, 1, 0x409)


def subset_icon_fonts(site: Path, codepoints: frozenset[int], cache: Path) -> list[Path]:
    """Subset each Font Awesome webfont of the site to ``codepoints``; delete those left with no icon."""
    kept = []
    for path in sorted(site.glob("_static/vendor/fontawesome/webfonts/*.woff2")):
        made = cached(cache, path, map(chr, codepoints), path.name, lambda s, d: subset_icons(s, d, codepoints))
        if _glyph_count(made) > 1:
            shutil.copyfile(made, path)
            kept.append(path)
        else:
            path.unlink()
    return kept


def subset_icons(source: Path, target: Path, codepoints: frozenset[int]) -> None:
    """A WOFF2 subset of an icon font for ``codepoints``."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)


def _options() -> Any:
    """fontTools' subsetting options for a web font; its notes on tables it drops are not the reader's concern."""
    import logging

    from fontTools import subset

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    options = subset.Options()
    options.flavor = "woff2"
    options.drop_tables += ["FFTM"]
    return options


def _glyph_count(path: Path) -> int:
    from fontTools.ttLib import TTFont

    return len(TTFont(path).getGlyphOrder())


def icon_codepoints(css: str) -> frozenset[int]:
    """The icons a (purged) stylesheet still draws: the characters of its ``--fa: "\\f0c9"`` values."""
    import tinycss2

    found: set[int] = set()
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        content = getattr(rule, "content", None) or []
        for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
            if getattr(item, "name", None) == "--fa":
                found |= {ord(c) for token in item.value if token.type == "string" for c in token.value}
    return frozenset(found)
