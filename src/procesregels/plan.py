"""Pydantic models of a process plan (PLAN.md) and the loader that reads YAML or JSON into them.

After loading, every vocabulary name in a plan is a canonical id (English) of the ruleset's
vocabulary, every step has `start`/`end` when it has any date, and participants that name a
role instead of an actor stand for an implicit actor of that role. `Plan.positions` maps a
path of keys (`("steps", 3, "kind")`) to the place in the file, so findings and errors point
at a line and column.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .span import Span


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Actor(_Model):
    """An actor of the plan: a role of the vocabulary and an optional display name."""

    role: str = Field(description="Role of the vocabulary (English or Dutch), e.g. residents / inwoners")
    name: str | None = Field(default=None, description="Display name, e.g. 'Projectteam Marktplein'")
    #: True for the unnamed actor that a participant naming a role stands for.
    implicit: bool = Field(default=False, exclude=True)


class Step(_Model):
    """One step of the process."""

    id: str = Field(description="Short unique name of the step")
    title: str | None = Field(default=None, description="Title shown in reports")
    description: str | None = None
    kind: str = Field(description="Step kind: decision, frames, draft, inspection, meeting, survey, ...")
    owner: str | None = Field(default=None, description="Actor id of the owner")
    participants: dict[str, str] = Field(
        default_factory=dict,
        description="Actor id (or role) -> participation level (inform, consult, advise, coproduce, codecide)",
    )
    phase: str | None = Field(default=None, description="Phase: initiative, exploration, design, decision, ...")
    date: dt.date | None = Field(default=None, description="One-day step (start = end = date)")
    start: dt.date | None = None
    end: dt.date | None = None
    duration: str | None = Field(default=None, description="With start: gives the end, e.g. '6 weeks' / '6 weken'")
    after: tuple[str, ...] = Field(default=(), description="Steps that must be done before this one starts")
    optional: bool = Field(default=False, description="The step may not happen")

    @property
    def label(self) -> str:
        return self.title or self.id


class Choice(_Model):
    """Exactly one option of a choice happens; an option is a list of step ids."""

    id: str
    options: tuple[tuple[str, ...], ...] = Field(min_length=1)


class Waiver(_Model):
    """An accepted deviation from a rule: still reported, marked waived, not failing."""

    rule: str
    reason: str = Field(min_length=1)


class Plan(_Model):
    """A planned participation process."""

    plan: str = Field(description="Title of the plan")
    municipality: str | None = None
    description: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict, description="Free attributes for rule conditions")
    actors: dict[str, Actor] = Field(default_factory=dict)
    steps: tuple[Step, ...] = ()
    choices: tuple[Choice, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    path: str = Field(default="<plan>", exclude=True)
    positions: dict[tuple, Span] = Field(default_factory=dict, exclude=True, repr=False)

    @property
    def title(self) -> str:
        return self.plan

    def span_of(self, *keys: Any) -> Span:
        """The place of the most specific known key on the way to `keys` (the file start at worst)."""
        for end in range(len(keys), -1, -1):
            span = self.positions.get(tuple(keys[:end]))
            if span is not None:
                return span
        return Span(self.path, 1, 1)

    def step_index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)

    def step_span(self, step_id: str) -> Span:
        return self.span_of("steps", self.step_index(step_id))
