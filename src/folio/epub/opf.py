"""The EPUB package document (OPF): namespaces, and the spine in reading order.

Shared by the EPUB step, which reads Sphinx's ``content.opf``, and by the
checks, which read the packaged edition.
"""

from __future__ import annotations

from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
NS = {"h": XHTML, "x": XHTML, "epub": OPS, "opf": OPF, "dc": DC, "c": CONTAINER}
EPUB_TYPE = f"{{{OPS}}}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def spine(opf: etree._Element) -> list[tuple[str | None, bool]]:
    """The spine's items in reading order: (href, or None if the manifest lacks it; linear)."""
    items = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:manifest/opf:item", NS)}
    return [
        (items.get(ref.get("idref")), ref.get("linear", "yes") != "no")
        for ref in opf.iterfind(".//opf:spine/opf:itemref", NS)
    ]


def rootfile(container: etree._Element) -> str | None:
    """The package document's path in the zip, from ``META-INF/container.xml``."""
    found = container.find(".//c:rootfile", NS)
    return found.get("full-path") if found is not None else None
