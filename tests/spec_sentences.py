"""The rule sentences of docs/spec/LANGUAGE.md section 4 with the models they mean, shared by the parser tests."""

from __future__ import annotations


from procesregels.ruleset.model import (
    AllOf, AnyOf, Condition, Not, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent,
)
from procesregels.ruleset.loader import parse_ruleset

COUNCIL_DECIDES = Event(type="steps", kind="decision", owner="council")
ANY_DECISION = Event(type="steps", kind="decision")
ANY_MEETING = Event(type="steps", kind="meeting")
HIGH_IMPACT = Condition(attribute="impact", op="is", value="high")
BEGROTING = Condition(attribute="instrument", op="is", value="begroting")
CONSULT_BEFORE_ANY_DECISION = InvolvementBefore(who=("residents",), level="consult", event=ANY_DECISION)
RESIDENTS_CONSULTED = InvolvementAnywhere(who=("residents",), level="consult")

# (number, English, Dutch, when, unless, body): docs/spec/LANGUAGE.md sections 4 and 4b, in their order.
SENTENCES = [
    (1, "residents must be consulted before the council decides",
        "inwoners moeten geraadpleegd worden voordat de raad besluit",
        None, None, InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES)),
    (2, "residents must be informed before the council decides",
        "inwoners moeten geïnformeerd worden voordat de raad besluit",
        None, None, InvolvementBefore(who=("residents",), level="inform", event=COUNCIL_DECIDES)),
    (3, "residents must be involved at level advise before the executive drafts",
        "inwoners moeten ten minste op niveau adviseren betrokken worden voordat het college het ontwerp opstelt",
        None, None, InvolvementBefore(who=("residents",), level="advise", event=Event(type="steps", kind="draft", owner="executive"))),
    (4, "youth must be consulted", "jongeren moeten geraadpleegd worden",
        None, None, InvolvementAnywhere(who=("youth",), level="consult")),
    (5, "residents must have influence in phase exploration or earlier",
        "inwoners moeten invloed hebben in fase verkenning of eerder",
        None, None, InfluenceByPhase(who=("residents",), phase="exploration")),
    (6, "the council must set frames before participation starts",
        "de raad moet kaders vaststellen voordat participatie start",
        None, None, EventBefore(first=Event(type="steps", kind="frames", owner="council"), second=Event(type="participation"))),
    (7, "after the council decides, participants must be informed within 6 weeks",
        "nadat de raad besluit, moeten deelnemers binnen 6 weken geïnformeerd worden",
        None, None, Response(event=COUNCIL_DECIDES, who=("participants",), level="inform", within=Duration(amount=6, unit="week"))),
    (8, "after any decision, participants must be informed",
        "na elk besluit moeten deelnemers geïnformeerd worden",
        None, None, Response(event=ANY_DECISION, who=("participants",), level="inform")),
    (9, "every inspection must last at least 6 weeks",
        "elke terinzagelegging moet ten minste 6 weken duren",
        None, None, DurationBound(kind="inspection", bound="min", length=Duration(amount=6, unit="week"))),
    (10, "every meeting must last at most 1 day",
        "elke bijeenkomst moet ten hoogste 1 dag duren",
        None, None, DurationBound(kind="meeting", bound="max", length=Duration(amount=1, unit="day"))),
    (11, "residents must be informed at least 2 weeks before any meeting",
        "inwoners moeten ten minste 2 weken voor elke bijeenkomst geïnformeerd worden",
        None, None, LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=Duration(amount=2, unit="week"))),
    (12, "every participation step must have an owner",
        "elke participatiestap moet een eigenaar hebben",
        None, None, FieldPresent(field="owner")),
    (13, "every participation step must have a date",
        "elke participatiestap moet een datum hebben",
        None, None, FieldPresent(field="date")),
    (14, "the plan must include youth", "het plan moet jongeren bevatten",
        None, None, RolePresent(role="youth")),
    (15, "no participation after the council decides",
        "geen participatie nadat de raad besluit",
        None, None, Prohibition(event=COUNCIL_DECIDES)),
    (16, "when impact is high: residents must be involved at level advise before the council decides",
        "als impact hoog is: inwoners moeten ten minste op niveau adviseren betrokken worden voordat de raad besluit",
        HIGH_IMPACT, None, InvolvementBefore(who=("residents",), level="advise", event=COUNCIL_DECIDES)),
    (17, "when budget is at least 1000000: residents must be consulted",
        "als budget ten minste 1000000 is: inwoners moeten geraadpleegd worden",
        Condition(attribute="budget", op="at-least", value=1000000), None, InvolvementAnywhere(who=("residents",), level="consult")),
    (18, "residents or businesses must be consulted before any decision",
        "inwoners of ondernemers moeten geraadpleegd worden vóór elk besluit",
        None, None, InvolvementBefore(who=("residents", "businesses"), level="consult", event=ANY_DECISION)),
    # -- version 2 (section 4b) --
    (19, "when instrument is omgevingsplan or instrument is omgevingsvisie: residents must be consulted before any decision",
         "als instrument omgevingsplan is of instrument omgevingsvisie is: inwoners moeten geraadpleegd worden vóór elk besluit",
         AnyOf(parts=(Condition(attribute="instrument", op="is", value="omgevingsplan"),
                      Condition(attribute="instrument", op="is", value="omgevingsvisie"))),
         None, CONSULT_BEFORE_ANY_DECISION),
    (20, "when impact is high and budget is at least 1000000: residents must be consulted",
         "als impact hoog is en budget ten minste 1000000 is: inwoners moeten geraadpleegd worden",
         AllOf(parts=(HIGH_IMPACT, Condition(attribute="budget", op="at-least", value=1000000))),
         None, RESIDENTS_CONSULTED),
    (21, "when instrument is not begroting: residents must be consulted before any decision",
         "als instrument niet begroting is: inwoners moeten geraadpleegd worden vóór elk besluit",
         Not(part=BEGROTING), None, CONSULT_BEFORE_ANY_DECISION),
    (22, "unless instrument is begroting: residents must be consulted before any decision",
         "tenzij instrument begroting is: inwoners moeten geraadpleegd worden vóór elk besluit",
         None, BEGROTING, CONSULT_BEFORE_ANY_DECISION),
    (23, "when impact is high, unless instrument is begroting: residents must be consulted",
         "als impact hoog is, tenzij instrument begroting is: inwoners moeten geraadpleegd worden",
         HIGH_IMPACT, BEGROTING, RESIDENTS_CONSULTED),
    (24, "when bouwhoogte is more than 25: neighbours must be consulted before any decision",
         "als bouwhoogte meer dan 25 is: omwonenden moeten geraadpleegd worden vóór elk besluit",
         Condition(attribute="bouwhoogte", op="more-than", value=25), None,
         InvolvementBefore(who=("neighbours",), level="consult", event=ANY_DECISION)),
    (25, "when oppervlakte is at least 0.5: residents must be consulted",
         "als oppervlakte ten minste 0,5 is: inwoners moeten geraadpleegd worden",
         Condition(attribute="oppervlakte", op="at-least", value=0.5), None, RESIDENTS_CONSULTED),
    (26, "youth themselves must be consulted", "jongeren zelf moeten geraadpleegd worden",
         None, None, InvolvementAnywhere(who=("youth",), level="consult", themselves=True)),
    (27, "residents, businesses and organisations must be consulted before any decision",
         "inwoners, ondernemers en maatschappelijke organisaties moeten geraadpleegd worden vóór elk besluit",
         None, None, InvolvementBefore(who=("residents", "businesses", "organisations"), level="consult",
                                       event=ANY_DECISION, each=True)),
    (28, "after the last decision, participants must be informed within 6 weeks",
         "na het laatste besluit moeten deelnemers binnen 6 weken geïnformeerd worden",
         None, None, Response(event=Event(type="last", kind="decision"), who=("participants",), level="inform",
                              within=Duration(amount=6, unit="week"))),
    (29, "after any decision, participants must be informed within six weeks",
         "na elk besluit moeten deelnemers binnen zes weken geïnformeerd worden",
         None, None, Response(event=ANY_DECISION, who=("participants",), level="inform",
                              within=Duration(amount=6, unit="week"))),
]


#: The attributes the sentences test, declared as docs/spec/LANGUAGE.md section 1 (version 2) asks.
ATTRIBUTES = ("attribute instrument: omgevingsplan, omgevingsvisie, begroting\n"
              "attribute bouwhoogte: number\nattribute oppervlakte: number\n")


def parse_sentence(sentence: str, header: str = 'ruleset "test"', extra: str = ""):
    text = f'{header}\n{ATTRIBUTES}{extra}\nrule R1 "test"\n  {sentence}\n'
    (rule,) = parse_ruleset(text, "test.rules").rules
    return rule
