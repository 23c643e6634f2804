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

plan: Herinrichting Dorpsplein            # titel van het proces (verplicht)
municipality: Voorbeeldstad              # gemeente
attributes:                              # vrije kenmerken waar regels op toetsen ("als ... is:")
  impact: middel                         # laag, middel of hoog
  budget: 400000

actors:                                  # id: rol, en eventueel een naam
  raad: {role: raad, name: Gemeenteraad}
  college: {role: college}
  team: {role: ambtenaren, name: Projectteam Dorpsplein}
  inwoners: {role: inwoners, name: Inwoners van het dorp}

steps:                                   # de stappen; volgorde komt alleen uit `after`
  - id: kaders                           # korte, unieke naam
    title: Raad stelt de kaders vast     # titel in rapporten
    kind: kaderstelling                  # soort stap: besluit, ontwerp, bijeenkomst, enquête, ...
    owner: raad                          # wie de stap uitvoert (een actor-id)
    phase: initiatief                    # initiatief, verkenning, ontwerp, besluitvorming, ...
    date: 2027-01-14                     # één dag; of start: en end:

  - id: aankondiging
    title: Participatieplan gepubliceerd, inwoners uitgenodigd
    kind: informatie
    owner: team
    participants: {inwoners: informeren}
    phase: initiatief
    date: 2027-01-21
    after: [kaders]

  - id: bewonersavond
    title: Bewonersavond over het plein
    kind: bijeenkomst
    owner: team
    participants: {inwoners: raadplegen} # wie meedoet, op welk niveau van de participatieladder:
                                         # informeren, raadplegen, adviseren, coproduceren, meebeslissen
    phase: verkenning
    date: 2027-02-11
    after: [aankondiging]                # deze stappen zijn klaar voordat deze begint

  - id: ontwerp
    title: College stelt het ontwerp vast
    kind: ontwerp
    owner: college
    phase: ontwerp
    date: 2027-03-18
    after: [bewonersavond]

  - id: inzage
    title: Ontwerp ligt ter inzage; iedereen kan een zienswijze geven
    kind: terinzagelegging
    owner: team
    participants: {inwoners: raadplegen}
    phase: ontwerp
    start: 2027-03-25
    duration: 6 weken                    # geeft het einde: beide dagen tellen mee (t/m 2027-05-05)
    after: [ontwerp]

  - id: raadsinformatie
    title: Raad hoort wat de participatie opleverde
    kind: informatie
    owner: college
    participants: {raad: informeren}
    phase: besluitvorming
    date: 2027-05-12
    after: [inzage]

  - id: besluit
    title: Raad besluit
    kind: besluit
    owner: raad
    phase: besluitvorming
    date: 2027-05-20
    after: [raadsinformatie]

  - id: terugkoppeling
    title: Brief aan iedereen die meedeed
    kind: terugkoppeling
    owner: team
    participants: {inwoners: informeren}
    phase: besluitvorming
    date: 2027-06-03
    after: [besluit]

# Een stap die misschien niet doorgaat krijgt `optional: true`; een keuze tussen werkvormen:
# choices:
#   - id: vorm
#     options: [[bewonersavond], [enquete]]
# Een bewuste afwijking van een regel, met reden (wordt gemeld, maar laat de toets niet falen):
# waivers:
#   - rule: W1
#     reason: Spoedbesluit, zie raadsbesluit 2027/12
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
