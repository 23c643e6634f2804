"""Influence no later than a phase (sentence 5).

    businesses must have influence in phase exploration or earlier
    ondernemers moeten invloed hebben in fase verkenning of eerder

Every execution has a step that involves WHO at level consult or higher and whose phase is the
given phase or an earlier one. A step without a phase might count: when only such steps could
save the rule, it is undetermined (the finding names the steps that lack a phase).

Passes: businesses are consulted in an exploration-phase survey that always happens.
Fails: in one option of a choice, businesses are consulted only in the design phase (or not at
all). The finding is about the plan as a whole, with that variant.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Rule
from procesregels.engine.checks._common import Hit, audiences, judge, plan_breach, undetermined_hit, who_args


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    early = graph.phase_at_most(body.phase)
    groups = audiences(graph, body.who, graph.vocabulary.influence_from)
    verdict = judge(graph, None, groups, lambda fulfil: (fulfil & early, fulfil & graph.maybe_phase))
    if verdict is None:
        return []
    if verdict.category == "undetermined":
        return [undetermined_hit(graph, rule.id, None, "phase", verdict.unknown)]
    args = who_args(body.who, None, verdict.actor) + (("phase", body.phase),)
    return [plan_breach(graph, "influence-by-phase", verdict, args)]
