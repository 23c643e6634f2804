"""The influence summary of a plan (CLI.md `influence`): for every stakeholder role that an actor
of the plan has, its first influence moment (a step involving that role at consult or higher) in
the execution where that moment comes latest.

"First" and "latest" order steps by phase, then by the plan's order of `after` links (a
topological order, plan order among unordered steps); a step without a phase counts as later than
every phase. When some execution gives the role no influence at all, the moment is None and late.
Otherwise `late` says whether that step is a late-influence step (section 7).
"""

from __future__ import annotations

from ..findings import Influence
from ..graph import PlanGraph, bits


def summary(graph: PlanGraph, late_steps: set[int]) -> tuple[Influence, ...]:
    vocabulary = graph.vocabulary
    roles = sorted({a.role for a in graph.plan.actors.values() if vocabulary.is_stakeholder(a.role)})
    return tuple(_moment(graph, role, late_steps) for role in roles)


def _moment(graph: PlanGraph, role: str, late_steps: set[int]) -> Influence:
    candidates = graph.involving((role,), graph.vocabulary.influence_from)
    if graph.find_execution(0, candidates) is not None:
        return Influence(role=role, first_step=None, phase=None, late=True)
    ordered = sorted(bits(candidates), key=lambda i: (_phase_key(graph, i), i))
    earlier = [0]
    for i in ordered:
        earlier.append(earlier[-1] | (1 << i))
    for k in range(len(ordered) - 1, -1, -1):
        step = ordered[k]
        if graph.find_execution(1 << step, earlier[k]) is not None:
            s = graph.steps[step]
            return Influence(role=role, first_step=s.id, phase=s.phase, late=step in late_steps)
    # Not reached: in an execution with candidates, the one with the smallest key is first there.
    return Influence(role=role, first_step=None, phase=None, late=True)


def _phase_key(graph: PlanGraph, i: int) -> int:
    phase = graph.steps[i].phase
    return graph.vocabulary.phase_rank(phase) if phase is not None else len(graph.vocabulary.phase_order)
