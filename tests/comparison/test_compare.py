"""Rule verdicts, pairing and the overall verdict of `compare`, on rules built by hand."""

from __future__ import annotations

import pytest

from procesregels.comparison.compare import compare_rulesets
from procesregels.comparison.render import comparison_json, pair_why
from procesregels.comparison.rules import compare_length, compare_rules
from procesregels.ruleset.model import (
    Condition, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementBefore, LeadTime, Prohibition, Response, RolePresent, Rule, Ruleset,
)
from procesregels.core.vocabulary import standard

V = standard()
COUNCIL_DECIDES = Event(type="steps", kind="decision", owner="council")
ANY_DECISION = Event(type="steps", kind="decision")
ANY_MEETING = Event(type="steps", kind="meeting")
PARTICIPATION = Event(type="participation")


def rule(rule_id: str, body, *, when=(), severity="error", source=None) -> Rule:
    return Rule(id=rule_id, title=f"rule {rule_id}", body=body, when=tuple(when), severity=severity, source=source)


def before(who=("residents",), level="consult", event=COUNCIL_DECIDES):
    return InvolvementBefore(who=tuple(who), level=level, event=event)


def weeks(n: int) -> Duration:
    return Duration(amount=n, unit="week")


def verdict(a, b, when_a=(), when_b=()) -> str:
    return compare_rules(rule("A", a, when=when_a), rule("B", b, when=when_b), V).verdict


# -- one aspect at a time ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, expected", [
    (before(level="advise"), before(level="consult"), "a-stricter"),
    (before(level="inform"), before(level="consult"), "b-stricter"),
    (before(), before(), "same"),
    # residents is met by fewer participants than neighbours: stricter
    (before(who=("residents",)), before(who=("neighbours",)), "a-stricter"),
    (before(who=("residents", "businesses")), before(who=("residents",)), "b-stricter"),
    (before(who=("youth",)), before(who=("neighbours",)), "incomparable"),
    (before(who=("participants",)), before(who=("residents",)), "incomparable"),
    # any decision includes the council's decisions: the rule applies to more steps
    (before(event=ANY_DECISION), before(event=COUNCIL_DECIDES), "a-stricter"),
    (before(event=Event(type="steps", kind="decision", owner="committee")), before(), "b-stricter"),
    (before(event=Event(type="phase-starts", phase="design")),
     before(event=Event(type="phase-starts", phase="exploration")), "b-stricter"),
    # phases start and end at a moment: before an earlier start is stricter; two ends cannot be
    # ordered (the end of design may lie beside the end of exploration, or exist without it)
    (before(event=Event(type="phase-ends", phase="design")),
     before(event=Event(type="phase-ends", phase="exploration")), "incomparable"),
    # mixed: higher level but narrower event
    (before(level="advise"), before(event=ANY_DECISION), "incomparable"),
])
def test_involvement_before(a, b, expected):
    assert verdict(a, b) == expected


def response(within=None, event=COUNCIL_DECIDES, level="inform"):
    return Response(event=event, who=("participants",), level=level, within=within)


@pytest.mark.parametrize("a, b, expected", [
    (response(weeks(4)), response(weeks(6)), "a-stricter"),
    (response(None), response(weeks(6)), "b-stricter"),
    (response(None), response(None), "same"),
    (response(weeks(4)), response(Duration(amount=1, unit="month")), "a-stricter"),
    (response(Duration(amount=30, unit="day")), response(Duration(amount=1, unit="month")), "incomparable"),
    (response(Duration(amount=14, unit="day")), response(weeks(2)), "same"),
    (response(weeks(4), event=ANY_DECISION), response(weeks(6)), "a-stricter"),
    (response(weeks(4)), response(weeks(6), event=ANY_DECISION), "incomparable"),
    # after a later end is stricter; starts cannot be ordered (a later one may not exist), nor
    # moments with a term in days
    (response(None, event=Event(type="phase-ends", phase="design")),
     response(None, event=Event(type="phase-ends", phase="initiative")), "a-stricter"),
    (response(None, event=Event(type="phase-starts", phase="design")),
     response(None, event=Event(type="phase-starts", phase="initiative")), "incomparable"),
    (response(weeks(2), event=Event(type="phase-ends", phase="design")),
     response(weeks(2), event=Event(type="phase-ends", phase="initiative")), "incomparable"),
])
def test_response_deadline(a, b, expected):
    assert verdict(a, b) == expected


