"""One event before another (sentence 6).

    the council must set frames before participation starts
    de raad moet kaders vaststellen voordat participatie start

For every step Y of the second event that happens, a step X of the first event happens and is
before Y. With `participation starts` the second event is every participation step that gives
influence; with `phase P starts` every step in P or later.

Passes: the council's frames step is in the `after` chain of every consultation (or, with
`order: dates`, dated to end before it starts; the hint then proposes that date).
Fails: a consultation can start without the frames (it does not depend on them, or the frames
step is optional). The finding is at that step, with the variant and the chain to it.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Audience, Hit, body_of, first_phase_starts, judge, step_breach, triggers
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Event, EventBefore, Rule, template_id

MODEL = EventBefore
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("first_event_changed", "extra_event_first", "weaker_first_added")

MESSAGES: dict[str, dict[str, str]] = {
    f"check.{ID}.steps": {
        "en": "can only be met by a plan without a step of kind {kind} of this event: the first of them can never have a step of the other event before it",
        "nl": "kan alleen worden nageleefd door een plan zonder stap van de soort {kind} van deze gebeurtenis: vóór de eerste daarvan kan nooit een stap van de andere gebeurtenis komen",
    },
    f"compare.{ID}.first-phase": {
        "en": "only steps without a phase can come before phase {phase} starts, so both rules fail exactly when the plan starts with a step that has a phase, whatever must come first",
        "nl": "vóór het begin van fase {phase} kunnen alleen stappen zonder fase komen, dus beide regels falen precies wanneer het plan begint met een stap die een fase heeft, wat er ook eerst moet komen",
    },
    f"compare.{ID}.vacuous": {
        "en": "both rules can only be met by a plan without the second event",
        "nl": "beide regels kunnen alleen worden nageleefd door een plan zonder de tweede gebeurtenis",
    },
    f"compare.{ID}.vacuous-stricter": {
        "en": "that rule can only be met by a plan without its second event, which the other rule then meets too",
        "nl": "die regel kan alleen worden nageleefd door een plan zonder de tweede gebeurtenis, en dan is de andere regel ook nageleefd",
    },
    f"compare.{ID}.vacuous-different": {
        "en": "one rule can only be met by a plan without its second event; the other is about other steps",
        "nl": "de ene regel kan alleen worden nageleefd door een plan zonder de tweede gebeurtenis; de andere gaat over andere stappen",
    },
    f"check.{ID}.participation": {
        "en": "can only be met by a plan without participation: the first participation step can never have another one before it",
        "nl": "kan alleen worden nageleefd door een plan zonder participatie: vóór de eerste participatiestap kan nooit een andere komen",
    },
    f"check.{ID}.phase": {
        "en": "can only be met by a plan without steps in phase {phase} or later: every step in phase {phase_first} or later is itself such a step, so none comes before the first of them",
        "nl": "kan alleen worden nageleefd door een plan zonder stappen in fase {phase} of later: elke stap in fase {phase_first} of later is zelf zo'n stap, dus geen enkele komt vóór de eerste daarvan",
    },
    f"finding.{ID}.steps": {
        "en": "'{step}' ({title}) can happen without a step of kind {kind} before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap van de soort {kind} is",
    },
    f"finding.{ID}.owned": {
        "en": "'{step}' ({title}) can happen without a step of kind {kind} by {role} before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap van de soort {kind} van de rol {role} is",
    },
    f"finding.{ID}.participation": {
        "en": "'{step}' ({title}) can happen without a participation step that gives influence before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een participatiestap met invloed is",
    },
    f"finding.{ID}.phase-starts": {
        "en": "'{step}' ({title}) can happen without a step in phase {phase} or later before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap in fase {phase} of later is",
    },
    f"finding.{ID}.phase-ends": {
        "en": "'{step}' ({title}) can happen without a step in phase {phase} or earlier before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap in fase {phase} of eerder is",
    },
    f"finding.{ID}.last": {
        "en": "'{step}' ({title}) can happen without the last step of kind {kind} before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat de laatste stap van de soort {kind} eraan voorafgaat",
    },
    f"hint.{ID}": {
        "en": "put the required step in the '{k_after}' chain of '{step}', in every variant of the plan",
        "nl": "zet de vereiste stap in de '{k_after}'-keten van '{step}', in elke variant van het plan",
    },
    f"hint.{ID}.dates": {
        "en": "give the required step a date that ends before {start} (when '{step}' starts), "
              "or put it in the '{k_after}' chain of '{step}', in every variant of the plan",
        "nl": "geef de vereiste stap een datum die eindigt vóór {start} (als '{step}' begint), "
              "of zet hem in de '{k_after}'-keten van '{step}', in elke variant van het plan",
    },
    f"compare.template.{ID}": {"en": "{event} before {event2}", "nl": "{event} vóór {event2}"},
    f"explain.meaning.{ID}": {
        "en": "Before {second}, {first} must have happened (through the plan's 'after' links).",
        "nl": "Vóór {second} moet {first} hebben plaatsgevonden (via de 'na'-koppelingen van het plan).",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    first, first_maybe = graph.event_members(body.first)
    groups = [Audience(None, 0, None)]
    variant, args = describe(body.first)
    hits = []
    for trigger in triggers(graph, body.second):
        y = trigger.step
        before = graph.ancestors[y]
        verdict = judge(graph, trigger, groups, _same_for_all(before & first, before & first_maybe))
        if verdict is not None:
            start = graph.start(y) if graph.plan.order == "dates" else None  # a date is then enough
            hint_key, hint_args = (f"{ID}.dates", (("start", start.isoformat()),)) if start else (ID, ())
            # a step of the first event that may be one (no phase, no owner) decides, or else
            # whether y is the second event at all
            deciding = body.first if trigger.definite and verdict.unknown & first_maybe else body.second
            field = graph.missing_field(deciding)
            lacking = verdict.unknown & first_maybe if deciding is body.first else 1 << y
            hits.append(step_breach(graph, rule, f"{ID}.{variant}", y, verdict, args, hint_args,
                                    field=field, lacking=lacking if field == "owner" else None,
                                    hint_key=hint_key, per_actor=False))
    return hits


def _same_for_all(good: int, unknown: int) -> Callable[[int], tuple[int, int]]:
    """(good, unknown) for `judge`: the first event's steps before the trigger, whoever the
    audience is (this rule has one audience, everyone). A function of its own so the closure
    holds this trigger's values, not the loop's variables."""
    return lambda _: (good, unknown)


def describe(event: Event) -> tuple[str, tuple]:
    """Which message names the first event, and its arguments."""
    if event.type == "steps":
        if event.owner is not None:
            return "owned", (("kind", event.kind), ("role", event.owner))
        return "steps", (("kind", event.kind),)
    if event.type == "participation":
        return "participation", ()
    if event.type == "last":
        return "last", (("kind", event.kind),)
    return event.type, (("phase", event.phase),)


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: EventBefore, y: EventBefore, v: Vocabulary, tools: ModuleType) -> list[Any]:
    if x.second == y.second and first_phase_starts(x.second, v):  # whatever comes first: the same
        return [tools.Aspect("same", f"compare.{ID}.first-phase", (("phase", x.second.phase),))]
    never_x, never_y = vacuous(x, v) is not None, vacuous(y, v) is not None
    if never_x or never_y:
        # A vacuous rule holds exactly when no step of its second event happens; it implies
        # another rule whose second event's steps are all its own (that one then holds too).
        if never_x and never_y and x.second == y.second:
            return [tools.Aspect("same", f"compare.{ID}.vacuous")]
        for never, side, strict, other in ((never_x, "a", x, y), (never_y, "b", y, x)):
            if (never and not (never_x and never_y) and strict.second.type == other.second.type == "steps"
                    and _within(other.second, strict.second, v)):
                return [tools.Aspect(side, f"compare.{ID}.vacuous-stricter")]
        return [tools.Aspect("?", f"compare.{ID}.vacuous-different")]
    return [tools.compare_event(x.first, y.first, v, use="needed"),
            tools.compare_event(x.second, y.second, v, use="before")]


def vacuous(body: EventBefore, v: Vocabulary) -> tuple[str, dict[str, Any]] | None:
    """Why the rule can only hold vacuously (a `check` warning), or None: every step of the first
    event is a step of the second event's set, so none comes before the first of that set. Such
    a rule holds exactly when no execution has a step of the second event."""
    first, second = body.first, body.second
    if first.type == second.type == "participation":
        return f"check.{ID}.participation", {}
    if (first.type == second.type == "phase-starts" and first.phase and second.phase
            and v.phase_rank(first.phase) >= v.phase_rank(second.phase)):
        return f"check.{ID}.phase", {"phase": second.phase, "phase_first": first.phase}
    if first.type == second.type == "steps" and _within(first, second, v):
        return f"check.{ID}.steps", {"kind": second.kind}
    return None


def _within(small: Event, big: Event, v: Vocabulary) -> bool:
    """Every step of `small` is a step of `big` (events of kind `steps`)."""
    if small.kind is None or big.kind is None or not v.kind_is(small.kind, big.kind):
        return False
    return big.owner is None or (small.owner is not None and v.role_covers(big.owner, small.owner))


def theme(body: EventBefore, v: Vocabulary, tools: ModuleType) -> tuple:
    return (*tools.event_theme(body.first, v), "|", *tools.event_theme(body.second, v))


def theme_words(body: EventBefore, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {"event": event_words(body.first), "event2": event_words(body.second)}


def meaning(body: EventBefore, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"first": describe_event(body.first, writer),
                                     "second": describe_event(body.second, writer)}
