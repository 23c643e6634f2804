"""Every user-facing text of procesregels, in English and Dutch.

A message is a key with a template per language, filled with `str.format` arguments.
Arguments named after a vocabulary category (`role`, `roles`, `level`, `phase`, `kind`, or
starting with one of those followed by `_`) hold canonical ids and are shown in the
language of the message (`residents` -> `inwoners`). A test checks that every key has both
languages and the same placeholders in each.

Sections are owned by pipeline stage; keep keys prefixed by their stage (`finding.`,
`hint.`, `report.`, `error.`, ...).
"""

from __future__ import annotations

import string
from typing import Any, Iterable, Mapping

from procesregels.core.vocabulary import LANGS as LANGS  # re-exported: the languages of the catalogue
from procesregels.i18n.brief import BRIEF_MESSAGES
from procesregels.i18n.publish import PUBLISH_MESSAGES
from procesregels.i18n.commands import COMMAND_MESSAGES
from procesregels.i18n.compare import COMPARE_MESSAGES
from procesregels.i18n.engine import ENGINE_MESSAGES
from procesregels.i18n.health import HEALTH_MESSAGES
from procesregels.i18n.plan import PLAN_MESSAGES
from procesregels.i18n.plan_forms import PLAN_FORM_MESSAGES
from procesregels.i18n.report import REPORT_MESSAGES
from procesregels.i18n.ruleset import RULESET_MESSAGES
from procesregels.i18n.web import WEB_MESSAGES


# One catalogue, assembled from the stage modules; a key belongs to exactly one of them.
CATALOGUE: dict[str, dict[str, str]] = {}
for _part in (PLAN_MESSAGES, PLAN_FORM_MESSAGES, COMMAND_MESSAGES, REPORT_MESSAGES, RULESET_MESSAGES, COMPARE_MESSAGES,
              ENGINE_MESSAGES, HEALTH_MESSAGES, BRIEF_MESSAGES, WEB_MESSAGES, PUBLISH_MESSAGES):
    if not CATALOGUE.keys().isdisjoint(_part):
        raise RuntimeError(f"message keys defined twice: {sorted(CATALOGUE.keys() & _part.keys())}")
    CATALOGUE.update(_part)



def register(messages: Mapping[str, dict[str, str]]) -> None:
    """Add texts that live beside their code (each rule template's module in `engine/checks`
    registers its finding, hint and explanation texts when it is imported)."""
    clash = sorted(key for key in CATALOGUE.keys() & messages.keys() if CATALOGUE[key] is not messages[key])
    if clash:
        raise RuntimeError(f"message keys defined twice: {clash}")
    CATALOGUE.update(messages)


_TERM_PREFIXES = ("role", "level", "phase", "kind")


def _localize(name: str, value: Any, lang: str) -> Any:
    if name == "period" and isinstance(value, str):  # a canonical duration: "6 week"
        from procesregels.i18n.engine import period

        return period(value, lang)
    prefix = name.split("_", 1)[0].rstrip("s")
    if prefix not in _TERM_PREFIXES:
        return value
    from procesregels.core.vocabulary import standard  # late import: messages are used by light modules too

    vocabulary = standard()
    if isinstance(value, str):
        return vocabulary.name_of(prefix, value, lang)
    if isinstance(value, (list, tuple)):
        joiner = f" {CATALOGUE['general.or'][lang]} " if name.endswith("s") else ", "
        return joiner.join(vocabulary.name_of(prefix, v, lang) for v in value)
    return value


def text(key: str, lang: str = "en", args: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> str:
    """The message `key` in `lang`, filled with `args` (unknown keys give the key itself)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["en"]
    values = dict(args)
    return template.format(**{name: _localize(name, value, lang) for name, value in values.items()})


def placeholders(template: str) -> set[str]:
    """The names a template fills in (for the catalogue test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
