"""Texts of the ruleset language: reading, naming, formatting, explaining (keys `ruleset.*`, `explain.*`).

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

RULESET_MESSAGES: dict[str, dict[str, str]] = {
    # -- ruleset: the ruleset language (dsl.py, transform.py, ruleset_loader.py, fmt, explain) ---
    "ruleset.too_large": {
        "en": "the ruleset is {size} bytes; a ruleset may be at most {limit} bytes",
        "nl": "de regelset is {size} bytes; een regelset mag hoogstens {limit} bytes zijn",
    },
    "ruleset.not_utf8": {
        "en": "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
        "nl": "het bestand bevat een teken dat niet te lezen is (byte 0x{byte}); sla het op met de tekenset UTF-8",
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
    "ruleset.expect._BE": {"en": "'be'", "nl": "'worden'"},  # Dutch has no 'be' (listed once: see syntax_errors)
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
    "ruleset.mistake.event_needs_every": {
        "en": "say which event: write 'before any decision' or 'before the council decides'",
        "nl": "zeg welke gebeurtenis: schrijf 'vóór elk besluit' of 'voordat de raad besluit'",
    },
    "ruleset.mistake.involved_without_level": {
        "en": "say how: 'must be consulted', 'must be informed' or 'must be involved at level advise'",
        "nl": "zeg hoe: 'moeten geraadpleegd worden', 'moeten geïnformeerd worden' of "
        "'moeten ten minste op niveau adviseren betrokken worden'",
    },
    "ruleset.mistake.unless_after": {
        "en": "'unless' opens the sentence, before a colon: {rewrite}",
        "nl": "'tenzij' staat vooraan, met een dubbele punt: {rewrite}",
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
    "ruleset.expect._MORE_THAN": {"en": "'more than'", "nl": "'meer dan'"},
    "ruleset.expect._LESS_THAN": {"en": "'less than'", "nl": "'minder dan'"},
    "ruleset.expect._NOT": {"en": "'not'", "nl": "'niet'"},
    "ruleset.expect._AND": {"en": "'and'", "nl": "'en'"},
    "ruleset.expect._UNLESS": {"en": "'unless'", "nl": "'tenzij'"},
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
    "ruleset.unknown.role_declare": {
        "en": "unknown role '{name}'; a ruleset can declare it, for example: role {name} under stakeholders",
        "nl": "onbekende rol '{name}'; een regelset kan hem toevoegen, bijvoorbeeld: rol {name} valt onder belanghebbenden",
    },
    "ruleset.unknown.kind": {"en": "unknown step kind '{name}'", "nl": "onbekende soort stap '{name}'"},
    "ruleset.unknown.level": {"en": "unknown level '{name}'", "nl": "onbekend niveau '{name}'"},
    "ruleset.unknown.phase": {"en": "unknown phase '{name}'", "nl": "onbekende fase '{name}'"},
    "ruleset.unknown.impact": {
        "en": "unknown impact '{name}': use low, medium or high",
        "nl": "onbekende impact '{name}': gebruik laag, middel of hoog",
    },
    "ruleset.unknown.attribute": {
        "en": "unknown attribute '{name}'; declare it first, e.g. 'attribute {name}: value1, value2' or 'attribute {name}: number'",
        "nl": "onbekend kenmerk '{name}'; noem het eerst, bijvoorbeeld 'kenmerk {name}: waarde1, waarde2' of 'kenmerk {name}: getal'",
    },
    "ruleset.unknown.attribute_value": {
        "en": "'{value}' is not a value of attribute '{name}' (declared: {values})",
        "nl": "'{value}' is geen waarde van kenmerk '{name}' (genoemd: {values})",
    },
    "ruleset.attribute_not_number": {
        "en": "attribute '{name}' has a list of values, not a number; compare it with 'is'",
        "nl": "kenmerk '{name}' heeft een lijst van waarden, geen getal; vergelijk het met 'is'",
    },
    "ruleset.attribute_number": {
        "en": "attribute '{name}' is a number, so '{value}' cannot be its value",
        "nl": "kenmerk '{name}' is een getal, dus '{value}' kan geen waarde ervan zijn",
    },
    "ruleset.attribute_impact": {
        "en": "'{name}' is part of the standard vocabulary (low, medium, high) and cannot be declared again",
        "nl": "'{name}' hoort bij de standaardwoordenlijst (laag, middel, hoog) en kan niet opnieuw worden genoemd",
    },
    "ruleset.attribute_kind": {
        "en": "attribute '{name}' is a number in the ruleset this one extends; it cannot become a list",
        "nl": "kenmerk '{name}' is een getal in de regelset die deze uitbreidt; het kan geen lijst worden",
    },
    "ruleset.floor.drop": {
        "en": "{id} is a rule of the legal floor ({layer}: {source}); a ruleset that extends it cannot drop it",
        "nl": "{id} is een regel van de wettelijke ondergrens ({layer}: {source}); een regelset die daarop voortbouwt, kan die niet schrappen",
    },
    "ruleset.floor.weaker": {
        "en": "{new} replaces {id}, a rule of the legal floor ({layer}: {source}), by a weaker rule: {why}",
        "nl": "{new} vervangt {id}, een regel van de wettelijke ondergrens ({layer}: {source}), door een zwakkere regel: {why}",
    },
    "ruleset.floor.other_kind": {
        "en": "it is another kind of rule, so it cannot be shown to demand as much",
        "nl": "het is een ander soort regel, dus niet aan te tonen dat die evenveel vraagt",
    },
    "ruleset.floor.unproven": {
        "en": "it cannot be shown to demand at least as much",
        "nl": "niet aan te tonen dat die minstens evenveel vraagt",
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
    "ruleset.and_or_list": {
        "en": "a list of groups cannot mix 'and' and 'or'; write two rules, or one list with only 'and' (each group) or only 'or' (any of them)",
        "nl": "een lijst van groepen kan 'en' en 'of' niet mengen; schrijf twee regels, of één lijst met alleen 'en' (elke groep) of alleen 'of' (één van de groepen)",
    },
    "ruleset.participants_list": {
        "en": "'participants' cannot stand in an 'and' list: it already means each participant; write a separate rule for the other groups",
        "nl": "'deelnemers' kan niet in een lijst met 'en' staan: het betekent al elke deelnemer; schrijf een aparte regel voor de andere groepen",
    },
    "ruleset.participants_themselves": {
        "en": "'participants themselves' says nothing more than 'participants'; leave out 'themselves'",
        "nl": "'deelnemers zelf' zegt niets meer dan 'deelnemers'; laat 'zelf' weg",
    },
    "ruleset.thousands": {
        "en": "'{number}' has a thousands separator; write numbers without one: {plain}",
        "nl": "'{number}' heeft een scheidingsteken voor duizendtallen; schrijf getallen zonder: {plain}",
    },
    "ruleset.bad_number": {
        "en": "'{number}' is not a number; write it like 25, 0.5 or 0,5",
        "nl": "'{number}' is geen getal; schrijf het als 25, 0,5 of 0.5",
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
        "nl": "regelcode '{id}' is al gebruikt, in het bestand op regel {line}",
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
    "ruleset.check.ok.one": {
        "en": "{path}: ok, {count} rule, language {language}",
        "nl": "{path}: in orde, {count} regel, taal {language}",
    },
    "ruleset.check.failed": {"en": "{path}: cannot be read", "nl": "{path}: kan niet worden gelezen"},
    "ruleset.fmt.would_change": {"en": "{path}: would be reformatted", "nl": "{path}: zou opnieuw opgemaakt worden"},
    "ruleset.fmt.changed": {"en": "{path}: reformatted", "nl": "{path}: opnieuw opgemaakt"},
    "ruleset.fmt.not_a_file": {
        "en": "'{name}' is a bundled ruleset; fmt rewrites files, give a path",
        "nl": "'{name}' is een meegeleverde regelset; fmt herschrijft bestanden, geef een pad",
    },
    "ruleset.fmt.no_file": {
        "en": "no ruleset file '{name}'",
        "nl": "regelsetbestand '{name}' bestaat niet",
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
    "explain.label.meeting": {"en": "A plan that meets it:", "nl": "Een plan dat eraan voldoet:"},
    # why `explain` shows no example plan of a sort (example_plans/one_rule.py)
    "explain.none.vacuous": {"en": "none: the rule {why}", "nl": "geen: de regel {why}"},
    "explain.none.breaking.always": {
        "en": "none: no plan can break this rule (every plan meets it), so it asks nothing",
        "nl": "geen: geen enkel plan kan deze regel breken (elk plan voldoet eraan), dus hij vraagt niets",
    },
    "explain.none.never_applies": {
        "en": "none: the condition of this rule holds for no plan, so the rule never applies",
        "nl": "geen: de voorwaarde van deze regel geldt voor geen enkel plan, dus de regel geldt nooit",
    },
    "explain.none.breaking.not_found": {
        "en": "none found: no plan that was tried breaks it in the check",
        "nl": "niet gevonden: geen van de geprobeerde plannen breekt hem bij de controle",
    },
    "explain.none.meeting.not_found": {
        "en": "none found: no plan that was tried meets it in the check",
        "nl": "niet gevonden: geen van de geprobeerde plannen voldoet eraan bij de controle",
    },
    "explain.label.finding": {"en": "What the check says about it:", "nl": "Wat de controle erover zegt:"},
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
    "explain.event.last": {
        "en": "the last step of kind {kindname} (a step of that kind with none after it)",
        "nl": "de laatste stap van de soort {kindname} (een stap van die soort waarna er geen meer komt)",
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
    "explain.each": {
        "en": "This holds for each of these groups separately; a breach names the group.",
        "nl": "Dit geldt voor elk van deze groepen apart; een overtreding noemt de groep.",
    },
    "explain.themselves": {
        "en": "Only a participant whose role is {who} or a narrower group counts: a broader group (such as all stakeholders) does not stand for them.",
        "nl": "Alleen een deelnemer met de rol {who} of een smallere groep telt: een bredere groep (zoals alle belanghebbenden) telt niet voor hen.",
    },
    "explain.unless": {
        "en": "Not for plans where {conditions}.",
        "nl": "Niet voor plannen waarin {conditions}.",
    },
    "explain.when": {
        "en": "Only for plans where {conditions}.",
        "nl": "Alleen voor plannen waarin {conditions}.",
    },
}
