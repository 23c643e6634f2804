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
from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.core.durations import shift
from procesregels.engine.checks._common import Hit, body_of, undetermined_hit
from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.ruleset.model import Duration, DurationBound, Event, Rule, template_id

MODEL = DurationBound
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("length_step",)

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}.min": {
        "en": "'{step}' ({title}) lasts {period_lasts}, less than {period}",
        "nl": "'{step}' ({title}) duurt {period_lasts}, korter dan {period}",
    },
    f"finding.{ID}.max": {
        "en": "'{step}' ({title}) lasts {period_lasts}, more than {period}",
        "nl": "'{step}' ({title}) duurt {period_lasts}, langer dan {period}",
    },
    f"hint.{ID}.min": {"en": "let '{step}' last at least {period}", "nl": "laat '{step}' ten minste {period} duren"},
    f"hint.{ID}.max": {"en": "let '{step}' last at most {period}", "nl": "laat '{step}' ten hoogste {period} duren"},
    f"compare.template.{ID}-min": {"en": "minimum duration of every {kind}", "nl": "minimale duur van elke {kind}"},
    f"compare.template.{ID}-max": {"en": "maximum duration of every {kind}", "nl": "maximale duur van elke {kind}"},
    f"explain.meaning.{ID}.min": {
        "en": "Every step of kind {kindname} lasts at least {length} (the first and the last day both count).",
        "nl": "Elke stap van de soort {kindname} duurt ten minste {length} (de eerste en de laatste dag tellen allebei mee).",
    },
    f"explain.meaning.{ID}.max": {
        "en": "Every step of kind {kindname} lasts at most {length} (the first and the last day both count).",
        "nl": "Elke stap van de soort {kindname} duurt ten hoogste {length} (de eerste en de laatste dag tellen allebei mee).",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
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
                message=f"finding.{ID}.{body.bound}",
                args=(("step", step.id), ("title", step.label), ("days", (end - start).days + 1),
                      ("period_lasts", f"{(end - start).days + 1} day"),
                      ("period", f"{body.length.amount} {body.length.unit}")),
                hint=f"hint.{ID}.{body.bound}",
                hint_args=(("step", step.id), ("period", f"{body.length.amount} {body.length.unit}")),
            ))
    return hits


def lasts(start: dt.date, end: dt.date, bound: str, length: Duration) -> bool:
    """Whether a step from `start` to `end` (both days included) meets the bound."""
    day_after = end + dt.timedelta(days=1)
    target = shift(start, length.amount, length.unit)
    return day_after >= target if bound == "min" else day_after <= target


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: DurationBound, y: DurationBound, v: Vocabulary, tools: ModuleType) -> list[Any]:
    kinds = tools.compare_event(Event(type="steps", kind=x.kind), Event(type="steps", kind=y.kind), v, use="before")
    return [kinds, tools.compare_bound(x.length, y.length, longer_is_stricter=x.bound == "min", topic=x.bound)]


def always_holds(body: DurationBound, v: Vocabulary) -> bool:
    """`lasts at least 1 day` (or 0 of anything): every step does, since both its first and its
    last day count. Such a rule never fails, so it constrains nothing (compare needs to know)."""
    return body.bound == "min" and (body.length.amount == 0 or (body.length.amount, body.length.unit) == (1, "day"))


def theme(body: DurationBound, v: Vocabulary, tools: ModuleType) -> tuple:
    return (tools.kind_root(body.kind, v), body.bound)


def theme_words(body: DurationBound, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}-{body.bound}", {"kind": body.kind}


def meaning(body: DurationBound, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}.{body.bound}", {"kindname": writer.name("kind", body.kind),
                                                  "length": writer.duration(body.length)}
