"""Comparing what an article names with the register: which aliases are proposed for known entries."""

from __future__ import annotations

from helpers import ROOT

from folio.glossary.drafting.context import PERSON
from folio.glossary.drafting.extract import Found
from folio.glossary.drafting.plan import plan
from folio.glossary.register import read_register


def _proposals(*found: Found) -> list[tuple[str, str]]:
    register, _ = read_register(ROOT / "book" / "glossary.yml")
    rows = plan(register, [("seeds/x.txt", list(found))]).rows
    return [(row.id, row.name) for row in rows if row.action == "alias?"]


def test_a_titled_form_of_the_other_gender_is_never_proposed() -> None:
    """kim-jong-un has 'Mr. Kim': an article's 'Ms. Kim' is someone else, whatever the extractor thought."""
    kim = Found("Kim Jong Un", PERSON, 3, [], aliases=["Ms. Kim", "Chairman Kim"])
    assert _proposals(kim) == [("kim-jong-un", "Chairman Kim")]


def test_a_titled_form_a_draft_of_the_same_article_carries_is_not_proposed() -> None:
    sun_hee = Found("Kim Sun-hee", PERSON, 1, [], aliases=["Chairman Kim"])
    kim = Found("Kim Jong Un", PERSON, 3, [], aliases=["Chairman Kim"])
    assert _proposals(sun_hee, kim) == []
    assert _proposals(kim) == [("kim-jong-un", "Chairman Kim")]
