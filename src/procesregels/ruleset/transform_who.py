"""Parse tree -> WHO (docs/spec/LANGUAGE.md 4 and 4b): role lists with `or` or `and`, `themselves`.
A part of `RulesetTransformer` (transform.py), which supplies `_error` and `vocabulary`."""

from __future__ import annotations


from lark.tree import Meta

from procesregels.core.record import Record
from procesregels.ruleset.transform_conditions import ConditionTransformer

#: Periods may be written in words from one to twelve (docs/spec/LANGUAGE.md 4b, row 29).
NUMBER_WORDS = {
    word: n
    for words in (
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
        ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
    )
    for n, word in enumerate(words, start=1)
} | {"eén": 1, "éen": 1}


class _Who(Record):
    """WHO as written: the roles, `themselves`, and whether it is an `and` list."""

    __slots__ = ("each", "roles", "themselves")

    def __init__(self, roles: tuple[str, ...], themselves: bool, each: bool) -> None:
        self.roles, self.themselves, self.each = roles, themselves, each

    def fields(self) -> dict:
        return {"who": self.roles, "themselves": self.themselves, "each": self.each}



class WhoTransformer(ConditionTransformer):
    """The WHO methods of the ruleset transformer."""

    def who(self, meta: Meta, children: list) -> _Who:
        roles = tuple(dict.fromkeys(c[0] for c in children if isinstance(c, tuple)))  # as written, no repeats
        separators = {c for c in children if isinstance(c, str)}
        themselves = "themselves" in separators
        each = "and" in separators
        if each and "or" in separators:
            raise self._error("ruleset.and_or_list", meta)
        if each and len(roles) < 2:
            each = False  # `inwoners en inwoners`: one group
        dynamic = [r for r in roles if r in self.vocabulary.dynamic_roles]
        if dynamic and (each or themselves):
            raise self._error("ruleset.participants_list" if each else "ruleset.participants_themselves", meta)
        return _Who(roles, themselves, each)

    inverted_who = who

    def comma_sep(self, meta: Meta, children: list) -> str:
        return ","

    def or_sep(self, meta: Meta, children: list) -> str:
        return "or"

    def and_sep(self, meta: Meta, children: list) -> str:
        return "and"

    def themselves(self, meta: Meta, children: list) -> str:
        return "themselves"

