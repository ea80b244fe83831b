"""The external tools folio runs: finding them, running them, stopping them.

Every tool is found the same way from ``make``, from the bare ``folio``
command and from the tests (:func:`find`), and runs through one of two
functions with one mapping of failures to codes:

* :func:`run` for a short tool whose output folio reads (pdftotext,
  EPUBCheck, Ace): a missing tool is B001, a timeout B004, a failure B002;
* :class:`Job` for a long tool whose output goes to a log (sphinx-build,
  xelatex), in the background if need be, in its own process group so that
  an interrupt stops it and everything it started.

:func:`step` reports a slow step's start and duration.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from folio.diagnostics import BuildError, Code, fail

LOG_TAIL = 20
STOP_GRACE = 5
"""Seconds a tool has to exit after SIGTERM before it is killed."""
ROOT = Path(__file__).resolve().parents[2]
"""The folio checkout this code runs from (``src/folio/..``), where ``make setup`` installs Ace."""

Progress = Callable[[str], None]


class Tool(NamedTuple):
    """How to find one external tool, and what to tell a user who lacks it."""

    name: str
    candidates: tuple[str, ...]
    fix: str
    variable: str = ""
    """An environment variable that names the executable, checked first."""
    bundled: tuple[str, ...] = ()
    """Paths below :data:`ROOT` where ``make setup`` puts it."""


TOOLS = {
    "latexmk": Tool("latexmk", ("latexmk",), "run `make setup` (it installs TeX Live)"),
    "xelatex": Tool("xelatex", ("xelatex",), "run `make setup` (it installs TeX Live)"),
    "pdftotext": Tool("pdftotext", ("pdftotext",), "run `make setup` (it installs poppler-utils)"),
    "pdfinfo": Tool("pdfinfo", ("pdfinfo",), "run `make setup` (it installs poppler-utils)"),
    "pdffonts": Tool("pdffonts", ("pdffonts",), "run `make setup` (it installs poppler-utils)"),
    "java": Tool("Java", ("java",), "install a Java runtime: `apt-get install default-jre-headless`"),
    "chromium": Tool(
        "Chromium",
        ("chromium", "chromium-browser", "google-chrome"),
        "install Debian's chromium (`apt-get install chromium`) or set PUPPETEER_EXECUTABLE_PATH",
        variable="PUPPETEER_EXECUTABLE_PATH",
    ),
    "ace": Tool(
        "Ace by DAISY (ace-cli)",
        ("ace-cli", "ace"),
        "run `make setup` (it installs Ace into tools/ace), or point FOLIO_ACE at an ace-cli executable",
        variable="FOLIO_ACE",
        bundled=("tools/ace/node_modules/.bin/ace-cli",),
    ),
}


def find(key: str) -> str:
    """The executable of tool ``key``: its variable, then ``make setup``'s copy, then ``PATH``; else B001."""
    tool = TOOLS[key]
    configured = os.environ.get(tool.variable, "") if tool.variable else ""
    if configured:
        found = shutil.which(configured)
        if found:
            return found
        raise fail(BuildError, Code.B001, configured, None, tool=tool.name, fix=tool.fix)
    for relative in tool.bundled:
        candidate = ROOT / relative
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    for name in tool.candidates:
        found = shutil.which(name)
        if found:
            return found
    raise fail(BuildError, Code.B001, tool.candidates[0], None, tool=tool.name, fix=tool.fix)


ACE_LAUNCH_MILLISECONDS = "120000"
"""How long Ace waits for Chromium to start (``$ACE_TIMEOUT_INITIAL``).

Ace's own default is 5 s, which a cold Chromium on a busy two-core machine
can exceed (its first start also builds the font caches); a launch that
times out fails the whole check with no report.
"""


def environment_for(key: str) -> dict[str, str]:
    """The environment tool ``key`` needs: Ace gets Debian's Chromium, never a downloaded one, and time to start it."""
    environment = dict(os.environ)
    if key == "ace":
        if not environment.get("PUPPETEER_EXECUTABLE_PATH"):
            environment["PUPPETEER_EXECUTABLE_PATH"] = find("chromium")
        environment.setdefault("ACE_TIMEOUT_INITIAL", ACE_LAUNCH_MILLISECONDS)
    return environment


