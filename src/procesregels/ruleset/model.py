"""The rule model: a ruleset and its rule templates (docs/spec/LANGUAGE.md sections 1, 4 and 5).

Models hold canonical vocabulary ids only (English), so an English and a Dutch sentence that
mean the same give equal models. Spans are kept on the models for messages but excluded from
`model_dump()`; compare meanings with `meaning()`.
"""

# Unlike the other modules, annotations here are objects, not text (no `from __future__ import
# annotations`): pydantic reads every field's annotation when it defines a model class, and one
# kept as text it must first compile and evaluate, which for these classes cost ~1 ms of every
# run's start-up. Only names defined further down are written as text.
import datetime as dt
from typing import Annotated, Any, Literal, TypeVar, Union, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from procesregels.core.durations import Unit as Unit  # re-exported: the rule model's types
from procesregels.core.models import construct
from procesregels.core.vocabulary import Lang as Lang, Severity as Severity
from procesregels.span import Span


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True, defer_build=True)


_V = TypeVar("_V", bound=_Value)

#: True: `trusted` validates like the constructors (the tests compare both ways).
VALIDATE_TRUSTED = False


def trusted(cls: type[_V], **fields: Any) -> _V:
    """A model of values the ruleset reader made itself, already of the field types (str, int,
    tuples of models): built without pydantic's validators. Building them costs more on first
    use than a typical `lint` spends checking, and the reader's values never fail them. The
    constructors (`Event(...)`) still validate everything anyone else gives them; a test proves
    that both ways give the same models, for every ruleset in the repository and generated ones."""
    if VALIDATE_TRUSTED:
        return cls(**fields)
    return construct(cls, fields)


class Duration(_Value):
    """`6 weeks`: a whole number of days, weeks or calendar months."""

    amount: int = Field(ge=0)
    unit: Unit


class Event(_Value):
    """A set of plan steps that 'before'/'after' point at (docs/spec/LANGUAGE.md section 3).

    - `steps`: steps of `kind` (or a narrower kind), owned by `owner` or a narrower role when an
      owner is given (`the council decides`), by anyone otherwise (`any decision`);
    - `participation`: the participation steps that give influence (`participation starts`);
    - `phase-starts`: the steps in `phase` or a later phase;
    - `phase-ends`: the steps in `phase` or an earlier phase;
    - `last`: the steps of `kind` (or a narrower kind), as an end event (`the last decision`).
    """

    type: Literal["steps", "participation", "phase-starts", "phase-ends", "last"]
    kind: str | None = None
    owner: str | None = None
    phase: str | None = None

    # The grammar gives every `steps` and `last` event a kind and every phase event a phase: the
    # typed readers of those fields for code that has checked the type.
    @property
    def kind_named(self) -> str:
        if self.kind is None:
            raise ValueError(f"a {self.type} event names no kind")
        return self.kind

    @property
    def phase_named(self) -> str:
        if self.phase is None:
            raise ValueError(f"a {self.type} event names no phase")
        return self.phase


Comparison = Literal["is", "at-least", "at-most", "more-than", "less-than"]


class Condition(_Value):
    """One clause: `ATTRIBUTE is VALUE` (text, or an impact level) / `is at least N` /
    `is at most N` / `is more than N` / `is less than N`. `is not ...` is `Not(Condition)`."""

    type: Literal["clause"] = "clause"
    attribute: str
    op: Comparison
    value: str | int | float


class AllOf(_Value):
    """Clauses joined by `and` (`en`): true when every part is (Kleene logic)."""

    type: Literal["and"] = "and"
    parts: tuple["Expression", ...] = Field(min_length=2)


class AnyOf(_Value):
    """Clauses joined by `or` (`of`): true when some part is (Kleene logic)."""

    type: Literal["or"] = "or"
    parts: tuple["Expression", ...] = Field(min_length=2)


class Not(_Value):
    """`ATTRIBUTE is not VALUE`, or the `unless` part of a rule (see `Rule.condition`)."""

    type: Literal["not"] = "not"
    part: "Expression"


