"""Every rule sentence of docs/spec/LANGUAGE.md section 4, in English and Dutch, parses to its meaning."""

from __future__ import annotations

import pytest

from conftest import SPEC_EXAMPLES
from procesregels.ruleset.model import (
    AllOf, Condition, Event, FieldPresent, InvolvementBefore, RolePresent,
)
from procesregels.ruleset.loader import parse_ruleset
from spec_sentences import SENTENCES, parse_sentence


def _ids(case):
    return f"s{case[0]}"


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_sentence_means_what_the_spec_says(case, language):
    number, english, dutch, when, unless, body = case
    rule = parse_sentence(english if language == "en" else dutch)
    assert rule.body == body
    assert rule.when == when
    assert rule.unless == unless


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
def test_english_and_dutch_give_equal_models(case):
    _, english, dutch, _, _, _ = case
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
    _, _, _, when, unless, body = SENTENCES[number - 1]
    rule = parse_sentence(sentence)
    assert (rule.when, rule.unless, rule.body) == (when, unless, body)


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
                          "jongeren moeten geraadpleegd worden", extra='kenmerk domein: "openbare ruimte", zorg')
    assert rule.when == AllOf(parts=(
        Condition(attribute="impact", op="is", value="medium"),
        Condition(attribute="budget", op="at-most", value=5000),
        Condition(attribute="domein", op="is", value="openbare ruimte"),
    ))


def test_events_of_phases():
    rule = parse_sentence("inwoners moeten geraadpleegd worden voordat fase ontwerp begint")
    assert rule.body.event == Event(type="phase-starts", phase="design")
    rule = parse_sentence("after phase design ends, participants must be informed")
    assert rule.body.event == Event(type="phase-ends", phase="design")
    rule = parse_sentence("every draft must have a date")
    assert rule.body == FieldPresent(field="date", kind="draft")


def test_spec_example_rulesets_mean_the_same():
    english = parse_ruleset((SPEC_EXAMPLES / "marktplein.rules").read_text(encoding="utf-8"))
    dutch = parse_ruleset((SPEC_EXAMPLES / "marktplein.nl.rules").read_text(encoding="utf-8"))
    assert [(r.id, r.source, r.severity, r.meaning()) for r in english.rules] == [
        (r.id, r.source, r.severity, r.meaning()) for r in dutch.rules
    ]
    assert (english.language, dutch.language) == ("en", "nl")
    assert len(english.rules) == 10


@pytest.mark.parametrize("case", SENTENCES, ids=_ids)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_fmt_writes_the_sentence_exactly_as_the_spec_does(case, language):
    from procesregels.ruleset.sentences import SentenceWriter
    from procesregels.core.vocabulary import standard

    number, english, dutch, when, unless, body = case
    rule = parse_sentence(english)
    assert SentenceWriter(standard(), language).sentence(rule) == (english if language == "en" else dutch)
