"""Involvement anywhere in the process (sentences 4, 17).

    youth must be consulted
    jongeren moeten geraadpleegd worden

Every execution of the plan has a step that involves WHO at LEVEL or higher.

Passes: a youth panel (or a consultation of all residents, which covers youth) happens in every
variant of the plan.
Fails: the only such step is optional or sits in one option of a choice. The finding is about the
plan as a whole, with the variant of the plan in which nobody reaches WHO.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Rule
from procesregels.engine.checks._common import Hit, audiences, judge, plan_breach, who_args


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    verdict = judge(graph, None, audiences(graph, body.who, body.level), lambda fulfil: (fulfil, 0))
    if verdict is None:
        return []
    args = who_args(body.who, body.level, verdict.actor)
    return [plan_breach(graph, "involvement-anywhere", verdict, args)]
