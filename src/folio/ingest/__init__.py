"""Stage 1, ingest: a licensed seed becomes a MyST chapter.

* :mod:`~folio.ingest.seed`: read a seed and its sidecar;
* :mod:`~folio.ingest.escape`: make article text literal for MyST;
* :mod:`~folio.ingest.chapter`: write a chapter, read it back, compare it with its seed;
* :mod:`~folio.ingest.order`: the order of the chapters;
* :mod:`~folio.ingest.words`: the word-level comparison every text check uses.
"""
