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
    # -- report: headings and labels of the reporters (reporters/, picture.py) ----------------
    "report.title": {"en": "Participation check", "nl": "Participatietoets"},
    "report.ruleset": {"en": "Ruleset", "nl": "Regelset"},
    "report.version": {"en": "version", "nl": "versie"},
    "report.plan": {"en": "Plan", "nl": "Plan"},
    "report.summary": {"en": "Summary", "nl": "Samenvatting"},
    "report.findings": {"en": "Findings", "nl": "Bevindingen"},
    "report.influence": {"en": "Influence per stakeholder group", "nl": "Invloed per groep belanghebbenden"},
    "report.picture": {"en": "The process", "nl": "Het proces"},
    "report.no_findings": {"en": "No findings.", "nl": "Geen bevindingen."},
    "report.no_influence_roles": {"en": "The plan has no stakeholder groups.", "nl": "Het plan heeft geen groepen belanghebbenden."},
    "report.severity.error": {"en": "Errors", "nl": "Fouten"},
    "report.severity.warning": {"en": "Warnings", "nl": "Waarschuwingen"},
    "report.severity.info": {"en": "For information", "nl": "Ter informatie"},
    "report.severity.waived": {"en": "Waived", "nl": "Afwijking aanvaard"},
    "report.level.error": {"en": "error", "nl": "fout"},
    "report.level.warning": {"en": "warning", "nl": "waarschuwing"},
    "report.level.info": {"en": "info", "nl": "info"},
    "report.category.violation": {"en": "violation", "nl": "overtreding"},
    "report.category.missing-role": {"en": "missing role", "nl": "ontbrekende rol"},
    "report.category.late-influence": {"en": "late influence", "nl": "late invloed"},
    "report.category.undetermined": {"en": "undetermined", "nl": "onbeslist"},
    "report.category.plan-error": {"en": "plan problem", "nl": "probleem in het plan"},
    "report.col.rule": {"en": "Rule", "nl": "Regel"},
    "report.col.title": {"en": "Title", "nl": "Titel"},
    "report.col.source": {"en": "Source", "nl": "Bron"},
    "report.col.step": {"en": "Step", "nl": "Stap"},
    "report.col.category": {"en": "Kind of finding", "nl": "Soort bevinding"},
    "report.col.message": {"en": "Finding", "nl": "Bevinding"},
    "report.col.location": {"en": "line", "nl": "bestandsregel"},
    "report.col.role": {"en": "Stakeholder group", "nl": "Groep"},
    "report.col.first_step": {"en": "First influence", "nl": "Eerste invloed"},
    "report.col.phase": {"en": "Phase", "nl": "Fase"},
    "report.col.late": {"en": "Late", "nl": "Te laat"},
    "report.col.count": {"en": "Number", "nl": "Aantal"},
    "report.sum.error": {"en": "errors", "nl": "fouten"},
    "report.sum.warning": {"en": "warnings", "nl": "waarschuwingen"},
    "report.sum.info": {"en": "info", "nl": "info"},
    "report.sum.undetermined": {"en": "undetermined", "nl": "onbeslist"},
    "report.sum.waived": {"en": "waived", "nl": "afwijking aanvaard"},
    "report.sum.passed": {"en": "rules passed", "nl": "regels voldaan"},
    "report.sum.not_applicable": {"en": "not applicable", "nl": "niet van toepassing"},
    "report.one.error": {"en": "error", "nl": "fout"},
    "report.one.warning": {"en": "warning", "nl": "waarschuwing"},
    "report.one.passed": {"en": "rule passed", "nl": "regel voldaan"},
    "report.yes": {"en": "yes", "nl": "ja"},
    "report.no": {"en": "no", "nl": "nee"},
    "report.none": {"en": "none", "nl": "geen"},
    "report.whole_plan": {"en": "whole plan", "nl": "hele plan"},
    "report.hint": {"en": "hint", "nl": "tip"},
    "report.path": {"en": "Path", "nl": "Verloop"},
    "report.waived": {"en": "waived", "nl": "afwijking aanvaard"},
    "report.waived_because": {"en": "waived: {reason}", "nl": "afwijking aanvaard: {reason}"},
    "report.witness.when": {"en": "when {conditions}:", "nl": "als {conditions}:"},
    "report.witness.choice": {"en": "choice '{choice}' takes [{option}]", "nl": "keuze '{choice}' valt op [{option}]"},
    "report.witness.skipped_one": {"en": "'{step}' is skipped", "nl": "'{step}' wordt overgeslagen"},
    "report.witness.skipped_many": {"en": "{steps} are skipped", "nl": "{steps} worden overgeslagen"},
    "report.plan_summary": {"en": "{path}: {counts}", "nl": "{path}: {counts}"},
    "report.plans_checked": {"en": "{count} plans checked, {failed} with errors", "nl": "{count} plannen gecontroleerd, {failed} met fouten"},
    "report.generated": {"en": "Checked with procesregels {version}", "nl": "Gecontroleerd met procesregels {version}"},
    "report.show_in_picture": {"en": "show in the picture", "nl": "toon in de tekening"},
    "report.progress": {"en": "Checking plans", "nl": "Plannen controleren"},
    # -- graph: the picture of a plan (picture.py, reporters/html.py, `graph`) -----------------
    "graph.legend": {"en": "Legend", "nl": "Legenda"},
    "graph.role": {"en": "{role}", "nl": "{role}"},
    "graph.phase": {"en": "{phase}", "nl": "{phase}"},
    "graph.level": {"en": "{level}", "nl": "{level}"},
    "graph.no_participation": {"en": "no participation", "nl": "geen participatie"},
    "graph.participation": {"en": "participation at level {level}", "nl": "participatie op niveau {level}"},
    "graph.optional": {"en": "optional", "nl": "optioneel"},
    "graph.choice": {"en": "choice '{choice}', option {option}", "nl": "keuze '{choice}', optie {option}"},
    "graph.dashed": {"en": "dashed: optional or part of a choice", "nl": "gestreept: optioneel of onderdeel van een keuze"},
    "graph.decision": {"en": "decision", "nl": "besluit"},
    "graph.influence": {"en": "first influence of a stakeholder group", "nl": "eerste invloed van een groep belanghebbenden"},
    "graph.late": {"en": "influence that comes too late", "nl": "invloed die te laat komt"},
    "graph.finding": {"en": "step with a finding", "nl": "stap met een bevinding"},
    "graph.no_owner": {"en": "(no owner)", "nl": "(geen eigenaar)"},
    "graph.participants": {"en": "participants", "nl": "deelnemers"},
    "graph.after": {"en": "arrow: must be done first", "nl": "pijl: moet eerst klaar zijn"},
    "graph.compact": {"en": "{count} steps: drawn compactly; hover a step for its title", "nl": "{count} stappen: compact getekend; wijs een stap aan voor de titel"},
    "graph.first_influence_of": {"en": "first influence of {role}", "nl": "eerste invloed van {role}"},
    "graph.late_influence_of": {"en": "late influence of {role}", "nl": "late invloed van {role}"},
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
