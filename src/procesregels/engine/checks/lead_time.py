"""Lead time before an event (sentence 11).

    residents must be informed at least 2 weeks before any meeting
    inwoners moeten ten minste 2 weken voor elke bijeenkomst geïnformeerd worden

For every step E of the event that happens, a step P that involves WHO at LEVEL happens, is before
E (through `after` links), and starts at least N before E starts. A missing start date on either
side makes the rule undetermined when only that step could give the lead time.

Passes: an invitation step informing residents is in the meeting's `after` chain and is dated at
least two weeks before it.
Fails: nothing informs residents before the meeting, or the invitation is too late or optional.
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
        before = graph.ancestors[e]
        start = graph.start(e)
        if start is None:
            candidates = lambda fulfil, before=before: (0, before & fulfil)  # noqa: E731
        else:
            ahead = graph.started_by(shift(start, -body.lead.amount, body.lead.unit))
            candidates = lambda fulfil, before=before, ahead=ahead: (  # noqa: E731
                before & fulfil & ahead, before & fulfil & graph.no_start)
        verdict = judge(graph, trigger, groups, candidates)
        if verdict is None:
            continue
        args = who_args(body.who, body.level, verdict.actor) + (
            ("period", f"{body.lead.amount} {body.lead.unit}"),)
        # a missing phase decides whether e is the event at all; otherwise a missing date decides
        field = "phase" if maybe >> e & 1 or trigger.block_certain != trigger.block_possible else "date"
        lacking = (1 << e if start is None else 0) | (verdict.unknown & graph.no_start)
        hits.append(step_breach(graph, rule, "lead-time", e, verdict, args, args, field=field, lacking=lacking))
    return hits
