"""The words of `compare` for the values its reasons mention (events, lengths of time,
conditions); the texts themselves are the `compare.*` keys of `messages.CATALOGUE`."""

from __future__ import annotations

from typing import Any

from procesregels import i18n as messages
from procesregels.core.vocabulary import unit_words
from procesregels.ruleset.model import AllOf, AnyOf, Condition, Duration, Event, Not

#: The compare.* texts (they live in the shared catalogue, messages.py).
COMPARE_MESSAGES: dict[str, dict[str, str]] = {
    key: entry for key, entry in messages.CATALOGUE.items() if key.startswith("compare.")
}

#: Dutch step-kind nouns that take `elk` (het-woorden): `elk besluit`, `elke bijeenkomst`.
_NEUTER_KINDS = frozenset({"decision", "draft", "panel", "citizens-assembly", "advice"})
#: Dutch role names that take `het` (het college, het wijkplatform); the others take `de`.
_NEUTER_ROLE_NOUNS = ("college", "bestuur", "platform", "panel", "team", "comité", "forum", "orgaan")


def render_value(value: Any, lang: str) -> Any:
    """Words for an Event, a Duration or a tuple of Conditions; other values unchanged."""
    if isinstance(value, Event):
        return event_words(value, lang)
    if isinstance(value, Duration):
        return length_words(value, lang)
    if value is None or isinstance(value, (Condition, AllOf, AnyOf, Not)):
        return conditions_words(value, lang)
    return value


def event_words(event: Event, lang: str) -> str:
    from procesregels.core.vocabulary import standard

    vocabulary = standard()
    if event.type in ("phase-starts", "phase-ends"):
        return messages.text(f"compare.event.{event.type}", lang, {"phase": event.phase})
    if event.type == "participation":
        return messages.text("compare.event.participation", lang)
    if event.type == "last":
        return messages.text("compare.event.last", lang, {"kind": event.kind})
    if event.owner:
        verbs = vocabulary.verbs.get(event.kind or "")
        if verbs and lang == "en":  # "the council decides"; Dutch says it as a noun: "een besluit van de raad"
            return messages.text("compare.event.owned", lang, {"role": event.owner, "verb": verbs[lang][0]})
        return messages.text("compare.event.kind_owned", lang, {"owner": _the(event.owner, lang), "kind": event.kind})
    key = "compare.event.any_neuter" if event.kind in _NEUTER_KINDS else "compare.event.any"
    return messages.text(key, lang, {"kind": event.kind})


def _the(role: str, lang: str) -> str:
    """`the executive`, `het college`, `de raad`: a role's name with its article."""
    from procesregels.core.vocabulary import standard

    name = standard().name_of("role", role, lang)
    if lang != "nl":
        return f"the {name}"
    return f"{'het' if name.split()[-1].endswith(_NEUTER_ROLE_NOUNS) else 'de'} {name}"


def length_words(length: Duration, lang: str) -> str:
    """`6 weeks` / `6 weken`, in the unit words of the vocabulary."""
    singular, plural = unit_words(lang)[length.unit]
    return f"{length.amount} {singular if length.amount == 1 else plural}"


def conditions_words(condition, lang: str) -> str:
    """`when impact is high and not instrument is begroting`; `every plan` for no condition."""
    if condition is None:
        return messages.text("compare.cond.always", lang)
    return messages.text("compare.cond.when", lang, {"conditions": expression_words(condition, lang)})


def expression_words(expression, lang: str) -> str:
    if isinstance(expression, Condition):
        return _clause_words(expression, lang, "compare.cond.")
    if isinstance(expression, Not) and isinstance(expression.part, Condition):
        return _clause_words(expression.part, lang, "compare.cond.not.")
    if isinstance(expression, Not):
        return messages.text("compare.cond.not", lang, {"condition": expression_words(expression.part, lang)})
    key = "general.and" if isinstance(expression, AllOf) else "general.or"
    words = [expression_words(p, lang) for p in expression.parts]
    # `or` inside `and` (only from `when A, unless B`) is bracketed so it cannot be misread.
    if isinstance(expression, AllOf):
        words = [f"({w})" if isinstance(p, AnyOf) else w for p, w in zip(expression.parts, words)]
    return f" {messages.text(key, lang)} ".join(words)


def _clause_words(clause: Condition, lang: str, prefix: str) -> str:
    value = clause.value
    if clause.attribute == "impact" and isinstance(value, str) and lang == "nl":
        value = {"low": "laag", "medium": "middel", "high": "hoog"}.get(value, value)
    return messages.text(f"{prefix}{clause.op}", lang, {"attribute": clause.attribute, "value": value})


class EachOf(tuple):
    """The groups of an `and` list, so that a reason names them with `and`, not `or`."""


def aspect_text(key: str, args: tuple[tuple[str, Any], ...], lang: str) -> str:
    """A reason in words, with roles joined by `or` and events/lengths/conditions spelled out."""
    from procesregels.core.vocabulary import standard

    vocabulary = standard()
    values: dict[str, Any] = {}
    for name, value in args:
        if name.startswith("roles") and isinstance(value, tuple):
            word = "general.and" if isinstance(value, EachOf) else "general.or"
            joiner = f" {messages.text(word, lang)} "
            values[name] = joiner.join(vocabulary.name_of("role", r, lang) for r in value)
        else:
            values[name] = render_value(value, lang)
    return messages.text(key, lang, values)
