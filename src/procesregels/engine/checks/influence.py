"""The influence summary of a plan (docs/spec/CLI.md `influence`): for every stakeholder role that an actor
of the plan has, its first influence moment (a step involving that role at consult or higher) in
the execution where that moment comes latest.

"First" and "latest" compare phases (a step without a phase counts as later than every
phase): the summary takes the latest phase in which some execution gives the role its first
influence, and names the step of that phase, first in the plan, that is such a first influence.
When some execution gives the role no influence at all, the moment is None and late.
Otherwise `late` says whether that step is a late-influence step (section 7).
"""

from __future__ import annotations

from procesregels.engine.findings import Influence
from procesregels.engine.graph import PlanGraph, bits


def summary(graph: PlanGraph, late_steps: set[int]) -> tuple[Influence, ...]:
    vocabulary = graph.vocabulary
    roles = sorted({a.role for a in graph.plan.actors.values() if vocabulary.is_stakeholder(a.role)})
    return tuple(_moment(graph, role, late_steps) for role in roles)


def _moment(graph: PlanGraph, role: str, late_steps: set[int]) -> Influence:
    candidates = graph.involving((role,), graph.vocabulary.influence_from)
    if graph.find_execution(0, candidates) is not None:
        return Influence(role=role, first_step=None, phase=None, late=True)
    by_phase: dict[int, list[int]] = {}
    for i in bits(candidates):
        by_phase.setdefault(_phase_key(graph, i), []).append(i)
    earlier = 0
    keys = sorted(by_phase)
    before_key = {}
    for key in keys:  # the candidates of an earlier phase than `key`
        before_key[key] = earlier
        for i in by_phase[key]:
            earlier |= 1 << i
    for key in reversed(keys):  # the latest phase some execution starts influence in
        for step in sorted(by_phase[key], key=graph.plan_index.__getitem__):
            if graph.find_execution(1 << step, before_key[key]) is not None:
                s = graph.steps[step]
                return Influence(role=role, first_step=s.id, phase=s.phase, late=step in late_steps)
    # Not reached: some execution has a candidate, and one of its earliest phase is first there.
    return Influence(role=role, first_step=None, phase=None, late=True)


def _phase_key(graph: PlanGraph, i: int) -> int:
    phase = graph.steps[i].phase
    return graph.vocabulary.phase_rank(phase) if phase is not None else len(graph.vocabulary.phase_order)
