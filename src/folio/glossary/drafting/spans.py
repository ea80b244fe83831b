"""Capitalised spans in a paragraph: the candidates the extractor classifies.

A paragraph is cut into tokens; runs of capitalised words, with the small
words names carry inside them ("of", "for", "and", "de", "van"), are
candidates. Each run is then split where news prose joins two names:

* at a possessive, unless an institution's head follows ("Russia's Kursk"
  splits, "People's Committee" does not);
* at "of", "for" or "on" unless what comes before is an institution's head
  or a role ("Bruce Klingner | Heritage Foundation", but "Bank of Korea");
* at "and" unless it joins the parts of an institution's name ("Centre for
  Strategic and International Studies");
* after a role or title: "U.S. Secretary of State Antony Blinken" gives the
  place "U.S.", the role and the person; "Mr. Kim" is a *titled form*.

Sentence-opening words ("However", "The") are dropped from the front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from folio.glossary.drafting import lexicon
from folio.glossary.resolve import TITLES

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|[A-Z]\.(?=\s+(?:[A-Z]\.\s+){0,2}[A-Z][a-z’'])"  # initials: John F. Kennedy, Adrian V. S. Hill
    r"|(?:Gen|Sen|Rep|Gov)\.(?!\s*$|\s+(?:The|A|An|In|He|She|It|They|But|And|This|That|His|Her|Its)\b)"
    # "Sen. Elizabeth Warren", but "Amartya Sen. The …"
    r"|Co\.,\s+Ltd\.?|A/S\b"  # legal forms: "Vinh Hung Investment Co., Ltd.", "Danske Bank A/S"
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Lt|Col|Capt|Sgt|Adm|St|Jr|Sr|Inc|Ltd|Co|Corp|Bros|Pvt|Pte|Assn|Bhd|Tbk)\."
    r"|[^\W\d_](?:[\w&]|['’.\-](?=[^\W_]))*(?:(?<=s)['’](?=\s+[A-Z]))?"  # "Kim Yung-ho", "Workers' Federation"
    r"|\d(?:[\d,.]*\d)?"  # "in 2020." ends a sentence
    r"|\S"
)
_ENDS = {".", "?", "!", ":"}
_OPENERS = {"“", '"', "‘", "(", "[", "—", "–", "-", "'"}
_JOINERS = {"of", "for", "on"}
_FOREIGN_AND = frozenset({"en", "y", "e", "et", "und", "für"})
"""Small words inside institutions' names in other languages ("Institut de Recherche en Sciences de la Santé")."""
_HONORIFICS = frozenset(
    lexicon.words(
        "Mr Mrs Ms Miss Mx Madam Dr Prof Professor Sir Dame Lord Lady Baron Baroness Alhaji Alhaja Hajia Haji Shri Smt"
        " Datuk"
        " Dato Tun Rev Revd Reverend Fr Sr Cllr Coun Councillor Cr Engr Comrade Hon Advocate Adv"
    )
)
_RANKS = frozenset(
    lexicon.words(
        "Insp Inspector Supt Superintendent Det Detective Sgt Sergeant Constable PC DC DS DI DCI Maj Brig Cdr Cpl Pte"
    )
)
"""Police and military ranks, as British and Irish papers abbreviate them: "Ch Insp Rhys Davenant", "Det Sgt Amy
Hale", "Maj Gen Diodato Abagnara"."""
POST_NOMINALS = frozenset(
    lexicon.words("KC QC SC BL MP MEP MSP MS MLA OBE MBE CBE KBE DBE FRS FRSE PhD AO AC OAM ONZM CNZM KNZM")
)
"""Letters after a name, no part of it: "Imogen Lassiter KC"."""
_ROLE_WORDS = frozenset(
    {"Ch", "Det", "Financial", "Operating", "Information", "Marketing", "Commercial", "Investment",
     "Foreign", "Defence", "Defense", "Finance", "Trade", "Deputy", "Vice", "Chief", "Executive", "Officer", "State",
     "Interior", "Home", "Health", "Prime", "First", "Acting", "Opposition", "Shadow", "Supreme", "Transport",
     "Economy", "Energy", "Labour", "Justice", "Education", "Culture", "Commerce", "Industry", "Treasury", "of", "the",
     "Attorney", "Managing", "Secretary-General", "CEO", "Chair", "Chairman", "Chairwoman", "Rep.", "Sen.", "Gen.",
     "Cabinet", "Associate", "Assistant", "Senior", "Emeritus", "Adjunct", "Regius", "Former", "Federal", "Union",
     "Junior", "Grand", "Rear", "Lieutenant", "Major", "Air", "Marshal", "Brigadier", "Wing",
     "Agriculture", "Environment", "Housing", "Immigration", "Science", "Technology", "Tourism", "Fisheries", "Mining",
     "Communications", "Digital", "Development", "Planning", "Infrastructure", "Sports", "Youth", "Security",
     "Transportation", "Labor", "Veterans", "Homeland", "Works", "Revenue", "Customs", "Budget", "Climate", "Majority",
     "Minority", "House", "Senate", "Party", "Floor", "Interim", "U.S.", "U.S", "US", "UK", "U.K.", "U.K", "Leader",
     "for", "Exchequer"}
)  # fmt: skip
"""Words that join titles into a role ("Foreign Minister", "Secretary of State")."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    opens_sentence: bool

    @property
    def word(self) -> str:
        """The token without a possessive ending."""
        return re.sub(r"['’]s$", "", self.text)


@dataclass
class Span:
    """A candidate name in a paragraph."""

    tokens: list[Token]
    possessive: bool = False
    title: str = ""
    """For a titled form ("Mr. Kim"), the title; the tokens are the surname."""
    role: str = ""
    """A role printed before a name ("Transport Minister"), as the text has it."""
    named_s: bool = False
    """The name ends in "'s" that is part of it ("JDE Peet's"), not a possessive."""
    honorific: str = ""
    """An honorific before a full name ("Dr" in "Dr Saira Ghafur")."""
    evidence: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.word for t in self.tokens]

    @property
    def text(self) -> str:
        """The span as the text spells it, less a final possessive."""
        last = self.tokens[-1].text if self.named_s else self.tokens[-1].word
        return " ".join([*(t.text for t in self.tokens[:-1]), last]).replace(" , ", ", ")

    @property
    def opens_sentence(self) -> bool:
        return self.tokens[0].opens_sentence


def tokenize(text: str) -> list[Token]:
    """The paragraph's tokens, each marked when it opens a sentence."""
    tokens: list[Token] = []
    boundary = True
    for match in _TOKEN.finditer(text):
        word = match.group()
        head, _, ending = word.rpartition("-")
        if head[:1].isupper() and ending in lexicon.MODIFIER_ENDINGS and tokens and is_capital(tokens[-1]):
            # "United Nations-backed talks": the name is "United Nations"
            tokens.append(Token(head, match.start(), match.start() + len(head), False))
            tokens.append(Token("-" + ending, match.start() + len(head), match.end(), False))
            boundary = False
            continue
        tokens.append(Token(word, match.start(), match.end(), boundary and word[:1].isalpha()))
        if word in _ENDS:
            boundary = True
        elif word not in _OPENERS:
            boundary = False
    return tokens


