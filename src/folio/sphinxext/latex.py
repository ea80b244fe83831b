"""The LaTeX settings of the print edition, derived from the book.

Sphinx's LaTeX builder writes the book as one ``.tex`` file. This module
tells it what depends on the book: the trim size and margins, the data of the
half-title, title and copyright pages, the PDF metadata (with the licence
notice as XMP ``dc:rights``), and where the front, main and back matter
begin. The design itself lives in ``conf/latex/folio.sty``; every piece of
book or seed text that goes into LaTeX is escaped here first.

:func:`configure` is called by :mod:`folio.sphinxext.settings` when the
configuration is read; :func:`setup` registers the doctree step that marks
the matter divisions.
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Any

import sphinx
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import texescape
from sphinx.util.i18n import format_date

from folio import __version__
from folio.config import BookConfig
from folio.ingest.seed import Seed, Source, attributed_notices, chapter_sources
from folio.pdf.format import DUMP_END
from folio.pdf.geometry import Margins, page_margins, to_points

ENGINE = "xelatex"
DOCCLASS = "book"
"""LaTeX's book class under Sphinx's manual wrapper: front, main and back matter."""
POINTSIZE = "11pt"
"""The class size; conf.py scales the text face to 10.5 pt (on the class's 13.6 pt leading)."""
STYLE_PACKAGE = "folio"
CHAPTERS_PREFIX = "chapters/"
HYPERREF = r"""\usepackage{hyperref}
\usepackage{hypcap}
\urlstyle{same}"""
"""hyperref as Sphinx loads it (the XMP packet is written after LaTeX: :mod:`folio.pdf.metadata`)."""
EDITION_DATE_FORMAT = "%B %Y"

_PDF_SPECIALS = frozenset("\\{}$&#^_%~")

LONG_TOKEN = 20
"""Characters without a space from which a token gets break points of its own (a URL, a hash)."""
BREAK = r"\foliobreak{}"
"""A line break with no hyphen, never at a page turn (``conf/latex/folio.sty``)."""
CHUNK = 8
"""A break point every this many characters in a long run of word characters that TeX cannot hyphenate."""
_TOKEN = re.compile(rf"\S{{{LONG_TOKEN},}}")
_BREAK_AFTER = re.compile(r"(?<=[/:@?&=#])(?=[^/\s])")
_BREAK_BEFORE = re.compile(r"(?<=\w)(?=[._~%])")
_RUN = re.compile(r"\w{16,}")
_UNBROKEN = (nodes.title, nodes.subtitle, nodes.term, nodes.caption, nodes.FixedTextElement, nodes.literal)
"""Where a long token keeps no break points."""


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("doctree-resolved", mark_matter)
    app.connect("doctree-resolved", allow_breaks)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


def configure(config: Config, book: BookConfig, seeds: list[Seed]) -> None:
    """Set Sphinx's LaTeX settings from the book; conf.py's ``latex_elements`` win key by key.

    ``seeds`` are in reading order: chapter N's source is the N-th seed's.
    """
    config.latex_engine = ENGINE
    config.latex_documents = [(config.root_doc, f"{book.slug}.tex", book.title, config.author, "manual")]
    config.latex_docclass = {**(config.latex_docclass or {}), "manual": DOCCLASS}
    sources = chapter_sources(seeds)
    date = edition_date(book) or config.today or format_date(EDITION_DATE_FORMAT, language=config.language or "en")
    computed = latex_elements(book, attributed_notices(seeds), sources, date, str(config.author or ""))
    config.latex_elements = fonts_after_dump({**computed, **(config.latex_elements or {})})


def fonts_after_dump(elements: dict[str, str]) -> dict[str, str]:
    """Move the font setup (``fontpkg``) to the start of ``preamble``, after the dump's end.

    XeTeX cannot keep a loaded font in a format, so everything before
    :data:`DUMP_END` (the class, Sphinx's packages, folio.sty) is precompiled
    and the fonts, with the book's own data, are set at every run.
    """
    fonts = elements.get("fontpkg", "")
    return {**elements, "fontpkg": "", "preamble": "\n".join((DUMP_END, fonts, elements.get("preamble", "")))}


def edition_date(book: BookConfig) -> str:
    """ "January 2025" from ``date = "2025-01-15"`` in book.toml (the year alone for "2025")."""
    if not book.date:
        return ""
    parts = [int(part) for part in book.date.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    return datetime.date(parts[0], parts[1], 1).strftime(EDITION_DATE_FORMAT)


def latex_elements(
    book: BookConfig, notices: tuple[str, ...], sources: tuple[Source, ...], date: str, author: str
) -> dict[str, str]:
    """The ``latex_elements`` that depend on the book."""
    width, height = book.trim_size
    margins = page_margins(to_points(width), to_points(height))
    return {
        "papersize": "",
        # The language tag is validated as BCP 47: letters, digits and hyphens.
        "passoptionstopackages": rf"\PassOptionsToPackage{{pdflang={book.language}}}{{hyperref}}",
        "pointsize": POINTSIZE,
        "babel": r"\usepackage{babel}",
        "polyglossia": "",
        "cmappkg": "",
        "fncychap": "",
        "geometry": rf"\usepackage[paperwidth={width},paperheight={height},headheight=14pt,heightrounded]{{geometry}}",
        "sphinxsetup": sphinxsetup(margins),
        "extrapackages": rf"\usepackage{{{STYLE_PACKAGE}}}",
        "hyperref": HYPERREF,
        "preamble": preamble(book, notices, sources, date, author),
        "maketitle": r"\frontmatter\foliohalftitle",
        "tableofcontents": "",
        "releasename": "",
    }


def sphinxsetup(margins: Margins) -> str:
    """Sphinx passes hmargin and vmargin on to geometry; twoside makes them inner and outer."""

    def pt(value: float) -> str:
        return f"{value:.1f}pt"

    return (
        f"hmargin={{{pt(margins.inner)},{pt(margins.outer)}}}, "
        f"vmargin={{{pt(margins.top)},{pt(margins.bottom)}}}, marginpar=0pt"
    )


def tex(text: str) -> str:
    """Escape book or seed text for LaTeX (Unicode engine)."""
    _escape_maps()
    return texescape.escape(" ".join(text.split()), ENGINE)


def pdf_string(text: str) -> str:
    """Text for a hyperref key, with TeX's special characters made plain.

    These keys become PDF strings and XMP, not typeset text: ``\\Uchar``
    gives the plain character (``\\_`` would reach the XMP as a control
    character). A backslash must stay ``\\textbackslash``, which hyperref
    reads (the XMP packet is written after LaTeX, verbatim).
    """
    return "".join(_pdf_char(char) for char in " ".join(text.split()))


def _pdf_char(char: str) -> str:
    if char == "\\":
        return r"\textbackslash{}"
    return rf"\Uchar{ord(char)}{{}}" if char in _PDF_SPECIALS else char


@functools.cache
def _escape_maps() -> None:
    """Fill Sphinx's escape tables: its LaTeX builder does so only when it starts,
    after the configuration (and so this module's escaping) is done."""
    texescape.init()


def preamble(book: BookConfig, notices: tuple[str, ...], sources: tuple[Source, ...], date: str, author: str) -> str:
    """The book's data for folio.sty's front matter, and the PDF metadata."""
    lines = [
        rf"\foliobook{{{tex(book.title)}}}{{{tex(book.subtitle)}}}{{{tex(book.publisher)}}}",
        rf"\folioedition{{{tex(book.edition)}}}{{{tex(date)}}}",
    ]
    if book.isbn:
        lines.append(rf"\folioisbn{{{tex(book.isbn_printed)}}}")
    lines += [rf"\foliosource{{{s.chapter}}}{{{tex(s.source)}}}{{{tex(s.date)}}}" for s in sources]
    lines += [rf"\folionotice{{{tex(notice)}}}" for notice in notices]
    lines.append(pdf_metadata(book, notices, author))
    return "\n".join(lines)


def pdf_metadata(book: BookConfig, notices: tuple[str, ...], author: str) -> str:
    """hyperref's keys for the Info dictionary; :mod:`folio.pdf.metadata` makes the XMP packet from it."""
    fields = {
        "pdftitle": book.title,
        "pdfauthor": author,
        "pdfsubject": book.description or book.subtitle or book.title,
        "pdfkeywords": book.keywords,
        "pdfcreator": f"folio {__version__} (Sphinx {sphinx.__version__}, XeLaTeX)",
    }
    keys = ",\n  ".join(f"{key}={{{pdf_string(value)}}}" for key, value in fields.items() if value)
    return f"\\hypersetup{{\n  {keys}}}"


def mark_matter(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Mark front, main and back matter in the single doctree of the LaTeX build.

    The root document's own text goes on the half-title verso; the title page,
    copyright page and contents come before the first chapter; the documents
    after the last chapter (glossary, index) are back matter.
    """
    if app.builder.name != "latex":
        return
    root = next(iter(doctree.findall(nodes.section)), None)
    if root is None:
        return
    starts = list(doctree.findall(addnodes.start_of_file))
    chapters = [node for node in starts if node["docname"].startswith(CHAPTERS_PREFIX)]
    if not chapters:
        root += _raw(r"\foliofrontmatter")
        return
    holder = _child_holding(root, chapters[0])
    if holder is not None:
        _wrap_about(root, holder)
    _insert_before(chapters[0], r"\foliofrontmatter")
    after = starts[starts.index(chapters[-1]) + 1 :]
    back = [node for node in after if not node["docname"].startswith(CHAPTERS_PREFIX)]
    if back:
        _insert_before(back[0], r"\backmatter")


def _wrap_about(root: nodes.section, stop: nodes.Node) -> None:
    """Wrap the root document's text before ``stop`` in the folioabout environment."""
    first = 1 if root.children and isinstance(root[0], nodes.title) else 0
    end = root.index(stop)
    text = [node for node in root.children[first:end] if isinstance(node, nodes.Element) and node.astext().strip()]
    if not any(isinstance(node, (nodes.paragraph, nodes.container, nodes.block_quote)) for node in text):
        return
    root.insert(end, _raw(r"\end{folioabout}"))
    root.insert(first, _raw(r"\begin{folioabout}"))


def _child_holding(parent: nodes.Element, node: nodes.Node) -> nodes.Node | None:
    """The child of ``parent`` that contains ``node``, if any."""
    while node.parent is not None and node.parent is not parent:
        node = node.parent
    return node if node.parent is parent else None


def _insert_before(node: nodes.Node, latex: str) -> None:
    node.parent.insert(node.parent.index(node), _raw(latex))


def _raw(latex: str) -> nodes.raw:
    return nodes.raw("", latex + "\n", format="latex")


def break_points(token: str) -> list[int]:
    """Where a line may break inside ``token``, a run of text with no space in it.

    A URL breaks after a slash, colon, at sign, question mark, ampersand,
    equals or hash, and before a full stop, underscore, tilde or percent sign
    (as the Chicago Manual advises, so that a line never ends in what reads
    as a full stop); never within ``//`` and never in its first or last two
    characters. A run of word characters that TeX cannot hyphenate (one with
    a digit, as a hash or an ID has, or longer than any word) breaks every
    :data:`CHUNK` characters.
    """
    points = {match.start() for match in _BREAK_AFTER.finditer(token)}
    points |= {match.start() for match in _BREAK_BEFORE.finditer(token)}
    for match in _RUN.finditer(token):
        run = match.group()
        if any(char.isdigit() for char in run) or len(run) > 2 * LONG_TOKEN:
            points.update(range(match.start() + CHUNK, match.end() - 2, CHUNK))
    return sorted(point for point in points if 2 <= point <= len(token) - 2)


def breakable(text: str) -> list[str]:
    """``text`` in pieces, split at the break points of its long tokens (one piece when it has none)."""
    pieces, last = [], 0
    for match in _TOKEN.finditer(text):
        for point in break_points(match.group()):
            pieces.append(text[last : match.start() + point])
            last = match.start() + point
    pieces.append(text[last:])
    return pieces


def allow_breaks(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Let print break long tokens (URLs, hashes) in running text, where TeX cannot.

    TeX breaks a line only at a space or a hyphenation point, so a URL or a
    hash longer than a line sticks into the margin (P004) and its end is
    lost from the page (T001). Each break point becomes a
    :data:`BREAK`; the text itself is unchanged, and the text check finds a
    word broken over lines by joining its pieces. Titles, terms and literal
    text are left alone (a title also goes into the PDF's bookmarks).
    """
    if app.builder.name != "latex":
        return
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if parent is None or isinstance(parent, nodes.raw) or _in_unbroken(parent):
            continue
        pieces = breakable(str(text))
        if len(pieces) == 1:
            continue
        replacement: list[nodes.Node] = [nodes.Text(pieces[0])]
        for piece in pieces[1:]:
            replacement += [nodes.raw("", BREAK, format="latex"), nodes.Text(piece)]
        parent.replace(text, replacement)


def _in_unbroken(node: nodes.Element | None) -> bool:
    """Whether ``node`` is or sits in a title, term, caption or literal text."""
    while node is not None:
        if isinstance(node, _UNBROKEN):
            return True
        if isinstance(node, nodes.paragraph):
            return False
        node = node.parent
    return True
