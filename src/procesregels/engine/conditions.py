"""`when` conditions of rules against plan attributes (docs/spec/LANGUAGE.md section 4).

All conditions of a rule must match. An attribute the plan does not have matches nothing.
`impact` compares by meaning and order (low < medium < high, in either language). Other
attributes: `is` compares numbers as numbers and anything else as text ignoring case;
`at least` / `at most` compare numbers, and a value that is not a number matches neither.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping

from procesregels.ruleset.model import Condition
from procesregels.core.vocabulary import UnknownName, normalize


def applies(conditions: Iterable[Condition], attributes: Mapping[str, Any], vocabulary) -> bool:
    """Whether every condition matches the plan's attributes."""
    return all(matches(c, attributes, vocabulary) for c in conditions)


def matches(condition: Condition, attributes: Mapping[str, Any], vocabulary) -> bool:
    found, value = _attribute(attributes, condition.attribute)
    if not found or value is None:
        return False
    if normalize(condition.attribute) == "impact":
        return _compare_impact(condition, value, vocabulary)
    if condition.op == "is":
        left, right = number(value), number(condition.value)
        if left is not None and right is not None:
            return left == right
        return str(value).strip().casefold() == str(condition.value).strip().casefold()
    left, right = number(value), number(condition.value)
    if left is None or right is None:
        return False
    return left >= right if condition.op == "at-least" else left <= right


def _attribute(attributes: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    """The plan's value for an attribute name (exact key first, then ignoring case)."""
    if name in attributes:
        return True, attributes[name]
    for key, value in attributes.items():
        if normalize(str(key)) == normalize(name):
            return True, value
    return False, None


def _compare_impact(condition: Condition, value: Any, vocabulary) -> bool:
    try:
        have = vocabulary.impact_order.index(vocabulary.impact(str(value)))
        want = vocabulary.impact_order.index(vocabulary.impact(str(condition.value)))
    except (UnknownName, ValueError):
        return False  # not an impact level: matches no condition
    if condition.op == "is":
        return have == want
    return have >= want if condition.op == "at-least" else have <= want


def number(value: Any) -> float | None:
    """A number, or None: booleans and text that is not a plain number are not numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip().replace("_", ""))
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None  # 'nan' and 'inf' are words here
