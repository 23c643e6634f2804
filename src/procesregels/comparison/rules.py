"""Rule against rule: which of two rules of the same template is stricter, and why.

A rule is *stricter* than another when every plan that meets it also meets the other, and
some plan meets the other but not it. Each template is compared aspect by aspect (who,
level, event, deadline, length, `when` condition); every aspect is monotone in the meaning of
docs/spec/LANGUAGE.md section 5, so when all aspects point the same way (or are equal) the whole rule
does too. Aspects that point different ways make the rules `incomparable`: that is the honest
answer, because a plan exists for each direction.

Each aspect carries a message key (`compare.*`) and its arguments, so the same reasoning reads
in English and in Dutch.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Literal

from procesregels.comparison.aspects import Aspect, RuleVerdict, Side, combine, flip
from procesregels.comparison.values import compare_bound, compare_deadline, compare_length, compare_when
from procesregels.comparison.words import EachOf
from procesregels.ruleset.model import Event, Rule
from procesregels.core.vocabulary import Vocabulary

__all__ = ["Aspect", "RuleVerdict", "combine", "flip", "compare_rules", "compare_bodies", "compare_length"]

PARTICIPANTS = "participants"


# -- who and level ---------------------------------------------------------------------------


def satisfying_roles(who: tuple[str, ...], vocabulary: Vocabulary, themselves: bool = False) -> frozenset[str]:
    """Roles of a participant that meet `who` (a role or a broader one, of any role listed; with
    `themselves` the role or a narrower one)."""
    if themselves:
        return frozenset(r for r in vocabulary.role_parent for w in who if vocabulary.role_covers(w, r)) | frozenset(who)
    return frozenset(r for w in who for r in vocabulary.role_ancestors(w))


def demands(body: Any, vocabulary: Vocabulary) -> list[frozenset[str]]:
    """What WHO asks, as sets of roles of which a step must involve one: one set for a role or
    an `or` list, one per group for an `and` list (each group separately)."""
    themselves = getattr(body, "themselves", False)
    if getattr(body, "each", False):
        return [satisfying_roles((w,), vocabulary, themselves) for w in body.who]
    return [satisfying_roles(body.who, vocabulary, themselves)]


def compare_who(x: Any, y: Any, vocabulary: Vocabulary) -> Aspect:
    """Fewer roles that can meet the rule is stricter: `residents` is met by residents or
    stakeholders only, `neighbours` also by neighbours, so the residents rule is stricter.
    `x`, `y`: rule bodies (or bare role tuples). `themselves` counts only the role and narrower
    ones; an `and` list asks each group. X is at least as strict as Y when each demand of Y has a
    demand of X whose roles are among Y's: meeting that one meets Y's."""
    if isinstance(x, tuple):
        x, y = _Plain(x), _Plain(y)
    a, b = _as_written(x), _as_written(y)
    args = (("roles_a", a), ("roles_b", b))
    shape_x = (frozenset(a), getattr(x, "themselves", False), getattr(x, "each", False))
    if shape_x == (frozenset(b), getattr(y, "themselves", False), getattr(y, "each", False)):
        return Aspect("same", "compare.who.same", args)
    if (PARTICIPANTS in a) != (PARTICIPANTS in b):
        # `participants` must be met for every participating actor: another kind of demand.
        return Aspect("?", "compare.who.participants", args)
    need_x, need_y = demands(x, vocabulary), demands(y, vocabulary)
    x_implies_y = all(any(dx <= dy for dx in need_x) for dy in need_y)
    y_implies_x = all(any(dy <= dx for dy in need_y) for dx in need_x)
    if x_implies_y and y_implies_x:
        return Aspect("same", "compare.who.same", args)
    if x_implies_y:
        return Aspect("a", "compare.who.narrower", (("roles_x", a), ("roles_y", b)))
    if y_implies_x:
        return Aspect("b", "compare.who.narrower", (("roles_x", b), ("roles_y", a)))
    return Aspect("?", "compare.who.different", args)


def _as_written(body: Any) -> tuple[str, ...]:
    return EachOf(body.who) if getattr(body, "each", False) else tuple(body.who)


class _Plain:
    """Bare roles as WHO: an `or` list, broader roles counting."""

    def __init__(self, who: tuple[str, ...]):
        self.who = who


def who_related(a: tuple[str, ...], b: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """Rules about related groups (one covers the other) are about the same point."""
    if PARTICIPANTS in a or PARTICIPANTS in b:
        return PARTICIPANTS in a and PARTICIPANTS in b
    return any(
        vocabulary.role_covers(x, y) or vocabulary.role_covers(y, x) for x in a for y in b
    )


def compare_level(a: str, b: str, vocabulary: Vocabulary) -> Aspect:
    rank_a, rank_b = vocabulary.level_rank(a), vocabulary.level_rank(b)
    if rank_a == rank_b:
        return Aspect("same", "compare.level.same", (("level", a),))
    if rank_a > rank_b:
        return Aspect("a", "compare.level.higher", (("level_x", a), ("level_y", b)))
    return Aspect("b", "compare.level.higher", (("level_x", b), ("level_y", a)))


def compare_phase(a: str, b: str, vocabulary: Vocabulary) -> Aspect:
    """An earlier deadline phase is stricter."""
    rank_a, rank_b = vocabulary.phase_rank(a), vocabulary.phase_rank(b)
    if rank_a == rank_b:
        return Aspect("same", "compare.phase.same", (("phase", a),))
    if rank_a < rank_b:
        return Aspect("a", "compare.phase.earlier", (("phase_x", a), ("phase_y", b)))
    return Aspect("b", "compare.phase.earlier", (("phase_x", b), ("phase_y", a)))


# -- events -------------------------------------------------------------------------------------


#: How a template uses its event, which decides whether a broader (or later) event is stricter:
#: "before" something must come before each step of it (or nothing after it: a prohibition);
#: "after" something must come after it; "timed" a term in days counts from it; "needed" a step
#: of it must come first (the first event of "X before Y").
EventUse = Literal["before", "after", "timed", "needed"]


def event_contains(big: Event, small: Event, vocabulary: Vocabulary) -> bool:
    """True when every step of `small` is a step of `big` in every plan (events of kind `steps`;
    `the last decision` is one of the decisions, so `any decision` contains it)."""
    if small.type == "last" and big.type in ("steps", "last"):
        return big.owner is None and small.kind is not None and big.kind is not None and (
            vocabulary.kind_is(small.kind, big.kind) if big.type == "steps" else small.kind == big.kind)
    if big.type != small.type or big.type != "steps":
        return big == small
    if small.kind is None or big.kind is None or not vocabulary.kind_is(small.kind, big.kind):
        return big.kind is None and small.kind is None
    return big.owner is None or (small.owner is not None and vocabulary.role_covers(big.owner, small.owner))


def compare_event(a: Event, b: Event, vocabulary: Vocabulary, *, use: EventUse) -> Aspect:
    """`any decision`-like events are sets: a rule about every step of the set is stricter for a
    broader set. `phase P starts` / `ends` are moments (the first / last steps of a set, as the
    engine reads them), ordered only in the cases `_compare_moment` proves."""
    if a == b:
        return Aspect("same", "compare.event.same", (("event", a),))
    if a.type in ("phase-starts", "phase-ends") and a.type == b.type:
        return _compare_moment(a, b, vocabulary, use)
    a_in_b, b_in_a = event_contains(b, a, vocabulary), event_contains(a, b, vocabulary)
    if a_in_b and b_in_a:
        return Aspect("same", "compare.event.same", (("event", a),))
    if not (a_in_b or b_in_a):
        return Aspect("?", "compare.event.different", (("event_a", a), ("event_b", b)))
    broad_side: Side
    broader, narrower, broad_side = (a, b, "a") if b_in_a else (b, a, "b")
    side = flip(broad_side) if use == "needed" else broad_side
    key = "compare.event.broader_weaker" if use == "needed" else "compare.event.broader"
    return Aspect(side, key, (("event_x", broader), ("event_y", narrower)))


def _compare_moment(a: Event, b: Event, vocabulary: Vocabulary, use: EventUse) -> Aspect:
    """Two moments of the same sort, P1 earlier than P2. A phase *starts* at the first steps of
    the set `phase P or later`; every such step of P2 has one of P1 at or before it, so "before
    the start of P1" implies "before the start of P2" (and "no participation after" likewise). A
    phase *ends* at the last steps of `phase P or earlier`; every such step of P1 has one of P2 at
    or after it, so "after the end of P2" implies "after the end of P1". Nothing else follows: the
    other moment may not exist at all in a plan, or lie beside the one, or a term in days may
    count from it."""
    rank_a, rank_b = vocabulary.phase_rank(a.phase_named), vocabulary.phase_rank(b.phase_named)
    if rank_a == rank_b:
        return Aspect("same", "compare.event.same", (("event", a),))
    early_side: Side
    earlier, later, early_side = (a, b, "a") if rank_a < rank_b else (b, a, "b")
    if a.type == "phase-starts" and use == "before":
        return Aspect(early_side, "compare.event.earlier", (("event_x", earlier), ("event_y", later)))
    if a.type == "phase-ends" and use == "after":
        return Aspect(flip(early_side), "compare.event.later", (("event_x", later), ("event_y", earlier)))
    return Aspect("?", "compare.event.moments", (("event_a", a), ("event_b", b)))


# -- one rule against another ------------------------------------------------------------------------


def compare_rules(a: Rule, b: Rule, vocabulary: Vocabulary) -> RuleVerdict:
    """The verdict for two rules of the same template (see `compare_bodies`). Two rules that
    can never fail are the same, whatever their conditions."""
    if always_holds(a, vocabulary) and always_holds(b, vocabulary):
        return RuleVerdict("same", (Aspect("same", "compare.always"),))
    return combine([compare_when(a.condition(), b.condition(), vocabulary), *compare_bodies(a.body, b.body, vocabulary)])


def compare_bodies(x: Any, y: Any, v: Vocabulary) -> list[Aspect]:
    """The aspects of two rule bodies of one template, in the order a reader expects (the
    template's module says which aspects; this module's comparers weigh each)."""
    if x.template != y.template:
        raise ValueError(f"cannot compare {x.template} with {y.template}")
    return list(template_module(x).aspects(x, y, v, _TOOLS))


def always_holds(rule: Rule, vocabulary: Vocabulary) -> bool:
    """Whether no plan can break the rule: the template's module proves it of the body, or the
    condition is true for no plan (where it is unknown, a breach is only undetermined)."""
    from procesregels.comparison.conditions import never_true

    own = getattr(template_module(rule.body), "always_holds", None)
    return (own is not None and bool(own(rule.body, vocabulary))) or never_true(rule.condition(), vocabulary)


def template_module(body: Any) -> ModuleType:
    """The module of a rule body's template (engine.checks)."""
    from procesregels.engine.checks import REGISTRY

    return REGISTRY[body.template]


def kind_root(kind: str | None, vocabulary: Vocabulary) -> str | None:
    return vocabulary.kind_ancestors(kind)[-1] if kind else None


def event_theme(event: Event, vocabulary: Vocabulary) -> tuple:
    """What an event is about, loosely: `any decision` and `the council decides` share a theme."""
    if event.type == "steps":
        return ("steps", kind_root(event.kind, vocabulary))
    return (event.type,)


#: what a template module's comparison parts may use (passed in, so engine never imports comparison)
_TOOLS = ModuleType("comparison_tools")
_TOOLS.__dict__.update(
    Aspect=Aspect, compare_who=compare_who, compare_level=compare_level, compare_phase=compare_phase,
    compare_event=compare_event, compare_bound=compare_bound, compare_deadline=compare_deadline,
    who_related=who_related, event_theme=event_theme, kind_root=kind_root,
)
