"""The extractor, measured: precision, recall and sort keys on articles of ours, against answer keys.

``tests/roots/drafting/tuned/`` holds the articles the extractor was developed
on: seven written before it, then six rounds of three articles each, the
lead's round 8 of four, our rounds 9 and 10, and the articles of rounds 7
and 11 and 12 that rules drawn from them lifted to the bar; each round written as
held-out tests, scored before any change (README.md gives each round's first
score), and only then used to improve it. ``heldout/`` holds round 13,
written by a helper who had not seen the extractor and never used to change
it, and the articles of rounds 7, 10, 11 and 12 that their changes did not
lift to the bar. The lead's round 8 articles
(:data:`SUPPLIED`) are short. The bar, per article: recall and precision at
least 0.90, sort keys right for at least 95 % of the people. A held-out
article below it is marked ``xfail(strict=True)`` with its first score: the
shortfall stays visible, and the mark must go when a change lifts it.
``tools/draft_scores.py`` prints the same figures.

Since the learned step (learned.py), every article here, tuned or held out, is
also training data for its model: a held-out article's score now is no longer
a score on unseen text. The unseen measures are each round's first score
(README.md) and ``tools/train_drafter.py --cv``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import DRAFTING, pooled, read_key, score_extractor, score_table

from folio.glossary.drafting.extract import extract
from folio.glossary.drafting.spans import spans

TUNED = sorted((DRAFTING / "tuned").glob("*.txt"))
HELDOUT = sorted((DRAFTING / "heldout").glob("*.txt"))
UNSEEN = sorted((DRAFTING / "unseen").glob("*.txt"))
PRECISION = RECALL = 0.90
SORTING = 0.95


SUPPLIED = {"port_authority", "arms_talks", "chips", "festival"}
"""Round 8: the lead's held-out articles, kept as given. Three name fewer than eight people and institutions,
so one error moves their score by 0.12 to 0.25; the rounds are also scored pooled (README.md)."""


def _report(article: Path) -> str:
    s = score_extractor(article)
    if article.stem not in SUPPLIED:
        assert s.wanted >= 8, f"{article.name}: an answer key of ours should name at least 8 people and institutions"
    verdict = (
        f"{s.article}: precision {s.precision:.2f} ({s.right}/{s.drafted}), recall {s.recall:.2f} "
        f"({s.found}/{s.wanted}), sort keys {s.sorting:.2f} ({s.sorted_right}/{s.people}); "
        f"wrong {list(s.wrong)}, missed {list(s.missed)}, badly sorted {list(s.badly_sorted)}"
    )
    print(verdict)
    assert s.precision >= PRECISION and s.recall >= RECALL and s.sorting >= SORTING, verdict
    return verdict


@pytest.mark.parametrize("article", TUNED, ids=[p.stem for p in TUNED])
def test_each_tuned_article_meets_the_bar(article: Path) -> None:
    _report(article)


BELOW_THE_BAR = {
    "court_bail_ruling": "recall 0.83 when scored and now: 'First Judicial District of Pennsylvania' (a court's body"
    " named like a place) and 'Fraternal Order of Police Lodge 5' (a name ending in a number) missed",
    "hokuriku_bank_merger": "precision 0.89, recall 0.86, sort keys 0.80 when scored (1.00, 0.96, 0.80 now): two"
    " historical Japanese names written family name first with nothing to show it ('Iwasaki Yataro'), and the"
    " historical Mitsubishi taken for the short form of Mitsubishi UFJ Financial Group",
    "ipman_depot_levy_shutdown": "precision 0.75 when scored (0.83 now): portfolios in a title ('Executive Director,"
    " Distribution Systems, Storage and Retail Infrastructure') and '(Oil)', '(Downstream)' qualifiers misread",
    "salt_house_review": "precision 0.74, recall 0.68 when scored (0.96, 0.88 now): a theatre review's play and"
    " character names, companies (Headlong, the Almeida, Bristol Old Vic) and 'BBC Radio 4'",
    "hydro_quebec_gaspesie_wind": "precision 0.82, recall 0.78 when scored (1.00, 0.83 now): French names in lower"
    " case ('Alliance de l'énergie de l'Est', 'Québec solidaire'), 'Radio-Canada', a First Nation's names",
    "larkspur_krabbe_fda_rejection": "precision 0.75 when scored (0.89 now): gene and manufacturing acronyms (GALC,"
    " CMC), a screening panel, 'Hunter's Hope Foundation' cut at its possessive, the Buffalo Bills",
    "long_thanh_airport_launch": "precision 0.76 when scored (0.87 now): Vietnamese place names read as people"
    " ('Dong Nai', 'Tan Son Nhat', 'Ben Thanh'), 'Airports Corporation of Vietnam' cut at 'of'",
    "nevada_rent_cap_veto": "precision 0.83 when scored (1.00 now): a union local with a number ('Culinary Workers"
    " Union Local 226'), 'University of Nevada, Las Vegas' cut at its comma, 'Lombardo' alone",
    "kestrel_sec_ruling": "precision 0.69, recall 0.77 when scored (0.85, 0.88 now): courts named with ordinals and"
    " districts ('2nd U.S. Circuit Court of Appeals', 'U.S. District Court for the Southern District of New York'),"
    " crypto exchanges (Coinbase, Binance), a research firm read as a person",
    "la_sirena_family_business": "precision 0.81, recall 0.78 when scored (0.89, 0.89 now): one-word companies of a"
    " family business's story (Nabisco, Cargill, Jewel-Osco, El Milagro), a union's long name, a town read as a"
    " person",
    "nz_nurses_private_hospitals": "precision 0.85, recall 0.72 when scored (0.89, 0.78 now): New Zealand parties"
    " ('National', 'NZ First', 'Te Pāti Māori'), 'Taxpayers' Union-Curia', 1News and Verian",
    # Rounds 26 and 27: scored at 1a2f2c6 and not used since; their articles that meet the bar are tested as usual.
    "iraq_coalition_haggling": "sort keys 0.89 when scored (0.90 now): 'Mohammed Shia al-Sudani' sorted on 'Shia"
    " al-Sudani'; 'Asaib Ahl al-Haq' read as a person; Masoud Barzani and Bafel Talabani missed",
    "obituary_brigadier_fenwick_carr": "precision 0.71, recall 0.71 when scored (0.86, 0.89 now): an officer's"
    " honours and ranks ('Military Cross', 'OBE', 'Field Marshal Lord Bramall'), numbered regiments, UN and Nato"
    " written as words",
    "fungal_networks_longread": "precision 0.71, recall 0.79 when scored (0.87, 0.93 now): a long read's publishers"
    " and journals (Knopf, Granta, Nature Ecology & Evolution), 'Forestry and Land Scotland', 'Baroness Thornleigh'",
    # Rounds 28 and 29: scored at 3176f65, then used.
    "brewers_flat_beer": "precision 0.79 when scored (0.83 now): beer brands taken for companies (Stella Artois,"
    " Peroni, Pilsner Urquell, Corona Cero, Johnnie Walker), '3G Capital' cut at its digit, Gallup",
    "hartwell_stone_administration": "recall 0.72 when scored (0.86 now): administrators and brands (Interpath"
    " Advisory, Wedgwood, Royal Stafford, Fiskars), 'HSBC UK', Unite",
    "england_ireland_six_nations": "recall 0.81 when scored (0.89 now): rugby clubs named alone (Leinster, Munster,"
    " Saracens, Northampton), the Rugby Football Union, players with rare given names",
    "kestrel_heart_failure_drug": "precision 0.79 when scored (0.87 now): 'US FDA', a drug's brand (Kerendia), a"
    " journal, 'the FDA's Center for Drug Evaluation and Research' kept with its possessive",
    # Rounds 30 and 31: scored at bee1ec0, then used.
    # Rounds 32 and 33: scored at 4fc3302, then used.
    "nhs_trust_critical_incident": "precision 0.85, recall 0.85 when scored (0.89, 0.93 now): a trust and its"
    " hospital named in lower case and in part ('Royal Severn hospital'), 'the Guardian', Labour, the NHS",
    # Rounds 34 and 35: scored at e36e919, then used.
    "lundholm_pharma_results": "precision 0.71 when scored (0.89 now): Novo Nordisk and Eli Lilly read as people"
    " (the article's clues for a person outweigh a listed company's), a drug's name, Medicare, a company's short"
    " name",
    "portugal_surplus_housing": "recall 0.86, sort keys 0.86 when scored (0.94, 0.86 now): Portuguese parties and"
    " firms by short names (Chega, EDP, Idealista), 'S&P Global', a double family name named once",
    # Rounds 36 and 37: scored at 468f811, then used.
    "europe_payments_sovereignty": "recall 0.86, sort keys 0.86 when scored (0.92, 0.86 now): payment firms named in"
    " passing (Bancomat, Worldline, EuroCommerce), 'Sofía Ruiz de Alarcón' sorted on the last word",
    "semaglutide_alcohol_trial": "precision 0.83, recall 0.83 when scored (0.87, 0.83 now): health bodies with 'and'"
    " or 'of' in their names cut short ('NHS Greater Glasgow and Clyde', 'Royal Infirmary of Edinburgh'),"
    " Rigshospitalet",
    # Rounds 38 and 39: scored at a17bab8 and not used since; their articles that meet the bar are tested as usual.
    "malaria_antibody": "precision 0.83 when scored (0.87 now): a journal, a city for a university, 'Ministry of"
    " Health and Burkina Faso' run together, 'Institut de Recherche en Sciences de la Santé' cut short, Wellcome",
    # Rounds 40 and 41: scored at cc3b0d2 (the rules alone), then used for rules and, like every keyed article, to
    # train the learned step.
    "reiko_tanabe_profile": "precision 0.77, recall 0.83, sort keys 0.91 when scored (0.88, 0.96, 0.91 now): a"
    " profile's galleries and ensembles (Tate Modern read as a person, Goldsmiths, Kunsthalle Basel, London"
    " Sinfonietta), districts of London, a Japanese name written family name first",
    # Rounds 42 and 43: scored at c3762b0 (with the learned step), then used in the same way.
    "wyvern_valley_maternity": "recall 0.84 when scored (0.89 now): a peer named by title and surname ('Baroness"
    " Amos'), the charity Sands, 'the NHS' alone, a hospital's saint's name ('St Wulstan's')",
    "asante_mensah_archive_gift": "precision 0.77, recall 0.77 when scored (0.92, 0.85 now): an art world's houses"
    " and galleries ('Sotheby's', 'Christie's', the Whitworth, 'Tate Britain' read as a person), 'Goldsmiths,"
    " University of London' cut at its comma, a centre's name cut at 'in'",
    "epa_methane_ruling": "precision 0.86, sort keys 1.00 when scored (1.00, 0.88 now): a party's letter after a"
    " name ('(D)'), an agency's acronym before a role ('EPA Administrator Lee Zeldin'), a region before a noun"
    " ('Rocky Mountain states'); now that Lee Zeldin is found, his name, used once, sorts whole like a Korean name"
    " ('Lee Jae-myung')",
    # Rounds 44 and 45: scored at 5f694dc (with the learned step), then used in the same way.
    "senate_pbm_bill": "precision 0.83, recall 0.81 when scored (0.96, 0.84 now): a committee's name with commas"
    " ('Senate Health, Education, Labor and Pensions Committee'), 'Cigna's Express Scripts and UnitedHealth Group'"
    " run together, a Senate office building, Caremark and Optum Rx",
    "alentejo_food_wine": "precision 0.81, recall 0.65 when scored (0.89, 0.85 now): Portuguese wineries and bodies"
    " ('Turismo do Alentejo', 'Adega da Cartuxa', 'Herdade da Ameixoeira', Esporão, Sogrape), 'Corticeira Amorim'"
    " read as a person, Unesco written as a word",
    # Below the bar again after a retraining: a held-out article's score moves with each training of the model.
    "codelco_puna_austral_lithium": "precision 0.84 when scored (0.87 now): a lithium developer read as a person"
    " (Puna Austral), a law's acronym (RIGI) and a firm cut short ('Sociedad Química') taken for institutions,"
    " Reuters in the body; it met the bar later, then a retraining",
    "ilona_kertesz_obituary": "recall 0.89 when scored and now: a record label and 'the BBC' in passing (Decca),"
    " Yehudi Menuhin, 'OBE' and 'Maida Vale' taken for names; it met the bar later, then a retraining",
    "kildare_sallins_rezoning": "precision 0.74, recall 0.81, sort keys 0.89 when scored (0.88, 1.00, 1.00 now):"
    " Irish parties (Fianna Fáil read as a person, Fine Gael), bodies with 'An' (An Bord Pleanála, An Coimisiún"
    " Pleanála), 'Mac Giolla Phádraig' sorted on its last word, 'the State', a plan and a building; it met the bar"
    " later, then a retraining",
    "norwood_glenelg_sanfl": "precision 0.69, recall 0.82 when scored (0.90, 0.86 now): grounds (Norwood Oval,"
    " Prospect Oval), leagues by their acronyms (SANFL, AFL), clubs named by their suburbs (Sturt, Glenelg, South"
    " Adelaide); it met the bar later, then a retraining",
    "reach_chemicals_rift": "precision 0.77, recall 0.82 when scored (0.89, 0.94 now): a regulation and a class of"
    " chemicals (REACH, PFAS) taken for institutions, political groups with a slash cut ('Greens/European Free"
    " Alliance'), 'Renew Europe' read as a person; it met the bar later, then a retraining",
    "gdynia_terminal_consortium": "recall 0.76 when scored (0.85 now): shipping lines and alliances named once"
    " (Maersk, Hapag-Lloyd, 2M, Gemini Cooperation, Boskalis), a dredger named like a person (Jan De Nul); it met"
    " the bar later, then a retraining",
    "kurobe_harrowgate_deal": "precision 0.89 when scored and now: insurers ending in 'Life' read as people (Nippon"
    " Life, Kurobe Life), 'Committee on Foreign Investment in the United States' cut at 'in', Resolution Life; it"
    " met the bar later, then a retraining",
    "maureen_tulloch_kinship_profile": "recall 0.87 when scored (0.91 now): a foundation's name with '&' and 'and'"
    " cut in two ('Community Foundation Tyne & Wear and Northumberland'), a peer named by title and surname,"
    " Northern Rock; it met the bar later, then a retraining",
    "saxony_anhalt_election_afd": "precision 0.84, recall 0.81 when scored (0.90, 0.88 now): a pollster cut short"
    " ('Infratest dimap'), a state's office run into its possessive, 'Die Linke', a pastor's title run into his"
    " name; it met the bar later, then a retraining",
    "cowboys_rabbitohs_townsville": "recall 0.85 when scored (0.89 now): rugby league clubs by nicknames and towns"
    " (Souths, Canterbury, Dolphins), a position run into a name ('Hooker Lachie Hennessy'), a player with a rare"
    " given name; it met the bar later, then a retraining",
    "dail_lda_overrun_row": "precision 0.78, recall 0.83 when scored (0.90, 0.87 now): 'Taoiseach', 'Cabinet' and"
    " 'Government Buildings' taken for institutions, counties written 'Co Dublin', a party's possessive run into a"
    " TD's name, committees in lower case; it met the bar later, then a retraining",
    "pune_hoardings_high_court": "precision 0.87 when scored (0.90 now): parties with a bracketed part ('NCP (SP)',"
    " 'Shiv Sena (UBT)'), a market read as a person ('Juna Bazaar'), 'HC' for the High Court; it met the bar later,"
    " then a retraining",
    "ampney_crucis_housing_refusal": "precision 0.82 when scored (0.86 now): it met the bar later; after a"
    " retraining a developer read as a person (Gladman Developments), a church and a ward taken for institutions,"
    " 'Parish council' at a sentence's start",
    "bolivia_peru_world_cup_qualifier": "recall 0.78 when scored (0.85 now): it met the bar later; after a"
    " retraining clubs named once (Bolívar, The Strongest, Santos Laguna, SC Braga), a Spanish family name alone",
    "oregon_school_finance_theft": "precision 0.86, recall 0.79 when scored (0.95, 0.88 now): it met the bar later;"
    " after a retraining a school district, a stable and an accounting firm named once, the Secretary of State's"
    " 'Audits Division'",
    "ludovica_di_sangro_profile": "recall 0.77 when scored (0.83 now): it met the bar later; after a retraining"
    " fashion houses and retailers named once (Loewe, Net-a-Porter, Lane Crawford), an Italian body in its own"
    " language, the designer's family name alone read as a person",
    "asyad_ports_stake": "precision 0.88, sort keys 0.50 when scored (0.88, 1.00 now): the sort keys before its"
    " key's Gulf names were aligned; 'Asyad Group' beside 'Asyad', 'Dubai World' and 'Ahmed bin Sulayem' read as"
    " people, a port town (Duqm)",
    "up_discom_privatisation": "precision 0.88 when scored and now: Hindi names of bodies by one word ('Samiti'),"
    " 'U.P.', a state's Congress unit, 'AT&C' losses",
    # Rounds 46 and 47: scored at bbfa12f (with the learned step), then used in the same way.
    "desmond_farrelly_obituary": "precision 0.81, recall 0.81 when scored (0.89, 0.93 now): Irish bodies in Irish"
    " ('Bord Scannán na hÉireann', Aosdána), a building and a street, 'Widow', a school's brothers (Christian"
    " Brothers), Channel 4 and Miramax named once, Satyajit Ray",
    "leeds_hullkr_rugby_league": "precision 0.77, recall 0.87 when scored (0.84, 0.91 now): words opening a sentence"
    " run into names ('Debutant Connor Braithwaite', 'Whatever Willie Peters'), a club named by its town read as a"
    " person (St Helens), the Super League, a coach's surname alone",
    "nyc_trash_bins": "sort keys 0.91 when scored and now: 'Ana Lucía Ferreyra', two given names read as a double"
    " family name; a neighbourhood read as a person (Park Slope), City Hall",
    "cork_busconnects_douglas": "precision 0.82, recall 0.75 when scored (0.88, 0.96 now): Irish parties (Fine Gael,"
    " Sinn Féin, Fianna Fáil), 'An Coimisiún Pleanála' without its 'An', a residents' group cut at 'and', a street,"
    " a campaign group",
    # Rounds 48 and 49: scored at 7aa85f4 (with the learned step), then used in the same way.
    "boreal_peat_fire_carbon_study": "precision 0.73, recall 0.84 when scored (0.85, 0.89 now): bodies named with"
    " 'and' or 'on' cut in two ('Environment and Climate Change Canada', 'UK Research and Innovation',"
    " 'Intergovernmental Panel on Climate Change'), a city",
    "bleague_finals_game2": "precision 0.84, recall 0.84 when scored (0.94, 0.89 now): a byline's name in the body's"
    " style, a final's name, clubs by their towns (Ryukyu), a lower-case company (mixi), 'Seoul SK Knights'",
    # Rounds 50 and 51: scored at b17c8cd (with the learned step), then used in the same way.
    "zambia_copper_election_tax": "sort keys 0.88 when scored and now: 'Grace Mwanza Phiri' sorted as a double"
    " family name; 'Mopani Copper Mines' read as a person, 'State House', Barrick",
    "bombay_hc_hoardings_audit": "precision 0.76, recall 0.81 when scored (0.96, 0.87 now): 'Advocate' and a retired"
    " judge's committee run into names, 'Allahabad high court' and 'Mumbai police' in lower case, 'Shiv Sena (UBT)',"
    " TNN, a road",
    # Rounds 52 and 53: scored at d469130 (with the learned step), then used to train it.
    "chola_bronze_restitution": "recall 0.81 when scored (0.86 now): an auction house's possessive (Christie's),"
    " Interpol and Unesco written as words, the Art Loss Register, a temple's name read as a person",
    "europe_centre_right_firewall": "precision 0.84, recall 0.71, sort keys 0.87 when scored (0.97, 0.87, 1.00 now):"
    " parties named by common words (League, Vox, Moderates, Brothers of Italy, National Rally), a country run into"
    " a name ('Germany Friedrich Merz'), Spanish double family names named once",
    "kingsbridge_tactile_robot_hand": "sort keys 0.71 when scored (0.86 now): 'Chua Mei Lin' and 'Sofía Rivas"
    " Ortega' named once; Google DeepMind, Physical Intelligence, a product read as an institution",
    "rose_mulvaney_obituary": "recall 0.77 when scored (0.81 now): a trade unionist's campaigns and unions (Women"
    " Against Pit Closures, Militant tendency, Amicus, Unite), the Liverpool Echo",
    # Rounds 54, 55 and 56: scored at e3e6309 (with the learned step), then used to train it; round 54 met the bar
    # pooled, and the three rounds pooled met it too (0.90, 0.90, 0.95).
    "selangor_by_election_indian_voters": "sort keys 0.82 when scored (0.91 now): a Malaysian Chinese name written"
    " family name first ('Chong Mei Lin') sorted on its last word, a Tamil name whole; Amirudin Shari, Bursa"
    " Malaysia and Umno missed",
    "egypt_new_horizon_party_ruling": "precision 0.89 when scored and now: a judicial title run into a name"
    " ('Counsellor Osama Abdel-Wahab Hegazy'), 'New Horizon' read as a person, 'Nation's Future Party' cut at its"
    " possessive",
    "qld_housing_call_in_powers": "precision 0.83, recall 0.89 when scored (0.90, 0.93 now): 'Queensland Government"
    " Statistician's Office' cut at its possessive, 'The Services Union' without its 'The', Labor, a deputy"
    " premier's title read as a person",
    "france_civil_service_reform": "precision 0.87, recall 0.85 when scored (0.90, 0.90 now): French names of bodies"
    " cut short ('École nationale d'administration', 'Conseil d'État', 'Rassemblement national'), Force ouvrière,"
    " Medef, France Inter",
    # Rounds 57 and 58: scored at cbcb3f9 (with the learned step), then used to train it. Pooled with rounds 54 to 56
    # (30 articles), the first scores meet the bar: precision 0.90 (825/913), recall 0.90 (825/912), sort keys 0.96.
    "kenya_iebc_kit_tender": "precision 0.86, sort keys 0.92 when scored (0.91, 0.92 now): 'General Election' and an"
    " election system read as names, a building, 'Kevin Ochieng Omondi' read as an institution, 'Hassan Omar Hassan'"
    " sorted on a middle name",
    # Rounds 59 and 60: scored at 355b250 (with the learned step), then used to train it; round 59 met the bar pooled.
    "villarreal_valencia_derby": "recall 0.79 when scored (0.87 now): clubs named by their towns (Villarreal,"
    " Valencia, Barcelona, Espanyol), players with rare given names named once (Ayoze Pérez, Pape Gueye, Sergi"
    " Cardona), the league's Competition Committee",
    "dermot_kilbride_obituary": "precision 0.78, recall 0.83 when scored (0.86, 0.89 now): an actor's roles and"
    " plays read as people ('Christy Mahon', 'Captain Boyle', 'Henry IV Part'), Irish names ('An Taibhdhearc',"
    " 'Ceoltóirí Chualann', 'Seán Ó Riada' read as an institution), Warner Bros, Decca, Irish Equity",
    "nigeria_bank_merger": "precision 0.86 when scored and now: roles with 'of' read as institutions ('Chief"
    " Executive Officer of Kestrel Trust Bank', 'Managing Director'), a minister's title after 'and', a bank's name"
    " with 'Plc' beside its short name",
    # Rounds 61 and 62: scored at 6a7c2d6 (with the learned step), then used to train it. Rounds 54 to 62 pooled (54
    # articles): precision 0.90 (1449/1618, 0.896), recall 0.90 (1449/1615, 0.897), sort keys 0.97 (583/601).
    "nordhav_kraft_job_cuts": "precision 0.84, recall 0.88 when scored (0.85, 0.92 now): a Norwegian union's name"
    " cut at 'og' ('EL og IT Forbundet'), 'Nordhav Kraft' read as a person, an agency's name cut short, Enova and"
    " Orsted",
    "delta_nitrogen_stake_sale": "precision 0.86, sort keys 0.88 when scored (0.97, 0.89 now): a minister's"
    " portfolio run into his name ('Public Business Sector Mohamed Shimi'), places read as people (Ras El-Hekma,"
    " Sadat City), 'Abu Qir Fertilizers and Chemical Industries' cut at 'and', 'Abdel Moneim' sorted on its last"
    " word",
    # Rounds 63 to 66: scored at 6c599a1 (with the learned step), then used to train it. Rounds 54 to 66 pooled (78
    # articles): precision 0.90 (2073/2314, 0.896), recall 0.90 (2073/2298, 0.902), sort keys 0.97 (823/845).
    "harold_brenneman_obituary": "precision 0.89, recall 0.89, sort keys 0.89 when scored (1.00, 0.89, 0.89 now): a"
    " union local's name with 'and' ('United Food and Commercial Workers Local 23') cut apart, a suburb (Fox"
    " Chapel), Supervalu, a middle name",
    "nordic_seas_overflow_study": "precision 0.79 when scored (0.84 now): a climate study's seas, currents,"
    " programmes and channels (Nordic Seas, Atlantic Meridional Overturning Circulation, Horizon Europe) taken for"
    " institutions",
    "skerne_gallery_sponsorship_row": "precision 0.89 when scored and now: a campaign named with 'with' cut apart"
    " ('Gambling with Lives'), a region (Teesside), Arts Council England",
    "hse_trolley_record": "recall 0.85, sort keys 0.86 when scored (0.94, 0.88 now): Irish parties read as people"
    " (Fine Gael) or missed (Sinn Féin, Social Democrats), towns read as people (Limerick City, Newcastle West),"
    " Siptu",
    "wga_tentative_deal": "precision 0.87, recall 0.87, sort keys 0.90 when scored (0.93, 0.87, 0.90 now): 'Warner"
    " Bros. Discovery' cut at 'Bros.', two unions run together at 'and', 'Writers Guild' read as a person",
    "bulls_stormers_loftus_derby": "precision 0.77, recall 0.77 when scored (0.92, 0.88 now): a position run into a"
    " name ('Scrumhalf Keagan Februarie'), a particle surname alone ('Du Preez'), a sponsor's name before a"
    " franchise ('Vodacom Bulls', 'Hollywoodbets Sharks'), a stadium, clubs named once",
    # Rounds 67 to 70: scored at 819ba5e (with the learned step), then used to train it. Rounds 54 to 70 pooled (102
    # articles): precision 0.89 (2667/2987), recall 0.90 (2667/2967, 0.899), sort keys 0.97 (1059/1090).
    "kongsberg_air_defence_order": "precision 0.88, recall 0.85 when scored and now: defence firms named like people"
    " ('John Cockerill Defense', 'Diehl Defence'), a missile system taken for an institution, FN Herstal",
    "harold_whitcomb_obituary": "precision 0.89, recall 0.80, sort keys 0.90 when scored (0.89, 0.83, 1.00 now): an"
    " agency's name with 'and' cut apart ('Mining Enforcement and Safety Administration'), a newspaper with 'The'"
    " (The Courier-Journal), a party by an adjective (Democrat), the Army, Gannett",
    "bc_pipeline_injunction": "precision 0.73, sort keys 0.89 when scored (0.79, 0.89 now): First Nations words"
    " taken for institutions ('First Nation', 'Indigenous Peoples', 'Grand'), 'B.C.', 'Assembly of First Nations"
    " National Chief' run together, a double family name",
    "severnside_misconduct_inquiry": "precision 0.83, recall 0.80 when scored (0.88, 0.92 now): journals taken for"
    " institutions (Nature Communications, Oncogene, Cancer Research), a department's name with commas, 'the"
    " Guardian', a Commons committee in lower case",
    "islay_ferry_delay": "precision 0.69, recall 0.85 when scored (0.89, 0.96 now): ferries and straits read as"
    " people ('Glen Sannox', 'Little Minch'), a committee's name with commas, a council named in Gaelic ('Comhairle"
    " nan Eilean Siar') cut apart, a Turkish shipyard named once",
    "kudimoni_cbn_fine": "recall 0.86 when scored and now: Nigerian fintechs named once in a list (OPay, Moniepoint,"
    " PalmPay, Kuda, Paga), ID numbers and a phone protocol taken for institutions",
    "marta_echeverria_profile": "precision 0.86, recall 0.86, sort keys 0.92 when scored (0.86, 0.89, 1.00 now): a"
    " play's title and characters read as names ('The House of Bernarda Alba'), theatres and companies named once"
    " (Donmar Warehouse, Complicité, BBC Film), 'García Lorca' sorted on its last",
    # Rounds 71 to 74: scored at 6d98bb5 (with the learned step), then used to train it. Rounds 54 to 74 pooled (126
    # articles): precision 0.89 (3266/3657), recall 0.90 (3266/3636, 0.898), sort keys 0.97 (1301/1338).
    "base_editing_otc_trial": "precision 0.86, recall 0.84 when scored (0.91, 0.86 now): a medical school and a"
    " doctor run together at 'and … of CHOP', a disease's and a ward's acronyms (OTC, ICU), companies named once"
    " (Ultragenyx, iECURE)",
    "nanko_kaiun_results": "recall 0.76 when scored (0.84 now): shipbuilders run together at 'and', shipping firms"
    " and analysts named once (Drewry, Thalassa Bulk Carriers, A.P. Moller-Maersk, Citi)",
    "dunmore_hospital_merger": "precision 0.86 when scored (0.90 now): a hospital in lower case beside its town, a"
    " union branch's name, a health board's name cut short, parties named alone (Nationals, Labor)",
    "georgia_voter_challenges_ruling": "precision 0.85, recall 0.88 when scored (0.88, 0.92 now): an ordinal court"
    " ('11th U.S. Circuit Court of Appeals'), a state chapter cut off ('ACLU of Georgia'), 'Lawyers' Committee' cut"
    " short, a project's name",
    "toronto_squash_open_finals": "precision 0.74, recall 0.80, sort keys 0.93 when scored (0.91, 0.84, 1.00 now): a"
    " club's name with commas ('Toronto Cricket, Skating and Curling Club'), a player read as an institution, tours"
    " and rankings taken for institutions, squash's bodies named once",
    "kurosaki_motor_battery_plant_delay": "sort keys 0.88 when scored and now: a founder's Japanese name written"
    " family name first ('Kurosaki Tokuzo'), a ministry's name with commas cut apart, a company with 'Corp.' beside"
    " its short name",
    "strathearn_university_job_cuts": "precision 0.79, recall 0.83 when scored (0.84, 0.91 now): a committee's and a"
    " council's names with commas or 'and' cut apart ('Perth and Kinross Council'), 'Holyrood', 'Scottish"
    " government' in lower case, Scottish Labour",
    "cannes_mubi_salt_orchard_deal": "recall 0.80, sort keys 0.94 when scored (0.90, 0.94 now): film companies named"
    " once (Mubi, A24, Film4, Le Pacte, CAA), 'Variety', a producer read as an institution, 'Ana Belén Quiroga'"
    " sorted as a double family name",
    "england_new_zealand_lords_test": "precision 0.81, recall 0.79 when scored (0.96, 0.89 now): county clubs"
    " (Surrey, Somerset), 'New Zealand Cricket' read as a person, a broadcast ('BBC Test Match Special'), the"
    " Pavilion, cricketers with rare given names",
    # Rounds 75 to 78: scored at 4a3fb29 (with the learned step), then used to train it. Rounds 54 to 78 pooled (150
    # articles): precision 0.89 (3875/4353), recall 0.90 (3875/4319, 0.897), sort keys 0.97 (1553/1599).
    "ines_saldana_profile": "recall 0.70, sort keys 0.90 when scored (0.81, 0.91 now): a museum read as a person"
    " (Museo Tamayo), firms named once (Renfe, Foster + Partners, Gateway Structural), 'Washington University in St."
    " Louis' cut at 'in', 'Lina Bo Bardi'",
    "kiskaapi_lake_mine_consultation": "precision 0.81 when scored (0.88 now): 'First Nation' alone, portfolios cut"
    " from their ministries ('Natural Resources', 'Federal Energy'), a title run into a council's acronym ('NAN"
    " Grand'), 'Queen's Park'",
    "madras_hc_pallikaranai_go": "precision 0.78, recall 0.88 when scored (0.89, 1.00 now): Indian names with"
    " initials (T. Nandhini Devi, S. Prabakaran) missed, a title run into a name ('Advocate-General P.S. Raman'),"
    " rules and a bench taken for people, a Government Order's 'G.O.'",
    "tingle_creek_sandown": "precision 0.77, recall 0.87 when scored (0.91, 0.87 now): racehorses taken for"
    " institutions or people (Sans Détour, Rivage d'Or, Quai de Ferrand), a race (Champion Chase), an owner read as"
    " an institution (JP McManus), 'Pádraig Ó Fearghail', an owner named by one word (Robcour)",
    # Rounds 79 to 82: scored at a365f60 (with the learned step), then used to train it. Rounds 54 to 82 pooled (174
    # articles): precision 0.89 (4447/4987), recall 0.90 (4447/4966, 0.895), sort keys 0.97 (1802/1856).
    "ruben_castellanos_obituary": "precision 0.77, recall 0.77 when scored (0.81, 0.85 now): unions' names with"
    " commas and 'and' cut apart ('Union of Needletrades, Industrial and Textile Employees'), a union and its local,"
    " casinos named once (Sands, Frontier Hotel and Casino), Yale, a day named after him",
    "takaichi_ishin_seat_cut": "recall 0.79, sort keys 0.92 when scored (0.93, 0.92 now): a party by its Japanese"
    " name read as a person (Nippon Ishin), a faction and a think tank named once (Shikokai, Asia Pacific"
    " Initiative), Komeito, a historical name written family name first ('Hara Takashi')",
    "ledgerline_payroll_breach": "recall 0.77 when scored (0.80 now): firms named once (Google, Okta, Snowflake, 404"
    " Media), a hacking group's name with a number ('Unit 221B'), a date run into a name ('September the Justice"
    " Department')",
    "dublin_emergency_accommodation_hostel": "recall 0.78 when scored (0.87 now): 'Irish Independent', a committee"
    " in lower case ('Oireachtas housing committee'), Sinn Féin and the Social Democrats named once, a firm named"
    " after its partners",
    "ombudsman_mindoro_flood_control": "precision 0.69, recall 0.73, sort keys 0.80 when scored (0.78, 0.83, 0.91"
    " now): titles run into names ('Ombudsman Jesus Crispin Remulla'), a nickname and initial ('Rodolfo “Dodong” B."
    " Villaraza'), 'Sta. Maria', a province and acts taken for people, Sandiganbayan, suffixes after a comma",
    # Rounds 83 to 86: scored at b3c2cc2 (with the learned step), then used to train it. Rounds 54 to 86 pooled (198
    # articles): precision 0.89 (5058/5683), recall 0.89 (5058/5653), sort keys 0.97 (2040/2098).
    "rosa_maria_delgado_ferrer_obituary": "precision 0.88, sort keys 0.89 when scored (0.92, 0.89 now): a married"
    " name ('Caridad Ferrer de Delgado') sorted on the last word, a charity of an archdiocese cut apart ('Catholic"
    " Charities of the Archdiocese of Miami'), Winn-Dixie",
    "stellarator_record_w7x": "precision 0.75, recall 0.84 when scored (0.85, 0.92 now): an institute of an academy"
    " cut apart, where this key keeps it whole; machines taken for institutions (Experimental Advanced"
    " Superconducting Tokamak), 'University of Wisconsin–Madison' cut at its dash, 'DOE's', EUROfusion",
    "eskom_wage_deadlock": "precision 0.79 when scored (0.89 now): power stations taken for institutions (Kriel,"
    " Matla, Duvha), Daily Maverick read as a person, a title cut from a judge ('Acting Judge Phatudi'), 'GNU'",
    "ion_stage2_cambridge": "precision 0.81 when scored (0.86 now): 'Regional council' and a truncated 'Regional"
    " Coun', a fund and a line taken for institutions, 'Region of Waterloo' missed, 'Communities Canada' cut from"
    " its department",
    "chef_niamh_calloway_profile": "precision 0.81, recall 0.73 when scored (0.87, 0.67 now): restaurants and farms"
    " named once (Noma, Lyle's, Timberyard, Gartmorn Mains) read as people or missed, 'The Scotsman', the Michelin"
    " Guide",
    "tour_stage_plateau_de_beille": "precision 0.84, recall 0.79 when scored (0.94, 0.88 now): cycling teams read as"
    " people (Bahrain Victorious, Movistar Team), a team's possessive run into a rider ('Ineos Grenadiers' Carlos"
    " Rodríguez'), 'Young Frenchman', a rider read as an institution",
    "hampton_tower_vcat_fight": "precision 0.86 when scored (1.00 now): streets written 'St' read as people (Hampton"
    " St, Spring St), Metro Trains, a state MP named once, the Liberals",
    "somalia_expels_ethiopian_envoy": "recall 0.88, sort keys 0.83 when scored (0.94, 0.77 now): Ethiopian names,"
    " which have no family name, sorted on the father's name ('Abiy Ahmed'), Al Jazeera read as a person, al-Qaeda,"
    " a minister read as an institution",
    # Rounds 87 to 90: scored at 4c235e6 (with the learned step), then used to train it. Rounds 54 to 90 pooled (222
    # articles): precision 0.89 (5692/6396), recall 0.89 (5692/6372, 0.893), sort keys 0.97 (2278/2340).
    "malaria_vaccine_sahel": "precision 0.73 when scored (0.79 now): a university's name with commas cut apart"
    " ('University of Sciences, Techniques and Technologies of Bamako'), a ministry with its country's possessive, a"
    " byline in a standfirst ('Kerstin Waldmann reports'), Novavax",
    "kerala_assembly_campaign": "precision 0.88, recall 0.88, sort keys 0.92 when scored (0.97, 0.94, 0.93 now):"
    " politicians with initials and famous names read as institutions (V.D. Satheesan, Rahul Gandhi), 'Kerala"
    " Congress (Joseph)', a high court in lower case, 'Priyanka Gandhi Vadra'",
    "aerovia_debt_swap": "precision 0.85, sort keys 0.60 when scored (0.91, 0.60 now): Brazilian names whose key"
    " sorts on two family names ('Menezes Tavares, Ricardo'), bylines at the end of a Bloomberg story, ANAC, Avianca",
    "aged_care_royal_commission": "recall 0.81 when scored (0.89 now): a royal commission's name with 'into' and"
    " 'in' cut short, post-nominals ('Andrew Kiernan AO'), a department's name with commas, a law firm and a charity"
    " named once",
    "wheat_heat_gene": "precision 0.82, sort keys 0.80 when scored (0.97, 0.80 now): a unit's 'C.' read as an"
    " initial ('38°C. Genetic analysis'), a gene's name in capitals, an institute cut at 'and', a Spanish double"
    " family name with an initial ('Jorge A. Villaseñor Ruiz')",
    # Rounds 91 to 94: scored at 6bb4b8f (with the learned step), then used to train it. Rounds 54 to 94 pooled (246
    # articles): precision 0.89 (6287/7069), recall 0.89 (6287/7043, 0.893), sort keys 0.97 (2504/2569).
    "northmoor_maternity_cqc": "precision 0.83, recall 0.80 when scored (0.91, 0.84 now): a hospital in lower case"
    " ('St Aidan's hospital'), a trust's name with 'and' and 'trust' in lower case, a mother read as an institution,"
    " a peer named once",
    "shengtai_debt_restructuring": "precision 0.85, sort keys 0.86 when scored (0.90, 0.86 now): a bank with a"
    " bracketed place ('China Construction Bank (Asia)'), 'Industrial and Commercial Bank of China' cut at 'and',"
    " 'Madam', a mainland name sorted as Western ('Ni Hong')",
    "ikeduru_byelection_tribunal": "precision 0.81 when scored (0.88 now): a tribunal's name with 'and' cut short, a"
    " senior advocate's letters (SAN), voting systems taken for institutions (BVAS, IReV), 'National'",
    "indycar_st_petersburg": "precision 0.70, recall 0.62 when scored (0.91, 0.85 now): racing teams read as people"
    " (Chip Ganassi Racing, Meyer Shank Racing, Dale Coyne Racing), a driver named 'Will Power', sponsors and engine"
    " makers named once (AutoNation, Chevrolet), IndyCar",
    "ontario_service_centre_contract": "precision 0.85, sort keys 0.91 when scored (0.88, 1.00 now): a role taken"
    " for an institution ('Associate Minister of Highway Services'), an office cut at 'Integrity', 'The Globe and"
    " Mail' cut to 'Mail', 'D'Souza' sorted on 'Souza'",
    # Rounds 95 to 98 scored at bc3472e, rounds 99 to 102 at 9029ef1 (with the learned step), then used to train it.
    # Rounds 54 to 102 pooled (294 articles): precision 0.89 (7473/8403), recall 0.89 (7473/8359, 0.894), sort keys
    # 0.98 (3037/3107).
    "sc_nab_appeal_ghauri": "precision 0.84, recall 0.88 when scored (0.88, 0.96 now): a company's '(Pvt) Ltd' cut"
    " into pieces, an ordinance's acronym (NAO), a holder's name cut after a country ('Attorney General for Pakistan"
    " Mansoor Usman Awan'), 'Pakistan Muslim League-Nawaz'",
    "palang_thin_thai_dissolution": "sort keys 0.83 when scored (0.92 now): Thai names sorted whole because the"
    " press calls people 'Mr' and their given name, 'Hun Sen.' with the full stop, Pheu Thai",
    "marston_teachers_strike": "recall 0.83 when scored and now: school districts run together at 'and', 'YMCA of"
    " Pierce and Kitsap Counties' cut at 'and', the state superintendent, 'the Legislature'",
    "york_dante_report": "precision 0.61, recall 0.77 when scored (0.96, 0.85 now): racehorses and races read as"
    " people ('Caspian Crown', 'Dante Stakes'), William Hill read as a person, owners and studs named once"
    " (Godolphin, Coolmore, Juddmonte, Tattersalls)",
    "jharkhand_election_result": "precision 0.78, recall 0.81 when scored and now: parties with a bracketed part"
    " ('Janata Dal (United)', 'Lok Janshakti Party (Ram Vilas)', 'CPI(ML) Liberation'), alliances (INDIA bloc,"
    " Mahayuti), a scheme taken for an institution, 'PM Modi'",
    "lewisham_fernhill_estate": "precision 0.70 when scored (0.84 now): blocks of flats (Marlow House, Harrow Court)"
    " and a ward taken for institutions, 'London council', 'Just Space' cut at 'Just', the Greens",
    "ruth_ansell_obituary": "precision 0.79 when scored (0.88 now): streets and a prize taken for institutions"
    " ('Tollington Walk', 'Royal Gold Medal'), 'Birkbeck, University of London' as two, a partner named only as"
    " 'Alison and Peter Smithson'",
    "vuelta_covadonga_stage": "recall 0.75 when scored (0.88 now): teams with hyphens and sponsors (Lidl-Trek,"
    " Visma-Lease a Bike, Euskaltel-Euskadi), a climb and a nationality taken for institutions, riders with unknown"
    " given names",
    "garda_crime_recording_audit": "precision 0.85, recall 0.85 when scored (0.89, 0.89 now): a Garda's rank run"
    " into his name, 'Women's Aid' cut at its possessive, a commission's name cut before 'in Ireland', the Social"
    " Democrats",
    "marine_procurement_bribery_trial": "recall 0.88, sort keys 0.70 when scored (0.92, 0.82 now): Malay and Tamil"
    " names sorted whole because the press calls people 'Mr' and their given name, the Attorney-General's Chambers,"
    " the State Courts",
    "rgu_job_cuts": "precision 0.87 when scored and now: 'National Insurance' and 'Further Education' taken for"
    " names, a union's Scottish arm cut at its possessive ('UCU's Scotland'), Holyrood",
    # Rounds 103 to 106: scored at 23a7468 (with the learned step; keys with a comma quoted), then used to train it.
    # Rounds 54 to 106 pooled (318 articles, keys quoted): precision 0.89 (8036/9030), recall 0.89 (8036/8981, 0.895),
    # sort keys 0.98 (3278/3349).
    "atapuerca_fire_evidence": "precision 0.80, sort keys 0.89 when scored (0.95, 0.90 now): Spanish caves and sites"
    " read as people or institutions ('Sierra de Atapuerca', 'Sima del Elefante', 'Cueva Negra'), a World Heritage"
    " Site, a Spanish double family name with 'de' sorted on its last word, 'Junta de Castilla y León'",
    "dutch_port_pension_delay": "recall 0.89 when scored and now: Dutch bodies named once in Dutch ('FNV Havens',"
    " 'Tweede Kamer'), a pension administrator's initials (MN)",
    "gbs_maternal_vaccine_trial": "precision 0.63, recall 0.81 when scored (0.82, 0.86 now): a trial's phases (II,"
    " III, IV) and a disease (HIV) taken for institutions, a research unit with a slash ('MRC/UVRI and LSHTM Uganda"
    " Research Unit'), 'Gavi, the Vaccine Alliance', Wellcome",
    "google_adtech_remedy_ruling": "precision 0.83, recall 0.77 when scored (0.87, 0.77 now): a trade group with a"
    " slash ('News/Media Alliance') and one named 'Digital Content Next', Condé Nast read as a person, ad-tech firms"
    " named once (Magnite, PubMatic)",
    "llanwyddan_school_closure": "precision 0.78, recall 0.78 when scored (0.88, 0.85 now): Welsh names of a school"
    " and a playgroup ('Ysgol Llanwyddan', 'Cylch Meithrin'), wards taken for institutions, councillors with Welsh"
    " given names, Estyn, the Church in Wales",
    "satcom_spectrum_charge": "precision 0.83 when scored (0.87 now): telecoms named by brands (Jio, Airtel, Vi),"
    " Elon Musk read as an institution beside his firm, a product (Amazon Leo), Mint",
    "suzuka_grand_prix_report_round105": "recall 0.84 when scored (0.87 now): Formula One teams and suppliers named"
    " once (Mercedes, Williams, Haas, Racing Bulls, Pirelli, Aramco), 'Honda Racing Corporation'",
    # Rounds 107 to 114: scored at ecd3921 (with the learned step), then used to train it; pooled 0.90 (1184/1320,
    # 0.897), 0.92 (1184/1281), 0.99 (500/503). Rounds 54 to 114 pooled (366 articles): precision 0.89 (9220/10350),
    # recall 0.90 (9220/10262, 0.898), sort keys 0.98 (3778/3852).
    "mahkota_huayou_nickel": "precision 0.78 when scored (0.84 now): Indonesian companies with 'PT' and their short"
    " names (Mahkota Nikel, Harita Nickel), quota and bank acronyms (RKAB, BNI, PLN), a president named once"
    " (Prabowo), 'Tsingshan and Brazil's Vale SA' run together",
    "cleveland_police_custody_hearing": "recall 0.88 when scored and now: a rank and surname ('Supt Bell'), a police"
    " force and a coroner's court in lower case, 'PC' taken for an institution",
    "cabra_cross_housing_row": "precision 0.85, recall 0.85 when scored (0.89, 0.93 now): an Irish family name with"
    " its particle ('Siobhán Ní Mhurchú') split from its given name, a residents' alliance's name with 'and' cut, a"
    " developer read as a person, Dublin Bus, the Social Democrats",
    "mazda_airbag_recall": "recall 0.91, sort keys 0.67 when scored and now: Japanese names written family name"
    " first ('Onodera Keiko', 'Muto Kenji') sorted as Western, Takata and Nikkei named once",
    "powys_school_closures": "precision 0.78, recall 0.78 when scored (0.83, 0.87 now): Welsh school names ('Ysgol y"
    " Foel') and a church school's long name cut apart, a code and 'Full council' taken for institutions, Estyn, a"
    " Welsh MS named once",
    "kcnk13_alzheimers_variants": "precision 0.81, recall 0.77 when scored (0.94, 0.77 now): genes and methods taken"
    " for institutions (APOE, CRISPR, PET), 'Washington University in St. Louis' cut at 'in', a company in lower"
    " case ('deCODE genetics'), Wellcome",
    "anode_free_sodium_battery": "precision 0.79 when scored (0.89 now): a Chinese name written family name first"
    " read as an institution after 'worked with', a synchrotron read as a person ('Diamond Light Source'), a journal"
    " and a DOI",
    "boise_state_oregon_state_recap": "recall 0.86 when scored (0.95 now): universities named by their states"
    " (Colorado State, San Jose State), a conference (Mountain West), a player named once",
    "joburg_no_confidence_vote": "precision 0.87 when scored (0.84 now): a municipality's name cut from 'City of', a"
    " building and an office (MEC) taken for institutions, 'Al Jama-ah' read as a person",
    "sahel_malaria_funding": "precision 0.78, recall 0.84 when scored (0.88, 0.84 now): bodies with commas in their"
    " names cut apart ('Global Fund to Fight AIDS, Tuberculosis and Malaria', 'University of Sciences, Techniques"
    " and Technologies of Bamako'), 'RBM Partnership to End Malaria' cut at 'to', a campaign acronym (SMC)",
    "villeneuve_sur_lot_by_election": "precision 0.84, recall 0.81 when scored (1.00, 0.88 now): a French regional"
    " audit chamber's long name cut ('Chambre Régionale des Comptes de Nouvelle-Aquitaine'), the mayor read as an"
    " institution after 'centrist', a pollster after 'An' ('An Ifop poll'), Le Monde read as a person",
    # Rounds 115 to 118: scored at 2c7ea57 (the drafts of efc05a5, with the learned step), then used to train it;
    # pooled 0.89 (573/647, 0.886), 0.91 (573/632, 0.907), 0.99 (244/246). Rounds 54 to 118 pooled (390 articles):
    # precision 0.89 (9793/10997), recall 0.90 (9793/10894, 0.899), sort keys 0.98 (4022/4098).
    "arctic_eemian_sea_ice": "precision 0.73 when scored (0.79 now): a period, an icebreaker, a ridge and the North"
    " Pole taken for institutions, 'Lamont–Doherty Earth Observatory of Columbia University' cut at its dash, a"
    " German centre's long name",
    "brazil_tse_para_ruling": "sort keys 0.90 when scored and now: 'Luiz Inácio Lula da Silva' sorted on 'Lula da"
    " Silva' where the key sorts on 'Silva', a law and a region taken for institutions, a pollster (Quaest), the"
    " United Nations",
    "hartford_xl_center_deal": "precision 0.81 when scored and now: a city and arenas taken for institutions (XL"
    " Center, Hartford Civic Center), a councillor read as an institution, 'City Council', an electrical workers'"
    " local with its number, the Carolina Hurricanes",
    "jerez_motogp_report": "recall 0.87 when scored and now: manufacturers and works teams read as people or named"
    " once (Ducati Corse, Prima Pramac Yamaha, Aprilia), a circuit taken for an institution",
    "khazanah_gic_permata_deal": "precision 0.73, recall 0.77, sort keys 0.86 when scored (0.91, 0.94, 0.86 now):"
    " Malaysian honorifics run into names ('Tan Sri Lim Kok Seng', 'Nor Hidayah Kamaruddin'), banks ending 'Bhd.'"
    " written without the full stop, a Chinese name sorted as Western, Global SWF read as a person",
    "laois_sports_grant_row": "precision 0.82 when scored and now: a GAA club read as a person ('Ardnagrath Harps'),"
    " a grant programme with 'and' cut in two, 'County board' at a sentence's start beside 'Laois GAA County Board'",
    "mariners_astros_recap": "recall 0.81 when scored (0.89 now): players with initials or named once (J.P."
    " Crawford, Bryan Abreu), minor-league and Korean clubs (Tacoma Rainiers, Kiwoom Heroes), RBI and KBO taken for"
    " institutions",
    "ngati_rauhina_settlement": "precision 0.79, recall 0.73 when scored (0.92, 0.85 now): a marae taken for an"
    " institution, a Māori title run into a name ('Kaumātua Rangi Potaka'), 'KiwiRail and Land Information New"
    " Zealand' run together, iwi and a party (Act) named once",
    "valdieri_family_feud": "recall 0.84 when scored and now: an Italian court in Italian ('Tribunale di Torino'), a"
    " holding company and rivals named once (Ferrero, Lavazza, Mediobanca)",
    # Rounds 119 to 126: scored at 9465e11 (with the learned step, its veto now also of weakly decided people), then
    # used to train it; pooled 0.90 (1232/1375, 0.896), 0.90 (1232/1368, 0.901), 0.98 (519/532), keys as written.
    # Rounds 54 to 126 pooled (438 articles): precision 0.89 (11025/12372), recall 0.90 (11025/12262, 0.899).
    "antwerp_port_strike": "recall 0.82, sort keys 0.75 when scored (0.82, 1.00 now): port operators and a shipping"
    " line named once (PSA Antwerp, DP World, MSC), a minister-president and a law named after a person (Major Law);"
    " a capitalised Flemish 'De' the key sorted after the given name",
    "beetaloo_gas_approval": "precision 0.75 when scored (0.81 now): an Australian department with commas in its"
    " name ('Department of Climate Change, Energy, the Environment and Water') cut in three, a territory, an aquifer"
    " and a law's acronym (EPBC) taken for institutions, Santos",
    "catalonia_housing_law": "recall 0.87, sort keys 0.92 when scored (0.92, 0.92 now): a minister read as an"
    " institution ('Isabel Rodríguez García'), Catalan parties and bodies named once (Comuns, CUP, Vox,"
    " Generalitat), a Spanish double family name sorted on one",
    "chiltern_vale_water_creditors": "recall 0.85 when scored (0.88 now): campaign groups and a law firm named once"
    " (Save the Chess Valley, River Action, Surfers Against Sewage, Akin), Moody's",
    "eqt_sonavik_buyout": "precision 0.86, recall 0.88, sort keys 0.83 when scored (0.94, 1.00, 0.83 now): Danish"
    " companies' 'A/S' cut at its slash, a Danish double family name sorted on one ('Vinding Krogh')",
    "france_megabasin_protest_ruling": "recall 0.77 when scored (0.81 now): French names in lower case"
    " ('Confédération paysanne', 'Coop de l'eau 79', 'Agence de l'eau Loire-Bretagne', 'Bassines non merci'), a"
    " party named like people ('Les Écologistes')",
    "hk_evercrest_ipo_fraud_trial": "precision 0.87, sort keys 0.90 when scored and now: a Hong Kong name's English"
    " form drafted apart ('Vincent Lam'), a firm with a bracketed region ('Kingsgate Capital (Asia)'), 'Representing"
    " Lam', a Mainland given name after an English one ('Bonnie Chan Yiting')",
    "kenya_ca_ussd_rules": "precision 0.79 when scored (0.88 now): a portfolio ('Cabinet Secretary for"
    " Information'), jargon ('Significant Market Power', SIM) and 'Nominated' taken for institutions, 'Airtel Kenya'"
    " read as a person",
    "lions_packers_recap": "recall 0.80 when scored (0.83 now): players with rare given names named once in a game"
    " summary (Keisean Nixon, Penei Sewell, Terrion Arnold, Devonte Wyatt, Kerby Joseph), the Dallas Cowboys",
    "lionsgate_arcwright_deal": "recall 0.83 when scored (0.89 now): studios and guilds named once in lists (Starz,"
    " Warner Bros. Discovery, Disney, 21st Century Fox, SAG-AFTRA, Directors Guild of America), a film's title read"
    " as a person (John Wick)",
    "new_mexico_tax_package": "precision 0.86 when scored (0.89 now): 'Two Democrats', a committee's short form, a"
    " trade association cut short ('Gas Association') and THC taken for institutions",
    "nigeria_malaria_vaccine": "precision 0.74, recall 0.83 when scored (0.88, 0.96 now): a minister's portfolio"
    " with 'and' run into his name ('and Social Welfare Muhammad Ali Pate'), two initials in a row ('Adrian V. S."
    " Hill'), the Global Fund's name with commas, a vaccine (RTS,S), UNICEF",
    "pj_costigan_obituary": "precision 0.88, recall 0.88 when scored (0.89, 0.91 now): an obituary's Irish bodies"
    " named once (Ennis CBS, Clarecastle, Clare GAA), 'PJ Costigan' with his initials, 'Taoiseach' and 'Mass' taken"
    " for institutions",
    "qatar_drc_m23_talks": "precision 0.83, recall 0.78 when scored (0.97, 0.88 now): a Qatari name with two 'bin'"
    " (Mohammed bin Abdulrahman bin Jassim Al Thani), an envoy read as an institution ('Massad Boulos'), a country's"
    " initials (DRC), 'Al Jazeera' read as a person, M23 and MONUSCO",
    "scotus_pipeline_jury": "sort keys 0.94 when scored and now: a justice's middle name taken for her family name"
    " ('Amy Coney Barrett'), appeals courts with ordinals ('5th U.S. Circuit Court of Appeals', '9th Circuit'), a"
    " doctrine named after a company (Chevron)",
    "senate_rice_import_hearing": "precision 0.72, recall 0.79, sort keys 0.70 when scored (0.90, 0.90, 1.00 now):"
    " Filipino names with nicknames and 'Ma.' (the key kept the nicknames), suffixes the key sorted without a comma,"
    " 'Order No', the Palace and Metro Manila taken for names, Akbayan, Rappler",
    "wendelstein_long_pulse": "precision 0.86, recall 0.86 when scored (0.86, 0.90 now): 'University of"
    " Wisconsin–Madison' cut at its dash, 'Institute of Plasma Physics' of the Chinese academy, CIEMAT and"
    " EUROfusion named once, a unit (GJ)",
    # Rounds 127 to 134: scored at 413ee92 (with the learned step, before its veto model also corrected a kind),
    # then used to train it; pooled 0.91 (1199/1322, 0.907), 0.90 (1199/1333, 0.899), 0.99 (512/515). Rounds 119
    # to 134 (96 articles, since the veto took in weakly decided people): 0.90 (2431/2697, 0.901), 0.90 (2431/2701).
    "ashulia_garment_wage_protest": "recall 0.89 when scored and now: a Bengali name with 'Md' ('Md Mostafizur"
    " Rahman Talukder'), a police unit with a number ('Industrial Police-1'), 'Bangladesh Center for Worker"
    " Solidarity' cut at 'for'",
    "atapuerca_fire": "precision 0.65, recall 0.76 when scored (0.88, 0.82 now): caves and excavation levels taken"
    " for institutions (Gran Dolina, TD6, Sima del Elefante), Spanish and Catalan researchers read as institutions,"
    " a Catalan 'i' in a name ('Jordi Puig i Ferrer')",
    "carers_allowance_ruling": "recall 0.85 when scored and now: courts in the Guardian's lower case ('supreme"
    " court', 'high court', 'court of appeal'), a Commons committee in lower case, Sainsbury's",
    "cave_antibiotic_acinetobacter": "precision 0.90 (26/29, 0.897) when scored and now: a protein (MsbA), 'Sir' cut"
    " off a school's name ('Sir William Dunn School of Pathology'), a regulator's name with 'products' in lower case",
    "chikuma_bank_misselling": "sort keys 0.89 when scored and now: a historical Japanese name written family name"
    " first ('Shibusawa Eiichi') sorted as Western",
    "euclid_weak_lensing_s8": "precision 0.69, recall 0.80 when scored (0.75, 0.84 now): a mission, surveys and"
    " instruments taken for institutions (Euclid, Kilo-Degree Survey, DES, VIS, NISP), a journal, a rocket run into"
    " its maker ('SpaceX Falcon'), 'Thales Alenia Space' read as a person",
    "giant_sea_wall_deal": "precision 0.76, recall 0.78 when scored (0.79, 0.84 now): Indonesian names of one word"
    " or run into a country ('Indonesia Wang Lutong', Prabowo), 'PT' firms, a ministry with 'and' cut in two, a"
    " train (Whoosh), a parliamentary commission with a numeral ('Commission V')",
    "gp_pharmacy_closures_bmj": "precision 0.86, recall 0.86, sort keys 0.90 when scored (0.89, 0.83, 0.90 now):"
    " 'Royal College of General Practitioners' cut at 'of', a surgery and its friends' group named once, a double"
    " family name sorted on one ('Tzortziou Brown')",
    "guinea_legislative_election_transition": "precision 0.85, recall 0.83 when scored (0.95, 0.88 now): West"
    " African politicians read as institutions (Dansa Kourouma, Alpha Condé, Sidya Touré), French names of bodies in"
    " lower case ('Génération pour la Refondation', 'Ordre des avocats de Guinée')",
    "hong_kong_open_golf": "precision 0.80, recall 0.83 when scored (0.88, 0.92 now): Thai golfers called by their"
    " given names (Kiradech, Tanapat), a secretary's portfolio with commas run into her name ('Secretary for"
    " Culture, Sports and Tourism Rosanna Law'), the Asian Tour",
    "japanese_grand_prix": "recall 0.83 when scored (0.88 now): engine makers and teams named once in lists"
    " (Mercedes, McLaren, Ford, Cadillac, Aston Martin, Pirelli), 'Mercedes High Performance Powertrains' read as a"
    " person",
    "kaimai_dairy_coop_sale": "recall 0.74 when scored and now: a co-op's campaign group, dairy firms and a law firm"
    " named once (Miraka, Federated Farmers, Jarden, DairyNZ), 'Russell McVeagh' read as a person",
    "poland_tauron_stake": "recall 0.88 when scored (0.84 now): a title run into a name ('Assets Minister Robert"
    " Kropiwnicki'), a utility named once (Enea), an official named once",
    "prasa_signalling_siu_report": "recall 0.85 when scored (0.88 now): a commission's long name cut at 'into'"
    " ('Judicial Commission of Inquiry into Allegations of State Capture'), a department in lower case, the"
    " Auditor-General, amaBhungane",
    "ravensworth_poland_radar": "recall 0.86 when scored (0.90 now): firms and banks named once in lists (Saab,"
    " HSBC, Berenberg), 'Nato' in title case, a missile (CAMM) and a programme (Narew) taken for institutions",
    "skibbereen_nursing_unit_beds": "sort keys 0.91 when scored and now: a double family name without a hyphen"
    " sorted on one ('Jennifer Carroll MacNeill')",
    "tamil_nadu_campaign_launch": "recall 0.88 when scored and now: an Indian name led by an abbreviation ('Thol."
    " Thirumavalavan'), a paper's initials (HT), a high court in lower case, 'MLA's' taken for an institution",
    "wigan_st_helens_derby_report": "recall 0.89 when scored and now: a coach's possessive run into his club's"
    " nickname ('Paul Wellens' Saints'), 'Leigh Leopards' read as a person",
    "ysgol_cefn_coch_closure": "precision 0.87, recall 0.80 when scored (0.95, 0.84 now): Welsh bodies named once"
    " (Cymdeithas yr Iaith Gymraeg, Mudiad Meithrin, Cylch Meithrin Cefn Coch), villages taken for institutions,"
    " 'Learning Powys' read as a person",
    # Rounds 135 to 142: scored at 921f6e5 (the veto model also correcting a kind), then used to train it; pooled
    # 0.91 (1203/1321, 0.911), 0.91 (1203/1318, 0.913), 0.98 (505/517). Rounds 119 to 142 (144 articles, since the
    # veto took in weakly decided people): 0.90 (3634/4018, 0.904), 0.90 (3634/4019, 0.904), 0.98 (1536/1564).
    "aravali_university_paper_leak": "recall 0.85 when scored (0.88 now): a title with 'of the Congress' run into a"
    " name ('Leader of the Opposition Tika Ram Jully of the Congress'), a police unit's title ('SOG Additional'), a"
    " printer and officials named once",
    "bengaluru_pink_line_hc": "precision 0.79 when scored (0.85 now): metro lines and localities taken for"
    " institutions (Pink Line, Yellow Line, Hulimavu, Bengaluru South), a court's name kept apart from its short"
    " form, a minister's three-word name cut ('Lal Khattar')",
    "eastmoor_sga_strike_vote": "precision 0.85, recall 0.77 when scored and now: a building taken for an"
    " institution, a portfolio run into a name ('Affairs Marcus Ellery-Banks'), a board run into its university's"
    " possessive, a student paper and a caterer named once",
    "ferguson_ferry_contract": "precision 0.86, recall 0.86 when scored (0.89, 0.86 now): a ferry operator and a"
    " ferry read as people (CalMac Ferries, Glen Rosa), 'Mull and Iona Ferry Committee' cut at 'and', 'Scottish"
    " government' in lower case",
    "halvorsen_proxy_fight": "precision 0.86 when scored and now: an activist fund's short forms and a product"
    " (YouTube TV) taken for institutions, 'Lazard and Olshan Frome Wolosky LLP' run together",
    "huaxin_land_restructuring": "sort keys 0.88 when scored and now: a Chinese name of two short words sorted as"
    " Western ('Ni Hong'), a developer read as a person",
    "kagemori_activist_fight": "sort keys 0.88 when scored and now: a historical Japanese name written family name"
    " first ('Kagemori Tokubei'), a trust bank's name with 'and' cut in two ('Mitsubishi UFJ Trust and Banking"
    " Corp.')",
    "kalaibiama_pipeline_suit": "recall 0.86 when scored and now: a pipeline's and a lawyers' title's initials (TNP,"
    " SAN) taken for institutions, a paper written in capitals (PREMIUM TIMES), Friends of the Earth",
    "lebanon_deposit_law": "sort keys 0.92 when scored and now: a Lebanese family name with 'Abi' sorted on its last"
    " word ('Abi Khalil'), a parliamentary bloc named in lower case, The National",
    "malta_passport_kickbacks": "precision 0.84, sort keys 0.60 when scored (0.87, 0.60 now): Maltese double family"
    " names sorted on one (the key keeps both, as for Spanish names: 'Grech Azzopardi, Simone'), a police unit read"
    " as a person, 'Lawyers Bezzina'",
    "montreal_worlds_road_race": "recall 0.74 when scored (0.87 now): cycling teams with hyphens and a sponsor named"
    " once in lists (Team Visma-Lease a Bike, FDJ-Suez, SD Worx-Protime, Lidl-Trek, Shimano), national federations"
    " (USA Cycling, British Cycling)",
    "nordic_pension_divestment": "precision 0.85, recall 0.81 when scored (0.89, 0.89 now): Nordic firms and a"
    " campaign read as people (Aker BP, Greenpeace Nordic), a middle initial cut off ('Mikkel B. Sørensen'),"
    " Norwegian names in lower case ('Framtiden i våre hender')",
    "okonjo_barrera_solis_fight": "precision 0.88, recall 0.81 when scored (0.90, 0.96 now): a Spanish double family"
    " name cut ('José Manuel'), boxing gyms and promoters named once (Steel City ABC, Matchroom Boxing), a title"
    " belt taken for an institution",
    "ottawa_transit_funding_fight": "precision 0.75 when scored (0.79 now): transit lines, a fund and 'Ottawa"
    " council' taken for institutions, 'Coun' alone, a wire credit (Canadian Press), OC Transpo",
    "pathogen_surveillance_network": "recall 0.87 when scored and now: 'Africa Centres for Disease Control and"
    " Prevention' cut at 'for', a WHO hub with 'and' cut, a foundation and a Dutch hospital named once (Gates"
    " Foundation, Erasmus MC)",
    "ruahine_water_vote": "precision 0.86, recall 0.86 when scored (0.89, 0.89 now): a Māori-named regulator read as"
    " a person (Taumata Arowai), a former minister read as an institution (Nanaia Mahuta), a campaign with a digit"
    " ('Communities 4 Local Democracy')",
    "singapore_soya_sauce_feud": "precision 0.85, sort keys 0.89 when scored (0.96, 0.83 now): 'Madam' run into"
    " names ('Madam Tan Siew Lan'), a judge's Chinese name sorted as Western ('Loh Wei Ming'), 'Justice Loh'",
    "slaithwaite_mill_closure": "precision 0.79 when scored and now: a mill taken for an institution, roles run into"
    " names ('Mender Shazia Akhtar', 'West Yorkshire Tracy Brabin'), 'Confederation of British Wool Textiles' cut at"
    " 'of', a DWP service",
    "wessex_police_iopc_inquiry": "recall 0.76 when scored and now: police forces and courts in the Guardian's lower"
    " case ('Wessex police', 'Winchester crown court', 'Metropolitan police'), a possessive inside a charity's name"
    " ('Centre for Women's Justice', 'Women's Aid')",
    # Rounds 143 to 150: scored at 59c4f18, then used to train it; pooled 0.89 (1173/1311, 0.895), 0.91 (1173/1294,
    # 0.906), 0.97 (465/479). Rounds 119 to 150 (192 articles): 0.90 (4807/5329, 0.902), 0.90 (4807/5313, 0.905),
    # 0.98 (2001/2043).
    "alvorada_nyse_ipo": "sort keys 0.71 when scored and now: a Brazilian double family name the article uses whole"
    " ('Figueiredo Prado') sorted on one, Marfrig",
    "alzheimers_blood_test_clearance": "precision 0.77, recall 0.83 when scored (0.83, 0.83 now): products run into"
    " their makers' possessives (Quest Diagnostics' AD-Detect), a conference taken for an institution, a school 'in"
    " St. Louis' cut",
    "apurimac_mining_blockade": "precision 0.79, recall 0.83 when scored and now: 'Monsignor' run into a name, a"
    " Spanish given name cut off ('Luis Alberto Chumpitaz Rojas'), a federation's name with commas cut, a prelature"
    " named once",
    "banorte_crediplata": "recall 0.90, sort keys 0.90 when scored (0.94, 0.90 now): a Mexican law firm's name with"
    " commas and 'y' ('Creel, García-Cuéllar, Aiza y Enríquez'), a Spanish double family name sorted on one ('Hank"
    " González')",
    "chanthara_sentosa_hospital_deal": "precision 0.77 when scored (0.84 now): brands and lower-case nouns taken for"
    " institutions ('Malaysian hospital', Pantai, 'Gleneagles hospital'), a Thai given name alone (Wichai),"
    " 'Kasikornbank and Bangkok Bank' run together",
    "deep_sea_mining_recovery_study": "recall 0.85 when scored and now: 'United Nations-affiliated' kept whole, a"
    " journal in the body (Nature), Allseas and Greenpeace named once",
    "enhanced_geothermal_cape_station": "sort keys 0.80 when scored and now: a Utah division's name with a comma cut"
    " ('Utah Division of Oil, Gas and Mining'), a Spanish double family name sorted on one, BHP",
    "kansas_water_veto": "precision 0.80, recall 0.80 when scored (0.83, 0.80 now): an aquifer and party labels"
    " ('Wichita Republican') taken for names, districts with a number ('… District No. 3'), the Legislature and"
    " House named alone",
    "kitwana_sedition_trial": "precision 0.81 when scored (0.85 now): ranks run into names ('Corporal Abdallah"
    " Mfinanga', 'ACP Hamisi Ndakama'), a party's first word alone (Chama), 'General Election' read as a person",
    "macau_golden_harbour_refinancing": "sort keys 0.75 when scored and now: Macanese names written family name"
    " first ('Sam Hou Fai', 'Tai Kin Ip') sorted as Western, a bank with a bracketed region ('(Macau) Ltd.')",
    "nepa_hospital_merger": "precision 0.83 when scored (0.86 now): a Catholic health body cut at 'of' ('Catholic"
    " Health Ministries of Northeastern Pennsylvania'), a region and a party label taken for institutions, the ACLU"
    " of Pennsylvania",
    "pune_agro_exporter_bank_fraud": "recall 0.80 when scored and now: an accused read as an institution, a name"
    " with a bare initial ('Kavita R Pillai'), firms with 'FZE' and 'Pte Ltd' run together, a high court in lower"
    " case",
    "rhymney_valley_bus_cut": "precision 0.83 when scored (0.87 now): Welsh villages and a council building taken"
    " for institutions, a bus operator read as a person (Cwm Rhymni Travel), Coleg y Cymoedd",
    "setouchi_research_fraud": "sort keys 0.33 when scored (0.30 now): Japanese names written family name first"
    " throughout sorted as Western ('Kuroda Masahiro'), a ministry's name with commas cut",
    "seven_towers_leisure_centre_row": "precision 0.88, recall 0.88 when scored and now: a venue with its street run"
    " together, 'Sinn Féin Assembly', a noun before a firm ('Contractors McLaughlin & Harvey'), Alliance",
    "tanzania_gene_drive_trial": "recall 0.88 when scored and now: a research consortium, a company and a journal"
    " named once (Transmission Zero, Oxitec, Science)",
    "turkiye_indonesia_air_defense_deal": "precision 0.86 when scored (0.89 now): a role run into a firm ('ASELSAN"
    " General Manager'), a fighter jet and a venue taken for institutions, Otokar",
    "wakefield_city_stadium": "precision 0.85 when scored (0.88 now): a building, an inn, a league and a town taken"
    " for institutions, Wakefield Trinity",
    "westmead_research_funding_row": "precision 0.85 when scored (0.88 now): 'University of Sydney and UNSW' run"
    " together, 'NTEU NSW', a council's name cut ('National Health'), Parliament House",
    "wildfire_smoke_heart": "recall 0.73, sort keys 0.86 when scored and now: funders and health bodies listed with"
    " 'and' run together, a US institute after 'US', 'Lee Zeldin' read as a Korean name",
}
"""Held-out articles scored below the bar, as first scored (README.md, "How well it does")."""


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=BELOW_THE_BAR[p.stem]))
        if p.stem in BELOW_THE_BAR
        else p
        for p in HELDOUT
    ],
    ids=[p.stem for p in HELDOUT],
)
def test_each_heldout_article_meets_the_bar(article: Path) -> None:
    _report(article)


def test_there_are_six_styles_and_held_out_articles() -> None:
    assert len(TUNED) >= 6
    assert len(HELDOUT) >= 2
    tuned = Counter(path.read_text(encoding="utf-8").splitlines()[-1] for path in TUNED)
    assert max(tuned.values()) == 1, tuned.most_common(2)  # every tuned article from its own publisher
    # Helpers writing held-out rounds apart chose some of the same real publishers (the Associated Press, Reuters,
    # the Financial Times): a licence line may recur there, but most articles still carry one of their own.
    licences = Counter(path.read_text(encoding="utf-8").splitlines()[-1] for path in TUNED + HELDOUT)
    assert len(licences) >= 0.75 * len(TUNED + HELDOUT), licences.most_common(5)


def test_an_answer_key_whose_name_yaml_cut_at_a_comma_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "a.key.yml"
    key.write_text("institutions:\n  - {name: Ministry of Economy, Trade and Industry}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote a name with a comma"):
        read_key(key)
    key.write_text('institutions:\n  - {name: "Ministry of Economy, Trade and Industry"}\n', encoding="utf-8")
    assert [k["name"] for k in read_key(key)] == ["Ministry of Economy, Trade and Industry"]
    for path in TUNED + HELDOUT + UNSEEN:  # every key of ours reads whole
        read_key(path.with_suffix(".key.yml"))


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in extract([(1, text)])]


def test_places_nationalities_dates_works_events_and_products_are_left_out() -> None:
    text = (
        "On Monday, North Korean officials in Pyongyang, the capital, watched “72 Hours”, a film about the Korean "
        "War, before the New Year. Russia's Kursk region, the Yellow Sea and the Golden Bear were mentioned, and so "
        "were the Galaxy S24, Western sanctions and the Paris Agreement."
    )
    assert _names(text) == []


def test_a_person_who_works_for_an_institution_is_not_merged_with_it() -> None:
    text = "“We will see,” said Daniel Brooks of the State Department. Mr. Brooks declined to say more."
    assert _names(text) == [("person", "Daniel Brooks"), ("institution", "State Department")]
    person = extract([(1, text)])[0]
    assert person.aliases == ["Mr. Brooks"]


def test_a_one_word_company_and_its_short_form() -> None:
    text = (
        "Maersk, the Danish shipping company, cut its forecast. Airbus Defence and Space, the group's military "
        "arm, won a contract. Later, Airbus said the satellites would launch in 2027."
    )
    found = extract([(1, text)])
    assert [(f.kind, f.name) for f in found] == [
        ("institution", "Maersk"),
        ("institution", "Airbus Defence and Space"),
    ]
    assert found[1].aliases == ["Airbus"]


def test_an_acronym_in_brackets_is_an_alias_and_so_is_its_later_use() -> None:
    text = "The International Monetary Fund (IMF) said growth would slow. The IMF's chief economist agreed."
    (fund,) = extract([(1, text)])
    assert (fund.name, fund.aliases) == ("International Monetary Fund", ["IMF"])


def test_a_titled_form_goes_to_the_person_of_its_gender_named_before_it() -> None:
    text = (
        "Piotr Kowalski, the union's leader, called the strike. Anna Kowalski, the mayor, urged talks. "
        "Mr. Kowalski was unmoved, and Ms. Kowalski said she would host the talks."
    )
    aliases = {f.name: f.aliases for f in extract([(1, text)])}
    assert aliases == {"Piotr Kowalski": ["Mr. Kowalski"], "Anna Kowalski": ["Ms. Kowalski"]}


def test_credits_and_datelines_name_no_one() -> None:
    paragraphs = [
        (1, "SEOUL, March 4 (Hanseo Wire) - Prices rose, the central bank said."),
        (2, "Reporting by Jane Doe; Editing by John Smith"),
    ]
    assert extract(paragraphs) == []


UNNAMED = {"national-intelligence-service", "korean-central-television", "ministry-of-unification"}
"""Institutions the book's article refers to without naming them ("South Korean intelligence", "the
state-controlled broadcaster", "South Korea's minister of unification"): the hand-written register has
them, but no extractor of names can be asked to find them, so they are left out of this key."""


def test_the_books_article_drafted_from_an_emptied_register(tmp_path: Path) -> None:
    """The seed's register was written by hand: it is the answer key for drafting from scratch."""
    import shutil

    import yaml
    from helpers import ROOT, folio, score

    for folder in ("book", "conf", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("_build"))
    key_text = (ROOT / "book" / "glossary.yml").read_text(encoding="utf-8")
    (tmp_path / "book" / "glossary.yml").write_text(key_text[: key_text.index("entries:")] + "entries: []\n")
    result = folio(tmp_path, "glossary", "draft")
    assert result.returncode == 0, result.stderr
    drafted = yaml.safe_load((tmp_path / "book" / "glossary.yml").read_text(encoding="utf-8"))["entries"]
    entries = [e for e in yaml.safe_load(key_text)["entries"] if e["id"] not in UNNAMED]
    key = [{"name": e["name"], "kind": e["kind"], "sort": e["sort"], "also": e.get("aliases", [])} for e in entries]
    s = score("seed", [(d["name"], d["kind"], d["sort"], d.get("aliases", [])) for d in drafted], key)
    print(f"the seed: precision {s.precision:.2f}, recall {s.recall:.2f}, sort keys {s.sorting:.2f}")
    assert (s.wrong, s.missed, s.badly_sorted) == ((), (), ())
    aliases = {d["id"]: d.get("aliases", []) for d in drafted}
    assert aliases["kim-jong-un"] == ["Mr. Kim"] and aliases["jenny-town"] == ["Ms. Town"]
    assert all(d["draft"] is True and d["source"].startswith("seeds/000_0e102ba998a2e36a.txt:") for d in drafted)


