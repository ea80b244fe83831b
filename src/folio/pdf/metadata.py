"""The PDF's XMP packet, written after LaTeX with pikepdf.

LaTeX writes only the Info dictionary (hyperref: title, author, subject,
keywords, creator). Once the PDF exists, this module writes the XMP packet
from it and from the book: the Info fields, the language, the publisher,
the identifier, and the licence notices, verbatim, as ``dc:rights``. Writing
it here instead of with hyperxmp costs nothing in LaTeX (hyperxmp took more
than half of each xelatex pass) and keeps every character a notice may hold
(hyperxmp drops a backslash). The save is deterministic: the same input
gives the same bytes. It also writes the page labels LaTeX shipped
(:mod:`folio.pdf.pagelabels`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from folio.config import BookConfig
from folio.diagnostics import BuildError, Code, fail
from folio.pdf.pagelabels import set_page_labels, shipped_labels


def write_metadata(pdf: Path, output: Path, book: BookConfig, notices: tuple[str, ...], modified: datetime) -> Path:
    """Write ``pdf`` to ``output`` with its XMP packet; LaTeX's own file is left as latexmk knows it."""
    import pikepdf

    output.parent.mkdir(parents=True, exist_ok=True)
    stamp = modified.astimezone(UTC).isoformat()
    try:
        with pikepdf.open(pdf) as document:
            labels = shipped_labels(pdf)
            if labels and len(labels) == len(document.pages):
                set_page_labels(document, labels)
            document.docinfo.CreationDate = pikepdf.String(modified.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ"))
            with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta.load_from_docinfo(document.docinfo)
                meta["dc:language"] = [book.language]
                meta["dc:rights"] = "\n".join(notices)
                meta["xmpRights:Marked"] = "True"
                if book.publisher:
                    meta["dc:publisher"] = [book.publisher]
                meta["dc:identifier"] = book.uid
                meta["xmp:CreateDate"] = stamp
                meta["xmp:ModifyDate"] = stamp
                meta["xmp:MetadataDate"] = stamp
            document.save(output, deterministic_id=True)
    except (pikepdf.PdfError, OSError, ValueError) as error:
        raise fail(BuildError, Code.P008, pdf, reason=error) from None
    return output
