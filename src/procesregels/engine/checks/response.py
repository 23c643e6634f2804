"""Response after an event, with or without a deadline (sentences 7, 8).

    after the council decides, participants must be informed within 6 weeks
    nadat de raad besluit, moeten deelnemers binnen 6 weken geïnformeerd worden

For every step E of the event that happens, a step that involves WHO at LEVEL happens after E;
with `within N`, that step starts at most N after E ends. For `participants` the rule is met for
each stakeholder actor that took part in the execution: a step reaches the actor itself or an
actor of a strictly broader role.

Passes: a feedback step informing every stakeholder actor lists the decision in `after` and is
dated within the deadline.
Fails: the feedback is optional, misses a group, or is dated too late. A missing date on either
side makes the rule undetermined when only that step could meet the deadline.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Rule
from procesregels.core.durations import shift
from procesregels.engine.checks._common import Hit, audiences, judge, step_breach, triggers, who_args


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    _, maybe = graph.event_members(body.event)
    groups = audiences(graph, body.who, body.level)
    hits = []
    for trigger in triggers(graph, body.event):
        e = trigger.step
        after = graph.descendants[e]
        candidates = _in_time(graph, e, after, body.within)
        verdict = judge(graph, trigger, groups, candidates)
        if verdict is None:
            continue
        args = who_args(body.who, body.level, verdict.actor)
        key = "response"
        if body.within is not None:
            args += (("period", f"{body.within.amount} {body.within.unit}"),)
            key = "response.within"
        # a missing phase decides whether e is the event at all; otherwise a missing date decides
        field = "phase" if maybe >> e & 1 or trigger.block_certain != trigger.block_possible else "date"
        lacking = (1 << e if graph.end(e) is None else 0) | (verdict.unknown & graph.no_start)
        hits.append(step_breach(graph, rule, key, e, verdict, args, args, field=field, lacking=lacking))
    return hits


def _in_time(graph: PlanGraph, e: int, after: int, within):
    """(good, unknown) among the fulfilling steps after E: without a deadline all are good;
    with one, a missing end of E or start of the step leaves it unknown."""
    if within is None:
        return lambda fulfil: (after & fulfil, 0)
    end = graph.end(e)
    if end is None:
        return lambda fulfil: (0, after & fulfil)
    deadline = graph.started_by(shift(end, within.amount, within.unit))
    return lambda fulfil: (after & fulfil & deadline, after & fulfil & graph.no_start)
