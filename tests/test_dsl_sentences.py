"""Every rule sentence of LANGUAGE.md section 4, in English and Dutch, parses to its meaning."""

from __future__ import annotations

import pytest

from conftest import DATA
from procesregels.rules import (
    Condition, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent,
)
from procesregels.ruleset_loader import parse_ruleset

COUNCIL_DECIDES = Event(type="steps", kind="decision", owner="council")
ANY_DECISION = Event(type="steps", kind="decision")
ANY_MEETING = Event(type="steps", kind="meeting")
HIGH_IMPACT = (Condition(attribute="impact", op="is", value="high"),)

# (number, English, Dutch, when, body): LANGUAGE.md section 4, in its order.
SENTENCES = [
    (1, "residents must be consulted before the council decides",
        "inwoners moeten geraadpleegd worden voordat de raad besluit",
        (), InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES)),
    (2, "residents must be informed before the council decides",
        "inwoners moeten geïnformeerd worden voordat de raad besluit",
        (), InvolvementBefore(who=("residents",), level="inform", event=COUNCIL_DECIDES)),
    (3, "residents must be involved at level advise before the executive drafts",
        "inwoners moeten ten minste op niveau adviseren betrokken worden voordat het college het ontwerp opstelt",
        (), InvolvementBefore(who=("residents",), level="advise", event=Event(type="steps", kind="draft", owner="executive"))),
    (4, "youth must be consulted", "jongeren moeten geraadpleegd worden",
        (), InvolvementAnywhere(who=("youth",), level="consult")),
    (5, "residents must have influence in phase exploration or earlier",
        "inwoners moeten invloed hebben in fase verkenning of eerder",
        (), InfluenceByPhase(who=("residents",), phase="exploration")),
    (6, "the council must set frames before participation starts",
        "de raad moet kaders vaststellen voordat participatie start",
        (), EventBefore(first=Event(type="steps", kind="frames", owner="council"), second=Event(type="participation"))),
    (7, "after the council decides, participants must be informed within 6 weeks",
        "nadat de raad besluit, moeten deelnemers binnen 6 weken geïnformeerd worden",
        (), Response(event=COUNCIL_DECIDES, who=("participants",), level="inform", within=Duration(amount=6, unit="week"))),
    (8, "after any decision, participants must be informed",
        "na elk besluit moeten deelnemers geïnformeerd worden",
        (), Response(event=ANY_DECISION, who=("participants",), level="inform")),
    (9, "every inspection must last at least 6 weeks",
        "elke terinzagelegging moet ten minste 6 weken duren",
        (), DurationBound(kind="inspection", bound="min", length=Duration(amount=6, unit="week"))),
    (10, "every meeting must last at most 1 day",
        "elke bijeenkomst moet ten hoogste 1 dag duren",
        (), DurationBound(kind="meeting", bound="max", length=Duration(amount=1, unit="day"))),
    (11, "residents must be informed at least 2 weeks before any meeting",
        "inwoners moeten ten minste 2 weken voor elke bijeenkomst geïnformeerd worden",
        (), LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=Duration(amount=2, unit="week"))),
    (12, "every participation step must have an owner",
        "elke participatiestap moet een eigenaar hebben",
        (), FieldPresent(field="owner")),
    (13, "every participation step must have a date",
        "elke participatiestap moet een datum hebben",
        (), FieldPresent(field="date")),
    (14, "the plan must include youth", "het plan moet jongeren bevatten",
        (), RolePresent(role="youth")),
    (15, "no participation after the council decides",
        "geen participatie nadat de raad besluit",
        (), Prohibition(event=COUNCIL_DECIDES)),
    (16, "when impact is high: residents must be involved at level advise before the council decides",
        "als impact hoog is: inwoners moeten ten minste op niveau adviseren betrokken worden voordat de raad besluit",
        HIGH_IMPACT, InvolvementBefore(who=("residents",), level="advise", event=COUNCIL_DECIDES)),
    (17, "when budget is at least 1000000: residents must be consulted",
        "als budget ten minste 1000000 is: inwoners moeten geraadpleegd worden",
        (Condition(attribute="budget", op="at-least", value=1000000),), InvolvementAnywhere(who=("residents",), level="consult")),
    (18, "residents or businesses must be consulted before any decision",
        "inwoners of ondernemers moeten geraadpleegd worden vóór elk besluit",
        (), InvolvementBefore(who=("residents", "businesses"), level="consult", event=ANY_DECISION)),
]


