"""A tiny book for the glossary tests: the folio glossary without the rest of folio."""

project = "Glossary fixture"
author = "folio tests"
copyright = "2025, folio tests"
version = release = "1"
language = "en"
extensions = ["myst_parser", "folio.sphinxext.glossary"]
root_doc = "index"
exclude_patterns = ["**/.*"]
smartquotes = False
epub_uid = "glossaryfixture"
epub_copyright = "2025, folio tests"
suppress_warnings = ["epub.unknown_project_files"]
