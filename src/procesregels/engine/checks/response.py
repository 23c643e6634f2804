"""Response after an event, with or without a deadline (sentences 7, 8).

    after the council decides, participants must be informed within 6 weeks
    nadat de raad besluit, moeten deelnemers binnen 6 weken geïnformeerd worden

For every step E of the event that happens, a step that involves WHO at LEVEL happens after E;
with `within N`, that step starts at most N after E ends. For `participants` the rule is met for
each stakeholder actor that took part in the execution: a step reaches the actor itself or an
actor of a strictly broader role.

Passes: a feedback step informing every stakeholder actor lists the decision in `after` and is
dated within the deadline.
Fails: the feedback is optional, misses a group, or is dated too late. A missing date on either
side makes the rule undetermined when only that step could meet the deadline.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Callable

from procesregels.core.vocabulary import Vocabulary
from procesregels.core.durations import shift
from procesregels.engine.checks._common import Hit, audiences, body_of, judge, step_breach, triggers, who_args
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Duration, Response, Rule, template_id

MODEL = Response
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("late_response", "kill_involvement", "extra_event_last")

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participant": {
        "en": "after '{step}' ({title}), participant '{actor}' is not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) wordt deelnemer '{actor}' niet altijd op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.within": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher within {period}",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd binnen {period} op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.within.participant": {
        "en": "after '{step}' ({title}), participant '{actor}' is not always involved at level {level} or higher within {period}",
        "nl": "na '{step}' ({title}) wordt deelnemer '{actor}' niet altijd binnen {period} op niveau {level} of hoger betrokken",
    },
    f"hint.{ID}": {
        "en": "add a step after '{step}' that involves {roles} at level {level} or higher",
        "nl": "voeg na '{step}' een stap toe die {roles} op niveau {level} of hoger betrekt",
    },
    f"hint.{ID}.within": {
        "en": "add a step after '{step}' that involves {roles} at level {level} or higher and starts within {period}",
        "nl": "voeg na '{step}' een stap toe die {roles} op niveau {level} of hoger betrekt en binnen {period} begint",
    },
    f"hint.{ID}.participant": {
        "en": "add a step after '{step}' that involves '{actor}' (or a broader group) at level {level} or higher",
        "nl": "voeg na '{step}' een stap toe die '{actor}' (of een bredere groep) op niveau {level} of hoger betrekt",
    },
    f"hint.{ID}.within.participant": {
        "en": "add a step after '{step}' that involves '{actor}' (or a broader group) at level {level} or higher and starts within {period}",
        "nl": "voeg na '{step}' een stap toe die '{actor}' (of een bredere groep) op niveau {level} of hoger betrekt en binnen {period} begint",
    },
    f"compare.template.{ID}": {"en": "response after {event}", "nl": "terugkoppeling na {event}"},
    f"explain.meaning.{ID}": {
        "en": "After {event}, a step must follow that involves {who} at level {levelname} or higher.",
        "nl": "Na {event} moet een stap volgen die {who} betrekt op niveau {levelname} of hoger.",
    },
    f"explain.meaning.{ID}.within": {
        "en": "After {event}, a step must follow that involves {who} at level {levelname} or higher, "
        "starting at most {within} after that step ends.",
        "nl": "Na {event} moet een stap volgen die {who} betrekt op niveau {levelname} of hoger, "
        "en die uiterlijk {within} na het einde van die stap begint.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    _, maybe = graph.event_members(body.event)
    groups = audiences(graph, body.who, body.level, body.themselves)
    hits = []
    for trigger in triggers(graph, body.event):
        e = trigger.step
        after = graph.descendants[e]
        candidates = _in_time(graph, e, after, body.within)
        verdict = judge(graph, trigger, groups, candidates)
        if verdict is None:
            continue
        args = who_args(body.who, body.level, verdict.actor)
        key = ID
        if body.within is not None:
            args += (("period", f"{body.within.amount} {body.within.unit}"),)
            key = f"{ID}.within"
        # a missing phase or owner decides whether e is the event at all; otherwise a missing date
        membership = maybe >> e & 1 or trigger.block_certain != trigger.block_possible
        field = graph.missing_field(body.event) if membership else "date"
        lacking = (1 << e if graph.end(e) is None else 0) | (verdict.unknown & graph.no_start)
        if field == "owner":  # e itself: whether it is the event depends on its owner
            lacking = 1 << e
        hits.append(step_breach(graph, rule, key, e, verdict, args, args, field=field, lacking=lacking))
    return hits


def _in_time(graph: PlanGraph, e: int, after: int, within: Duration | None) -> Callable[[int], tuple[int, int]]:
    """(good, unknown) among the fulfilling steps after E: without a deadline all are good;
    with one, a missing end of E or start of the step leaves it unknown."""
    if within is None:
        return lambda fulfil: (after & fulfil, 0)
    end = graph.end(e)
    if end is None:
        return lambda fulfil: (0, after & fulfil)
    deadline = graph.started_by(shift(end, within.amount, within.unit))
    return lambda fulfil: (after & fulfil & deadline, after & fulfil & graph.no_start)


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: Response, y: Response, v: Vocabulary, tools: ModuleType) -> list[Any]:
    # without deadlines only the order counts; with one, a term in days counts from the event
    use = "after" if x.within is None and y.within is None else "timed"
    return [tools.compare_who(x, y, v), tools.compare_level(x.level, y.level, v),
            tools.compare_event(x.event, y.event, v, use=use), tools.compare_deadline(x.within, y.within)]


def theme(body: Response, v: Vocabulary, tools: ModuleType) -> tuple:
    return tools.event_theme(body.event, v)


def theme_words(body: Response, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {"event": event_words(body.event)}


def meaning(body: Response, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    args = {"who": writer.who_of(body), "levelname": writer.level(body.level),
            "event": describe_event(body.event, writer)}
    if body.within is None:
        return f"explain.meaning.{ID}", args
    return f"explain.meaning.{ID}.within", {**args, "within": writer.duration(body.within)}
