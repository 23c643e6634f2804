"""Strict verdicts about the end of a phase (`phase P ends`) and the example plans that show them.

Found by the thorough profile of "a strict verdict has a confirming example plan"
(test_compare_witnesses.py) and by sampling the same property over the three templates with an
event; each is kept as a plain test. The example is checked once more here: read through the plan
loader and linted on both sides, it passes the weaker ruleset and fails the stricter one.
"""

from __future__ import annotations

import pytest

from forms import ruleset_of
from procesregels.comparison.compare import compare_rulesets, merged_vocabulary
from procesregels.engine.run import lint_plan
from procesregels.example_plans.build import add_examples, load_data
from procesregels.ruleset.model import (
    Condition, Duration, Event, InvolvementBefore, LeadTime, Response, Rule,
)

IMPLEMENTATION_ENDS = Event(type="phase-ends", phase="implementation")
EVALUATION_ENDS = Event(type="phase-ends", phase="evaluation")
LOW = Condition(attribute="impact", op="is", value="low")
WEEK = Duration(amount=1, unit="week")


def _shown_by_its_example(a_rule: Rule, b_rule: Rule, verdict: str) -> None:
    a, b = ruleset_of(a_rule), ruleset_of(b_rule)
    comparison = compare_rulesets(a, b)
    assert comparison.verdict == verdict
    side = {"a-stricter": "a", "b-stricter": "b"}[verdict]
    strict, weak = (a, b) if side == "a" else (b, a)
    examples = [e for e in add_examples(comparison).examples if e.fails == side]
    assert examples, "a strict verdict without an example plan"
    plan = load_data(examples[0].plan, merged_vocabulary(a, b))
    assert plan is not None
    assert not lint_plan(weak, plan).failed
    assert lint_plan(strict, plan).failed


def test_an_answer_in_the_last_phase_shows_a_response_after_a_later_end():
    """`when impact is low: after phase evaluation ends, residents and neighbours must each be
    informed` is stricter than the same after phase implementation ends (residents). The search
    answered the implementation's end inside implementation, or not at all; the plan that shows it
    ends with an evaluation step that informs everyone: it answers implementation's end, and
    nothing answers it."""
    a = Rule(id="A1", title="A1", when=LOW,
             body=Response(event=IMPLEMENTATION_ENDS, who=("residents",), level="inform"))
    b = Rule(id="B1", title="B1", when=LOW,
             body=Response(event=EVALUATION_ENDS, who=("residents", "neighbours"), each=True, level="inform"))
    _shown_by_its_example(a, b, "b-stricter")


def test_participants_answered_after_a_later_end():
    """The same for `participants`, with an exception (`unless budget is at most 5000`)."""
    unless = Condition(attribute="budget", op="at-most", value=5000)
    a = Rule(id="A1", title="A1", unless=unless,
             body=Response(event=IMPLEMENTATION_ENDS, who=("participants",), level="inform"))
    b = Rule(id="B1", title="B1", unless=unless,
             body=Response(event=EVALUATION_ENDS, who=("participants",), level="inform"))
    _shown_by_its_example(a, b, "b-stricter")


@pytest.mark.parametrize("phase", ["initiative", "design"])
def test_participants_answered_in_time_at_the_weaker_level(phase):
    """`after phase P ends, participants must be advised within 1 week` against `... consulted
    ...`: the step that kept the weaker rule met got no participants (a `participants` rule names
    no role to give it), and the feedback that still consulted them came weeks too late."""
    ends = Event(type="phase-ends", phase=phase)
    a = Rule(id="A1", title="A1", body=Response(event=ends, who=("participants",), level="advise", within=WEEK))
    b = Rule(id="B1", title="B1", body=Response(event=ends, who=("participants",), level="consult", within=WEEK))
    _shown_by_its_example(a, b, "a-stricter")


def test_involvement_before_the_end_of_a_phase_is_broken_before_its_last_step():
    """`residents and neighbours must each be informed before phase initiative ends` against
    `neighbours ...`. The engine reads the end of a phase as its last step; the search broke the
    involvement before the first step of the phase, and the sketch's own information step, still
    before the last one, met both rules."""
    ends = Event(type="phase-ends", phase="initiative")
    a = Rule(id="A1", title="A1", body=InvolvementBefore(event=ends, who=("residents", "neighbours"), each=True,
                                                          level="inform"))
    b = Rule(id="B1", title="B1", body=InvolvementBefore(event=ends, who=("neighbours",), level="inform"))
    _shown_by_its_example(a, b, "a-stricter")


@pytest.mark.parametrize("phase", ["initiative", "design", "implementation"])
def test_a_lead_time_before_the_end_of_a_phase_is_timed_against_its_last_step(phase):
    """`residents must be informed at least 1 month before phase P ends` against `... 1 week ...`:
    the tight lead was timed against the first step of the phase, not the last."""
    ends = Event(type="phase-ends", phase=phase)
    month = Rule(id="A1", title="A1", body=LeadTime(event=ends, who=("residents",), level="inform",
                                                     lead=Duration(amount=1, unit="month")))
    week = Rule(id="B1", title="B1", body=LeadTime(event=ends, who=("residents",), level="inform", lead=WEEK))
    _shown_by_its_example(month, week, "a-stricter")


def test_responses_after_the_last_phase_ends_differ_in_no_plan():
    """Found by the thorough profile; compare called A stricter. Evaluation is the last phase, so
    every step with a phase may be its end, and a step is that end for sure only when nothing
    that may be one follows it: such a rule fails exactly when a variant of the plan ends with a
    step that has a phase, whoever must be involved, at what level and how soon."""
    a = Rule(id="A1", title="A1", body=Response(event=EVALUATION_ENDS, who=("youth",), themselves=True,
                                                level="inform"))
    b = Rule(id="B1", title="B1", body=Response(event=EVALUATION_ENDS, who=("youth",), level="inform"))
    assert compare_rulesets(ruleset_of(a), ruleset_of(b)).verdict == "same"
