"""Changes to a full sketch aimed at lengths of time: a lead time just long enough for the weaker
rule, a response just within its deadline, a step that lasts just as long as it allows.
(See `plan_examples_mutate.py`; the engine confirms or rejects each guess.)"""

from __future__ import annotations

from procesregels.core.durations import span_days
from procesregels.example_plans.sketch import (
    Sketch, SketchStep, add_event_step, date_of, event_index, involves, response_index,
)
from procesregels.ruleset.model import Duration, DurationBound, LeadTime, Response, Rule
from procesregels.core.vocabulary import Vocabulary


def _step_id(prefix: str, kind: str, vocabulary: Vocabulary) -> str:
    """`extra-besluit`: a step id in the Dutch words a participation officer uses."""
    return f"{prefix}-{vocabulary.name_of('kind', kind, 'nl')}".replace(" ", "-")


# -- lengths of time ------------------------------------------------------------------------------------------


def _days(length: Duration, start_day: int) -> int:
    """The number of days `length` spans from a date, counted as the calendar does."""
    return span_days(date_of(start_day), length.amount, length.unit)


# Each change is applied only to rules of its own template, and `w` has the template of `s`
# (see `mutate`); a body of another template, like an undated step, gives no guess (None).


def tight_lead(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """The last step that involves the group comes just `w`'s lead time before the event."""
    body = s.body
    weak = None if w is None else w.body
    if not isinstance(body, LeadTime) or not isinstance(weak, LeadTime | None):
        return None
    add_event_step(sketch, body.event, vocabulary)
    first = event_index(sketch, body.event, vocabulary)  # the last step of the set, for an end event
    if first is None:
        return None
    helpers = [i for i in range(first) if involves(sketch.steps[i], body.who, body.level, sketch, vocabulary, body.themselves)]
    if not helpers:  # the group is involved before the event, but not at the rule's level: raise the last such step
        helpers = _raised(sketch, first, body, vocabulary)
    if not helpers:
        return None
    for i in helpers[:-1]:  # only the last one counts: an earlier one would meet any lead time
        earlier = sketch.steps[i]
        earlier.participants = {actor: level for actor, level in earlier.participants.items()
                                if not involves(SketchStep("x", "meeting", None, None, None, participants={actor: level}),
                                                body.who, body.level, sketch, vocabulary, body.themselves)}
    last = sketch.steps[helpers[-1]]
    last_day, event_day = last.day, sketch.steps[first].day
    if last_day is None or event_day is None:
        return None
    lead = _days(weak.lead, last_day) if weak is not None else max(_days(body.lead, last_day) - 1, 0)
    # a short lead needs a short step: the event may not start before the step it follows ends
    last.length = max(1, min(last.length, lead))
    for i in range(helpers[-1] + 1, first):
        sketch.steps[i].day = last_day + last.length - 1
    shift = last_day + lead - event_day
    for step in sketch.steps[first:]:
        if step.day is not None:
            step.day += shift
    return sketch


def _raised(sketch: Sketch, first: int, body: LeadTime, vocabulary: Vocabulary) -> list[int]:
    """[i]: the last dated step before step `first` that has participants, now with the rule's
    groups at the rule's level (each group of an `and` list; the first that is no stand-in
    for the plan's stakeholders, of an `or` list); [] when there is none."""
    for i in range(first - 1, -1, -1):
        step = sketch.steps[i]
        if step.day is None or not step.participants:
            continue
        roles = [r for r in body.who if r not in vocabulary.dynamic_roles]
        if not roles:
            return []
        for role in roles if body.each else roles[:1]:
            step.participants[sketch.actor_of(role, vocabulary)] = body.level
        return [i]
    return []


def make_room(sketch: Sketch, helper: int, event: int, lead: Duration) -> None:
    """Move the steps from `event` on later, when needed, so that the step at `helper` starts at
    least `lead` before the step at `event`."""
    start, at = sketch.steps[helper].day, sketch.steps[event].day
    if start is None or at is None:
        return
    shift = start + _days(lead, start) - at
    if shift > 0:
        for step in sketch.steps[event:]:
            if step.day is not None:
                step.day += shift


def place_before(sketch: Sketch, helper: int, event: int, lead: Duration) -> None:
    """Date the step at `helper` exactly `lead` before the step at `event` starts (it lasts a day)."""
    at = sketch.steps[event].day
    if at is None:
        return
    for days in range(1, 800):
        if days >= _days(lead, at - days):
            sketch.steps[helper].day, sketch.steps[helper].length = at - days, 1
            return


def late_response(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """The response comes just within `w`'s deadline (or a week after `s`'s when `w` has none)."""
    body = s.body
    if not isinstance(body, Response) or body.within is None or not add_event_step(sketch, body.event, vocabulary):
        return None
    first = response_index(sketch, body.event, vocabulary)
    if first is None:
        return None
    event_step = sketch.steps[first]
    if event_step.day is None:
        return None
    end = event_step.day + event_step.length - 1
    if w is not None and isinstance(w.body, Response) and w.body.within is not None:
        delay = _days(w.body.within, end)
    else:
        delay = _days(body.within, end) + 7
    for step in sketch.steps[first + 1:]:
        if step.day is not None:
            step.day = end + delay
    return sketch


def length_step(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A step of `s`'s kind that lasts just as long as `w` allows (or one day past `s`)."""
    body = s.body
    weak = None if w is None else w.body
    if not isinstance(body, DurationBound) or not isinstance(weak, DurationBound | None):
        return None
    start = 130
    if weak is not None and weak.kind != body.kind and vocabulary.kind_is(weak.kind, body.kind):
        length = _days(body.length, start) + (-1 if body.bound == "min" else 1)
    elif weak is not None:
        length = _days(weak.length, start)
    else:
        length = _days(body.length, start) + (-1 if body.bound == "min" else 1)
    if length < 1:
        return None
    for other in sketch.steps:  # the sketch's own steps of the kind last as long
        if vocabulary.kind_is(other.kind, body.kind):
            other.length = length
    index = sketch.index("ontwerp")
    step = SketchStep(_step_id("stap", body.kind, vocabulary), body.kind, sketch.actor_of("officials", vocabulary),
                      "design", start, length=length, after=list(sketch.steps[index].after))
    sketch.steps.insert(index, step)
    sketch.steps[index + 1].after = [step.id]
    return sketch
