"""The book's own pages name book.toml's fields as ``{{ name }}``: printed as text, tracked per page."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import NOTICE, folio, make_project, no_traceback
from lxml import html

ARTICLE = f"A short article about nothing much.\nIt has two paragraphs.\n{NOTICE}\n"
CONTENTS = "```{chapters}\n```\n\n```{toctree}\n:hidden:\n\nglossary\ncopyright\n```\n"


def project_with(tmp_path: Path, title: str, front_page: str) -> Path:
    project = make_project(tmp_path / "book", {"100_short.txt": ARTICLE}, {"100_short.toml": 'title = "Short"\n'})
    config = project / "book" / "book.toml"
    text = re.sub(r'(?m)^title = ".*"$', f"title = {title!r}".replace("'", '"'), config.read_text(encoding="utf-8"))
    config.write_text(text, encoding="utf-8")
    (project / "book" / "index.md").write_text(front_page, encoding="utf-8")
    return project


def test_a_field_with_markup_characters_prints_as_written(tmp_path: Path) -> None:
    title = "Stars *and* {braces} <b>"
    project = project_with(
        tmp_path, title, f"# {{{{ title }}}}\n\nThis book collects {{{{ articles }}}}.\n\n{CONTENTS}"
    )
    result = folio(project, "build", "html", "--sphinx-opts=-W")
    assert result.returncode == 0, result.stderr
    page = html.parse(str(project / "dist" / "html" / "index.html")).getroot()
    assert " ".join(page.xpath("//article//h1")[0].text_content().split()).startswith(title)
    assert "This book collects a licensed article." in " ".join(page.text_content().split())


def test_an_unknown_name_is_an_error_at_its_line(tmp_path: Path) -> None:
    project = project_with(tmp_path, "Plain", f"# {{{{ title }}}}\n\nBy {{{{ author_name }}}}.\n\n{CONTENTS}")
    result = folio(project, "build", "html", "--sphinx-opts=-W")
    no_traceback(result.stderr)
    assert result.returncode == 3
    assert re.search(
        r"index\.md:3: WARNING: B013 \{\{ author_name \}\} names no book field; use one of: .*articles", result.stderr
    ), result.stderr
