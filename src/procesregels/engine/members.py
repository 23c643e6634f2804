"""Which steps a rule talks about: steps that involve or reach someone, the steps of an event,
steps by kind, phase and date (docs/spec/LANGUAGE.md sections 3 and 5). A part of `PlanGraph`; every set is
computed once per plan and cached.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property
from typing import Any, NamedTuple, TYPE_CHECKING

from procesregels.engine.bitsets import mask_of
from procesregels.ruleset.model import Event

if TYPE_CHECKING:
    from procesregels.core.vocabulary import Vocabulary
    from procesregels.plan.model import Plan, Step


# The engine's own records are NamedTuples: immutable like a frozen dataclass, and far cheaper to
# define, which every lint pays at start-up (about 0.35 ms less per class).
class Participation(NamedTuple):
    actor: str
    role: str
    rank: int  # level rank on the ladder


class StepSets:
    """The membership questions of `PlanGraph` (which sets up `steps`, `plan`, `vocabulary`)."""

    # set by PlanGraph.__init__
    plan: Plan
    vocabulary: Vocabulary
    steps: list[Step]
    _cache: dict[Any, Any]
    maybe_phase: int  # the steps without a phase
    maybe_owner: int  # the steps without an owner

    def _index_participants(self) -> None:
        vocabulary = self.vocabulary
        roles = {a: actor.role for a, actor in self.plan.actors.items()}
        self.participations: list[list[Participation]] = []
        for step in self.steps:
            row = []
            for actor, level in sorted(step.participants.items()):
                role = roles.get(actor, actor)  # a role named directly stands for its own actor
                row.append(Participation(actor, role, vocabulary.level_rank(level)))
            self.participations.append(row)
        by_role_rank: dict[tuple[str, int], list[int]] = {}
        by_actor_rank: dict[tuple[str, int], list[int]] = {}
        for i, row in enumerate(self.participations):
            for p in row:
                by_role_rank.setdefault((p.role, p.rank), []).append(i)
                by_actor_rank.setdefault((p.actor, p.rank), []).append(i)
        self._role_rank = {key: mask_of(v) for key, v in by_role_rank.items()}
        self._actor_rank = {key: mask_of(v) for key, v in by_actor_rank.items()}
        self.actor_roles: dict[str, str] = {p.actor: p.role for row in self.participations for p in row}
        self.participation_steps = mask_of(i for i, row in enumerate(self.participations) if row)
        influence = vocabulary.level_rank(vocabulary.influence_from)
        self.influence_steps = mask_of(
            i for i, row in enumerate(self.participations) if any(p.rank >= influence for p in row)
        )

    # -- involvement ------------------------------------------------------------------------

    def involving(self, who: tuple[str, ...], level: str, themselves: bool = False) -> int:
        """Steps that involve one of `who` at `level` or higher: a participant whose role is
        that role or a broader one (docs/spec/LANGUAGE.md section 5); with `themselves`, that
        role or a narrower one (a broader group does not stand for it)."""
        key = ("involving", tuple(sorted(who)), level, themselves)
        if key not in self._cache:
            rank = self.vocabulary.level_rank(level)
            if themselves:
                counts = lambda role: any(self.vocabulary.role_covers(w, role) for w in who)  # noqa: E731
            else:
                covering = {r for w in who for r in self.vocabulary.role_ancestors(w)}
                counts = covering.__contains__
            acc = 0
            for (role, r), mask in self._role_rank.items():
                if r >= rank and counts(role):
                    acc |= mask
            self._cache[key] = acc
        return self._cache[key]

    def stakeholder_participants(self) -> list[str]:
        """The actors that `participants` can stand for: stakeholder actors taking part in a step."""
        return sorted(a for a, role in self.actor_roles.items() if self.vocabulary.is_stakeholder(role))

    def taking_part(self, actor: str) -> int:
        """The steps in which `actor` is a participant, at any level."""
        acc = 0
        for (a, _), mask in self._actor_rank.items():
            if a == actor:
                acc |= mask
        return acc

    def reaching(self, actor: str, level: str) -> int:
        """Steps that reach `actor` at `level` or higher: the actor itself, or an actor of a
        strictly broader role, is a participant (informing all residents reaches the
        neighbours; informing one residents group does not reach another)."""
        key = ("reaching", actor, level)
        if key not in self._cache:
            rank = self.vocabulary.level_rank(level)
            broader = set(self.vocabulary.role_ancestors(self.actor_roles[actor])[1:])
            acc = 0
            for (a, r), mask in self._actor_rank.items():
                if a == actor and r >= rank:
                    acc |= mask
            for (role, r), mask in self._role_rank.items():
                if role in broader and r >= rank:
                    acc |= mask
            self._cache[key] = acc
        return self._cache[key]

    # -- events -----------------------------------------------------------------------------

    def event_members(self, event: Event) -> tuple[int, int]:
        """(definite, maybe): the steps of an event. A step without a phase is a *maybe* member of
        a phase event, and a step of the event's kind without an owner a *maybe* member of an
        owner-specific event (`the council decides`): whether it belongs depends on data the plan
        does not give (docs/spec/LANGUAGE.md section 3)."""
        key = ("event", event)
        if key not in self._cache:
            self._cache[key] = self._members(event)
        return self._cache[key]

    @staticmethod
    def missing_field(event: Event) -> str:
        """The field whose absence makes a step a maybe member of the event: `owner` for an
        owner-specific event, `phase` otherwise (only phase events have other maybe members)."""
        return "owner" if event.type == "steps" and event.owner is not None else "phase"

    def lacking(self, field: str, mask: int) -> int:
        """The steps of `mask` that lack `field` (`phase` or `owner`)."""
        if field not in ("phase", "owner"):
            raise ValueError(f"no maybe members for lack of {field!r}")
        return mask & (self.maybe_owner if field == "owner" else self.maybe_phase)

    @staticmethod
    def event_boundary(event: Event) -> str | None:
        """Which steps of the event's set are the event in an execution (docs/spec/LANGUAGE.md section 3):
        "first" (participation starts, phase P starts: the set's steps that no step of the set
        comes before), "last" (phase P ends: those that no step of the set comes after), or None
        (`any decision`, `the council decides`: every step of the set)."""
        if event.type in ("participation", "phase-starts"):
            return "first"
        return "last" if event.type in ("phase-ends", "last") else None

    def _members(self, event: Event) -> tuple[int, int]:
        vocabulary = self.vocabulary
        if event.type == "participation":
            return self.influence_steps, 0
        if event.type == "steps":
            if event.owner is None:
                return self.steps_of(event.kind), 0
            return self.steps_of(event.kind, event.owner), self.steps_of(event.kind) & self.maybe_owner
        if event.type == "last":  # `the last decision`: an end event over the steps of a kind
            return self.steps_of(event.kind), 0
        limit = vocabulary.phase_rank(event.phase_named)
        definite, maybe = [], []
        for i, step in enumerate(self.steps):
            if step.phase is None:
                maybe.append(i)
                continue
            rank = vocabulary.phase_rank(step.phase)
            if (rank >= limit) if event.type == "phase-starts" else (rank <= limit):
                definite.append(i)
        return mask_of(definite), mask_of(maybe)

    def steps_of(self, kind: str | None, owner: str | None = None) -> int:
        """Steps of `kind` (or a narrower kind) whose owner has role `owner` or a narrower one."""
        key = ("steps_of", kind, owner)
        if key not in self._cache:
            self._cache[key] = self._steps_of(kind, owner)
        return self._cache[key]

    def _steps_of(self, kind: str | None, owner: str | None) -> int:
        chosen = []
        for i, step in enumerate(self.steps):
            if kind is not None and not self.vocabulary.kind_is(step.kind, kind):
                continue
            if owner is not None:
                actor = self.plan.actors.get(step.owner) if step.owner else None
                if actor is None or not self.vocabulary.role_covers(owner, actor.role):
                    continue
            chosen.append(i)
        return mask_of(chosen)

    def phase_at_most(self, phase: str) -> int:
        """Steps whose (known) phase is `phase` or an earlier one."""
        limit = self.vocabulary.phase_rank(phase)
        return mask_of(
            i for i, s in enumerate(self.steps)
            if s.phase is not None and self.vocabulary.phase_rank(s.phase) <= limit
        )

    @cached_property
    def _by_start(self) -> tuple[list[dt.date], list[int]]:
        keys = {i: day for i in range(len(self.steps)) if (day := self.start(i)) is not None}
        starts = sorted(keys.values())
        order = sorted(keys, key=lambda i: keys[i])
        prefix, acc = [0], 0
        for i in order:
            acc |= 1 << i
            prefix.append(acc)
        return starts, prefix

    def started_by(self, day: dt.date) -> int:
        """Steps with a start date on or before `day` (binary search over prefix sets)."""
        starts, prefix = self._by_start
        return prefix[bisect.bisect_right(starts, day)]

    # -- dates ------------------------------------------------------------------------------

    # -- dates ------------------------------------------------------------------------------

    def start(self, i: int) -> dt.date | None:
        step = self.steps[i]
        return step.start or step.date

    def end(self, i: int) -> dt.date | None:
        step = self.steps[i]
        return step.end or step.date
