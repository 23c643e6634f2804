"""No participation after an event (sentence 15).

    no participation after the council decides
    geen participatie nadat de raad besluit

In no execution does a participation step that gives influence (consult or higher) happen after a
step of the event. Informing people afterwards is allowed. The breach is a `late-influence`
finding at the participation step, with the variant and the chain of steps from the nearest
event step before it (the one last in the order of `after` links) to the step itself.

Passes: the only step after the decision informs residents of the outcome.
Fails: a consultation evening lists the decision in its `after`.
"""

from __future__ import annotations

from ..graph import PlanGraph, iter_steps
from ..rules import Rule
from ._common import Hit, undetermined_hit, witness


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    definite, maybe = graph.event_members(rule.body.event)
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        step = graph.steps[q]
        before = graph.ancestors[q]
        execution = graph.find_execution(1 << q, 0, before & definite)
        if execution is not None:
            # the event step nearest before q (last in the order of `after` links) that happens
            via = (before & definite & graph.happening(execution)).bit_length() - 1
            hits.append(Hit(
                category="late-influence",
                step=step.id,
                message="finding.prohibition",
                args=(("step", step.id), ("title", step.label), ("event_step", graph.steps[via].id)),
                hint="hint.prohibition",
                hint_args=(("step", step.id), ("event_step", graph.steps[via].id)),
                witness=witness(graph, execution, q, start=via),
            ))
        elif graph.find_execution(1 << q, 0, before & maybe) is not None:
            hits.append(undetermined_hit(graph, rule.id, step.id, "phase", before & maybe))
    return hits
