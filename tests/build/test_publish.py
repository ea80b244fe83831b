"""Publishing a checked edition into dist/: whole or not at all, and an interrupt waits for it."""

from __future__ import annotations

import os
import shutil
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from folio.build.publish import publish
from folio.diagnostics import BuildError


@pytest.mark.parametrize("threads", [1, 2], ids=["alone", "beside-another-thread"])
def test_publishing_holds_an_interrupt_until_dist_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threads: int
) -> None:
    """SIGINT while the new edition is copied in: the swap completes first, then the interrupt; also while
    another thread runs (folio's checkers and cover do), which the kernel may hand the signal to."""
    release = threading.Event()
    others = [threading.Thread(target=release.wait, daemon=True) for _ in range(threads - 1)]
    for thread in others:
        thread.start()
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "index.html").write_text("new")
    (tmp_path / "dist" / "html").mkdir(parents=True)
    (tmp_path / "dist" / "html" / "index.html").write_text("old")
    (tmp_path / "_build").mkdir()
    copytree = shutil.copytree

    def copy_after_an_interrupt(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)
        return copytree(*args, **kwargs)

    monkeypatch.setattr(shutil, "copytree", copy_after_an_interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            publish(tmp_path / "new", tmp_path / "dist" / "html", tmp_path / "_build")
    finally:
        release.set()
    assert (tmp_path / "dist" / "html" / "index.html").read_text() == "new"
    assert list((tmp_path / "_build").iterdir()) == []


@pytest.mark.parametrize("edition", ["book.epub", "html"])
def test_a_dist_that_cannot_be_written_is_b011(tmp_path: Path, edition: str) -> None:
    """dist/ under a regular file: no one can write there, root included."""
    staged = tmp_path / "_build" / "editions" / edition
    if edition == "html":
        staged.mkdir(parents=True)
        (staged / "index.html").write_text("new")
    else:
        staged.parent.mkdir(parents=True)
        staged.write_bytes(b"new")
    (tmp_path / "not-a-folder").write_text("a file")
    target = tmp_path / "not-a-folder" / "dist" / edition
    with pytest.raises(BuildError) as raised:
        publish(staged, target, tmp_path / "_build")
    assert [str(d) for d in raised.value.diagnostics] == [
        f"{target}: B011 cannot publish the edition here: Not a directory"
    ]
    assert (tmp_path / "not-a-folder").read_text() == "a file"
