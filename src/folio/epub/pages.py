"""Read the XHTML pages Sphinx wrote and turn them into the e-reader edition's pages.

Internal to :mod:`folio.epub.package`. Each page keeps the body markup Sphinx wrote
(ids, classes, ``epub:type`` attributes, glossary and note markup) and drops
only Sphinx's layout wrappers and its in-page contents lists; folio writes a
fresh ``<head>`` with the title, the language and its one stylesheet.
"""

from __future__ import annotations

import copy
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from folio.diagnostics import BuildError, Code, fail
from folio.epub.opf import EPUB_TYPE, NS, OPS, XHTML, XML_LANG, spine

ROLES = {
    "chapter": "doc-chapter",
    "glossary": "doc-glossary",
    "noteref": "doc-noteref",
    "footnote": "doc-footnote",
    "endnote": "doc-endnote",
    "endnotes": "doc-endnotes",
    "glossref": "doc-glossref",
    "introduction": "doc-introduction",
    "preface": "doc-preface",
    "foreword": "doc-foreword",
    "epilogue": "doc-epilogue",
    "afterword": "doc-afterword",
    "appendix": "doc-appendix",
    "colophon": "doc-colophon",
    "toc": "doc-toc",
}
"""The DPUB-ARIA role that matches an ``epub:type`` (Ace asks for both)."""

_XHTML_ONLY: dict[str | None, str] = {None: XHTML}
_XHTML_EPUB: dict[str | None, str] = {None: XHTML, "epub": OPS}

_ROLE_TAGS = {"section", "aside", "nav", "div", "a", "article"}
"""Elements that may carry those roles; a dt or dd already has its implicit role."""

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)


@dataclass
class Page:
    """One content document of the edition, before it is serialised."""

    href: str
    title: str
    body: list[etree._Element]
    matter: str = "bodymatter"
    """The body's ``epub:type``: frontmatter, bodymatter or backmatter, and maybe titlepage."""
    linear: bool = True
    """In the reading order; a non-linear page (``linear="no"``) is reached only by its links."""
    classes: str = ""
    """The body's class: every styled page has one, for reading systems that ignore ``epub:type``
    selectors (epub.js loads pages as HTML, where they never match)."""

    @property
    def docname(self) -> str:
        return posixpath.splitext(self.href)[0]


def read_spine(source: Path) -> list[str]:
    """The hrefs of Sphinx's content documents, in spine order, from ``content.opf``."""
    opf = source / "content.opf"
    if not opf.is_file():
        reason = "there is no content.opf; run `sphinx-build -b epub` first"
        raise fail(BuildError, Code.E007, source, None, reason=reason)
    hrefs = [href for href, _ in spine(_parse(opf, source).getroot())]
    if not hrefs or None in hrefs:
        raise fail(BuildError, Code.E007, opf, None, reason="its spine is empty or names an item not in the manifest")
    return [href for href in hrefs if href]


def read_page(source: Path, href: str) -> Page:
    """Parse one Sphinx page and keep the children of its main element."""
    path = source / href
    if not path.is_file():
        reason = f"the spine names {href}, which is missing"
        raise fail(BuildError, Code.E007, source / "content.opf", None, reason=reason)
    tree = _parse(path, source)
    main = tree.find(".//h:div[@role='main']", NS)
    if main is None:
        reason = 'it has no <div role="main"> (was it written by Sphinx\'s epub builder?)'
        raise fail(BuildError, Code.E011, path, None, page=href, reason=reason)
    title = " ".join((tree.findtext(".//h:head/h:title", "", NS) or "").split())
    body = [copy.deepcopy(child) for child in main if "clearer" not in child.get("class", "").split()]
    for element in body:
        element.tail = "\n"
    return Page(href=href, title=title, body=body)


def _parse(path: Path, source: Path) -> etree._ElementTree:
    try:
        return etree.parse(str(path), _PARSER)
    except (etree.XMLSyntaxError, OSError) as error:
        raise fail(BuildError, Code.E011, path, None, page=path.relative_to(source).as_posix(), reason=error) from None


def drop_toctrees(page: Page) -> None:
    """Remove Sphinx's in-page contents lists: the edition's nav is the contents."""
    for element in list(_iter(page, ".//h:div[@class]")):
        parent = element.getparent()
        if "toctree-wrapper" in element.get("class", "").split() and parent is not None:
            parent.remove(element)