def run(
    key: str, arguments: Sequence[str], *, timeout: int = 600, check: bool = True, place: Path | str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run tool ``key`` with ``arguments`` and capture its output.

    With ``check`` a non-zero exit is B002 with the end of its error output.
    """
    command = [find(key), *arguments]
    where = place if place is not None else command[0]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=environment_for(key),
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise fail(BuildError, Code.B004, where, None, tool=TOOLS[key].name, seconds=timeout) from None
    except OSError as error:
        raise fail(BuildError, Code.B002, where, None, step=TOOLS[key].name, status=error.errno, tail=error) from None
    if check and result.returncode != 0:
        raise fail(
            BuildError,
            Code.B002,
            where,
            None,
            step=TOOLS[key].name,
            status=result.returncode,
            tail=tail_of(result.stderr or result.stdout),
        )
    return result


def tail_of(text: str, lines: int = LOG_TAIL) -> str:
    """The last ``lines`` lines of ``text``, indented, for a B002 message."""
    kept = (text.strip() or "(no output)").splitlines()[-lines:]
    return "\n".join(f"    {line}" for line in kept)


class Job:
    """A tool started in the background with its output in ``log``."""

    def __init__(
        self,
        command: Sequence[str],
        log: Path,
        name: str,
        *,
        env: dict[str, str],
        cwd: Path | None = None,
        timeout: int = 600,
    ) -> None:
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log, self.name, self.timeout = log, name, timeout
        self.started = time.monotonic()
        with log.open("w", encoding="utf-8") as handle:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=handle,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=cwd,
                process_group=0,
            )

    def wait(self) -> None:
        """Wait for the tool; raise B004 on a timeout and B002 on failure. An interrupt stops it."""
        try:
            status = self.process.wait(timeout=max(0.0, self.timeout - (time.monotonic() - self.started)))
        except subprocess.TimeoutExpired:
            stop(self.process)
            raise fail(BuildError, Code.B004, self.log, tool=self.name, seconds=self.timeout) from None
        except BaseException:
            stop(self.process)
            raise
        if status != 0:
            tail = tail_of(self.log.read_text(encoding="utf-8", errors="replace"))
            raise fail(BuildError, Code.B002, self.log, step=self.name, status=status, tail=tail)

    def running(self) -> bool:
        return self.process.poll() is None

    def cancel(self) -> None:
        """Stop the tool if it still runs (another step failed)."""
        if self.running():
            stop(self.process)


def run_logged(
    command: Sequence[str], log: Path, name: str, *, env: dict[str, str], cwd: Path | None = None, timeout: int = 600
) -> None:
    """Run a tool to its end with its output in ``log``; on failure raise B002 with the log's tail."""
    Job(command, log, name, env=env, cwd=cwd, timeout=timeout).wait()


def python_tool(module: str) -> list[str]:
    """The command that runs a Python module with this interpreter (``sphinx``)."""
    return [sys.executable, "-m", module]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a tool and all it started (its process group): SIGTERM, then SIGKILL after a grace period."""
    with uninterrupted():
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            if group_ended(process, STOP_GRACE):
                return


def group_ended(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """Whether the tool and every process in its group exit within ``seconds``."""
    deadline = time.monotonic() + seconds
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return False
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP off while ``dist/`` changes; they take effect just after.

    Blocking the signals in this thread is not enough when others run (the
    checkers' pool, the cover's thread): the kernel hands a signal to any
    thread that does not block it, and Python then runs the handler in the
    main thread. So the main thread also swaps in handlers that only note
    the signal, and raises each noted one again once ``dist/`` is whole.
    """
    held = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    caught: list[int] = []
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        for number in held:
            handlers[number] = signal.getsignal(number)
            signal.signal(number, lambda received, frame: caught.append(received))
    try:
        yield
    finally:
        for number, handler in handlers.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        for received in dict.fromkeys(caught):
            signal.raise_signal(received)


@contextmanager
def step(progress: Progress, edition: str, name: str) -> Iterator[None]:
    """Report a step's start and how long it took."""
    progress(f"folio: {edition}: {name} …")
    started = time.perf_counter()
    yield
    progress(f"folio: {edition}: {name} done in {time.perf_counter() - started:.1f} s")
