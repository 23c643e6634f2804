"""Texts of configuration files and `init` (keys `error.config.*`, `init.*`).

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, dict[str, str]] = {
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
    # -- init: the starter plan (starter.py, `init`) -------------------------------------------
    "init.exists": {
        "en": "{path} already exists; use --force to overwrite it",
        "nl": "{path} bestaat al; gebruik --force om het te overschrijven",
    },
    "init.written": {
        "en": "wrote {path}; check it with: procesregels lint {path}",
        "nl": "{path} geschreven; toets het met: procesregels lint {path}",
    },
    # -- rulesettest, rulesets: `procesregels test` and `procesregels rulesets` --
    "rulesettest.pass_word": {"en": "pass", "nl": "slaagt"},
    "rulesettest.pass": {"en": "PASS {label}", "nl": "PASS {label}"},
    "rulesettest.fail": {
        "en": "FAIL {label}: expected {expected}, got {got}",
        "nl": "FAIL {label}: verwacht {expected}, gevonden {got}",
    },
    "rulesettest.error": {
        "en": "ERROR {label}: the plan {plan} cannot be checked",
        "nl": "ERROR {label}: het plan {plan} kan niet worden gecontroleerd",
    },
    "rulesettest.summary": {"en": "{passed} passed, {failed} failed", "nl": "{passed} geslaagd, {failed} mislukt"},
    "rulesettest.no_examples": {
        "en": "{ruleset}: this ruleset has no examples",
        "nl": "{ruleset}: deze regelset heeft geen voorbeelden",
    },
    "rulesets.heading": {
        "en": "NAME\tVERSION\tMUNICIPALITY\tTITLE\tSOURCE",
        "nl": "NAAM\tVERSIE\tGEMEENTE\tTITEL\tBRON",
    },
    "rulesets.none": {"en": "no bundled rulesets found", "nl": "geen meegeleverde regelsets gevonden"},
}
