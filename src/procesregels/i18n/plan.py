"""Texts of reading and checking a plan file (keys `general.*`, `error.*` of plans).

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

PLAN_MESSAGES: dict[str, dict[str, str]] = {
    # -- general ------------------------------------------------------------------------------
    "general.and": {"en": "and", "nl": "en"},
    "general.or": {"en": "or", "nl": "of"},
    # -- error.plan: reading and checking a plan file (plan_loader.py, yaml_positions.py) -------
    "error.did_you_mean": {"en": "did you mean {names}?", "nl": "bedoelde u {names}?"},
    "error.label": {"en": "error", "nl": "fout"},
    "error.plan.unreadable": {"en": "cannot read the plan: {reason}", "nl": "kan het plan niet lezen: {reason}"},
    "error.plan.too_large": {
        "en": "the plan is {size} bytes; a plan may be at most {limit} bytes",
        "nl": "het plan is {size} bytes; een plan mag hoogstens {limit} bytes zijn",
    },
    "error.plan.not_utf8": {
        "en": "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
        "nl": "het bestand bevat een teken dat niet te lezen is (byte 0x{byte}); sla het op met de tekenset UTF-8",
    },
    "error.plan.empty": {
        "en": "the plan is empty: a plan needs at least '{k_plan}:' (its title) and '{k_steps}:'",
        "nl": "het plan is leeg: een plan heeft minstens '{k_plan}:' (de titel) en '{k_steps}:' nodig",
    },
    "error.plan.not_mapping": {
        "en": "a plan is a mapping of keys ({k_plan}:, {k_actors}:, {k_steps}:, ...), not {found}",
        "nl": "een plan bestaat uit sleutels met een waarde ({k_plan}:, {k_actors}:, {k_steps}:, ...), niet uit {found}",
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
        "nl": "een sleutel moet een gewone naam zijn, geen lijst of opsomming van sleutels",
    },
    "error.plan.yaml_merge": {
        "en": "'<<' can only merge a mapping (or a list of mappings)",
        "nl": "'<<' kan alleen sleutels met waarden (of een lijst daarvan) samenvoegen",
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
        "nl": "de sleutel '{key}' staat twee keer op dezelfde plek (eerst in het bestand op regel {line})",
    },
    "error.plan.duplicate_actor": {
        "en": "the actor id '{key}' is used twice (first on line {line})",
        "nl": "de korte naam '{key}' wordt voor twee actoren gebruikt (eerst in het bestand op regel {line})",
    },
    "error.plan.duplicate_step": {
        "en": "the step id '{id}' is used twice (first on line {line})",
        "nl": "de korte naam '{id}' wordt voor twee stappen gebruikt (eerst in het bestand op regel {line})",
    },
    "error.plan.duplicate_choice": {
        "en": "the choice id '{id}' is used twice (first on line {line})",
        "nl": "de korte naam '{id}' wordt voor twee keuzes gebruikt (eerst in het bestand op regel {line})",
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
        "en": "{value} is not a date ('{key}' of {where}): {why}",
        "nl": "{value} is geen datum ('{key}' van {where}): {why}",
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
        "en": "the owner '{name}' of {where} is not an actor id (add it under '{k_actors}:')",
        "nl": "de eigenaar '{name}' van {where} staat niet bij de actoren (voeg hem toe onder '{k_actors}:')",
    },
    "error.plan.unknown_after": {
        "en": "'{name}' in '{k_after}' of {where} is not a step id",
        "nl": "'{name}' in '{k_after}' van {where} is geen id van een stap",
    },
    "error.plan.cycle": {
        "en": "the '{k_after}' links form a cycle: {cycle}",
        "nl": "de '{k_after}'-verwijzingen vormen een cirkel: {cycle}",
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
        "en": "{where} has both '{k_date}' and '{key}': give either '{k_date}' or '{k_start}'/'{k_end}'",
        "nl": "{where} heeft zowel '{k_date}' als '{key}': geef '{k_date}' of '{k_start}'/'{k_end}'",
    },
    "error.plan.duration_and_end": {
        "en": "{where} has both '{k_duration}' and '{key}': '{k_duration}' gives the end from '{k_start}'",
        "nl": "{where} heeft zowel '{k_duration}' als '{key}': '{k_duration}' bepaalt het einde vanaf '{k_start}'",
    },
    "error.plan.duration_without_start": {
        "en": "{where} has a '{k_duration}' but no '{k_start}'",
        "nl": "{where} heeft een '{k_duration}' maar geen '{k_start}'",
    },
    "error.plan.start_without_end": {
        "en": "{where} has a '{k_start}' but no '{k_end}' or '{k_duration}'",
        "nl": "{where} heeft een '{k_start}' maar geen '{k_end}' of '{k_duration}'",
    },
    "error.plan.end_without_start": {
        "en": "{where} has an '{k_end}' but no '{k_start}'",
        "nl": "{where} heeft een '{k_end}' maar geen '{k_start}'",
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
    "error.plan.attribute_value": {
        "en": "'{value}' is not a value of attribute '{name}' that the ruleset knows: use one of {values}",
        "nl": "'{value}' is geen waarde van kenmerk '{name}' die de regelset kent: gebruik een van {values}",
    },
    "error.plan.attribute_not_number": {
        "en": "attribute '{name}' is a number in the ruleset, but the plan gives '{value}'",
        "nl": "kenmerk '{name}' is een getal in de regelset, maar het plan geeft '{value}'",
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
        "en": "'{name}' under '{k_steps}' is neither the id nor the name of a task of the BPMN file",
        "nl": "'{name}' onder '{k_steps}' is geen id en geen naam van een taak in het BPMN-bestand",
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
    "error.plan.found.mapping": {"en": "a mapping", "nl": "sleutels met waarden"},
    "error.plan.expected.text": {"en": "text", "nl": "tekst"},
    "error.plan.expected.bool": {"en": "true or false", "nl": "true of false"},
    "error.plan.expected.date": {
        "en": "a date like 2026-03-01 (year-month-day) or 1-3-2026 (day-month-year)",
        "nl": "een datum zoals 2026-03-01 (jaar-maand-dag) of 1-3-2026 (dag-maand-jaar)",
    },
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
        "nl": "per actor of rol het niveau, zoals 'bewoners: raadplegen'",
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
        "en": "a step (a mapping with at least '{k_id}' and '{k_kind}')",
        "nl": "een stap (met ten minste '{k_id}' en '{k_kind}')",
    },
    "error.plan.expected.actors": {
        "en": "a mapping of actor id to actor",
        "nl": "de actoren, elk met een korte naam en een rol, zoals 'raad: {{rol: raad}}'",
    },
    "error.plan.expected.actor": {
        "en": "an actor (a mapping with '{k_role}' and optionally '{k_name}')",
        "nl": "een actor (met '{k_role}' en eventueel '{k_name}')",
    },
    "error.plan.expected.choices": {"en": "a list of choices", "nl": "een lijst van keuzes"},
    "error.plan.expected.choice": {
        "en": "a choice (a mapping with '{k_id}' and '{k_options}')",
        "nl": "een keuze (met '{k_id}' en '{k_options}')",
    },
    "error.plan.expected.waivers": {"en": "a list of waivers", "nl": "een lijst van afwijkingen"},
    "error.plan.expected.waiver": {
        "en": "a waiver (a mapping with '{k_rule}' and '{k_reason}')",
        "nl": "een afwijking (met '{k_rule}' en '{k_reason}')",
    },
    "error.plan.expected.attributes": {
        "en": "a mapping of names to values",
        "nl": "namen met elk een waarde, zoals 'budget: 250000'",
    },
    "error.plan.expected.reason": {
        "en": "why the deviation is accepted",
        "nl": "waarom de afwijking aanvaard is",
    },
}