def test_a_person_named_only_by_a_courtesy_title_is_reported_not_drafted() -> None:
    text = (
        "Park Ji-hoon, the port's chief, promised a terminal. Mr. Park said it would open by 2029. Mr. Kim, a dock"
        " worker, had heard such promises before. Lord Winston, who sits in the Lords, was not convinced."
    )
    found = {f.name: f for f in extract([(1, text)])}
    assert found["Mr. Kim"].unnamed and found["Mr. Kim"].kind == "person"
    assert not found["Park Ji-hoon"].unnamed and found["Park Ji-hoon"].aliases == ["Mr. Park"]
    assert not found["Lord Winston"].unnamed, "a peerage names the person"


def test_a_titled_form_passes_over_someone_the_article_calls_by_the_other_title() -> None:
    text = (
        "Kim Sun-hee led the talks; Ms. Kim called them practical. Kim Jong Un tested a missile. "
        "Mr. Kim's timing was no accident, said Ms. Kim."
    )
    aliases = {f.name: f.aliases for f in extract([(1, text)])}
    assert aliases == {"Kim Sun-hee": ["Ms. Kim"], "Kim Jong Un": ["Mr. Kim"]}


def test_a_short_form_is_one_used_after_the_full_name_and_never_a_place() -> None:
    text = (
        "The port of Busan handled a record. Its operator, the Busan Port Authority (BPA), wants more; the BPA "
        "said Busan would grow. Leeds City Council agreed, though Leeds is smaller. Kestrel Line, a carrier, was cautious: Kestrel waits."
    )
    aliases = {f.name: f.aliases for f in extract([(1, text)])}
    assert aliases == {"Busan Port Authority": ["BPA"], "Leeds City Council": [], "Kestrel Line": ["Kestrel"]}