#: A condition as written: clauses joined by `and`/`or` (`and` binds tighter; no parentheses),
#: a clause possibly negated. `Not` over `and`/`or` arises only from `unless`.
Expression = Annotated[Union[Condition, AllOf, AnyOf, Not], Field(discriminator="type")]
# No `model_rebuild()` here: with `defer_build` pydantic resolves the forward reference to
# `Expression` when a model is first validated; rebuilding now would build every validator at
# import (and load pydantic's plugin machinery), which the lint path of a bundled ruleset never needs.


def all_of(parts) -> "Expression | None":
    """The conjunction of `parts` (flattening nested `and`s); None for no parts."""
    flat: list = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, AllOf) else (part,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else trusted(AllOf, parts=tuple(flat))


def clauses(expression) -> tuple[Condition, ...]:
    """The clauses of a condition, in the order written."""
    if expression is None:
        return ()
    if isinstance(expression, Condition):
        return (expression,)
    if isinstance(expression, Not):
        return clauses(expression.part)
    return tuple(c for part in expression.parts for c in clauses(part))


class _Groups(_Value):
    """WHO in a sentence (version 2): `themselves` (`zelf`): only a participant of that role or a
    narrower one counts, not a broader group; `each`: an `and` list (`A, B and C`), the rule for
    each group separately (otherwise the roles are alternatives: `A or B`)."""

    themselves: bool = False
    each: bool = False


class InvolvementBefore(_Groups):
    """Sentences 1-3, 16, 18: for every step E of `event`, a step before E involves WHO at LEVEL."""

    template: Literal["involvement-before"] = "involvement-before"
    who: tuple[str, ...]
    level: str
    event: Event


class InvolvementAnywhere(_Groups):
    """Sentences 4, 17: every execution has a step that involves WHO at LEVEL."""

    template: Literal["involvement-anywhere"] = "involvement-anywhere"
    who: tuple[str, ...]
    level: str


class InfluenceByPhase(_Groups):
    """Sentence 5: WHO has influence (consult or higher) in `phase` or earlier."""

    template: Literal["influence-by-phase"] = "influence-by-phase"
    who: tuple[str, ...]
    phase: str


class EventBefore(_Value):
    """Sentence 6: for every step Y of `second`, a step X of `first` happens before Y."""

    template: Literal["event-before"] = "event-before"
    first: Event
    second: Event


class Response(_Groups):
    """Sentences 7, 8: after every step E of `event`, a step involves WHO at LEVEL (within N)."""

    template: Literal["response"] = "response"
    event: Event
    who: tuple[str, ...]
    level: str
    within: Duration | None = None


class DurationBound(_Value):
    """Sentences 9, 10: every step of `kind` lasts at least (`min`) or at most (`max`) N."""

    template: Literal["duration"] = "duration"
    kind: str
    bound: Literal["min", "max"]
    length: Duration


class LeadTime(_Groups):
    """Sentence 11: before every step E of `event`, a step involves WHO at LEVEL, N ahead."""

    template: Literal["lead-time"] = "lead-time"
    who: tuple[str, ...]
    level: str
    event: Event
    lead: Duration


class FieldPresent(_Value):
    """Sentences 12, 13: every participation step (or every step of `kind`) has a field."""

    template: Literal["field-present"] = "field-present"
    field: Literal["owner", "date"]
    kind: str | None = None  # None: every participation step


class RolePresent(_Value):
    """Sentence 14: the plan has an actor of that role or a narrower one."""

    template: Literal["role-present"] = "role-present"
    role: str


class Prohibition(_Value):
    """Sentence 15: no participation (influence) step happens after a step of `event`."""

    template: Literal["prohibition"] = "prohibition"
    event: Event


Template = Annotated[
    Union[
        InvolvementBefore,
        InvolvementAnywhere,
        InfluenceByPhase,
        EventBefore,
        Response,
        DurationBound,
        LeadTime,
        FieldPresent,
        RolePresent,
        Prohibition,
    ],
    Field(discriminator="template"),
]

BODIES = get_args(get_args(Template)[0])
#: the templates whose sentence names groups (WHO: `who`, `themselves`, `each`)
WithGroups = InvolvementBefore | InvolvementAnywhere | InfluenceByPhase | Response | LeadTime


def template_id(model: type[BaseModel]) -> str:
    """The id of the template a body class is (its `template` discriminator, e.g. `lead-time`)."""
    return str(model.model_fields["template"].default)


TEMPLATE_NAMES = tuple(template_id(body) for body in BODIES)


class Rule(_Value):
    """One rule: id, title, where it comes from, how bad a breach is, when it applies, what it says."""

    id: str
    title: str
    source: str | None = None
    severity: Severity = "error"
    #: `when C:` (None: no condition); `unless U:` (None: no exception). The rule applies where
    #: C is true and U false (`Rule.condition`). A tuple of clauses means all of them (version 1).
    when: Expression | None = None
    unless: Expression | None = None
    body: Template
    replaces: str | None = None
    #: The ruleset (name) this rule was written in; set when layers are merged.
    layer: str | None = Field(default=None, exclude=True)
    #: Written in a `legal floor` ruleset, or replacing such a rule: a ruleset that extends it may
    #: not weaken or drop it. `floor_rule` is the floor rule it stands for (itself, or the rule replaced).
    floor: bool = Field(default=False, exclude=True)
    floor_rule: Any = Field(default=None, exclude=True, repr=False)
    span: Span | None = Field(default=None, exclude=True, repr=False)
    sentence_span: Span | None = Field(default=None, exclude=True, repr=False)

    #: How the council worded what the model does not keep (`fmt` keeps it): "number-words" (a
    #: period written `zes weken`), "level-phrase" (a level written `op niveau informeren`).
    wording: frozenset[str] = Field(default=frozenset(), exclude=True, repr=False)

    @field_validator("when", "unless", mode="before")
    @classmethod
    def _clause_list(cls, value):
        if isinstance(value, (tuple, list)):
            return all_of(value)
        return value

    def condition(self) -> "Expression | None":
        """When the rule applies, as one expression: `when` and not `unless` (None: always)."""
        parts = [p for p in (self.when, trusted(Not, part=self.unless) if self.unless is not None else None) if p is not None]
        return all_of(parts)

    def meaning(self) -> dict:
        """What the rule says, without its id, title, source or place in a file."""
        dump = lambda e: e.model_dump() if e is not None else None  # noqa: E731
        return {"when": dump(self.when), "unless": dump(self.unless), "body": self.body.model_dump()}


class Example(_Value):
    """`example "name" plan "path" expect pass|R1 R2`: a plan the ruleset carries as a test."""

    name: str
    plan: str
    expect: tuple[str, ...]  # () means: expect pass
    span: Span | None = Field(default=None, exclude=True, repr=False)


class Declaration(_Value):
    """`role X under Y`, `kind X is Y`, `level X is Y`, or `attribute X: v1, v2` / `attribute X:
    number` (parent "values" or "number"; `values` the allowed values as written)."""

    category: Literal["role", "kind", "level", "attribute"]
    name: str
    parent: str
    values: tuple[str, ...] = ()
    span: Span | None = Field(default=None, exclude=True, repr=False)


class Ruleset(_Value):
    """One ruleset file, or the result of merging it with the rulesets it extends."""

    title: str
    municipality: str | None = None
    version: str | None = None
    adopted: dt.date | None = None
    source: str | None = None
    extends: tuple[str, ...] = ()
    language: Lang | None = None
    #: `legal floor`: rulesets that extend this one may not weaken or drop its rules (version 2).
    legal_floor: bool = False
    declarations: tuple[Declaration, ...] = ()
    rules: tuple[Rule, ...] = ()
    drops: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    path: str | None = Field(default=None, exclude=True)
    span: Span | None = Field(default=None, exclude=True, repr=False)
    #: (new rule, floor rule it replaces, span of `replaces`, text of the file): for the floor guard.
    floor_replacements: tuple = Field(default=(), exclude=True, repr=False)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def vocabulary(self):
        """The standard vocabulary extended by this ruleset's declarations (in file order)."""
        from procesregels.core.vocabulary import standard

        def declared(category: str) -> list[tuple[str, str]]:
            return [(d.name, d.parent) for d in self.declarations if d.category == category]

        attributes = [(d.name, None if d.parent == "number" else d.values)
                      for d in self.declarations if d.category == "attribute"]
        return standard().extend(roles=declared("role"), kinds=declared("kind"), levels=declared("level"),
                                 attributes=attributes)
