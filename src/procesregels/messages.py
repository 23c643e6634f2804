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

LANGS = ("en", "nl")

CATALOGUE: dict[str, dict[str, str]] = {
    # -- general ------------------------------------------------------------------------------
    "general.and": {"en": "and", "nl": "en"},
    "general.or": {"en": "or", "nl": "of"},
    # -- config: configuration files (config.py) -----------------------------------------------
    "error.config.bad_toml": {
        "en": "this configuration is not valid TOML: {reason}",
        "nl": "deze configuratie is geen geldige TOML: {reason}",
    },
    "error.config.not_utf8": {
        "en": "{path} is not a UTF-8 text file",
        "nl": "{path} is geen UTF-8-tekstbestand",
    },
    "error.config.unreadable": {
        "en": "cannot read {path}: {reason}",
        "nl": "kan {path} niet lezen: {reason}",
    },
    "error.config.not_table": {
        "en": "[tool.procesregels] must be a table of settings",
        "nl": "[tool.procesregels] moet een tabel met instellingen zijn",
    },
    "error.config.unknown_key": {
        "en": "unknown setting '{key}'",
        "nl": "onbekende instelling '{key}'",
    },
    "error.config.known_keys": {
        "en": "known settings: {keys}",
        "nl": "bekende instellingen: {keys}",
    },
    "error.config.wrong_value": {
        "en": "setting '{key}' must be {expected}, not {value}",
        "nl": "instelling '{key}' moet {expected} zijn, niet {value}",
    },
}

_TERM_PREFIXES = ("role", "level", "phase", "kind")


def _localize(name: str, value: Any, lang: str) -> Any:
    prefix = name.split("_", 1)[0].rstrip("s")
    if prefix not in _TERM_PREFIXES:
        return value
    from .vocabulary import standard  # late import: messages are used by light modules too

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
