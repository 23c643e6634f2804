"""Example plans: each one really passes one ruleset and fails the other (checked here again,
independently of the generator, by loading the YAML text and running the engine)."""

from __future__ import annotations

import pytest
import yaml

from procesregels.comparison.compare import compare_rulesets
from procesregels.comparison.render import example_yaml
from procesregels.engine.run import lint_plan
from procesregels.example_plans.build import add_examples, to_yaml_data
from procesregels.example_plans.one_rule import breaking_plan
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.model import (
    Condition, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent, Rule, Ruleset,
)
from procesregels.ruleset.loader import load_ruleset
from procesregels.core.vocabulary import standard

COUNCIL_DECIDES = Event(type="steps", kind="decision", owner="council")
ANY_DECISION = Event(type="steps", kind="decision")
ANY_MEETING = Event(type="steps", kind="meeting")
EXECUTIVE_DRAFTS = Event(type="steps", kind="draft", owner="executive")


def weeks(n: int) -> Duration:
    return Duration(amount=n, unit="week")


def one(rule_id: str, body, when=()) -> Ruleset:
    return Ruleset(title=rule_id, rules=(Rule(id=rule_id, title=rule_id, body=body, when=tuple(when)),))


def fails(ruleset: Ruleset, yaml_text: str) -> bool:
    plan = parse_plan(yaml_text, "example.yaml", ruleset.vocabulary())
    return lint_plan(ruleset, plan).failed


def assert_examples_hold(comparison) -> None:
    for example in comparison.examples:
        text = example_yaml(example)
        passing = comparison.a if example.passes == "a" else comparison.b
        failing = comparison.a if example.fails == "a" else comparison.b
        assert not fails(passing, text), text
        assert fails(failing, text), text


# Stricter pairs of every template: A's rule is stricter than B's; the example must pass B and fail A.
STRICTER_PAIRS = [
    (InvolvementBefore(who=("residents",), level="advise", event=COUNCIL_DECIDES),
     InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES)),
    (InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES),
     InvolvementBefore(who=("neighbours",), level="consult", event=COUNCIL_DECIDES)),
    (InvolvementBefore(who=("residents",), level="consult", event=ANY_DECISION),
     InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES)),
    (InvolvementAnywhere(who=("residents",), level="consult"), InvolvementAnywhere(who=("youth",), level="consult")),
    (InfluenceByPhase(who=("residents",), phase="exploration"), InfluenceByPhase(who=("residents",), phase="design")),
    (Response(event=COUNCIL_DECIDES, who=("participants",), level="inform", within=weeks(4)),
     Response(event=COUNCIL_DECIDES, who=("participants",), level="inform", within=weeks(8))),
    (Response(event=COUNCIL_DECIDES, who=("participants",), level="inform", within=weeks(6)),
     Response(event=COUNCIL_DECIDES, who=("participants",), level="inform")),
    (DurationBound(kind="inspection", bound="min", length=weeks(6)),
     DurationBound(kind="inspection", bound="min", length=weeks(4))),
    (DurationBound(kind="meeting", bound="max", length=Duration(amount=1, unit="day")),
     DurationBound(kind="meeting", bound="max", length=Duration(amount=3, unit="day"))),
    (LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=weeks(3)),
     LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=weeks(1))),
    (RolePresent(role="youth"), RolePresent(role="residents")),
    (Prohibition(event=ANY_DECISION), Prohibition(event=COUNCIL_DECIDES)),
    (EventBefore(first=Event(type="steps", kind="frames", owner="council"), second=Event(type="participation")),
     EventBefore(first=Event(type="steps", kind="frames"), second=Event(type="participation"))),
]


@pytest.mark.parametrize("strict, weak", STRICTER_PAIRS, ids=lambda b: b.template)
def test_stricter_pair_has_a_confirmed_example(strict, weak):
    comparison = add_examples(compare_rulesets(one("A1", strict), one("B1", weak)))
    assert comparison.verdict == "a-stricter"
    assert comparison.examples, "no example found"
    assert {(e.passes, e.fails) for e in comparison.examples} == {("b", "a")}
    assert_examples_hold(comparison)


def test_condition_difference_has_an_example():
    body = InvolvementBefore(who=("residents",), level="consult", event=COUNCIL_DECIDES)
    high = Condition(attribute="impact", op="is", value="high")
    comparison = add_examples(compare_rulesets(one("A1", body), one("B1", body, when=(high,))))
    assert comparison.verdict == "a-stricter" and comparison.examples
    assert_examples_hold(comparison)


def test_only_a_rule_has_an_example_and_mirror_keeps_it():
    a = Ruleset(title="a", rules=(Rule(id="A1", title="t", body=FieldPresent(field="owner")),))
    b = Ruleset(title="b", rules=())
    comparison = add_examples(compare_rulesets(a, b))
    assert [(e.passes, e.fails, e.a_rule) for e in comparison.examples] == [("b", "a", "A1")]
    assert_examples_hold(comparison)


# Pairs where one side has error rules the other lacks (the own rules of vng-model and amsterdam are
# warnings, so those two alone claim nothing stricter and need no example plan).
@pytest.mark.parametrize("a, b", [("national", "zwolle"), ("amsterdam", "zwolle"),
                                  ("zwolle", "legacy-inspraak"), ("national", "legacy-inspraak")])
def test_bundled_examples_hold(a, b):
    comparison = add_examples(compare_rulesets(load_ruleset(a), load_ruleset(b)))
    assert comparison.examples
    assert_examples_hold(comparison)


def test_every_claimed_stricter_pair_of_national_and_zwolle_is_shown():
    # vng-model has only warnings (interpretations), so it claims nothing stricter; zwolle does.
    comparison = add_examples(compare_rulesets(load_ruleset("national"), load_ruleset("zwolle")))
    shown = {(e.a_rule, e.b_rule) for e in comparison.examples}
    claimed = {(p.a and p.a.id, p.b and p.b.id) for p in comparison.rules
               if p.verdict in ("a-stricter", "b-stricter", "only-a", "only-b")
               and (p.a or p.b).severity == "error" and (p.verdict.endswith("stricter") or not (p.a or p.b).when)}
    assert claimed and claimed <= shown


@pytest.mark.parametrize("body", [strict for strict, _ in STRICTER_PAIRS], ids=lambda b: b.template)
def test_breaking_plan_breaks_the_rule(body):
    rule = Rule(id="X1", title="x", body=body)
    data = breaking_plan(rule, standard())
    assert data is not None
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    assert fails(one("X1", body), text)


def test_to_yaml_data_round_trips():
    text = "plan: P\nactors:\n  bewoners: {role: inwoners}\nsteps:\n  - id: a\n    kind: enquête\n" \
           "    participants: {bewoners: raadplegen}\n    date: 2026-01-05\n  - id: b\n    kind: besluit\n" \
           "    start: 2026-02-01\n    end: 2026-02-03\n    after: [a]\n"
    plan = parse_plan(text, "p.yaml", standard())
    data = to_yaml_data(plan)
    assert data["actors"] == {"bewoners": {"role": "residents"}}
    assert data["steps"][0]["kind"] == "survey" and data["steps"][0]["date"] == "2026-01-05"
    assert data["steps"][1]["start"] == "2026-02-01" and data["steps"][1]["end"] == "2026-02-03"
    again = parse_plan(yaml.safe_dump(data), "p.yaml", standard())
    assert again.steps == plan.steps