def test_two_names_joined_by_and_are_split_when_the_text_treats_them_as_two(rules_alone: None) -> None:
    text = (
        "ASML blamed a slowdown at Intel and Samsung Electronics, two of its biggest customers. Rules drafted by "
        "the Bureau of Industry and Security worried the Baltic and International Maritime Council and the "
        "Science and Technology Facilities Council. Loans from both Barclays and Lloyds Banking Group fell; "
        "Halden and Brooke Shipping cut jobs, and the union said Halden would suffer most."
    )
    assert [f.name for f in extract([(1, text)]) if f.kind == "institution"] == [
        "ASML",
        "Intel",
        "Samsung Electronics",
        "Bureau of Industry and Security",
        "Baltic and International Maritime Council",
        "Science and Technology Facilities Council",
        "Barclays",
        "Lloyds Banking Group",
        "Halden",
        "Brooke Shipping",
    ]


def test_the_event_an_institution_is_named_after_is_not_drafted() -> None:
    text = (
        "The Fringe's street performers drew crowds. “The Fringe is where people come,” said Shona McCarthy, who "
        "leads the Edinburgh Festival Fringe Society. The Glastonbury Festival Trust gave grants; Glastonbury "
        "sold out."
    )
    names = [f.name for f in extract([(1, text)]) if f.kind == "institution"]
    assert names == ["Edinburgh Festival Fringe Society", "Glastonbury Festival Trust"]
    assert next(f for f in extract([(1, text)]) if f.name == "Glastonbury Festival Trust").aliases == []


