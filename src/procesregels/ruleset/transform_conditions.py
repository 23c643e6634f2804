"""Parse tree -> conditions (docs/spec/LANGUAGE.md 4, 4b): clauses, `not`, `and`/`or`, `when`/`unless`.
A part of `RulesetTransformer` (transform.py), which supplies `_error` and `vocabulary`."""

from __future__ import annotations

from typing import Any

from lark import Token, Tree
from lark.tree import Meta

from procesregels.core.vocabulary import UnknownName, normalize
from procesregels.ruleset.model import AllOf, AnyOf, Condition, Not, trusted
from procesregels.ruleset.names import number_value, string_value, thousands_hint
from procesregels.core.record import Record


class _Condition(Record):
    """`when A:`, `unless B:` or `when A, unless B:` (None: that part is not written)."""

    __slots__ = ("unless", "when")

    def __init__(self, when: object, unless: object) -> None:
        self.when, self.unless = when, unless


class ConditionTransformer:
    """The condition methods of the ruleset transformer, and its walk over the parse tree.

    Bottom-up, as Lark's `Transformer` with `v_args(meta=True)` does it: a node's children first,
    then the method named after the node's rule, called with the node's `meta` and the children's
    results; a rule without a method stays a tree. Walked here because Lark's way costs two
    wrapper calls per node, and a wrapper per method built for every transformer (~0.4 ms of
    reading a 50-rule file). An exception of a method leaves the walk as it is."""

    vocabulary: Any

    def transform(self, tree: Tree) -> Any:
        children = [self.transform(child) if isinstance(child, Tree) else child for child in tree.children]
        method = getattr(self, tree.data, None)
        if method is None:
            return Tree(tree.data, children, tree.meta)
        return method(tree.meta, children)

    def _error(self, key: str, where, args: dict | None = None, suggestions: list[str] | None = None) -> Exception:
        raise NotImplementedError  # RulesetTransformer's

    def _declared(self, attribute: Token, value: Token | None) -> None:
        raise NotImplementedError  # RulesetTransformer's: only declared attributes and values

    def at_least(self, meta: Meta, children: list) -> str:
        return "at-least"

    def at_most(self, meta: Meta, children: list) -> str:
        return "at-most"

    def more_than(self, meta: Meta, children: list) -> str:
        return "more-than"

    def less_than(self, meta: Meta, children: list) -> str:
        return "less-than"

    def _number(self, token: Token) -> int | float:
        hint = thousands_hint(token)
        if hint is not None:
            raise self._error("ruleset.thousands", token, {"number": str(token), "plain": hint})
        try:
            return number_value(token)
        except ValueError:
            raise self._error("ruleset.bad_number", token, {"number": str(token)}) from None

    def negation(self, meta: Meta, children: list) -> str:
        return "not"

    def condition_is(self, meta: Meta, children: list):
        negated = children[1] == "not"
        attribute, value = children[0], children[-1]
        self._declared(attribute, value)
        if normalize(attribute) == "impact":
            try:
                clause = trusted(Condition, attribute=str(attribute), op="is", value=self.vocabulary.impact(str(value)))
            except UnknownName as unknown:
                raise self._error("ruleset.unknown.impact", value, {"name": str(value)}, unknown.suggestions) from None
        elif value.type == "NUMBER":
            clause = trusted(Condition, attribute=str(attribute), op="is", value=self._number(value))
        else:
            text = string_value(value) if value.type == "STRING" else str(value)
            clause = trusted(Condition, attribute=str(attribute), op="is", value=text)
        return trusted(Not, part=clause) if negated else clause

    def condition_bound(self, meta: Meta, children: list):
        negated = children[1] == "not"
        attribute, bound, number = children[0], children[-2], children[-1]
        self._declared(attribute, None)
        clause = trusted(Condition, attribute=str(attribute), op=bound, value=self._number(number))
        return trusted(Not, part=clause) if negated else clause

    def conjunction(self, meta: Meta, children: list):
        return children[0] if len(children) == 1 else trusted(AllOf, parts=tuple(children))

    def disjunction(self, meta: Meta, children: list):
        return children[0] if len(children) == 1 else trusted(AnyOf, parts=tuple(children))

    def when_only(self, meta: Meta, children: list) -> _Condition:
        return _Condition(children[0], None)

    def unless_only(self, meta: Meta, children: list) -> _Condition:
        return _Condition(None, children[0])

    def when_unless(self, meta: Meta, children: list) -> _Condition:
        return _Condition(children[0], children[1])

