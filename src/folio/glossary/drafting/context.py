"""What the words around a span say it is: the evidence the extractor weighs.

Each clue is a :class:`Clue`: a kind (``person``, ``institution`` or
``other`` for places, nationalities, dates, works and events), a reason
printed in the drafting table, and a strength (3 decides, 2 is good, 1 is a
hint that needs no contrary clue).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from folio.glossary.drafting import lexicon, names
from folio.glossary.drafting.nouns import INSTITUTION, MANAGED, OTHER, PERSON, appositive, head_noun, last_noun
from folio.glossary.drafting.spans import IRISH_AFTER_AN, ORG_NOUN_MARK, Span
from folio.glossary.resolve import TITLES

__all__ = ["INSTITUTION", "OTHER", "PERSON", "Clue", "also_called", "clues"]


class Clue(NamedTuple):
    kind: str
    reason: str
    strength: int


_SAYING_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:{'|'.join(sorted(lexicon.SAYING))})\b")
_SAYING_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(lexicon.SAYING))})|according to)\s+$", re.IGNORECASE)
_ACRONYM = re.compile(r"^\s*\((?P<acronym>[A-Z][A-Za-z&.-]*[A-Z](?: (?:Ltd|Plc|PLC|Inc|Limited))?)\)")
_ORG_ROLE_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:chief|boss|chairman|chairwoman|chair|founder|shares|shareholders|board|finance|head|executive"
    r"|headquarters|profits?|revenues?|spokes(?:man|woman|person)|leaders?)\b"
)
_CORPORATE_ROLES = frozenset(
    lexicon.words(
        "executive chief chairman chairwoman founder co-founder owner shareholder spokesman spokeswoman boss ceo critic"
        " correspondent editor columnist reporter"
    )
)
"""Roles whose "of" names an institution ("the chief executive of Okonjo Cement"); "the mayor of" names a place."""
_BUSINESS_BEFORE = re.compile(
    r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchase of|takeover of|stake in|holdings? in|invested in|"
    r"merger with|owns|sold(?: by)?|sells|joined(?: from)?|joins|left|(?<!to )deals? with|contract with|"
    r"partnership with|partnered with|dispute with|agreement with|sued|suing|sues|lawsuit against|listed on|"
    r"founded|co-founded|(?:bought|acquired|purchased)\b[^,.;]{0,40}\bfrom|acquisition of|"
    r"(?:published|released|distributed) by|(?:[Ll]iquidators|[Aa]dministrators|[Aa]uditors) from|"
    r"(?:designed|made|built|developed|manufactured|supplied|operated) by|"
    r"(?:products|services|features|tools|models|chips|software|devices|apps) (?:from|by|of))\s+(?:the\s+)?$"
)
_NAMED_AFTER = re.compile(r"^\s*,\s+the\s+(?P<name>(?:[A-Z][\w’'-]*\s+)*[A-Z][\w-]*)\s*(?:[,.;:]|$)")
_PUBLICATION_BEFORE = re.compile(r"\b(?:writing|wrote|writes|published|publishes)\s+in\s+(?:the\s+)?$")
_PART_OF = re.compile(r"\b(?:arm|unit|subsidiary|division|affiliate|parent)\s+of\s+(?:the\s+)?$")
_EXAMPLES = re.compile(r"\b(?P<noun>[a-z-]+),?\s+(?:such as|including|like|notably)\s+(?:the\s+)?$")
_FORMERLY = re.compile(
    r"\b(?:formerly|previously|latterly|most recently|until recently)\s+(?:of|at|with)\s+(?:the\s+)?$"
)
_NAMING_NOUNS = frozenset(lexicon.words("party club team side franchise movement"))
"""Nouns a town's name is the name of, not where it is ("the ruling Morena party"; but "the Halifax publisher")."""
_BASED = re.compile(
    r"(?:\b[A-Z][\w.’'-]*-based|\b(?:state|family|privately|publicly|foreign)-(?:owned|controlled|run|backed|listed))\s+$"
)
_STAFF_ROLE = (
    r"(?:chief |senior |lead |managing )?(?:analyst|economist|strategist|partner"
    r"|spokes(?:man|woman|person)|chief executive|boss|chairman|chairwoman|founder|co-founder|researcher|lawyer"
    r"|trader|banker|executive|director|scientist)"
)
_STAFF_AFTER = re.compile(rf"^\s+(?P<role>{_STAFF_ROLE}(?: and {_STAFF_ROLE})?)\s+[A-Z][a-z]")
"""A role and a name after a name, whose employer it is: "Jefferies analyst Nadia …", "Andretti Global chairman
and chief executive Dan Towriss"."""
_INSOLVENT = re.compile(r"^\s+into\s+(?:liquidation|administration|bankruptcy|receivership|insolvency)\b")
_SUPPLIES_TO = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|sells|sold|selling|licensed|licenses)\b[^,;]{1,50}\bto\s+$")
_PARTY_ROLE_AFTER = re.compile(
    r"^\s+(?P<role>MP|MEP|MSP|peer|councillor|leader|candidate|government|whip|spokes(?:man|woman|person))\b"
)
"""A party named as one person's ("the Labour MP for …", "the council's Labour leader"), not a group's in passing
("Labour MPs and Conservatives alike")."""
_ADVISES = re.compile(
    r"^\s*,?\s+(?:as|acted as|is acting as|was)\s+(?:its\s+|the\s+)?(?:legal|financial)\s+(?:counsel|advis[eo]rs?)"
    r"|^\s*,?\s+(?:providing|provided|gave)\s+legal\s+advice"
)
_PARTISAN = frozenset(
    lexicon.words("Democratic Republican Conservative Liberal Tory Independent Senior Chief Lead Opposition Government")
)
"""Words before a role that describe the person, not an employer ("Democratic strategist James Carville")."""
_SUBJECT_OF = re.compile(
    r"^\s+(?:has|had|is|was|will|said|says|announced|reported|plans|planned|made|makes|declined|launched|employs"
    r"|sells|sold|owns|bought|agreed|warned|expects|hired|cut|raised|posted|won|lost|signed|opened|closed|built"
    r"|builds|acquired|offers|offered|invested)\b"
)
_STOPPED = re.compile(r"(?:\b(?:in|on|at|of|from|to|by|for|with|the|a|an)|[“\"‘(])\s*$", re.IGNORECASE)
"""Words before a name that make it no subject, or a title's ("in Kyiv has", "the Lumo app")."""
_CHAMBERS = frozenset(lexicon.words("Senate Congress Parliament Cabinet Treasury Assembly"))
"""Heads that alone name one body ("the Senate"), where "the Commission" or "the Bank" is a short form."""
_NOT_SURNAMES = frozenset(
    lexicon.words("National International Central General Regional Federal Royal Memorial Airport United")
)
_PARTY_MEMBER = frozenset(lexicon.words("Republican Democrat Conservative Liberal Tory Socialist Nationalist Unionist"))
"""A party's member after a town: "Warren Petersen, a Gilbert Republican"."""
"""Last words that make a phrase no one's name ("Reagan National", an airport; "a Gilbert Republican")."""
_CHAMBER_WORDS = frozenset(lexicon.words("Senate House Congressional Assembly Parliamentary Labour Tory Democratic"))
_MEMBERS = frozenset(
    lexicon.words("Republicans Democrats Conservatives Liberals Tories Socialists Greens Nationalists Unionists")
)


