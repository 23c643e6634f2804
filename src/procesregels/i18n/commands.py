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
        "nl": "{path} bevat een teken dat niet te lezen is; sla het op met de tekenset UTF-8",
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
    # -- files a command reads or writes (lint, compare, publish, convert, graph) ----------------
    "error.output.unwritable": {
        "en": "cannot write {path}: {reason}",
        "nl": "kan {path} niet schrijven: {reason}",
    },
    "error.lint.unknown_format": {
        "en": "unknown format '{format}' in {path}; expected one of {known}",
        "nl": "onbekend formaat '{format}' in {path}; kies uit {known}",
    },
    "error.lint.no_plans_in_folder": {
        "en": "no plan files ({suffixes}) in folder '{path}'",
        "nl": "geen planbestanden ({suffixes}) in map '{path}'",
    },
    "error.lint.no_such_plan": {"en": "no such plan file: '{path}'", "nl": "planbestand '{path}' bestaat niet"},
    # the reasons the operating system gives, in Dutch (its own words are English)
    "error.os.ENOENT": {"en": "No such file or directory", "nl": "het bestand of de map bestaat niet"},
    "error.os.EACCES": {"en": "Permission denied", "nl": "geen toestemming"},
    "error.os.EPERM": {"en": "Operation not permitted", "nl": "niet toegestaan"},
    "error.os.EISDIR": {"en": "Is a directory", "nl": "dit is een map"},
    "error.os.ENOTDIR": {"en": "Not a directory", "nl": "een deel van het pad is geen map"},
    "error.os.ENOSPC": {"en": "No space left on device", "nl": "de schijf is vol"},
    "error.os.EROFS": {"en": "Read-only file system", "nl": "op deze schijf mag niet worden geschreven"},
    "error.os.other": {"en": "{reason}", "nl": "de computer meldt: {reason}"},
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
    "rulesettest.pass_word": {"en": "pass", "nl": "geen overtreding"},
    "rulesettest.breaches": {"en": "{ids}", "nl": "overtreding van {ids}"},
    "rulesettest.pass": {"en": "PASS {label}", "nl": "GOED {label}"},
    "rulesettest.fail": {
        "en": "FAIL {label}: expected {expected}, got {got}",
        "nl": "FOUT {label}: verwacht {expected}, gevonden {got}",
    },
    "rulesettest.error": {
        "en": "ERROR {label}: the plan {plan} cannot be checked",
        "nl": "ONLEESBAAR {label}: het plan {plan} kan niet worden gecontroleerd",
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
