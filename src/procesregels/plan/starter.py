"""The starter plan that `procesregels init` writes, in Dutch or English.

It is a small but complete process (frames, an announcement, a consultation, a draft, six weeks
of inspection, the council informed of the outcome, a decision, feedback) that passes the
bundled national baseline and the VNG-style model, with a comment on every key, so a new user starts
from something that works and learns the format by changing it. A test lints both versions.
"""

from __future__ import annotations

DEFAULT_FILE = "plan.yaml"

STARTER_NL = """\
# Participatieplan, gemaakt met `procesregels init`. Toets het met:
#   procesregels lint {file}
# Zonder --ruleset toetst procesregels aan de landelijke ondergrens (`procesregels rulesets`
# toont de meegeleverde regelsets); kies de regels van uw gemeente met --ruleset of in
# procesregels.toml.
# Aanvullen in de editor: `procesregels schema > plan.schema.json`, en zet bovenaan dit bestand:
#   # yaml-language-server: $schema=plan.schema.json

plan: Herinrichting Dorpsplein           # titel van het proces (verplicht)
gemeente: Voorbeeldstad                  # gemeente
kenmerken:                               # vrije kenmerken waar regels op toetsen ("als ... is:")
  impact: middel                         # laag, middel of hoog
  budget: 400000
  instrument: overig                     # waarover besloten wordt: omgevingsplan, omgevingsvisie, programma,
                                         # projectbesluit, omgevingsvergunning, bopa, verordening, beleid,
                                         # begroting of overig (kenmerken van de landelijke ondergrens)
  procedure: uov                         # uov: voorbereid met afdeling 3.4 Awb (ontwerp ter inzage,
                                         # zienswijzen); anders regulier of geen

actoren:                                 # id: rol, en eventueel een naam
  raad: {rol: raad, naam: Gemeenteraad}
  college: {rol: college}
  team: {rol: ambtenaren, naam: Projectteam Dorpsplein}
  inwoners: {rol: inwoners, naam: Inwoners van het dorp}

stappen:                                 # de stappen; volgorde komt alleen uit `na`
  - id: kaders                           # korte, unieke naam
    titel: Raad stelt de kaders vast     # titel in rapporten
    soort: kaderstelling                 # soort stap: besluit, ontwerp, bijeenkomst, enquête, ...
    eigenaar: raad                       # wie de stap uitvoert (een actor-id)
    fase: initiatief                     # initiatief, verkenning, ontwerp, besluitvorming, ...
    datum: 14-1-2027                     # één dag; of begin: en eind:

  - id: aankondiging
    titel: Participatieplan gepubliceerd, inwoners uitgenodigd
    soort: informatie
    eigenaar: team
    deelnemers: {inwoners: informeren}
    fase: initiatief
    datum: 21-1-2027
    na: [kaders]

  - id: bewonersavond
    titel: Bewonersavond over het plein
    soort: bijeenkomst
    eigenaar: team
    deelnemers: {inwoners: raadplegen}   # wie meedoet, op welk niveau van de participatieladder:
                                         # informeren, raadplegen, adviseren, coproduceren, meebeslissen
    fase: verkenning
    datum: 11-2-2027
    na: [aankondiging]                   # deze stappen zijn klaar voordat deze begint

  - id: ontwerp
    titel: College stelt het ontwerp vast
    soort: ontwerp
    eigenaar: college
    fase: ontwerp
    datum: 18-3-2027
    na: [bewonersavond]

  - id: inzage
    titel: Ontwerp ligt ter inzage; iedereen kan een zienswijze geven
    soort: terinzagelegging
    eigenaar: team
    deelnemers: {inwoners: raadplegen}
    fase: ontwerp
    begin: 25-3-2027
    duur: 6 weken                        # geeft het einde: beide dagen tellen mee (t/m 5-5-2027)
    na: [ontwerp]

  - id: raadsinformatie
    titel: Raad hoort wat de participatie opleverde
    soort: informatie
    eigenaar: college
    deelnemers: {raad: informeren}
    fase: besluitvorming
    datum: 12-5-2027
    na: [inzage]

  - id: besluit
    titel: Raad besluit
    soort: besluit
    eigenaar: raad
    fase: besluitvorming
    datum: 20-5-2027
    na: [raadsinformatie]

  - id: terugkoppeling
    titel: Brief aan iedereen die meedeed
    soort: terugkoppeling
    eigenaar: team
    deelnemers: {inwoners: informeren}
    fase: besluitvorming
    datum: 3-6-2027
    na: [besluit]

# Een stap die misschien niet doorgaat krijgt `optioneel: true`; een keuze tussen werkvormen:
# keuzes:
#   - id: vorm
#     opties: [[bewonersavond], [enquete]]
# Een bewuste afwijking van een regel, met reden (wordt gemeld, maar laat de toets niet falen):
# afwijkingen:
#   - regel: W1
#     reden: Spoedbesluit, zie raadsbesluit 2027/12
"""