@pytest.mark.parametrize("a, b, expected", [
    (DurationBound(kind="inspection", bound="min", length=weeks(6)),
     DurationBound(kind="inspection", bound="min", length=weeks(4)), "a-stricter"),
    (DurationBound(kind="meeting", bound="max", length=Duration(amount=1, unit="day")),
     DurationBound(kind="meeting", bound="max", length=Duration(amount=2, unit="day")), "a-stricter"),
    (LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=weeks(2)),
     LeadTime(who=("residents",), level="inform", event=ANY_MEETING, lead=weeks(3)), "b-stricter"),
    (InfluenceByPhase(who=("residents",), phase="exploration"),
     InfluenceByPhase(who=("residents",), phase="design"), "a-stricter"),
    (RolePresent(role="youth"), RolePresent(role="residents"), "a-stricter"),
    (RolePresent(role="youth"), RolePresent(role="businesses"), "incomparable"),
    (Prohibition(event=ANY_DECISION), Prohibition(event=COUNCIL_DECIDES), "a-stricter"),
    (Prohibition(event=Event(type="phase-starts", phase="decision")),
     Prohibition(event=Event(type="phase-starts", phase="design")), "b-stricter"),
    (LeadTime(who=("residents",), level="inform", event=Event(type="phase-starts", phase="design"), lead=weeks(2)),
     LeadTime(who=("residents",), level="inform", event=Event(type="phase-starts", phase="decision"), lead=weeks(2)),
     "incomparable"),
    (EventBefore(first=Event(type="steps", kind="frames", owner="council"), second=PARTICIPATION),
     EventBefore(first=Event(type="steps", kind="frames"), second=PARTICIPATION), "a-stricter"),
    (FieldPresent(field="date"), FieldPresent(field="date"), "same"),
    (FieldPresent(field="date"), FieldPresent(field="date", kind="meeting"), "incomparable"),
])
def test_other_templates(a, b, expected):
    assert verdict(a, b) == expected


HIGH = Condition(attribute="impact", op="is", value="high")
BUDGET_1M = Condition(attribute="budget", op="at-least", value=1000000)
BUDGET_2M = Condition(attribute="budget", op="at-least", value=2000000)


@pytest.mark.parametrize("when_a, when_b, expected", [
    ((), (HIGH,), "a-stricter"),  # no condition applies to every plan: strictest
    ((HIGH,), (), "b-stricter"),
    ((BUDGET_1M,), (BUDGET_2M,), "a-stricter"),
    ((BUDGET_1M,), (BUDGET_1M, HIGH), "a-stricter"),
    ((HIGH,), (BUDGET_1M,), "incomparable"),
    ((HIGH,), (Condition(attribute="impact", op="is", value="hoog"),), "same"),
])
def test_when_conditions(when_a, when_b, expected):
    assert verdict(before(), before(), when_a, when_b) == expected


def test_month_lengths_are_ranges():
    assert compare_length(weeks(4), Duration(amount=1, unit="month")) == "<"
    assert compare_length(Duration(amount=31, unit="day"), Duration(amount=1, unit="month")) == ">"
    assert compare_length(Duration(amount=2, unit="month"), Duration(amount=60, unit="day")) == "?"


# -- pairing and the overall verdict --------------------------------------------------------------

def ruleset(*rules: Rule, title="X", path=None) -> Ruleset:
    return Ruleset(title=title, rules=tuple(rules), path=path)


def test_pairs_by_meaning_not_by_id():
    a = ruleset(rule("R1", before(level="advise")), rule("R2", response(weeks(6))))
    b = ruleset(rule("R1", response(weeks(6))), rule("Z9", before(level="consult")))
    result = compare_rulesets(a, b)
    pairs = [(p.a and p.a.id, p.b and p.b.id, p.verdict) for p in result.rules]
    assert pairs == [("R1", "Z9", "a-stricter"), ("R2", "R1", "same")]
    assert result.verdict == "a-stricter"


def test_closest_candidate_wins_and_rest_is_only():
    a = ruleset(rule("R1", before(who=("residents",))), rule("R2", before(who=("neighbours",))))
    b = ruleset(rule("Z1", before(who=("neighbours",))))
    pairs = [(p.a and p.a.id, p.b and p.b.id, p.verdict) for p in compare_rulesets(a, b).rules]
    assert pairs == [("R1", None, "only-a"), ("R2", "Z1", "same")]


def test_redundant_only_rule_does_not_make_a_stricter():
    """neighbours-before is implied by residents-before: both rulesets accept the same plans."""
    a = ruleset(rule("R1", before(who=("residents",))), rule("R2", before(who=("neighbours",))))
    b = ruleset(rule("Z1", before(who=("residents",))))
    assert compare_rulesets(a, b).verdict == "same"


def test_only_rules_decide_the_overall_verdict():
    a = ruleset(rule("R1", before()), rule("R2", RolePresent(role="youth")))
    b = ruleset(rule("Z1", before()))
    assert compare_rulesets(a, b).verdict == "a-stricter"
    assert compare_rulesets(b, a).verdict == "b-stricter"
    c = ruleset(rule("Z1", before()), rule("Z2", FieldPresent(field="owner")))
    assert compare_rulesets(a, c).verdict == "incomparable"


def test_warnings_do_not_constrain_the_overall_verdict():
    a = ruleset(rule("R1", before()), rule("R2", RolePresent(role="youth"), severity="warning"))
    b = ruleset(rule("Z1", before()))
    result = compare_rulesets(a, b)
    assert result.verdict == "same"
    assert result.rules[1].verdict == "only-a"
    assert "does not make a plan fail" in pair_why(result.rules[1], result, "en")


