"""Stage 2, the glossary register: the people and institutions the articles name.

* :mod:`~folio.glossary.register`: load and check ``book/glossary.yml``;
* :mod:`~folio.glossary.matcher`: find mentions of its entries in text;
* :mod:`~folio.glossary.resolve`: what a titled form means in a chapter;
* :mod:`~folio.glossary.drafting`: draft entries for a new article (`folio glossary draft`).

Nothing here imports Sphinx: :mod:`folio.sphinxext.glossary` is the Sphinx side.
"""
