"""Package the e-reader edition (EPUB 3) with ebooklib from the pages Sphinx wrote.

The public API is :func:`build_epub`. It is a fresh build, not a round trip
of Sphinx's own EPUB: folio reads Sphinx's XHTML pages in spine order, keeps
their body markup, and gives them a new package with its own stylesheet, a
generated cover, a title page, a copyright page carrying the licence notices,
the print edition's page breaks (``folio.epub.pagebreaks``) and the glossary's
back-references in print pages (``folio.epub.references``), navigation with
landmarks and a page-list, and full bibliographic and accessibility metadata.
The zip is then re-written deterministically and renamed into place, so two
builds of the same book are byte-identical and a failed build leaves the
previous edition untouched.
"""

from __future__ import annotations

import io
import mimetypes
import posixpath
import re
import zipfile
from datetime import datetime
from pathlib import Path

from ebooklib import epub
from lxml import etree

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code, fail
from folio.epub import pages as pages_
from folio.epub.archive import deterministic_zip, utc, write_atomically
from folio.epub.cover import cover_alt, cover_png
from folio.epub.metadata import new_book, set_accessibility_metadata, set_metadata
from folio.epub.opf import EPUB_TYPE, XHTML, XML_LANG
from folio.epub.pagebreaks import MIN_FOUND, PageBreak, mark_page_breaks
from folio.epub.pages import Page
from folio.epub.printpages import read_print_pages
from folio.epub.references import label_backrefs

STYLESHEET = "css/epub.css"
COVER_IMAGE = "images/cover.png"
COVER_PAGE = "cover.xhtml"
NAV = "nav.xhtml"
CHAPTERS = "chapters/"


Texts = tuple[str, ...]

WRITER_OPTIONS = {
    "raise_exceptions": True,
    "epub3_pages": False,
    "epub3_landmark": True,
    "epub2_guide": True,
    "landmark_title": "Landmarks",
    "compresslevel": 9,
}
"""ebooklib's writer options: raise instead of returning False, and no page-list."""


class _Writer(epub.EpubWriter):  # type: ignore[misc]  # ebooklib has no type information
    """ebooklib's writer, with the package's ``xml:lang`` (Ace asks for it; ebooklib omits it)."""

    def _write_opf_file(self, root: etree._Element) -> None:
        root.set(XML_LANG, self.book.language)
        super()._write_opf_file(root)

    def _get_nav(self, item: epub.EpubNav) -> bytes:
        """ebooklib's nav, its landmarks hidden (reading systems show them in their own menus; a converter
        would print them), with folio's page-list (ebooklib's own takes every element with an id and a type)."""
        root = etree.fromstring(super()._get_nav(item))
        for nav in root.iter(f"{{{XHTML}}}nav"):
            if nav.get(EPUB_TYPE) == "landmarks":
                nav.set("hidden", "hidden")
        breaks: list[PageBreak] = getattr(self.book, "folio_page_breaks", [])
        for body in root.iterfind(f"{{{XHTML}}}body") if breaks else ():
            body.append(page_list(breaks, posixpath.dirname(item.file_name)))
        return bytes(etree.tostring(root, pretty_print=True, encoding="utf-8", xml_declaration=True))


class _Document(epub.EpubHtml):  # type: ignore[misc]  # ebooklib has no type information
    """A content document whose markup folio wrote; ebooklib stores it as is.

    ebooklib's own ``EpubHtml`` re-parses the body with an HTML parser and
    drops the ``<body>`` attributes; that would lose ``epub:type``.
    """

    def __init__(self, href: str, title: str, content: bytes) -> None:
        super().__init__(uid=item_id(href), file_name=href, title=title, content=content)

    def get_content(self, default: bytes | None = None) -> bytes:
        content: bytes = self.content
        return content


def build_epub(
    source: Path,
    output: Path,
    *,
    book: BookConfig,
    notices: tuple[str, ...],
    rights: tuple[str, ...] = (),
    sources: tuple[str, ...],
    credits: tuple[str, ...] = (),
    modified: datetime,
    stylesheet: Path,
    print_pdf: Path | None = None,
    cache: Path | None = None,
) -> Path:
    """Package the edition from Sphinx's EPUB output in ``source``; return the written file.

    ``output`` is a ``.epub`` path or a folder (the file is then ``<slug>.epub``).
    ``notices`` are the licence notices the copyright page must show;
    ``rights`` (default: the notices) are the ``dc:rights`` texts, each notice
    attributed to its chapters when the book has several.
    ``sources`` are the articles' publications (metadata); ``credits`` the
    copyright page's source line for each chapter, as print sets them
    (:func:`folio.ingest.seed.source_credits`).
    ``stylesheet`` is the e-reader stylesheet, ``conf/epub.css``.
    ``print_pdf`` is the print edition (its reading PDF, which has the same
    pages): the edition then marks where each of its pages begins.
    ``cache`` is a folder that keeps the drawn cover between builds
    (:func:`folio.epub.cover.cover_png`).
    """
    target = output if output.suffix == ".epub" else output / f"{book.slug}.epub"
    css = read_stylesheet(stylesheet)
    pages = prepare_pages(source, book, notices, credits)
    breaks = add_page_breaks(pages, print_pdf) if print_pdf is not None else []
    label_backrefs(pages)
    claim = meets_accessibility_claim(pages)
    publication = new_book(book)
    publication.folio_page_breaks = breaks
    set_metadata(publication, book, rights or notices, sources)
    set_accessibility_metadata(publication, book, claim=claim, paginated=bool(breaks))
    style = add_stylesheet(publication, css)
    cover = add_cover(publication, book, cache)
    documents = add_pages(publication, pages, book, source)
    add_navigation(publication, [cover, *documents], pages, style)
    raw = write_book(publication, modified)
    return write_atomically(deterministic_zip(raw, modified), target)