def _demonyms(word: str) -> bool:
    """A nationality in the plural: "Americans", "Norwegians"."""
    return word.endswith("s") and lexicon.fold(word[:-1]) in lexicon.nationalities()


_PRODUCTS_AFTER = frozenset(
    lexicon.words(
        "glasses watch watches smartwatch smartwatches phone phones smartphone smartphones headset headsets earbuds"
        " tablet tablets laptop laptops lineup console consoles disease syndrome virus star stars guide prize award"
    )
)
_SHIP_PREFIXES = frozenset(lexicon.words("MV HMS RMS USS HMAS HMCS HMNZS RV RRS CCGS USNS USCGC NOAAS"))
"""Prefixes of ships' names: merchant ("MV"), naval ("HMS", "USS") and research vessels ("RRS", "RV")."""
_SHIP_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_SHIP_PREFIXES))})\s+(?:(?:Sir|Dame|Lord|Lady|Admiral|General|Captain)\s+)?$"
)
_ROAD_BEFORE = re.compile(r"\b(?:the|on|along|off|via|onto|from)\s+$")
_ROAD_AFTER = re.compile(r"^\s+(?:road|motorway|trunk road|dual carriageway|bypass|corridor|junction|near|between)\b")


def _road(before: str, after: str) -> bool:
    """A letter and a number named as a road ("the M32", "on the A835", "A9 dual carriageway"), not as a firm
    ("Neon and A24", "the B3 exchange", "its British arm O2")."""
    noun = re.match(r"^\s+(?P<noun>[a-z]+)", after)
    owned = noun is not None and noun["noun"] in lexicon.ORG_NOUNS
    return not owned and bool(_ROAD_BEFORE.search(before) or _ROAD_AFTER.match(after))


_STREETS = frozenset(lexicon.words("St Rd Ave Blvd Hwy Pde Tce Cres Ln"))
"""Abbreviations that end a street's name: "Hampton St", "Willis St"."""
_ADVERB = re.compile(r"[A-Z][a-z]+(?:ately|ally|ingly|edly|ously|ively|fully|lessly|ently|antly)")
_CAMEL = re.compile(r"(?!Fitz)[A-Z][a-z]{3,}[A-Z]\w*")
"""A word with a capital after three small letters or more: a firm's or a product's ("DeepMind", "BlackRock"), not
a family name's ("MacArthur", "DeSantis", "McConnell")."""
NEWSPAPERS = frozenset(
    lexicon.words(
        "Times Herald Guardian Independent Telegraph Hindu Observer Post Globe Mail Sun Mirror Tribune Chronicle"
        " Gazette Star Express Scotsman Economist Spectator Atlantic Nation Age Australian Journal Standard Citizen"
        " Inquirer Courier Examiner Record Register Bulletin Statesman Monitor Times-Picayune Oregonian Argus Ledger"
    )
)
"""One-word titles of newspapers and magazines, named with a capital "The" in the middle of a sentence."""
_REPORTS = re.compile(
    r"^\s+(?:first\s+|previously\s+|also\s+)?(?:reported|reports|said|says|understands|revealed|disclosed|has\s+learned"
    r"|has\s+learnt|can\s+reveal|has\s+reported)\b"
)


def reports(before: str, after: str) -> bool:
    """A paper that opens a sentence with its "The" and reports something or is called a paper: "The Times
    understands …", "The Wall Street Journal reported …", "The Whitcombe Ledger, the student newspaper, …"."""
    paper = re.match(r"^\s*,\s+(?:the|a|an)\s+[^,]{0,40}\b(?:newspaper|paper|magazine|daily|weekly)\b", after)
    return bool(re.search(r"(?:^|[.!?”\"]\s)\s*The\s+$", before) and (_REPORTS.match(after) or paper))


_DISTRICTS = frozenset(
    lexicon.words(
        "School Irrigation Water Sanitation Utility Utilities Transit Fire Hospital Park Conservation Library Sewer"
        " Drainage Improvement Levee Flood Unified Health Air Quality Management"
    )
)
"""Words before "District" in the name of an American public body ("Imperial Irrigation District", "Port Clement
City School District"), not a place."""
_RATING = re.compile(r"(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca|AAA|AA|BBB|BB|CCC|CC)")
_RATED = re.compile(r"\b(?:to|at|from|rated|rating of|rating|grade of|of)\s+$")
_NATIONALITY_PREFIXES = frozenset(
    lexicon.words("Anglo Franco Sino Indo Afro Russo Austro Greco Italo Hispano Luso Euro Judeo Turco Germano Nippo")
)


def _nationality_part(word: str) -> bool:
    """A part of "Anglo-Australian" or "Sino-Indian": a nationality, or the prefix that stands for one."""
    return word in _NATIONALITY_PREFIXES or lexicon.fold(word) in lexicon.places_or_nationalities()


_INITIALLED = re.compile(r"(?P<initials>(?:[A-Z]\.\s?){1,3})(?P<name>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)")
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "N.Y.", "D.C.", "L.A.", "N.J.", "B.C.", "E.U.", "U.N."})
_NOT_AFTER_INITIALS = lexicon.STOP | lexicon.ORG_HEADS | lexicon.NOT_NAME_HEADS | frozenset(TITLES)
"""Words that after initials make no family name ("U.S. Route", "N.Y. She")."""


def _initialled(text: str) -> bool:
    """Initials before one or two family names: "S. Prabakaran", "T. Nandhini Devi" (not "U.S. Route", "N.Y. She")."""
    match = _INITIALLED.fullmatch(text)
    if match is None or match["initials"].replace(" ", "") in _PLACE_INITIALS:
        return False
    words = match["name"].split()
    return not any(w in _NOT_AFTER_INITIALS or lexicon.fold(w) in lexicon.places() for w in words)


_PLACE_OPENERS = frozenset(lexicon.words("Lake Mount Mt Loch Cape"))
_IN_PLACE = re.compile(r"\b(?:in|near|outside|around|across|throughout)\s+$")
_STAKE_IN = re.compile(r"\b(?:stakes?|shares|interests?|invest(?:ed|ing|s|ment)?)\s+in\s+$")
_DIRECTIONS = lexicon.DIRECTIONS
_NOT_ENTITIES = frozenset({"Left", "Right", "Internet", "Bible", "Koran", "Quran", "Web", "Moon", "Sun", "Earth"})


def clues(span: Span, before: str, after: str) -> list[Clue]:
    """Every clue the span and its context give, strongest first."""
    found = _vetoes(span, before, after) + _from_words(span) + _from_context(span, before, after)
    if any(c.reason == "a listed company" and c.strength >= 2 for c in found):
        found = [c for c in found if c.kind != PERSON]  # "the market leaders Novo Nordisk and Eli Lilly, whose …"
    if re.search(r"\b[Tt]he\s+$", before) and not (span.title or span.role or span.honorific):
        found = [clue for clue in found if clue.kind != PERSON]  # "the Garda Síochána": no one's name
    if lexicon.fold(span.text) in lexicon.cities():  # "a tow yard in Orland Park, who …", "Chidambaram MP …"
        found = [c for c in found if not c.reason.startswith(("who", "named before a role"))]
    return sorted(found, key=lambda clue: -clue.strength)


