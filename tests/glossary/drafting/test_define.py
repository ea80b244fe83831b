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


def test_where_a_person_works_stops_before_what_they_did() -> None:
    text = "Zhang Weiwei of Fudan University in Shanghai said the hotline was useful but fragile."
    [zhang, *_] = extract([(1, text)])
    assert definition(zhang, "seeds/a.txt:1") == "Zhang Weiwei of Fudan University in Shanghai."


@pytest.mark.parametrize(
    ("text", "name", "sort", "aliases"),
    [
        (
            "Iwaya Takeshi, Japan's foreign minister, met his counterpart. Mr Iwaya said the talks were frank.",
            "Iwaya Takeshi",
            "Iwaya Takeshi",
            ["Mr Iwaya"],
        ),
        (
            "The Bishop of London, Sarah Mullally, spoke against. Dame Sarah, a former nurse, said so.",
            "Sarah Mullally",
            "Mullally, Sarah",
            ["Dame Sarah"],
        ),
    ],
)
def test_a_title_with_the_first_word_of_a_name_keeps_it_whole(text: str, name: str, sort: str, aliases: list) -> None:
    """ "Mr Iwaya" says Iwaya is the family name, written first; "Dame Sarah" takes a given name and says nothing."""
    found = {entry.name: entry for entry in extract([(1, text)])}
    assert (found[name].sort, found[name].aliases) == (sort, aliases)
