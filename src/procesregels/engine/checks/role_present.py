"""A role the plan must include (sentence 14).

    the plan must include youth
    het plan moet jongeren bevatten

The plan has an actor whose role is that role or a narrower one (an actor of all residents does
not count for youth: it is broader). Its breach is a `missing-role` finding about the plan.

Passes: the plan has an actor `jongerenraad: {role: youth}`.
Fails: the plan only has `bewoners: {role: residents}`.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Rule
from procesregels.engine.checks._common import Hit


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    role = rule.body.role
    if any(graph.vocabulary.role_covers(role, actor.role) for actor in graph.plan.actors.values()):
        return []
    return [Hit(
        category="missing-role",
        step=None,
        message="finding.role-present",
        args=(("role", role),),
        hint="hint.role-present",
        hint_args=(("role", role),),
    )]