_INDEX_AFTER = re.compile(
    r"^\s+(?:\d{2,4}\s+)?(?:(?:share|stock)\s+)?(?:index|indices|average)\b"
    r"|^\s+\d{2,4}\s+(?:fell|rose|closed|gained|lost|slipped|climbed|dropped|ended|added|jumped|slid|tumbled|edged)\b"
)
_CONSTITUENCY = re.compile(
    r"\b(?:MP|MPs|MSP|MLA|MPP|TD|MEP|MS|AM|[Mm]ember|[Cc]andidate|[Ss]eat) for\s+(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?)*$"
)
_JOURNAL_BEFORE = re.compile(
    r"\b(?:published|appeared|appears|appear|reported|described|detailed)\s+(?:\w+\s+){0,3}in\s+(?:the\s+)?$"
    r"|\bin the (?:journal|medical journal|scientific journal)\s+$",
    re.IGNORECASE,
)
_TOWN_THEN = re.compile(r"\b(?:in|from|near|at|of) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, $")


def _region(span: Span) -> bool:
    """Whether a span after "from Ossett, " is the region or country the town is in ("West Yorkshire")."""
    words = span.words
    compass = words[0] in {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Greater"}
    return compass or lexicon.fold(span.text) in lexicon.places() or words[-1] in {"County", "Province", "State"}


_INDEX_BEFORE = re.compile(r"\b(?:benchmark|blue-chip|broader|index)\s+$")


def _vetoes(span: Span, before: str, after: str) -> list[Clue]:
    words = span.words
    folded = lexicon.fold(span.text)
    found = []
    if folded in lexicon.places() or span.text.replace(".", "") in lexicon.acronym_places() | {"US", "UK", "USA"}:
        found.append(Clue(OTHER, "a place", 3))
    elif len(words) == 1 and _IN_PLACE.search(before) and not _STAKE_IN.search(before) and not _is_acronym(span.text):
        found.append(Clue(OTHER, "in …: a place", 1))  # "in Bavaria"
    if _JOURNAL_BEFORE.search(before):
        found.append(Clue(OTHER, "a journal", 4))  # "published in the New England Journal of Medicine"
    if re.fullmatch(r"[A-Z] [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?", span.text) and re.match(r"\s*\(?\d+-\d+", after):
        found.append(Clue(OTHER, "an initial and a score", 4))  # a scorers' line: "D Nagle 0-5, S Meaney 0-4"
    seat = _CONSTITUENCY.search(before)
    holder = seat and "," in seat.group() and len(words) > 1 and words[0] in lexicon.given_names()
    if seat and not holder:  # not "the MP for St Ives, Andrew George"
        found.append(Clue(OTHER, "a constituency", 4))  # "the MP for Ossett and Denby Dale"
    if _TOWN_THEN.search(before) and _region(span):
        found.append(Clue(OTHER, "a place after a town", 3))  # "a retired cook from Ossett, West Yorkshire"
    if words[:3] == ["Secretary", "of", "State"] or (
        len(words) > 2 and words[0] == "Minister" and words[1] in {"for", "of"}
    ):
        found.append(Clue(OTHER, f"a role ({span.text})", 4))  # "Secretary of State for the Home Department"
    if _INDEX_AFTER.match(after) or _INDEX_BEFORE.search(before):
        found.append(Clue(OTHER, "a stock index", 4))  # "the Nikkei 225", "the FTSE 100 index", "the benchmark Kospi"
    if folded in lexicon.cities() and not _is_acronym(span.text) and not _listed_not_placed(span, before):
        placed = _IN_PLACE.search(before) and not _STAKE_IN.search(before)
        strength = 3 if placed else 2 if len(words) > 1 else 1  # "in Leeds", "Orland Park"; "shares in Santander"
        found.append(Clue(OTHER, "a town or city", strength))
    party = len(words) > 1 and words[-1] in _MEMBERS and words[0] not in _CHAMBER_WORDS  # "Liberal Democrats"
    if party and lexicon.fold(words[0]) not in lexicon.places():
        found.append(Clue(INSTITUTION, f"a party ({span.text})", 3))
    elif all(lexicon.fold(w) in lexicon.places_or_nationalities() for w in words):
        found.append(Clue(OTHER, "a nationality or place", 3))
    dated = [w for w in words if w in lexicon.DATES]
    given = len(words) > 1 and dated == [words[0]] and words[0] in lexicon.given_names()  # "Jan Paul van Hecke"
    if words[-1] in lexicon.NOT_NAME_HEADS or (dated and not given) or words[-1] in _NOT_ENTITIES:
        firm = len(words) == 2 and words[-1] == "Day" and words[0] in lexicon.given_names()  # the firm Leigh Day
        found.append(Clue(OTHER, f"an event, work, date or place ({words[-1]})", 1 if firm else 3))
    if len(words) == 1 and (words[0] in TITLES or words[0].casefold() in _ROLE_ENDS):
        found.append(Clue(OTHER, f"a title alone ({words[0]})", 3))  # "the Pope's preference"
    if words[0] in TITLES and len(words) > 2 and words[1] == "of" and "the" not in words:
        found.append(Clue(OTHER, f"a role ({span.text})", 4))  # "the Minister of State for Petroleum Resources"
    if re.search(r"\b(?:Head|Director|Chief|Manager|Vice[- ]President|VP) of\s+$", before):
        found.append(Clue(OTHER, "a portfolio (Head of …)", 3))  # "its Head of Corporate Communications"
    found += _particular(span, before, after)
    if words[0] in _SHIP_PREFIXES or _SHIP_BEFORE.search(before):
        found.append(Clue(OTHER, f"a ship ({span.text})", 4))  # "MV Isle of Islay", "RRS Sir David Attenborough"
    if len(words) > 1 and words[0] in _PLACE_OPENERS:
        found.append(Clue(OTHER, f"a place ({span.text})", 3))  # "Lake Mead", "Mount Kenya"
    bracketed = re.search(r"(?P<head>\w+)\s*\(\s*$", before)
    if bracketed and bracketed["head"] in lexicon.NOT_NAME_HEADS:
        found.append(Clue(OTHER, f"the acronym of a {bracketed['head']}", 3))  # "Digital Markets Act (DMA)"
    if _in_title_quotes(before, after):
        named = re.search(r"\b[Tt]he\s*[“\"]$", before)  # the “Storm Corps”: a name in quotation marks
        found.append(Clue(OTHER, "in a title in quotation marks", 3 if named else 4))  # "Their second, “Low Water”"
    if len(words) == 1 and re.fullmatch(r"(?:i|mac|watch|tv)[A-Z][A-Za-z]*|i?OS", words[0]):
        found.append(Clue(OTHER, f"a product ({words[0]})", 3))  # "iOS", "iPhone", "macOS"
    following = re.match(r"^\s+(?P<next>[a-z][\w-]*)", after)
    modified = following is not None and following["next"] not in _FUNCTION_WORDS | {"a", "an", "the"}
    adjectival = re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish)", words[0]) and words[0] not in NEWSPAPERS
    if len(words) == 1 and adjectival and modified:
        found.append(Clue(OTHER, f"an adjective ({words[0]})", 3))  # "the Swabian gearbox maker"
    if len(words) == 1 and re.search(r"\bknown in [A-Z]\w+ as\s+$", before):
        found.append(Clue(OTHER, "a term (known as …)", 2))  # "known in German as Kurzarbeit"
    product = re.match(r"^\s+(?:(?:and|or)\s+(?:[A-Z][\w-]*\s+)+)?(?P<noun>[a-z-]+)\b", after)
    if product and product["noun"] in _PRODUCTS_AFTER and not span.possessive:
        found.append(Clue(OTHER, f"a product ({product['noun']})", 3))  # "its Ray-Ban Meta and Oakley Meta glasses"
    if re.match(r"^\s+(?:\d[\d,.]*\s+)?(?:(?:stock|share|price|composite)\s+)?(?:index|indices|average)\b", after):
        found.append(Clue(OTHER, "an index", 3))  # "the Nikkei 225 stock index"
    noun = re.match(r"^\s+(?:(?:oil|gas|coal|gold|copper)\s+)?(?P<noun>[a-z-]+)", after)  # "the Sharara oil field"
    if noun and noun["noun"] in lexicon.PLACE_NOUNS and not span.possessive:  # but "IG Metall's district leader"
        found.append(Clue(OTHER, f"a place ({noun['noun']})", 3))
    if re.search(r"\b(?:MP|MSP|MS|MLA|TD|member|senator|representative|congressman|congresswoman)\s+for\s+$", before):
        found.append(Clue(OTHER, "a constituency (the MP for …)", 3))  # "the Labour MP for Hallbridge North"
    of_place = re.search(r"\b(?P<noun>[a-z]+)\s+of\s+$", before)
    if of_place and of_place["noun"] in lexicon.PLACE_NOUNS:
        found.append(Clue(OTHER, f"a place (the {of_place['noun']} of)", 3))  # "the port of Busan"
    return found


