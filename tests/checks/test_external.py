"""EPUBCheck's and Ace's reports, read into folio diagnostics; missing tools say how to install them.

The checkers themselves run once per session on the real edition
(tests/test_epub.py). Here their report formats are fed in directly, in the
shapes EPUBCheck 5.3 (``--json``) and Ace 1.4 (``report.json``) write.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from folio.checks import external as validators
from folio.diagnostics import BuildError, Code

EPUBCHECK_REPORT = {
    "messages": [
        {
            "ID": "RSC-005",
            "severity": "ERROR",
            "message": 'Error while parsing file: element "foo" not allowed here',
            "suggestion": None,
            "locations": [{"path": "EPUB/chapters/one.xhtml", "line": 12, "column": 4}],
        },
        {
            "ID": "OPF-097",
            "severity": "USAGE",
            "message": 'Resource "EPUB/x.css" is listed in the manifest, but no reference to it was found.',
            "suggestion": "Remove it.",
            "locations": [
                {"path": "EPUB/content.opf", "line": 9, "column": 1},
                {"path": "EPUB/content.opf", "line": -1},
            ],
        },
        {"ID": "PKG-010", "severity": "WARNING", "message": "Filename contains spaces.", "locations": []},
        {"ID": "CHK-008", "severity": "SUPPRESSED", "message": "ignored", "locations": []},
    ]
}

ACE_REPORT = {
    "assertions": [
        {
            "earl:testSubject": {"url": "EPUB/content.opf"},
            "assertions": [
                {
                    "earl:result": {
                        "earl:outcome": "fail",
                        "dct:description": "Publications must declare the 'schema:accessMode' metadata",
                    },
                    "earl:test": {"earl:impact": "serious", "dct:title": "metadata-accessmode"},
                }
            ],
        },
        {
            "earl:testSubject": {"url": "one.xhtml"},
            "assertions": [
                {
                    "earl:result": {
                        "earl:outcome": "fail",
                        "dct:description": "The <html> element does not have a lang attribute",
                        "earl:pointer": {"css": ["html"]},
                    },
                    "earl:test": {"earl:impact": "serious", "dct:title": "html-has-lang"},
                }
            ],
        },
        {"earl:testSubject": {"url": "two.xhtml"}, "assertions": [], "earl:result": {"earl:outcome": "pass"}},
    ]
}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "book.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("EPUB/content.opf", "")
        archive.writestr("EPUB/one.xhtml", "")
    return path


def test_epubcheck_messages_become_diagnostics_with_places(package: Path) -> None:
    found = validators.parse_epubcheck(EPUBCHECK_REPORT, package)
    assert [(d.code, d.line) for d in found] == [(Code.E001, 12), (Code.E003, 9), (Code.E003, None), (Code.E002, None)]
    assert (
        str(found[0])
        == f'{package}/EPUB/chapters/one.xhtml:12: E001 EPUBCheck RSC-005: Error while parsing file: element "foo" not allowed here'
    )
    assert found[1].message.endswith("(Remove it.)")
    assert found[3].path == str(package)


def test_ace_failures_become_diagnostics_inside_the_package(package: Path) -> None:
    found = validators.parse_ace(ACE_REPORT, package)
    assert [str(d) for d in found] == [
        f"{package}/EPUB/content.opf: E004 Ace metadata-accessmode (serious): Publications must declare the 'schema:accessMode' metadata",
        f"{package}/EPUB/one.xhtml: E004 Ace html-has-lang (serious): The <html> element does not have a lang attribute (at html)",
    ]


def test_missing_java_says_how_to_install_it(package: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BuildError) as raised:
        validators.run_epubcheck(package)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.B001 and "apt-get install" in diagnostic.message


def test_missing_ace_says_how_to_install_it(package: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("FOLIO_ACE", str(tmp_path / "no-such-ace"))
    with pytest.raises(BuildError) as raised:
        validators.run_ace(package)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.B001 and "make setup" in diagnostic.message and "FOLIO_ACE" in diagnostic.message


def test_missing_chromium_for_ace_says_how_to_install_it(
    package: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ace = tmp_path / "ace-cli"
    ace.write_text("#!/bin/sh\nexit 0\n")
    ace.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("FOLIO_ACE", str(ace))
    monkeypatch.delenv("PUPPETEER_EXECUTABLE_PATH", raising=False)
    with pytest.raises(BuildError) as raised:
        validators.run_ace(package)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.B001 and "chromium" in diagnostic.message


def test_a_checker_that_writes_no_report_fails_with_its_output(
    package: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ace = tmp_path / "ace-cli"
    ace.write_text("#!/bin/sh\necho 'puppeteer: could not start the browser' >&2\nexit 1\n")
    ace.chmod(0o755)
    monkeypatch.setenv("FOLIO_ACE", str(ace))
    monkeypatch.setenv("PUPPETEER_EXECUTABLE_PATH", "/nonexistent/chromium")
    with pytest.raises(BuildError) as raised:
        validators.run_ace(package)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.code is Code.B002 and "could not start the browser" in diagnostic.message


def test_ace_gets_time_to_start_chromium(package: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Ace's own 5 s launch timeout fails cold Chromium starts on a busy machine; folio gives it two minutes."""
    ace = tmp_path / "ace-cli"
    ace.write_text('#!/bin/sh\necho "launch timeout: $ACE_TIMEOUT_INITIAL ms; arguments: $*" >&2\nexit 1\n')
    ace.chmod(0o755)
    monkeypatch.setenv("FOLIO_ACE", str(ace))
    monkeypatch.setenv("PUPPETEER_EXECUTABLE_PATH", "/nonexistent/chromium")
    monkeypatch.delenv("ACE_TIMEOUT_INITIAL", raising=False)
    with pytest.raises(BuildError) as raised:
        validators.run_ace(package)
    [diagnostic] = raised.value.diagnostics
    assert "launch timeout: 120000 ms" in diagnostic.message
    assert "--silent" not in diagnostic.message
