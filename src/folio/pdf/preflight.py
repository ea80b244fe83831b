"""Preflight: does a PDF meet what a print-on-demand service asks of PDF/X-4?

No PDF/X validator is packaged for Debian or PyPI (veraPDF covers PDF/A and
PDF/UA), so each requirement is checked here with pikepdf and poppler's
``pdffonts``, one code each:

* P011: the PDF/X keys: ``GTS_PDFXVersion``, a ``GTS_PDFX`` output intent
  with its ICC profile, ``Trapped``, a document ID;
* P012: every page's ``TrimBox`` equals the book's trim, inside its
  ``BleedBox`` and ``MediaBox``;
* P013: every font embedded (and subset);
* P014: only grey or CMYK colour: no RGB operator, colour space or image;
* P015: nothing interactive: no annotation, JavaScript or encryption;
* P016: no transparency (soft masks, constant alpha below 1, blend modes).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf

from folio.diagnostics import Code, Diagnostic, diagnose
from folio.tools import run

TOLERANCE = 0.5
"""How far, in PDF points, a box may be from the trim (rounding in the PDF writer)."""
_RGB_OPERATORS = frozenset({"rg", "RG"})
_RGB_SPACES = frozenset({"/DeviceRGB", "/CalRGB"})


def preflight(pdf: Path, trim: tuple[float, float] | None = None) -> list[Diagnostic]:
    """Every PDF/X finding for ``pdf``; ``trim`` (width, height in PDF points) is what the TrimBox must be."""
    try:
        document = pikepdf.open(pdf)
    except pikepdf.PasswordError:
        return [diagnose(Code.P015, pdf, what="the file is encrypted")]
    except (pikepdf.PdfError, OSError) as error:
        return [diagnose(Code.P009, pdf, reason=error)]
    with document:
        findings = pdfx_keys(document, pdf)
        findings += boxes(document, pdf, trim)
        findings += interactive(document, pdf)
        findings += colour_and_transparency(document, pdf)
    return findings + fonts(pdf)


def pdfx_keys(document: pikepdf.Pdf, pdf: Path) -> list[Diagnostic]:
    found = []
    info = document.docinfo
    if not str(info.get("/GTS_PDFXVersion", "")).startswith("PDF/X-"):
        found.append(diagnose(Code.P011, pdf, what="the GTS_PDFXVersion key"))
    if info.get("/Trapped") not in (pikepdf.Name.True_, pikepdf.Name.False_):
        found.append(diagnose(Code.P011, pdf, what="the Trapped key (True or False)"))
    intents = [i for i in document.Root.get("/OutputIntents", []) if i.get("/S") == pikepdf.Name.GTS_PDFX]
    if not intents or "/DestOutputProfile" not in intents[0]:
        found.append(diagnose(Code.P011, pdf, what="a GTS_PDFX output intent with its ICC profile"))
    if "/ID" not in document.trailer:
        found.append(diagnose(Code.P011, pdf, what="the document ID"))
    return found


def boxes(document: pikepdf.Pdf, pdf: Path, trim: tuple[float, float] | None) -> list[Diagnostic]:
    found = []
    for number, page in enumerate(document.pages, 1):
        if "/TrimBox" not in page.obj:
            found.append(diagnose(Code.P012, pdf, page=number, problem="it has no TrimBox"))
            continue
        box = [float(v) for v in page.obj.TrimBox]
        size = (box[2] - box[0], box[3] - box[1])
        if trim is not None and any(abs(a - b) > TOLERANCE for a, b in zip(size, trim, strict=True)):
            problem = f"its TrimBox is {size[0]:.1f} × {size[1]:.1f} pt, not the trim {trim[0]:.1f} × {trim[1]:.1f} pt"
            found.append(diagnose(Code.P012, pdf, page=number, problem=problem))
        for name in ("/BleedBox", "/MediaBox"):
            outer = [float(v) for v in page.obj.get(name, page.mediabox)]
            if not _contains(outer, box):
                found.append(diagnose(Code.P012, pdf, page=number, problem=f"its TrimBox is not inside its {name[1:]}"))
    return found


def _contains(outer: list[float], inner: list[float]) -> bool:
    return (
        outer[0] <= inner[0] + TOLERANCE
        and outer[1] <= inner[1] + TOLERANCE
        and outer[2] >= inner[2] - TOLERANCE
        and outer[3] >= inner[3] - TOLERANCE
    )


def interactive(document: pikepdf.Pdf, pdf: Path) -> list[Diagnostic]:
    found = []
    if document.is_encrypted:
        found.append(diagnose(Code.P015, pdf, what="the file is encrypted"))
    for number, page in enumerate(document.pages, 1):
        annotations: pikepdf.Object = page.obj.get("/Annots", pikepdf.Array())
        if len(annotations):
            found.append(diagnose(Code.P015, pdf, what=f"page {number} has {len(annotations)} annotation(s)"))
    names: pikepdf.Object = document.Root.get("/Names", pikepdf.Dictionary())
    if "/JavaScript" in names or "/OpenAction" in document.Root or "/AA" in document.Root:
        found.append(diagnose(Code.P015, pdf, what="the document has an action or JavaScript"))
    return found


def colour_and_transparency(document: pikepdf.Pdf, pdf: Path) -> list[Diagnostic]:
    found = []
    for number, page in enumerate(document.pages, 1):
        operators = {str(instruction.operator) for instruction in pikepdf.parse_content_stream(page)}
        rgb = sorted(operators & _RGB_OPERATORS)
        if rgb:
            found.append(diagnose(Code.P014, pdf, page=number, what=f"the RGB colour operator {rgb[0]}"))
        for what in _resource_problems(page.obj.get("/Resources", pikepdf.Dictionary())):
            code = Code.P016 if what.startswith("transparency") else Code.P014
            found.append(diagnose(code, pdf, page=number, what=what))
    return found


def _resource_problems(resources: pikepdf.Object) -> Iterator[str]:
    for name, space in resources.get("/ColorSpace", {}).items():
        family = space[0] if isinstance(space, pikepdf.Array) else space
        if str(family) in _RGB_SPACES:
            yield f"the RGB colour space {name}"
    for name, image in resources.get("/XObject", {}).items():
        if image.get("/Subtype") == pikepdf.Name.Image and str(image.get("/ColorSpace", "")) in _RGB_SPACES:
            yield f"the RGB image {name}"
        if image.get("/SMask") is not None:
            yield f"transparency: the soft mask of {name}"
    for name, state in resources.get("/ExtGState", {}).items():
        if float(state.get("/CA", 1)) < 1 or float(state.get("/ca", 1)) < 1:
            yield f"transparency: the alpha of {name}"
        if str(state.get("/BM", "/Normal")) not in ("/Normal", "/Compatible"):
            yield f"transparency: the blend mode of {name}"
        if state.get("/SMask", pikepdf.Name.None_) != pikepdf.Name.None_:
            yield f"transparency: the soft mask of {name}"


def fonts(pdf: Path) -> list[Diagnostic]:
    """Every font embedded and subset, as ``pdffonts`` reports them."""
    lines = run("pdffonts", [str(pdf)], place=pdf).stdout.splitlines()[2:]
    found = []
    for line in lines:
        columns = line.split()
        if len(columns) < 5:
            continue
        name, embedded, subset = columns[0], columns[-5], columns[-4]
        if embedded != "yes":
            found.append(diagnose(Code.P013, pdf, font=name, what="not embedded"))
        elif subset != "yes":
            found.append(diagnose(Code.P013, pdf, font=name, what="embedded whole, not subset"))
    return found
