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
    # -- error.plan: reading and checking a plan file (plan_loader.py, yaml_positions.py) -------
    "error.plan.unreadable": {"en": "cannot read the plan: {reason}", "nl": "kan het plan niet lezen: {reason}"},
    "error.plan.too_large": {
        "en": "the plan is {size} bytes; a plan may be at most {limit} bytes",
        "nl": "het plan is {size} bytes; een plan mag hoogstens {limit} bytes zijn",
    },
    "error.plan.not_utf8": {
        "en": "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
        "nl": "het bestand is geen UTF-8-tekst (byte 0x{byte} is onleesbaar)",
    },
    "error.plan.empty": {
        "en": "the plan is empty: a plan needs at least 'plan:' (its title) and 'steps:'",
        "nl": "het plan is leeg: een plan heeft minstens 'plan:' (de titel) en 'steps:' nodig",
    },
    "error.plan.not_mapping": {
        "en": "a plan is a mapping of keys (plan:, actors:, steps:, ...), not {found}",
        "nl": "een plan is een mapping van sleutels (plan:, actors:, steps:, ...), geen {found}",
    },
    "error.plan.yaml": {"en": "this is not valid YAML: {problem}", "nl": "dit is geen geldige YAML: {problem}"},
    "error.plan.yaml_tab": {
        "en": "a tab cannot indent YAML: indent with spaces",
        "nl": "een tab mag YAML niet inspringen: spring in met spaties",
    },
    "error.plan.yaml_colon": {
        "en": "a ':' is not allowed here: put text that contains ': ' in quotes, or check the indentation",
        "nl": "een ':' mag hier niet: zet tekst met ': ' tussen aanhalingstekens, of controleer het inspringen",
    },
    "error.plan.yaml_no_colon": {
        "en": "expected 'key: value' here; a ':' is missing",
        "nl": "hier werd 'sleutel: waarde' verwacht; er ontbreekt een ':'",
    },
    "error.plan.yaml_indent": {
        "en": "the indentation of this line does not match the lines above",
        "nl": "het inspringen van deze regel past niet bij de regels erboven",
    },
    "error.plan.yaml_unclosed": {
        "en": "the file ends inside a quoted text or a bracket that is not closed",
        "nl": "het bestand eindigt binnen een tekst tussen aanhalingstekens of een haakje dat niet gesloten is",
    },
    "error.plan.yaml_alias": {
        "en": "this alias (*name) refers to no anchor (&name) written before it",
        "nl": "deze alias (*naam) verwijst naar geen anker (&naam) dat ervoor staat",
    },
    "error.plan.yaml_character": {
        "en": "the file contains a character that YAML does not allow ({code})",
        "nl": "het bestand bevat een teken dat YAML niet toestaat ({code})",
    },
    "error.plan.yaml_documents": {
        "en": "a plan file holds one YAML document; remove the second '---'",
        "nl": "een planbestand bevat één YAML-document; verwijder de tweede '---'",
    },
    "error.plan.yaml_tag": {
        "en": "the YAML tag '{tag}' is not allowed in a plan: write plain values",
        "nl": "de YAML-tag '{tag}' is niet toegestaan in een plan: schrijf gewone waarden",
    },
    "error.plan.yaml_value": {
        "en": "'{value}' is not a valid {tag} value",
        "nl": "'{value}' is geen geldige {tag}-waarde",
    },
    "error.plan.yaml_complex_key": {
        "en": "a key must be a plain name, not a list or a mapping",
        "nl": "een sleutel moet een gewone naam zijn, geen lijst of mapping",
    },
    "error.plan.yaml_merge": {
        "en": "'<<' can only merge a mapping (or a list of mappings)",
        "nl": "'<<' kan alleen een mapping (of een lijst van mappings) samenvoegen",
    },
    "error.plan.json": {"en": "this is not valid JSON: {problem}", "nl": "dit is geen geldige JSON: {problem}"},
    "error.plan.too_deep": {
        "en": "the plan is nested more than {limit} levels deep",
        "nl": "het plan is meer dan {limit} niveaus diep genest",
    },
    "error.plan.too_many_values": {
        "en": "the plan has more than {limit} values (an alias counts for everything it repeats)",
        "nl": "het plan heeft meer dan {limit} waarden (een alias telt voor alles wat hij herhaalt)",
    },
    "error.plan.duplicate_key": {
        "en": "the key '{key}' appears twice in the same mapping",
        "nl": "de sleutel '{key}' staat twee keer in dezelfde mapping",
    },
    "error.plan.duplicate_actor": {
        "en": "the actor id '{key}' is used twice",
        "nl": "de actor-id '{key}' wordt twee keer gebruikt",
    },
    "error.plan.duplicate_step": {
        "en": "the step id '{id}' is used twice (first on line {line})",
        "nl": "de stap-id '{id}' wordt twee keer gebruikt (eerst op regel {line})",
    },
    "error.plan.duplicate_choice": {
        "en": "the choice id '{id}' is used twice (first on line {line})",
        "nl": "de keuze-id '{id}' wordt twee keer gebruikt (eerst op regel {line})",
    },
    "error.plan.missing": {"en": "{where} has no '{key}': {expected}", "nl": "{where} heeft geen '{key}': {expected}"},
    "error.plan.unknown_key": {"en": "unknown key '{key}' in {where}", "nl": "onbekende sleutel '{key}' in {where}"},
    "error.plan.wrong_type": {
        "en": "expected {expected} for '{key}' in {where}, found {found}",
        "nl": "verwacht voor '{key}' in {where}: {expected}; gevonden: {found}",
    },
    "error.plan.wrong_item": {
        "en": "expected {expected} in '{key}' of {where}, found {found}",
        "nl": "verwacht in '{key}' van {where}: {expected}; gevonden: {found}",
    },
    "error.plan.wrong_key": {
        "en": "expected a name as key in '{key}' of {where}, found {found}",
        "nl": "verwacht als sleutel in '{key}' van {where}: een naam; gevonden: {found}",
    },
    "error.plan.not_a_date": {
        "en": "{value} is not a date ('{key}' of {where})",
        "nl": "{value} is geen datum ('{key}' van {where})",
    },
    "error.plan.empty_text": {"en": "'{key}' of {where} is empty", "nl": "'{key}' van {where} is leeg"},
    "error.plan.no_options": {
        "en": "{where} has no options: give at least one list of step ids",
        "nl": "{where} heeft geen opties: geef minstens één lijst van stap-id's",
    },
    "error.plan.waiver_reason": {
        "en": "{where} has no reason: say why the deviation is accepted",
        "nl": "{where} heeft geen reden: zeg waarom de afwijking aanvaard is",
    },
    "error.plan.unknown_role": {
        "en": "unknown role '{name}' of {where}",
        "nl": "onbekende rol '{name}' van {where}",
    },
    "error.plan.unknown_level": {
        "en": "unknown level '{name}' for '{participant}' in {where}",
        "nl": "onbekend niveau '{name}' voor '{participant}' in {where}",
    },
    "error.plan.unknown_phase": {"en": "unknown phase '{name}' of {where}", "nl": "onbekende fase '{name}' van {where}"},
    "error.plan.unknown_kind": {
        "en": "unknown step kind '{name}' of {where}",
        "nl": "onbekende soort stap '{name}' van {where}",
    },
    "error.plan.dynamic_role_actor": {
        "en": "{where} cannot have the role '{name}': it stands for everyone who takes part, and the check works it out",
        "nl": "{where} kan niet de rol '{name}' hebben: die staat voor iedereen die meedoet, en de controle bepaalt wie dat is",
    },
    "error.plan.dynamic_role_participant": {
        "en": "'{name}' cannot take part in {where}: name the actors or roles that take part, e.g. bewoners",
        "nl": "'{name}' kan niet meedoen in {where}: noem de actoren of rollen die meedoen, bijvoorbeeld bewoners",
    },
    "error.plan.unknown_participant": {
        "en": "'{name}' in the participants of {where} is neither an actor id nor a role",
        "nl": "'{name}' bij de deelnemers van {where} is geen actor-id en geen rol",
    },
    "error.plan.same_participant": {
        "en": "'{name}' in the participants of {where} is the same participant as '{other}'",
        "nl": "'{name}' bij de deelnemers van {where} is dezelfde deelnemer als '{other}'",
    },
    "error.plan.unknown_owner": {
        "en": "the owner '{name}' of {where} is not an actor id (add it under 'actors:')",
        "nl": "de eigenaar '{name}' van {where} is geen actor-id (voeg hem toe onder 'actors:')",
    },
    "error.plan.unknown_after": {
        "en": "'{name}' in 'after' of {where} is not a step id",
        "nl": "'{name}' in 'after' van {where} is geen stap-id",
    },
    "error.plan.cycle": {
        "en": "the 'after' links form a cycle: {cycle}",
        "nl": "de 'after'-verwijzingen vormen een kringloop: {cycle}",
    },
    "error.plan.unknown_option_step": {
        "en": "'{name}' in an option of {where} is not a step id",
        "nl": "'{name}' in een optie van {where} is geen stap-id",
    },
    "error.plan.optional_in_choice": {
        "en": "step '{id}' is optional and also in {where}: a step is either optional or in a choice",
        "nl": "stap '{id}' is optioneel en staat ook in {where}: een stap is optioneel of staat in een keuze, niet allebei",
    },
    "error.plan.two_choices": {
        "en": "step '{id}' is in {where} and in {other}: a step may be in one choice only",
        "nl": "stap '{id}' staat in {where} en in {other}: een stap mag maar in één keuze staan",
    },
    "error.plan.two_options": {
        "en": "step '{id}' is in two options of {where}: a step may be in one option only",
        "nl": "stap '{id}' staat in twee opties van {where}: een stap mag maar in één optie staan",
    },
    "error.plan.date_and_span": {
        "en": "{where} has both 'date' and '{key}': give either 'date' or 'start'/'end'",
        "nl": "{where} heeft zowel 'date' als '{key}': geef 'date' of 'start'/'end'",
    },
    "error.plan.duration_and_end": {
        "en": "{where} has both 'duration' and '{key}': 'duration' gives the end from 'start'",
        "nl": "{where} heeft zowel 'duration' als '{key}': 'duration' bepaalt het einde vanaf 'start'",
    },
    "error.plan.duration_without_start": {
        "en": "{where} has a 'duration' but no 'start'",
        "nl": "{where} heeft een 'duration' maar geen 'start'",
    },
    "error.plan.start_without_end": {
        "en": "{where} has a 'start' but no 'end' or 'duration'",
        "nl": "{where} heeft een 'start' maar geen 'end' of 'duration'",
    },
    "error.plan.end_without_start": {
        "en": "{where} has an 'end' but no 'start'",
        "nl": "{where} heeft een 'end' maar geen 'start'",
    },
    "error.plan.bad_duration": {
        "en": "'{value}' is not a duration: write a number and days, weeks or months, like '6 weeks' or '6 weken'",
        "nl": "'{value}' is geen duur: schrijf een getal en dagen, weken of maanden, zoals '6 weken' of '6 weeks'",
    },
    "error.plan.duration_too_long": {
        "en": "the duration '{value}' of {where} runs past the last possible date",
        "nl": "de duur '{value}' van {where} loopt voorbij de laatst mogelijke datum",
    },
    "error.plan.end_before_start": {
        "en": "{where} ends on {end}, before it starts on {start}",
        "nl": "{where} eindigt op {end}, vóór het begin op {start}",
    },
    "error.plan.bad_impact": {
        "en": "'{value}' is not an impact: use low, medium or high (laag, middel, hoog)",
        "nl": "'{value}' is geen impact: gebruik laag, middel of hoog (low, medium, high)",
    },
    "error.plan.for_example": {"en": "for example: {example}", "nl": "bijvoorbeeld: {example}"},
    "error.plan.example.after": {"en": "after: [kaders, enquete]", "nl": "after: [kaders, enquete]"},
    "error.plan.example.options": {
        "en": "options: [[enquete], [straatgesprekken]]",
        "nl": "options: [[enquete], [straatgesprekken]]",
    },
    "error.plan.example.participants": {
        "en": "participants: {{residents: consult, team: inform}}",
        "nl": "participants: {{bewoners: raadplegen, team: informeren}}",
    },
    "error.plan.example.actors": {
        "en": "actors: {{team: {{role: officials, name: Project team}}}}",
        "nl": "actors: {{team: {{role: ambtenaren, name: Projectteam}}}}",
    },
    "error.plan.example.steps": {"en": "steps: [{{id: kaders, kind: frames}}]", "nl": "steps: [{{id: kaders, kind: kaderstelling}}]"},
    "error.plan.example.choices": {
        "en": "choices: [{{id: vorm, options: [[enquete], [straatgesprekken]]}}]",
        "nl": "choices: [{{id: vorm, options: [[enquete], [straatgesprekken]]}}]",
    },
    "error.plan.example.waivers": {
        "en": "waivers: [{{rule: R9, reason: urgent procedure}}]",
        "nl": "waivers: [{{rule: R9, reason: spoedprocedure}}]",
    },
    "error.plan.where.plan": {"en": "the plan", "nl": "het plan"},
    "error.plan.where.step": {"en": "step '{id}'", "nl": "stap '{id}'"},
    "error.plan.where.step_n": {"en": "step {n}", "nl": "stap {n}"},
    "error.plan.where.actor": {"en": "actor '{id}'", "nl": "actor '{id}'"},
    "error.plan.where.choice": {"en": "choice '{id}'", "nl": "keuze '{id}'"},
    "error.plan.where.choice_n": {"en": "choice {n}", "nl": "keuze {n}"},
    "error.plan.where.waiver": {"en": "the waiver of rule '{rule}'", "nl": "de afwijking van regel '{rule}'"},
    "error.plan.where.waiver_n": {"en": "waiver {n}", "nl": "afwijking {n}"},
    "error.plan.where.attributes": {"en": "the attributes", "nl": "de attributen"},
    "error.plan.found.nothing": {"en": "nothing", "nl": "niets"},
    "error.plan.found.text": {"en": "the text '{value}'", "nl": "de tekst '{value}'"},
    "error.plan.found.number": {"en": "the number {value}", "nl": "het getal {value}"},
    "error.plan.found.bool": {"en": "{value}", "nl": "{value}"},
    "error.plan.found.date": {"en": "the date {value}", "nl": "de datum {value}"},
    "error.plan.found.list": {"en": "a list", "nl": "een lijst"},
    "error.plan.found.mapping": {"en": "a mapping", "nl": "een mapping"},
    "error.plan.expected.text": {"en": "text", "nl": "tekst"},
    "error.plan.expected.bool": {"en": "true or false", "nl": "true of false"},
    "error.plan.expected.date": {"en": "an ISO date like 2026-03-01", "nl": "een ISO-datum zoals 2026-03-01"},
    "error.plan.expected.title": {"en": "the title of the plan", "nl": "de titel van het plan"},
    "error.plan.expected.id": {"en": "a short unique name", "nl": "een korte unieke naam"},
    "error.plan.expected.kind": {
        "en": "a step kind, like meeting or bijeenkomst",
        "nl": "een soort stap, zoals bijeenkomst of meeting",
    },
    "error.plan.expected.role": {"en": "a role, like residents or inwoners", "nl": "een rol, zoals inwoners of residents"},
    "error.plan.expected.rule": {"en": "the id of a rule, like R9", "nl": "de id van een regel, zoals R9"},
    "error.plan.expected.step_id": {"en": "a step id", "nl": "een stap-id"},
    "error.plan.expected.after": {
        "en": "a list of step ids", "nl": "een lijst van stap-id's"
    },
    "error.plan.expected.options": {
        "en": "a list of options, each a list of step ids",
        "nl": "een lijst van opties, elk een lijst van stap-id's",
    },
    "error.plan.expected.option": {
        "en": "a list of step ids", "nl": "een lijst van stap-id's"
    },
    "error.plan.expected.participants": {
        "en": "a mapping of actor id or role to level",
        "nl": "een mapping van actor-id of rol naar niveau",
    },
    "error.plan.expected.level": {
        "en": "a level: inform, consult, advise, coproduce or codecide",
        "nl": "een niveau: informeren, raadplegen, adviseren, coproduceren of meebeslissen",
    },
    "error.plan.expected.steps": {
        "en": "a list of steps, each starting with '- id: ...'",
        "nl": "een lijst van stappen, elk beginnend met '- id: ...'",
    },
    "error.plan.expected.step": {
        "en": "a step: a mapping with at least 'id' and 'kind'",
        "nl": "een stap: een mapping met minstens 'id' en 'kind'",
    },
    "error.plan.expected.actors": {
        "en": "a mapping of actor id to actor",
        "nl": "een mapping van actor-id naar actor",
    },
    "error.plan.expected.actor": {
        "en": "an actor: a mapping with 'role' and optionally 'name'",
        "nl": "een actor: een mapping met 'role' en eventueel 'name'",
    },
    "error.plan.expected.choices": {"en": "a list of choices", "nl": "een lijst van keuzes"},
    "error.plan.expected.choice": {
        "en": "a choice: a mapping with 'id' and 'options'",
        "nl": "een keuze: een mapping met 'id' en 'options'",
    },
    "error.plan.expected.waivers": {"en": "a list of waivers", "nl": "een lijst van afwijkingen"},
    "error.plan.expected.waiver": {
        "en": "a waiver: a mapping with 'rule' and 'reason'",
        "nl": "een afwijking: een mapping met 'rule' en 'reason'",
    },
    "error.plan.expected.attributes": {
        "en": "a mapping of names to values",
        "nl": "een mapping van namen naar waarden",
    },
    "error.plan.expected.reason": {
        "en": "why the deviation is accepted",
        "nl": "waarom de afwijking aanvaard is",
    },
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
