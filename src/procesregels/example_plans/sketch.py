"""A small editable plan for generating examples: one straight line of dated steps.

The *full* sketch of two rulesets meets as many of their rules as a plan can: the council and
the executive set frames first, everyone is informed early, every group named by a rule takes
part at the highest level, then the draft (with a reaction on it when a rule asks for one), the
council's decision and feedback to everyone the next day. Every step is dated and owned.
Example plans start from it and change one thing (see `plan_examples_mutate.py`); the engine
decides whether the change shows a difference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

from procesregels.comparison.rules import satisfying_roles
from procesregels.example_plans.opening import opening_order
from procesregels.ruleset.model import Event, EventBefore, LeadTime, Response, Rule
from procesregels.core.vocabulary import Vocabulary

BASE_DATE = dt.date(2026, 3, 2)
TOP_LEVEL = "codecide"
#: Actor ids for the roles a sketch uses: short Dutch names, as a participation officer writes them.
ACTOR_IDS = {"council": "raad", "executive": "college", "officials": "team"}


@dataclass
class SketchStep:
    id: str
    kind: str
    owner: str | None
    phase: str | None
    day: int | None  # days after BASE_DATE; None: no date
    length: int = 1  # days, both ends counted
    participants: dict[str, str] = field(default_factory=dict)  # actor id -> level
    after: list[str] = field(default_factory=list)


@dataclass
class Sketch:
    title: str
    actors: dict[str, str]  # actor id -> role
    steps: list[SketchStep]
    attributes: dict = field(default_factory=dict)

    def step(self, step_id: str) -> SketchStep:
        return next(s for s in self.steps if s.id == step_id)

    def index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)

    def actor_of(self, role: str, vocabulary: Vocabulary) -> str:
        """The actor id for a role, added when the sketch has none yet."""
        for actor, actor_role in self.actors.items():
            if actor_role == role:
                return actor
        actor = ACTOR_IDS.get(role) or vocabulary.name_of("role", role, "nl").replace(" ", "-")
        while actor in self.actors:
            actor += "-2"
        self.actors[actor] = role
        return actor

    def remove_step(self, step_id: str) -> None:
        """Drop a step; steps after it now follow what it followed (the order stays)."""
        gone = self.step(step_id)
        self.steps.remove(gone)
        for s in self.steps:
            if step_id in s.after:
                s.after = [a for a in s.after if a != step_id] + [a for a in gone.after if a not in s.after]

    def push_forward(self) -> None:
        """Move steps later where needed so no step starts before the end of a step it follows."""
        ends: dict[str, int | None] = {}
        for s in self.steps:
            earliest = max((end for a in s.after if (end := ends.get(a)) is not None), default=None)
            if s.day is not None and earliest is not None and s.day < earliest:
                s.day = earliest
            ends[s.id] = None if s.day is None else s.day + s.length - 1


def roles_named(rules: list[Rule]) -> list[str]:
    """Every role a rule names (groups, owners of events, required roles), in first-use order."""
    names: list[str] = []

    def add(role: str | None) -> None:
        if role and role not in names:
            names.append(role)

    for rule in rules:
        body = rule.body
        for role in getattr(body, "who", ()):
            add(role)
        add(getattr(body, "role", None))
        for name in ("event", "first", "second"):
            event = getattr(body, name, None)
            if isinstance(event, Event):
                add(event.owner)
    return names


def full_sketch(rules: list[Rule], vocabulary: Vocabulary, usable: Sequence[Vocabulary] = ()) -> Sketch:
    """The plan that meets as much as possible of `rules` (see the module docstring). Roles that
    one of the `usable` vocabularies does not know are left out: a plan must load on both sides."""

    def known(role: str) -> bool:
        return role not in vocabulary.dynamic_roles and all(_knows(v, role) for v in usable)

    sketch = Sketch(title="Voorbeeldplan", actors={}, steps=[])
    council, executive, team = (sketch.actor_of(r, vocabulary) for r in ("council", "executive", "officials"))
    groups = [sketch.actor_of(r, vocabulary) for r in roles_named(rules) + ["residents"] if known(r)]
    frames = [("kaders", "frames", council)] + [
        (f"kaders-{sketch.actor_of(owner, vocabulary)}", "frames", sketch.actor_of(owner, vocabulary))
        for owner in _frame_owners(rules) if owner != "council" and known(owner)
    ]
    # a first event of `X before Y` that is not frames (`the council decides before ...`) opens
    # the line too, so that the rule is met
    for kind, owner in _other_firsts(rules, vocabulary):
        if known(owner):
            actor = sketch.actor_of(owner, vocabulary)
            frames.append((f"eerst-{vocabulary.name_of('kind', kind, 'nl')}-{actor}".replace(" ", "-"), kind, actor))
    frames = opening_order(frames, rules, lambda entry, event: _opens(entry[1], entry[2], event, sketch, vocabulary))
    previous: list[str] = []
    for step_id, kind, owner in frames:
        sketch.steps.append(SketchStep(step_id, kind, owner, "initiative", 0, after=list(previous)))
        previous = [step_id]
    everyone = {actor: "inform" for actor in dict.fromkeys(groups)}
    stakeholders = [a for a in everyone if vocabulary.is_stakeholder(sketch.actors[a])]
    draft = SketchStep("ontwerp", "draft", executive, "design", 150)
    line = [
        SketchStep("informatie", "information", team, "initiative", 7, participants=dict(everyone)),
        # Councils and colleges are informed, not consulted: only stakeholders take part.
        SketchStep("participatie", "meeting", team, "initiative", 120,
                   participants={a: TOP_LEVEL for a in stakeholders}),
        draft,
        SketchStep("besluit", "decision", council, "decision", 180),
        # Feedback the next day: it meets any deadline, and informing is not late influence (a
        # higher level only when a rule about a response asks for it).
        SketchStep("terugkoppeling", "feedback", team, "implementation", 181,
                   participants={a: _response_level(rules, vocabulary) for a in everyone}),
    ]
    # A reaction on the draft (zienswijzen), the day after, only at the level a rule asks for:
    # a higher one would be participation after the draft, which other rules may forbid.
    asked = [r.body.level for r in rules if isinstance(r.body, Response)
             and (in_event(draft, r.body.event, sketch, vocabulary) or _last_of(draft, r.body.event, vocabulary))]
    if asked:
        level = max(asked, key=vocabulary.level_rank)
        line.insert(3, SketchStep("reactie", "meeting", team, "design", 151,
                                  participants={a: level for a in stakeholders}))
    for step in line:
        step.after = list(previous)
        sketch.steps.append(step)
        previous = [step.id]
    # A phase a rule's event starts that lies beyond the line's phases (evaluation): one step in
    # it at the end, so that the rule is exercised rather than met only because the phase never
    # comes.
    last_rank = vocabulary.phase_rank(line[-1].phase or "implementation")
    for phase in _later_phases(rules, vocabulary, last_rank):
        step = SketchStep(f"fase-{vocabulary.name_of('phase', phase, 'nl')}".replace(" ", "-"), "meeting", team,
                          phase, (sketch.steps[-1].day or 181) + 30, after=list(previous))
        sketch.steps.append(step)
        previous = [step.id]
    _room_for_leads(sketch, rules, vocabulary)
    return sketch


def _opens(kind: str, owner: str, event: Event, sketch: Sketch, vocabulary: Vocabulary) -> bool:
    """Whether an opening step (of `kind`, owned by actor `owner`) is a step of a steps event."""
    if event.type != "steps" or event.kind is None or not vocabulary.kind_is(kind, event.kind):
        return False
    return event.owner is None or vocabulary.role_covers(event.owner, sketch.actors[owner])


def lead_days(body: LeadTime) -> int:
    """Days that surely cover a lead time, whatever the months' lengths: a month counted as 31, and
    one day more."""
    per = {"day": 1, "week": 7, "month": 31}
    return body.lead.amount * per[body.lead.unit] + 1


def _room_for_leads(sketch: Sketch, rules: list[Rule], vocabulary: Vocabulary) -> None:
    """Move the steps from a lead time's event on so far that the participation step comes the
    longest lead time before it: a rule `at least 6 months before phase P starts` is then met by the
    sketch, and the search can break it one thing at a time."""
    start = sketch.index("participatie")
    for rule in rules:
        body = rule.body
        if not isinstance(body, LeadTime):
            continue
        found = [i for i, step in enumerate(sketch.steps) if in_event(step, body.event, sketch, vocabulary)]
        if not found or found[0] <= start:
            continue
        need = lead_days(body)
        first, participation = sketch.steps[found[0]], sketch.steps[start]
        if first.day is None or participation.day is None or first.day - participation.day >= need:
            continue
        shift = need - (first.day - participation.day)
        for step in sketch.steps[found[0]:]:
            if step.day is not None:
                step.day += shift


def _later_phases(rules: list[Rule], vocabulary: Vocabulary, last_rank: int) -> list[str]:
    """The phases that a `phase P starts` event of the rules names beyond `last_rank`, in order."""
    named = set()
    for rule in rules:
        for name in ("event", "first", "second"):
            event = getattr(rule.body, name, None)
            if isinstance(event, Event) and event.type == "phase-starts" and event.phase is not None:
                named.add(event.phase)
    return sorted((p for p in named if vocabulary.phase_rank(p) > last_rank), key=vocabulary.phase_rank)


def _last_of(step: SketchStep, event: Event, vocabulary: Vocabulary) -> bool:
    """`the last KIND` for the sketch's only step of that kind (the draft, before it is placed)."""
    return event.type == "last" and event.kind is not None and vocabulary.kind_is(step.kind, event.kind)