def is_capital(token: Token) -> bool:
    """A capitalised word, an abbreviation such as U.S., or a particle-led surname ("al-Assad").

    A hyphenated modifier ("Mumbai-based", "Kremlin-backed") is not part of a name.
    """
    text = token.text
    if "-" in text and text.rsplit("-", 1)[1] in lexicon.MODIFIER_ENDINGS:
        return False
    if re.fullmatch(r"[A-Z]{1,3}\$?\d[\d.,]*(?:bn|m|k|tn|-billion|-million|-trillion)|[A-Z][a-z]{1,2}\d+[.,]\d+", text):
        return False  # an amount of money: "R7bn", "R100-billion", "N5bn", "Sh3.2 billion"
    if re.fullmatch(r"(?:\d+|Ten|Nine|Eight|Eleven|Twelve|Fourteen)-(?:man|men|player|woman|women)", text):
        return False  # "Ten-man Peru", "Ten-player Birmingham": a side's number, not its name
    if re.fullmatch(r"[A-Z]{2,}s|I['’](?:ll|m|ve|d)", text):
        return False  # "MPs", "CEOs": plural abbreviations, not names; "I'll", "I'm"
    if re.fullmatch(r"[a-z]{1,4}[A-Z]\w*", text):
        return True  # "easyJet", "eBay"
    if re.fullmatch(r"[hnt][AEIOUÁÉÍÓÚ][\wáéíóú'’-]+", text):
        return True  # an Irish family name after "Ó" or "Ní": "Ciarán Ó hÓgartaigh"
    return (text[:1].isupper() and text[:1].isalpha()) or bool(re.match(r"(?:al|el|ad|as|ash|ibn|d)['’-][A-Z]", text))


def is_connector(token: Token) -> bool:
    text = token.text
    small = text in _JOINERS or text in {"and", "&", "the", "at", "in"}
    return small or text in lexicon.particles() or text in _FOREIGN_AND


def runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words and the small words between them."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if current and current[-1].text in _ENDING_ABBREVIATIONS and token.text not in _ENDING_ABBREVIATIONS:
            _close(current, found)  # "… and Broadcom Inc. | Before Wednesday, …"
            current = []
        maori = token.text in {"o", "ki"} and bool(current) and current[0].text == "Te"  # "Te Rūnanga o Ngāti Awa"
        if is_capital(token) or (current and (is_connector(token) or maori or _listed(current, tokens, index))):
            current.append(token)
            continue
        _close(current, found)
        current = []
    _close(current, found)
    return found


_ENDING_ABBREVIATIONS = frozenset(
    {"Inc.", "Ltd.", "Corp.", "Co.", "Bros.", "Jr.", "Sr.", "A/S", "Co., Ltd.", "Co., Ltd", "Bhd.", "Tbk."}
)
"""Abbreviations that end a name: what follows is another ("Broadcom Inc. Before Wednesday")."""


def _listed(current: list[Token], tokens: list[Token], index: int) -> bool:
    """A comma inside an institution's name: "Ministry of Investment, Trade and Industry"."""
    heads = [i for i, t in enumerate(current[:-1]) if t.word in _PORTFOLIO_HEADS and current[i + 1].text in _JOINERS]
    if tokens[index].text != "," or not heads:
        return False
    after = " ".join(t.text for t in tokens[index + 1 : index + 12])
    return bool(re.match(r"(?:[A-Z][\w-]* )+(?:, (?:[A-Z][\w-]* )+)*,? ?and [A-Z]", after))


