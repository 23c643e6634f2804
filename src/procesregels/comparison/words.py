"""The words of `compare` for the values its reasons mention (events, lengths of time,
conditions); the texts themselves are the `compare.*` keys of `messages.CATALOGUE`."""

from __future__ import annotations

from typing import Any

from procesregels import i18n as messages
from procesregels.core.vocabulary import unit_words
from procesregels.ruleset.model import Condition, Duration, Event

#: The compare.* texts (they live in the shared catalogue, messages.py).
COMPARE_MESSAGES: dict[str, dict[str, str]] = {
    key: entry for key, entry in messages.CATALOGUE.items() if key.startswith("compare.")
}

#: Dutch step-kind nouns that take `elk` (het-woorden): `elk besluit`, `elke bijeenkomst`.
_NEUTER_KINDS = frozenset({"decision", "draft", "panel", "citizens-assembly", "advice"})


def render_value(value: Any, lang: str) -> Any:
    """Words for an Event, a Duration or a tuple of Conditions; other values unchanged."""
    if isinstance(value, Event):
        return event_words(value, lang)
    if isinstance(value, Duration):
        return length_words(value, lang)
    if isinstance(value, tuple) and all(isinstance(c, Condition) for c in value):
        return conditions_words(value, lang)
    return value


def event_words(event: Event, lang: str) -> str:
    from procesregels.core.vocabulary import standard

    vocabulary = standard()
    if event.type in ("phase-starts", "phase-ends"):
        return messages.text(f"compare.event.{event.type}", lang, {"phase": event.phase})
    if event.type == "participation":
        return messages.text("compare.event.participation", lang)
    if event.owner:
        verbs = vocabulary.verbs.get(event.kind or "")
        if verbs:
            return messages.text("compare.event.owned", lang, {"role": event.owner, "verb": verbs[lang][0]})
        return messages.text("compare.event.kind_owned", lang, {"role": event.owner, "kind": event.kind})
    key = "compare.event.any_neuter" if event.kind in _NEUTER_KINDS else "compare.event.any"
    return messages.text(key, lang, {"kind": event.kind})


def length_words(length: Duration, lang: str) -> str:
    """`6 weeks` / `6 weken`, in the unit words of the vocabulary."""
    singular, plural = unit_words(lang)[length.unit]
    return f"{length.amount} {singular if length.amount == 1 else plural}"


def conditions_words(conditions: tuple[Condition, ...], lang: str) -> str:
    if not conditions:
        return messages.text("compare.cond.always", lang)
    joiner = f" {messages.text('general.and', lang)} "
    parts = []
    for c in conditions:
        value = c.value
        if c.attribute == "impact" and isinstance(value, str) and lang == "nl":
            value = {"low": "laag", "medium": "middel", "high": "hoog"}.get(value, value)
        parts.append(messages.text(f"compare.cond.{c.op}", lang, {"attribute": c.attribute, "value": value}))
    return messages.text("compare.cond.when", lang, {"conditions": joiner.join(parts)})


def aspect_text(key: str, args: tuple[tuple[str, Any], ...], lang: str) -> str:
    """A reason in words, with roles joined by `or` and events/lengths/conditions spelled out."""
    from procesregels.core.vocabulary import standard

    vocabulary = standard()
    values: dict[str, Any] = {}
    for name, value in args:
        if name.startswith("roles") and isinstance(value, tuple):
            joiner = f" {messages.text('general.or', lang)} "
            values[name] = joiner.join(vocabulary.name_of("role", r, lang) for r in value)
        else:
            values[name] = render_value(value, lang)
    return messages.text(key, lang, values)
