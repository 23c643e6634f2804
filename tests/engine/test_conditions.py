"""Three-valued conditions (docs/spec/LANGUAGE.md 4b, 5): the engine's evaluation equals the
reference's Kleene logic, names the clauses that decided it, and `compare`'s proof that one
condition covers another holds on every plan it is tried on."""

from __future__ import annotations

from hypothesis import assume, given, strategies as st

from procesregels.comparison.conditions import covers
from procesregels.core.vocabulary import standard
from procesregels.engine.conditions import evaluate, rule_truth
from procesregels.plan.model import Plan
from procesregels.ruleset.model import AllOf, Condition, InvolvementAnywhere, Not, Rule, Ruleset, clauses
from reference import Reference
from test_engine_reference import expressions

ATTRIBUTES = st.fixed_dictionaries({}, optional={
    "impact": st.sampled_from(["low", "medium", "high", "enorm"]),
    "budget": st.one_of(st.integers(0, 3_000_000), st.sampled_from([1000000, "veel"])),
    "domain": st.sampled_from(["Ruimte", "zorg", "500", 500]),
    "oppervlakte": st.sampled_from([0, 0.5, 1, 2.25, 3, "groot", None]),
})
BODY = InvolvementAnywhere(who=("residents",), level="consult")


def _reference(attributes) -> Reference:
    plan = Plan(plan="p", attributes=attributes, actors={}, steps=())
    return Reference(Ruleset(title="t"), plan)


@given(expressions, ATTRIBUTES)
def test_evaluation_equals_the_reference(expression, attributes):
    assert evaluate(expression, attributes, standard()).value == _reference(attributes).truth(expression)


@given(st.one_of(st.none(), expressions), st.one_of(st.none(), expressions), ATTRIBUTES)
def test_when_and_unless(when, unless, attributes):
    rule = Rule(id="R1", title="t", when=when, unless=unless, body=BODY)
    reference = _reference(attributes)
    want = True if when is None else reference.truth(when)
    exception = False if unless is None else reference.truth(unless)
    kleene = False if False in (want, not exception if exception is not None else None) else (
        None if None in (want, exception) else True)
    assert rule_truth(rule, attributes, standard()).value == kleene


@given(expressions, ATTRIBUTES)
def test_the_deciding_clauses_decide(expression, attributes):
    """Unknown names only clauses on attributes the plan lacks; a definite verdict is the verdict
    of its deciding clauses alone, whatever the other clauses say."""
    verdict = evaluate(expression, attributes, standard())
    assert verdict.clauses and set(verdict.clauses) <= set(clauses(expression))
    reference = _reference(attributes)
    if verdict.value is None:
        assert all(reference.clause(c) is None for c in verdict.clauses)
        assert verdict.missing
    else:
        # the plan with only the named clauses' attributes (every other clause unknown) gets the
        # same verdict: the named clauses alone decide it
        named = {c.attribute.lower() for c in verdict.clauses}
        only_named = {k: v for k, v in attributes.items() if k.lower() in named}
        assert evaluate(expression, only_named, standard()).value == verdict.value


def _loadable(attributes, vocabulary) -> bool:
    """Whether a plan with these attributes loads: a declared attribute has one of its values, or a
    number where it is declared a number (the plan loader refuses anything else, with a message)."""
    for name, value in attributes.items():
        declared = vocabulary.attributes.get(name, ())
        if declared is None and not (isinstance(value, (int, float)) and not isinstance(value, bool)):
            return False
        if declared and value not in declared:
            return False
    return True


@given(expressions, expressions, ATTRIBUTES)
def test_a_proven_cover_holds_on_every_plan(x, y, attributes):
    """x covers y: wherever y is true, x is true, on every plan that loads (only a true condition
    can make a plan fail; where a condition is unknown a breach is undetermined, a warning). A
    value the loader refuses (`impact: enorm`) is no plan: compare proves covers over the values a
    plan can give (docs/decisions.md)."""
    assume(_loadable(attributes, standard()))
    if covers(x, y, standard()) and evaluate(y, attributes, standard()).value is True:
        assert evaluate(x, attributes, standard()).value is True


def test_covers_examples():
    v = standard()
    more = Condition(attribute="bouwhoogte", op="more-than", value=25)
    least = Condition(attribute="bouwhoogte", op="at-least", value=25)
    begroting = Condition(attribute="instrument", op="is", value="begroting")
    high = Condition(attribute="impact", op="is", value="high")
    assert covers(least, more, v) and not covers(more, least, v)
    assert covers(high, AllOf(parts=(high, Not(part=begroting))), v)
    assert not covers(AllOf(parts=(high, Not(part=begroting))), high, v)
    assert covers(None, high, v) and not covers(high, None, v)


def test_a_cover_over_the_values_a_plan_can_give():
    """Found by the thorough profile: `impact is low` covers `impact is not at least low`, because
    no impact a plan can give (low, medium, high) makes the second true; `enorm` would, but a plan
    with it does not load."""
    v = standard()
    low = Condition(attribute="impact", op="is", value="low")
    below_low = Not(part=Condition(attribute="impact", op="at-least", value="low"))
    assert covers(low, below_low, v)
    assert all(evaluate(below_low, {"impact": value}, v).value is False for value in v.attributes["impact"] or ())
    assert not _loadable({"impact": "enorm"}, v)