def _in_title_quotes(before: str, after: str) -> bool:
    """Inside a short quotation in title case: the title of a work ("The Year of the Crane"), not speech."""
    opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    if opened < 0 or before.rfind("”") > opened:
        return False
    closed = re.search(r"[”\"]", after)
    if closed is None:
        return False
    quoted = (before[opened + 1 :] + " X " + after[: closed.start()]).split()
    capitals = [w for w in quoted if len(w) > 3]
    return len(quoted) <= 9 and all(w[:1].isupper() for w in capitals)


_HEADS = lexicon.ORG_HEADS | lexicon.OF_HEADS  # "Conference on Disarmament"
_ROLE_ENDS = frozenset(
    lexicon.words("secretary minister president chancellor governor ambassador commissioner spokesman spokeswoman")
)
"""Words that end a role, not a name: "Education Cabinet Secretary", "Foreign Minister"."""


def _particular(span: Span, before: str, after: str) -> list[Clue]:
    """Clues from particular kinds of name and not-name: newspapers and chambers, streets, adverbs and days, firms'
    and public bodies' words, ratings, amounts and roads, Irish counties, and initials before a family name."""
    words = span.words
    found = []
    if len(words) == 1 and words[0] in {"Commons", "Lords"} and re.search(r"\b[Tt]he\s+$", before):
        found.append(Clue(INSTITUTION, f"a chamber (the {words[0]})", 4))  # "an urgent question in the Commons"
    if (
        len(words) == 1
        and words[0] in NEWSPAPERS
        and (re.search(r"[a-z,;:]\s+The\s+$", before) or reports(before, after))
    ):
        found.append(Clue(INSTITUTION, f"a newspaper (The {words[0]})", 4))  # "he told The Times", "The Hindu"
    if span.text in lexicon.PARTY_NAMES:
        found.append(Clue(INSTITUTION, f"a party ({span.text})", 4))  # "Fine Gael", "Pheu Thai"
    if len(words) >= 2 and words[0] == "Daily" and words[-1] not in lexicon.NOT_NAME_HEADS:
        found.append(Clue(INSTITUTION, f"a newspaper ({span.text})", 3))  # "Daily Maverick", "Daily Nation"
    if len(words) == 2 and words[1] == "Tech" and lexicon.fold(words[0]) in lexicon.places_or_cities():
        found.append(Clue(INSTITUTION, f"a university ({span.text})", 3))  # "Georgia Tech", "Virginia Tech"
    if len(words) == 1 and re.fullmatch(r"(?:II|III|IV|VI|VII|VIII|IX)", words[0]):
        found.append(Clue(OTHER, f"a numeral ({words[0]})", 4))  # "a phase III trial"
    programme = words[0] in {"Project", "Operation"}
    if len(words) >= 2 and words[0] in lexicon.EVENT_TITLES and not programme:
        found.append(Clue(OTHER, f"a storm ({span.text})", 3))  # "Winter Storm Uri", "Hurricane Ida"
    if len(words) == 2 and programme and words[1][1:].islower():
        found.append(Clue(OTHER, f"a programme ({span.text})", 3))  # "the contract for Project Tern"
    if len(words) > 1 and span.words[-1].rstrip(".") in _STREETS:
        found.append(Clue(OTHER, f"a street ({span.text})", 4))  # "Hampton St", "Spring St"
    if len(words) == 1 and span.opens_sentence and _ADVERB.fullmatch(words[0]) and after.lstrip().startswith(","):
        found.append(Clue(OTHER, f"an adverb ({words[0]})", 4))  # "Separately, the bank said …"
    if len(words) == 1 and words[0].endswith("s") and words[0][:-1] in lexicon.DATES:
        found.append(Clue(OTHER, f"days ({words[0]})", 4))  # "on Sundays"
    if len(words) > 1 and any(_CAMEL.fullmatch(w) for w in words):
        found.append(Clue(INSTITUTION, "a word with a capital inside", 3))  # "Google DeepMind", not "MacArthur"
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ics", words[-1]):
        found.append(Clue(INSTITUTION, f"ends in '{words[-1]}'", 3))  # "World Athletics", "Capital Economics"
    if len(words) > 2 and words[-1] == "District" and words[-2] in _DISTRICTS:
        found.append(Clue(INSTITUTION, f"a public body ({words[-2]} District)", 4))  # "Imperial Irrigation District"
    if _RATING.fullmatch(span.text) and (span.text[1:].islower() or _RATED.search(before)):
        found.append(Clue(OTHER, f"a credit rating ({span.text})", 4))  # "cut to Caa1", "rated BBB"
    if len(words) == 1 and "-" in words[0] and all(_nationality_part(p) for p in words[0].split("-")):
        found.append(Clue(OTHER, f"a nationality ({words[0]})", 4))  # "Anglo-Australian mining giant Rio Tinto"
    if len(words) == 1 and re.fullmatch(r"[A-Z]\d+", words[0]) and re.match(r"^\s*(?:b|m|tr)illion\b", after):
        found.append(Clue(OTHER, f"an amount ({words[0]})", 4))  # "N50 billion"
    elif len(words) == 1 and re.fullmatch(r"[A-FH-Z]\d{1,4}", words[0]) and _road(before, after):
        found.append(Clue(OTHER, f"a road's number ({words[0]})", 4))  # "the M32", "the A835"
    if len(words) == 2 and words[0] == "Co" and lexicon.fold(words[1]) in lexicon.places_or_cities():
        found.append(Clue(OTHER, f"an Irish county ({span.text})", 4))  # "Co Westmeath"
    if _initialled(span.text) and not re.search(r"[\d°]$", before):  # not "38°C. Genetic analysis"
        # "S. Prabakaran", "T. Nandhini Devi"; weak for "P.S. Raman" and "J.P. Morgan"
        found.append(Clue(PERSON, "initials before a name", 2 if span.text.count(".") == 1 else 1))
    plain = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+"
    if re.fullmatch(rf"{plain}(?: [A-Z]\.)+ {plain}", span.text):
        found.append(Clue(PERSON, "a middle initial", 2))  # "Vikram S. Rathore", "Adrian V. S. Hill"
    return found