_PORTFOLIO_HEADS = frozenset({"Ministry", "Department", "Secretary", "Minister", "Committee", "Commission", "Office"})
"""Heads of government portfolios, whose names list subjects ("Ministry of Economy, Trade and Industry")."""


def _close(current: list[Token], found: list[list[Token]]) -> None:
    while current and not is_capital(current[-1]):
        current.pop()
    if current:
        found.append(current)


def spans(text: str) -> list[Span]:
    """Every candidate span of a paragraph, in order."""
    found: list[Span] = []
    tokens = tokenize(text)
    for run in runs(tokens):
        after = next((t.text for t in tokens if t.start >= run[-1].end), "")
        for part in _at_possessives(run, after):
            for piece in _at_connectors(part.tokens):
                span = Span(piece, part.possessive and piece[-1] is part.tokens[-1], named_s=part.named_s)
                found += [
                    _without_post_nominals(person)
                    for whole in _at_parent(_after_org_noun(span))
                    for place in _at_country(whole)
                    for role in _at_roles(place)
                    for person in _at_head(role)
                ]
    return [span for span in found if span.tokens]


def _after_org_noun(span: Span) -> Span:
    """ "Brokerage | Jefferies said …", "Consultancy | Rystad Energy": a noun for a firm, capitalised only because it
    opens the sentence, is no part of the name after it."""
    first = span.tokens[0]
    lower = first.word.casefold()
    plural = lower.endswith("s") and lower[:-1] in lexicon.ORG_NOUNS | {"sponsor"}  # "Sponsors TotalEnergies and …"
    noun = (lower in lexicon.ORG_NOUNS or plural) and first.word not in lexicon.ORG_HEADS
    if not (first.opens_sentence and noun and len(span.tokens) > 1 and is_capital(span.tokens[1])):
        return span
    return replace(span, tokens=span.tokens[1:], evidence=[*span.evidence, f"{ORG_NOUN_MARK}{first.word.casefold()}"])


ORG_NOUN_MARK = "after the noun "
"""Evidence of a span cut from the noun for a firm before it ("Brokerage | Jefferies")."""


def _at_parent(span: Span) -> list[Span]:
    """ "Institute of Physics | of the | Chinese Academy of Sciences": an institute named with the academy it belongs
    to is two institutions, when the parent's name is a nationality and a head and goes on ("Court of Justice of
    the European Union" stays whole)."""
    tokens = span.tokens
    for index in range(1, len(tokens) - 4):
        if tokens[index].text != "of" or tokens[index + 1].text != "the":
            continue
        left, right = tokens[:index], tokens[index + 2 :]
        national = lexicon.fold(right[0].word) in lexicon.places_or_nationalities()
        if any(t.word in lexicon.ORG_HEADS for t in left) and national and right[1].word in lexicon.ORG_HEADS:
            return [Span(left), Span(right, span.possessive, named_s=span.named_s)]
    return [span]


def _at_head(span: Span) -> list[Span]:
    """ "the Lok Sabha Rahul Gandhi": an institution's or parliament's name, then a person's (a given name and one
    or two more words), are two names."""
    words = span.words
    for index in range(len(words) - 3, 0, -1):
        head = words[index] in lexicon.ORG_HEADS or words[index] in lexicon.PARLIAMENTS
        rest = span.tokens[index + 1 :]
        if head and words[index + 1] in lexicon.given_names() and _person_shaped(rest):
            return [Span(span.tokens[: index + 1]), Span(rest, span.possessive, named_s=span.named_s)]
    return [span]


def _without_post_nominals(span: Span) -> Span:
    """ "Imogen Lassiter KC" is Imogen Lassiter: letters after a name of two words or more are dropped."""
    tokens = span.tokens
    if len(tokens) >= 3 and tokens[-1].text in POST_NOMINALS and all(is_capital(t) for t in tokens[:-1]):
        return replace(span, tokens=tokens[:-1], possessive=False)
    if 2 <= len(tokens) <= 3 and tokens[-1].text in _MEMBERS_OF and tokens[0].word not in lexicon.given_names():
        return replace(span, tokens=tokens[:-1], possessive=False)  # "the Labour MP for …", "a Fine Gael TD": the party
    return span


_MEMBERS_OF = frozenset(lexicon.words("MP MEP MSP MLA MLC MS TD"))
"""A parliament's members, after their party: "the Labour MP"."""


def _at_country(span: Span) -> list[Span]:
    """ "U.S. | Federal Aviation Administration": a country's abbreviation before an institution's own name of
    two words or more is not part of it ("US Army" and "UK Research and Innovation" stay whole)."""
    first, *rest = span.tokens
    if first.text in _COUNTRY_PREFIXES and len(rest) >= 2 and any(t.word in lexicon.ORG_HEADS for t in rest):
        named = Span(rest, span.possessive, named_s=span.named_s, evidence=[f"{_COUNTRY_MARK}{first.text}"])
        return [Span([first]), named]
    if _place_then_person(first, rest):  # "In Germany | Friedrich Merz's party"
        return [Span([first]), Span(rest, span.possessive, named_s=span.named_s)]
    return [span]


def _place_then_person(first: Token, rest: list[Token]) -> bool:
    """A country's name or nationality run into a person's: "In Germany Friedrich Merz", "In Italy Giorgia Meloni's
    party", "the American Jessica Pegula"."""
    if not _person_shaped(rest):
        return False
    named = first.word in lexicon.given_names() or first.word in lexicon.DIRECTIONS
    country = lexicon.fold(first.word) in lexicon.places() | lexicon.nationalities() and not named
    given = rest[0].word in lexicon.given_names() and rest[0].word not in lexicon.SAINTS
    return country and given and lexicon.fold(rest[0].word) not in lexicon.places_or_cities()


