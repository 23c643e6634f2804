"""Pydantic models of a process plan (docs/spec/PLAN.md) and the loader that reads YAML or JSON into them.

After loading, every vocabulary name in a plan is a canonical id (English) of the ruleset's
vocabulary, every step has `start`/`end` when it has any date, and participants that name a
role instead of an actor stand for an implicit actor of that role. `Plan.positions` maps a
path of keys (`("steps", 3, "kind")`) to the place in the file, so findings and errors point
at a line and column.
"""

# Unlike the other modules, annotations here are objects, not text (no `from __future__ import
# annotations`): pydantic reads every field's annotation when it defines a model class, and one
# kept as text it must first compile and evaluate, which for these classes cost ~0.4 ms of every
# run's start-up. Only names defined further down are written as text.
import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, InstanceOf, PrivateAttr
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import PydanticCustomError

from procesregels.plan.date_forms import read_date
from procesregels.span import Span

def _iso_date(value: Any) -> Any:
    """Accept a date, or a date written year-month-day or day-month-year (docs/spec/PLAN.md), nothing
    else: pydantic alone would read the number 20260301 as seconds since 1970, and a date with a
    time as its day."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        read = read_date(value)
        if isinstance(read, dt.date):
            return read
        if read.impossible:
            raise PydanticCustomError("not_a_date", "{value} is not a date",
                                      {"value": read.value, "why": read.why, "why_args": dict(read.why_args)})
        if read.iso:
            raise PydanticCustomError("date_form", "{value} is not a date form", {"value": read.value, "iso": read.iso})
    raise PydanticCustomError("iso_date", "expected an ISO date like 2026-03-01")


#: An ISO date (YYYY-MM-DD); YAML reads it as a date, JSON gives it as text.
IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]


class _Model(BaseModel):
    # Numbers are accepted where text is expected (`id: 1`, `rule: 9`): YAML reads them as
    # numbers, but a participation officer means the name.
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True, defer_build=True)


class Actor(_Model):
    """An actor of the plan: a role of the vocabulary and an optional display name."""

    role: str = Field(description="Role of the vocabulary (English or Dutch), e.g. residents / inwoners")
    name: str | None = Field(default=None, description="Display name, e.g. 'Projectteam Marktplein'")
    #: True for the unnamed actor that a participant naming a role stands for.
    implicit: SkipJsonSchema[bool] = Field(default=False, exclude=True)


class Step(_Model):
    """One step of the process."""

    id: str = Field(min_length=1, description="Short unique name of the step (not its title), e.g. 'enquete'")
    title: str | None = Field(default=None, description="Title shown in reports, e.g. 'Online enquête'")
    description: str | None = Field(default=None, description="Free description of the step")
    kind: str = Field(
        description="Step kind (English or Dutch): decision/besluit, frames/kaderstelling, draft/ontwerp, "
        "inspection/terinzagelegging, meeting/bijeenkomst, survey/enquête, workshop/werksessie, panel, "
        "citizens-assembly/burgerberaad, feedback/terugkoppeling, advice/advies, information/informatie, "
        "evaluation/evaluatie, or a kind the ruleset declares"
    )
    owner: str | None = Field(default=None, description="Actor id of the actor responsible for the step")
    participants: dict[str, str] = Field(
        default_factory=dict,
        description="Who takes part, at which level: actor id (or a role, for an unnamed actor of that role) -> "
        "level inform/informeren, consult/raadplegen, advise/adviseren, coproduce/coproduceren, "
        "codecide/meebeslissen (or a level name the ruleset declares)",
    )
    phase: str | None = Field(
        default=None,
        description="Phase: initiative/initiatief, exploration/verkenning, design/ontwerp, "
        "decision/besluitvorming, implementation/uitvoering, evaluation/evaluatie",
    )
    date: IsoDate = Field(default=None, description="A one-day step: ISO date, e.g. 2026-03-01 (start = end = date)")
    start: IsoDate = Field(default=None, description="First day of the step (ISO date); needs end or duration")
    end: IsoDate = Field(default=None, description="Last day of the step (ISO date); both dates count")
    duration: str | None = Field(
        default=None,
        description="With start, gives the end: N days/dagen, weeks/weken or months/maanden, e.g. '6 weeks' or "
        "'6 weken' (both dates count: 1 week from 2026-01-01 ends 2026-01-07)",
    )
    after: tuple[str, ...] = Field(default=(), description="Ids of the steps that must be done before this one starts")
    optional: bool = Field(default=False, description="True when the step may not happen")

    @property
    def label(self) -> str:
        return self.title or self.id


class Choice(_Model):
    """Exactly one option of a choice happens; an option is a list of step ids."""

    id: str = Field(min_length=1, description="Short unique name of the choice")
    options: tuple[tuple[str, ...], ...] = Field(
        min_length=1,
        description="The options, each a list of step ids that happen together, e.g. [[enquete], [straatgesprekken]]",
    )


class Waiver(_Model):
    """An accepted deviation from a rule: still reported, marked waived, not failing."""

    rule: str = Field(min_length=1, description="Id of the rule whose finding is accepted, e.g. R9")
    reason: str = Field(min_length=1, description="Why the deviation is accepted (required)")


class Plan(_Model):
    """A planned participation process."""

    plan: str = Field(description="Title of the plan")
    municipality: str | None = Field(default=None, description="The municipality, e.g. Voorbeeldstad")
    description: str | None = Field(default=None, description="Free description of the process")
    attributes: dict[str, Any] = Field(
        default_factory=dict,
        description="Free attributes that rule conditions test, e.g. budget: 2500000; impact takes "
        "low/laag, medium/middel or high/hoog",
    )
    actors: dict[str, Actor] = Field(default_factory=dict, description="Actor id -> actor (role and display name)")
    steps: tuple[Step, ...] = Field(default=(), description="The steps of the process")
    choices: tuple[Choice, ...] = Field(default=(), description="Choices: exactly one option of each happens")
    waivers: tuple[Waiver, ...] = Field(
        default=(), description="Accepted deviations: the finding is reported, marked waived, and does not fail"
    )
    order: str = Field(
        default="after",
        description="Where the order of steps comes from: after/na (only the 'after' links) or dates/datums "
        "(also: a dated step that ends on an earlier day than another starts comes before it)",
    )
    path: SkipJsonSchema[str] = Field(default="<plan>", exclude=True)
    #: The language the plan writes its keys in ("nl" for `stappen:`), for messages that name a key.
    key_lang: SkipJsonSchema[str] = Field(default="en", exclude=True)
    # InstanceOf: a Span is a record, not a model or dataclass that pydantic could look into.
    positions: SkipJsonSchema[dict[tuple, InstanceOf[Span]]] = Field(default_factory=dict, exclude=True, repr=False)
    _step_indices: tuple[tuple, dict[str, int]] | None = PrivateAttr(default=None)

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
        # An index built on first use; tied to the steps tuple it was built from, because
        # `model_copy(update=...)` copies private attributes along with the model.
        steps, index = self._step_indices or ((), {})
        if steps is not self.steps:
            index = {step.id: position for position, step in enumerate(self.steps)}
            self._step_indices = (self.steps, index)
        return index[step_id]

    def step_span(self, step_id: str) -> Span:
        return self.span_of("steps", self.step_index(step_id))
