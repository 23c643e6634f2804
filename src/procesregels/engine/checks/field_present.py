"""A field every participation step must have (sentences 12, 13).

    every participation step must have an owner
    elke participatiestap moet een datum hebben

Every participation step (a step with at least one participant) has the field: `owner`, or for
`date` a `date` or a `start`. One finding per step that lacks it, whether or not the step is
optional: a step that may happen still needs to be planned.

Passes: every step with participants names an owner (a date).
Fails: an optional workshop without a date.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.ruleset.model import Rule
from procesregels.engine.checks._common import Hit


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    scope = graph.participation_steps if body.kind is None else graph.steps_of(body.kind)
    hits = []
    for i in iter_steps(graph, scope):
        step = graph.steps[i]
        present = step.owner is not None if body.field == "owner" else graph.start(i) is not None
        if not present:
            hits.append(Hit(
                category="violation",
                step=step.id,
                message=f"finding.field-present.{body.field}",
                args=(("step", step.id), ("title", step.label)),
                hint=f"hint.field-present.{body.field}",
                hint_args=(("step", step.id),),
            ))
    return hits
