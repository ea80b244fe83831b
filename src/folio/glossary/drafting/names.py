"""Personal names: the family name, the sort key, the id.

* Most names sort family name first: "Vladimir Putin" → "Putin, Vladimir";
  middle names and initials stay with the given name ("Kennedy, John F.").
* Lower-case particles go after the given name, as in "Gaulle, Charles de",
  "Leyen, Ursula von der", "Assad, Bashar al-"; capitalised ones stay with
  the family name, as English usage has it ("De Niro, Robert").
* Suffixes come last: "King, Martin Luther, Jr."
* Korean, Chinese and Vietnamese names written family name first, and
  Japanese names so written, are kept whole: "Kim Jong Un", "Xi Jinping",
  "Nguyen Van Hieu", "Kishida Fumio". A name counts as written family name
  first when its first word is a family name of those languages
  (:data:`~folio.glossary.drafting.lexicon.EAST_ASIAN_FAMILY`) and every
  other word is one or two romanised syllables ("Jong", "Yung-ho",
  "Jinping"), so "Lee Anderson" and "Kim Kardashian" sort as usual.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from folio.glossary.drafting import lexicon

_ONSET = r"(?:ch|sh|zh|ts|ng|ph|th|kh|gh|tr|nh|gi|qu|hs|ss|kk|tt|pp|jj|[bcdfghjklmnpqrstvwxyz])?y?w?"
_SYLLABLE = rf"{_ONSET}[aeiouy]{{1,3}}(?:ng|nh|n|m|k|p|t|l|r|h|c|ch|w)?"
_ROMANISED = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


def is_family_first(name: str) -> bool:
    """Whether ``name`` is a Korean, Chinese, Vietnamese or Japanese name written family name first."""
    first, *given = name.split()
    if not given:
        return False
    family = lexicon.fold(first)
    if family in lexicon.JAPANESE_FAMILY and len(given) == 1 and given[0] not in lexicon.given_names():
        return True
    if len(given) == 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", given[0]) and _ROMANISED.fullmatch(family):
        return all(_ROMANISED.fullmatch(part) for part in given[0].casefold().split("-"))  # "Kung Ming-hsin"
    if family not in lexicon.EAST_ASIAN_FAMILY or not all(word[:1].isupper() for word in given):
        return False  # "Le Jardin de Hué": a particle is no given name
    parts = [part for word in given for part in lexicon.fold(word).split("-")]
    return all(_ROMANISED.fullmatch(part) for part in parts)


_JAPANESE_SYLLABLES = re.compile(
    r"(?:(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|f|[kgsztdnhbpmyrw])?[aiueo]|n(?![aiueoy])|[kstp](?=[kstpc]))+"
)
"""Romanised Japanese (Hepburn): syllables of a consonant or two and a vowel, "n", and doubled consonants."""


def is_romanised_japanese(name: str) -> bool:
    """Whether every word of ``name`` reads as romanised Japanese ("Sugimura Tetsuya"; not "Grace Hoshino")."""
    return all(_JAPANESE_SYLLABLES.fullmatch(word.casefold()) for word in name.split())


def family_name(name: str) -> str:
    """The word a title goes with ("Mr. Kim", "Mr. Putin", "Ms. de Vries"), as the name's form suggests."""
    words = without_suffix(name.split())[0]
    if is_family_first(name):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in lexicon.particles():
        start -= 1
    return " ".join(words[start:])


def may_be_family(word: str) -> bool:
    """Whether ``word`` is a Korean, Chinese, Vietnamese or Japanese family name."""
    folded = lexicon.fold(word)
    return folded in lexicon.EAST_ASIAN_FAMILY or folded in lexicon.JAPANESE_FAMILY


def sort_key(name: str, kind: str, family_first: bool | None = None, *, portuguese: bool = False) -> str:
    """The register's sort key for a drafted entry (``family_first``: None to guess from the name). In a
    Portuguese or Brazilian article (``portuguese``) a name sorts on its last family name, with the "Filho" or
    "Neto" that ends it ("Pimentel, Luciana Moura", "Siqueira Filho, Frederico de"), not on two as in Spanish."""
    whole = is_family_first(name) if family_first is None else family_first
    if kind != "person" or whole or len(name.split()) < 2:
        return name
    words, suffix = without_suffix(name.split())
    if len(words) < 2:
        return name
    if _english_name_first(words):
        return f"{words[1]} {words[2]}, {words[0]}"  # "Lau Chi-wai, Kenneth"
    family = words[-1]
    given = words[:-1]
    if portuguese and len(words) > 2 and words[-1] in _PORTUGUESE_SUFFIXES:
        family, given = " ".join(words[-2:]), words[:-2]
    elif not portuguese and _two_family_names(words):
        family, given = " ".join(words[1:]), words[:1]  # "García Márquez, Gabriel"
    while len(given) > 1 and given[-1][:1].isupper() and given[-1].casefold() in lexicon.particles() | _INTEGRAL:
        family = f"{given.pop()} {family}"  # "De Niro, Robert", "Ní Riain, Aoife", "St. Louis, Martin"
    tied = next((i for i in range(1, len(given) - 1) if _ties(given, i)), 0)
    if tied:  # "Fernández de la Vega, Ana": a family name, particles, and another
        family, given = " ".join([*given[tied:], family]), given[:tied]
    particles: list[str] = []
    while len(given) > 1 and given[-1] in lexicon.particles():
        particles.insert(0, given.pop())
    prefix = re.match(r"(?:(?i:al|el|ad|as|ash|ibn)|d)[-’'](?=[A-Z])", family)  # "d'Estaing", not "D'Souza"
    if prefix:
        particles.append(family[: prefix.end()])
        family = family[prefix.end() :]
    key = f"{family}, {' '.join([*given, *particles])}"
    return f"{key}, {suffix}" if suffix else key