def _from_words(span: Span) -> list[Clue]:
    words = [w.rstrip(".").replace("Co., Ltd", "Ltd") for w in span.words]  # "Vinh Hung Investment Co., Ltd."
    found = []
    if len(words) == 1 and words[0] in lexicon.ORG_HEADS:
        strength = 2 if words[0] in _CHAMBERS else 1  # "stalled in the Senate"
        found.append(Clue(INSTITUTION, f"{words[0]!r} alone", 0 if span.opens_sentence else strength))
    elif words[-1] == "Watch" and len(words) < 3:
        pass  # "Apple Watch" is a product; "Human Rights Watch" an institution
    elif words[-1] in lexicon.ORG_HEADS and not ((span.role or span.honorific) and words[0] in lexicon.given_names()):
        found.append(Clue(INSTITUTION, f"ends in {words[-1]!r}", 4))  # not "the DJ Gregory Mills"
    elif words[0] in lexicon.LEADING_HEADS and len(words) > 1:
        found.append(Clue(INSTITUTION, f"opens with {words[0]!r}", 4))
    elif any(w in _HEADS for w in words[:-1]) and any(w in {"of", "for", "on"} for w in words):
        found.append(Clue(INSTITUTION, "an institution's name", 4))
    elif any(w in lexicon.ORG_HEADS for w in words[1:-1]):
        found.append(Clue(INSTITUTION, "an institution's name", 3))
    last = words[-1]
    members = last in _MEMBERS and (words[0] in _CHAMBER_WORDS or lexicon.fold(words[0]) in lexicon.places())
    members = members or (last in _PARTY_MEMBER and lexicon.fold(" ".join(words[:-1])) in lexicon.places_or_cities())
    if len(words) > 1 and (last in _NOT_SURNAMES or members or _demonyms(last)):
        found.append(Clue(OTHER, f"no one's name ({span.text})", 2))  # "Reagan National", "Senate Republicans"
    if words[-1] in lexicon.PARLIAMENTS:
        found.append(Clue(INSTITUTION, f"a parliament ({words[0]})", 4))  # "the Diet", "the Knesset"
    elif len(words) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}bank", words[0]):
        found.append(Clue(INSTITUTION, f"a bank's name ({words[0]})", 2))  # "Scotiabank", "Rabobank"
    if len(words) == 1 and re.fullmatch(r"G\d{1,2}", words[0]):
        found.append(Clue(INSTITUTION, f"a group of countries ({words[0]})", 3))  # "the G20", "the G7"
    if len(words) > 1 and words[-1].casefold() in _ROLE_ENDS and not span.title and not span.role:
        found.append(Clue(OTHER, f"a role ({span.text})", 4))  # "the Education Cabinet Secretary, Julius Ogamba"
    if span.title:
        found.append(Clue(PERSON, f"titled ({span.title})", 3))
    if span.role or span.honorific:  # stronger before a given name: "Chancellor Friedrich Merz, a coalition of …"
        given = len(words) >= 2 and words[0] in lexicon.given_names()
        found.append(Clue(PERSON, f"after a title ({span.role or span.honorific})", 4 if given else 3))
    acronym = (
        len(words) == 2 and re.fullmatch(r"[A-Z]{2,}", words[-1]) and words[-1].casefold() not in lexicon.suffixes()
    )
    named = len(words) >= 2 and words[0] in lexicon.given_names() and words[-1][:1].isupper()
    if named and "&" not in words and not acronym:  # not "Faber & Faber", nor "a Danish MEP"
        found += _given_name(words[0])
    capital = re.fullmatch(r"(?:Al|El)-[A-Z][a-z]+", words[-1]) and not any(w in lexicon.ORG_HEADS for w in words)
    capital = capital and lexicon.fold(words[0]) not in lexicon.places_or_cities()  # "Nasser Al-Khelaifi"
    if (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and (any(_ARABIC_PARTICLE.match(w) for w in words[1:]) or capital)
    ):
        found.append(Clue(PERSON, "a name with an Arabic particle", 2))  # "Sadiq al-Kabir", "Amal bin Suleiman"
    if _particled(words):
        found.append(Clue(PERSON, "a name with a particle", 2))  # "Duhan van der Merwe", "Botic van de Zandschulp"
    if len(words) > 1 and "-" in words[-1] and words[-1].rsplit("-", 1)[1] in lexicon.ORG_HEADS:
        found.append(Clue(INSTITUTION, f"ends in {words[-1]!r}", 3))  # "the Chicago Sun-Times"
    if len(words) > 1 and words[0] == "An" and words[1] in IRISH_AFTER_AN:
        found.append(Clue(INSTITUTION, "an Irish State body ('An …')", 4))  # "An Bord Pleanála", "An Post"
    if _is_acronym(span.text):
        found.append(Clue(INSTITUTION, "an acronym", 1))
    elif len(words) > 1 and re.fullmatch(r"[A-Z]{3,}", words[0]) and words[0] not in lexicon.NON_ORG_ACRONYMS:
        found.append(Clue(INSTITUTION, f"opens with an acronym ({words[0]})", 2))  # "BNP Paribas"
    if span.tokens[-1].text.islower():  # "Hallbridge council"
        found.append(Clue(INSTITUTION, f"ends in {span.tokens[-1].text!r}", 4))
    parent = len(words) > 1 and lexicon.fold(words[0]) in lexicon.listed_companies()
    if parent and words[0] not in lexicon.given_names():
        found.append(Clue(INSTITUTION, f"a unit of a listed company ({words[0]})", 2))  # "Google DeepMind"
    if "&" in words:
        found.append(Clue(INSTITUTION, "two names joined by “&”", 3))  # "Faber & Faber", "Gannet & Rowe"
    national = len(words) == 2 and words[-1] in {"UK", "NZ"} and words[0] not in lexicon.given_names()  # "Health NZ"
    if national:
        found.append(Clue(INSTITUTION, f"a national body ({span.text})", 2))
    if len(words) == 2 and words[0].replace(".", "") in {"UK", "US"} and lexicon.fold(words[1]) not in lexicon.places():
        found.append(Clue(INSTITUTION, f"a national body ({span.text})", 2))  # "UK Biobank", "UK Sport"
    if "named before a role" in span.evidence:
        found.append(Clue(INSTITUTION, "named before a role", 2))
    for noun in (e.removeprefix(ORG_NOUN_MARK) for e in span.evidence if e.startswith(ORG_NOUN_MARK)):
        found.append(Clue(INSTITUTION, f"after {noun!r}", 3))  # "Brokerage Jefferies said …"
    return found


