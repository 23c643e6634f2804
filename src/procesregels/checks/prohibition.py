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

from ..graph import PlanGraph, bits, iter_steps
from ..rules import Rule
from ._common import Hit, undetermined_hit, witness


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    definite, maybe = graph.event_members(rule.body.event)
    if graph.event_boundary(rule.body.event) == "last":
        return _after_last(rule, graph, definite, maybe)
    # Every step of the event, or its first steps: a step of the set before q means that a first
    # one is before q too (order is transitive), so both read the same here.
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        before = graph.ancestors[q]
        execution = graph.find_execution(1 << q, 0, before & definite)
        if execution is not None:
            # the event step nearest before q (last in the order of `after` links) that happens
            via = (before & definite & graph.happening(execution)).bit_length() - 1
            hits.append(_hit(graph, q, via, execution))
        elif graph.find_execution(1 << q, 0, before & maybe) is not None:
            hits.append(undetermined_hit(graph, rule.id, graph.steps[q].id, "phase", before & maybe))
    return hits


def _after_last(rule: Rule, graph: PlanGraph, definite: int, maybe: int) -> list[Hit]:
    """`phase P ends`: q breaks the rule when a *last* step of the set (no step of the set
    happens after it) happens before q. Influence during the phase itself is not after its end."""
    members = definite | maybe
    surely_last = _could_be_last(graph, definite, members)
    maybe_last = _could_be_last(graph, members, definite)
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        before = graph.ancestors[q]
        for m in reversed(bits(before & surely_last)):
            execution = graph.find_execution(1 << q | 1 << m, members & graph.descendants[m])
            if execution is not None:
                hits.append(_hit(graph, q, m, execution))
                break
        else:
            for m in reversed(bits(before & maybe_last)):
                if graph.find_execution(1 << q | 1 << m, definite & graph.descendants[m]) is not None:
                    lacking = maybe & (graph.descendants[m] | 1 << m)
                    hits.append(undetermined_hit(graph, rule.id, graph.steps[q].id, "phase", lacking))
                    break
    return hits


def _could_be_last(graph: PlanGraph, steps: int, blocking: int) -> int:
    """The steps of `steps` that happen in some execution in which no step of `blocking` after
    them happens."""
    found = 0
    for m in bits(steps):
        if graph.find_execution(1 << m, blocking & graph.descendants[m]) is not None:
            found |= 1 << m
    return found


def _hit(graph: PlanGraph, q: int, via: int, execution) -> Hit:
    step, event_step = graph.steps[q], graph.steps[via].id
    return Hit(
        category="late-influence",
        step=step.id,
        message="finding.prohibition",
        args=(("step", step.id), ("title", step.label), ("event_step", event_step)),
        hint="hint.prohibition",
        hint_args=(("step", step.id), ("event_step", event_step)),
        witness=witness(graph, execution, q, start=via),
    )
