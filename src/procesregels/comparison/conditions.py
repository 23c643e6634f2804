"""Rule conditions compared by the plans they cover (docs/spec/LANGUAGE.md 4b: `and`, `or`, `not`, `unless`,
strict and non-strict bounds), with a proof or no answer.

Both conditions are evaluated (three-valued, as the engine does) on every sample plan of
`engine.condition_space`, which meets every region of the plan space, so "x covers y" holds on
every plan exactly when it holds on the samples: a proof, not a test. When the samples would be
too many, the answer is None (incomparable), never a guess.
"""

from __future__ import annotations

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.condition_space import assignments, size, space
from procesregels.engine.conditions import evaluate

MAX_COMBINATIONS = 20_000


def covers(x, y, vocabulary: Vocabulary) -> bool | None:
    """Whether a rule with condition `x` applies wherever one with `y` does: on every plan where y
    is true, x is true (None as a condition: every plan). Only a true condition can make a plan
    fail: where a condition is unknown a breach is undetermined, a warning, so where y is unknown
    nothing is asked of x (asking "true or unknown" there made `compare` claim orders that no plan
    shows). None when the question is too big to prove."""
    if x is None:
        return True
    names, columns = space([x, y], vocabulary)
    if size(columns) > MAX_COMBINATIONS:
        return None
    for attributes in assignments(names, columns):
        have = evaluate(x, attributes, vocabulary).value
        want = True if y is None else evaluate(y, attributes, vocabulary).value
        if want is True and have is not True:
            return False
    return True


def never_true(x, vocabulary: Vocabulary) -> bool:
    """Whether the condition `x` is true for no plan (a contradiction such as `impact is high and
    impact is low`): a rule with it never fails a plan. False when the question is too big."""
    if x is None:
        return False
    names, columns = space([x], vocabulary)
    if size(columns) > MAX_COMBINATIONS:
        return False
    return not any(evaluate(x, attributes, vocabulary).value is True for attributes in assignments(names, columns))
