"""Stage 6, checks: what ``folio check`` and the publishing gate verify.

* :mod:`~folio.checks.editions`: every article word and notice in each edition;
* :mod:`~folio.checks.glossary`: the register, its coverage and its links;
* :mod:`~folio.checks.external`: EPUBCheck and Ace, as folio diagnostics;
* :mod:`~folio.checks.run`: ``folio check``, every check in one list.
"""
