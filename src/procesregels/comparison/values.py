"""Values inside rules compared by meaning: lengths of time (months are 28 to 31 days) and `when`
conditions (a rule that applies to more plans is stricter). Used by `compare_rules`."""

from __future__ import annotations

from typing import Literal

from procesregels.comparison.aspects import Aspect, Side
from procesregels.core import durations
from procesregels.ruleset.model import Duration
from procesregels.core.vocabulary import Vocabulary


# -- lengths of time ------------------------------------------------------------------------


def day_range(length: Duration) -> tuple[int, int]:
    """The shortest and longest number of days a length can mean (months vary: 28 to 31)."""
    return durations.day_range(length.amount, length.unit)


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


def compare_when(a, b, vocabulary: Vocabulary) -> Aspect:
    """A rule that applies to more plans is stricter; no condition at all is the strictest.
    `a`, `b`: the rules' conditions as one expression (`Rule.condition()`), None for none."""
    from procesregels.comparison.conditions import covers

    a_wider, b_wider = covers(a, b, vocabulary), covers(b, a, vocabulary)
    if a_wider and b_wider:
        return Aspect("same", "compare.when.same", (("conditions", a),))
    if a_wider or b_wider:
        side: Side = "a" if a_wider else "b"
        wide, narrow = (a, b) if a_wider else (b, a)
        return Aspect(side, "compare.when.wider", (("conditions_x", wide), ("conditions_y", narrow)))
    return Aspect("?", "compare.when.different", (("conditions_a", a), ("conditions_b", b)))
