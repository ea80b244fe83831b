"""The print interior: the reading PDF made PDF/X-4 for a print-on-demand service.

It is derived from the same typesetting as the reading PDF (pikepdf, after
LaTeX), so the two have identical pages. The steps, in order:

1. :func:`drop_interactive`: no annotations (links), forms, JavaScript, open
   action or outline: nothing a printer has to ignore;
2. :func:`set_boxes`: ``TrimBox`` and ``BleedBox`` equal to the ``MediaBox``,
   the book's trim (the interior has no bleed: nothing prints to the edge);
3. :func:`add_output_intent`: a ``GTS_PDFX`` output intent carrying the
   FOGRA39 coated CMYK characterisation (TeX Live's ``colorprofiles``, in
   Debian's ``texlive-base``);
4. :func:`set_pdfx_metadata`: ``GTS_PDFXVersion`` and ``Trapped`` in the Info
   dictionary, and the same with the document and version ids in XMP.

Why PDF/X-4 and not X-1a: xdvipdfmx writes PDF 1.5 with object streams and
OpenType (CFF) font programs, which PDF/X-4 (ISO 15930-7, PDF 1.6) allows
as they are; X-1a:2001 would mean rewriting the file down to PDF 1.3. The
interior is set in black only (DeviceGray), with no transparency and no
images, so it meets X-1a's colour rules as well. IngramSpark and KDP both
accept PDF/X-4.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pikepdf

from folio.diagnostics import BuildError, Code, fail

PDFX_VERSION = "PDF/X-4"
ICC_PROFILE = Path("/usr/share/texlive/texmf-dist/tex/generic/colorprofiles/FOGRA39L_coated.icc")
"""FOGRA39 (ISO Coated v2 300% / ISO 12647-2:2004), from Debian's texlive-base."""
OUTPUT_CONDITION = "FOGRA39"
OUTPUT_CONDITION_INFO = "Coated FOGRA39 (ISO 12647-2:2004)"
REGISTRY = "http://www.color.org"
_INTERACTIVE_ROOT_KEYS = ("/OpenAction", "/AA", "/AcroForm", "/Outlines", "/Names")


Box = tuple[float, float, float, float]


def make_print_interior(reading: Path, output: Path, modified: datetime) -> Path:
    """Write the PDF/X-4 print interior of the reading PDF ``reading`` to ``output``."""
    return make_pdfx(reading, output, modified)


def make_pdfx(source: Path, output: Path, modified: datetime, *, trim: Box | None = None) -> Path:
    """Write ``source`` to ``output`` as PDF/X-4; ``trim`` is the TrimBox (default: each page's MediaBox)."""
    profile = icc_profile()
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with pikepdf.open(source) as document:
            drop_interactive(document)
            set_boxes(document, trim)
            add_output_intent(document, profile)
            set_pdfx_metadata(document, modified, _uuid_for(source))
            document.save(output, deterministic_id=True, min_version="1.6")
    except (pikepdf.PdfError, OSError) as error:
        raise fail(BuildError, Code.P010, source, reason=error) from None
    return output


def icc_profile() -> bytes:
    try:
        return ICC_PROFILE.read_bytes()
    except OSError:
        raise fail(
            BuildError, Code.B001, ICC_PROFILE, tool="the FOGRA39 ICC profile", fix="run `make setup` (texlive-base)"
        ) from None


def drop_interactive(document: pikepdf.Pdf) -> None:
    """No link annotations, forms, actions, scripts or outline."""
    for page in document.pages:
        for key in ("/Annots", "/AA"):
            if key in page.obj:
                del page.obj[key]
    for key in _INTERACTIVE_ROOT_KEYS:
        if key in document.Root:
            del document.Root[key]
    if "/PageMode" in document.Root:
        document.Root.PageMode = pikepdf.Name.UseNone


def set_boxes(document: pikepdf.Pdf, trim: Box | None = None) -> None:
    """BleedBox equal to each page's MediaBox; TrimBox ``trim``, or the MediaBox too (the interior has no bleed)."""
    for page in document.pages:
        media = [float(value) for value in page.mediabox]
        page.obj.TrimBox = pikepdf.Array(list(trim) if trim is not None else media)
        page.obj.BleedBox = pikepdf.Array(media)
        for key in ("/CropBox", "/ArtBox"):
            if key in page.obj:
                del page.obj[key]


def add_output_intent(document: pikepdf.Pdf, profile: bytes) -> None:
    """The GTS_PDFX output intent with its destination profile (CMYK, four components)."""
    stream = pikepdf.Stream(document, profile)
    stream.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
        OutputCondition=pikepdf.String(OUTPUT_CONDITION_INFO),
        Info=pikepdf.String(OUTPUT_CONDITION_INFO),
        RegistryName=pikepdf.String(REGISTRY),
        DestOutputProfile=document.make_indirect(stream),
    )
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])


def set_pdfx_metadata(document: pikepdf.Pdf, modified: datetime, uuid: str) -> None:
    """GTS_PDFXVersion and Trapped in the Info dictionary and in XMP, with the ids PDF/X-4 asks for."""
    stamp = modified.astimezone(UTC)
    info = document.docinfo
    info.GTS_PDFXVersion = pikepdf.String(PDFX_VERSION)
    info.Trapped = pikepdf.Name.False_
    pdf_date = stamp.strftime("D:%Y%m%d%H%M%SZ")
    info.CreationDate = info.get("/CreationDate", pikepdf.String(pdf_date))
    info.ModDate = pikepdf.String(pdf_date)
    identifier = f"uuid:{uuid}"
    with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta.register_xml_namespace("http://www.npes.org/pdfx/ns/id/", "pdfxid")
        meta["pdfxid:GTS_PDFXVersion"] = PDFX_VERSION
        meta["pdf:Trapped"] = "False"
        meta["xmpMM:DocumentID"] = identifier
        meta["xmpMM:InstanceID"] = identifier
        meta["xmpMM:VersionID"] = "1"
        meta["xmpMM:RenditionClass"] = "default"
        meta["xmp:ModifyDate"] = stamp.isoformat()
        meta["xmp:MetadataDate"] = stamp.isoformat()
        if "xmp:CreateDate" not in meta:
            meta["xmp:CreateDate"] = stamp.isoformat()


def _uuid_for(reading: Path) -> str:
    """A UUID derived from the reading PDF's bytes, so the same book gives the same id."""
    digest = hashlib.sha256(reading.read_bytes()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=5))