def _person_shaped(tokens: list[Token], most: int = 3) -> bool:
    """Two or three (or ``most``) capitalised words, none an institution's head: the shape of a person's name."""
    return 2 <= len(tokens) <= most and all(is_capital(t) and t.word not in lexicon.ORG_HEADS for t in tokens)


_COUNTRY_PREFIXES = frozenset({"U.S.", "US", "U.K.", "UK"})
_COUNTRY_MARK = "after the country "
"""Evidence of a span cut from its country ("UK | National Screening Committee"): the whole is another form."""


def country_before(span: Span) -> str:
    """The country's abbreviation cut from before the span, or ""."""
    return next((e.removeprefix(_COUNTRY_MARK) for e in span.evidence if e.startswith(_COUNTRY_MARK)), "")


_OWN_COUNTRY = frozenset({"UK", "US", "Ireland", "Scotland", "Wales", "Australia", "Canada", "Europe", "International"})
"""Countries that close a charity's name after a possessive ("Parkinson's UK")."""

_VERBS_AFTER = lexicon.SAYING | frozenset(
    lexicon.words("is was has had will would can could did does may might should plans expects raised cut")
)
"""Words after a name's "'s" that make it part of the name ("JDE Peet's said"), not a possessive."""


def _at_possessives(run: list[Token], after: str) -> list[Span]:
    parts: list[Span] = []
    current: list[Token] = []
    for index, token in enumerate(run):
        current.append(token)
        rest = [t.word for t in run[index + 1 :]]
        holder = run[index + 1 :]
        person = _person_shaped(holder, most=4) and holder[0].word in lexicon.given_names()
        if re.search(r"s['’]$", token.text) and rest and (_place(current) or person):
            current[-1] = replace(token, text=token.text[:-1])
            parts.append(Span(current, possessive=True))  # "the United States' | Bryce Hoppel", "Ineos Grenadiers'"
            current = []
            continue
        if not re.search(r"['’]s$", token.text):
            continue
        named = not any(t.text in {"of", "for"} for t in current)  # not "the Ministry of Justice's plans"
        person = 2 <= len(current) <= 3 and current[0].word in lexicon.given_names()  # "Steve Tandy's plans"
        named = named and not person and not (len(current) > 1 and after == "plans")  # "the Welsh Rugby Union's plans"
        if not rest and named and (after in _VERBS_AFTER or after in {",", ".", ";", ":", ")"}):  # "Moody's said"
            parts.append(Span(current, named_s=True))
            current = []
        elif rest and rest[0] in lexicon.ORG_HEADS and any(t.word in lexicon.ORG_HEADS for t in current):
            cut = _after_last_institution(current)  # "... Foundation Trust and King's College Hospital"
            if cut:
                parts.append(Span(current[: cut - 1]))
                current = current[cut:]
                if all(lexicon.fold(t.word) in lexicon.places_or_cities() for t in current):
                    parts.append(Span(current, possessive=True))  # "… Watch and Norway's | Ministry of Trade"
                    current = []
            else:  # "Imperial College London's Institute of ...": an institution's own institute
                parts.append(Span(current, possessive=True))
                current = []
        elif len(run) == index + 2 and run[-1].text in _OWN_COUNTRY and (len(current) == 1 or _after_and(current)):
            if len(current) > 2:  # "the Michael J Fox Foundation and | Parkinson's UK"
                parts.append(Span(current[:-2]))
                current = current[-1:]
            continue  # "the charity Parkinson's UK", "Alzheimer's Research UK"
        elif not _joins_possessive(current, rest):
            parts.append(Span(current, possessive=True))
            current = []
    if current:
        parts.append(Span(current))
    return parts


def _place(tokens: list[Token]) -> bool:
    """Whether the words, less a final possessive, name a place or a city ("the United States'", "Abu Dhabi's")."""
    return lexicon.fold(" ".join(t.word for t in tokens).rstrip("'’")) in lexicon.places_or_cities()


def _after_and(tokens: list[Token]) -> bool:
    """Whether the last token follows an "and" ("… Foundation and Parkinson's")."""
    return len(tokens) > 1 and tokens[-2].text == "and"


def _after_last_institution(tokens: list[Token]) -> int:
    """The index just after the last "and" that follows an institution's head, or 0."""
    for index in range(len(tokens) - 1, 0, -1):
        if tokens[index].text in {"and", "&"} and tokens[index - 1].word in lexicon.ORG_HEADS:
            return index + 1
    return 0