def test_people_round_9_taught_us_to_find() -> None:
    text = (
        "The budget was proposed by Cllr Fiona Braithwaite. He was sent off by the referee, Owain Pritchard. "
        "Tevita Fonua, the Tongan-born centre who has played 25 times, scored. Nguyen Thi Mai, who has died, "
        "cooked; Mai trained as a nurse, and Mai taught. “Regulation is a spec,” said Daniel Achterberg, a "
        "partner at Northwind, who will join the board."
    )
    people = {f.name: f.sort for f in extract([(1, text)]) if f.kind == "person"}
    assert people == {
        "Fiona Braithwaite": "Braithwaite, Fiona",
        "Owain Pritchard": "Pritchard, Owain",
        "Tevita Fonua": "Fonua, Tevita",
        "Nguyen Thi Mai": "Nguyen Thi Mai",
        "Daniel Achterberg": "Achterberg, Daniel",
    }


def test_names_that_open_with_an_article_or_a_country_are_not_people() -> None:
    text = (
        "The critic Henri Delacroix, writing in Le Progrès, praised Le Jardin de Hué. The deal with France "
        "Télévisions was signed."
    )
    assert [f.name for f in extract([(1, text)]) if f.kind == "person"] == ["Henri Delacroix"]


def test_institutions_round_9_taught_us_to_find() -> None:
    text = (
        "Lumora, a Paris start-up whose software checks chatbots, raised money, as did the venture arm of Nvidia. "
        "Model makers, including Mistral AI and Anthropic, sell tools. BNP Paribas uses them. It signed a deal "
        "with Premier Sports and France Télévisions. The Garda Síochána said he was stable. It was welcomed by "
        "Gavi, the Vaccine Alliance, which pays for vaccines. The trial ran at the Institut de Recherche en "
        "Sciences de la Santé (IRSS). The Serum Institute of India makes it; the Serum Institute's chief agreed."
    )
    found = [(f.name, f.aliases) for f in extract([(1, text)]) if f.kind == "institution"]
    assert found == [
        ("Lumora", []),
        ("Nvidia", []),
        ("Mistral AI", []),
        ("Anthropic", []),
        ("BNP Paribas", []),
        ("Premier Sports", []),
        ("France Télévisions", []),
        ("Garda Síochána", []),
        ("Gavi", ["Vaccine Alliance"]),
        ("Institut de Recherche en Sciences de la Santé", ["IRSS"]),
        ("Serum Institute of India", ["Serum Institute"]),
    ]


