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

_RANK = {True: 2, None: 1, False: 0}


def covers(x, y, vocabulary: Vocabulary) -> bool | None:
    """Whether a rule with condition `x` applies wherever one with `y` does: on every plan, x is
    true where y is true, and true or unknown where y is unknown (None as a condition: every plan).
    None when the question is too big to prove."""
    if x is None:
        return True
    names, columns = space([x, y], vocabulary)
    if size(columns) > MAX_COMBINATIONS:
        return None
    for attributes in assignments(names, columns):
        have = evaluate(x, attributes, vocabulary).value
        want = True if y is None else evaluate(y, attributes, vocabulary).value
        if _RANK[have] < _RANK[want]:
            return False
    return True
