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
from procesregels.engine.checks._common import (
    Audience, Hit, Trigger, audiences, body_of, judge, last_phase_ends, step_breach, triggers, who_args,
)
from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.i18n import Listed, Phrase
from procesregels.ruleset.model import Duration, Response, Rule, template_id

MODEL = Response
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("late_response", "kill_involvement", "extra_event_last", "answered_event_last")

MESSAGES: dict[str, dict[str, str]] = {
    # `.never`: in no variant of the plan is the group reached (in time); without it, in some
    f"finding.{ID}": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.never": {
        "en": "after '{step}' ({title}), {roles} are not involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden {roles} niet op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participant": {
        "en": "after '{step}' ({title}), participant {actors} is not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) wordt deelnemer {actors} niet altijd op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participant.never": {
        "en": "after '{step}' ({title}), participant {actors} is not involved at level {level} or higher",
        "nl": "na '{step}' ({title}) wordt deelnemer {actors} niet op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participants": {
        "en": "after '{step}' ({title}), participants {actors} are not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden de deelnemers {actors} niet altijd op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participants.never": {
        "en": "after '{step}' ({title}), participants {actors} are not involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden de deelnemers {actors} niet op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.within": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    f"finding.{ID}.within.never": {
        "en": "after '{step}' ({title}), {roles} are not involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) worden {roles} niet binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    f"finding.{ID}.within.participant": {
        "en": "after '{step}' ({title}), participant {actors} is not always involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) wordt deelnemer {actors} niet altijd binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    f"finding.{ID}.within.participant.never": {
        "en": "after '{step}' ({title}), participant {actors} is not involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) wordt deelnemer {actors} niet binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    f"finding.{ID}.within.participants": {
        "en": "after '{step}' ({title}), participants {actors} are not always involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) worden de deelnemers {actors} niet altijd binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    f"finding.{ID}.within.participants.never": {
        "en": "after '{step}' ({title}), participants {actors} are not involved at level {level} or higher within {period}{dates}",
        "nl": "na '{step}' ({title}) worden de deelnemers {actors} niet binnen {period} op niveau {level} of hoger betrokken{dates}",
    },
    # the dates of a breached term, when the event has an end date
    f"finding.{ID}.dates": {
        "en": ": '{step}' ends on {end}, so the term runs until {deadline} inclusive, and '{late}' only starts on {late_start}",
        "nl": ": '{step}' eindigt op {end}, dus de termijn loopt tot en met {deadline}, en '{late}' begint pas op {late_start}",
    },
    f"finding.{ID}.dates.none": {
        "en": ": '{step}' ends on {end}, so the term runs until {deadline} inclusive",
        "nl": ": '{step}' eindigt op {end}, dus de termijn loopt tot en met {deadline}",
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
        "en": "add a step after '{step}' that involves {actors} (or a broader group) at level {level} or higher",
        "nl": "voeg na '{step}' een stap toe die {actors} (of een bredere groep) op niveau {level} of hoger betrekt",
    },
    f"hint.{ID}.within.participant": {
        "en": "add a step after '{step}' that involves {actors} (or a broader group) at level {level} or higher and starts within {period}",
        "nl": "voeg na '{step}' een stap toe die {actors} (of een bredere groep) op niveau {level} of hoger betrekt en binnen {period} begint",
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
    f"compare.{ID}.last-phase": {
        "en": "only steps without a phase can come after phase {phase} ends, so both rules fail exactly when the plan ends with a step that has a phase, whoever must be involved and when",
        "nl": "na het einde van fase {phase} kunnen alleen stappen zonder fase komen, dus beide regels falen precies wanneer het plan eindigt met een stap die een fase heeft, wie er ook betrokken moet worden en wanneer",
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
        args = who_args(body.who, body.level, None)
        key = ID if body.within is None else f"{ID}.within"
        if body.within is not None:
            args += (("period", f"{body.within.amount} {body.within.unit}"),)
        if verdict.category == "undetermined":
            # a missing phase or owner decides whether e is the event at all; otherwise a missing date
            membership = maybe >> e & 1 or trigger.block_certain != trigger.block_possible
            field = graph.missing_field(body.event) if membership else "date"
            lacking = (1 << e if graph.end(e) is None else 0) | (verdict.unknown & graph.no_start)
            if field == "owner":  # e itself: whether it is the event depends on its owner
                lacking = 1 << e
            hits.append(step_breach(graph, rule, key, e, verdict, args, args, field=field, lacking=lacking))
            continue
        # the finding tells the whole story: every group not reached, whether any variant of the
        # plan reaches them, and the dates of a term
        missed = [g for g in groups if _violated(graph, trigger, g, candidates)]
        hint_key = key
        if verdict.actor is not None:
            actors = Listed(g.actor for g in missed)
            args += (("actors", actors),)
            key += ".participant" if len(missed) == 1 else ".participants"
            hint_key += ".participant"
        if not any(graph.find_execution(1 << e, 0, candidates(g.fulfil)[0]) for g in missed):
            key += ".never"
        if body.within is not None:
            args += (("dates", _dates(graph, e, after, body.within, missed)),)
        hits.append(step_breach(graph, rule, key, e, verdict, args, args, hint_key=hint_key, per_actor=False))
    return hits


def _violated(graph: PlanGraph, trigger: Trigger, group: Audience, candidates: Callable[[int], tuple[int, int]]) -> bool:
    """Whether the rule is broken at the trigger for this group alone."""
    verdict = judge(graph, trigger, [group], candidates)
    return verdict is not None and verdict.category == "violation"


def _dates(graph: PlanGraph, e: int, after: int, within: Duration, missed: list[Audience]) -> Phrase:
    """`: 'besluit' eindigt op 3 maart 2026, dus de termijn loopt tot en met 14 april 2026, en
    'brief' begint pas op 1 juni 2026`: the end of the event, the last day of the term and the
    earliest step after the event that reaches a missed group, but too late (when there is one)."""
    end = graph.end(e)
    if end is None:
        return Phrase.of("")
    deadline = shift(end, within.amount, within.unit)
    reaching = 0
    for group in missed:
        reaching |= after & group.fulfil
    starts = {i: start for i in iter_steps(graph, reaching) if (start := graph.start(i)) is not None}
    late = sorted((start, i) for i, start in starts.items() if start > deadline)
    args = (("step", graph.steps[e].id), ("end", end), ("deadline", deadline))
    if not late:
        return Phrase.of(f"finding.{ID}.dates.none", args)
    start, first = late[0]
    return Phrase.of(f"finding.{ID}.dates", args + (("late", graph.steps[first].id), ("late_start", start)))


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
    if _after_the_last_phase(x, v) and _after_the_last_phase(y, v):
        return [tools.Aspect("same", f"compare.{ID}.last-phase", (("phase", x.event.phase),))]
    # without deadlines only the order counts; with one, a term in days counts from the event
    use = "after" if x.within is None and y.within is None else "timed"
    return [tools.compare_who(x, y, v), tools.compare_level(x.level, y.level, v),
            tools.compare_event(x.event, y.event, v, use=use), tools.compare_deadline(x.within, y.within)]


def _after_the_last_phase(body: Response, v: Vocabulary) -> bool:
    """`after phase <last phase> ends` for fixed groups (`last_phase_ends`): whoever must be
    involved, at what level and how soon, two such rules are the same. A rule about `participants`
    is judged per taking-part stakeholder and holds when none takes part, so it is left out."""
    return last_phase_ends(body.event, v) and not any(w in v.dynamic_roles for w in body.who)


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
