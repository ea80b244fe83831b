"""make's edition targets, run as an editor runs them (a copy of the fixture book with this Makefile)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import ENV


def make(project: Path, *goals: str) -> subprocess.CompletedProcess[str]:
    command = ["make", "-s", *goals, f"PYTHON={sys.executable}"]
    return subprocess.run(command, cwd=project, env=ENV, capture_output=True, text=True, timeout=600)


def test_editions_asked_for_together_are_built_in_one_run(make_copy: Path) -> None:
    """`make html epub` reads the sources once, as `make all` does: one LaTeX reading for the EPUB's print
    pages and the HTML together, and both editions published."""
    seed = next((make_copy / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8").replace("\n", " Edited.\n", 1), encoding="utf-8")
    result = make(make_copy, "html", "epub")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    started = [n for n, line in enumerate(lines) if line.endswith("sphinx-build …")]
    assert [lines[n].split(":")[1].strip() for n in started] == ["latex", "html", "epub"], result.stderr
    assert lines.index("folio: pdf: latexmk (xelatex) …") < started[1], "LaTeX typesets while the HTML is written"
    assert "folio: published dist/html" in result.stderr
    assert "folio: published dist/" in result.stderr.split("published dist/html", 1)[1]
    again = make(make_copy, "html", "epub")
    assert again.returncode == 0 and "folio: every edition is up to date" in again.stdout + again.stderr


def test_one_edition_is_built_alone(make_copy: Path) -> None:
    seed = next((make_copy / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8").replace("\n", " Edited.\n", 1), encoding="utf-8")
    result = make(make_copy, "html")
    assert result.returncode == 0, result.stderr
    assert "folio: published dist/html" in result.stderr and ".epub" not in result.stderr


def test_a_refused_book_toml_is_reported_once_and_leaves_no_empty_slug(make_copy: Path) -> None:
    config = make_copy / "book" / "book.toml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good + '\nisbn = "9780306406158"\n', encoding="utf-8")
    shown = make(make_copy, "help")
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr.count("B006") == 1, shown.stderr
    assert "dist/<slug>.pdf" in shown.stdout and "dist/.pdf" not in shown.stdout
    refused = make(make_copy, "all")
    assert refused.returncode != 0 and "B006" in refused.stderr
    config.write_text(good, encoding="utf-8")
    again = make(make_copy, "help")
    slug = (make_copy / "_build" / ".folio-slug").read_text(encoding="utf-8")
    assert slug and f"dist/{slug}.pdf" in again.stdout