def test_products_and_words_before_a_noun_are_not_institutions() -> None:
    text = (
        "An older vaccine, RTS,S, made by GSK, needs four doses. She has used the Eastfield library for 40 years. "
        "She was made a chevalier of the Légion d'honneur."
    )
    assert [f.name for f in extract([(1, text)])] == ["GSK"]


def test_what_round_10_taught_us() -> None:
    text = (
        "The team, led by Professor Kirsty Dunlop of the School of Physics and Astronomy and Dr Matthias "
        "Oberhuber, was funded by the Engineering and Physical Sciences Research Council. He said the agency "
        "was working with the U.S. Federal Aviation Administration. Moody's, a credit-rating agency, was wary. "
        "The union would meet the Trade Union Congress on Thursday. Fenwick Books said it was too long. Wizz Air "
        "and easyJet said they were checking. The ruling Morena party won. Senator Ignacio Ruiz Campos spoke."
    )
    found = {f.name: f.sort for f in extract([(1, text)])}
    assert found == {
        "Kirsty Dunlop": "Dunlop, Kirsty",
        "School of Physics and Astronomy": "School of Physics and Astronomy",
        "Matthias Oberhuber": "Oberhuber, Matthias",
        "Engineering and Physical Sciences Research Council": "Engineering and Physical Sciences Research Council",
        "Federal Aviation Administration": "Federal Aviation Administration",
        "Moody's": "Moody's",
        "Trade Union Congress": "Trade Union Congress",
        "Fenwick Books": "Fenwick Books",
        "Wizz Air": "Wizz Air",
        "easyJet": "easyJet",
        "Morena": "Morena",
        "Ignacio Ruiz Campos": "Ruiz Campos, Ignacio",
    }


