"""The glossary checks: one fixture book per code, each finding at its file and line with its message.

Fixture books live in ``tests/roots/glossary-*``: a register and a chapter or
two, made to trigger one code each.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, ROOTS

from folio.checks.glossary import check_glossary


@pytest.mark.parametrize(
    ("root", "places", "message"),
    [
        ("glossary-g001", [("book/glossary.yml", 5)], "G001 the register is not valid YAML: "),
        ("glossary-g002", [("book/glossary.yml", 7), ("book/glossary.yml", 9)], "G002 entry '"),
        ("glossary-g003", [("book/glossary.yml", 7), ("book/glossary.yml", 12)], "G003 duplicate "),
        ("glossary-g004", [("book/glossary.yml", 14)], "G004 alias '"),
        (
            "glossary-g005",
            [("book/glossary.yml", 8)],
            "G005 entry 'heritage-foundation' is never mentioned in any chapter",
        ),
        ("glossary-g007", [("book/chapters/one.md", 9)] * 5, "G007 '"),
        ("glossary-g008", [("book/glossary.yml", 7)], "G008 alias '"),
        (
            "glossary-g010",
            [("book/chapters/one.md", 9)],
            "G010 paragraph 1: 'Mr. Kim' is not linked: no entry that carries it (kim-jong-un, kim-yong-chol)"
            " is named in full earlier in this chapter",
        ),
        (
            "glossary-g011",
            [("book/chapters/one.md", 11)],
            "G011 paragraph 2: 'Mr. Kim' links to 'kim-yong-chol', the nearest of kim-yong-chol, kim-jong-un named before it",
        ),
        (
            "glossary-g015",
            [("book/chapters/one.md", 9)],
            "G015 'Mrs. Cho' names a person only by a courtesy title and a surname, so no entry is drafted for them",
        ),
        (
            "glossary-g012",
            [("book/glossary.yml", 15)],
            "G012 pin: the pin names the entry 'kim-il-sung', which is not in the register",
        ),
    ],
)
def test_each_code_at_its_file_and_line(root: str, places: list[tuple[str, int]], message: str) -> None:
    folder = ROOTS / root
    code = message.split()[0]
    findings = [d for d in check_glossary(folder, editions={}) if d.code.name == code]
    assert [(Path(d.path).relative_to(folder).as_posix(), d.line) for d in findings] == places
    assert all(str(d).startswith(f"{d.path}:{d.line}: {message}") for d in findings), [str(d) for d in findings]


def test_the_details_of_each_register_error() -> None:
    messages = {
        root: [d.message for d in check_glossary(ROOTS / root, editions={})]
        for root in ("glossary-g003", "glossary-g004", "glossary-g007", "glossary-g008")
    }
    assert any("every id, name and alias must be unique" in m for m in messages["glossary-g003"])
    assert any("is also a name or alias of" in m for m in messages["glossary-g004"])
    assert all("looks like a name that is not in the register" in m for m in messages["glossary-g007"])
    assert any("is a bare name shared with" in m for m in messages["glossary-g008"])


def test_suggestions_name_the_likely_names_once() -> None:
    findings = check_glossary(ROOTS / "glossary-g007", editions={})
    names = [d.message.split("'")[1] for d in findings if d.code.name == "G007"]
    # The drafting extractor: no place ("North Korea"), event ("Korean War") or date ("New Year");
    # the person and the department she works for apart; a one-word company from its appositive.
    assert names == ["Daniel Brooks", "State Department", "Irene Adler", "Baker Street Institute", "Maersk"]


def test_g006_a_first_mention_the_edition_does_not_link(tmp_path: Path) -> None:
    root = Path(shutil.copytree(ROOTS / "glossary-g006", tmp_path / "glossary-g006"))
    out = tmp_path / "html"
    command = [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", "-d", str(tmp_path / "doctrees")]
    result = subprocess.run([*command, str(root / "book"), str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    findings = [d for d in check_glossary(root, editions={"html": out}) if d.code.name == "G006"]
    assert [(Path(d.path).name, d.line) for d in findings] == [("one.md", 9)]
    assert findings[0].message.startswith("paragraph 1: the first mention of 'kim-jong-un' ('Kim Jong Un')")
    assert str(findings[0]).endswith("G006 " + findings[0].message)
    assert "G006 paragraph 1: the first mention of" in str(findings[0])


def test_the_real_book_passes_its_register_checks() -> None:
    findings = check_glossary(ROOT, editions={})
    assert [str(d) for d in findings] == []
