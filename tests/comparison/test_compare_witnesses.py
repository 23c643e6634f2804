"""Properties of `compare` over every form of the language (docs/spec/LANGUAGE.md 4 and 4b: and/or/not/
unless, strict bounds, decimals, declared attributes, `themselves`, `and` lists, `the last KIND`):

- a proven order agrees with the engine on random plans (never a wrong strict or `same` claim);
- a strict verdict has a confirming example plan: `a-stricter` says that some plan passes B and
  fails A, and the example search must find one that the engine confirms (issue 17);
- no plan the example search generates contradicts a verdict.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from forms import BODY_STRATEGIES, assert_no_example_contradicts, assert_plan_agrees, conditions, rule, ruleset_of
from procesregels.comparison.compare import compare_rulesets
from test_compare_properties import plans


def _pair(data, template: str, with_conditions=conditions):
    strategy = BODY_STRATEGIES[template]
    a = ruleset_of(data.draw(rule("A1", strategy, with_conditions)))
    b = ruleset_of(data.draw(rule("B1", strategy, with_conditions)))
    return a, b


@pytest.mark.parametrize("template", sorted(BODY_STRATEGIES))
@given(data=st.data())
def test_a_strict_verdict_has_a_confirming_example_plan(template, data):
    """Every template, with and without conditions: a strict verdict comes with an example plan
    that passes the weaker side and fails the stricter one, confirmed by the engine."""
    from procesregels.example_plans.build import add_examples

    a, b = _pair(data, template)
    comparison = compare_rulesets(a, b)
    strict = {"a-stricter": "a", "b-stricter": "b"}.get(comparison.verdict)
    if strict is None:
        return
    examples = add_examples(comparison).examples
    assert any(e.fails == strict for e in examples), (comparison.verdict, a.rules[0], b.rules[0])


@pytest.mark.parametrize("template", sorted(BODY_STRATEGIES))
@given(data=st.data(), plan_text=plans())
def test_a_verdict_on_new_forms_agrees_with_the_engine(template, data, plan_text):
    """A verdict is a proof or `incomparable`: when it says A is at least as strict, no plan passes
    A and fails B (random plans, with the declared and undeclared attributes of the conditions)."""
    import yaml

    from procesregels.plan.loader import parse_plan

    a, b = _pair(data, template)
    verdict = compare_rulesets(a, b).rules[0].verdict
    assume(verdict != "incomparable")
    plan_data = yaml.safe_load(plan_text)
    extra = data.draw(st.fixed_dictionaries({}, optional={
        "instrument": st.sampled_from(["omgevingsplan", "omgevingsvisie", "begroting"]),
        "bouwhoogte": st.sampled_from([0.5, 12, 20, 25, 25.5, 30])}))
    plan_data.setdefault("attributes", {}).update(extra)
    plan = parse_plan(yaml.safe_dump(plan_data, sort_keys=False), "p.yaml", a.vocabulary())
    assert_plan_agrees(a, b, verdict, plan)


@pytest.mark.parametrize("template", sorted(BODY_STRATEGIES))
@given(data=st.data())
def test_no_generated_plan_contradicts_a_verdict_on_new_forms(template, data):
    """The example search, aimed at breaking the rule judged weaker (or equal) while keeping the
    other met, must never find a plan that passes the stricter side and fails it."""
    a, b = _pair(data, template)
    verdict = compare_rulesets(a, b).rules[0].verdict
    assert_no_example_contradicts(a, b, verdict)


def test_a_phase_beyond_the_sketch_gets_a_step_so_the_strict_verdict_has_its_plan():
    """Found by the property above: `before phase evaluation starts` was never exercised, because
    the example sketch ends in implementation; both rules held vacuously and no plan was found."""
    from procesregels.example_plans.build import add_examples
    from procesregels import parse_ruleset

    def one(level: str):
        return parse_ruleset(f'ruleset "{level}"\nrule R1 "r"\n  when budget is at most 1000: residents '
                             f"must be {level} before phase evaluation starts\n", "r.rules")

    comparison = compare_rulesets(one("informed"), one("consulted"))
    assert comparison.verdict == "b-stricter"
    assert any(e.fails == "b" for e in add_examples(comparison).examples)


def test_a_long_lead_before_a_phase_gets_room_so_the_strict_verdict_has_its_plan():
    """Found by the property above: six months before phase implementation could not be met in
    the example sketch (its steps lie two months apart), so an and-list against the same groups
    with `or` had no confirming plan."""
    from procesregels import parse_ruleset
    from procesregels.example_plans.build import add_examples

    def one(groups: str):
        return parse_ruleset(f'ruleset "r"\nrule R1 "r"\n  unless budget is at least 5000: {groups} must be '
                             "consulted at least 6 months before phase implementation starts\n", "r.rules")

    comparison = compare_rulesets(one("residents or neighbours"), one("residents and neighbours"))
    assert comparison.verdict == "b-stricter"
    assert any(e.fails == "b" for e in add_examples(comparison).examples)


def _example_fails(a_rule, b_rule) -> set[str]:
    from procesregels.example_plans.build import add_examples
    from procesregels.ruleset.model import Ruleset

    comparison = compare_rulesets(Ruleset(title="a", rules=(a_rule,)), Ruleset(title="b", rules=(b_rule,)))
    assert comparison.verdict == "a-stricter"
    return {e.fails for e in add_examples(comparison).examples}


def test_an_answer_to_the_end_of_a_phase_comes_in_a_later_phase():
    """Found by the thorough profile: `after phase implementation ends, residents must be informed`
    against `... residents or neighbours ...`. The example's answering step was put in the
    implementation phase, so it was itself part of the event and needed an answer of its own."""
    from procesregels.ruleset.model import Event, Response, Rule

    ends = Event(type="phase-ends", phase="implementation")
    residents = Rule(id="A1", title="A1", body=Response(event=ends, who=("residents",), level="inform"))
    either = Rule(id="B1", title="B1", body=Response(event=ends, who=("residents", "neighbours"), level="inform"))
    assert _example_fails(residents, either) == {"a"}


def test_a_rule_of_one_ruleset_only_gets_a_plan_where_the_other_s_rules_do_not_apply():
    """Found by the thorough profile: A1 (budget at most 1000, or low impact and an omgevingsplan)
    and B1 (budget at most 1000) ask different groups, so each is in one ruleset only; A is
    stricter, shown by a plan with low impact and an omgevingsplan but no budget that B1 applies to."""
    from procesregels.ruleset.model import AllOf, AnyOf, Condition, Duration, Event, LeadTime, Rule

    budget = Condition(attribute="budget", op="at-most", value=1000)
    low_plan = AllOf(parts=(Condition(attribute="impact", op="is", value="low"),
                            Condition(attribute="instrument", op="is", value="omgevingsplan")))
    day = Duration(amount=1, unit="day")
    starts = Event(type="participation")
    a_rule = Rule(id="A1", title="A1", when=AnyOf(parts=(budget, low_plan)),
                  body=LeadTime(who=("residents",), level="consult", event=starts, lead=day))
    b_rule = Rule(id="B1", title="B1", when=budget, body=LeadTime(who=("businesses",), level="consult", event=starts, lead=day))
    assert _example_fails(a_rule, b_rule) == {"a"}


def test_a_longer_lead_time_is_shown_when_the_group_is_only_informed_before_the_event():
    """Found by the thorough profile: youth advised a week before any meeting against a day before.
    The plan the search starts from informs the youth before the first meeting, below `advise`,
    so the timing guess had no step to move; it now raises that step to the rule's level."""
    from procesregels.ruleset.model import Duration, Event, LeadTime, Rule

    meeting = Event(type="steps", kind="meeting")
    week = Rule(id="A1", title="A1", body=LeadTime(who=("youth",), level="advise", event=meeting,
                                                  lead=Duration(amount=1, unit="week")))
    day = Rule(id="B1", title="B1", body=LeadTime(who=("youth",), level="advise", event=meeting,
                                                 lead=Duration(amount=1, unit="day")))
    assert _example_fails(week, day) == {"a"}


def test_participants_take_part_in_the_event_their_rule_asks_an_answer_to():
    """Found by the thorough profile: `after phase initiative starts, participants must be
    informed` against a rule whose condition is true for no plan (`when impact is low and impact
    is medium`), which constrains nothing. The search removed every participant after the event,
    so no stakeholder took part and the `participants` rule held for want of participants; the
    stakeholders now take part in the event step itself, and nothing after it answers them."""
    from procesregels.comparison.compare import compare_rulesets
    from procesregels.example_plans.build import add_examples
    from procesregels.ruleset.model import AllOf, Condition, Event, Response, Rule

    never = AllOf(parts=(Condition(attribute="impact", op="is", value="low"),
                         Condition(attribute="impact", op="is", value="medium")))
    a = Rule(id="A1", title="A1", when=never,
             body=Response(event=Event(type="steps", kind="decision"), who=("participants",), level="inform"))
    b = Rule(id="B1", title="B1",
             body=Response(event=Event(type="phase-starts", phase="initiative"), who=("participants",), level="inform"))
    comparison = compare_rulesets(ruleset_of(a), ruleset_of(b))
    assert comparison.verdict == "b-stricter"
    assert any(e.fails == "b" for e in add_examples(comparison).examples)
