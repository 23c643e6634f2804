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
    "error.did_you_mean": {"en": "did you mean {names}?", "nl": "bedoelde u {names}?"},
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
        "en": "the key '{key}' appears twice in the same mapping (first on line {line})",
        "nl": "de sleutel '{key}' staat twee keer in dezelfde mapping (eerst op regel {line})",
    },
    "error.plan.duplicate_actor": {
        "en": "the actor id '{key}' is used twice (first on line {line})",
        "nl": "de actor-id '{key}' wordt twee keer gebruikt (eerst op regel {line})",
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
    "error.plan.xml": {"en": "this is not valid XML: {problem}", "nl": "dit is geen geldige XML: {problem}"},
    "error.plan.xml_doctype": {
        "en": "a plan may not declare a DOCTYPE or entities",
        "nl": "een plan mag geen DOCTYPE of entiteiten declareren",
    },
    "error.plan.bpmn_root": {
        "en": "this is not a BPMN 2.0 file: the root element is '{name}', not 'definitions' of the BPMN 2.0 namespace",
        "nl": "dit is geen BPMN 2.0-bestand: het hoofdelement is '{name}', niet 'definitions' uit de BPMN 2.0-namespace",
    },
    "error.plan.bpmn_no_process": {
        "en": "the BPMN file has no process",
        "nl": "het BPMN-bestand bevat geen proces",
    },
    "error.plan.bpmn_participants": {
        "en": "expected 'name: level' pairs separated by commas in pr:participants, found '{value}'",
        "nl": "verwacht in pr:participants: paren 'naam: niveau' gescheiden door komma's; gevonden: '{value}'",
    },
    "error.plan.bpmn_side_unknown_task": {
        "en": "'{name}' under 'steps' is neither the id nor the name of a task of the BPMN file",
        "nl": "'{name}' onder 'steps' is geen id en geen naam van een taak in het BPMN-bestand",
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
    "error.plan.expected.title": {
        "en": "the title of the process, like 'plan: Herinrichting Marktplein'",
        "nl": "de titel van het proces, zoals 'plan: Herinrichting Marktplein'",
    },
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
        "en": "a list of steps",
        "nl": "een lijst van stappen",
    },
    "error.plan.expected.step": {
        "en": "a step (a mapping with at least 'id' and 'kind')",
        "nl": "een stap (een mapping met minstens 'id' en 'kind')",
    },
    "error.plan.expected.actors": {
        "en": "a mapping of actor id to actor",
        "nl": "een mapping van actor-id naar actor",
    },
    "error.plan.expected.actor": {
        "en": "an actor (a mapping with 'role' and optionally 'name')",
        "nl": "een actor (een mapping met 'role' en eventueel 'name')",
    },
    "error.plan.expected.choices": {"en": "a list of choices", "nl": "een lijst van keuzes"},
    "error.plan.expected.choice": {
        "en": "a choice (a mapping with 'id' and 'options')",
        "nl": "een keuze (een mapping met 'id' en 'options')",
    },
    "error.plan.expected.waivers": {"en": "a list of waivers", "nl": "een lijst van afwijkingen"},
    "error.plan.expected.waiver": {
        "en": "a waiver (a mapping with 'rule' and 'reason')",
        "nl": "een afwijking (een mapping met 'rule' en 'reason')",
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
    # -- init: the starter plan (starter.py, `init`) -------------------------------------------
    "init.exists": {
        "en": "{path} already exists; use --force to overwrite it",
        "nl": "{path} bestaat al; gebruik --force om het te overschrijven",
    },
    "init.written": {
        "en": "wrote {path}; check it with: procesregels lint {path}",
        "nl": "{path} geschreven; toets het met: procesregels lint {path}",
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
    "report.steps": {"en": "The {count} steps in a table", "nl": "De {count} stappen in een tabel"},
    "report.col.owner": {"en": "Owner", "nl": "Eigenaar"},
    "report.col.dates": {"en": "Dates", "nl": "Datum"},
    "report.col.after": {"en": "After steps", "nl": "Na stappen"},
    "report.col.participants": {"en": "Participants", "nl": "Deelnemers"},
    "report.variant": {"en": "Variant", "nl": "Variant"},
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
    # -- ruleset: the ruleset language (dsl.py, transform.py, ruleset_loader.py, fmt, explain) ---
    "ruleset.too_large": {
        "en": "the ruleset is {size} bytes; a ruleset may be at most {limit} bytes",
        "nl": "de regelset is {size} bytes; een regelset mag hoogstens {limit} bytes zijn",
    },
    "ruleset.not_utf8": {
        "en": "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
        "nl": "het bestand is geen UTF-8-tekst (byte 0x{byte} is onleesbaar)",
    },
    "ruleset.binary": {
        "en": "this is not a text file (it contains a NUL byte)",
        "nl": "dit is geen tekstbestand (er staat een NUL-byte in)",
    },
    "ruleset.empty": {
        "en": "the ruleset is empty: it must start with a header such as 'ruleset \"Participation rules\"'",
        "nl": "de regelset is leeg: hij begint met een kop zoals 'regelset \"Participatieregels\"'",
    },
    "ruleset.unreadable": {"en": "cannot read the ruleset: {reason}", "nl": "kan de regelset niet lezen: {reason}"},
    "ruleset.not_found": {
        "en": "no ruleset '{name}': it is not a file and not a bundled ruleset (bundled: {bundled})",
        "nl": "geen regelset '{name}': het is geen bestand en geen meegeleverde regelset (meegeleverd: {bundled})",
    },
    "ruleset.syntax": {"en": "unexpected {found}; expected {expected}", "nl": "onverwacht {found}; verwacht: {expected}"},
    "ruleset.found.end": {"en": "end of the file", "nl": "einde van het bestand"},
    "ruleset.found.line_end": {"en": "end of the line", "nl": "einde van de regel"},
    "ruleset.found.word": {"en": "'{word}'", "nl": "'{word}'"},
    "ruleset.found.char": {"en": "character '{char}'", "nl": "teken '{char}'"},
    "ruleset.expect.SENTENCE": {
        "en": "a rule sentence such as 'residents must be consulted before the council decides'",
        "nl": "een regelzin zoals 'inwoners moeten geraadpleegd worden voordat de raad besluit'",
    },
    "ruleset.expect.HEADER": {
        "en": "the header 'ruleset \"title\"' on the first line",
        "nl": "de kop 'regelset \"titel\"' op de eerste regel",
    },
    "ruleset.expect.ITEM": {
        "en": "a new 'rule', 'role', 'kind', 'level', 'drops' or 'example' line",
        "nl": "een nieuwe regel met 'regel', 'rol', 'soort', 'niveau', 'schrapt' of 'voorbeeld'",
    },
    "ruleset.expect.METADATA": {
        "en": "a header line such as 'municipality \"...\"' or 'version \"...\"'",
        "nl": "een kopregel zoals 'gemeente \"...\"' of 'versie \"...\"'",
    },
    "ruleset.expect.RULE_OPTION": {
        "en": "'source', 'severity' or 'replaces'",
        "nl": "'bron', 'ernst' of 'vervangt'",
    },
    "ruleset.expect._MUST": {"en": "'must'", "nl": "'moet' of 'moeten'"},
    "ruleset.expect._WORDEN": {"en": "'worden'", "nl": "'worden'"},
    "ruleset.expect._BE": {"en": "'be'", "nl": "'be'"},
    "ruleset.expect.PARTICIPLE": {"en": "'consulted', 'informed'", "nl": "'geraadpleegd', 'geïnformeerd'"},
    "ruleset.single_quotes": {
        "en": "texts go between double quotes: \"...\", not '...'",
        "nl": "teksten staan tussen dubbele aanhalingstekens: \"...\", niet '...'",
    },
    "ruleset.mistake.participle_without_be": {
        "en": "a level word needs 'be' before it in English ('must be consulted') "
        "and 'worden' after it in Dutch ('moeten geraadpleegd worden')",
        "nl": "een niveauwoord heeft in het Nederlands 'worden' erna nodig ('moeten geraadpleegd worden') "
        "en in het Engels 'be' ervoor ('must be consulted')",
    },
    "ruleset.mistake.sentence_on_title_line": {
        "en": "the rule sentence goes on its own line, below the rule's title",
        "nl": "de regelzin staat op een eigen regel, onder de titel van de regel",
    },
    "ruleset.mistake.metadata_on_header_line": {
        "en": "each header line (municipality, version, ...) goes on its own line",
        "nl": "elke kopregel (gemeente, versie, ...) staat op een eigen regel",
    },
    "ruleset.expect._OR_EARLIER": {"en": "'or earlier'", "nl": "'of eerder'"},
    "ruleset.unclosed_string": {
        "en": "this quoted text does not end on its line: a closing \" is missing",
        "nl": "deze tekst tussen aanhalingstekens eindigt niet op zijn regel: er ontbreekt een sluitende \"",
    },
    "ruleset.expect._INVOLVED": {"en": "'involved at level ...'", "nl": "'betrokken'"},
    "ruleset.expect._AT_LEVEL": {"en": "'at level' and a level such as 'advise'", "nl": "'op niveau' en een niveau zoals 'adviseren'"},
    "ruleset.expect._BEFORE": {"en": "'before' and an event", "nl": "'voordat' of 'voor' en een gebeurtenis"},
    "ruleset.expect._AFTER": {"en": "'after' and an event", "nl": "'nadat' of 'na' en een gebeurtenis"},
    "ruleset.expect._WITHIN": {"en": "'within' and a period such as '6 weeks'", "nl": "'binnen' en een termijn zoals '6 weken'"},
    "ruleset.expect._AT_LEAST": {"en": "'at least'", "nl": "'ten minste'"},
    "ruleset.expect._AT_MOST": {"en": "'at most'", "nl": "'ten hoogste'"},
    "ruleset.expect._HAVE": {"en": "'have'", "nl": "'hebben'"},
    "ruleset.expect._INFLUENCE": {"en": "'influence'", "nl": "'invloed'"},
    "ruleset.expect._IN": {"en": "'in phase ...'", "nl": "'in fase ...'"},
    "ruleset.expect._PHASE": {"en": "'phase' and a phase such as 'design'", "nl": "'fase' en een fase zoals 'ontwerp'"},
    "ruleset.expect._OR": {"en": "'or'", "nl": "'of'"},
    "ruleset.expect._EARLIER": {"en": "'or earlier'", "nl": "'of eerder'"},
    "ruleset.expect.VERB": {
        "en": "what the role does: 'decides', 'sets frames' or 'drafts'",
        "nl": "wat de rol doet: 'besluit', 'kaders vaststelt' of 'ontwerp opstelt'",
    },
    "ruleset.expect.VERB_INF": {
        "en": "'decide', 'set frames' or 'draft'",
        "nl": "'besluiten', 'kaders vaststellen' of 'ontwerp opstellen'",
    },
    "ruleset.expect.EVERY": {"en": "'any' and a step kind", "nl": "'elk' of 'elke' en een soort stap"},
    "ruleset.expect._STARTS": {"en": "'starts'", "nl": "'start'"},
    "ruleset.expect._ENDS": {"en": "'ends'", "nl": "'eindigt'"},
    "ruleset.expect._LAST": {"en": "'last'", "nl": "'duren'"},
    "ruleset.expect.FIELD": {"en": "'an owner' or 'a date'", "nl": "'een eigenaar' of 'een datum'"},
    "ruleset.expect._INCLUDE": {"en": "'include'", "nl": "'bevatten'"},
    "ruleset.expect._PARTICIPATION": {"en": "'participation'", "nl": "'participatie'"},
    "ruleset.expect._UNDER": {"en": "'under' and the broader role", "nl": "'valt onder' en de bredere rol"},
    "ruleset.expect._IS": {"en": "'is'", "nl": "'is'"},
    "ruleset.expect._PLAN": {"en": "'plan' and a quoted file name", "nl": "'plan' en een bestandsnaam tussen aanhalingstekens"},
    "ruleset.expect._EXPECT": {"en": "'expect'", "nl": "'verwacht'"},
    "ruleset.expect.PASS": {"en": "'pass'", "nl": "'slaagt'"},
    "ruleset.expect.STRING": {"en": "a quoted text such as \"...\"", "nl": "een tekst tussen aanhalingstekens, zoals \"...\""},
    "ruleset.expect.ID": {"en": "a rule id such as 'R1'", "nl": "een regelcode zoals 'R1'"},
    "ruleset.expect.NUMBER": {"en": "a number", "nl": "een getal"},
    "ruleset.expect.UNIT": {"en": "'days', 'weeks' or 'months'", "nl": "'dagen', 'weken' of 'maanden'"},
    "ruleset.expect.DATE": {"en": "a date such as 2026-03-01", "nl": "een datum zoals 2026-03-01"},
    "ruleset.expect.WORD": {"en": "a name", "nl": "een naam"},
    "ruleset.expect.WORD.role": {"en": "a role such as 'residents'", "nl": "een rol zoals 'inwoners'"},
    "ruleset.expect.WORD.kind": {"en": "a step kind such as 'meeting'", "nl": "een soort stap zoals 'bijeenkomst'"},
    "ruleset.expect.WORD.phase": {"en": "a phase such as 'exploration'", "nl": "een fase zoals 'verkenning'"},
    "ruleset.expect.WORD.level": {"en": "a level such as 'consult'", "nl": "een niveau zoals 'raadplegen'"},
    "ruleset.expect.WORD.severity": {"en": "'error', 'warning' or 'info'", "nl": "'fout', 'waarschuwing' of 'info'"},
    "ruleset.expect.WORD.language": {"en": "'nl' or 'en'", "nl": "'nl' of 'en'"},
    "ruleset.expect.COMMA": {"en": "','", "nl": "','"},
    "ruleset.expect.COLON": {"en": "':' after the condition", "nl": "':' na de voorwaarde"},
    "ruleset.expect._NL": {"en": "the end of the line", "nl": "het einde van de regel"},
    "ruleset.expect.$END": {"en": "the end of the file", "nl": "het einde van het bestand"},
    "ruleset.expect.other": {"en": "something else", "nl": "iets anders"},
    "ruleset.unknown.role": {"en": "unknown role '{name}'", "nl": "onbekende rol '{name}'"},
    "ruleset.unknown.kind": {"en": "unknown step kind '{name}'", "nl": "onbekende soort stap '{name}'"},
    "ruleset.unknown.level": {"en": "unknown level '{name}'", "nl": "onbekend niveau '{name}'"},
    "ruleset.unknown.phase": {"en": "unknown phase '{name}'", "nl": "onbekende fase '{name}'"},
    "ruleset.unknown.impact": {
        "en": "unknown impact '{name}': use low, medium or high",
        "nl": "onbekende impact '{name}': gebruik laag, middel of hoog",
    },
    "ruleset.declared_twice": {
        "en": "'{name}' is declared twice in this file",
        "nl": "'{name}' wordt twee keer gedeclareerd in dit bestand",
    },
    "ruleset.declared_conflict.role": {
        "en": "'{name}' is already the role {role_known}, which is not under {role_parent}",
        "nl": "'{name}' is al de rol {role_known}, en die valt niet onder {role_parent}",
    },
    "ruleset.declared_conflict.kind": {
        "en": "'{name}' is already the step kind {kind_known}, which is not a kind of {kind_parent}",
        "nl": "'{name}' is al de soort {kind_known}, en dat is geen soort {kind_parent}",
    },
    "ruleset.declared_conflict.level": {
        "en": "'{name}' is already the level {level_known}, not {level_parent}",
        "nl": "'{name}' is al het niveau {level_known}, niet {level_parent}",
    },
    "ruleset.declaration_cycle": {
        "en": "role '{name}' cannot be under itself",
        "nl": "rol '{name}' kan niet onder zichzelf vallen",
    },
    "ruleset.duration_amount": {
        "en": "say how many {unit}, such as '2 {unit}'",
        "nl": "zeg hoeveel {unit}, zoals '2 {unit}'",
    },
    "ruleset.whole_number": {
        "en": "'{number}' is not a whole number; a period is a whole number of days, weeks or months",
        "nl": "'{number}' is geen geheel getal; een termijn is een geheel aantal dagen, weken of maanden",
    },
    "ruleset.within_needs_after": {
        "en": "'within' needs an event to count from: 'after the council decides, ... within 6 weeks'",
        "nl": "'binnen' heeft een gebeurtenis nodig om vanaf te tellen: 'nadat de raad besluit, ... binnen 6 weken'",
    },
    "ruleset.combination": {
        "en": "this sentence combines 'before', 'after', 'within' or 'at least' in a way no rule means; "
        "use one of: 'before EVENT', 'after EVENT (within N)', 'at least N before EVENT'",
        "nl": "deze zin combineert 'voordat', 'nadat', 'binnen' of 'ten minste' op een manier die geen regel betekent; "
        "gebruik een van: 'voordat GEBEURTENIS', 'nadat GEBEURTENIS (binnen N)', 'ten minste N voor GEBEURTENIS'",
    },
    "ruleset.one_owner": {
        "en": "name one role that does this, not a choice of roles",
        "nl": "noem één rol die dit doet, geen keuze uit rollen",
    },
    "ruleset.severity": {
        "en": "unknown severity '{value}': use error, warning or info",
        "nl": "onbekende ernst '{value}': gebruik fout, waarschuwing of info",
    },
    "ruleset.language": {"en": "unknown language '{value}': use nl or en", "nl": "onbekende taal '{value}': gebruik nl of en"},
    "ruleset.bad_date": {"en": "'{value}' is not a date", "nl": "'{value}' is geen datum"},
    "ruleset.option_twice": {"en": "'{option}' is given twice", "nl": "'{option}' staat er twee keer"},
    "ruleset.duplicate_rule": {
        "en": "rule id '{id}' is already used on line {line}",
        "nl": "regelcode '{id}' is al gebruikt op regel {line}",
    },
    "ruleset.duplicate_layer": {
        "en": "rule id '{id}' is already used in ruleset '{layer}'; write 'replaces {id}' to change that rule, or use another id",
        "nl": "regelcode '{id}' is al gebruikt in regelset '{layer}'; schrijf 'vervangt {id}' om die regel te wijzigen, of kies een andere code",
    },
    "ruleset.replaces_unknown": {
        "en": "this rule replaces '{id}', but the rulesets it extends have no rule '{id}'",
        "nl": "deze regel vervangt '{id}', maar de regelsets die hij uitbreidt hebben geen regel '{id}'",
    },
    "ruleset.drops_unknown": {
        "en": "cannot drop '{id}': the rulesets this one extends have no rule '{id}'",
        "nl": "kan '{id}' niet schrappen: de regelsets die deze uitbreidt hebben geen regel '{id}'",
    },
    "ruleset.extends_cycle": {
        "en": "these rulesets extend each other in a circle: {cycle}",
        "nl": "deze regelsets breiden elkaar in een kring uit: {cycle}",
    },
    "ruleset.check.ok": {
        "en": "{path}: ok, {count} rules, language {language}",
        "nl": "{path}: in orde, {count} regels, taal {language}",
    },
    "ruleset.check.failed": {"en": "{path}: cannot be read", "nl": "{path}: onleesbaar"},
    "ruleset.fmt.would_change": {"en": "{path}: would be reformatted", "nl": "{path}: zou opnieuw opgemaakt worden"},
    "ruleset.fmt.changed": {"en": "{path}: reformatted", "nl": "{path}: opnieuw opgemaakt"},
    "ruleset.fmt.not_a_file": {
        "en": "'{name}' is a bundled ruleset; fmt rewrites files, give a path",
        "nl": "'{name}' is een meegeleverde regelset; fmt herschrijft bestanden, geef een pad",
    },
    "explain.unknown_rule": {
        "en": "ruleset '{ruleset}' has no rule '{id}' (and it is not a template name)",
        "nl": "regelset '{ruleset}' heeft geen regel '{id}' (en het is geen sjabloonnaam)",
    },
    "explain.label.source": {"en": "source", "nl": "bron"},
    "explain.label.layer": {"en": "ruleset", "nl": "regelset"},
    "explain.label.severity": {"en": "severity", "nl": "ernst"},
    "explain.label.replaces": {"en": "replaces", "nl": "vervangt"},
    "explain.label.sentence": {"en": "The rule:", "nl": "De regel:"},
    "explain.label.meaning": {"en": "What it means:", "nl": "Wat hij betekent:"},
    "explain.label.example": {"en": "A plan that breaks it:", "nl": "Een plan dat hem breekt:"},
    "explain.severity.error": {"en": "error", "nl": "fout"},
    "explain.severity.warning": {"en": "warning", "nl": "waarschuwing"},
    "explain.severity.info": {"en": "info", "nl": "info"},
    "explain.event.participation": {
        "en": "the participation steps that give influence (the first of them)",
        "nl": "de participatiestappen die invloed geven (de eerste daarvan)",
    },
    "explain.event.phase-starts": {
        "en": "the start of phase {phasename} (its first step, or the first of a later phase)",
        "nl": "het begin van fase {phasename} (de eerste stap daarin, of in een latere fase)",
    },
    "explain.event.phase-ends": {
        "en": "the end of phase {phasename} (its last step, or the last of an earlier phase)",
        "nl": "het einde van fase {phasename} (de laatste stap daarin, of in een eerdere fase)",
    },
    "explain.event.steps": {"en": "each step of kind {kindname}", "nl": "elke stap van de soort {kindname}"},
    "explain.event.owned": {
        "en": "each step of kind {kindname} whose owner has the role {rolename} (or a narrower one)",
        "nl": "elke stap van de soort {kindname} met als eigenaar de rol {rolename} (of een smallere)",
    },
    "explain.subject.participation": {
        "en": "Every participation step (a step with at least one participant)",
        "nl": "Elke participatiestap (een stap met ten minste één deelnemer)",
    },
    "explain.subject.kind": {"en": "Every step of kind {kindname}", "nl": "Elke stap van de soort {kindname}"},
    "explain.when": {
        "en": "Only for plans where {conditions}.",
        "nl": "Alleen voor plannen waarin {conditions}.",
    },
    "explain.meaning.involvement-before": {
        "en": "Before {event}, a step must happen that involves {who} at level {levelname} or higher. "
        "'Before' means: linked to it through the plan's 'after' lists, in every way the plan can run.",
        "nl": "Vóór {event} moet een stap plaatsvinden die {who} betrekt op niveau {levelname} of hoger. "
        "'Vóór' betekent: ermee verbonden via de 'after'-lijsten van het plan, in elke manier waarop het plan kan lopen.",
    },
    "explain.meaning.involvement-anywhere": {
        "en": "In every way the plan can run, some step involves {who} at level {levelname} or higher.",
        "nl": "In elke manier waarop het plan kan lopen, betrekt een stap {who} op niveau {levelname} of hoger.",
    },
    "explain.meaning.influence-by-phase": {
        "en": "{who} must have influence (level consult or higher) in phase {phasename} or an earlier phase, "
        "in every way the plan can run.",
        "nl": "{who} moeten invloed hebben (niveau raadplegen of hoger) in fase {phasename} of een eerdere fase, "
        "in elke manier waarop het plan kan lopen.",
    },
    "explain.meaning.event-before": {
        "en": "Before {second}, {first} must have happened (through the plan's 'after' links).",
        "nl": "Vóór {second} moet {first} hebben plaatsgevonden (via de 'after'-koppelingen van het plan).",
    },
    "explain.meaning.response": {
        "en": "After {event}, a step must follow that involves {who} at level {levelname} or higher.",
        "nl": "Na {event} moet een stap volgen die {who} betrekt op niveau {levelname} of hoger.",
    },
    "explain.meaning.response.within": {
        "en": "After {event}, a step must follow that involves {who} at level {levelname} or higher, "
        "starting at most {within} after that step ends.",
        "nl": "Na {event} moet een stap volgen die {who} betrekt op niveau {levelname} of hoger, "
        "en die uiterlijk {within} na het einde van die stap begint.",
    },
    "explain.meaning.duration.min": {
        "en": "Every step of kind {kindname} lasts at least {length} (the first and the last day both count).",
        "nl": "Elke stap van de soort {kindname} duurt ten minste {length} (de eerste en de laatste dag tellen allebei mee).",
    },
    "explain.meaning.duration.max": {
        "en": "Every step of kind {kindname} lasts at most {length} (the first and the last day both count).",
        "nl": "Elke stap van de soort {kindname} duurt ten hoogste {length} (de eerste en de laatste dag tellen allebei mee).",
    },
    "explain.meaning.lead-time": {
        "en": "Before {event}, a step must involve {who} at level {levelname} or higher, and start at least {lead} earlier.",
        "nl": "Vóór {event} moet een stap {who} betrekken op niveau {levelname} of hoger, en ten minste {lead} eerder beginnen.",
    },
    "explain.meaning.field-present.owner": {"en": "{subject} has an owner.", "nl": "{subject} heeft een eigenaar."},
    "explain.meaning.field-present.date": {
        "en": "{subject} has a date (a date or a start).",
        "nl": "{subject} heeft een datum (een datum of een begin).",
    },
    "explain.meaning.role-present": {
        "en": "The plan has an actor with the role {rolename} or a narrower role.",
        "nl": "Het plan heeft een actor met de rol {rolename} of een smallere rol.",
    },
    "explain.meaning.prohibition": {
        "en": "No participation step that gives influence (consult or higher) happens after {event}.",
        "nl": "Geen participatiestap die invloed geeft (raadplegen of hoger) vindt plaats na {event}.",
    },
    # -- compare: comparing rulesets (compare*.py, plan_examples.py, `compare`) -----------------
    "compare.same": {"en": "the same meaning", "nl": "dezelfde betekenis"},
    "compare.who.same": {"en": "the same group", "nl": "dezelfde groep"},
    "compare.who.narrower": {
        "en": "{roles_x} is stricter than {roles_y}: a step that involves {roles_x} also counts for {roles_y}, not the reverse",
        "nl": "{roles_x} is strenger dan {roles_y}: een stap die {roles_x} betrekt telt ook voor {roles_y}, niet andersom",
    },
    "compare.who.different": {
        "en": "different groups ({roles_a} against {roles_b}), neither covers the other",
        "nl": "andere groepen ({roles_a} tegenover {roles_b}), geen van beide omvat de ander",
    },
    "compare.who.participants": {
        "en": "{roles_a} against {roles_b}: reaching every participant is a different demand than involving a group",
        "nl": "{roles_a} tegenover {roles_b}: elke deelnemer bereiken is een andere eis dan een groep betrekken",
    },
    "compare.level.same": {"en": "the same level", "nl": "hetzelfde niveau"},
    "compare.level.higher": {
        "en": "level {level_x} is higher than {level_y}",
        "nl": "niveau {level_x} is hoger dan {level_y}",
    },
    "compare.phase.same": {"en": "the same phase", "nl": "dezelfde fase"},
    "compare.phase.earlier": {
        "en": "phase {phase_x} is earlier than {phase_y}",
        "nl": "fase {phase_x} is eerder dan {phase_y}",
    },
    "compare.event.same": {"en": "the same event", "nl": "dezelfde gebeurtenis"},
    "compare.event.broader": {
        "en": "'{event_x}' includes '{event_y}', so the rule applies to more steps",
        "nl": "'{event_x}' omvat '{event_y}', dus de regel geldt voor meer stappen",
    },
    "compare.event.broader_weaker": {
        "en": "'{event_x}' includes '{event_y}', so more steps can meet the rule",
        "nl": "'{event_x}' omvat '{event_y}', dus meer stappen voldoen aan de regel",
    },
    "compare.event.earlier": {
        "en": "'{event_x}' comes earlier than '{event_y}'",
        "nl": "'{event_x}' komt eerder dan '{event_y}'",
    },
    "compare.event.later": {
        "en": "'{event_x}' comes later than '{event_y}': what follows it also follows the other",
        "nl": "'{event_x}' komt later dan '{event_y}': wat erna komt, komt ook na de ander",
    },
    "compare.event.moments": {
        "en": "'{event_a}' and '{event_b}' are different moments, and a plan may have the one without the other",
        "nl": "'{event_a}' en '{event_b}' zijn verschillende momenten, en een plan kan het ene hebben zonder het andere",
    },
    "compare.event.different": {
        "en": "different events ('{event_a}' against '{event_b}')",
        "nl": "andere gebeurtenissen ('{event_a}' tegenover '{event_b}')",
    },
    "compare.within.none": {"en": "no deadline on either side", "nl": "aan beide kanten geen termijn"},
    "compare.within.same": {"en": "the same deadline", "nl": "dezelfde termijn"},
    "compare.within.missing": {
        "en": "a deadline of {length} is stricter than no deadline",
        "nl": "een termijn van {length} is strenger dan geen termijn",
    },
    "compare.within.stricter": {
        "en": "a deadline of {length_x} is shorter than {length_y}",
        "nl": "een termijn van {length_x} is korter dan {length_y}",
    },
    "compare.within.unclear": {
        "en": "deadlines of {length_a} and {length_b} cannot be ordered (months differ in length)",
        "nl": "termijnen van {length_a} en {length_b} zijn niet te ordenen (maanden verschillen in lengte)",
    },
    "compare.lead.same": {"en": "the same lead time", "nl": "dezelfde termijn vooraf"},
    "compare.lead.stricter": {
        "en": "a lead time of {length_x} is longer than {length_y}",
        "nl": "{length_x} van tevoren is eerder dan {length_y} van tevoren",
    },
    "compare.lead.unclear": {
        "en": "lead times of {length_a} and {length_b} cannot be ordered (months differ in length)",
        "nl": "termijnen vooraf van {length_a} en {length_b} zijn niet te ordenen (maanden verschillen in lengte)",
    },
    "compare.min.same": {"en": "the same minimum", "nl": "hetzelfde minimum"},
    "compare.min.stricter": {
        "en": "a minimum of {length_x} is longer than {length_y}",
        "nl": "een minimum van {length_x} is langer dan {length_y}",
    },
    "compare.min.unclear": {
        "en": "minimums of {length_a} and {length_b} cannot be ordered (months differ in length)",
        "nl": "minima van {length_a} en {length_b} zijn niet te ordenen (maanden verschillen in lengte)",
    },
    "compare.max.same": {"en": "the same maximum", "nl": "hetzelfde maximum"},
    "compare.max.stricter": {
        "en": "a maximum of {length_x} is shorter than {length_y}",
        "nl": "een maximum van {length_x} is korter dan {length_y}",
    },
    "compare.max.unclear": {
        "en": "maximums of {length_a} and {length_b} cannot be ordered (months differ in length)",
        "nl": "maxima van {length_a} en {length_b} zijn niet te ordenen (maanden verschillen in lengte)",
    },
    "compare.when.same": {"en": "the same condition", "nl": "dezelfde voorwaarde"},
    "compare.when.wider": {
        "en": "it applies to more plans ({conditions_x} instead of {conditions_y})",
        "nl": "de regel geldt voor meer plannen ({conditions_x} in plaats van {conditions_y})",
    },
    "compare.when.different": {
        "en": "different conditions ({conditions_a} against {conditions_b})",
        "nl": "andere voorwaarden ({conditions_a} tegenover {conditions_b})",
    },
    "compare.scope.same": {"en": "the same steps", "nl": "dezelfde stappen"},
    "compare.scope.different": {
        "en": "one rule is about participation steps, the other about one kind of step",
        "nl": "de ene regel gaat over participatiestappen, de andere over één soort stap",
    },
    "compare.role.same": {"en": "the same role", "nl": "dezelfde rol"},
    "compare.role.narrower": {
        "en": "role {role_x} is narrower than {role_y}, so fewer actors meet it",
        "nl": "rol {role_x} is smaller dan {role_y}, dus minder actoren voldoen eraan",
    },
    "compare.role.different": {
        "en": "different roles ({role_a} against {role_b})",
        "nl": "andere rollen ({role_a} tegenover {role_b})",
    },
    "compare.only": {
        "en": "only {name} has this rule",
        "nl": "alleen {name} heeft deze regel",
    },
    "compare.implied_by": {
        "en": "but {rule} of {name} already demands as much, so it does not make a difference",
        "nl": "maar {rule} van {name} eist al minstens zoveel, dus het maakt geen verschil",
    },
    "compare.severity": {
        "en": "severity {severity_a} in {name_a}, {severity_b} in {name_b}; only severity error makes a plan fail",
        "nl": "ernst {severity_a} in {name_a}, {severity_b} in {name_b}; alleen ernst fout laat een plan zakken",
    },
    "compare.not_failing": {
        "en": "severity {severity}: this rule does not make a plan fail",
        "nl": "ernst {severity}: deze regel laat een plan niet zakken",
    },
    # -- compare: overall verdicts and report words (compare_render.py) --------------------------
    "compare.verdict.same": {"en": "same", "nl": "gelijk"},
    "compare.verdict.a-stricter": {"en": "{name_a} stricter", "nl": "{name_a} strenger"},
    "compare.verdict.b-stricter": {"en": "{name_b} stricter", "nl": "{name_b} strenger"},
    "compare.verdict.only-a": {"en": "only in {name_a}", "nl": "alleen in {name_a}"},
    "compare.verdict.only-b": {"en": "only in {name_b}", "nl": "alleen in {name_b}"},
    "compare.verdict.incomparable": {"en": "incomparable", "nl": "onvergelijkbaar"},
    "compare.overall.same": {
        "en": "{name_a} and {name_b} are equally strict: a plan passes both or neither.",
        "nl": "{name_a} en {name_b} zijn even streng: een plan voldoet aan beide of aan geen van beide.",
    },
    "compare.overall.a-stricter": {
        "en": "{name_a} is stricter: every plan that passes {name_a} also passes {name_b}, not the reverse.",
        "nl": "{name_a} is strenger: elk plan dat aan {name_a} voldoet, voldoet ook aan {name_b}, niet andersom.",
    },
    "compare.overall.b-stricter": {
        "en": "{name_b} is stricter: every plan that passes {name_b} also passes {name_a}, not the reverse.",
        "nl": "{name_b} is strenger: elk plan dat aan {name_b} voldoet, voldoet ook aan {name_a}, niet andersom.",
    },
    "compare.overall.incomparable": {
        "en": "Neither is stricter on every point: each is stricter somewhere, or the difference cannot be proven.",
        "nl": "Geen van beide is op elk punt strenger: elk is ergens strenger, of het verschil is niet te bewijzen.",
    },
    "compare.counts": {
        "en": "{name_a} is stricter on {a} points, {name_b} on {b}; cannot be ordered: {n}; the same meaning: {same}.",
        "nl": "{name_a} is op {a} punten strenger, {name_b} op {b}; niet te ordenen: {n}; dezelfde betekenis: {same}.",
    },
    "compare.heading": {"en": "Comparison of {name_a} and {name_b}", "nl": "Vergelijking van {name_a} en {name_b}"},
    "compare.heading.matrix": {"en": "Rules compared with {name}", "nl": "Regels vergeleken met {name}"},
    "compare.differences": {"en": "Differences", "nl": "Verschillen"},
    "compare.equal_rules": {"en": "Rules with the same meaning", "nl": "Regels met dezelfde betekenis"},
    "compare.no_differences": {"en": "No differences.", "nl": "Geen verschillen."},
    "compare.why": {"en": "why", "nl": "waarom"},
    "compare.example": {
        "en": "example plan: passes {name_pass}, fails {name_fail} ({rules})",
        "nl": "voorbeeldplan: voldoet aan {name_pass}, niet aan {name_fail} ({rules})",
    },
    "compare.examples": {"en": "Example plans", "nl": "Voorbeeldplannen"},
    "compare.col.theme": {"en": "Rule theme", "nl": "Onderwerp"},
    "compare.col.rule": {"en": "Rule", "nl": "Regel"},
    "compare.col.verdict": {"en": "Verdict", "nl": "Oordeel"},
    "compare.col.why": {"en": "Why", "nl": "Waarom"},
    "compare.col.source": {"en": "Source", "nl": "Bron"},
    "compare.cell.present": {"en": "present", "nl": "aanwezig"},
    "compare.cell.same": {"en": "same", "nl": "gelijk"},
    "compare.cell.stricter": {"en": "stricter", "nl": "strenger"},
    "compare.cell.weaker": {"en": "weaker", "nl": "zwakker"},
    "compare.cell.incomparable": {"en": "different", "nl": "anders"},
    "compare.cell.missing": {"en": "missing", "nl": "ontbreekt"},
    "compare.cell.extra": {"en": "extra", "nl": "extra"},
    "compare.overall": {"en": "Overall", "nl": "Geheel"},
    # -- compare: values named in the reasons ---------------------------------------------------
    "compare.event.owned": {"en": "the {role} {verb}", "nl": "de {role} {verb}"},
    "compare.event.kind_owned": {"en": "a {kind} by the {role}", "nl": "een {kind} door de {role}"},
    "compare.event.any": {"en": "any {kind}", "nl": "elke {kind}"},
    "compare.event.any_neuter": {"en": "any {kind}", "nl": "elk {kind}"},
    "compare.event.participation": {"en": "participation", "nl": "participatie"},
    "compare.event.phase-starts": {"en": "the start of phase {phase}", "nl": "de start van fase {phase}"},
    "compare.event.phase-ends": {"en": "the end of phase {phase}", "nl": "het einde van fase {phase}"},
    "compare.unit.day": {"en": "{n} day", "nl": "{n} dag"},
    "compare.unit.days": {"en": "{n} days", "nl": "{n} dagen"},
    "compare.unit.week": {"en": "{n} week", "nl": "{n} week"},
    "compare.unit.weeks": {"en": "{n} weeks", "nl": "{n} weken"},
    "compare.unit.month": {"en": "{n} month", "nl": "{n} maand"},
    "compare.unit.months": {"en": "{n} months", "nl": "{n} maanden"},
    "compare.cond.is": {"en": "{attribute} is {value}", "nl": "{attribute} {value} is"},
    "compare.cond.at-least": {"en": "{attribute} is at least {value}", "nl": "{attribute} ten minste {value} is"},
    "compare.cond.at-most": {"en": "{attribute} is at most {value}", "nl": "{attribute} ten hoogste {value} is"},
    "compare.cond.always": {"en": "every plan", "nl": "elk plan"},
    "compare.cond.when": {"en": "when {conditions}", "nl": "als {conditions}"},
    # -- compare: rule themes, the rows of the matrix --------------------------------------------
    "compare.template.involvement-before": {"en": "involvement before {event}", "nl": "betrokkenheid vóór {event}"},
    "compare.template.involvement-anywhere": {"en": "involvement in the process", "nl": "betrokkenheid in het proces"},
    "compare.template.influence-by-phase": {"en": "influence by a phase", "nl": "invloed uiterlijk in een fase"},
    "compare.template.event-before": {"en": "{event} before {event2}", "nl": "{event} vóór {event2}"},
    "compare.template.response": {"en": "response after {event}", "nl": "terugkoppeling na {event}"},
    "compare.template.duration-min": {"en": "minimum duration of every {kind}", "nl": "minimale duur van elke {kind}"},
    "compare.template.duration-max": {"en": "maximum duration of every {kind}", "nl": "maximale duur van elke {kind}"},
    "compare.template.lead-time": {"en": "notice before {event}", "nl": "aankondiging vóór {event}"},
    "compare.template.field-owner": {"en": "every step has an owner", "nl": "elke stap heeft een eigenaar"},
    "compare.template.field-date": {"en": "every step has a date", "nl": "elke stap heeft een datum"},
    "compare.template.role-present": {"en": "a group is in the plan", "nl": "een groep staat in het plan"},
    "compare.template.prohibition": {"en": "no participation after {event}", "nl": "geen participatie na {event}"},
}

# -- finding, hint, influence: the engine's texts (engine.py, checks/) live in their own module --
from .engine_messages import ENGINE_MESSAGES  # noqa: E402

CATALOGUE.update(ENGINE_MESSAGES)

_TERM_PREFIXES = ("role", "level", "phase", "kind")


def _localize(name: str, value: Any, lang: str) -> Any:
    if name == "period" and isinstance(value, str):  # a canonical duration: "6 week"
        from .engine_messages import period

        return period(value, lang)
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


# -- rulesettest, rulesets: `procesregels test` and `procesregels rulesets` (ruleset_tests.py) --
CATALOGUE.update({
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
})
