"""Sort keys and family names of drafted people."""

from __future__ import annotations

from pathlib import Path

import pytest

from folio.glossary.drafting.names import family_name, slug, sort_key
from folio.glossary.register import Entry, Register


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Vladimir Putin", "Putin, Vladimir"),
        ("Kim Jong Un", "Kim Jong Un"),
        ("Kim Yung-ho", "Kim Yung-ho"),
        ("Xi Jinping", "Xi Jinping"),
        ("Nguyen Van Hieu", "Nguyen Van Hieu"),
        ("Lee Kuan Yew", "Lee Kuan Yew"),
        ("Kishida Fumio", "Kishida Fumio"),
        ("Fumio Kishida", "Kishida, Fumio"),
        ("Lee Anderson", "Anderson, Lee"),
        ("Kim Kardashian", "Kardashian, Kim"),
        ("Jack Ma", "Ma, Jack"),
        ("Charles de Gaulle", "Gaulle, Charles de"),
        ("Ursula von der Leyen", "Leyen, Ursula von der"),
        ("Bashar al-Assad", "Assad, Bashar al-"),
        ("Robert De Niro", "De Niro, Robert"),
        ("Martin Luther King Jr.", "King, Martin Luther, Jr."),
        ("John F. Kennedy", "Kennedy, John F."),
        ("Hamad bin Rashid Al Nuaimi", "Al Nuaimi, Hamad bin Rashid"),
        ("Ignacio Ruiz Campos", "Ruiz Campos, Ignacio"),  # Spanish: both family names
        ("Helena Bastos Ribeiro", "Ribeiro, Helena Bastos"),  # Portuguese: the last
        ("Maria Teresa Villanueva", "Villanueva, Maria Teresa"),  # two given names
        ("Nguyen Thi Mai", "Nguyen Thi Mai"),
    ],
)
def test_sort_keys(name: str, key: str) -> None:
    assert sort_key(name, "person") == key


def test_institutions_sort_as_named_and_ids_are_plain() -> None:
    assert sort_key("Bank of Korea", "institution") == "Bank of Korea"
    assert slug("Médecins Sans Frontières") == "medecins-sans-frontieres"
    assert slug("Workers' Federation") == "workers-federation"
    assert slug("Zoë Ødegaard") == "zoe-odegaard"
    assert slug("Łódź Æsir Institute") == "lodz-aesir-institute"


def test_the_glossary_files_letters_with_strokes_under_their_base_letter() -> None:
    people = [
        Entry(id=name.lower(), name=name, kind="person", sort=sort, definition="A person.")
        for name, sort in (("Zelensky", "Zelensky, Volodymyr"), ("Odegaard", "Ødegaard, Zoë"), ("Olsen", "Olsen, Ann"))
    ]
    register = Register(Path("glossary.yml"), tuple(people))
    assert [entry.name for entry in register.of_kind("person")] == ["Odegaard", "Olsen", "Zelensky"]


@pytest.mark.parametrize(
    ("name", "family"),
    [("Kim Jong Un", "Kim"), ("Sanne de Vries", "de Vries"), ("Vladimir Putin", "Putin"), ("Xi Jinping", "Xi")],
)
def test_the_word_a_title_goes_with(name: str, family: str) -> None:
    assert family_name(name) == family
