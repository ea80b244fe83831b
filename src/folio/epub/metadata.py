"""The edition's package metadata: bibliographic (Dublin Core with EPUB 3 refinements) and accessibility.

Internal to :mod:`folio.epub.package`. The title and subtitle are two
``dc:title`` elements refined with ``title-type`` main and subtitle; the
editors are the ``dc:creator`` (MARC relator ``edt``), each article's
publication a ``dc:source`` and a ``dc:contributor`` (``ctb``), refined with
``role`` in the ``marc:relators`` scheme as EPUB 3.3 defines it; the
identifier is ``identifier`` from ``book.toml``, else the ISBN as a URN, else
a UUID derived from the title and publisher.
"""

from __future__ import annotations

from ebooklib import epub

from folio.config import BookConfig

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
FEATURES = ("structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability")
PAGE_FEATURES = ("pageBreakMarkers", "pageNavigation")
"""Accessibility features of an edition with the print edition's page breaks and page-list."""

Texts = tuple[str, ...]


def new_book(book: BookConfig) -> epub.EpubBook:
    """A new package with its identifier, language and titles (``title-type`` main, and subtitle)."""
    publication = epub.EpubBook()
    publication.set_identifier(book.uid)
    publication.set_title(book.title)
    publication.set_language(book.language)
    publication.metadata[epub.NAMESPACES["DC"]]["title"] = [(book.title, {"id": "title"})]
    publication.add_metadata(None, "meta", "main", {"refines": "#title", "property": "title-type"})
    if book.subtitle:
        publication.add_metadata("DC", "title", book.subtitle, {"id": "subtitle"})
        publication.add_metadata(None, "meta", "subtitle", {"refines": "#subtitle", "property": "title-type"})
    return publication


def set_metadata(publication: epub.EpubBook, book: BookConfig, notices: Texts, sources: Texts) -> None:
    """Creator, contributors, publisher, rights (the notices verbatim), sources, description and subjects."""
    if book.editor:
        publication.add_author(book.editor, role="edt", uid="creator")
    else:
        publication.add_author(book.publisher, uid="creator")
    for number, item in enumerate(dict.fromkeys(sources), 1):
        publication.add_metadata("DC", "contributor", item, {"id": f"contributor-{number}"})
        refinement = {"refines": f"#contributor-{number}", "property": "role", "scheme": "marc:relators"}
        publication.add_metadata(None, "meta", "ctb", refinement)
    publication.add_metadata("DC", "publisher", book.publisher)
    if book.date:
        publication.add_metadata("DC", "date", book.date)
    for notice in notices:
        publication.add_metadata("DC", "rights", notice)
    for item in sources:
        publication.add_metadata("DC", "source", item)
    description = book.description or ": ".join(part for part in (book.title, book.subtitle) if part)
    publication.add_metadata("DC", "description", description)
    for keyword in (word.strip() for word in book.keywords.split(",")):
        if keyword:
            publication.add_metadata("DC", "subject", keyword)


def set_accessibility_metadata(publication: epub.EpubBook, book: BookConfig, *, claim: bool, paginated: bool) -> None:
    """schema.org accessibility metadata; the conformance claim only when ``claim`` holds.

    A ``paginated`` edition names the source of its page breaks (``pageBreakSource``):
    the print edition, by its ISBN when the book has one.
    """
    metas = [("schema:accessMode", "textual"), ("schema:accessMode", "visual")]
    metas += [("schema:accessModeSufficient", "textual")]
    metas += [("schema:accessibilityFeature", f) for f in FEATURES + (PAGE_FEATURES if paginated else ())]
    if paginated:
        metas += [("pageBreakSource", print_source(book))]
    summary = accessibility_summary(claim, paginated=paginated)
    metas += [("schema:accessibilityHazard", "none"), ("schema:accessibilitySummary", summary)]
    if claim:
        metas += [("dcterms:conformsTo", CONFORMS_TO), ("a11y:certifiedBy", book.publisher)]
    for prop, value in metas:
        publication.add_metadata(None, "meta", value, {"property": prop})


def print_source(book: BookConfig) -> str:
    """The print edition the page breaks come from: its ISBN as a URN, else its title."""
    if book.isbn:
        return f"urn:isbn:{book.isbn_digits}"
    return f"{book.title}, print edition"


def accessibility_summary(claim: bool, *, paginated: bool = False) -> str:
    summary = (
        "Reflowable text with headings in order, a table of contents, landmarks and a logical reading order. "
        + ("Page-break markers and a page list give the print edition’s page numbers. " if paginated else "")
        + "The only image is the cover, which has a text alternative. No sound, flashing or motion. "
        "The stylesheet sets no colours, so reading systems’ themes and font sizes apply."
    )
    if claim:
        return f"This publication meets {CONFORMS_TO}. {summary}"
    return summary