def mark(page: Page, epub_type: str, matter: str) -> etree._Element:
    """Set the page's matter; give its first section ``epub_type`` unless the page already has it."""
    page.matter = matter
    section = first_section(page)
    present = any(
        epub_type in found.get(EPUB_TYPE, "").split() for found in _iter(page, ".//*[@epub:type]", include_self=True)
    )
    if not present and not section.get(EPUB_TYPE):
        section.set(EPUB_TYPE, epub_type)
    return section


def first_section(page: Page) -> etree._Element:
    """The page's top ``<section>``, made if Sphinx wrote none."""
    for element in page.body:
        if element.tag == f"{{{XHTML}}}section":
            return element
    section = new_element("section")
    section.extend(page.body)
    page.body = [section]
    return section


def add_roles(page: Page) -> None:
    """Add the DPUB-ARIA role matching each ``epub:type``, where none is set."""
    for element in _iter(page, ".//*[@epub:type]", include_self=True):
        if element.get("role") or etree.QName(element).localname not in _ROLE_TAGS:
            continue
        roles = [ROLES[kind] for kind in element.get(EPUB_TYPE, "").split() if kind in ROLES]
        if roles:
            element.set("role", roles[0])


def subsections(page: Page) -> Iterator[tuple[str, str]]:
    """(id, heading text) of each section one level inside the page's first section."""
    for section in first_section(page).iterfind("h:section[@id]", NS):
        heading = section.find("h:h2", NS)
        if heading is not None:
            yield section.get("id", ""), " ".join(text(heading).split())


def new_element(tag: str, attributes: dict[str, str] | None = None, *, text: str | None = None) -> etree._Element:
    """A new XHTML element, followed by a line break."""
    made = etree.Element(f"{{{XHTML}}}{tag}", attributes or {}, nsmap=_XHTML_ONLY)
    made.text = text
    made.tail = "\n"
    return made


def paragraph(text: str, css_class: str) -> etree._Element:
    """A ``<p class=…>`` holding ``text``."""
    return new_element("p", {"class": css_class}, text=text)


def text(element: etree._Element) -> str:
    """The text of ``element`` and its descendants, in document order."""
    return "".join(str(piece) for piece in element.itertext())


def text_of(page: Page) -> str:
    """The page's text in document order, with white space collapsed."""
    return " ".join(" ".join(text(element).split()) for element in page.body)


def image_sources(page: Page) -> Iterator[str]:
    """The local images a page shows, as paths relative to the book's root."""
    folder = posixpath.dirname(page.href)
    for image in _iter(page, ".//h:img[@src]"):
        src = image.get("src", "")
        name = posixpath.normpath(posixpath.join(folder, src))
        if "://" not in src and not src.startswith("data:") and not name.startswith("../"):
            yield name


def images_have_alt(page: Page) -> bool:
    """Every image has an ``alt`` attribute (empty marks it decorative)."""
    return all(image.get("alt") is not None for image in _iter(page, ".//h:img"))


def headings_in_order(page: Page) -> bool:
    """The page opens with an ``h1`` and no heading skips a level on the way down."""
    levels = [int(name[1]) for name in _tags(page) if re.fullmatch(r"h[1-6]", name)]
    steps = zip([0, *levels], levels, strict=False)
    return bool(levels) and all(level <= previous + 1 for previous, level in steps)


def serialise(page: Page, *, language: str, stylesheet: str) -> bytes:
    """The page as an XHTML5 document: fresh head, the kept body markup."""
    html = etree.Element(f"{{{XHTML}}}html", nsmap=_XHTML_EPUB)
    html.set("lang", language)
    html.set(XML_LANG, language)
    head = etree.SubElement(html, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}title").text = page.title
    href = posixpath.relpath(stylesheet, posixpath.dirname(page.href) or ".")
    etree.SubElement(head, f"{{{XHTML}}}link", {"href": href, "rel": "stylesheet", "type": "text/css"})
    attributes = {EPUB_TYPE: page.matter, **({"class": page.classes} if page.classes else {})}
    body = etree.SubElement(html, f"{{{XHTML}}}body", attributes)
    body.extend(copy.deepcopy(element) for element in page.body)
    etree.cleanup_namespaces(html, top_nsmap=_XHTML_EPUB, keep_ns_prefixes=["epub"])
    document = etree.tostring(html, encoding="utf-8", xml_declaration=False, doctype="<!DOCTYPE html>")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + document + b"\n"


def _tags(page: Page) -> Iterator[str]:
    for top in page.body:
        for element in top.iter(etree.Element):
            yield etree.QName(element).localname


def _iter(page: Page, path: str, *, include_self: bool = False) -> Iterator[etree._Element]:
    for element in page.body:
        if include_self and element.get(EPUB_TYPE):
            yield element
        yield from element.iterfind(path, NS)
