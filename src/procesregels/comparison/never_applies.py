"""Rules whose condition can never hold (a `check` warning, docs/spec/CLI.md version 2).

`when impact is high and impact is low`, `when budget is more than 10 and budget is less than 5`,
`when procedure is not uov, unless procedure is regulier or procedure is geen` (with `procedure:
uov, regulier, geen` declared): no plan makes such a condition true, so the rule never applies
in full; at most a plan that leaves an attribute out makes it unknown. That is a mistake in the
rule, so `check` names it, with the clauses that contradict each other.

The proof is the one `compare` uses for conditions (engine.condition_space): every clause is
constant between neighbouring constants of its attribute, so the sample plans meet every region
of the plan space, and "true on no sample" means "true on no plan". The samples are what a plan
may give: an attribute with a declared list only takes its values (anything else is an input
error), a number attribute only numbers. When the samples would be too many, nothing is said:
never a warning on a guess.
"""

from __future__ import annotations

import itertools
from typing import Any

from procesregels.comparison.conditions import MAX_COMBINATIONS
from procesregels.core.record import replace
from procesregels.core.vocabulary import Vocabulary, normalize
from procesregels.engine.condition_space import assignments, size, space
from procesregels.engine.conditions import evaluate
from procesregels.ruleset.model import AllOf, Rule, all_of, clauses

#: The most parts of a condition searched for the smallest contradicting group (2^n groups).
MAX_PARTS = 8


def can_hold(expression: Any, vocabulary: Vocabulary, declared: bool = True) -> bool | None:
    """Whether some plan makes the condition true; None when that is too big to prove. Without
    `declared`, an attribute's declared list is not kept to (any word is a value)."""
    if not declared:
        numbers = {name: values for name, values in vocabulary.attributes.items() if values is None or name == "impact"}
        vocabulary = replace(vocabulary, attributes=numbers)
    names, columns = space([expression], vocabulary)
    if size(columns) > MAX_COMBINATIONS:
        return None
    return any(evaluate(expression, attributes, vocabulary).value is True
               for attributes in assignments(names, columns))


def never_applies(rule: Rule, vocabulary: Vocabulary) -> tuple[Any, tuple[str, ...]] | None:
    """(the smallest group of the condition's parts that no plan can meet together, the declared
    list attributes without which they could) when the rule's condition (`when` and not `unless`)
    can never hold; None when it can, or when that cannot be proven."""
    condition = rule.condition()
    if condition is None or can_hold(condition, vocabulary) is not False:
        return None
    core = _smallest_core(condition, vocabulary)
    lists: tuple[str, ...] = ()
    if can_hold(core, vocabulary, declared=False):  # only the declared values rule it out
        lists = tuple(dict.fromkeys(
            name for name in _attributes(core)
            if normalize(name) != "impact" and vocabulary.attributes.get(normalize(name))))
    return core, lists


def _smallest_core(condition: Any, vocabulary: Vocabulary) -> Any:
    """The fewest parts of an `and` (in the order written) that can never hold together."""
    parts = condition.parts if isinstance(condition, AllOf) else (condition,)
    if len(parts) > MAX_PARTS:
        return condition
    for count in range(1, len(parts)):
        for group in itertools.combinations(parts, count):
            joined = all_of(group)
            if can_hold(joined, vocabulary) is False:
                return joined
    return condition


def _attributes(expression: Any) -> list[str]:
    return [clause.attribute for clause in clauses(expression)]
