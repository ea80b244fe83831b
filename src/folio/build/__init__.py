"""Stage 4, build: run Sphinx and LaTeX, then check and publish each edition.

* :mod:`~folio.build.inputs`: every input checked before Sphinx starts;
* :mod:`~folio.build.sphinx`: sphinx-build, one shared environment;
* :mod:`~folio.build.pipeline`: the steps of a build, in order;
* :mod:`~folio.build.publish`: a checked edition moved into ``dist/`` by rename.
"""
