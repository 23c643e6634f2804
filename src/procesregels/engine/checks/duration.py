"""Minimum or maximum duration (sentences 9, 10).

    every inspection must last at least 6 weeks
    elke terinzagelegging moet ten minste 6 weken duren

Every step of that kind (or a narrower kind) lasts at least (at most) N. Both dates count: a step
from 2026-01-01 to 2026-01-07 lasts 7 days, one week. N months are calendar months: a step lasts
at least N months when the day after its end is on or after its start moved N months (so
1 March to 31 May lasts 3 months; 31 January + 1 month is the last day of February). A step
without a start or an end is undetermined.

Passes: an inspection from 2026-03-02 to 2026-04-12 (6 weeks).
Fails: an inspection from 2026-03-02 to 2026-04-11 (41 days).
"""

from __future__ import annotations

import datetime as dt

from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.ruleset.model import Rule
from procesregels.core.durations import shift
from procesregels.engine.checks._common import Hit, undetermined_hit


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    hits = []
    for i in iter_steps(graph, graph.steps_of(body.kind)):
        if not graph.can_happen(i):
            continue
        step = graph.steps[i]
        start, end = graph.start(i), graph.end(i)
        if start is None or end is None:
            hits.append(undetermined_hit(graph, rule.id, step.id, "date", 1 << i))
            continue
        if not lasts(start, end, body.bound, body.length):
            hits.append(Hit(
                category="violation",
                step=step.id,
                message=f"finding.duration.{body.bound}",
                args=(("step", step.id), ("title", step.label), ("days", (end - start).days + 1),
                      ("period", f"{body.length.amount} {body.length.unit}")),
                hint=f"hint.duration.{body.bound}",
                hint_args=(("step", step.id), ("period", f"{body.length.amount} {body.length.unit}")),
            ))
    return hits


def lasts(start: dt.date, end: dt.date, bound: str, length) -> bool:
    """Whether a step from `start` to `end` (both days included) meets the bound."""
    day_after = end + dt.timedelta(days=1)
    target = shift(start, length.amount, length.unit)
    return day_after >= target if bound == "min" else day_after <= target
