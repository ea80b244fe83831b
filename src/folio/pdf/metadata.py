"""The PDF's XMP rights statement, set after LaTeX with pikepdf.

hyperxmp writes the XMP packet while LaTeX typesets, but it cannot carry
every character a licence notice may hold: it drops a backslash, for one. So
once the PDF exists, the notice is written again, verbatim, as XMP
``dc:rights``. The save is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from folio.diagnostics import BuildError, Code, fail


def set_rights(pdf: Path, output: Path, notices: tuple[str, ...]) -> Path:
    """Write ``pdf`` to ``output`` with its XMP ``dc:rights`` the licence notices, verbatim, one a line.

    LaTeX's own file is left as it is, so latexmk's record of it stays true.
    """
    import pikepdf

    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with pikepdf.open(pdf) as document:
            with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                if "dc:rights" in meta:
                    del meta["dc:rights"]
                meta["dc:rights"] = "\n".join(notices)
            document.save(output, deterministic_id=True)
    except (pikepdf.PdfError, OSError) as error:
        raise fail(BuildError, Code.P008, pdf, reason=error) from None
    return output
