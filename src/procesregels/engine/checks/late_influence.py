"""Built-in: late influence (docs/spec/LANGUAGE.md section 7).

A participation step that gives influence (consult or higher) and that, in some execution where it
happens, is before no decision step that happens: its input cannot reach a decision (it comes
after the last decision, or runs beside the decisions). Rule id `late-influence`, severity
warning. A plan without any decision step gets one info finding instead: influence could not be
checked.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.engine.checks._common import Hit, witness

RULE_ID = "late-influence"


def check(graph: PlanGraph) -> list[Hit]:
    decisions = graph.steps_of("decision")
    if not decisions:
        return [Hit(category="late-influence", step=None, message="finding.late-influence.no-decision",
                    hint="hint.late-influence.no-decision")]
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        execution = late_execution(graph, q, decisions)
        if execution is None:
            continue
        step = graph.steps[q]
        end = graph.end(q) if graph.plan.order == "dates" else None  # a date is then enough
        hits.append(Hit(
            category="late-influence",
            step=step.id,
            message="finding.late-influence",
            args=(("step", step.id), ("title", step.label)),
            hint="hint.late-influence.dates" if end else "hint.late-influence",
            hint_args=(("step", step.id),) + ((("end", end.isoformat()),) if end else ()),
            witness=witness(graph, execution, q),
        ))
    return hits


def late_execution(graph: PlanGraph, q: int, decisions: int):
    """An execution in which step q happens and no decision step after it happens."""
    return graph.find_execution(1 << q, graph.descendants[q] & decisions)
