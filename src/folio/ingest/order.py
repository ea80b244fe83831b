"""The order of the chapters: one rule for every edition and every list of chapters.

A chapter whose sidecar gives ``order = N`` is chapter N; the others fill
the remaining places in seed-name order. Two chapters asking for the same
place keep seed-name order between them, and an ``order`` past the end puts
the chapter last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def arrange(items: Sequence[T], order: Callable[[T], int | None], name: Callable[[T], str]) -> list[T]:
    """``items`` in reading order (see the module docstring)."""
    placed = sorted((item for item in items if order(item) is not None), key=lambda i: (order(i) or 0, name(i)))
    rest = sorted((item for item in items if order(item) is None), key=name)
    arranged: list[T] = []
    while placed or rest:
        place = len(arranged) + 1
        if placed and (not rest or (order(placed[0]) or 0) <= place):
            arranged.append(placed.pop(0))
        else:
            arranged.append(rest.pop(0))
    return arranged
