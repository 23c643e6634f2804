"""The order of the steps of a plan: `after` links, and with `order: dates` also the dates.

docs/spec/PLAN.md (version 2): with `order: dates`, a dated step A is before a dated step B when A ends
on an earlier day than B starts; this adds to the `after` links. The engine and the loader's
cycle check both take their links from here, so they agree on what "before" means.

The date links are all pairs (a plan with n dated steps has up to n*(n-1)/2 of them); the
option is for plans that people write by hand, and the engine's bitsets take them in stride.
"""

from __future__ import annotations

import bisect
import datetime as dt

from procesregels.plan.model import Plan, Step


def step_dates(step: Step) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of a dated step, None when it has no dates."""
    start = step.start if step.start is not None else step.date
    end = step.end if step.end is not None else step.date
    return (start, end) if start is not None and end is not None else None


def date_links(plan: Plan) -> dict[str, list[str]]:
    """For each dated step B: the dated steps A that end on an earlier day than B starts."""
    dated = sorted((dates[1], index, step.id) for index, step in enumerate(plan.steps)
                   if (dates := step_dates(step)) is not None)
    ends = [end for end, _, _ in dated]
    links: dict[str, list[str]] = {}
    for step in plan.steps:
        dates = step_dates(step)
        if dates is not None:
            earlier = dated[: bisect.bisect_left(ends, dates[0])]
            links[step.id] = [ident for _, _, ident in sorted(earlier, key=lambda item: item[1])]
    return links


def order_links(plan: Plan) -> dict[str, tuple[str, ...]]:
    """Step id -> the steps directly before it: its `after` links, plus its date links when the
    plan orders by dates."""
    if plan.order != "dates":
        return {step.id: step.after for step in plan.steps}
    links = date_links(plan)
    return {step.id: tuple(dict.fromkeys((*step.after, *links.get(step.id, ())))) for step in plan.steps}
