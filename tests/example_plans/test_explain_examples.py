"""`explain` shows, for every sentence of docs/spec/LANGUAGE.md sections 4 and 4b (in both languages)
and every rule of the bundled rulesets, a plan that meets the rule and a plan that breaks it. Each
plan is checked here again, independently of the generator: its YAML text is read by the plan
loader and the engine runs the rule alone on it. Where a plan cannot exist, the answer must say
why (a rule that can only hold vacuously, that no plan can break, that never applies); "none
found" is a failure of the search."""

from __future__ import annotations

import pytest
import yaml

from procesregels.core.resources import rulesets_dir
from procesregels.engine.run import lint_plan
from procesregels.example_plans.one_rule import Absent, alone, breaking_example, meeting_example
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import load_ruleset, parse_ruleset
from spec_sentences import ATTRIBUTES, SENTENCES

#: the honest reasons for no plan; "not found" is not one of them
REASONS = {"explain.none.vacuous", "explain.none.breaking.always", "explain.none.never_applies"}


def status(rule, ruleset, data: dict) -> tuple[str | None, bool]:
    """The rule's status on the plan (read from its YAML text) and whether the plan fails."""
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    plan = parse_plan(text, "example.yaml", ruleset.vocabulary())
    report = lint_plan(alone(rule, ruleset), plan)
    return next((s.status for s in report.rules if s.rule == rule.id), None), report.failed


def assert_examples(rule, ruleset) -> tuple[bool, bool]:
    vocabulary = ruleset.vocabulary()
    meeting = meeting_example(rule, vocabulary, ruleset)
    breaking = breaking_example(rule, vocabulary, ruleset)
    for found in (meeting, breaking):
        if isinstance(found, Absent):
            assert found.key in REASONS, (rule.id, found)
            assert found.text("en") and found.text("nl")
    if not isinstance(meeting, Absent):
        assert status(rule, ruleset, meeting) == ("passed", False), (rule.id, meeting)
    if not isinstance(breaking, Absent):
        assert status(rule, ruleset, breaking) == ("breached", True), (rule.id, breaking)
    return not isinstance(meeting, Absent), not isinstance(breaking, Absent)


def sentence_ruleset(sentence: str, lang: str):
    if lang == "en":
        text = f'ruleset "t"\n{ATTRIBUTES}\nrule R1 "t"\n  {sentence}\n'
    else:
        attributes = ATTRIBUTES.replace("attribute", "kenmerk").replace("number", "getal")
        text = f'regelset "t"\n{attributes}\nregel R1 "t"\n  {sentence}\n'
    return parse_ruleset(text, "t.rules")


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("number,en,nl", [(n, en, nl) for n, en, nl, *_ in SENTENCES], ids=lambda x: str(x)[:12])
def test_every_spec_sentence_has_a_meeting_and_a_breaking_plan(number, en, nl, lang):
    ruleset = sentence_ruleset(en if lang == "en" else nl, lang)
    # no sentence of the spec tables is vacuous, unbreakable or never applicable: both must exist
    assert assert_examples(ruleset.rules[0], ruleset) == (True, True)


@pytest.mark.parametrize("path", sorted(rulesets_dir().glob("*.rules")), ids=lambda p: p.stem)
def test_every_bundled_rule_has_confirmed_example_plans(path):
    ruleset = load_ruleset(str(path))
    for rule in ruleset.rules:
        assert_examples(rule, ruleset)


def test_a_rule_that_only_holds_vacuously_says_why():
    ruleset = parse_ruleset('ruleset "t"\nrule R1 "t"\n  advisory-board must be involved at level codecide '
                            'before participation starts\nrule R2 "t"\n  every meeting must last at least 1 day\n',
                            "t.rules")
    meeting = meeting_example(ruleset.rules[0], ruleset.vocabulary(), ruleset)
    assert isinstance(meeting, Absent) and "without participation" in meeting.text("en")
    assert "zonder participatie" in meeting.text("nl")
    assert not isinstance(breaking_example(ruleset.rules[0], ruleset.vocabulary(), ruleset), Absent)
    unbreakable = breaking_example(ruleset.rules[1], ruleset.vocabulary(), ruleset)
    assert isinstance(unbreakable, Absent) and unbreakable.key == "explain.none.breaking.always"


def test_the_breaking_plan_misses_by_one_thing():
    """`youth themselves`: all residents consulted (a broader group), not the youth; an `and` list:
    the other groups consulted, one missing; a level: the group involved one level lower."""
    def plan_of(sentence: str) -> dict:
        ruleset = parse_ruleset(f'ruleset "t"\nrule R1 "t"\n  {sentence}\n', "t.rules")
        found = breaking_example(ruleset.rules[0], ruleset.vocabulary(), ruleset)
        assert not isinstance(found, Absent)
        return found

    def roles_at(data: dict) -> set[tuple[str, str]]:
        return {(data["actors"][a]["role"], level) for s in data["steps"] for a, level in s.get("participants", {}).items()}

    assert ("residents", "consult") in roles_at(plan_of("youth themselves must be consulted"))
    listed = roles_at(plan_of("residents, businesses and organisations must be consulted before any decision"))
    assert {("residents", "consult"), ("businesses", "consult")} <= listed
    informed = roles_at(plan_of("youth must be consulted"))  # youth (or all residents) informed only
    assert informed and {level for _, level in informed} == {"inform"}
