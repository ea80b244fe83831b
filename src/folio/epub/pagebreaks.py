"""Print page correspondence: page-break markers where each page of the print edition begins.

Internal to :mod:`folio.epub.package`. The words that begin each printed page
(:mod:`folio.epub.printpages`) are found in the EPUB's reading order, and a
marker is put before them::

    <span epub:type="pagebreak" role="doc-pagebreak" id="page-12" aria-label="12"></span>

Finding them:

* a page's key is its first :data:`KEY` words; a page whose first words
  belong to print alone ("Chapter one" on an opener) is found by the words
  after them (up to :data:`SKIP` words in);
* a page that begins with the end of a word hyphenated at the page turn is
  found by the word after it, so no marker ever splits a word;
* a key may occur more than once; the pages found are the longest run that is
  in the same order in both editions (the EPUB's copyright page comes last,
  the print one comes first);
* a page not found (the half-title, a blank verso, the print contents, the
  index) still gets its marker at the nearest place: just before the next
  page found in the same document, else at the end of the document where the
  page before it was found.

Markers go between words, before the inline element (a name's link, an
emphasis) or heading that a page's first word opens.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from lxml import etree

from folio.epub.opf import EPUB_TYPE, XHTML
from folio.epub.pages import Page, first_section, new_element
from folio.epub.printpages import PrintPage, word_spans

KEY = 12
"""How many of a page's first words must be found in sequence."""
SKIP = 24
MIN_KEY = 5
"""The fewest words a key may have when it does not start at the top of its page."""
"""How far into a page (in words) its key may start when its first words are not in the EPUB."""
MIN_FOUND = 0.5
"""The share of the print edition's text pages that must be found, or the PDF is not this book's."""

_HOIST = frozenset({"a", "em", "strong", "i", "b", "dfn", "span", "cite", "abbr", "q", "small", "h1", "h2", "h3"})
"""Elements a marker at their very start goes before, not into."""


class Spot(NamedTuple):
    """One word of the EPUB's reading order, and where its text is."""

    page: int
    element: etree._Element
    tail: bool
    start: int
    word: str


class PageBreak(NamedTuple):
    """A marker put in the edition: for the page-list."""

    href: str
    id: str
    label: str


class Placement(NamedTuple):
    """Where a page's marker goes: before the word at ``position``, or at the end of page ``page``."""

    position: int | None
    page: int


def word_stream(pages: list[Page]) -> list[Spot]:
    """Every compared word of ``pages`` in reading order."""
    spots = []
    for number, page in enumerate(pages):
        for top in page.body:
            for element, tail, text in texts(top):
                spots += [Spot(number, element, tail, start, key) for start, _, key in word_spans(text)]
    return spots


def texts(element: etree._Element) -> Iterator[tuple[etree._Element, bool, str]]:
    """(element, is its tail, text) for every text inside ``element``, in document order."""
    if element.text:
        yield element, False, element.text
    for child in element:
        if isinstance(child.tag, str):
            yield from texts(child)
        if child.tail:
            yield child, True, child.tail


def find_pages(print_pages: list[PrintPage], words: list[str]) -> dict[int, int]:
    """The print pages found in ``words``: page index to the position of the word that begins it."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for position in range(len(words) - 2):
        index[tuple(words[position : position + 3])].append(position)
    candidates = [
        (number, position) for number, page in enumerate(print_pages) for position in _occurrences(page, words, index)
    ]
    return dict(_longest_ordered_run(candidates))


def _occurrences(page: PrintPage, words: list[str], index: dict[tuple[str, ...], list[int]]) -> list[int]:
    """Where the page's key occurs in ``words`` (empty if nowhere)."""
    own = page.words[1:] if page.continued else page.words
    for offset in range(min(SKIP, len(own))):
        key = own[offset : offset + KEY]
        if len(key) < (min(KEY, MIN_KEY) if offset else min(KEY, len(own))):
            break
        starts = index.get(tuple(key[:3]), []) if len(key) >= 3 else range(len(words))
        found = [start for start in starts if words[start : start + len(key)] == list(key)]
        if found:
            return found
    return []


