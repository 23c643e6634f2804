"""Strict verdicts between `X before Y` rules and the example plans that show them (found by the
thorough profile of "a strict verdict has a confirming example plan", kept as plain tests)."""

from __future__ import annotations

from forms import ruleset_of
from procesregels.comparison.compare import compare_rulesets
from procesregels.ruleset.model import Event, EventBefore, Rule
from test_compare_witnesses_end_events import _shown_by_its_example

COMMITTEE_DECIDES = Event(type="steps", kind="decision", owner="committee")


def test_the_sketch_opens_with_the_first_event_when_frames_are_the_second():
    """`the committee decides before the council sets frames` is stricter than `... before the
    committee sets frames` (a committee is part of the council). The example sketch opened with
    the frames and only then the committee's decision, so it broke both rules before any change;
    its opening steps now follow the rules' `X before Y`."""
    council_frames = Rule(id="A1", title="A1", body=EventBefore(
        first=COMMITTEE_DECIDES, second=Event(type="steps", kind="frames", owner="council")))
    committee_frames = Rule(id="B1", title="B1", body=EventBefore(
        first=COMMITTEE_DECIDES, second=Event(type="steps", kind="frames", owner="committee")))
    _shown_by_its_example(council_frames, committee_frames, "a-stricter")


def test_any_event_before_the_first_phase_starts_is_the_same():
    """Found by the thorough profile; compare called B stricter (a narrower first event). Every
    step with a phase may be the start of the first phase, and a step is that start for sure only
    when nothing that may be one comes before it: both rules fail exactly when a variant of the
    plan starts with a step that has a phase, whatever must come first."""
    starts = Event(type="phase-starts", phase="initiative")
    council = Rule(id="A1", title="A1", body=EventBefore(
        first=Event(type="steps", kind="decision", owner="council"), second=starts))
    committee = Rule(id="B1", title="B1", body=EventBefore(first=COMMITTEE_DECIDES, second=starts))
    assert compare_rulesets(ruleset_of(council), ruleset_of(committee)).verdict == "same"
