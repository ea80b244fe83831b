"""Stage 5b, the EPUB step: Sphinx's pages packaged by ebooklib into the e-reader edition.

* :mod:`~folio.epub.opf`: the package document's namespaces and spine;
* :mod:`~folio.epub.pages`: Sphinx's pages, read and made the edition's;
* :mod:`~folio.epub.printpages`: the print edition's pages, read from its PDF;
* :mod:`~folio.epub.pagebreaks`: markers where each print page begins;
* :mod:`~folio.epub.references`: the glossary's back-references in print pages;
* :mod:`~folio.epub.cover`: the generated cover image;
* :mod:`~folio.epub.package`: the edition, packaged (:func:`~folio.epub.package.build_epub`);
* :mod:`~folio.epub.archive`: a deterministic zip, written atomically.
"""
