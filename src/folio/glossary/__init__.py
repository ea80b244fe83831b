"""Stage 2, the glossary register: the people and institutions the articles name.

* :mod:`~folio.glossary.register`: load and check ``book/glossary.yml``;
* :mod:`~folio.glossary.matcher`: find mentions of its entries in text.

Nothing here imports Sphinx: :mod:`folio.sphinxext.glossary` is the Sphinx side.
"""
