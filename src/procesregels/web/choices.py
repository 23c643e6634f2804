"""The choices of the editor's drop-down lists, from the ruleset's vocabulary, in the page's language.

A plan may name a kind, role, phase or level in English or Dutch (`consult` or `raadplegen`); the
list offers the names in the page's language and selects the one that means the same as what the
plan says. A name the vocabulary does not know stays in the list as written, so opening and
saving a plan never changes what a value means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from procesregels.core.vocabulary import Vocabulary, normalize


@dataclass(frozen=True)
class Options:
    kinds: list[tuple[str, str]]
    roles: list[tuple[str, str]]
    phases: list[tuple[str, str]]
    levels: list[tuple[str, str]]


def _named(vocabulary: Vocabulary, category: str, ids, lang: str) -> list[tuple[str, str]]:
    return [(vocabulary.name_of(category, ident, lang), vocabulary.name_of(category, ident, lang)) for ident in ids]


def options(vocabulary: Vocabulary, lang: str) -> Options:
    kinds = sorted(set(vocabulary.kind_names.values()), key=lambda ident: vocabulary.name_of("kind", ident, lang))
    roles = sorted(set(vocabulary.role_names.values()), key=lambda ident: vocabulary.name_of("role", ident, lang))
    return Options(kinds=_named(vocabulary, "kind", kinds, lang), roles=_named(vocabulary, "role", roles, lang),
                   phases=_named(vocabulary, "phase", vocabulary.phase_order, lang),
                   levels=_named(vocabulary, "level", vocabulary.level_order, lang))


def shown(vocabulary: Vocabulary, category: str, value: str, lang: str) -> str:
    """The name the list shows for `value` as written in the plan (itself when unknown or empty)."""
    if not value:
        return value
    try:
        return vocabulary.name_of(category, vocabulary.lookup(category, value), lang)
    except LookupError:
        return value


def localize_form(form, vocabulary: Vocabulary, lang: str) -> None:
    """Put every vocabulary value of a form (planform.PlanForm) in the page's language, in place."""
    for actor in form.actors:
        actor.role = shown(vocabulary, "role", actor.role, lang)
    for step in form.steps:
        step.kind = shown(vocabulary, "kind", step.kind, lang)
        step.phase = shown(vocabulary, "phase", step.phase, lang)
        step.levels = {actor: shown(vocabulary, "level", level, lang) for actor, level in step.levels.items()}


@dataclass(frozen=True)
class AttributeField:
    """One row of the editor's attributes: a ruleset's declared attribute (a list of values to
    choose from, or a number) or an attribute of the plan that no ruleset declares (free text)."""

    key: str  # as the plan writes it; the declared name when the plan does not give it yet
    value: str
    kind: str  # "values", "number" or "free"
    options: tuple[tuple[str, str], ...] = ()  # (value, label) of a list

    @property
    def numeric(self) -> bool:
        """Whether a number field can show the value: a browser empties a number field whose value
        is not a number, and saving would then drop it, so such a value is shown as text."""
        return self.value == "" or re.fullmatch(r"-?\d{1,15}(\.\d{1,6})?", self.value) is not None


def attribute_fields(form: Any, vocabulary: Vocabulary, lang: str) -> list[AttributeField]:
    """The declared attributes first, in the order they are declared (the standard `impact` and
    `budget`, then the ruleset's), each with the plan's value chosen; then the plan's other
    attributes. `form.attributes` (planform.PlanForm) is put in the same order, so that field i of
    the page is attribute i of the form. A value outside the list stays as written (the list keeps
    it), so opening and saving a plan never changes it; `impact` is offered in the page's language."""
    given: dict[str, int] = {}  # normalized name -> the first row that gives it
    for number, (key, _) in enumerate(form.attributes):
        if key:
            given.setdefault(normalize(key), number)
    fields: list[AttributeField] = []
    for name, values in vocabulary.attributes.items():
        key, value = form.attributes[given[name]] if name in given else (name, "")
        if values is None:
            fields.append(AttributeField(key, value, "number"))
            continue
        if name == "impact":
            values = tuple(_impact_name(vocabulary, level, lang) for level in vocabulary.impact_order)
            try:
                value = _impact_name(vocabulary, vocabulary.impact(value), lang) if value else value
            except LookupError:
                pass
        else:  # the list is compared ignoring case: choose the declared spelling
            value = next((v for v in values if v.casefold() == value.casefold()), value)
        fields.append(AttributeField(key, value, "values", tuple((v, v) for v in values)))
    taken = {given[name] for name in vocabulary.attributes if name in given}
    fields += [AttributeField(key, value, "free") for number, (key, value) in enumerate(form.attributes)
               if number not in taken]  # every other row, a second spelling of a declared name too
    form.attributes = [(field.key, field.value) for field in fields]
    return fields


def _impact_name(vocabulary: Vocabulary, level: str, lang: str) -> str:
    """`high` in English, `hoog` in Dutch (the vocabulary knows the Dutch names as lookups)."""
    if lang == "en":
        return level
    return next((written for written, meant in vocabulary.impact_names.items() if meant == level and written != level),
                level)