def test_one_word_companies_are_found_by_what_the_text_says_of_them() -> None:
    text = (
        "Sonaris competes with Cologne-based DeepL and with features built into products from Google and Microsoft. "
        "It named Pieter Hoekstra, formerly of Adyen, as finance chief, said Jefferies analyst Nadia Koenigsberg. "
        "The firm lost a dispute with Equinor, and Scotiabank withdrew. Chile asked its state copper producer, "
        "Codelco, for help, and Nvidia has made robotics its pitch."
    )
    drafted = {f.name for f in extract([(1, text)]) if f.kind == "institution"}
    assert {
        "DeepL",
        "Google",
        "Microsoft",
        "Adyen",
        "Jefferies",
        "Equinor",
        "Scotiabank",
        "Codelco",
        "Nvidia",
    } <= drafted


def test_towns_and_cities_are_places_unless_a_party_or_club_is_named_after_them() -> None:
    text = (
        "From a terraced house in Leeds, a record label with four employees has grown. The Halifax publisher Gannet "
        "& Rowe sold out. Its publisher, Desmond Achary, was pleased. The ruling Morena party won in Juba."
    )
    assert _names(text) == [("institution", "Gannet & Rowe"), ("person", "Desmond Achary"), ("institution", "Morena")]


def test_in_a_sports_report_clubs_are_named_after_their_towns() -> None:
    text = (
        "Castlebridge United beat Stanmoor Town 3-1 on Saturday, as Callum Ashworth scored twice. The striker has "
        "11 goals this season. The manager said the match was won in midfield. Castlebridge are away at Harwick "
        "County next, while Toulouse's head coach watched from the stand."
    )
    drafted = {f.name for f in extract([(1, text)]) if f.kind == "institution"}
    assert drafted == {"Castlebridge United", "Stanmoor Town", "Harwick County", "Toulouse"}
    calm = "Stanmoor Town is a market town near Harwick County, where Toulouse sold a warehouse."
    assert _names(calm) == []


def test_a_church_s_titles_and_bodies() -> None:
    text = (
        "The Pope named Archbishop Emmanuel Lado Wani of Juba and Bishop Paolo Benedetti. Archbishop Tomás Aguirre "
        "Bello heads the Dicastery for the Doctrine of the Faith. The Archdiocese of Los Angeles was passed over, "
        "Vatican News said. Cardinal-designate Benedetti, 51, and Archbishop Lado Wani were moved."
    )
    found = {f.name: (f.kind, f.aliases) for f in extract([(1, text)])}
    assert found == {
        "Emmanuel Lado Wani": ("person", ["Lado Wani"]),
        "Paolo Benedetti": ("person", ["Cardinal-designate Benedetti"]),
        "Tomás Aguirre Bello": ("person", []),
        "Dicastery for the Doctrine of the Faith": ("institution", []),
        "Archdiocese of Los Angeles": ("institution", []),
        "Vatican News": ("institution", []),
    }


def test_other_names_and_short_forms_of_an_institution() -> None:
    text = (
        "Big business, led by the Japan Business Federation (Keidanren), lobbied the Diet. The land went to "
        "Sahyadri Industries Limited. Sahyadri, a Mumbai-based conglomerate, said so, and Sahyadri Industries "
        "shares rose. The National Heart Foundation of Australia funded the trial at St Brigid's Hospital in "
        "Brisbane and Kingsford University. A Heart Foundation spokesperson was pleased, as was a cardiologist "
        "at Kingsford University and a physician at St Brigid's."
    )
    found = {f.name: f.aliases for f in extract([(1, text)])}
    assert found == {
        "Japan Business Federation": ["Keidanren"],
        "Diet": [],
        "Sahyadri Industries Limited": ["Sahyadri Industries", "Sahyadri"],
        "National Heart Foundation of Australia": ["Heart Foundation"],
        "St Brigid's Hospital": ["St Brigid's"],
        "Kingsford University": [],
    }


def test_names_after_plural_titles_and_spanish_double_family_names() -> None:
    text = (
        "Ministers Priya Nandakumar and Syed Imtiaz Pasha attended. Ana Lucía Terrazas Mendoza, a lawyer, and "
        "Beatriz Ochoa Lugo, a judge, spoke to Ignacio Ruiz."
    )
    found = {f.name: f.sort for f in extract([(1, text)])}
    assert found == {
        "Priya Nandakumar": "Nandakumar, Priya",
        "Syed Imtiaz Pasha": "Pasha, Syed Imtiaz",
        "Ana Lucía Terrazas Mendoza": "Terrazas Mendoza, Ana Lucía",
        "Beatriz Ochoa Lugo": "Ochoa Lugo, Beatriz",
        "Ignacio Ruiz": "Ruiz, Ignacio",
    }


def test_what_round_14_taught_us() -> None:
    paragraphs = [
        (1, "Air Traffic Control Overhaul Stalls as Senate Republicans Balk at Its Price Tag"),
        (2, "Denise Okoro, health correspondent"),
        (
            3,
            "Hallbridge council, which runs care, fell out with Calder and Pennine Hospitals NHS foundation trust, "
            "which runs Brookfoot community hospital. A West Yorkshire council said nothing. Imran Siddiq, the Labour "
            "MP for Hallbridge North, said so.",
        ),
        (
            4,
            "Otis, Kone, Schindler and TK Elevator (TKE) lead the market. Goldman Sachs said in a note to clients "
            "that the F.A.A. was slow. Americans for Prosperity and the Federal Aviation Administration agreed, as "
            "did a pilot near Reagan National. Toyota, Samsung SDI and LG Energy Solution bet on new cells; Toyota Motor "
            "will build them.",
        ),
        (5, "Governor Ida Wolden Bache spoke in 2020. Service contracts run for years."),
    ]
    found = {f.name: (f.kind, f.sort, f.aliases) for f in extract(paragraphs)}
    assert found == {
        "Hallbridge council": ("institution", "Hallbridge council", []),
        "Calder and Pennine Hospitals NHS foundation trust": (
            "institution",
            "Calder and Pennine Hospitals NHS foundation trust",
            [],
        ),
        "Brookfoot community hospital": ("institution", "Brookfoot community hospital", []),
        "Imran Siddiq": ("person", "Siddiq, Imran", []),
        "Labour": ("institution", "Labour", []),
        "Otis": ("institution", "Otis", []),
        "Kone": ("institution", "Kone", []),
        "Schindler": ("institution", "Schindler", []),
        "TK Elevator": ("institution", "TK Elevator", ["TKE"]),
        "Goldman Sachs": ("institution", "Goldman Sachs", []),
        "Americans for Prosperity": ("institution", "Americans for Prosperity", []),
        "Federal Aviation Administration": ("institution", "Federal Aviation Administration", ["F.A.A."]),
        "Toyota Motor": ("institution", "Toyota Motor", ["Toyota"]),
        "Samsung SDI": ("institution", "Samsung SDI", []),
        "LG Energy Solution": ("institution", "LG Energy Solution", []),
        "Ida Wolden Bache": ("person", "Bache, Ida Wolden", []),
    }


def test_sides_in_a_sports_report() -> None:
    text = (
        "Hibernian 3-2 Hearts. Kwame Boateng's header gave Hibernian a 3-2 victory over Heart of Midlothian at Easter Road. The win "
        "moves Hibs two points clear of Aberdeen. Celtic, who beat St Mirren 2-0 on Saturday, remain top of the "
        "league. Hearts host Motherwell at Tynecastle next, and the manager said the striker scored his 11th goal "
        "of the season."
    )
    drafted = {f.name for f in extract([(1, text)]) if f.kind == "institution"}
    assert drafted == {"Hibernian", "Hearts", "Aberdeen", "Celtic", "St Mirren", "Motherwell"}


def test_what_round_15_taught_us() -> None:
    paragraphs = [
        (
            1,
            "Keating, a Democrat, faces trial. Assistant U.S. Attorney Sarah Whitfield-Okafor said the U.S. "
            "Attorney's Office for the Northern District of Illinois would appeal, as the Chicago Sun-Times reported. "
            'Ronald "Ronnie" Szymanski ran a tow yard in Orland Park, who paid her.',
        ),
        (
            2,
            "His long-serving predecessor, Sadiq al-Kabir, fled. In Tripoli's Souq al-Juma district, Fathi "
            "al-Mabrouk, a teacher, was sceptical of the United Nations-backed talks and the Tripoli-based "
            "Government of National Unity (GNU).",
        ),
        (
            3,
            "Maeve Bernadette Carrick was born to Kathleen (Devlin) Carrick. Maeve Carrick published a memoir with "
            "Faber & Faber, she told The Irish Times, and scored Proinsias Walsh's film. She was elected to Aosdána, "
            "the Irish affiliation of artists.",
        ),
        (
            4,
            "Samples came from UK Biobank, and the UK National Screening Committee and the charity Parkinson's UK "
            "were wary of its use in the NHS.",
        ),
        (
            5,
            "Activist investor Kestrel Point Capital built a stake. Kestrel Point said it backed the offer, which "
            "Morgan Stanley and DNB Markets advised on. The Communist Party of India (Marxist) and the Communist "
            "Party of India (CPI) joined. Leader of the Opposition in the Lok Sabha Rahul Gandhi spoke. BJP State "
            "president Nainar Nagendran agreed. Political analyst Priya Venkataraman was doubtful.",
        ),
    ]
    found = {f.name: (f.kind, f.sort, f.aliases) for f in extract(paragraphs)}
    assert found == {
        "Sarah Whitfield-Okafor": ("person", "Whitfield-Okafor, Sarah", []),
        "Attorney's Office for the Northern District of Illinois": (
            "institution",
            "Attorney's Office for the Northern District of Illinois",
            ["U.S. Attorney's Office for the Northern District of Illinois"],
        ),
        "Chicago Sun-Times": ("institution", "Chicago Sun-Times", []),
        "Ronald Szymanski": ("person", "Szymanski, Ronald", []),
        "Sadiq al-Kabir": ("person", "Kabir, Sadiq al-", []),
        "Fathi al-Mabrouk": ("person", "Mabrouk, Fathi al-", []),
        "United Nations": ("institution", "United Nations", []),
        "Government of National Unity": ("institution", "Government of National Unity", ["GNU"]),
        "Maeve Bernadette Carrick": ("person", "Carrick, Maeve Bernadette", ["Maeve Carrick"]),
        "Kathleen Carrick": ("person", "Carrick, Kathleen", []),
        "Faber & Faber": ("institution", "Faber & Faber", []),
        "Irish Times": ("institution", "Irish Times", ["The Irish Times"]),
        "Proinsias Walsh": ("person", "Walsh, Proinsias", []),
        "Aosdána": ("institution", "Aosdána", []),
        "UK Biobank": ("institution", "UK Biobank", []),
        "National Screening Committee": (
            "institution",
            "National Screening Committee",
            ["UK National Screening Committee"],
        ),
        "Parkinson's UK": ("institution", "Parkinson's UK", []),
        "NHS": ("institution", "NHS", []),
        "Kestrel Point Capital": ("institution", "Kestrel Point Capital", ["Kestrel Point"]),
        "Morgan Stanley": ("institution", "Morgan Stanley", []),
        "DNB Markets": ("institution", "DNB Markets", []),
        "Communist Party of India (Marxist)": ("institution", "Communist Party of India (Marxist)", []),
        "Communist Party of India": ("institution", "Communist Party of India", ["CPI"]),
        "Lok Sabha": ("institution", "Lok Sabha", []),
        "Rahul Gandhi": ("person", "Gandhi, Rahul", []),
        "BJP": ("institution", "BJP", []),
        "Nainar Nagendran": ("person", "Nagendran, Nainar", []),
        "Priya Venkataraman": ("person", "Venkataraman, Priya", []),
    }


