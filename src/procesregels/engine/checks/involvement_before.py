"""Involvement before an event (sentences 1-3, 16, 18).

    residents must be consulted before the council decides
    inwoners moeten geraadpleegd worden voordat de raad besluit

For every step E of the event that happens, some step that happens is before E (through `after`
links) and involves WHO at LEVEL or higher: a participant whose role is WHO or broader.

Passes: a survey consulting residents is listed in the decision's `after` (directly or through
other steps) and happens in every variant of the plan.
Fails: the only consultation is optional, or in one option of a choice, or runs beside the
decision instead of before it. The finding is at the decision step, with the variant of the plan
that breaks the rule and the chain of steps leading to the decision.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import (
    Hit, audiences, body_of, judge, never_met_before, step_breach, triggers, vacuity_aspects, vacuity_messages, who_args,
)
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import InvolvementBefore, Rule, template_id

MODEL = InvolvementBefore
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("kill_before_event", "kill_involvement", "extra_event_first", "event_in_plan")

MESSAGES: dict[str, dict[str, str]] = {
    **vacuity_messages(ID),
    f"finding.{ID}": {
        "en": "'{step}' ({title}) can happen without {roles} being involved at level {level} or higher first",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat {roles} eerst op niveau {level} of hoger betrokken zijn",
    },
    f"finding.{ID}.participant": {
        "en": "'{step}' ({title}) can happen without participant '{actor}' being involved at level {level} or higher first",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat deelnemer '{actor}' eerst op niveau {level} of hoger betrokken is",
    },
    f"hint.{ID}": {
        "en": "add a participation step with {roles} at level {level} or higher before '{step}'",
        "nl": "voeg vóór '{step}' een participatiestap toe met {roles} op niveau {level} of hoger",
    },
    f"hint.{ID}.participant": {
        "en": "add a step with '{actor}' (or a broader group) at level {level} or higher before '{step}'",
        "nl": "voeg vóór '{step}' een stap toe met '{actor}' (of een bredere groep) op niveau {level} of hoger",
    },
    f"compare.template.{ID}": {"en": "involvement before {event}", "nl": "betrokkenheid vóór {event}"},
    f"explain.meaning.{ID}": {
        "en": "Before {event}, a step must happen that involves {who} at level {levelname} or higher. "
        "'Before' means: linked to it through the plan's 'after' lists, in every way the plan can run.",
        "nl": "Vóór {event} moet een stap plaatsvinden die {who} betrekt op niveau {levelname} of hoger. "
        "'Vóór' betekent: ermee verbonden via de 'na'-lijsten van het plan, in elke manier waarop het plan kan lopen.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    groups = audiences(graph, body.who, body.level, body.themselves)
    hits = []
    for trigger in triggers(graph, body.event):
        e = trigger.step
        before = graph.ancestors[e]
        verdict = judge(graph, trigger, groups, _fulfilled_before(before))
        if verdict is not None:
            args = who_args(body.who, body.level, verdict.actor)
            hits.append(step_breach(graph, rule, ID, e, verdict, args, args, field=graph.missing_field(body.event)))
    return hits


def _fulfilled_before(before: int) -> Callable[[int], tuple[int, int]]:
    """(good, unknown) for `judge`: an audience's fulfilling steps among those before the trigger
    (`before`); never unknown. A function of its own so the closure holds this trigger's
    `before`, not the loop's variable."""
    return lambda fulfil: (before & fulfil, 0)


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: InvolvementBefore, y: InvolvementBefore, v: Vocabulary, tools: ModuleType) -> list[Any]:
    special = vacuity_aspects(ID, x, y, v, tools)
    if special is not None:
        return special
    return [tools.compare_who(x, y, v), tools.compare_level(x.level, y.level, v),
            tools.compare_event(x.event, y.event, v, use="before")]


def vacuous(body: InvolvementBefore, v: Vocabulary) -> tuple[str, dict[str, Any]] | None:
    """Why a rule of this template can only hold vacuously (a `check` warning), or None."""
    why = never_met_before(body.who, body.level, body.event, v)
    if why is None:
        return None
    return f"check.{ID}.{why}", {"level": body.level, "phase": v.phase_order[0]}


def theme(body: InvolvementBefore, v: Vocabulary, tools: ModuleType) -> tuple:
    return tools.event_theme(body.event, v)


def theme_words(body: InvolvementBefore, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {"event": event_words(body.event)}


def meaning(body: InvolvementBefore, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"who": writer.who_of(body), "levelname": writer.level(body.level),
                                     "event": describe_event(body.event, writer)}