def _response_level(rules: list[Rule], vocabulary: Vocabulary) -> str:
    """The level of the feedback: inform, or the highest level a response rule asks for."""
    asked = [r.body.level for r in rules if isinstance(r.body, Response)]
    return max(["inform", *asked], key=vocabulary.level_rank)


def _knows(vocabulary: Vocabulary, role: str) -> bool:
    try:
        vocabulary.role(role)
    except LookupError:
        return False
    return True


def _other_firsts(rules: list[Rule], vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(kind, owner role) of the first events of `X before Y` rules that are steps of another kind
    than frames."""
    found: list[tuple[str, str]] = []
    for rule in rules:
        body = rule.body
        if (isinstance(body, EventBefore) and body.first.type == "steps" and body.first.kind
                and not vocabulary.kind_is(body.first.kind, "frames")):
            entry = (body.first.kind, body.first.owner or "executive")
            if entry not in found:
                found.append(entry)
    return found


def _frame_owners(rules: list[Rule]) -> list[str]:
    owners = []
    for rule in rules:
        body = rule.body
        if isinstance(body, EventBefore) and body.first.owner and body.first.owner not in owners:
            owners.append(body.first.owner)
    return owners


# -- questions about a sketch ---------------------------------------------------------------------


def in_event(step: SketchStep, event: Event, sketch: Sketch, vocabulary: Vocabulary) -> bool:
    if event.type == "steps":
        if event.kind is None or not vocabulary.kind_is(step.kind, event.kind):
            return False
        owner_role = sketch.actors.get(step.owner or "")
        return event.owner is None or (owner_role is not None and vocabulary.role_covers(event.owner, owner_role))
    if event.type == "participation":
        return any(vocabulary.is_influence(level) for level in step.participants.values())
    if event.type == "last":  # the sketch's steps run in list order: the last of the kind
        same = [s for s in sketch.steps if vocabulary.kind_is(s.kind, event.kind or "")]
        return bool(same) and same[-1] is step
    if step.phase is None or event.phase is None:  # a phase event always names its phase
        return False
    rank, bound = vocabulary.phase_rank(step.phase), vocabulary.phase_rank(event.phase)
    return rank >= bound if event.type == "phase-starts" else rank <= bound


def add_event_step(sketch: Sketch, event: Event, vocabulary: Vocabulary) -> bool:
    """A step of a steps event right after the decision, before the feedback (which then answers
    it), when the sketch has none; False when it cannot have one (not a steps event)."""
    if any(in_event(step, event, sketch, vocabulary) for step in sketch.steps):
        return True
    if event.type != "steps" or event.kind is None or not any(s.id == "terugkoppeling" for s in sketch.steps):
        return False
    index = sketch.index("terugkoppeling")
    before = sketch.steps[index]
    step_id = f"stap-{vocabulary.name_of('kind', event.kind, 'nl')}".replace(" ", "-")
    owner = sketch.actor_of(event.owner or "executive", vocabulary)
    sketch.steps.insert(index, SketchStep(step_id, event.kind, owner, "decision", (before.day or 181) - 1,
                                          after=list(before.after)))
    before.after = [step_id]
    return True


def event_index(sketch: Sketch, event: Event, vocabulary: Vocabulary) -> int | None:
    """The index of the step the engine reads as the event in the sketch's straight line: the
    first step of its set, or for an end event (`phase P ends`) the last one; None: no such step."""
    found = [i for i, step in enumerate(sketch.steps) if in_event(step, event, sketch, vocabulary)]
    if not found:
        return None
    return found[-1] if event.type == "phase-ends" else found[0]


def response_index(sketch: Sketch, event: Event, vocabulary: Vocabulary) -> int | None:
    """The index of the step a response answers (`event_index`). When nothing follows it, a step
    is appended (a copy of the feedback's participants) so that a response can come."""
    index = event_index(sketch, event, vocabulary)
    if index is None:
        return None
    if index + 1 == len(sketch.steps):
        at = sketch.steps[index]
        feedback = next((st for st in sketch.steps if st.id == "terugkoppeling"), None)
        sketch.steps.append(SketchStep("reactie-later", "meeting", sketch.actor_of("officials", vocabulary),
                                       _phase_after(event, at.phase, vocabulary),
                                       None if at.day is None else at.day + at.length,
                                       participants=dict(feedback.participants) if feedback else {}, after=[at.id]))
    return index


def _phase_after(event: Event, phase: str | None, vocabulary: Vocabulary) -> str | None:
    """The phase of a step that answers the end of `event`: for `phase P ends`, the phase after P
    (a step in P or earlier is itself part of the event and would need an answer of its own);
    otherwise `phase`, that of the step it answers."""
    if event.type != "phase-ends" or event.phase is None:
        return phase
    rank = vocabulary.phase_rank(event.phase)
    return vocabulary.phase_order[rank + 1] if rank + 1 < len(vocabulary.phase_order) else phase


def involves(step: SketchStep, who: tuple[str, ...], level: str, sketch: Sketch, vocabulary: Vocabulary,
             themselves: bool = False) -> bool:
    roles = satisfying_roles(who, vocabulary, themselves)
    dynamic = any(w in vocabulary.dynamic_roles for w in who)
    for actor, actor_level in step.participants.items():
        role = sketch.actors[actor]
        if vocabulary.level_rank(actor_level) >= vocabulary.level_rank(level):
            if role in roles or (dynamic and vocabulary.is_stakeholder(role)):
                return True
    return False


def date_of(day: int) -> dt.date:
    return BASE_DATE + dt.timedelta(days=day)


def to_data(sketch: Sketch) -> dict:
    """The sketch as plan data in the YAML format of docs/spec/PLAN.md (ids and English vocabulary)."""
    steps = []
    for s in sketch.steps:
        entry: dict = {"id": s.id, "kind": s.kind}
        if s.owner:
            entry["owner"] = s.owner
        if s.participants:
            entry["participants"] = dict(s.participants)
        if s.phase:
            entry["phase"] = s.phase
        if s.day is not None:
            if s.length == 1:
                entry["date"] = date_of(s.day)
            else:
                entry["start"] = date_of(s.day)
                entry["end"] = date_of(s.day + s.length - 1)
        if s.after:
            entry["after"] = list(s.after)
        steps.append(entry)
    data: dict = {"plan": sketch.title}
    if sketch.attributes:
        data["attributes"] = dict(sketch.attributes)
    data["actors"] = {actor: {"role": role} for actor, role in sketch.actors.items()}
    data["steps"] = steps
    return data