def test_what_rounds_16_and_17_taught_us(rules_alone: None) -> None:
    paragraphs = [
        (1, "By Élise Marchand"),
        (
            2,
            "Shares fell, dragging down Broadcom Inc. Before Wednesday, they had doubled since it listed on the "
            "Nasdaq. Bernstein's Adaeze Okafor said the backlog was intact. A poll by Ifop found support. The "
            "Cour des comptes warned Emmanuel Macron's Renaissance party, and Hélène de Saint-Aubin agreed. De "
            "Saint-Aubin said so.",
        ),
        (
            3,
            "The opposition Greens and IG Metall's district leader objected at the Swabian gearbox maker, as short-time "
            "work, known in German as Kurzarbeit, ran out. The Finance Ministry (Secretaría de Hacienda y Crédito "
            "Público, SHCP) and Finance Secretary Édgar Amador Zamora of Mexico backed Pemex, which Mexico owns.",
        ),
        (
            4,
            "Samsung, whose Galaxy Watch lineup is popular, was joined by Meta, which sells Ray-Ban Meta "
            "and Oakley Meta glasses. The Bank of Japan (BOJ) met; the BOJ raised rates. Citizens Advice said people "
            "were cold. The NBA fined the Detroit Pistons; the Pistons' coach said nothing about the loss to the New "
            "York Knicks, whose guard scored 33 points this season, and the Minister of State for Petroleum Resources "
            "did not reply to the league's match report.",
        ),
        (5, "--With assistance from Julian Thorne."),
    ]
    found = {f.name: (f.kind, f.sort, f.aliases) for f in extract(paragraphs)}
    assert found == {
        "Broadcom Inc.": ("institution", "Broadcom Inc.", []),
        "Nasdaq": ("institution", "Nasdaq", []),
        "Bernstein": ("institution", "Bernstein", []),
        "Adaeze Okafor": ("person", "Okafor, Adaeze", []),
        "Ifop": ("institution", "Ifop", []),
        "Cour des comptes": ("institution", "Cour des comptes", []),
        "Emmanuel Macron": ("person", "Macron, Emmanuel", []),
        "Renaissance": ("institution", "Renaissance", ["Renaissance party"]),
        "Hélène de Saint-Aubin": ("person", "Saint-Aubin, Hélène de", ["De Saint-Aubin"]),
        "Greens": ("institution", "Greens", []),
        "IG Metall": ("institution", "IG Metall", []),
        "Finance Ministry": ("institution", "Finance Ministry", ["Secretaría de Hacienda y Crédito Público", "SHCP"]),
        "Édgar Amador Zamora": ("person", "Amador Zamora, Édgar", []),
        "Pemex": ("institution", "Pemex", []),
        "Samsung": ("institution", "Samsung", []),
        "Meta": ("institution", "Meta", []),
        "Bank of Japan": ("institution", "Bank of Japan", ["BOJ"]),
        "Citizens Advice": ("institution", "Citizens Advice", []),
        "NBA": ("institution", "NBA", []),
        "Detroit Pistons": ("institution", "Detroit Pistons", []),
        "New York Knicks": ("institution", "New York Knicks", []),
    }


def test_what_rounds_18_and_19_taught_us() -> None:
    paragraphs = [
        (
            1,
            "Minister for Housing James Browne spoke. Tánaiste Simon Harris agreed. Fine Gael TD Emer Ní Fhlatharta "
            "disagreed, as did Aoife Ní Riain of Threshold and Ana Fernández de la Vega. The Government and the Opposition "
            "traded blows.",
        ),
        (
            2,
            "R7bn debt: Eskom's group executive spoke to the National Energy Regulator of South Africa and Emfuleni "
            "Local Municipality. Human Rights Watch and Norway's Ministry of Trade, Industry and Fisheries objected.",
        ),
        (
            3,
            "Lenders such as Bajaj Finance Ltd and Aditya Birla Capital Ltd cut their loan-to-value (LTV) ratios, "
            "said Rajeev K. Menon, managing director of the lender, and Councilman Ray Stolarski. Chips designed by "
            "Nvidia are scarce, said Ho Van Loc. Loc said so again.",
        ),
    ]
    found = {f.name: (f.kind, f.sort) for f in extract(paragraphs)}
    assert found == {
        "James Browne": ("person", "Browne, James"),
        "Simon Harris": ("person", "Harris, Simon"),
        "Fine Gael": ("institution", "Fine Gael"),
        "Emer Ní Fhlatharta": ("person", "Ní Fhlatharta, Emer"),
        "Aoife Ní Riain": ("person", "Ní Riain, Aoife"),
        "Threshold": ("institution", "Threshold"),
        "Ana Fernández de la Vega": ("person", "Fernández de la Vega, Ana"),
        "Eskom": ("institution", "Eskom"),
        "National Energy Regulator of South Africa": ("institution", "National Energy Regulator of South Africa"),
        "Emfuleni Local Municipality": ("institution", "Emfuleni Local Municipality"),
        "Human Rights Watch": ("institution", "Human Rights Watch"),
        "Ministry of Trade, Industry and Fisheries": ("institution", "Ministry of Trade, Industry and Fisheries"),
        "Bajaj Finance Ltd": ("institution", "Bajaj Finance Ltd"),
        "Aditya Birla Capital Ltd": ("institution", "Aditya Birla Capital Ltd"),
        "Rajeev K. Menon": ("person", "Menon, Rajeev K."),
        "Ray Stolarski": ("person", "Stolarski, Ray"),
        "Nvidia": ("institution", "Nvidia"),
        "Ho Van Loc": ("person", "Ho Van Loc"),
    }


