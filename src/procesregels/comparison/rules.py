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

from typing import Any, Literal

from procesregels.comparison.aspects import Aspect, RuleVerdict, combine, flip
from procesregels.comparison.values import compare_bound, compare_deadline, compare_length, compare_when
from procesregels.ruleset.model import Event, Rule
from procesregels.core.vocabulary import Vocabulary

__all__ = ["Aspect", "RuleVerdict", "combine", "flip", "compare_rules", "compare_bodies", "compare_length"]

PARTICIPANTS = "participants"


# -- who and level ---------------------------------------------------------------------------


def satisfying_roles(who: tuple[str, ...], vocabulary: Vocabulary) -> frozenset[str]:
    """Roles of a participant that meet `who` (a role or a broader one, of any role listed)."""
    return frozenset(r for w in who for r in vocabulary.role_ancestors(w))


def compare_who(a: tuple[str, ...], b: tuple[str, ...], vocabulary: Vocabulary) -> Aspect:
    """Fewer roles that can meet the rule is stricter: `residents` is met by residents or
    stakeholders only, `neighbours` also by neighbours, so the residents rule is stricter."""
    args = (("roles_a", a), ("roles_b", b))
    if set(a) == set(b):
        return Aspect("same", "compare.who.same", args)
    if PARTICIPANTS in a or PARTICIPANTS in b:
        # `participants` must be met for every participating actor: another kind of demand.
        return Aspect("?", "compare.who.participants", args)
    sat_a, sat_b = satisfying_roles(a, vocabulary), satisfying_roles(b, vocabulary)
    if sat_a == sat_b:
        return Aspect("same", "compare.who.same", args)
    if sat_a < sat_b:
        return Aspect("a", "compare.who.narrower", (("roles_x", a), ("roles_y", b)))
    if sat_b < sat_a:
        return Aspect("b", "compare.who.narrower", (("roles_x", b), ("roles_y", a)))
    return Aspect("?", "compare.who.different", args)


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
    """True when every step of `small` is a step of `big` in every plan (events of kind `steps`)."""
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
    rank_a, rank_b = vocabulary.phase_rank(a.phase), vocabulary.phase_rank(b.phase)
    if rank_a == rank_b:
        return Aspect("same", "compare.event.same", (("event", a),))
    earlier, later, early_side = (a, b, "a") if rank_a < rank_b else (b, a, "b")
    if a.type == "phase-starts" and use == "before":
        return Aspect(early_side, "compare.event.earlier", (("event_x", earlier), ("event_y", later)))
    if a.type == "phase-ends" and use == "after":
        return Aspect(flip(early_side), "compare.event.later", (("event_x", later), ("event_y", earlier)))
    return Aspect("?", "compare.event.moments", (("event_a", a), ("event_b", b)))


# -- one rule against another ------------------------------------------------------------------------


def compare_rules(a: Rule, b: Rule, vocabulary: Vocabulary) -> RuleVerdict:
    """The verdict for two rules of the same template (see `compare_bodies`)."""
    return combine([compare_when(a.when, b.when, vocabulary), *compare_bodies(a.body, b.body, vocabulary)])


def compare_bodies(x: Any, y: Any, v: Vocabulary) -> list[Aspect]:
    """The aspects of two rule bodies of one template, in the order a reader expects."""
    template = x.template
    if template != y.template:
        raise ValueError(f"cannot compare {template} with {y.template}")
    if template in ("involvement-before", "involvement-anywhere", "lead-time", "response"):
        aspects = [compare_who(x.who, y.who, v), compare_level(x.level, y.level, v)]
        if template != "involvement-anywhere":
            aspects.append(compare_event(x.event, y.event, v, use=_event_use(x, y)))
        if template == "lead-time":
            aspects.append(compare_bound(x.lead, y.lead, longer_is_stricter=True, topic="lead"))
        if template == "response":
            aspects.append(compare_deadline(x.within, y.within))
        return aspects
    if template == "influence-by-phase":
        return [compare_who(x.who, y.who, v), compare_phase(x.phase, y.phase, v)]
    if template == "event-before":
        return [
            compare_event(x.first, y.first, v, use="needed"),
            compare_event(x.second, y.second, v, use="before"),
        ]
    if template == "duration":
        kinds = compare_event(Event(type="steps", kind=x.kind), Event(type="steps", kind=y.kind), v, use="before")
        topic = "min" if x.bound == "min" else "max"
        return [kinds, compare_bound(x.length, y.length, longer_is_stricter=x.bound == "min", topic=topic)]
    if template == "field-present":
        return [_compare_field_scope(x.kind, y.kind, v)]
    if template == "role-present":
        return [_compare_present_role(x.role, y.role, v)]
    if template == "prohibition":
        return [compare_event(x.event, y.event, v, use="before")]  # nothing after it: as 'before'
    raise ValueError(f"unknown template {template}")


def _event_use(x: Any, y: Any) -> EventUse:
    if x.template == "lead-time":
        return "timed"
    if x.template == "response":
        return "after" if x.within is None and y.within is None else "timed"
    return "before"


def _compare_field_scope(a: str | None, b: str | None, v: Vocabulary) -> Aspect:
    """`None` means every participation step; a kind means every step of that kind."""
    if a == b:
        return Aspect("same", "compare.scope.same")
    if a is None or b is None:
        return Aspect("?", "compare.scope.different")
    return compare_event(Event(type="steps", kind=a), Event(type="steps", kind=b), v, use="before")


def _compare_present_role(a: str, b: str, v: Vocabulary) -> Aspect:
    """A narrower role is stricter: `youth` is met by fewer actors than `residents`."""
    if a == b:
        return Aspect("same", "compare.role.same", (("role", a),))
    if v.role_covers(b, a):
        return Aspect("a", "compare.role.narrower", (("role_x", a), ("role_y", b)))
    if v.role_covers(a, b):
        return Aspect("b", "compare.role.narrower", (("role_x", b), ("role_y", a)))
    return Aspect("?", "compare.role.different", (("role_a", a), ("role_b", b)))
