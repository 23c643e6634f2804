"""The choices of the editor's drop-down lists, from the ruleset's vocabulary, in the page's language.

A plan may name a kind, role, phase or level in English or Dutch (`consult` or `raadplegen`); the
list offers the names in the page's language and selects the one that means the same as what the
plan says. A name the vocabulary does not know stays in the list as written, so opening and
saving a plan never changes what a value means.
"""

from __future__ import annotations

from dataclasses import dataclass

from procesregels.core.vocabulary import Vocabulary


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