def parse_sentence(sentence: str, header: str = 'ruleset "test"', extra: str = ""):
    text = f'{header}\n{extra}\nrule R1 "test"\n  {sentence}\n'
    (rule,) = parse_ruleset(text, "test.rules").rules
    return rule


def _ids(case):
    return f"s{case[0]}"


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_sentence_means_what_the_spec_says(case, language):
    number, english, dutch, when, body = case
    rule = parse_sentence(english if language == "en" else dutch)
    assert rule.body == body
    assert rule.when == when


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
def test_english_and_dutch_give_equal_models(case):
    _, english, dutch, _, _ = case
    assert parse_sentence(english).model_dump() == parse_sentence(dutch).model_dump()


# Variants the spec allows (section 1 and the paragraph after the table of section 4).
VARIANTS = [
    ("inwoners worden geraadpleegd voordat de raad besluit", 1),
    ("inwoners moet geraadpleegd worden voordat de raad besluit", 1),
    ("inwoners moeten worden geraadpleegd voordat de raad besluit", 1),
    ("inwoners moeten geraadpleegd worden vóór de raad besluit", 1),
    ("inwoners moeten geraadpleegd worden voor de raad besluit", 1),
    ("inwoners moeten voordat de raad besluit geraadpleegd worden", 1),
    ("INWONERS MOETEN GERAADPLEEGD WORDEN VOORDAT DE RAAD BESLUIT", 1),
    ("Residents MUST be Consulted Before The Council Decides", 1),
    ("inwoners moeten geinformeerd worden voordat de raad besluit", 2),
    ("inwoners worden ten minste op niveau adviseren betrokken voordat het college het ontwerp opstelt", 3),
    ("inwoners moeten op niveau adviseren betrokken worden voordat college ontwerp opstelt", 3),
    ("jongeren worden geraadpleegd", 4),
    ("after the council decides participants must be informed within 6 weeks", 7),
    ("participants must be informed within 6 weeks after the council decides", 7),
    ("nadat de raad besluit moeten deelnemers binnen 6 weken geïnformeerd worden", 7),
    ("nadat de raad besluit, deelnemers moeten binnen 6 weken geïnformeerd worden", 7),
    ("na de raad besluit, moeten deelnemers binnen 6 weken geïnformeerd worden", 7),
    ("after any decision participants must be informed", 8),
    ("nadat elk besluit, moeten deelnemers geïnformeerd worden", 8),
    ("na ieder besluit moeten deelnemers geïnformeerd worden", 8),
    ("na iedere besluit, moeten deelnemers geïnformeerd worden", 8),
    ("after every decision, participants must be informed", 8),
    ("iedere terinzagelegging moet ten minste 6 weken duren", 9),
    ("elk terinzagelegging moeten ten minste 6 weken duren", 9),
    ("elke terinzagelegging moet minimaal 6 weken duren", 9),
    ("elke bijeenkomst moet maximaal 1 dag duren", 10),
    ("residents must be consulted prior to the council decides", 1),
    ("every meeting must last at most 1 days", 10),
    ("elke bijeenkomst moet ten hoogste een dag duren", 10),
    ("every meeting must last at most a day", 10),
    ("elke bijeenkomst moet ten hoogste 1 dagen duren", 10),
    ("inwoners moeten geïnformeerd worden ten minste 2 weken voor elke bijeenkomst", 11),
    ("inwoners moeten ten minste 2 week voordat elke bijeenkomst geïnformeerd worden", 11),
    ("elke participatiestap moeten een eigenaar hebben", 12),
    ("each participation step must have an owner", 12),
    ("the plan must include jongeren", 14),
    ("het plan moet youth bevatten", 14),
    ("geen participatie na de raad besluit", 15),
    ("no participation after council decides", 15),
    ("when impact is hoog: residents must be involved at level advise before the council decides", 16),
    ("als impact is high: inwoners moeten ten minste op niveau adviseren betrokken worden voordat de raad besluit", 16),
    ("als budget is ten minste 1000000: inwoners moeten geraadpleegd worden", 17),
    ("inwoners of ondernemers moeten geraadpleegd worden voor elk besluit", 18),
    ("inwoners, ondernemers moeten geraadpleegd worden voordat elk besluit", 18),
    ("residents or businesses or residents must be consulted before any decision", 18),
]


