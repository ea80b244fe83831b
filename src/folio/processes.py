"""Running the tools a build calls: logged, in their own process group, stoppable.

A tool runs with its output in a log file and no terminal input. On an
interrupt or a timeout folio stops the tool and everything it started (latexmk's
xelatex) before it reports; a failure raises B002 with the log's tail.
:class:`Job` lets a tool run in the background (LaTeX beside the other
editions) and be waited for later.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from folio.diagnostics import BuildError, Code, fail

LOG_TAIL = 20
STOP_GRACE = 5
"""Seconds a tool has to exit after SIGTERM before it is killed."""


class Job:
    """A tool started in the background with its output in ``log``."""

    def __init__(self, command: Sequence[str], log: Path, name: str, *, env: dict[str, str], cwd: Path | None = None, timeout: int = 600) -> None:
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log, self.name, self.timeout = log, name, timeout
        self.started = time.monotonic()
        with log.open("w", encoding="utf-8") as handle:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=handle, stderr=subprocess.STDOUT,
                                            env=env, cwd=cwd, process_group=0)

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
            lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
            tail = "\n".join(f"    {line}" for line in lines[-LOG_TAIL:])
            raise fail(BuildError, Code.B002, self.log, step=self.name, status=status, tail=tail)

    def cancel(self) -> None:
        """Stop the tool if it still runs (another step failed)."""
        if self.process.poll() is None:
            stop(self.process)


def run_logged(command: Sequence[str], log: Path, name: str, *, env: dict[str, str], cwd: Path | None = None, timeout: int = 600) -> None:
    """Run a tool to its end with its output in ``log``; on failure raise B002 with the log's tail."""
    Job(command, log, name, env=env, cwd=cwd, timeout=timeout).wait()


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
    """Hold SIGINT, SIGTERM and SIGHUP off while ``dist/`` changes; they take effect just after."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
