"""Involvement before an event (sentences 1-3, 16, 18).

    residents must be consulted before the council decides
    inwoners moeten geraadpleegd worden voordat de raad besluit

For every step E of the event that happens, some step that happens is before E (through `after`
links) and involves WHO at LEVEL or higher: a participant whose role is WHO or broader.

Passes: a survey consulting residents is listed in the decision's `after` (directly or through
other steps) and happens in every variant of the plan.
Fails: the only consultation is optional, or in one option of a choice, or runs beside the
decision instead of before it. The finding is at the decision step, with the variant of the plan
that breaks the rule and the chain of steps leading to the decision.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Rule
from procesregels.engine.checks._common import Hit, audiences, judge, step_breach, triggers, who_args


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    groups = audiences(graph, body.who, body.level)
    hits = []
    for trigger in triggers(graph, body.event):
        e = trigger.step
        before = graph.ancestors[e]
        verdict = judge(graph, trigger, groups, lambda fulfil: (before & fulfil, 0))
        if verdict is not None:
            args = who_args(body.who, body.level, verdict.actor)
            hits.append(step_breach(graph, rule, "involvement-before", e, verdict, args, args, field="phase"))
    return hits
