"""Changes to a full sketch that break a stricter rule `s` while keeping a weaker rule `w` (or no
rule at all) met. Each change is a guess aimed at one aspect (group and level, event, lead
time, deadline, length, phase, condition, ...); the engine later confirms or rejects it, so
a wrong guess costs time, never a false example.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Iterator

from procesregels.comparison.rules import demands, satisfying_roles
from procesregels.example_plans.mutate_other import late_participation, late_phase, missing_field, without_role
from procesregels.example_plans.timing import _step_id, late_response, length_step, make_room, place_before, tight_lead
from procesregels.example_plans.sketch import Sketch, SketchStep, add_event_step, event_index, in_event, response_index
from procesregels.ruleset.model import (
    Event, EventBefore, InfluenceByPhase, InvolvementAnywhere, InvolvementBefore,
    LeadTime, Prohibition, Response, Rule,
)
from procesregels.core.vocabulary import Vocabulary

Mutation = Callable[[Sketch, Rule, "Rule | None", Vocabulary], "Sketch | None"]

# A change is only ever applied to a rule of a template that names it (engine.checks MUTATIONS),
# and the weaker rule `w` of a pair always has the stricter rule's template (pairs share a theme,
# which starts with the template). Each change narrows the bodies to the templates it is meant for
# and makes no guess (None) for any other.

#: the templates whose body names an audience (`who`, and `level` except influence by phase)
Audience = InvolvementBefore | InvolvementAnywhere | InfluenceByPhase | Response | LeadTime
#: the templates whose body names one event (`event`)
WithEvent = InvolvementBefore | Response | LeadTime | Prohibition


def candidates(base: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary, avoid: Any = None) -> Iterator[Sketch]:
    """Sketches that may pass `w` and fail `s`, most likely first: first with attributes that make
    `s` apply and the condition `avoid` (the weaker rule's) not true, when there are such, then
    with the fewest attributes that make `s` apply."""
    from procesregels.engine.checks import REGISTRY

    if avoid is None and w is not None:
        avoid = w.condition()
    choices = [attributes_for(s.condition(), vocabulary, avoid)] if avoid is not None else []
    choices += [a for a in [attributes_for(s.condition(), vocabulary)] if a not in choices]
    for attributes in choices:
        for name in REGISTRY[s.body.template].MUTATIONS:
            mutation = MUTATIONS[name]
            sketch = copy.deepcopy(base)
            sketch.attributes = dict(attributes)
            result = mutation(sketch, s, w, vocabulary)
            if result is not None:
                result.push_forward()
                yield result
        # Last, the sketch as it is: a rule that asks the impossible of it (`the executive drafts
        # before the last draft`, with one draft) is broken by the plan that meets the most.
        unchanged = copy.deepcopy(base)
        unchanged.attributes = dict(attributes)
        yield unchanged


# -- conditions -------------------------------------------------------------------------------------


def attributes_for(condition, vocabulary: Vocabulary, avoid: Any = None) -> dict:
    """The fewest attributes that make a rule with this condition (`Rule.condition()`) apply, the
    constants as written preferred (the bound itself for `at least`). A rule with other
    conditions then does not apply, unless implied. With `avoid` (another condition), attributes
    where `avoid` is not true come first: there a rule with that condition cannot fail the plan.
    {} when none is found."""
    from procesregels.engine.condition_space import OTHER, assignments, size, space
    from procesregels.engine.conditions import evaluate

    if condition is None and avoid is None:
        return {}
    names, columns = space([c for c in (condition, avoid) if c is not None], vocabulary)
    if size(columns) > 20_000:
        return {}
    best: dict | None = None
    best_key: tuple = ()
    for attributes in assignments(names, columns):
        if condition is not None and evaluate(condition, attributes, vocabulary).value is not True:
            continue
        avoided = avoid is None or evaluate(avoid, attributes, vocabulary).value is not True
        key = (not avoided, len(attributes), OTHER in attributes.values())
        if best is None or key < best_key:
            best, best_key = attributes, key
    # "some value the conditions do not name": a plain word in the plan
    return {key: "other" if value == OTHER else value for key, value in (best or {}).items()}


# -- groups and levels --------------------------------------------------------------------------------


def _lower(level: str, vocabulary: Vocabulary) -> str | None:
    rank = vocabulary.level_rank(level)
    return vocabulary.level_order[rank - 1] if rank > 0 else None


def _weaken(step: SketchStep, body: Audience, sketch: Sketch, vocabulary: Vocabulary) -> None:
    """Lower every participant of `step` that counts for the rule `body` to just below its level."""
    roles = satisfying_roles(body.who, vocabulary, getattr(body, "themselves", False))
    dynamic = any(w in vocabulary.dynamic_roles for w in body.who)
    below = _lower(getattr(body, "level", "consult"), vocabulary)
    for actor, level in list(step.participants.items()):
        role = sketch.actors[actor]
        counts = role in roles or (dynamic and vocabulary.is_stakeholder(role))
        if counts and vocabulary.level_rank(level) >= vocabulary.level_rank(getattr(body, "level", "consult")):
            if below is None:
                del step.participants[actor]
            else:
                step.participants[actor] = below


def _keep_weaker(step: SketchStep, s: Rule, w: Rule | None, sketch: Sketch, vocabulary: Vocabulary,
                 timed: bool = False) -> None:
    """Give `step` participants that meet `w` but not `s`: for each demand of `w` (one for a group
    or an `or` list, one per group of an `and` list) a group it accepts, preferring groups `s` does
    not accept, at `w`'s level; nothing when those would meet every demand of `s` too."""
    if w is None or not isinstance(w.body, Audience) or not isinstance(s.body, Audience):
        return
    if all(r in vocabulary.dynamic_roles for r in w.body.who):
        _keep_weaker_participants(step, s, w, sketch, vocabulary, timed)
        return
    strict, weak = demands(s.body, vocabulary), demands(w.body, vocabulary)
    chosen: list[str] = []
    for demand in weak:
        named = [r for r in w.body.who if r in demand]
        # the group that meets the fewest demands of `s` (a group `s` does not accept at all, best),
        # the groups `w` names first
        options = sorted(dict.fromkeys(named + sorted(demand)),
                         key=lambda r: (sum(r in d for d in strict), r not in named))
        role = next((r for r in options if r not in vocabulary.dynamic_roles), None)
        if role is None:
            return
        if role not in chosen:
            chosen.append(role)
    level = getattr(w.body, "level", "consult")
    high_enough = vocabulary.level_rank(level) >= vocabulary.level_rank(getattr(s.body, "level", "consult"))
    if not timed and high_enough and all(any(role in demand for role in chosen) for demand in strict):
        return  # these participants would meet the stricter rule too (`timed`: the date decides)
    for role in chosen:
        step.participants[sketch.actor_of(role, vocabulary)] = level


def _keep_weaker_participants(step: SketchStep, s: Rule, w: Rule, sketch: Sketch, vocabulary: Vocabulary,
                              timed: bool) -> None:
    """`_keep_weaker` for a `w` about `participants` alone (met for each stakeholder actor that
    takes part; it names no role to give the step): every stakeholder actor of the sketch at
    `w`'s level; nothing when `s` asks no more."""
    level = getattr(w.body, "level", "consult")
    same_demand = set(getattr(s.body, "who", ())) == set(getattr(w.body, "who", ()))
    high_enough = vocabulary.level_rank(level) >= vocabulary.level_rank(getattr(s.body, "level", "consult"))
    if not timed and same_demand and high_enough:
        return  # these participants would meet the stricter rule too
    for actor, role in sketch.actors.items():
        if vocabulary.is_stakeholder(role):
            step.participants[actor] = level


def kill_involvement(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """No step involves `s`'s group at `s`'s level; the participation step keeps `w` met."""
    body = s.body
    if not isinstance(body, Audience):
        return None
    steps = sketch.steps
    respond, first = isinstance(body, Response), None
    if isinstance(body, Response):  # only what comes after the event can respond to it
        add_event_step(sketch, body.event, vocabulary)
        first = response_index(sketch, body.event, vocabulary)
        if first is None:
            return None
        steps = steps[first + 1:]
    for step in steps:
        _weaken(step, body, sketch, vocabulary)
    target = steps[0] if respond else sketch.step("participatie")
    event_step = sketch.steps[first] if respond and first is not None else None
    if event_step is not None and all(r in vocabulary.dynamic_roles for r in body.who):
        # `participants` asks an answer only for actors that take part: they take part in the event
        for actor, role in sketch.actors.items():
            if vocabulary.is_stakeholder(role):
                event_step.participants.setdefault(actor, vocabulary.level_order[0])
    if event_step is not None and event_step.day is not None and target.day is not None:
        target.day = event_step.day + event_step.length  # the next day: within any deadline
    _keep_weaker(target, s, w, sketch, vocabulary)
    if isinstance(body, InfluenceByPhase):
        _keep_weaker(sketch.step("participatie"), s, w, sketch, vocabulary)
    return sketch


def kill_before_event(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """Nothing before the first step of `s`'s event involves the group at `s`'s level; what comes
    after is untouched, so rules about later steps stay met."""
    body = s.body
    if not isinstance(body, InvolvementBefore | LeadTime | Response):
        return None
    first = event_index(sketch, body.event, vocabulary)  # the last step of the set, for an end event
    if first is None:
        return None
    for step in sketch.steps[:first]:
        _weaken(step, body, sketch, vocabulary)
    if first == 0 and w is not None:
        # nothing comes before the event: put a step there that only the weaker rule accepts
        event_step = sketch.steps[0]
        step = SketchStep("voorbereiding", "meeting", sketch.actor_of("officials", vocabulary),
                          event_step.phase, (event_step.day or 0) - 14)
        event_step.after = [step.id, *event_step.after]
        sketch.steps.insert(0, step)
        first = 1
    if first > 0:
        _keep_weaker(sketch.steps[first - 1], s, w, sketch, vocabulary, timed=isinstance(body, LeadTime))
        if isinstance(body, LeadTime):  # the kept step comes the weaker lead time ahead
            lead = w.body.lead if w is not None and isinstance(w.body, LeadTime) else body.lead
            if sketch.steps[first - 1].id == "voorbereiding":
                place_before(sketch, first - 1, first, lead)
            make_room(sketch, first - 1, first, lead)
    return sketch


# -- events -----------------------------------------------------------------------------------------------


def _owner_for(event: Event, other: Event | None, sketch: Sketch, vocabulary: Vocabulary) -> str | None:
    """An actor that owns a step of `event` but not of `other` (None: no such role known)."""
    roles = [event.owner] if event.owner else []
    roles += ["executive", "council", "officials", "initiator", "mayor", "committee"]
    allowed = [r for r in roles if not event.owner or vocabulary.role_covers(event.owner, r)]
    for role in allowed:
        if (other is not None and other.type == "steps" and other.kind and event.kind is not None
                and vocabulary.kind_is(event.kind, other.kind)):
            if other.owner is None or vocabulary.role_covers(other.owner, role):
                continue
        return sketch.actor_of(role, vocabulary)
    # No owner tells the events apart; the rules may still differ in another way (a condition).
    return sketch.actor_of(allowed[0], vocabulary) if allowed else None


def _extra_step(event: Event, other: Event | None, sketch: Sketch, vocabulary: Vocabulary,
                *, at_start: bool) -> SketchStep | None:
    """A step of `event` that is not a step of `other`, first (nothing before it) or last."""
    if event.type == "last" and event.kind is not None:  # a later step of the kind becomes the last one
        if at_start:
            return None
        step = SketchStep(_step_id("extra", event.kind, vocabulary), event.kind, sketch.actor_of("council", vocabulary),
                          "evaluation", 220)
    elif event.type == "steps" and event.kind is not None:  # a step event always names its kind
        owner = _owner_for(event, other, sketch, vocabulary)
        if owner is None:
            return None
        step = SketchStep(_step_id("extra", event.kind, vocabulary), event.kind, owner,
                          "initiative" if at_start else "evaluation", -14 if at_start else 220)
    elif event.type in ("phase-starts", "phase-ends"):
        step = SketchStep("extra-stap", "meeting", sketch.actor_of("officials", vocabulary), event.phase,
                          -14 if at_start else 220)
    else:
        return None
    if at_start:
        sketch.steps.insert(0, step)
    else:
        step.after = [sketch.steps[-1].id]
        sketch.steps.append(step)
    return step


def answered_event_last(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `s`'s event that `w`'s event does not have, last, with the feedback's participants:
    it answers `w`'s event, and nothing answers it (`after phase evaluation ends` against `after
    phase implementation ends`: an evaluation step that informs everyone ends the plan)."""
    if not isinstance(s.body, Response) or w is None or not isinstance(w.body, Response):
        return None
    feedback = next((st for st in sketch.steps if st.id == "terugkoppeling"), None)
    step = _extra_step(s.body.event, w.body.event, sketch, vocabulary, at_start=False)
    if step is None or feedback is None or in_event(step, w.body.event, sketch, vocabulary):
        return None
    step.participants = dict(feedback.participants)
    before = sketch.steps[-2]
    if before.day is not None:  # the next day: within any deadline of `w`
        step.day = before.day + before.length
    return sketch


def _event_of(body: Any) -> Event:
    """The event a step of which must be accompanied (the second event of `X before Y`)."""
    return body.second if isinstance(body, EventBefore) else body.event


def extra_event_first(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `s`'s event that `w` does not cover, with nothing before it."""
    event = _event_of(s.body)
    other = None if w is None else _event_of(w.body)
    return sketch if _extra_step(event, other, sketch, vocabulary, at_start=True) else None


def extra_event_leading(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `s`'s event that `w` does not cover, at the head of the line: all else follows it."""
    head = sketch.steps[0].id if sketch.steps else None
    if extra_event_first(sketch, s, w, vocabulary) is None:
        return None
    for step in sketch.steps[1:]:
        if step.id == head:
            step.after = [sketch.steps[0].id]
            step.day = max(step.day or 0, 0)
    return sketch


def extra_event_last(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `s`'s event that `w` does not cover, with nothing after it."""
    if not isinstance(s.body, WithEvent):
        return None
    other = w.body.event if w is not None and isinstance(w.body, WithEvent) else None
    return sketch if _extra_step(s.body.event, other, sketch, vocabulary, at_start=False) else None


def event_in_plan(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """Make sure a step of `s`'s event exists (in the middle), then break involvement before it."""
    if not isinstance(s.body, WithEvent):
        return None
    event = s.body.event
    if any(in_event(step, event, sketch, vocabulary) for step in sketch.steps) or event.type != "steps":
        return None
    if event.kind is None:  # a step event always names its kind
        return None
    owner = sketch.actor_of(event.owner, vocabulary) if event.owner else sketch.actor_of("initiator", vocabulary)
    index = sketch.index("ontwerp")
    step = SketchStep(_step_id("stap", event.kind, vocabulary), event.kind, owner, "design", 140,
                      after=list(sketch.steps[index].after))
    sketch.steps.insert(index, step)
    sketch.steps[index + 1].after = [step.id]
    return kill_before_event(sketch, s, w, vocabulary)


def first_event_changed(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """The steps of `s`'s first event are gone; a step only `w` accepts stands in their place. A
    step of the second event stays (`the council decides before the last decision`: the last
    decision stays, and nothing is before it)."""
    if not isinstance(s.body, EventBefore):
        return None
    first = s.body.first
    for step in [st for st in sketch.steps if in_event(st, first, sketch, vocabulary)
                 and not (s.body.second.type == "last" and in_event(st, s.body.second, sketch, vocabulary))]:
        if first.type == "steps" and w is not None and isinstance(w.body, EventBefore) and w.body.first.type == "steps":
            owner = _owner_for(w.body.first, first, sketch, vocabulary)
            if owner is not None and not in_event(SketchStep("x", step.kind, owner, None, 0), first, sketch, vocabulary):
                step.owner = owner
                continue
        sketch.remove_step(step.id)
    return sketch


def weaker_first_added(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `w`'s first event at the head of the line, the steps of `s`'s first event that `w`
    does not need gone: every step of the second event then has `w`'s first event before it."""
    if not isinstance(s.body, EventBefore) or w is None or not isinstance(w.body, EventBefore):
        return None
    first = w.body.first
    if first.type != "steps" or first.kind is None:
        return None
    # before a phase starts: a step of the phase before it (or without a phase, before the first)
    second = s.body.second
    phase: str | None = "initiative"
    if second.type == "phase-starts" and second.phase is not None:
        rank = vocabulary.phase_rank(second.phase)
        phase = vocabulary.phase_order[rank - 1] if rank > 0 else None
    owner = _owner_for(first, s.body.first, sketch, vocabulary)  # an owner `w` accepts and `s` does not
    head = SketchStep(_step_id("eerst", first.kind, vocabulary), first.kind,
                      owner or sketch.actor_of(first.owner or "executive", vocabulary), phase, -14)
    for step in [st for st in sketch.steps if in_event(st, s.body.first, sketch, vocabulary)
                 and not in_event(st, s.body.second, sketch, vocabulary)]:
        sketch.remove_step(step.id)
    if sketch.steps:
        sketch.steps[0].after = [head.id, *sketch.steps[0].after]
    sketch.steps.insert(0, head)
    add_event_step(sketch, s.body.second, vocabulary)  # a step the rules are about, after the head
    return sketch


#: every change by name; each template's module (engine.checks) names the ones that fit it
MUTATIONS: dict[str, Mutation] = {
    mutation.__name__: mutation
    for mutation in (
        kill_before_event, kill_involvement, extra_event_first, extra_event_leading, extra_event_last,
        answered_event_last, event_in_plan, first_event_changed, weaker_first_added, late_phase, late_response,
        length_step, tight_lead, missing_field, without_role, late_participation,
    )
}
