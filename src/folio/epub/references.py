"""The glossary's back-references, in print page numbers a reader can use.

Internal to :mod:`folio.epub.package`. Sphinx labels a back-reference by the
paragraphs it covers ("¶ 6", "¶¶ 3–4"), numbers no edition shows. Once the
print page breaks are marked (:mod:`folio.epub.pagebreaks`), each one is
labelled with the printed pages of its first and last mention ("p. 3",
"pp. 3–4") and still links to the sentence itself; two in a row that name the
same pages become one. Without page breaks the labels stay as Sphinx wrote them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from lxml import etree

from folio.epub.opf import XHTML
from folio.epub.pagebreaks import is_marker
from folio.epub.pages import Page

BACKREF_CLASS = "folio-backref"
LAST = "data-folio-last"
"""The attribute Sphinx's EPUB writer gives a back-reference: the id of the last mention of its run."""


def label_backrefs(pages: list[Page]) -> None:
    """Give every back-reference in ``pages`` the print pages of the mentions it covers."""
    where = print_pages_of_ids(pages)
    for page in pages:
        for link in list(_backrefs(page)):
            target, _, first = link.get("href", "").partition("#")
            href = posixpath.normpath(posixpath.join(posixpath.dirname(page.href), target)) if target else page.href
            pages_of = (where.get((href, first)), where.get((href, link.attrib.pop(LAST, first))))
            if pages_of[0] is not None:
                relabel(link, pages_of[0], pages_of[1] or pages_of[0])
        for link in list(_backrefs(page)):
            drop_if_repeated(link)


def print_pages_of_ids(pages: list[Page]) -> dict[tuple[str, str], str]:
    """(page href, element id) to the label of the print page it is on: the last marker before it."""
    where: dict[tuple[str, str], str] = {}
    current: str | None = None
    for page in pages:
        for top in page.body:
            for element in top.iter(etree.Element):
                if is_marker(element):
                    current = element.get("aria-label")
                elif element.get("id") and current is not None:
                    where[(page.href, element.get("id", ""))] = current
    return where


def relabel(link: etree._Element, first: str, last: str) -> None:
    """Label ``link`` "p. 3" or "pp. 3–4", and say the same to a screen reader."""
    for child in list(link):
        link.remove(child)
    link.text = f"p.\u00a0{first}" if first == last else f"pp.\u00a0{first}–{last}"
    title = link.get("aria-label", "").rpartition(", ")[0]
    spoken = f"page {first}" if first == last else f"pages {first} to {last}"
    link.set("aria-label", f"{title}, {spoken}" if title else spoken)


def drop_if_repeated(link: etree._Element) -> None:
    """Remove ``link`` when the back-reference just before it (", " between) names the same pages."""
    previous = link.getprevious()
    if previous is None or BACKREF_CLASS not in previous.get("class", "").split():
        return
    if (previous.tail or "").strip() != "," or previous.text != link.text:
        return
    previous.tail = link.tail
    parent = link.getparent()
    if parent is not None:
        parent.remove(link)


def _backrefs(page: Page) -> Iterator[etree._Element]:
    for top in page.body:
        for link in top.iter(f"{{{XHTML}}}a"):
            if BACKREF_CLASS in link.get("class", "").split():
                yield link