def test_a_name_nothing_else_decides_is_a_person_the_article_calls_by_its_last_word() -> None:
    text = (
        "Matty Cash went down in the box under a challenge from Ezri Konsa. Konsa protested, and Unai Emery "
        "objected too. Emery said later that Darren England, the video assistant, was right."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found == {"Ezri Konsa": "person", "Unai Emery": "person", "Darren England": "person"}


def test_companies_of_the_stock_indices_are_known_by_name() -> None:
    text = (
        "Morgan Stanley and Evercore advised the board, while Eli Lilly and Novo Nordisk lead the market. Rivals "
        "include Siemens and Panasonic. Lindsay Hart, a fund manager, said Lindsay is cautious. Deforestation in the "
        "Amazon rainforest fell."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert {k: v for k, v in found.items() if k in {"Morgan Stanley", "Eli Lilly", "Siemens", "Panasonic"}} == {
        "Morgan Stanley": "institution",
        "Eli Lilly": "institution",
        "Siemens": "institution",
        "Panasonic": "institution",
    }
    assert found.get("Lindsay Hart") == "person" and "Lindsay" not in found and "Amazon" not in found


def test_what_rounds_28_and_29_taught_us() -> None:
    text = (
        "Accounts show Hartwell & Stone lost money, its lender, HSBC UK, said. Siemens Healthineers hired her. Goldman "
        "Sachs and Lazard are advising, with Hengeler Mueller as legal counsel; Morgan Stanley and Centerview "
        "Partners advised the board. JPMorgan and Deutsche Bank lent, but the Occupational Safety and Health "
        "Administration objected."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found == {
        "Hartwell & Stone": "institution",
        "HSBC UK": "institution",
        "Siemens Healthineers": "institution",
        "Goldman Sachs": "institution",
        "Lazard": "institution",
        "Hengeler Mueller": "institution",
        "Morgan Stanley": "institution",
        "Centerview Partners": "institution",
        "JPMorgan": "institution",
        "Deutsche Bank": "institution",
        "Occupational Safety and Health Administration": "institution",
    }


def test_a_person_named_with_and_without_middle_names_and_initials_is_one() -> None:
    text = (
        "Harold William Brandvold, a congressman, died. Harold W. Brandvold was born in Fargo, and Harold Brandvold "
        "served nine terms. His colleague Thomas P. O’Neill Jr. spoke, as did Jan Paul van Hecke."
    )
    found = {f.name: f.aliases for f in extract([(1, text)]) if f.kind == "person"}
    assert sorted(found["Harold William Brandvold"]) == ["Harold Brandvold", "Harold W. Brandvold"]
    assert "Thomas P. O’Neill Jr." in found and "Jan Paul van Hecke" in found


def test_what_rounds_32_and_33_taught_us() -> None:
    text = (
        "FRIEDRICH MERZ promised reform. Chancellor of the Exchequer Rachel Reeves agreed. Sony Music and Warner "
        "Music Group signed her; the Mercury prize followed. The Dutchman spoke at the Conference on Disarmament."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found == {
        "Friedrich Merz": "person",
        "Rachel Reeves": "person",
        "Sony Music": "institution",
        "Warner Music Group": "institution",
        "Conference on Disarmament": "institution",
    }


def test_what_rounds_34_and_35_taught_us() -> None:
    text = (
        "The market leaders Novo Nordisk and Eli Lilly, whose injections sell well, are rivals. EU Travel Tech, whose "
        "members include Expedia, objected. Doddie Weir, the Scotland rugby union international, died. She ran a unit "
        "at General Mills Inc. for years."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found == {
        "Novo Nordisk": "institution",
        "Eli Lilly": "institution",
        "EU Travel Tech": "institution",
        "Expedia": "institution",
        "Doddie Weir": "person",
        "General Mills Inc.": "institution",
    }


def test_what_rounds_36_and_37_taught_us() -> None:
    paragraphs = [
        (1, "PRICING RISK"),
        (
            2,
            "The court ruled against U.S. Immigration and Customs Enforcement. María "
            "Eugenia Ledesma, an economist at Ecolatina in Argentina, and a Vietnam-focused fund disagreed. Lake Mead "
            "is low, and the Royal Infirmary of Edinburgh is full.",
        ),
    ]
    found = {f.name: (f.kind, f.sort) for f in extract(paragraphs)}
    assert found == {
        "Immigration and Customs Enforcement": ("institution", "Immigration and Customs Enforcement"),
        "María Eugenia Ledesma": ("person", "Ledesma, María Eugenia"),
        "Ecolatina": ("institution", "Ecolatina"),
        "Royal Infirmary of Edinburgh": ("institution", "Royal Infirmary of Edinburgh"),
    }


def test_acronyms_with_small_letters_or_accents_and_after_or_join_their_names(rules_alone: None) -> None:
    text = (
        "The Czech National Bank (ČNB) held rates. European Digital Rights (EDRi), a network of groups, objected, "
        "as did the Kenya Electricity Generating Company (KenGen). The Dutch Authority for the Financial Markets, "
        "or AFM, approved it. Later the ČNB, EDRi, KenGen and the AFM met."
    )
    aliases = {f.name: f.aliases for f in extract([(1, text)]) if f.kind == "institution"}
    assert aliases["Czech National Bank"] == ["ČNB"]
    assert aliases["European Digital Rights"] == ["EDRi"]
    assert aliases["Kenya Electricity Generating Company"] == ["KenGen"]
    assert aliases["Dutch Authority for the Financial Markets"] == ["AFM"]


def test_one_institution_under_two_forms_of_its_name_is_one_draft(rules_alone: None) -> None:
    text = (
        "The California Department of Motor Vehicles issued rules, and the DMV will enforce them. Researchers at "
        "the University of Edinburgh led the study; Edinburgh University said it would publish the data."
    )
    found = {f.name: f.aliases for f in extract([(1, text)])}
    assert found == {
        "California Department of Motor Vehicles": ["DMV"],
        "University of Edinburgh": ["Edinburgh University"],
    }


def test_a_club_called_by_one_word_of_its_name_is_that_club_even_in_the_headline(rules_alone: None) -> None:
    paragraphs = [
        (1, "Isak returns to haunt Newcastle as Yankees fans look on"),
        (
            2,
            "Alexander Isak scored the winner against Newcastle United on Saturday, in the 88th minute, after the "
            "goalkeeper had saved a penalty. Newcastle had led at half-time through a striker's goal, and the "
            "defender was booked. The Foundation of Hearts, which owns Hearts, watched the New York Yankees beat "
            'the Boston Red Sox. "We were sharp," Yankees manager Aaron Boone said.',
        ),
    ]
    found = {f.name: f.aliases for f in extract(paragraphs) if f.kind == "institution"}
    assert found["Newcastle United"] == ["Newcastle"]
    assert found["New York Yankees"] == ["Yankees"]
    assert "Hearts" not in found["Foundation of Hearts"]  # a club of its own, not a short form


def test_a_country_run_into_a_persons_name_and_a_plural_before_two_names_part_them(rules_alone: None) -> None:
    text = (
        "In Germany Friedrich Merz governs with the Social Democrats. Existing backers Andreessen Horowitz and "
        "Sequoia Capital also invested. The Central Arizona Project (CAP) cut deliveries."
    )
    found = [f.name for f in extract([(1, text)])]
    assert "Friedrich Merz" in found and "Germany Friedrich Merz" not in found
    assert "Andreessen Horowitz" in found and "Sequoia Capital" in found
    assert "Central Arizona Project" in found  # a region's word is not a country before a name


def test_a_listed_company_or_an_acronym_spelt_like_a_town_is_not_a_town(rules_alone: None) -> None:
    text = "Rio Tinto and Glencore bid for the mine. The UN said aid was blocked, and a UN envoy flew to Rio Tinto."
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found["Rio Tinto"] == "institution"
    assert found["UN"] == "institution"


def test_a_brazilian_article_sorts_names_on_the_last_family_name_and_a_bolivian_one_on_two() -> None:
    brazil = (
        "SÃO PAULO — Correios, Brazil's postal company, needs a loan, said Luciana Moura Pimentel, its finance "
        "chief. Frederico de Siqueira Filho, the minister, backed it, and the Federação of unions agreed."
    )
    bolivia = (
        "LA PAZ — Bolivian miners dug for hours, said Marcelino Choque Apaza, a Bolivian union leader who once "
        "worked in São Paulo for João Ferreira."
    )
    sorts = {f.name: f.sort for text in (brazil, bolivia) for f in extract([(1, text)]) if f.kind == "person"}
    assert sorts["Luciana Moura Pimentel"] == "Pimentel, Luciana Moura"
    assert sorts["Frederico de Siqueira Filho"] == "Siqueira Filho, Frederico de"
    assert sorts["Marcelino Choque Apaza"] == "Choque Apaza, Marcelino"


def test_names_with_at_a_utilitys_and_or_a_hospices_possessive_stay_whole(rules_alone: None) -> None:
    text = (
        "She criticised the Ministry of Justice’s plans and died at St Oswald’s Hospice. A professor at the "
        "University of Texas at Austin studied Oklahoma Gas and Electric, which said OG&E would pay. Sycamore "
        "Partners lagged the S&P 500 index."
    )
    found = {f.name: f.aliases for f in extract([(1, text)]) if f.kind == "institution"}
    assert found == {
        "Ministry of Justice": [],
        "St Oswald’s Hospice": [],
        "University of Texas at Austin": [],
        "Oklahoma Gas and Electric": ["OG&E"],
        "Sycamore Partners": [],
    }


def test_an_institute_of_an_academy_is_two_and_a_mission_in_a_country_is_one(rules_alone: None) -> None:
    text = (
        "She worked at the Institute of Physics of the Chinese Academy of Sciences and then at First Citizens "
        "BancShares Inc., which the UN Verification Mission in Colombia and the US Space Force praised. The Court "
        "of Justice of the European Union ruled, as Reuters in London reported."
    )
    found = [f.name for f in extract([(1, text)]) if f.kind == "institution"]
    assert found == [
        "Institute of Physics",
        "Chinese Academy of Sciences",
        "First Citizens BancShares Inc.",
        "UN Verification Mission in Colombia",
        "Space Force",
        "Court of Justice of the European Union",
    ]  # "Reuters in London" is no name


def test_welsh_members_and_tennis_players_are_people_and_two_bodies_named_for_wales_are_two(rules_alone: None) -> None:
    paragraphs = [
        (
            1,
            "Rhun ap Iorwerth, the Plaid Cymru leader, agreed, said Llinos Haf Roberts MS. The body was formed from "
            "the Countryside Council for Wales and Forestry Commission Wales.",
        ),
        (
            2,
            "PARIS — Mirra Andreeva beat Aryna Sabalenka 7-5 in the deciding set, saving two break points on "
            "serve. Sabalenka, the top seed, hit a forehand long on match point.",
        ),
    ]
    found = {f.name: (f.kind, f.sort) for f in extract(paragraphs)}
    assert found["Rhun ap Iorwerth"] == ("person", "Iorwerth, Rhun ap")
    assert "Llinos Haf Roberts" in found  # a Member of the Senedd's letters dropped
    assert found["Aryna Sabalenka"][0] == "person"
    assert {"Countryside Council for Wales", "Forestry Commission Wales"} <= set(found)


def test_roles_before_names_and_results_tables_leave_the_names_whole(rules_alone: None) -> None:
    paragraphs = [
        (1, "Counsel for the party, Barrister Usman Ali Gondal, argued the case."),
        (2, "The meeting was chaired by Chief Election Commissioner Sikandar Sultan Raja on Friday."),
        (3, "1. Lucas Ferrand-Maillet (Fra) Groupama-FDJ 4hr 21min; 2. Jonas Vingegaard (Den) Visma-Lease a Bike."),
        (4, "Campaigners at Lock the Gate Alliance said the Stop the War Coalition agreed."),
    ]
    found = [f.name for f in extract(paragraphs)]
    assert "Usman Ali Gondal" in found and "Sikandar Sultan Raja" in found
    assert not any("Visma" in name for name in found if "Vingegaard" in name)
    assert "Lock the Gate Alliance" in found and "Stop the War Coalition" in found


def test_letters_after_a_persons_name_and_word_names_do_not_make_institutions(rules_alone: None) -> None:
    text = (
        "The referee, Christophe Ridley (RFU), said Matteo Jorgenson (US) was fine. Royal Mail, the postal "
        "company, and Metro South Health, the health service, objected, as did Pakatan Harapan (PH). The WHO's "
        "Health Emergencies Programme agreed."
    )
    found = {f.name: f.kind for f in extract([(1, text)])}
    assert found["Christophe Ridley"] == "person"
    assert found["Royal Mail"] == found["Metro South Health"] == found["Pakatan Harapan"] == "institution"
    assert "Health Emergencies Programme" in found


def test_particles_money_ordinals_and_a_partys_member_leave_the_right_names(rules_alone: None) -> None:
    paragraphs = [
        (1, "Josh van der Flier, the flanker, said the pack was tired. Van der Flier said it twice."),
        (2, "The lender was fined Sh3.2 billion, said a Fine Gael TD, as the Q36.5 Pro Cycling Team watched."),
        (3, "Second Harvest Food Bank of Greater New Orleans and Acadiana handed out meals."),
    ]
    found = {f.name: f.aliases for f in extract(paragraphs)}
    assert "Josh van der Flier" in found and "Van der Flier" not in found  # his family name, not another person
    assert not any(name.startswith("Sh3") or name.endswith(" TD") for name in found)
    assert [s.text for s in spans("said a Fine Gael TD, as Sh3.2 billion went")] == ["Fine Gael"]
    assert "Second Harvest Food Bank of Greater New Orleans and Acadiana" in found


def test_spanish_and_hong_kong_family_names_sort_and_ships_and_periods_are_no_one(rules_alone: None) -> None:
    paragraphs = [
        (1, "Alberto Núñez Feijóo, the opposition leader, said Federico García Lorca was Spain's poet."),
        (2, "Kenneth Lau Chi-wai, a liquidator, agreed, said Mary Jane Watson, a lawyer."),
        (3, "The MV Isle of Islay was late. Fossils from the Middle Jurassic were found, said Dr. Ana Reyes."),
    ]
    found = {f.name: f.sort for f in extract(paragraphs)}
    assert found["Alberto Núñez Feijóo"] == "Núñez Feijóo, Alberto"
    assert found["Kenneth Lau Chi-wai"] == "Lau Chi-wai, Kenneth"
    assert found["Mary Jane Watson"] == "Watson, Mary Jane"
    assert not any("Isle" in name or "Jurassic" in name for name in found)


def test_athletes_of_countries_research_ships_and_portfolio_holders_are_found_apart(rules_alone: None) -> None:
    paragraphs = [
        (1, "Rai Benjamin of the United States was third in the 400m hurdles, a personal best for the season."),
        (6, "His coach said the hurdles had been his target all season, and the 400 metres his event."),
        (2, "Elsewhere, the United States' Bryce Hoppel won the 800m, and Jamaica's Shericka Jackson the 200m."),
        (3, "Researchers aboard the RRS Sir David Attenborough said the water had warmed."),
        (4, "Minister for Treaty of Waitangi Negotiations Paul Goldsmith said he would study the ruling."),
        (5, "World Athletics said the ban would stand. NAN Grand Chief Alvin Fiddler called the bill an attack."),
    ]
    found = {f.name: f.kind for f in extract(paragraphs)}
    for person in ("Rai Benjamin", "Bryce Hoppel", "Shericka Jackson", "Paul Goldsmith", "Alvin Fiddler"):
        assert found.get(person) == "person", person
    assert found["World Athletics"] == "institution"
    assert not any("United States" in name or "Attenborough" in name or "RRS" in name for name in found)


def test_initials_saints_cantonese_and_maori_names_and_public_districts(rules_alone: None) -> None:
    paragraphs = [
        (1, "Appearing for the State, Advocate-General P.S. Raman argued the case. S. Prabakaran disagreed."),
        (2, "Martin St. Louis, the coach, praised Bernadette Linn Hon-ho and Xia Baolong, said Iratxe García Pérez."),
        (3, "Te Rūnanga o Ngāti Awa and the Bay of Plenty Regional Council objected, said Tama Potaka."),
        (4, "A board member of the Imperial Irrigation District said Moody's had cut the rating to Caa1."),
        (5, "Anglo-Australian miner Rio Tinto sold the rights to the distributor A24. Trucks use the A835 road."),
    ]
    found = {f.name: f for f in extract(paragraphs)}
    assert found["P.S. Raman"].kind == "person"
    assert found["S. Prabakaran"].kind == "person"
    assert found["Martin St. Louis"].sort == "St. Louis, Martin"
    assert found["Bernadette Linn Hon-ho"].sort == "Linn Hon-ho, Bernadette"
    assert found["Xia Baolong"].sort == "Xia Baolong"
    assert found["Iratxe García Pérez"].sort == "García Pérez, Iratxe"
    for institution in ("Te Rūnanga o Ngāti Awa", "Bay of Plenty Regional Council", "Imperial Irrigation District"):
        assert found[institution].kind == "institution", institution
    assert "A24" in found
    assert not {"Caa1", "Anglo-Australian", "A835"} & set(found)


def test_bare_bylines_newspapers_chambers_and_a_banks_short_name(rules_alone: None) -> None:
    paragraphs = [
        (1, "Pharmacy checks linked to fewer strokes"),
        (2, "Rosalind Prynne"),
        (3, "“It was a mistake,” Dr Alan Whitcombe, a GP, told The Times, and MPs raised it in the Commons."),
        (4, "Banco Serrano SA was taken over on Monday. Sao Paulo-based Serrano had lent too much, he said."),
        (5, "The family instructed the law firm Leigh Day. The Red Bull driver Max Verstappen was not involved."),
    ]
    found = {f.name: f for f in extract(paragraphs)}
    assert "Rosalind Prynne" not in found
    assert found["Times"].kind == "institution" and "The Times" in found["Times"].aliases
    assert found["Commons"].kind == "institution"
    assert "Serrano" in found["Banco Serrano SA"].aliases and "Serrano" not in found
    assert found["Leigh Day"].kind == "institution"
    assert "Red Bull" not in found or found["Red Bull"].kind == "institution"


def test_roles_before_names_camel_case_firms_and_owners_with_particles(rules_alone: None) -> None:
    paragraphs = [
        (1, "Dodgers RHP Tyler Glasnow struck out nine. Ombudsman Jesus Crispin Remulla filed the charges."),
        (2, "Ndaragwa MCA Peter Gitau Muriithi said the roads were never built."),
        (3, "Its owner, Gwyn ap Rhys, who keeps 90 cows, agreed. Google DeepMind, which builds models, did not."),
        (4, "The site was bought by the developer Gladman Developments in 2019."),
    ]
    found = {f.name: f.kind for f in extract(paragraphs)}
    for person in ("Tyler Glasnow", "Jesus Crispin Remulla", "Peter Gitau Muriithi", "Gwyn ap Rhys"):
        assert found.get(person) == "person", person
    assert found["Google DeepMind"] == "institution"
    assert found["Gladman Developments"] == "institution"


def test_work_at_a_firm_and_companies_such_as_name_institutions(rules_alone: None) -> None:
    paragraphs = [
        (1, "Karthik Subramaniam, who previously ran line-haul operations at Flipkart, joined in 2021."),
        (2, "It lists as consumer-internet companies such as Lenskart, Groww and Meesho trade below their prices."),
    ]
    found = {f.name: f.kind for f in extract(paragraphs)}
    for institution in ("Flipkart", "Lenskart", "Groww", "Meesho"):
        assert found.get(institution) == "institution", institution


def test_streets_adverbs_speakers_for_a_firm_and_names_parted_at_and(rules_alone: None) -> None:
    paragraphs = [
        (1, "The tower would rise on Hampton St, near Willis St, he said. Separately, the council met on Sundays."),
        (
            2,
            "Lawyers for Sun Pharma said the patent was invalid. Its lenders, JPMorgan Chase and Bank of America, agreed.",
        ),
        (
            3,
            "The lessor has leased jets to Cebu Pacific and Thai Vietjet Air, said the Western Health and Social Care Trust.",
        ),
        (4, "Zhao Xintong beat Ding Junhui 10-7. Zhao said the final was hard, and Ding agreed."),
        (5, "Ineos Grenadiers' Carlos Rodríguez finished third on the stage."),
    ]
    found = {f.name: f.kind for f in extract(paragraphs)}
    assert not {"Hampton St", "Willis St", "Separately", "Sundays", "Zhao", "Ding"} & set(found)
    assert "Lawyers for Sun Pharma" not in found
    for institution in ("JPMorgan Chase", "Bank of America", "Thai Vietjet Air"):
        assert found.get(institution) == "institution", institution
    assert not any(" and " in name and "Health" not in name for name in found)
    assert found.get("Western Health and Social Care Trust") == "institution"
    assert found.get("Carlos Rodríguez") == "person"


def test_counties_councils_of_two_places_ports_and_post_nominals(rules_alone: None) -> None:
    paragraphs = [
        (1, "The site near Mullingar, Co Westmeath, was sold. Argyll and Bute Council will close four schools."),
        (2, "The Port of Gdynia Authority approved the plan, said Andrew Kiernan AO, the commissioner."),
        (3, "Since the Securities and Exchange Commission changed its rules, activists have won more seats."),
        (
            4,
            "Yields rose with heat at 38°C. Genetic analysis showed it, said the Social Democrats' Jennifer Whitmore.",
        ),
    ]
    found = {f.name: f.kind for f in extract(paragraphs)}
    assert "Co Westmeath" not in found and "C. Genetic" not in found
    for institution in ("Argyll and Bute Council", "Port of Gdynia Authority", "Securities and Exchange Commission"):
        assert found.get(institution) == "institution", institution
    assert found.get("Andrew Kiernan") == "person"
    assert found.get("Jennifer Whitmore") == "person"


def test_titles_and_firm_nouns_opening_a_sentence_and_racing_teams(rules_alone: None) -> None:
    paragraphs = [
        (1, "Brokerage Jefferies cut its target. Skipper Lachie Whitford kicked three goals."),
        (2, "Coun Janine Moxon said the contracts were fair, and Carla D'Souza, a lawyer, agreed."),
        (3, "The show moves to the gallery Tate Modern in May. Chip Ganassi Racing won again."),
    ]
    found = {f.name: f for f in extract(paragraphs)}
    assert found["Jefferies"].kind == "institution"
    assert found["Lachie Whitford"].kind == "person" and found["Janine Moxon"].kind == "person"
    assert found["Carla D'Souza"].sort == "D'Souza, Carla"
    assert found["Tate Modern"].kind == "institution"
    assert found["Chip Ganassi Racing"].kind == "institution"


def test_legal_forms_labels_numbers_initials_and_suffixed_family_names(rules_alone: None) -> None:
    paragraphs = [
        (1, "Danske Bank A/S and Vinh Hung Investment Co., Ltd. advised Malayan Banking Bhd. on the sale."),
        (2, "Three Delcour operators were hurt. An ESA spokesperson declined to comment."),
        (3, "BEST Carlton: Cripps, Walsh. MK Moshe Gafni and Co-author Ayako Morimoto spoke, as did Leksands IF."),
        (4, "Adrian V. S. Hill, a vaccinologist, met Kung Ming-hsin, an engineer. Vikram S. Rathore signed the deal."),
        (5, "Francisco Tiu Laurel Jr., the secretary, testified. Tiu Laurel said the imports were legal."),
    ]
    found = {f.name: f for f in extract(paragraphs)}
    for name in ("Danske Bank A/S", "Vinh Hung Investment Co., Ltd.", "Malayan Banking Bhd.", "Leksands IF"):
        assert found[name].kind == "institution", name
    assert not {"Three Delcour", "An ESA", "BEST Carlton", "MK Moshe Gafni", "Co-author Ayako Morimoto"} & set(found)
    assert found["ESA"].kind == "institution"
    for name in ("Moshe Gafni", "Ayako Morimoto", "Adrian V. S. Hill", "Vikram S. Rathore"):
        assert found[name].kind == "person", name
    assert found["Vikram S. Rathore"].reasons == ["a middle initial"]
    assert found["Kung Ming-hsin"].sort == "Kung Ming-hsin"
    assert found["Francisco Tiu Laurel Jr."].sort == "Tiu Laurel, Francisco, Jr."
    assert "Tiu Laurel" in found["Francisco Tiu Laurel Jr."].aliases


def test_the_newest_rounds_that_no_rule_or_training_has_used_meet_the_bar_pooled() -> None:
    """``unseen/`` holds rounds 151-158 (48 articles by eight helpers who never saw the extractor), which no rule
    was written from and tools/train_drafter.py does not read: the issue's own test, articles it was not tuned on.
    A change made from what they miss moves them to ``heldout/``, and newer rounds take their place."""
    assert len(UNSEEN) >= 48
    total = pooled([score_extractor(path) for path in UNSEEN])
    assert total.precision >= 0.9 and total.recall >= 0.9 and total.sorting >= 0.95, score_table([total])
