"""Drafting the glossary: register entries for the people and institutions a new article names.

The public surface is two functions:

* :func:`folio.glossary.drafting.extract.extract`: the people and institutions
  named in an article's paragraphs (the one extractor; ``folio check`` uses it
  for its G007 suggestions);
* :func:`folio.glossary.drafting.command.draft`: ``folio glossary draft``.

The steps, in order: :mod:`.lexicon` (word lists, with :mod:`.libraries`), :mod:`.spans`
(capitalised spans), :mod:`.nouns` (noun phrases) and :mod:`.context`
(clues), :mod:`.extract` (people and institutions) with :mod:`.titles`
(titled forms) and :mod:`.aliases` (acronyms and short forms) over the
records of :mod:`.found`, :mod:`.names` (sort keys), :mod:`.define` (draft
definitions), :mod:`.plan` (against the register), :mod:`.yamlfile`
(round-trip writing) and :mod:`.command`. Nothing here imports Sphinx.
"""
