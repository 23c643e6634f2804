"""Lead time before an event (sentence 11).

    residents must be informed at least 2 weeks before any meeting
    inwoners moeten ten minste 2 weken voor elke bijeenkomst geïnformeerd worden

For every step E of the event that happens, a step P that involves WHO at LEVEL happens, is before
E (through `after` links), and starts at least N before E starts. A missing start date on either
side makes the rule undetermined when only that step could give the lead time.

Passes: an invitation step informing residents is in the meeting's `after` chain and is dated at
least two weeks before it.
Fails: nothing informs residents before the meeting, or the invitation is too late or optional.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Callable

from procesregels.core.vocabulary import Vocabulary
from procesregels.core.durations import shift
from procesregels.engine.checks._common import (
    Hit, audiences, body_of, judge, never_met_before, step_breach, triggers, vacuity_aspects, vacuity_messages, who_args,
)
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import InvolvementBefore, LeadTime, Rule, template_id

MODEL = LeadTime
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("tight_lead", "kill_before_event", "kill_involvement", "extra_event_first", "event_in_plan")

MESSAGES: dict[str, dict[str, str]] = {
    **vacuity_messages(ID),
    f"finding.{ID}": {
        "en": "'{step}' ({title}) can happen without {roles} being involved at level {level} or higher at least {period} before",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat {roles} ten minste {period} vooraf op niveau {level} of hoger betrokken zijn",
    },
    f"finding.{ID}.participant": {
        "en": "'{step}' ({title}) can happen without participant '{actor}' being involved at level {level} or higher at least {period} before",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat deelnemer '{actor}' ten minste {period} vooraf op niveau {level} of hoger betrokken is",
    },
    f"hint.{ID}": {
        "en": "involve {roles} at level {level} or higher in a step before '{step}' that starts at least {period} earlier",
        "nl": "betrek {roles} op niveau {level} of hoger in een stap vóór '{step}' die ten minste {period} eerder begint",
    },
    f"hint.{ID}.participant": {
        "en": "involve '{actor}' (or a broader group) at level {level} or higher in a step before '{step}' that starts at least {period} earlier",
        "nl": "betrek '{actor}' (of een bredere groep) op niveau {level} of hoger in een stap vóór '{step}' die ten minste {period} eerder begint",
    },
    f"compare.template.{ID}": {"en": "notice before {event}", "nl": "aankondiging vóór {event}"},
    f"explain.meaning.{ID}": {
        "en": "Before {event}, a step must involve {who} at level {levelname} or higher, and start at least {lead} earlier.",
        "nl": "Vóór {event} moet een stap {who} betrekken op niveau {levelname} of hoger, en ten minste {lead} eerder beginnen.",
    },
}


def _candidates(graph: PlanGraph, before: int, ahead: int | None) -> Callable[[int], tuple[int, int]]:
    """(good, unknown) among an audience's fulfilling steps before the event: with the event's start
    date (`ahead`: the steps started by then), the dated steps early enough and the undated ones;
    without it, every step before it is unknown."""
    if ahead is None:
        return lambda fulfil: (0, before & fulfil)
    return lambda fulfil: (before & fulfil & ahead, before & fulfil & graph.no_start)


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    _, maybe = graph.event_members(body.event)
    groups = audiences(graph, body.who, body.level, body.themselves)
    hits = []
    for trigger in triggers(graph, body.event):
        e = trigger.step
        before = graph.ancestors[e]
        start = graph.start(e)
        ahead = None if start is None else graph.started_by(shift(start, -body.lead.amount, body.lead.unit))
        verdict = judge(graph, trigger, groups, _candidates(graph, before, ahead))
        if verdict is None:
            continue
        args = who_args(body.who, body.level, verdict.actor) + (
            ("period", f"{body.lead.amount} {body.lead.unit}"),)
        # a missing phase or owner decides whether e is the event at all; otherwise a missing date
        membership = maybe >> e & 1 or trigger.block_certain != trigger.block_possible
        field = graph.missing_field(body.event) if membership else "date"
        lacking = (1 << e if start is None else 0) | (verdict.unknown & graph.no_start)
        if field == "owner":  # e itself: whether it is the event depends on its owner
            lacking = 1 << e
        hits.append(step_breach(graph, rule, ID, e, verdict, args, args, field=field, lacking=lacking))
    return hits


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: LeadTime, y: LeadTime, v: Vocabulary, tools: ModuleType) -> list[Any]:
    special = vacuity_aspects(ID, x, y, v, tools)
    if special is not None:
        return special
    return [tools.compare_who(x, y, v), tools.compare_level(x.level, y.level, v),
            tools.compare_event(x.event, y.event, v, use="timed"),
            tools.compare_bound(x.lead, y.lead, longer_is_stricter=True, topic="lead")]


def vacuous(body: LeadTime, v: Vocabulary) -> tuple[str, dict[str, Any]] | None:
    """Why a rule of this template can only hold vacuously (a `check` warning), or None."""
    why = never_met_before(body.who, body.level, body.event, v)
    if why is None:
        return None
    return f"check.{ID}.{why}", {"level": body.level, "phase": v.phase_order[0]}


def theme(body: LeadTime, v: Vocabulary, tools: ModuleType) -> tuple:
    return tools.event_theme(body.event, v)


def weaker_forms(body: LeadTime) -> tuple[InvolvementBefore, ...]:
    """Rules of other templates this one always implies (for proofs): a lead time implies plain
    involvement before the event."""
    return (InvolvementBefore(who=body.who, level=body.level, event=body.event),)


def theme_words(body: LeadTime, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {"event": event_words(body.event)}


def meaning(body: LeadTime, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"who": writer.who_of(body), "levelname": writer.level(body.level),
                                     "event": describe_event(body.event, writer), "lead": writer.duration(body.lead)}