@pytest.mark.parametrize("sentence,number", VARIANTS)
def test_variants_mean_the_same(sentence, number):
    _, _, _, when, body = SENTENCES[number - 1]
    rule = parse_sentence(sentence)
    assert (rule.when, rule.body) == (when, body)


def test_multi_word_roles_and_names_that_start_with_a_keyword():
    extra = "rol omwonenden van het plein valt onder omwonenden\nrol voorzitter valt onder raad"
    rule = parse_sentence("maatschappelijke organisaties of omwonenden van het plein moeten geraadpleegd worden "
                          "voordat de voorzitter besluit", "regelset \"t\"", extra)
    assert rule.body == InvolvementBefore(
        who=("organisations", "omwonenden van het plein"),
        level="consult",
        event=Event(type="steps", kind="decision", owner="voorzitter"),
    )


def test_declarations_in_any_order():
    text = ('ruleset "t"\nrule R1 "t"\n  the plan must include plein\n'
            "role plein under wijk\nrole wijk under residents\nkind hoorzitting is meeting\nlevel meedenken is consult\n"
            'rule R2 "u"\n  wijk must be involved at level meedenken before any hoorzitting\n')
    ruleset = parse_ruleset(text)
    assert ruleset.rules[0].body == RolePresent(role="plein")
    assert ruleset.rules[1].body == InvolvementBefore(who=("wijk",), level="consult", event=Event(type="steps", kind="hoorzitting"))
    vocabulary = ruleset.vocabulary()
    assert vocabulary.role_covers("residents", "plein")
    assert vocabulary.kind_is("hoorzitting", "meeting")


def test_conditions_combined_with_and():
    rule = parse_sentence('als impact middel is en budget ten hoogste 5000 is en domein is "openbare ruimte": '
                          "jongeren moeten geraadpleegd worden")
    assert rule.when == (
        Condition(attribute="impact", op="is", value="medium"),
        Condition(attribute="budget", op="at-most", value=5000),
        Condition(attribute="domein", op="is", value="openbare ruimte"),
    )


def test_events_of_phases():
    rule = parse_sentence("inwoners moeten geraadpleegd worden voordat fase ontwerp begint")
    assert rule.body.event == Event(type="phase-starts", phase="design")
    rule = parse_sentence("after phase design ends, participants must be informed")
    assert rule.body.event == Event(type="phase-ends", phase="design")
    rule = parse_sentence("every draft must have a date")
    assert rule.body == FieldPresent(field="date", kind="draft")


def test_spec_example_rulesets_mean_the_same():
    english = parse_ruleset((DATA / "dsl/spec/marktplein.rules").read_text(encoding="utf-8"))
    dutch = parse_ruleset((DATA / "dsl/spec/marktplein.nl.rules").read_text(encoding="utf-8"))
    assert [(r.id, r.source, r.severity, r.meaning()) for r in english.rules] == [
        (r.id, r.source, r.severity, r.meaning()) for r in dutch.rules
    ]
    assert (english.language, dutch.language) == ("en", "nl")
    assert len(english.rules) == 10


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_fmt_writes_the_sentence_exactly_as_the_spec_does(case, language):
    from procesregels.sentences import SentenceWriter
    from procesregels.vocabulary import standard

    number, english, dutch, when, body = case
    rule = parse_sentence(english)
    assert SentenceWriter(standard(), language).sentence(rule) == (english if language == "en" else dutch)