def read_stylesheet(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise fail(BuildError, Code.E010, path, None) from None


def prepare_pages(source: Path, book: BookConfig, notices: Texts, credits: Texts) -> list[Page]:
    """Sphinx's pages in spine order, each given its place in the book."""
    pages = [pages_.read_page(source, href) for href in pages_.read_spine(source)]
    make_title_page(pages[0], book)
    for page in pages[1:]:
        if page.docname == "copyright":
            make_copyright_page(page, book, notices, credits)
        elif page.docname == "glossary":
            pages_.mark(page, "glossary", "backmatter")
            page.classes = "folio-glossary-page"
        elif page.href.startswith(CHAPTERS):
            pages_.mark(page, "chapter", "bodymatter")
    if not any(page.docname == "copyright" for page in pages):
        copyright_page = Page(href="copyright.xhtml", title="Copyright", body=[])
        make_copyright_page(copyright_page, book, notices, credits)
        pages.append(copyright_page)
    for page in pages:
        pages_.add_roles(page)
    return pages


def make_title_page(page: Page, book: BookConfig) -> None:
    """The root document becomes the title page, with the editor and publisher.

    ``titlepage`` goes on the body, not on a section: pandoc's EPUB reader
    drops a ``<section epub:type="titlepage">`` and all the text in it.
    """
    pages_.drop_toctrees(page)
    page.matter = "frontmatter titlepage"
    page.classes = "folio-titlepage"
    section = pages_.first_section(page)
    for line in (book.editor, book.publisher):
        if line:
            section.append(pages_.paragraph(line, "folio-imprint"))


def make_copyright_page(page: Page, book: BookConfig, notices: Texts, credits: Texts) -> None:
    """Mark the copyright page; make sure every licence notice is on it, verbatim, and each chapter's source."""
    section = pages_.mark(page, "copyright-page", "backmatter")
    page.classes = "folio-copyright"
    if not len(section):
        section.append(pages_.new_element("h1", text=page.title))
    text = pages_.text_of(page)
    for notice in notices:
        if " ".join(notice.split()) not in text:
            section.append(pages_.paragraph(notice, "folio-licence"))
    lines = [book.edition, f"Published by {book.publisher}", *(["Sources", *credits] if credits else [])]
    lines += [f"ISBN {book.isbn_printed}"] if book.isbn else []
    for line in lines:
        if line:
            section.append(pages_.paragraph(line, "folio-imprint"))


def add_page_breaks(pages: list[Page], pdf: Path) -> list[PageBreak]:
    """Mark where each page of the print edition ``pdf`` begins in the linear pages; E012 if they do not match."""
    print_pages = read_print_pages(pdf)
    breaks, found, missing = mark_page_breaks([page for page in pages if page.linear], print_pages)
    if not found or found < MIN_FOUND * (found + missing):
        raise fail(BuildError, Code.E012, pdf, None, found=found, pages=found + missing)
    return breaks


def page_list(breaks: list[PageBreak], folder: str) -> etree._Element:
    """The navigation document's page-list: one link per print page, in page order."""
    nav = pages_.new_element("nav", {EPUB_TYPE: "page-list", "role": "doc-pagelist", "hidden": "hidden"})
    nav.append(pages_.new_element("h2", text="Pages"))
    items = pages_.new_element("ol")
    for found in breaks:
        href = posixpath.relpath(found.href, folder or ".")
        item = pages_.new_element("li")
        item.append(pages_.new_element("a", {"href": f"{href}#{found.id}"}, text=found.label))
        items.append(item)
    nav.append(items)
    return nav


def meets_accessibility_claim(pages: list[Page]) -> bool:
    """Whether the checks folio can make itself hold: titles, alt text, heading order."""
    return all(page.title and pages_.images_have_alt(page) and pages_.headings_in_order(page) for page in pages)


def add_stylesheet(publication: epub.EpubBook, css: bytes) -> epub.EpubItem:
    return publication.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=css))


