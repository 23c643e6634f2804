"""Rule against rule: which of two rules of the same template is stricter, and why.

A rule is *stricter* than another when every plan that meets it also meets the other, and
some plan meets the other but not it. Each template is compared aspect by aspect (who,
level, event, deadline, length, `when` condition); every aspect is monotone in the meaning of
LANGUAGE.md section 5, so when all aspects point the same way (or are equal) the whole rule
does too. Aspects that point different ways make the rules `incomparable`: that is the honest
answer, because a plan exists for each direction.

Each aspect carries a message key (`compare.*`) and its arguments, so the same reasoning reads
in English and in Dutch.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from .rules import Condition, Duration, Event, Rule
from .vocabulary import Vocabulary, normalize

Side = Literal["same", "a", "b", "?"]  # which rule this aspect makes stricter ("?": neither)

PARTICIPANTS = "participants"


@dataclass(frozen=True)
class Aspect:
    """One point on which two rules were compared, with the words that explain it."""

    side: Side
    key: str
    args: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class RuleVerdict:
    verdict: Literal["same", "a-stricter", "b-stricter", "incomparable"]
    aspects: tuple[Aspect, ...]

    @property
    def reasons(self) -> tuple[Aspect, ...]:
        """The aspects that differ (what `why` explains)."""
        return tuple(a for a in self.aspects if a.side != "same")


def combine(aspects: list[Aspect]) -> RuleVerdict:
    sides = {a.side for a in aspects} - {"same"}
    verdict = {frozenset(): "same", frozenset("a"): "a-stricter", frozenset("b"): "b-stricter"}.get(
        frozenset(sides), "incomparable"
    )
    return RuleVerdict(verdict, tuple(aspects))


def flip(side: Side) -> Side:
    return {"a": "b", "b": "a"}.get(side, side)  # type: ignore[return-value]


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


def event_contains(big: Event, small: Event, vocabulary: Vocabulary) -> bool:
    """True when every step of `small` is a step of `big` in every plan."""
    if big.type != small.type:
        return False
    if big.type == "steps":
        if small.kind is None or big.kind is None or not vocabulary.kind_is(small.kind, big.kind):
            return big.kind is None and small.kind is None
        return big.owner is None or (small.owner is not None and vocabulary.role_covers(big.owner, small.owner))
    if big.type == "phase-starts":
        return vocabulary.phase_rank(big.phase) <= vocabulary.phase_rank(small.phase)
    if big.type == "phase-ends":
        return vocabulary.phase_rank(big.phase) >= vocabulary.phase_rank(small.phase)
    return True  # participation: the same set in every plan


def compare_event(a: Event, b: Event, vocabulary: Vocabulary, *, broader_is_stricter: bool) -> Aspect:
    """Events as sets of steps; a rule that holds 'for every step of the event' is stricter for a
    broader event, a rule that needs 'a step of the event' is stricter for a narrower one."""
    a_in_b, b_in_a = event_contains(b, a, vocabulary), event_contains(a, b, vocabulary)
    if a_in_b and b_in_a:
        return Aspect("same", "compare.event.same", (("event", a),))
    if not (a_in_b or b_in_a):
        return Aspect("?", "compare.event.different", (("event_a", a), ("event_b", b)))
    broader, narrower, broad_side = (a, b, "a") if b_in_a else (b, a, "b")
    side = broad_side if broader_is_stricter else flip(broad_side)
    key = "compare.event.broader" if broader_is_stricter else "compare.event.broader_weaker"
    return Aspect(side, key, (("event_x", broader), ("event_y", narrower)))


# -- lengths of time ------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=256)
def day_range(length: Duration) -> tuple[int, int]:
    """The shortest and longest number of days a length can mean (months vary: 28 to 31)."""
    factor = {"day": 1, "week": 7}.get(length.unit)
    if factor is not None:
        return (length.amount * factor, length.amount * factor)
    # Every start date of a four-year leap cycle gives every month length pattern there is.
    first = dt.date(2024, 1, 1)
    spans = [
        (_add_months(first + dt.timedelta(days=i), length.amount) - (first + dt.timedelta(days=i))).days
        for i in range(1461)
    ]
    return (min(spans), max(spans))


def compare_length(a: Duration, b: Duration) -> Literal["<", ">", "=", "?"]:
    """`<` when `a` is never longer than `b` (and sometimes shorter); `?` when it depends on the date."""
    if a == b:
        return "="
    (a_min, a_max), (b_min, b_max) = day_range(a), day_range(b)
    if (a_min, a_max) == (b_min, b_max) and a_min == a_max:
        return "="
    if a_max <= b_min:
        return "<"
    if b_max <= a_min:
        return ">"
    return "?"


def compare_bound(a: Duration, b: Duration, *, longer_is_stricter: bool, topic: str) -> Aspect:
    order = compare_length(a, b)
    if order == "=":
        return Aspect("same", f"compare.{topic}.same", (("length", a),))
    if order == "?":
        return Aspect("?", f"compare.{topic}.unclear", (("length_a", a), ("length_b", b)))
    a_longer = order == ">"
    side: Side = "a" if a_longer == longer_is_stricter else "b"
    x, y = (a, b) if side == "a" else (b, a)
    return Aspect(side, f"compare.{topic}.stricter", (("length_x", x), ("length_y", y)))


def compare_deadline(a: Duration | None, b: Duration | None) -> Aspect:
    """A shorter `within` is stricter; no deadline is weaker than any deadline."""
    if a is None and b is None:
        return Aspect("same", "compare.within.none")
    if a is None or b is None:
        side: Side = "b" if a is None else "a"
        return Aspect(side, "compare.within.missing", (("length", a or b),))
    return compare_bound(a, b, longer_is_stricter=False, topic="within")


# -- conditions ----------------------------------------------------------------------------------


def _ordered(attribute: str, value: Any, vocabulary: Vocabulary) -> float | None:
    """A value on a scale: the rank of an impact level, or a number."""
    if normalize(attribute) == "impact" and isinstance(value, str):
        try:
            return float(vocabulary.impact_order.index(vocabulary.impact(value)))
        except (LookupError, ValueError):
            return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _same_value(attribute: str, x: Any, y: Any, vocabulary: Vocabulary) -> bool:
    if normalize(attribute) == "impact":
        ox, oy = _ordered(attribute, x, vocabulary), _ordered(attribute, y, vocabulary)
        if ox is not None and oy is not None:
            return ox == oy
    return str(x).casefold() == str(y).casefold()


def condition_implies(c: Condition, d: Condition, vocabulary: Vocabulary) -> bool:
    """True when every plan that matches `c` matches `d`."""
    if c == d:
        return True
    if normalize(c.attribute) != normalize(d.attribute):
        return False
    if d.op == "is":
        return c.op == "is" and _same_value(c.attribute, c.value, d.value, vocabulary)
    cx, dx = _ordered(c.attribute, c.value, vocabulary), _ordered(d.attribute, d.value, vocabulary)
    if cx is None or dx is None:
        return False
    if c.op == "is" and normalize(c.attribute) != "impact":
        return False  # `is` compares text; only impact values have an order of their own
    if d.op == "at-least":
        return c.op in ("at-least", "is") and cx >= dx
    return c.op in ("at-most", "is") and cx <= dx


def applies_wherever(x: tuple[Condition, ...], y: tuple[Condition, ...], vocabulary: Vocabulary) -> bool:
    """True when a rule with conditions `x` applies to every plan a rule with `y` applies to."""
    return all(any(condition_implies(d, c, vocabulary) for d in y) for c in x)


def compare_when(a: tuple[Condition, ...], b: tuple[Condition, ...], vocabulary: Vocabulary) -> Aspect:
    """A rule that applies to more plans is stricter; no condition at all is the strictest."""
    a_wider, b_wider = applies_wherever(a, b, vocabulary), applies_wherever(b, a, vocabulary)
    if a_wider and b_wider:
        return Aspect("same", "compare.when.same", (("conditions", a),))
    if a_wider or b_wider:
        side: Side = "a" if a_wider else "b"
        wide, narrow = (a, b) if a_wider else (b, a)
        return Aspect(side, "compare.when.wider", (("conditions_x", wide), ("conditions_y", narrow)))
    return Aspect("?", "compare.when.different", (("conditions_a", a), ("conditions_b", b)))


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
            aspects.append(compare_event(x.event, y.event, v, broader_is_stricter=True))
        if template == "lead-time":
            aspects.append(compare_bound(x.lead, y.lead, longer_is_stricter=True, topic="lead"))
        if template == "response":
            aspects.append(compare_deadline(x.within, y.within))
        return aspects
    if template == "influence-by-phase":
        return [compare_who(x.who, y.who, v), compare_phase(x.phase, y.phase, v)]
    if template == "event-before":
        return [
            compare_event(x.first, y.first, v, broader_is_stricter=False),
            compare_event(x.second, y.second, v, broader_is_stricter=True),
        ]
    if template == "duration":
        kinds = compare_event(Event(type="steps", kind=x.kind), Event(type="steps", kind=y.kind), v,
                              broader_is_stricter=True)
        topic = "min" if x.bound == "min" else "max"
        return [kinds, compare_bound(x.length, y.length, longer_is_stricter=x.bound == "min", topic=topic)]
    if template == "field-present":
        return [_compare_field_scope(x.kind, y.kind, v)]
    if template == "role-present":
        return [_compare_present_role(x.role, y.role, v)]
    if template == "prohibition":
        return [compare_event(x.event, y.event, v, broader_is_stricter=True)]
    raise ValueError(f"unknown template {template}")


def _compare_field_scope(a: str | None, b: str | None, v: Vocabulary) -> Aspect:
    """`None` means every participation step; a kind means every step of that kind."""
    if a == b:
        return Aspect("same", "compare.scope.same")
    if a is None or b is None:
        return Aspect("?", "compare.scope.different")
    return compare_event(Event(type="steps", kind=a), Event(type="steps", kind=b), v, broader_is_stricter=True)


def _compare_present_role(a: str, b: str, v: Vocabulary) -> Aspect:
    """A narrower role is stricter: `youth` is met by fewer actors than `residents`."""
    if a == b:
        return Aspect("same", "compare.role.same", (("role", a),))
    if v.role_covers(b, a):
        return Aspect("a", "compare.role.narrower", (("role_x", a), ("role_y", b)))
    if v.role_covers(a, b):
        return Aspect("b", "compare.role.narrower", (("role_x", b), ("role_y", a)))
    return Aspect("?", "compare.role.different", (("role_a", a), ("role_b", b)))
