"""Ctrl-C, SIGTERM and SIGHUP, to folio or to make, stop the step they interrupt and keep dist/.

Each case holds the build in the step it names until the signal comes, so
the test never guesses how long a step takes:

* a Sphinx run: the test's copy of ``conf/conf.py`` gets a ``builder-inited``
  hook that writes a marker file and then waits (up to 300 s) for a release
  file that never comes;
* xelatex: a stand-in ``latexmk``, first on ``PATH``, that does the same.

The test waits, with a deadline, for the marker, sends the signal, and then
asserts what a user gets: exit 130 from folio (non-zero from make), the B003
message, ``dist/`` byte for byte as it was, no stray file, and no process
left running in the project.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import ENV, no_process_left, no_traceback, stand_in, stray, tree, wait_for

from folio.diagnostics import ExitCode

INTERRUPTED = "B003 the build was interrupted; dist/ keeps the previous editions"
HOLD_SECONDS = 300
"""How long a held step waits for a release that never comes (a safety net, not a timing)."""

Send = Callable[[subprocess.Popen[bytes]], None]


def ctrl_c(process: subprocess.Popen[bytes]) -> None:
    """What a terminal does on Ctrl-C: SIGINT to the whole foreground process group."""
    os.killpg(process.pid, signal.SIGINT)


def kill(process: subprocess.Popen[bytes]) -> None:
    """What ``kill PID`` does: SIGTERM to that one process."""
    os.kill(process.pid, signal.SIGTERM)


def hang_up(process: subprocess.Popen[bytes]) -> None:
    """What closing the terminal does: SIGHUP to the foreground process group."""
    os.killpg(process.pid, signal.SIGHUP)


class Hold:
    """Where a held step says it is running, and the release file it waits for."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir()
        self.marker, self.release = folder / "running", folder / "release"


def hold_sphinx(project: Path, builder: str, hold: Hold) -> None:
    """Append to the project's conf.py a hook that holds sphinx-build ``-b builder`` once it starts."""
    conf = project / "conf" / "conf.py"
    hook = f"""

# Added by tests/build/test_interrupt.py: hold the build in Sphinx until it is interrupted.
_folio_previous_setup = globals().get("setup")


def setup(app):
    import pathlib
    import time

    def hold(app):
        if app.builder.name != {builder!r}:
            return
        pathlib.Path({str(hold.marker)!r}).write_text(app.builder.name)
        deadline = time.monotonic() + {HOLD_SECONDS}
        while not pathlib.Path({str(hold.release)!r}).exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # poll until the deadline or the release file

    app.connect("builder-inited", hold)
    return _folio_previous_setup(app) if _folio_previous_setup else {{"parallel_read_safe": True}}
"""
    conf.write_text(conf.read_text(encoding="utf-8") + hook, encoding="utf-8")


def hold_latexmk(folder: Path, hold: Hold) -> dict[str, str]:
    """A stand-in latexmk in ``folder`` that holds; the environment that puts it first on PATH."""
    steps = HOLD_SECONDS * 10
    stand_in(
        folder,
        "latexmk",
        f'echo latexmk > "{hold.marker}"\n'
        f'i=0; while [ ! -e "{hold.release}" ] && [ $i -lt {steps} ]; do sleep 0.1; i=$((i+1)); done\nexit 1\n',
    )
    return {**ENV, "PATH": f"{folder}{os.pathsep}{ENV['PATH']}"}


def interrupted(command: list[str], cwd: Path, env: dict[str, str], hold: Hold, send: Send) -> tuple[int, str, str]:
    """Run ``command`` in its own session; once the held step runs, ``send`` a signal.

    Returns the exit status, everything printed, and which step was held.
    """
    output = hold.marker.parent / "output.log"
    with output.open("wb") as handle:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_for(lambda: hold.marker.exists() or process.poll() is not None, HOLD_SECONDS, "the step to start")
        if not hold.marker.exists():
            pytest.fail(f"exited {process.returncode} before the held step:\n{output.read_text()}")
        held = hold.marker.read_text().strip()
        send(process)
        status = process.wait(timeout=120)
    finally:
        hold.release.touch()  # a failed test must not leave a held step behind
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return status, output.read_text(encoding="utf-8", errors="replace"), held


@pytest.mark.parametrize(
    ("editions", "step", "send"),
    [
        pytest.param((), "latex", ctrl_c, id="ctrl-c-while-sphinx-runs"),
        pytest.param(("pdf",), "latexmk", kill, id="sigterm-while-xelatex-runs"),
        pytest.param(("epub",), "epub", kill, id="sigterm-while-sphinx-runs"),
        pytest.param(("html",), "html", hang_up, id="sighup-while-sphinx-runs"),
    ],
)
def test_an_interrupted_build_keeps_dist(
    fixture_copy: Path, tmp_path: Path, editions: tuple[str, ...], step: str, send: Send
) -> None:
    project, hold = fixture_copy, Hold(tmp_path / "hold")
    if step == "latexmk":
        env = hold_latexmk(tmp_path / "bin", hold)
    else:
        env = ENV
        hold_sphinx(project, step, hold)
    dist_before = tree(project / "dist")
    status, output, held = interrupted([sys.executable, "-m", "folio", "build", *editions], project, env, hold, send)
    assert held == step
    assert status == ExitCode.INTERRUPTED == 130, output
    assert INTERRUPTED in output
    no_traceback(output)
    assert tree(project / "dist") == dist_before
    assert stray(project / "dist") == []
    no_process_left(project)


@pytest.mark.parametrize("send", [ctrl_c, kill], ids=["ctrl-c", "sigterm-to-make"])
def test_an_interrupted_make_keeps_dist(make_copy: Path, tmp_path: Path, send: Send) -> None:
    hold = Hold(tmp_path / "hold")
    hold_sphinx(make_copy, "html", hold)
    dist_before = tree(make_copy / "dist")
    command = ["make", "html", f"PYTHON={sys.executable}"]
    status, output, held = interrupted(command, make_copy, ENV, hold, send)
    assert held == "html"
    assert status != 0, output
    assert INTERRUPTED in output
    assert "Deleting file" not in output
    no_traceback(output)
    assert tree(make_copy / "dist") == dist_before
    assert stray(make_copy / "dist") == []
    no_process_left(make_copy)
