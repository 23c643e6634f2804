"""The plan attributes that matter to some conditions, as a finite set of sample plans.

Each clause compares one attribute with one constant. Between two neighbouring constants of an
attribute every clause keeps its value, so these samples per attribute meet every region of the
plan space: each constant, a value between each two, one below and one above, a word that is none
of them, and "not given". A declared attribute (docs/spec/LANGUAGE.md section 1, version 2) takes only what a
plan may give it: the values of its list, or numbers. Whatever holds on every combination of samples holds on every plan;
`compare` uses this as a proof and the example plans to find attributes that make a rule apply.
"""

from __future__ import annotations

import itertools
from typing import Any, Iterator

from procesregels.core.vocabulary import Vocabulary, normalize
from procesregels.engine.conditions import number
from procesregels.ruleset.model import clauses

#: A text value that no constant equals (a plan may give any text).
OTHER = "\u2063other"
#: "The plan does not give this attribute."
MISSING: Any = object()


def _samples(attribute_clauses: list, vocabulary: Vocabulary) -> list[Any]:
    name = normalize(attribute_clauses[0].attribute)
    if name == "impact":  # a plan can give only the levels of impact (the loader refuses others)
        return [MISSING, *vocabulary.impact_order]
    declared = getattr(vocabulary, "attributes", {})
    if name in declared and declared[name] is not None:
        # A closed list: a plan can give only these values (the loader refuses others), so they
        # are every region there is. A value outside the list is no plan: sampling it would let
        # `compare` claim an order that no plan shows.
        allowed = declared[name] or ()
        written = [c.value for c in attribute_clauses if isinstance(c.value, str)]
        return [MISSING, *dict.fromkeys([*written, *allowed])]
    values: list[Any] = [MISSING]
    numbers = sorted({n for c in attribute_clauses if (n := number(c.value)) is not None})
    for clause in attribute_clauses:  # the constants as written first: the likeliest plan values
        if clause.value not in values:
            values.append(clause.value)
    if numbers:
        between = [(a + b) / 2 for a, b in itertools.pairwise(numbers)]
        values += [_plain(n) for n in (numbers[0] - 1, numbers[-1] + 1, *between)]
    if name in declared:  # a declared number: a plan can give no word
        return values
    return [*values, OTHER]


def _plain(value: float) -> int | float:
    """26.0 -> 26: a whole number reads as one in an example plan."""
    return int(value) if value.is_integer() else value


def space(expressions, vocabulary: Vocabulary) -> tuple[list[str], list[list[Any]]]:
    """The attribute names (as written first) and their samples, for these conditions (None: none)."""
    by_attribute: dict[str, list] = {}
    for expression in expressions:
        for clause in clauses(expression):
            by_attribute.setdefault(normalize(clause.attribute), []).append(clause)
    names = list(by_attribute)
    return [by_attribute[n][0].attribute for n in names], [_samples(by_attribute[n], vocabulary) for n in names]


def size(columns: list[list[Any]]) -> int:
    total = 1
    for column in columns:
        total *= len(column)
    return total


def assignments(names: list[str], columns: list[list[Any]]) -> Iterator[dict[str, Any]]:
    """Every combination of samples as plan attributes (a missing attribute left out)."""
    for combination in itertools.product(*columns):
        yield {name: value for name, value in zip(names, combination) if value is not MISSING}
