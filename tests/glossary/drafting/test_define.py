"""Draft definitions: the article's own words about each entry."""

from __future__ import annotations

import pytest

from folio.glossary.drafting.define import definition
from folio.glossary.drafting.extract import extract

ARTICLE = [
    "GENEVA — When Dr. Amara Okafor took charge of the programme in March, the stockpile held 1.2m doses.",
    "Only one manufacturer, Velbio of South Korea, still makes the vaccine. Gavi, the Vaccine Alliance, which"
    " pays for most of the doses, says the price has climbed.",
    "Dr. Okafor, a Nigerian epidemiologist who spent a decade in the field, has pressed governments to pay.",
    "Tran Thi Lan, a statistician at the Pasteur Institute, said the numbers were worse than reported.",
]


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("Amara Okafor", "A Nigerian epidemiologist who spent a decade in the field."),
        ("Velbio", "The only manufacturer."),
        ("Gavi", "The Vaccine Alliance, which pays for most of the doses."),
        ("Tran Thi Lan", "A statistician at the Pasteur Institute."),
    ],
)
def test_a_definition_is_what_the_article_says_even_after_a_titled_form(name: str, wanted: str) -> None:
    found = {entry.name: entry for entry in extract(list(enumerate(ARTICLE, 1)))}
    assert definition(found[name], "seeds/a.txt:1") == wanted