def _joins_possessive(left: list[Token], rest: list[str]) -> bool:
    """ "Da Nang People's Committee", "Guy's and St Thomas' NHS Foundation Trust": one name; "Imperial College
    London's Institute": an institution's own institute."""
    if rest == ["Inn"]:
        return True  # "Gray's Inn", "Lincoln's Inn": Inns of Court
    if left[-1].word in {"King", "Queen"} and rest[:1] == ["Bench"]:
        return True  # "Court of King's Bench of Alberta", "the Queen's Bench Division"
    if not rest or any(t.word in lexicon.ORG_HEADS for t in left):
        return False
    opening = all(t.word in lexicon.STOP for t in left[:-1])  # "The WHO's …" at a sentence's start
    if opening and len(left[-1].word) >= 2 and left[-1].word.isupper():
        return False  # "WHO's | Health Emergencies Programme": an acronym's own unit
    if all(lexicon.fold(t.word) in lexicon.places_or_cities() for t in left):
        return False  # "Norway's | Ministry of Trade": a place's own institution
    place = _place(left)  # "Abu Dhabi's | Mubadala"
    owner = len(left) >= 2 and left[0].word in lexicon.given_names() and all(t.word[:1].isupper() for t in left)
    if rest[-1].rstrip(".") in lexicon.LEGAL_FORMS and not place and not owner:  # not "Jim McColl's | … Ltd"
        return True  # "Dick's Sporting Goods Inc.", "Kohl's Corp."
    personal = len(left) == 1 and not left[0].word.isupper()  # not "WHO's Health Emergencies Programme"
    named = personal and len(rest) <= 3 and rest[-1] in lexicon.ORG_HEADS and all(w[:1].isupper() for w in rest)
    # "Hunter's Hope Foundation", "People’s Liberation Army Navy"
    return named or rest[0] in lexicon.ORG_HEADS or (rest[0] in {"and", "&"} and rest[-1] in lexicon.ORG_HEADS)


def _at_connectors(tokens: list[Token]) -> list[list[Token]]:
    pieces: list[list[Token]] = []
    current: list[Token] = []
    institution = False  # the piece so far opened an institution's name ("Ministry of", "Centre for")
    for index, token in enumerate(tokens):
        if is_capital(token) or not current:
            current.append(token)
            continue
        rest = tokens[index + 1 :]
        if _joins(token.text, current, rest, institution):
            foreign = token.text in lexicon.particles() and current[0].word in lexicon.LEADING_HEADS  # "Institut de"
            institution = institution or token.text in _JOINERS or foreign
            current.append(token)
            continue
        pieces.append(current)
        current, institution = [], False
    pieces.append(current)
    return [trimmed for piece in pieces if (trimmed := _trimmed(piece))]


_PEERAGE = frozenset(lexicon.words("Lord Lady Baroness Baron Viscount Viscountess Earl Countess Marquess"))
"""Titles of peers, whose names carry a place: "Lord Falconer of Thoroton"."""


def _joins(word: str, left: list[Token], rest: list[Token], institution: bool) -> bool:
    last = left[-1].word
    if word == "of" and len(left) == 2 and left[0].word in _PEERAGE:
        return True
    if word == "of" and last in {"Bay", "Isle", "Isles", "Vale"} and rest and is_capital(rest[0]):
        return True  # "Bay of Plenty Regional Council", "Isle of Wight Council", "Vale of Glamorgan"
    if word == "of" and last == "Port" and any(w in lexicon.ORG_HEADS for w in _capitals(rest)[:3]):
        return True  # "Port of Gdynia Authority", "Port of London Authority"
    if word in {"o", "ki"} and left[0].word == "Te" and rest and is_capital(rest[0]):
        return True  # Māori: "Te Rūnanga o Ngāti Awa", "Ngāti Hinemoana ki Matatā"
    if word in _JOINERS:
        if rest and rest[0].word in lexicon.DATES:
            return False  # "the Trade Union Congress on Thursday"
        plural = re.fullmatch(r"[A-Z][a-z]{3,}s", last) and last not in _SPEAKING_FOR
        if word == "for" and len(left) == 1 and plural and rest and is_capital(rest[0]):
            return True  # "Americans for Prosperity", "Airlines for America", "Doctors for Peace"
        return last in lexicon.OF_HEADS or last in TITLES or last in _ROLE_WORDS or institution
    if word == "in":  # "UN Verification Mission in Colombia", "UN Interim Force in Lebanon"; not "Reuters in London"
        placed = bool(rest) and lexicon.fold(rest[0].word) in lexicon.places()
        return last in {"Force", "Mission"} and placed and (len(rest) == 1 or not is_capital(rest[1]))
    if word == "at":  # "University of Texas at Austin", "University of North Carolina at Chapel Hill"
        university = left[0].word == "University" and "of" in [t.text for t in left] and len(left) <= 4
        places = [lexicon.fold(" ".join(t.word for t in rest[:n])) for n in (1, 2) if len(rest) >= n]
        return university and any(place in lexicon.places_or_cities() for place in places)
    if word == "the":  # "Bureau of the Budget"; "Lock the Gate Alliance", "Stop the War Coalition"
        opening = left[0].word
        verb = len(left) == 1 and opening not in lexicon.given_names() and opening not in lexicon.STOP
        verb = verb and not _is_title(opening)  # "Lock the Gate", not "Since the Securities and Exchange Commission"
        committee = any(t.word == "Committee" for t in left) and len(rest) == 1  # "Committee on Education and the
        anded = left[-1].text == "and" and institution and committee  # Workforce"
        return left[-1].text in _JOINERS or anded or (verb and 1 <= _head_words(rest) <= 3)
    if word in _FOREIGN_AND:
        return institution
    if word in {"and", "&"} and last in _UTILITY and rest and rest[0].word in _UTILITY:
        return True  # "Pacific Gas and Electric", "Kenya Power and Lighting Company", "Florida Power & Light"
    if word == "and" and _body_of_two_places(left, rest):
        return True  # "Perth and Kinross Council", "Argyll and Bute Council"
    if word == "and" and last == "Health" and [t.word for t in rest[:2]] == ["Social", "Care"]:
        return True  # "Western Health and Social Care Trust"
    if word in {"and", ","} and _opens_another(rest, institution):
        return False  # "JPMorgan Chase and | Bank of America", "Cebu Pacific and | Thai Vietjet Air"
    if word in {"and", "&", ","}:
        # "Science and Technology Facilities Council", "Engineering and Physical Sciences Research Council"
        own = [t for t in left if t.text not in _COUNTRY_PREFIXES and t.word not in lexicon.STOP]  # not "The"
        alone = last not in lexicon.ORG_HEADS or (len(own) == 1 and _head_words(rest) >= 2)
        public = len(own) <= 2 and _head_words(rest) >= 2 and _last_capital(rest) in _PUBLIC_HEADS
        # "Securities and Exchange Commission", "Local Government and Social Care Ombudsman"
        alone = alone or public
        corporate = last.rstrip(".") in lexicon.LEGAL_FORMS  # "Bajaj Finance Ltd and | Aditya Birla …"
        another = institution and _head_words(rest) >= 3  # "… of South Africa and | Emfuleni Local Municipality"
        headed = any(w in lexicon.ORG_HEADS for w in _capitals(rest))
        placed = institution and lexicon.fold(last) in lexicon.places() and headed
        another = another or placed  # "Countryside Council for Wales and | Forestry Commission Wales"
        return not corporate and not another and (word == "&" or institution or (alone and _head_words(rest) > 0))
    following = [t for t in rest if t.text not in lexicon.particles()]
    return bool(following) and is_capital(following[0])  # a particle: "Sanne de Vries", "van den Berg"


