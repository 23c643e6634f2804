"""The order of the steps that open a full sketch: the frames and the first events of the rules'
`X before Y` (see `sketch.full_sketch`). They come in a line, so the line must put the steps of X
before those of Y for every such rule, or the sketch breaks the rule before any change is made
(`the committee decides before the council sets frames` with the council's frames first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from procesregels.ruleset.model import Event, EventBefore, Rule

Entry = TypeVar("Entry")


def opening_order(entries: list[Entry], rules: list[Rule], matches: Callable[[Entry, Event], bool]) -> list[Entry]:
    """`entries` reordered so that, for every `X before Y` rule, the entries of X come before those
    of Y; otherwise in their own order (the first one free goes first). Unchanged when the rules
    ask for a circle (`frames before the decision` and `the decision before frames`): no line
    meets both."""
    after: list[set[int]] = [set() for _ in entries]  # entry j comes after each entry of after[j]
    for rule in rules:
        body = rule.body
        if not isinstance(body, EventBefore):
            continue
        firsts = [i for i, entry in enumerate(entries) if matches(entry, body.first)]
        for j, entry in enumerate(entries):
            if matches(entry, body.second):
                after[j].update(i for i in firsts if i != j)
    placed: list[int] = []
    while len(placed) < len(entries):
        free = next((i for i in range(len(entries)) if i not in placed and after[i] <= set(placed)), None)
        if free is None:
            return list(entries)
        placed.append(free)
    return [entries[i] for i in placed]
