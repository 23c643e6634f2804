"""The vocabulary of a comparison: an aspect (one point two rules were compared on, with the
words that explain it) and the verdict that the aspects of a pair combine into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Side = Literal["same", "a", "b", "?"]  # which rule this aspect makes stricter ("?": neither)

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