STARTER_EN = """\
# Participation plan, made with `procesregels init`. Check it with:
#   procesregels lint {file}
# Without --ruleset, procesregels checks against the national baseline (`procesregels rulesets`
# lists the bundled rulesets); choose your municipality's rules with --ruleset or in
# procesregels.toml.
# Completion in your editor: `procesregels schema > plan.schema.json`, and put on the first line:
#   # yaml-language-server: $schema=plan.schema.json

plan: Redesign of the village square     # title of the process (required)
municipality: Voorbeeldstad              # municipality
attributes:                              # free attributes that rules test ("when ... is:")
  impact: medium                         # low, medium or high
  budget: 400000
  instrument: overig                     # what is decided: omgevingsplan, omgevingsvisie, programma,
                                         # projectbesluit, omgevingsvergunning, bopa, verordening, beleid,
                                         # begroting or overig (attributes of the national baseline)
  procedure: uov                         # uov: prepared under afdeling 3.4 Awb (draft open for
                                         # zienswijzen); otherwise regulier or geen

actors:                                  # id: role, and optionally a name
  raad: {role: council, name: Gemeenteraad}
  college: {role: executive}
  team: {role: officials, name: Project team}
  inwoners: {role: residents, name: Residents of the village}

steps:                                   # the steps; order comes from `after` alone
  - id: kaders                           # short unique name
    title: Council sets the frames       # title shown in reports
    kind: frames                         # kind of step: decision, draft, meeting, survey, ...
    owner: raad                          # who carries the step out (an actor id)
    phase: initiative                    # initiative, exploration, design, decision, ...
    date: 2027-01-14                     # one day; or start: and end:

  - id: aankondiging
    title: Participation plan published, residents invited
    kind: information
    owner: team
    participants: {inwoners: inform}
    phase: initiative
    date: 2027-01-21
    after: [kaders]

  - id: bewonersavond
    title: Residents' evening about the square
    kind: meeting
    owner: team
    participants: {inwoners: consult}    # who takes part, at which level of the ladder:
                                         # inform, consult, advise, coproduce, codecide
    phase: exploration
    date: 2027-02-11
    after: [aankondiging]                # these steps are done before this one starts

  - id: ontwerp
    title: Executive adopts the draft
    kind: draft
    owner: college
    phase: design
    date: 2027-03-18
    after: [bewonersavond]

  - id: inzage
    title: Draft open for inspection; anyone can respond
    kind: inspection
    owner: team
    participants: {inwoners: consult}
    phase: design
    start: 2027-03-25
    duration: 6 weeks                    # gives the end: both days count (up to 2027-05-05)
    after: [ontwerp]

  - id: raadsinformatie
    title: Council hears what the participation brought
    kind: information
    owner: college
    participants: {raad: inform}
    phase: decision
    date: 2027-05-12
    after: [inzage]

  - id: besluit
    title: Council decides
    kind: decision
    owner: raad
    phase: decision
    date: 2027-05-20
    after: [raadsinformatie]

  - id: terugkoppeling
    title: Letter to everyone who took part
    kind: feedback
    owner: team
    participants: {inwoners: inform}
    phase: decision
    date: 2027-06-03
    after: [besluit]

# A step that may not happen gets `optional: true`; a choice between ways of working:
# choices:
#   - id: vorm
#     options: [[bewonersavond], [enquete]]
# An accepted deviation from a rule, with its reason (reported, but does not fail the check):
# waivers:
#   - rule: W1
#     reason: Urgent decision, see council decision 2027/12
"""


def starter_plan(lang: str = "nl", file_name: str = DEFAULT_FILE) -> str:
    """The commented starter plan in `lang` ("nl" or "en")."""
    template = STARTER_NL if lang == "nl" else STARTER_EN
    return template.replace("{file}", file_name)