def _body_of_two_places(left: list[Token], rest: list[Token]) -> bool:
    """A body named after two places joined by "and": one word, "and", one word and "Council" (perhaps after
    "City", "County" or "Borough": "Argyll and Bute Council"), a head and a legal form ("Bendigo and Adelaide Bank
    Ltd."), or a name with "and" of its own ending in a head ("Humber and Wolds Fire and Rescue Service")."""
    if len(left) != 1 or len(rest) < 2 or not is_capital(rest[0]):
        return False
    words = [t.word for t in rest[1:3]]
    if words[:1] == ["Council"] or (words[:1] in (["City"], ["County"], ["Borough"]) and words[1:] == ["Council"]):
        return True
    if len(rest) < 3 or rest[0].word in lexicon.ORG_HEADS:
        return False
    inner = _capitals(rest[1:])
    if len(inner) == 2 and inner[0] in lexicon.ORG_HEADS and inner[1].rstrip(".") in lexicon.LEGAL_FORMS:
        return True
    if not inner or len(rest) <= len(inner) + 2 or rest[len(inner) + 1].text != "and":
        return False
    tail = _capitals(rest[len(inner) + 2 :])
    return 1 <= len(inner) <= 2 and bool(tail) and tail[-1] in lexicon.ORG_HEADS


def _opens_another(rest: list[Token], institution: bool) -> bool:
    """Whether the words after "and" open a name of their own: a head and its "of" ("Bank of America"), or, where
    no "of" has opened the name so far (not "Institute of International and European Affairs"), a nationality and
    more ("Thai Vietjet Air")."""
    if len(rest) >= 3 and rest[0].word in lexicon.OF_HEADS and rest[1].text == "of":
        return True
    national = len(rest) >= 2 and lexicon.fold(rest[0].word) in lexicon.nationalities() and is_capital(rest[1])
    return national and not institution


_SPEAKING_FOR = frozenset(
    lexicon.words("Lawyers Attorneys Representatives Spokespeople Spokesmen Officials Executives Analysts Sources")
)
"""People who speak for a name at a sentence's start ("Lawyers for Sun Pharma said …"), not an institution's
name as "Americans for Prosperity" is."""

_UTILITY = frozenset(lexicon.words("Gas Electric Electricity Power Light Lighting Water"))
"""What a utility supplies, two of them joined in its name ("Pacific Gas and Electric")."""

_PUBLIC_HEADS = frozenset(
    lexicon.words("Commission Ombudsman Authority Council Agency Committee Board Tribunal Service Inspectorate")
)


def _capitals(rest: list[Token]) -> list[str]:
    """The capitalised words that open ``rest``."""
    words = []
    for token in rest:
        if not is_capital(token):
            break
        words.append(token.word)
    return words


def _last_capital(rest: list[Token]) -> str:
    words = _capitals(rest)
    return words[-1] if words else ""


def _head_words(rest: list[Token]) -> int:
    """How many capitalised words lead up to an institution's head (0 if they end in none)."""
    words = _capitals(rest)
    if words and words[-1] in lexicon.ORG_HEADS:
        return len(words)
    heads = [i for i, word in enumerate(words) if word in lexicon.ORG_HEADS]  # "Pennine Hospitals NHS foundation trust"
    return len(words) if heads and all(re.fullmatch(r"[A-Z]{2,}", w) for w in words[heads[-1] + 1 :]) else 0


IRISH_AFTER_AN = frozenset(
    lexicon.words("Bord Post Garda Taisce Coimisiún Chomhairle Roinn Foras Chúirt Údarás Comhairle Gúm Rannóg")
)
"""Irish words after "An" ("the") in the names of State bodies: "An Bord Pleanála", "An Post", "An Taisce"."""


