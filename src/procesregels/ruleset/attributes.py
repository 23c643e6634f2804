"""Declared attributes (docs/spec/LANGUAGE.md section 1, version 2): `attribute NAME: v1, v2` and
`attribute NAME: number` (`kenmerk`, `getal`), and the check that a condition tests only a
declared attribute with a declared value."""

from __future__ import annotations


from lark import Token, Tree

from procesregels.core.suggest import close_matches
from procesregels.core.vocabulary import Vocabulary, normalize, suggest
from procesregels.ruleset.model import Declaration, trusted
from procesregels.ruleset.names import Resolver, string_value
from procesregels.ruleset.parse import Parsed


def collect_attributes(parsed: Parsed, resolver: Resolver, base: Vocabulary) -> tuple[Declaration, ...]:
    """The file's attribute declarations, in file order (first pass, like the other declarations)."""
    found: list[Declaration] = []
    for item in parsed.tree.children:
        if not isinstance(item, Tree) or item.data != "attribute_decl":
            continue
        token, kind = item.children
        # The grammar gives the declaration as a NAME token and a kind subtree, always.
        assert isinstance(token, Token) and isinstance(kind, Tree)
        span = resolver.span(token)
        name = str(token)
        if normalize(name) == "impact":
            raise resolver.error("ruleset.attribute_impact", span, {"name": name})
        if any(normalize(d.name) == normalize(name) for d in found):
            raise resolver.error("ruleset.declared_twice", span, {"name": name})
        if kind.data == "attribute_number":
            found.append(trusted(Declaration, category="attribute", name=name, parent="number", span=span))
            continue
        values = tuple(string_value(v) if v.type == "STRING" else str(v) for v in kind.children
                       if isinstance(v, Token))
        if base.attributes.get(normalize(name), ()) is None:  # a number in a layer below
            raise resolver.error("ruleset.attribute_kind", span, {"name": name})
        found.append(trusted(Declaration, category="attribute", name=name, parent="values", values=values, span=span))
    return tuple(found)


def check_condition(resolver: Resolver, vocabulary: Vocabulary, attribute: Token, value: Token | None) -> None:
    """A condition may only test a declared attribute, with a declared value; `value` None for
    `at least`/`at most`, which need a number attribute. `impact` compares by meaning elsewhere."""
    declared = vocabulary.attributes
    name = normalize(str(attribute))
    if name not in declared:
        raise resolver.error("ruleset.unknown.attribute", resolver.span(attribute), {"name": str(attribute)},
                             suggest(str(attribute), declared.keys()))
    if name == "impact":
        return
    values = declared[name]
    if value is None:
        if values is not None:
            raise resolver.error("ruleset.attribute_not_number", resolver.span(attribute), {"name": str(attribute)})
        return
    if values is None:
        if value.type != "NUMBER":
            raise resolver.error("ruleset.attribute_number", resolver.span(value), {"name": str(attribute), "value": str(value)})
        return
    written = string_value(value) if value.type == "STRING" else str(value)
    if written.strip().casefold() not in {v.strip().casefold() for v in values}:
        by_fold = {v.casefold(): v for v in values}
        near = close_matches(written.casefold(), sorted(by_fold), n=3, cutoff=0.6)
        raise resolver.error("ruleset.unknown.attribute_value", resolver.span(value),
                             {"name": str(attribute), "value": written, "values": ", ".join(values)},
                             [by_fold[n] for n in near])


def compared_numbers(ruleset) -> dict[str, list[int | float]]:
    """Per number attribute (normalized name), the numbers the ruleset's conditions compare it
    with, in order: what `schema --ruleset` offers as example values (`bouwhoogte`: 25)."""
    from procesregels.ruleset.model import clauses

    declared = ruleset.vocabulary().attributes
    found: dict[str, set[int | float]] = {}
    for rule in ruleset.rules:
        for clause in (*clauses(rule.when), *clauses(rule.unless)):
            name = normalize(clause.attribute)
            if name in declared and declared[name] is None and isinstance(clause.value, (int, float)):
                found.setdefault(name, set()).add(clause.value)
    return {name: sorted(values) for name, values in sorted(found.items())}