def test_severity_is_reported_but_does_not_change_the_pair_verdict():
    a = ruleset(rule("R1", before(), severity="warning"))
    b = ruleset(rule("Z1", before()))
    result = compare_rulesets(a, b)
    assert result.rules[0].verdict == "same"
    assert result.verdict == "b-stricter"
    why = pair_why(result.rules[0], result, "nl")
    assert "ernst waarschuwing in X, fout in X" in why


def test_lead_time_implies_involvement_before_in_the_proof():
    a = ruleset(rule("R1", LeadTime(who=("residents",), level="consult", event=COUNCIL_DECIDES, lead=weeks(2))))
    b = ruleset(rule("Z1", before()))
    result = compare_rulesets(a, b)
    assert [p.verdict for p in result.rules] == ["only-a", "only-b"]
    assert result.verdict == "a-stricter"


def test_json_has_the_contract_keys():
    a = ruleset(rule("R1", before(level="advise"), source="art. 4 lid 1"), rule("R7", RolePresent(role="youth")),
                title="A", path="rulesets/a.rules")
    b = ruleset(rule("R4", before(), source="art. 3"), title="B", path="rulesets/b.rules")
    data = comparison_json([a, b], [compare_rulesets(a, b)])
    assert data["version"] == 1
    assert data["rulesets"] == [{"name": "a", "path": "rulesets/a.rules"}, {"name": "b", "path": "rulesets/b.rules"}]
    pair = data["pairs"][0]
    assert (pair["a"], pair["b"], pair["verdict"]) == (0, 1, "a-stricter")
    first = pair["rules"][0]
    assert first["a_rule"] == "R1" and first["b_rule"] == "R4" and first["verdict"] == "a-stricter"
    assert first["why"] == "level advise is higher than consult"
    assert (first["a_source"], first["b_source"]) == ("art. 4 lid 1", "art. 3")
    assert pair["rules"][1]["b_rule"] is None and pair["rules"][1]["verdict"] == "only-a"
    assert pair["examples"] == []


def test_only_rule_implied_by_the_other_side_is_marked():
    a = ruleset(rule("R1", before(who=("residents",), event=ANY_DECISION)))
    b = ruleset(rule("Z1", before(who=("neighbours",)), when=(HIGH,)), rule("Z2", RolePresent(role="youth")))
    result = compare_rulesets(a, b)
    pairs = {(p.a and p.a.id, p.b and p.b.id): p for p in result.rules}
    # R1 pairs with Z1 (a-stricter: broader group, event and no condition); Z2 is only in B.
    assert pairs[("R1", "Z1")].verdict == "a-stricter"
    assert pairs[(None, "Z2")].implied_by is None
    c = ruleset(rule("Z1", before(who=("neighbours",)), when=(HIGH,)), rule("Z3", before(who=("neighbours",))))
    marked = {(p.a and p.a.id, p.b and p.b.id): p for p in compare_rulesets(a, c).rules}
    implied = [p for p in marked.values() if p.verdict == "only-b"]
    assert len(implied) == 1 and implied[0].implied_by.id == "R1"
    assert "R1 of X already demands as much" in pair_why(implied[0], compare_rulesets(a, c), "en")
    assert compare_rulesets(a, c).verdict == "a-stricter"


def test_a_condition_on_text_compared_as_number_still_equals_itself():
    odd = Condition(attribute="budget", op="at-least", value="veel")
    assert verdict(before(), before(), (odd,), (odd,)) == "same"
    assert verdict(before(), before(), (odd,), ()) == "b-stricter"


def test_a_declared_list_of_values_is_every_value_a_plan_can_give():
    """`instrument is not begroting` and `instrument is omgevingsplan or ... omgevingsvisie` cover the
    same plans when the ruleset declares exactly these three values (the loader refuses others):
    the same, not a stricter one that no plan could show."""
    from procesregels.ruleset.loader import parse_ruleset

    header = "attribute instrument: omgevingsplan, omgevingsvisie, begroting\n"
    body = "residents must be consulted before any decision"

    def ruleset(condition: str):
        return parse_ruleset(f'ruleset "x"\n{header}rule R1 "r"\n  when {condition}: {body}\n', "x.rules")

    negation = ruleset("instrument is not begroting")
    either = ruleset("instrument is omgevingsplan or instrument is omgevingsvisie")
    assert compare_rulesets(negation, either).verdict == "same"
    undeclared = parse_ruleset(f'ruleset "x"\nattribute instrument: omgevingsplan, omgevingsvisie, begroting, '
                               f'structuurvisie\nrule R1 "r"\n  when instrument is not begroting: {body}\n', "x.rules")
    either_wider = parse_ruleset(f'ruleset "x"\nattribute instrument: omgevingsplan, omgevingsvisie, begroting, '
                                 f'structuurvisie\nrule R1 "r"\n  when instrument is omgevingsplan or instrument is '
                                 f'omgevingsvisie: {body}\n', "x.rules")
    assert compare_rulesets(undeclared, either_wider).verdict == "a-stricter"  # structuurvisie shows it