def _trimmed(piece: list[Token]) -> list[Token]:
    while len(piece) > 1 and piece[0].text.isupper() and piece[0].text.capitalize() in lexicon.STOP | _LABELS:
        piece = piece[1:]  # "WHEN José Antonio Kast …": a drop-capital opening; "BEST Carlton: Cripps, …"
    headed = any(t.word.rstrip(".") in lexicon.ORG_HEADS for t in piece[1:])
    ordinal = headed and piece[0].word in {"First", "Second", "Third"}  # "First Citizens BancShares Inc.", "Second
    # Harvest Food Bank of Greater New Orleans"
    if len(piece) > 1 and piece[0].opens_sentence and piece[0].word in _NUMBERS and not headed:
        piece = piece[1:]  # "Three Delcour operators", "Two Democrats"; not "Nine Entertainment"
    irish = len(piece) > 1 and piece[0].word == "An" and piece[1].word in IRISH_AFTER_AN  # "An Bord Pleanála"
    while piece and not ordinal and not irish and (piece[0].word in lexicon.STOP or not is_capital(piece[0])):
        if len(piece) > 1 and lexicon.fold(piece[0].word) in lexicon.EAST_ASIAN_FAMILY and _syllabic(piece[1:]):
            break  # "He Yadong", not the pronoun
        piece = piece[1:]
    while piece and not is_capital(piece[-1]):
        piece = piece[:-1]
    return piece


_LABELS = frozenset(
    lexicon.words(
        """Best Injuries Goals Goalkickers Scorers Crowd Venue Referee Referees Umpires Teams Subs Substitutes Results
    Tries Conversions Penalties Booked Attendance Changes Squads Bench Reports"""
    )
)
"""The labels of a match report's summary, in capitals before a side's name ("BEST Carlton: Cripps, Walsh")."""
_NUMBERS = frozenset(lexicon.words("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve"))
"""Numbers that open a sentence before the name of what they count."""


def _syllabic(tokens: list[Token]) -> bool:
    from folio.glossary.drafting.names import is_family_first

    spelt = not any(t.word.isupper() for t in tokens)  # "He Yadong", not "An ESA spokesperson"
    return bool(tokens) and len(tokens) <= 2 and spelt and is_family_first("Kim " + " ".join(t.word for t in tokens))


def _at_roles(span: Span) -> list[Span]:
    """Split a role or title off the front of a person's name ("Transport Minister Hélène Vasseur")."""
    words = [word.rstrip(".") for word in span.words]
    given = any(word in lexicon.given_names() for word in words[1:-1])  # "the DJ Gregory Mills": a person
    if not words or (words[-1] in lexicon.ORG_HEADS and not given):
        return [span]
    for index, word in enumerate(words):
        if not _is_title(word) or re.search(r"['’]s$", span.tokens[index].text):  # "Court of King's Bench"
            continue
        end = index + 1
        while end < len(words) and (words[end] in _ROLE_WORDS or _is_title(words[end]) or _inside_role(words, end)):
            end += 1
        if words[end - 1] in {"for", "of"} and len(span.tokens) - end >= 3:
            end = len(span.tokens) - _portfolio_holder(span.tokens[end:])  # "Minister for Treaty of … | Paul Goldsmith"
        elif end < len(words) and words[end] in {"and", "&"} and len(span.tokens) - end >= 4:
            # a portfolio with "and" in it: "Minister of Health and Social Welfare | Muhammad Ali Pate"
            holder = _portfolio_holder(span.tokens[end + 1 :])
            end = len(span.tokens) - holder if holder < len(span.tokens) - end - 1 else end
        rest = span.tokens[end:]
        if word in _BEFORE_GIVEN_NAMES and not (len(rest) >= 2 and rest[0].word in lexicon.given_names()):
            continue  # "Garda Declan Furlong", but "the Garda Síochána"
        headed = any(t.word in lexicon.ORG_HEADS for t in rest) and rest[0].word not in lexicon.given_names()
        headed = headed or (len(rest) >= 3 and rest[-1].word in lexicon.ORG_HEADS)  # "Princess Margaret Cancer Centre"
        headed = headed or (bool(rest) and rest[-1].text.rstrip(".") in lexicon.LEGAL_FORMS)  # "General Mills Inc."
        headed = headed or (len(rest) >= 2 and rest[-1].word in _NAMED_AFTER_HEADS)  # "Princess Alexandra Hospital"
        headed = headed or (
            bool(rest) and rest[-1].word in lexicon.NOT_NAME_HEADS
        )  # "General Data Protection Regulation"
        headed = headed or (
            word == "General" and bool(rest) and rest[0].word in _GENERAL_FIRMS
        )  # "General Dynamics UK"
        if not 1 <= len(rest) <= 6 or not is_capital(rest[-1]) or headed:
            continue
        start = index
        while start > 0 and (
            _is_title(words[start - 1]) or words[start - 1] in _ROLE_WORDS or _inside_role(words, start - 1)
        ):
            start -= 1
        role_tokens = span.tokens[start:end]
        prefix = _trimmed(span.tokens[:start])  # "… School of Physics and Astronomy and | Dr Matthias Oberhuber"
        adjective = len(prefix) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:al|ic|ary|ive|ous)", prefix[0].word)
        named = len(prefix) > 1 or (prefix and prefix[0].word not in lexicon.ORG_HEADS and not adjective)
        # not "Police Chief X", nor "Political analyst X"
        before = [Span(prefix, evidence=["named before a role"] if named else [])] if prefix else []
        person = Span(rest, span.possessive)
        if _is_surname_only(rest):
            person.title = " ".join(t.text for t in role_tokens)
        elif words[end - 1] not in _HONORIFICS:
            person.role = " ".join(t.text for t in role_tokens)
        else:
            person.honorific = " ".join(t.text for t in role_tokens)
        return [*before, person]
    return [span]