def _longest_ordered_run(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The most (page, position) pairs with both increasing, at most one per page."""
    ordered = sorted(candidates, key=lambda pair: (pair[0], -pair[1]))
    tails: list[int] = []
    ends: list[int] = []
    previous: list[int] = []
    for item, (_, position) in enumerate(ordered):
        place = bisect.bisect_left(tails, position)
        previous.append(ends[place - 1] if place else -1)
        if place == len(tails):
            tails.append(position)
            ends.append(item)
        else:
            tails[place], ends[place] = position, item
    run, item = [], ends[-1] if ends else -1
    while item >= 0:
        run.append(ordered[item])
        item = previous[item]
    return run[::-1]


def place_pages(count: int, found: dict[int, int], stream: list[Spot], last_page: int) -> list[Placement]:
    """Where each of ``count`` print pages' markers goes (see the module's docstring)."""
    placements = []
    for number in range(count):
        if number in found:
            placements.append(Placement(found[number], stream[found[number]].page))
            continue
        before = max((n for n in found if n < number), default=None)
        after = min((n for n in found if n > number), default=None)
        if after is not None and (before is None or stream[found[after]].page == stream[found[before]].page):
            placements.append(Placement(found[after], stream[found[after]].page))
        else:
            page = stream[found[before]].page if before is not None else last_page
            placements.append(Placement(None, page))
    return placements


def mark_page_breaks(pages: list[Page], print_pages: list[PrintPage]) -> tuple[list[PageBreak], int, int]:
    """Put a marker in ``pages`` where each print page begins.

    Returns the markers in page order, and how many of the print pages with
    text were found and not.
    """
    stream = word_stream(pages)
    found = find_pages(print_pages, [spot.word for spot in stream])
    placements = place_pages(len(print_pages), found, stream, len(pages) - 1)
    taken = {number: _ids(page) for number, page in enumerate(pages)}
    markers = [_marker(page, taken[placement.page]) for page, placement in zip(print_pages, placements, strict=True)]
    at_words: dict[int, list[etree._Element]] = defaultdict(list)
    for placement, marker in zip(placements, markers, strict=True):
        if placement.position is None:
            first_section(pages[placement.page]).append(marker)
        else:
            at_words[placement.position].append(marker)
    _insert(at_words, stream)
    breaks = [
        PageBreak(pages[placement.page].href, marker.get("id", ""), marker.get("aria-label", ""))
        for placement, marker in zip(placements, markers, strict=True)
    ]
    with_text = [number for number, page in enumerate(print_pages) if page.words]
    missing = len([number for number in with_text if number not in found])
    return breaks, len(with_text) - missing, missing


def _ids(page: Page) -> set[str]:
    return {element.get("id", "") for top in page.body for element in top.iter(etree.Element)}


def _marker(page: PrintPage, taken: set[str]) -> etree._Element:
    """The empty marker of one print page, with an id not in ``taken`` (which it joins)."""
    base = "page-" + re.sub(r"[^A-Za-z0-9_.-]", "-", page.label)
    identifier, suffix = base, 1
    while identifier in taken:
        suffix += 1
        identifier = f"{base}-{suffix}"
    taken.add(identifier)
    attributes = {EPUB_TYPE: "pagebreak", "role": "doc-pagebreak", "id": identifier, "aria-label": page.label}
    marker = new_element("span", {**attributes, "class": "folio-pagebreak"})
    marker.tail = None
    return marker


def _insert(at_words: dict[int, list[etree._Element]], stream: list[Spot]) -> None:
    """Put each list of markers before its word; later words in a text first, so offsets hold."""
    for position in sorted(at_words, reverse=True):
        spot = stream[position]
        text = (spot.element.tail if spot.tail else spot.element.text) or ""
        start = _token_start(text, spot.start)
        markers = at_words[position]
        if start == 0 and not spot.tail and etree.QName(spot.element).localname in _HOIST:
            target = _hoist(spot.element)
            for marker in markers:
                target.addprevious(marker)
            continue
        markers[-1].tail = text[start:]
        if spot.tail:
            spot.element.tail = text[:start] or None
            anchor = spot.element
            for marker in markers:
                anchor.addnext(marker)
                anchor = marker
        else:
            spot.element.text = text[:start] or None
            for number, marker in enumerate(markers):
                spot.element.insert(number, marker)


def _token_start(text: str, start: int) -> int:
    """Where the white-space-delimited token holding ``text[start]`` begins (before an opening quote)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _hoist(element: etree._Element) -> etree._Element:
    """The outermost inline element or heading that ``element`` opens."""
    target = element
    parent = target.getparent()
    while (
        parent is not None
        and etree.QName(parent).localname in _HOIST
        and not (parent.text or "").strip()
        and parent.index(target) == 0
    ):
        target, parent = parent, parent.getparent()
    return target


def is_marker(element: etree._Element) -> bool:
    """Whether ``element`` is a page-break marker."""
    return element.tag == f"{{{XHTML}}}span" and "pagebreak" in element.get(EPUB_TYPE, "").split()
