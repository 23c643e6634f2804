"""The vocabulary of a comparison: an aspect (one point two rules were compared on, with the
words that explain it) and the verdict that the aspects of a pair combine into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, overload

Side = Literal["same", "a", "b", "?"]  # which rule this aspect makes stricter ("?": neither)
RuleVerdictKind = Literal["same", "a-stricter", "b-stricter", "incomparable"]

@dataclass(frozen=True)
class Aspect:
    """One point on which two rules were compared, with the words that explain it."""

    side: Side
    key: str
    args: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class RuleVerdict:
    verdict: RuleVerdictKind
    aspects: tuple[Aspect, ...]

    @property
    def reasons(self) -> tuple[Aspect, ...]:
        """The aspects that differ (what `why` explains)."""
        return tuple(a for a in self.aspects if a.side != "same")


def combine(aspects: list[Aspect]) -> RuleVerdict:
    sides = {a.side for a in aspects} - {"same"}
    verdicts: dict[frozenset[str], RuleVerdictKind] = {
        frozenset(): "same", frozenset("a"): "a-stricter", frozenset("b"): "b-stricter",
    }
    verdict = verdicts.get(frozenset(sides), "incomparable")
    return RuleVerdict(verdict, tuple(aspects))


@overload
def flip(side: Literal["a", "b"]) -> Literal["a", "b"]: ...


@overload
def flip(side: Side) -> Side: ...


def flip(side: Side) -> Side:
    return {"a": "b", "b": "a"}.get(side, side)  # type: ignore[return-value]