_BEFORE_GIVEN_NAMES = frozenset({"Garda"})
"""Titles only before a given name and a family name: "Garda Declan Furlong", not "the Garda Síochána"."""

_GENERAL_FIRMS = frozenset(
    lexicon.words("Dynamics Motors Mills Electric Atlantic Catalyst Assembly Synod Accident Medical Dental Secretariat")
)
"""Words after "General" in a firm's or body's name, not a general's: "General Dynamics UK", "General Catalyst"."""

_NAMED_AFTER_HEADS = frozenset(
    lexicon.words(
        "Hospital Infirmary School College University Institute Centre Center Foundation Trust Museum Library"
    )
)
"""Heads of institutions named after a titled person: "Princess Alexandra Hospital", "Queen Elizabeth School"."""


def _is_title(word: str) -> bool:
    """A title, or a role written as one before a name ("Forecaster Ana Liza Solis"), but not a given name."""
    word = re.sub(r"-(?:designate|elect)$", "", word)  # "Cardinal-designate Benedetti", "President-elect …"
    if re.fullmatch(r"[A-Z][a-z]+-General", word):
        return True  # "Advocate-General P.S. Raman", "Solicitor-General"
    if re.fullmatch(r"Vice-[A-Z][a-z]+", word) and word[5:].casefold() in _CAPITAL_TITLES:
        return True  # "Vice-Chancellor Andreas Babler", "Vice-President"
    if (
        word in TITLES
        or word in _HONORIFICS
        or word in _RANKS
        or (word[:1].isupper() and word.casefold() in _CAPITAL_TITLES)
    ):
        return True
    lower = word.casefold()
    if lower.endswith("s") and lower[:-1] in _CAPITAL_TITLES and word[:1].isupper() and word not in lexicon.ORG_HEADS:
        return True  # "Ministers Priya Nandakumar and Syed Imtiaz Pasha"
    return word[:1].isupper() and lower in lexicon.ROLE_NOUNS and word not in lexicon.given_names()


def _portfolio_holder(tokens: list[Token]) -> int:
    """How many of the last words, after a role's "for" or "of" and its portfolio, name its holder: three when
    they start with a given name ("Education | Mary Lou McDonald"), else two ("Māori Crown Relations | Tama
    Potaka"), or all of them when the end is not person-shaped."""
    for size in (2, 1):  # "Attorney General for Pakistan | Mansoor Usman Awan"
        if len(tokens) - size >= 2 and _place(tokens[:size]) and _person_shaped(tokens[size:], most=4):
            return len(tokens) - size
    for size in (3, 2):
        tail = tokens[-size:]
        if _person_shaped(tail) and (size == 2 or tail[0].word in lexicon.given_names()):
            return size
    return len(tokens)


def _inside_role(words: list[str], index: int) -> bool:
    """A word between a role's opening word and its title: "Chief Election Commissioner", "Chief Medical Officer"."""
    opened = index > 0 and words[index - 1] in {"Chief", "Deputy", "Principal", "Senior", "Assistant"}
    following = index + 1 < len(words) and _is_title(words[index + 1])
    return opened and following and words[index] not in lexicon.given_names()


def _is_surname_only(tokens: list[Token]) -> bool:
    """One capitalised word, perhaps after particles ("Kim", "de Vries"), or a peer's "Falconer of Thoroton"."""
    if len(tokens) in (3, 4) and tokens[1].text == "of" and all(is_capital(t) for t in [tokens[0], *tokens[2:]]):
        return True  # "Falconer of Thoroton", "Robertson of Port Ellen"
    *particles, last = tokens
    return is_capital(last) and all(t.text in lexicon.particles() for t in particles)


_CAPITAL_TITLES = frozenset(
    {"minister", "secretary", "president", "chancellor", "governor", "senator", "chairman", "chairwoman",
     "director", "ambassador", "mayor", "premier", "commissioner", "spokesman", "spokeswoman", "ceo", "chief",
     "general", "admiral", "chair", "colonel", "captain", "professor", "judge", "justice", "rep", "sen", "gen",
     "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "supervisor", "trustee",
     "assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman", "delegate", "magistrate",
     "speaker", "leader", "whip", "democrat", "republican", "mp", "mep", "msp", "mla", "td", "taoiseach",
     "tánaiste", "administrator", "sheriff", "superintendent", "coroner", "councilor", "commander", "mpp",
     "director-general", "mca", "mna", "mha", "mlc", "ombudsman", "rhp", "lhp", "skipper", "umpire", "rookie",
     "veteran", "var", "treasurer", "elder", "pastor", "pm", "dpp", "garda", "tries", "cons", "pens", "pen",
     "kaumātua", "mk", "co-author", "neighbour", "neighbor",
     "teammate", "debutant", "coach", "manager", "striker", "midfielder", "goalkeeper", "defender", "winger"}
)  # fmt: skip
"""Role words that, capitalised before a name, make a title ("Transport Minister", "Ombudsman Jesus Crispin Remulla",
a pitcher's "RHP Tyler Glasnow")."""
