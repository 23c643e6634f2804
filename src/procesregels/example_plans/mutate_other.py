"""Changes to a full sketch for the templates about a phase, a field, a role and late
participation (see `mutate`, which names every change; the engine confirms or rejects each)."""

from __future__ import annotations

from procesregels.core.vocabulary import Vocabulary
from procesregels.example_plans.sketch import Sketch, SketchStep, involves
from procesregels.ruleset.model import FieldPresent, InfluenceByPhase, RolePresent, Rule


def late_phase(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """Influence of the group only in `w`'s phase (or the phase after `s`'s)."""
    body = s.body
    if not isinstance(body, InfluenceByPhase):
        return None
    order = vocabulary.phase_order
    if w is not None and isinstance(w.body, InfluenceByPhase):
        phase = w.body.phase
    elif w is None and vocabulary.phase_rank(body.phase) + 1 < len(order):
        phase = order[vocabulary.phase_rank(body.phase) + 1]
    else:
        return None
    for step in sketch.steps:
        if involves(step, body.who, "consult", sketch, vocabulary, getattr(body, "themselves", False)):
            step.phase = phase
    return sketch


def missing_field(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """A participation step (or a step of `s`'s kind) without the field."""
    body = s.body
    if not isinstance(body, FieldPresent):
        return None
    kind = body.kind or "survey"
    step = SketchStep("stap-zonder-" + ("eigenaar" if body.field == "owner" else "datum"), kind,
                      sketch.actor_of("officials", vocabulary), "initiative", 100,
                      participants={sketch.actor_of("residents", vocabulary): "inform"})
    if body.field == "owner":
        step.owner = None
    else:
        step.day = None
    index = sketch.index("participatie")
    step.after = list(sketch.steps[index].after)
    sketch.steps.insert(index, step)
    return sketch


def without_role(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """No actor of `s`'s role or a narrower one; `w`'s broader role stays."""
    body = s.body
    if not isinstance(body, RolePresent):
        return None
    gone = [a for a, role in sketch.actors.items() if vocabulary.role_covers(body.role, role)]
    for actor in gone:
        del sketch.actors[actor]
        for step in sketch.steps:
            step.participants.pop(actor, None)
            if step.owner == actor:
                step.owner = sketch.actor_of("officials", vocabulary)
    if w is not None and isinstance(w.body, RolePresent) and w.body.role != body.role:
        sketch.step("participatie").participants[sketch.actor_of(w.body.role, vocabulary)] = "consult"
    return sketch


def late_participation(sketch: Sketch, s: Rule, w: Rule | None, vocabulary: Vocabulary) -> Sketch | None:
    """Influence after the last step: a consultation after everything else (a survey when the
    rule is about meetings: a meeting there would be the last meeting itself)."""
    actor = sketch.actor_of("residents", vocabulary)
    event = getattr(s.body, "event", None)
    kind = "survey" if event is not None and event.kind and vocabulary.kind_is("meeting", event.kind) else "meeting"
    step = SketchStep("late-raadpleging", kind, sketch.actor_of("officials", vocabulary), "evaluation", 230,
                      participants={actor: "consult"}, after=[sketch.steps[-1].id])
    sketch.steps.append(step)
    return sketch
