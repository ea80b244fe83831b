"""Stage 5a, the print edition after Sphinx: LaTeX, the PDF's metadata, the LaTeX log.

* :mod:`~folio.pdf.typeset`: latexmk with xelatex, in the background;
* :mod:`~folio.pdf.metadata`: the licence notices as XMP ``dc:rights``, with pikepdf;
* :mod:`~folio.pdf.latexlog`: every LaTeX warning as a folio diagnostic.
"""
