"""Fixtures of the extractor's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from folio.glossary.drafting import learned


@pytest.fixture
def rules_alone() -> Iterator[None]:
    """Draft with the rules alone, without the learned step (model.json), for tests of what the rules do."""
    learned.use(None)
    yield
    learned.reset()