def _particled(words: list[str]) -> bool:
    """A given name, Dutch or German particles, and a family name: "Duhan van der Merwe", "Ursula von der Leyen"."""
    if not 3 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in (words[0], words[-1])):
        return False
    middle = words[1:-1]
    plain = words[0] not in lexicon.ORG_HEADS | lexicon.LEADING_HEADS and words[-1] not in lexicon.ORG_HEADS
    placed = lexicon.fold(words[0]) in lexicon.places_or_cities()
    dutch = middle[0] in {"van", "von", "ter", "ten"} and all(w in {"der", "den", "de"} for w in middle[1:])
    return plain and not placed and dutch  # not "Haus der Kunst", "Reguengos de Monsaraz"


def _given_name(word: str) -> list[Clue]:
    """A given name opening the span; but "Le", "La", "El" open names of places and firms ("Le Progrès"), and
    a country's name is only a weak given name ("France Télévisions", though "Jordan Henderson")."""
    if word in _ARTICLES:
        return []
    return [Clue(PERSON, f"given name {word!r}", 1 if lexicon.fold(word) in lexicon.places() else 2)]


_ARABIC_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ibn)[-’'][A-Z]|^(?:bin|bint|ibn|Abu|abu)$")
_ARTICLES = frozenset(lexicon.words("Le La Les El Los Las Il Lo Der Die Das Het"))


def _listed_not_placed(span: Span, before: str) -> bool:
    """A listed company named like a town, not after "in" ("Rio Tinto", but "a mine in Rio Tinto")."""
    listed = lexicon.fold(span.text) in lexicon.listed_companies()
    return len(span.words) > 1 and listed and not _IN_PLACE.search(before)


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return (
        2 <= len(bare) <= 6
        and bare.isupper()
        and bare.isalpha()
        and bare not in lexicon.NON_ORG_ACRONYMS
        and bare not in lexicon.acronym_places()
    )


def _affiliation(span: Span, acronym: str) -> bool:
    """Letters in brackets after a person's name that are not its initials: a country ("Matteo Jorgenson (US)") or
    the body the person belongs to ("the referee Christophe Ridley (RFU)")."""
    initials = "".join(w[0] for w in span.words if w[:1].isupper())
    if acronym.startswith(initials):
        return False  # "Pakatan Harapan (PH)", "Movimiento Ciudadano (MC)"
    headed = any(w.rstrip("s") in lexicon.ORG_HEADS or w.split("-")[0] in lexicon.ORG_HEADS for w in span.words)
    person = 2 <= len(span.words) <= 3 and span.words[0] in lexicon.given_names() and not headed
    return person or acronym.replace(".", "") in lexicon.acronym_places() | {"US", "UK", "USA"}


def _from_context(span: Span, before: str, after: str) -> list[Clue]:
    found = []
    words = span.words
    acronym = _ACRONYM.match(after)
    if acronym and not _affiliation(span, acronym["acronym"]):
        found.append(Clue(INSTITUTION, f"introduces the acronym ({acronym['acronym']})", 3))
    phrase = appositive(after)
    if phrase:
        found += _appositive_clues(phrase, span)
    if _SAYING_AFTER.match(after) or _SAYING_BEFORE.search(before):
        found.append(_speaker(span.words))
    employer = _employer(before)
    if employer:  # "a partner at Northwind, who will join the board": "who" is the partner
        found = [clue for clue in found if clue.kind != PERSON] + [employer]
    elif re.match(r"^\s*,\s+whose\s+(?:members|staff|employees|shareholders|board|chief executive|owners)\b", after):
        found.append(Clue(INSTITUTION, "has members or a board (whose …)", 3))  # "EU Travel Tech, whose members …"
    elif len(span.words) == 1 and re.match(r"^\s*,\s+whose\b", after) and not re.search(r"\bof\s+$", before):
        found.append(Clue(INSTITUTION, "whose …", 1))  # "Samsung, whose Galaxy Watch lineup …"
    elif re.match(r"^\s*,\s+(?:who|whom|whose)\b", after) or re.match(r"^\s*,\s+\d{1,3},", after):
        found.append(Clue(PERSON, "who … / an age", 3))
    if re.match(r"^\s*,\s+which\b", after):
        found.append(Clue(INSTITUTION, "which …", 1))
    named = also_called(after)
    if named:
        found.append(Clue(INSTITUTION, f"also called the {named}", 3))  # "Gavi, the Vaccine Alliance"
    found += _before_clues(span, before, after)
    work = re.match(r"^\s+(?:[a-z-]+\s+)?(?P<work>film|novel|book|album|play|documentary|memoir|painting)\b", after)
    if span.possessive and work and 2 <= len(words) <= 3 and not any(w in lexicon.ORG_HEADS for w in words):
        found.append(Clue(PERSON, f"made a {work['work']}", 2))  # "Proinsias Walsh's film"
    if len(words) > 1 and re.match(r"^-(?:backed|led|run|owned|funded|brokered|sponsored)\b", after):
        found.append(Clue(INSTITUTION, "backs or runs something", 2))  # "United Nations-backed negotiations"
    if span.possessive and _ORG_ROLE_AFTER.match(after):
        found.append(Clue(INSTITUTION, "has a chief, board or shares", 1))
    nouns = re.match(r"^\s+(?P<first>[a-z-]+)\b(?:\s+(?P<second>[a-z-]+)\b)?", after)
    noun = nouns and next((n for n in nouns.groups() if n in lexicon.ORG_NOUNS), None)
    city = len(span.words) == 1 and lexicon.fold(span.text) in lexicon.cities()  # "the Halifax publisher"
    the = re.search(r"(?:\b[Tt]he|\bwhose|\w['’]s)\s+(?:[a-z-]+\s+)?$", before)  # "Emmanuel Macron's Renaissance party"
    if noun and (not city or noun in _NAMING_NOUNS) and the:  # "the ruling Morena party"
        found.append(Clue(INSTITUTION, f"“the … {noun}”", 3))  # "a Melbourne company": a place
    if _BUSINESS_BEFORE.search(before):
        found.append(Clue(INSTITUTION, "bought, sold, joined or owned", 2))
    person_like = len(span.words) > 1 and span.words[0] in lexicon.given_names()
    if _BASED.search(before) and not person_like and span.text.replace("s", "") not in lexicon.NON_ORG_ACRONYMS:
        found.append(Clue(INSTITUTION, "“…-based” or “state-owned”", 3))  # "Cologne-based DeepL"
    if lexicon.fold(span.text) in lexicon.listed_companies() and not span.title and len(span.text) > 3:
        # "Morgan Stanley", "Eli Lilly", "Siemens"; weaker for a given name ("Lindsay") and after "the" ("the Amazon")
        weak = (len(words) == 1 and words[0] in lexicon.given_names()) or re.search(r"\b[Tt]he\s+$", before)
        found.append(Clue(INSTITUTION, "a listed company", 1 if weak else 2))
    if span.possessive and 2 <= len(words) <= 3 and re.match(r"^\s+(?:government|administration|cabinet)\b", after):
        found.append(Clue(PERSON, "leads a government", 2))  # "Keir Starmer's government"
    data = len(words) == 1 and re.search(r"\b(?:[Dd]ata|[Ff]igures) from\s+$", before)
    if data or re.match(r"^\s+data\s+show", after):
        found.append(Clue(INSTITUTION, "provides data", 2))  # "according to data from PitchBook"
    if len(span.words) == 1 and _INSOLVENT.match(after):
        found.append(Clue(INSTITUTION, "in liquidation", 2))  # "pushed Evergrande into liquidation"
    by_pollster = re.search(r"\b(?:poll|survey|study|analysis|report|estimates?)\s+(?:by|from)\s+$", before)
    if len(span.words) == 1 and by_pollster:
        found.append(Clue(INSTITUTION, "a pollster or researcher (a poll by …)", 2))  # "A poll by Ifop"
    if len(span.words) == 1 and re.search(r"\b(?:a|an|the)\s+$", before) and re.match(r"^\s+(?:poll|survey)\b", after):
        found.append(Clue(INSTITUTION, "a pollster", 2))  # "a Reuters poll"
    if _SUPPLIES_TO.search(_clause(before)):
        found.append(Clue(INSTITUTION, "supplied with something", 2))  # "supplies cylindrical cells to Tesla"
    party = _PARTY_ROLE_AFTER.match(after)
    given = len(span.words) > 1 and span.words[0] in lexicon.given_names()  # not "the centrist Bertrand …"
    if re.search(r"\b(?:opposition|ruling|governing|far-right|far-left|centrist)\s+$", before) and not given:
        found.append(Clue(INSTITUTION, "a party (the opposition …)", 3))  # "the opposition Greens"
    determined = re.search(r"(?:\b(?:the|a|an|its|his|her|their)|['’]s)\s+$", before)
    determined = determined or re.match(r"^\s+(?:leader|MP|TD|MEP|MSP)\s+[A-Z][a-z]", after)  # "Aontú leader Peadar"
    town = lexicon.fold(span.text) in lexicon.cities()  # "Chidambaram MP Thol. Thirumavalavan": a seat
    one = len(span.words) == 1 and span.text not in _PARTISAN and not span.possessive
    if party and determined and not town and one:
        found.append(Clue(INSTITUTION, f"a party (its {party['role']})", 2))  # "the Labour MP for …"
    if _ADVISES.match(after):
        found.append(Clue(INSTITUTION, "an adviser on a deal", 2))  # "with Hengeler Mueller as legal counsel"
    person = len(span.words) > 1 and span.words[0] in lexicon.given_names()  # not "analyst Brendan K. Walsh wrote …"
    if not person and re.match(
        r"^\s+(?:said|says|wrote|writes|argued|warned)\s+in\s+a\s+(?:research\s+)?note\b", after
    ):
        found.append(Clue(INSTITUTION, "writes notes to clients", 3))  # "Goldman Sachs said in a note to clients"
    if len(words) == 1 and span.possessive and re.match(r"^\s+[A-Z][a-z]+\s+[A-Z]", after) and _given_after(after):
        found.append(Clue(INSTITUTION, "employs the person named after it", 2))  # "Bernstein's Adaeze Okafor said"
    staff = _STAFF_AFTER.match(after)
    adjective = re.fullmatch(r"[A-Z][a-z]+(?:al|ic|ary|ive|ous)", span.text)  # "Political analyst Priya …"
    if staff and not span.possessive and span.text not in _PARTISAN | lexicon.ORG_HEADS and not adjective:
        found.append(Clue(INSTITUTION, f"“… {staff['role']}” before a name", 2))  # "Jefferies analyst Nadia …"
    personal = names.is_family_first(span.text) or words[0] in lexicon.given_names()  # "Darren England"
    placed = len(words) > 1 and lexicon.fold(words[-1]) in lexicon.places() and words[0] not in _DIRECTIONS
    if placed and not personal:
        # "Kidney Health Australia"; two words ending in a country, a state or a continent are a firm's or a
        # body's for where it works ("Airtel Kenya" outweighs "the operator, Airtel Kenya"), but not "Port Sudan"
        country = len(words) == 2 and lexicon.fold(words[-1]) not in lexicon.cities()
        country = country and lexicon.fold(span.text) not in lexicon.places_or_cities()
        found.append(Clue(INSTITUTION, f"a name ending in {words[-1]!r}", 3 if country else 2))
    in_the = re.search(r"\b(?:in|on|across|along|near|into|from) the\s+$", before)
    if len(words) == 1 and in_the and not _is_acronym(span.text):  # but "for use in the NHS"
        found.append(Clue(OTHER, "“in the …”: a place", 1))  # "a restaurant in the Born"
    subject = _SUBJECT_OF.match(after) and not _STOPPED.search(before) and not _SAYING_BEFORE.search(before)
    digits = any(ch.isdigit() for ch in span.text)  # "Selene-1 has landed": a craft
    if len(span.words) == 1 and not span.named_s and subject and not digits:  # at a sentence's start too
        found.append(Clue(INSTITUTION, "a one-word name that acts", 1))  # "and Nvidia has made robotics …"
    if re.search(r"\b[Tt]he\s+$", before) and _SAYING_AFTER.match(after):
        found.append(Clue(INSTITUTION, "“the …” as a speaker", 2))  # "The Greens said", "the Garda Síochána said"
    if (
        len(span.words) == 1
        and not re.match(r"^\s+of\s", after)
        and re.search(r"(?:^|[.?!:]\s+|[^.?!:“\"\s]\s+)[Tt]he\s+$", before)
        and not span.text.endswith("s")
        and not _modifies(after)
    ):
        found.append(Clue(INSTITUTION, "“the …”", 1))
    return found


def _given_after(after: str) -> bool:
    following = re.match(r"^\s+(?P<given>[A-Z][a-z]+)\s", after)
    return following is not None and following["given"] in lexicon.given_names()


def also_called(after: str) -> str:
    """The institution's name set off after a name ("Gavi, the Vaccine Alliance, which …"), or ""."""
    named = _NAMED_AFTER.match(after)
    return named["name"] if named and named["name"].split()[-1] in lexicon.ORG_HEADS else ""


def _modifies(after: str) -> bool:
    """Whether a word before a noun ("the Eastfield library", "the Fringe's street performers"): the next word
    is lower case and no verb, preposition or conjunction."""
    following = re.match(r"^(?:['’]s)?\s+(?P<word>[a-z][\w'’-]*)", after)
    if not following:
        return False
    word = following["word"]
    return not (word.endswith(("ed", "s")) or word in _FUNCTION_WORDS or word in lexicon.SAYING)


_FUNCTION_WORDS = frozenset(
    lexicon.words(
        """will would could can may might must should shall did does do is was are were be been has had have to and or
    but nor in on at since for from with of by as which who that where when after before until while than"""
    )
)


def _speaker(words: list[str]) -> Clue:
    """Someone who says something: a person when the name looks like one, else perhaps an institution."""
    first = lexicon.fold(words[0])
    capitals = words[0].isupper() and len(words[0]) > 1  # "JDE Peet's said"
    plural = len(words) > 1 and words[0].endswith("s") and words[0] not in lexicon.given_names()  # "Citizens Advice"
    named = len(words) > 1 and not capitals and not plural and first not in lexicon.places_or_nationalities()
    return Clue(PERSON if named else INSTITUTION, "a speaker", 2 if named else 1 if capitals or plural else 0)


def _either(noun: tuple[str, str], span: Span) -> str:
    """The kind a head noun gives, where a noun names a person or a firm alike ("its publisher, Desmond Achary";
    "the state copper producer, Codelco"): a person's name has two to four words, none an institution's."""
    kind, word = noun
    if word not in lexicon.EITHER_NOUNS:
        return kind
    words = span.words
    acronym = any(re.fullmatch(r"[A-Z]{2,}", w) for w in words)  # "its lender, HSBC UK"
    plain = not any(w in lexicon.ORG_HEADS or not (w[:1].isupper() or w in lexicon.particles()) for w in words)
    named = 2 <= len(words) <= 4 and not acronym and plain
    return PERSON if named else INSTITUTION


def _appositive_clues(phrase: str, span: Span) -> list[Clue]:
    if phrase.split()[0] == "whose" and len(span.words) == 1:
        return []
    if phrase.split()[0] in {"who", "whom", "whose"}:
        return [Clue(PERSON, "who …", 3)]
    relative = re.search(r"\b(?P<noun>[a-z-]+) who\b", phrase)  # "the Tongan-born centre who has played …"
    if relative and (not relative["noun"].endswith("s") or relative["noun"] in lexicon.ROLE_NOUNS):
        article = "an" if relative["noun"][0] in "aeiou" else "a"  # "an owner who …"
        return [Clue(PERSON, f"{article} {relative['noun']} who …", 3)]
    noun = head_noun(phrase)
    if noun is None:
        return []
    return [Clue(_either(noun, span), f"described as {noun[1]!r}", 3)]


def _before_clues(span: Span, before: str, after: str) -> list[Clue]:
    found = []
    tail = _clause(before)
    direct = re.search(r"\b(?P<noun>[a-z-]+)\s*$", tail)
    if re.search(r"\bmarket\s+leaders?\s+$", tail):
        found.append(Clue(INSTITUTION, "a market leader", 3))  # "the market leaders Novo Nordisk and Eli Lilly"
        direct = None
    if direct:
        noun = head_noun(direct["noun"])
        managed = re.search(r"\b(?P<what>[a-z]+)\s+managers?\s*$", tail)
        if managed and managed["what"] in MANAGED:
            noun = (INSTITUTION, direct["noun"])  # "sponsored by the investment manager Aurelian Wealth"
        determined = re.search(r"\b(?:the|a|an|its|his|her|their|new)\s+(?:[a-z-]+\s+)?[a-z-]+\s*$", tail)
        verb = noun and noun[1] in lexicon.WORK_NOUNS and not determined
        if noun and not verb:  # "the film Night Ferry"; but "accounts show Hartwell & Stone …"
            found.append(Clue(_either(noun, span), f"after {noun[1]!r}", 3))
    comma = re.search(r"(?P<phrase>[^,]{1,60}),\s*$", tail)
    listed = re.match(r"^\s+(?:and|or)\s", after)  # "by the president, Congress and the judiciary": a list
    adverbial = comma and re.match(
        r"\s*(?:(?:In|At|On|From|After|Before|During|Across|Near|Outside)\b|[A-Z][a-z]+ing\s+(?:to|outside|in|at|on)\b)",
        comma["phrase"],
    )  # "In Tripoli's Souq al-Juma district, X"; "Speaking outside the coroner's court, X said"
    if comma and not direct and not listed and not adverbial:
        words = comma["phrase"].split()
        noun = last_noun(words)
        if noun:
            found.append(Clue(_either(noun, span), f"after {noun[1]!r}", 3))
    if re.search(
        r"(?:[”\"]|\b(?:written|translated|directed|edited|illustrated|produced|painted|composed))\s+by\s+$", before
    ):
        found.append(Clue(PERSON, "the author of a work", 2))
    if re.search(r"\b[Ss]hares\s+(?:in|of)\s+$", tail):
        found.append(Clue(INSTITUTION, "has shares", 2))
    if _PUBLICATION_BEFORE.search(tail):
        found.append(Clue(INSTITUTION, "a publication (writing in …)", 2))  # "writing in Le Progrès"
    if _PART_OF.search(tail):
        found.append(Clue(INSTITUTION, "has an arm or unit", 2))  # "the venture arm of Nvidia"
    examples = _EXAMPLES.search(tail)
    noun = head_noun(examples["noun"]) if examples else None
    if examples and noun:
        found.append(Clue(noun[0], f"one of the {examples['noun']}", 2))  # "model makers, including Mistral AI"
    return found


def _clause(before: str) -> str:
    """The text before a span back to the start of its clause (a full stop, a bracket, a quotation mark)."""
    window = re.search(r"(?:^|[.;:!?(“”\"])(?P<phrase>[^.;:!?(“”\"]*)$", before)
    return window["phrase"] if window else before


def _employer(before: str) -> Clue | None:
    """ "an analyst at X", "the chief executive of X", "economists at Nomura and X": X employs someone."""
    tail = _clause(before)
    tail = re.sub(r"(?<=\s)(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+and\s+$", "", tail)  # "at Nomura and X"
    if _FORMERLY.search(tail):
        return Clue(INSTITUTION, "where someone worked (formerly of …)", 2)  # "Pieter Hoekstra, formerly of Adyen"
    role_at = re.search(r"\b(?P<noun>[A-Za-z-]+)\s+(?P<link>at|with|of|for)\s+(?P<the>the\s+)?$", tail)
    if role_at and _works_for(role_at["noun"].casefold(), role_at["link"], bool(role_at["the"])):
        return Clue(INSTITUTION, f"after {role_at['noun']!r} {role_at['link']}", 2)
    return None


_WORK_NOUNS = frozenset(
    lexicon.words(
        "worked works working job jobs operations stint stints spell career roles role position posts internship"
        " tenure apprenticeship traineeship"
    )
)
"""Words for work before "at" or "with" and its employer ("a stint at Goldman Sachs")."""


def _works_for(noun: str, link: str, the: bool) -> bool:
    """ "an analyst at X", "analysts at X", "the chief executive of X": X employs someone (not "traders at the
    market")."""
    if (link == "at" or noun not in {"worked", "works", "working"}) and link in {"at", "with"} and noun in _WORK_NOUNS:
        return True  # "ran line-haul operations at Flipkart", "a stint at Goldman Sachs", "worked at Google"
    if (noun.endswith("s") and the) or not (link in {"at", "with"} or noun in _CORPORATE_ROLES):
        return False
    return (head_noun(noun) or ("", ""))[0] == PERSON