_PORTUGUESE_SUFFIXES = frozenset({"Filho", "Neto", "Júnior", "Sobrinho"})
"""Words that end a Portuguese family name and sort with it ("Siqueira Filho")."""

_INTEGRAL = frozenset(
    {"ó", "ní", "nic", "ua", "uí", "mhic", "mac", "mc", "giolla", "ghiolla", "st", "st.", "saint", "ste", "ste."}
)
"""Irish prefixes, part of the family name however it sorts ("Ó Broin, Eoin", "Ní Riain, Aoife", "Mac Giolla
Phádraig, Rónán"), and a saint's ("St. Louis, Martin", "Saint Laurent, Yves")."""


def _ties(given: list[str], index: int) -> bool:
    """Whether ``given[index]`` is a family name that particles tie to the last word ("Ana Fernández | de la")."""
    word = given[index]
    rest = given[index + 1 :]
    surname = word[:1].isupper() and word not in lexicon.given_names() and word.casefold() not in lexicon.particles()
    spanish = {"de", "del", "la", "las", "los", "y"}  # not the Portuguese "da Silva", which sorts on "Silva"
    return surname and bool(rest) and all(w in spanish for w in rest) and any(w != "de" for w in rest)


def _english_name_first(words: list[str]) -> bool:
    """A Hong Kong or Taiwanese name with an English given name before the Chinese name written family name first:
    "Kenneth Lau Chi-wai", "Jonathan Ho Ka-leung"; the Cantonese given name, hyphenated, in lower case after the
    hyphen, is the sign, with a family name of one short word ("Bernadette Linn Hon-ho")."""
    if len(words) != 3 or words[0] not in lexicon.given_names():
        return False
    short = lexicon.fold(words[1]) in lexicon.EAST_ASIAN_FAMILY or len(words[1]) <= 5  # "Bernadette Linn Hon-ho"
    return short and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[2]))


def _two_family_names(words: list[str]) -> bool:
    """Spanish usage: a given name, then the father's and the mother's family names ("Ignacio Ruiz Campos"),
    both sorted on: a Spanish given name (not also Portuguese, whose usage sorts on the last), then a
    capitalised word that is no one's given name; or any given name, then a Spanish family name ("Alberto Núñez
    Feijóo", "Federico García Lorca", "Catherine Cortez Masto")."""
    if len(words) != 3:
        return False
    middle = words[1]  # a word, not an initial ("John F. Kennedy")
    plain = bool(re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ’'-]{2,}", middle)) and middle not in lexicon.given_names()
    if words[0] in lexicon.spanish_given_names():
        return plain
    spanish = middle in lexicon.spanish_family_names() or re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}[eé]z", middle)
    given = words[0] in lexicon.given_names() or words[0] not in lexicon.spanish_family_names()  # "Iratxe"
    return plain and bool(spanish) and given


def without_suffix(words: list[str]) -> tuple[list[str], str]:
    """A name's words without the suffix that ends it, and the suffix: "Francisco Tiu Laurel Jr." → (["Francisco",
    "Tiu", "Laurel"], "Jr.")."""
    if len(words) > 2 and words[-1].replace(".", "").casefold() in lexicon.suffixes():
        return [w.rstrip(",") for w in words[:-1]], words[-1]
    return words, ""


def slug(text: str) -> str:
    """An id for the register: lower-case ASCII letters, digits and hyphens, starting with a letter."""
    ascii_text = anyascii(text)
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("'", "").replace("’", "").casefold())
    found = "-".join(words) or "entry"
    return found if found[0].isalpha() else f"n-{found}"


def gender(name: str) -> str:
    """``m``, ``f`` or ``x`` (unknown) from the given name, for matching "Mr." and "Ms."."""
    words = name.split()
    if is_family_first(name) or len(words) < 2:
        return "x"
    return lexicon.given_names().get(words[0], "x")


def title_gender(title: str) -> str:
    """The gender a title implies: ``m`` for "Mr.", ``f`` for "Ms.", "Mrs.", "Miss" and "Madam", else ``x``."""
    word = title.split()[-1].rstrip(".")
    female = {"Ms", "Mrs", "Miss", "Madam", "Dame", "Lady"}
    return "m" if word in {"Mr", "Sir", "Lord"} else "f" if word in female else "x"


def form_gender(form: str) -> str:
    """The gender a titled form's title implies ("Ms. Kim": ``f``); ``x`` for other forms."""
    return title_gender(form.split()[0]) if len(form.split()) > 1 else "x"