def add_cover(publication: epub.EpubBook, book: BookConfig, cache: Path | None = None) -> _Document:
    """The generated cover image (marked ``cover-image``) and a page that shows it."""
    publication.set_cover(COVER_IMAGE, cover_png(book, cache), create_page=False)
    section = pages_.new_element("section", {"id": "cover", EPUB_TYPE: "cover", "class": "folio-cover"})
    section.append(pages_.new_element("img", {"src": COVER_IMAGE, "alt": cover_alt(book), "role": "doc-cover"}))
    page = Page(href=COVER_PAGE, title="Cover", body=[section], matter="frontmatter")
    content = pages_.serialise(page, language=book.language, stylesheet=STYLESHEET)
    document = _Document(COVER_PAGE, page.title, content)
    publication.add_item(document)
    return document


def add_pages(publication: epub.EpubBook, pages: list[Page], book: BookConfig, source: Path) -> list[_Document]:
    """Every page, serialised, and the local images they show."""
    documents = []
    for page in pages:
        content = pages_.serialise(page, language=book.language, stylesheet=STYLESHEET)
        documents.append(publication.add_item(_Document(page.href, page.title, content)))
    for name in sorted({src for page in pages for src in pages_.image_sources(page)}):
        publication.add_item(read_image(source, name))
    return documents


def read_image(source: Path, name: str) -> epub.EpubItem:
    try:
        content = (source / name).read_bytes()
    except OSError:
        reason = f"a page shows the image {name}, which is missing"
        raise fail(BuildError, Code.E007, source, None, reason=reason) from None
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return epub.EpubItem(uid=item_id(name), file_name=name, media_type=media_type, content=content)


def add_navigation(
    publication: epub.EpubBook, documents: list[_Document], pages: list[Page], style: epub.EpubItem
) -> None:
    """Spine, table of contents (nav and NCX) and landmarks.

    ``documents`` are the cover's and then the pages'; the nav and the
    non-linear pages are in the spine with ``linear="no"``.
    """
    nav = epub.EpubNav(file_name=NAV, title="Contents")
    nav.add_item(style)
    publication.add_item(nav)
    cover, *rest = documents
    spine = [document if page.linear else (document, "no") for document, page in zip(rest, pages, strict=True)]
    publication.spine = [cover, *spine[:1], (nav, "no"), *spine[1:]]
    publication.toc = table_of_contents(pages)
    publication.add_item(epub.EpubNcx())
    publication.guide = landmarks(pages)


def table_of_contents(pages: list[Page]) -> list[epub.Link | tuple[epub.Link, list[epub.Link]]]:
    """Every linear page, and the second-level sections inside it (``epub_tocdepth = 2``)."""
    entries: list[epub.Link | tuple[epub.Link, list[epub.Link]]] = []
    for page in (page for page in pages if page.linear):
        link = epub.Link(page.href, page.title, uid=f"toc-{len(entries) + 1}")
        subsections = [
            epub.Link(f"{page.href}#{anchor}", title, uid=f"toc-{len(entries) + 1}-{n}")
            for n, (anchor, title) in enumerate(pages_.subsections(page), 1)
        ]
        entries.append((link, subsections) if subsections else link)
    return entries


def landmarks(pages: list[Page]) -> list[dict[str, str]]:
    """Cover, toc, bodymatter, glossary and copyright page, as ebooklib guide entries.

    ebooklib writes these as the nav's landmarks, turning the EPUB 2 guide
    type ``text`` into ``bodymatter``.
    """
    entries = [{"type": "cover", "href": COVER_PAGE, "title": "Cover"}]
    entries.append({"type": "toc", "href": NAV, "title": "Contents"})
    body = next((page for page in pages if page.matter == "bodymatter"), None)
    if body is not None:
        entries.append({"type": "text", "href": body.href, "title": body.title})
    for kind, docname in (("glossary", "glossary"), ("copyright-page", "copyright")):
        page = next((page for page in pages if page.docname == docname), None)
        if page is not None:
            entries.append({"type": kind, "href": page.href, "title": page.title})
    return entries


def write_book(publication: epub.EpubBook, modified: datetime) -> bytes:
    """ebooklib's zip, in memory; its errors become folio's.

    This is what ``ebooklib.epub.write_epub`` does, with folio's writer class;
    ``raise_exceptions`` stays on so that no error turns into a ``False``.
    """
    buffer = io.BytesIO()
    options = dict(WRITER_OPTIONS, mtime=utc(modified))
    try:
        writer = _Writer(buffer, publication, options)
        writer.process()
        writer.write()
    except (OSError, ValueError, TypeError, KeyError, etree.LxmlError, epub.EpubException, zipfile.BadZipFile) as error:
        raise fail(BuildError, Code.E008, "ebooklib", None, reason=f"{type(error).__name__}: {error}") from None
    return buffer.getvalue()


def item_id(href: str) -> str:
    """A manifest id derived from the file name: stable across builds."""
    return "x-" + re.sub(r"[^A-Za-z0-9_.-]", "-", posixpath.splitext(href)[0])
