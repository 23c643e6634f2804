"""The texts of the engine's findings, hints and influence summary (keys `finding.*`, `hint.*`,
`influence.*`), in English and Dutch; merged into `messages.CATALOGUE`.

Arguments: `step`/`title` the step a finding is about, `roles`/`role`/`level`/`phase` canonical
vocabulary ids (localized when shown), `period` a canonical duration such as "6 week" (shown as
"6 weeks" / "6 weken"), `actor` an actor id, `steps` a ready list of quoted step ids.
"""

from __future__ import annotations

ENGINE_MESSAGES: dict[str, dict[str, str]] = {
    # -- involvement before an event -----------------------------------------------------------
    "finding.involvement-before": {
        "en": "'{step}' ({title}) can happen without {roles} being involved at level {level} or higher first",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat {roles} eerst op niveau {level} of hoger betrokken zijn",
    },
    "finding.involvement-before.participant": {
        "en": "'{step}' ({title}) can happen without participant '{actor}' being involved at level {level} or higher first",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat deelnemer '{actor}' eerst op niveau {level} of hoger betrokken is",
    },
    "hint.involvement-before": {
        "en": "add a participation step with {roles} at level {level} or higher before '{step}'",
        "nl": "voeg vóór '{step}' een participatiestap toe met {roles} op niveau {level} of hoger",
    },
    # -- involvement anywhere ------------------------------------------------------------------
    "finding.involvement-anywhere": {
        "en": "in some variant of the plan, {roles} are never involved at level {level} or higher",
        "nl": "in een variant van het plan worden {roles} nooit op niveau {level} of hoger betrokken",
    },
    "finding.involvement-anywhere.participant": {
        "en": "in some variant of the plan, participant '{actor}' is never involved at level {level} or higher",
        "nl": "in een variant van het plan wordt deelnemer '{actor}' nooit op niveau {level} of hoger betrokken",
    },
    "hint.involvement-anywhere": {
        "en": "involve {roles} at level {level} or higher in a step that happens in every variant of the plan",
        "nl": "betrek {roles} op niveau {level} of hoger in een stap die in elke variant van het plan plaatsvindt",
    },
    # -- influence by phase ---------------------------------------------------------------------
    "finding.influence-by-phase": {
        "en": "in some variant of the plan, {roles} have no influence in phase {phase} or earlier",
        "nl": "in een variant van het plan hebben {roles} geen invloed in fase {phase} of eerder",
    },
    "finding.influence-by-phase.participant": {
        "en": "in some variant of the plan, participant '{actor}' has no influence in phase {phase} or earlier",
        "nl": "in een variant van het plan heeft deelnemer '{actor}' geen invloed in fase {phase} of eerder",
    },
    "hint.influence-by-phase": {
        "en": "consult {roles} (or more) in phase {phase} or earlier, in a step that happens in every variant",
        "nl": "raadpleeg {roles} (of meer) in fase {phase} of eerder, in een stap die in elke variant plaatsvindt",
    },
    # -- event before event (one text per kind of first event) ---------------------------------
    "finding.event-before.steps": {
        "en": "'{step}' ({title}) can happen without a step of kind {kind} before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap van soort {kind} is",
    },
    "finding.event-before.owned": {
        "en": "'{step}' ({title}) can happen without a step of kind {kind} by {role} before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap van soort {kind} door {role} is",
    },
    "finding.event-before.participation": {
        "en": "'{step}' ({title}) can happen without a participation step that gives influence before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een participatiestap met invloed is",
    },
    "finding.event-before.phase-starts": {
        "en": "'{step}' ({title}) can happen without a step in phase {phase} or later before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap in fase {phase} of later is",
    },
    "finding.event-before.phase-ends": {
        "en": "'{step}' ({title}) can happen without a step in phase {phase} or earlier before it",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat er eerst een stap in fase {phase} of eerder is",
    },
    "hint.event-before": {
        "en": "put the required step in the 'after' chain of '{step}', in every variant of the plan",
        "nl": "zet de vereiste stap in de 'after'-keten van '{step}', in elke variant van het plan",
    },
    # -- response -------------------------------------------------------------------------------
    "finding.response": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd op niveau {level} of hoger betrokken",
    },
    "finding.response.participant": {
        "en": "after '{step}' ({title}), participant '{actor}' is not always involved at level {level} or higher",
        "nl": "na '{step}' ({title}) wordt deelnemer '{actor}' niet altijd op niveau {level} of hoger betrokken",
    },
    "finding.response.within": {
        "en": "after '{step}' ({title}), {roles} are not always involved at level {level} or higher within {period}",
        "nl": "na '{step}' ({title}) worden {roles} niet altijd binnen {period} op niveau {level} of hoger betrokken",
    },
    "finding.response.within.participant": {
        "en": "after '{step}' ({title}), participant '{actor}' is not always involved at level {level} or higher within {period}",
        "nl": "na '{step}' ({title}) wordt deelnemer '{actor}' niet altijd binnen {period} op niveau {level} of hoger betrokken",
    },
    "hint.response": {
        "en": "add a step after '{step}' that involves {roles} at level {level} or higher",
        "nl": "voeg na '{step}' een stap toe die {roles} op niveau {level} of hoger betrekt",
    },
    "hint.response.within": {
        "en": "add a step after '{step}' that involves {roles} at level {level} or higher and starts within {period}",
        "nl": "voeg na '{step}' een stap toe die {roles} op niveau {level} of hoger betrekt en binnen {period} begint",
    },
    # -- lead time ------------------------------------------------------------------------------
    "finding.lead-time": {
        "en": "'{step}' ({title}) can happen without {roles} being involved at level {level} or higher at least {period} before",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat {roles} ten minste {period} vooraf op niveau {level} of hoger betrokken zijn",
    },
    "finding.lead-time.participant": {
        "en": "'{step}' ({title}) can happen without participant '{actor}' being involved at level {level} or higher at least {period} before",
        "nl": "'{step}' ({title}) kan plaatsvinden zonder dat deelnemer '{actor}' ten minste {period} vooraf op niveau {level} of hoger betrokken is",
    },
    "hint.lead-time": {
        "en": "involve {roles} at level {level} or higher in a step before '{step}' that starts at least {period} earlier",
        "nl": "betrek {roles} op niveau {level} of hoger in een stap vóór '{step}' die ten minste {period} eerder begint",
    },
    # -- duration -------------------------------------------------------------------------------
    "finding.duration.min": {
        "en": "'{step}' ({title}) lasts {days} day(s), less than {period}",
        "nl": "'{step}' ({title}) duurt {days} dag(en), korter dan {period}",
    },
    "finding.duration.max": {
        "en": "'{step}' ({title}) lasts {days} day(s), more than {period}",
        "nl": "'{step}' ({title}) duurt {days} dag(en), langer dan {period}",
    },
    "hint.duration.min": {"en": "let '{step}' last at least {period}", "nl": "laat '{step}' ten minste {period} duren"},
    "hint.duration.max": {"en": "let '{step}' last at most {period}", "nl": "laat '{step}' ten hoogste {period} duren"},
    # -- field present --------------------------------------------------------------------------
    "finding.field-present.owner": {
        "en": "'{step}' ({title}) has no owner", "nl": "'{step}' ({title}) heeft geen eigenaar",
    },
    "finding.field-present.date": {
        "en": "'{step}' ({title}) has no date", "nl": "'{step}' ({title}) heeft geen datum",
    },
    "hint.field-present.owner": {
        "en": "give '{step}' an owner: the actor responsible for it",
        "nl": "geef '{step}' een eigenaar: de actor die ervoor verantwoordelijk is",
    },
    "hint.field-present.date": {
        "en": "give '{step}' a date, or a start and an end",
        "nl": "geef '{step}' een datum, of een begin en een einde",
    },
    # -- role present / missing roles -----------------------------------------------------------
    "finding.role-present": {
        "en": "the plan has no actor with role {role} (or a narrower role)",
        "nl": "het plan heeft geen actor met de rol {role} (of een smallere rol)",
    },
    "hint.role-present": {
        "en": "add an actor with role {role} and involve it in the process",
        "nl": "voeg een actor met de rol {role} toe en betrek die bij het proces",
    },
    "finding.missing-role": {
        "en": "no actor of the plan can stand for {role}, which {rules} need",
        "nl": "geen actor van het plan kan {role} vertegenwoordigen, terwijl {rules} dat vragen",
    },
    "hint.missing-role": {
        "en": "add an actor with role {role} (or a narrower or broader role)",
        "nl": "voeg een actor toe met de rol {role} (of een smallere of bredere rol)",
    },
    # -- prohibition and late influence ---------------------------------------------------------
    "finding.prohibition": {
        "en": "'{step}' ({title}) gives influence after '{event_step}'",
        "nl": "'{step}' ({title}) geeft invloed na '{event_step}'",
    },
    "hint.prohibition": {
        "en": "move '{step}' before '{event_step}', or only inform people after it",
        "nl": "verplaats '{step}' naar vóór '{event_step}', of informeer daarna alleen nog",
    },
    "finding.late-influence": {
        "en": "'{step}' ({title}) gives influence but can happen with no decision after it: its input cannot reach a decision",
        "nl": "'{step}' ({title}) geeft invloed maar kan plaatsvinden zonder besluit erna: de inbreng kan geen besluit meer bereiken",
    },
    "hint.late-influence": {
        "en": "let a decision step come after '{step}' (list it in the decision's 'after')",
        "nl": "laat een besluitstap na '{step}' komen (zet de stap in de 'after' van het besluit)",
    },
    "finding.late-influence.no-decision": {
        "en": "the plan has no decision step, so whether influence comes in time could not be checked",
        "nl": "het plan heeft geen besluitstap, dus of invloed op tijd komt kon niet worden nagegaan",
    },
    "hint.late-influence.no-decision": {
        "en": "add the decision steps of the process (kind decision)",
        "nl": "voeg de besluitstappen van het proces toe (soort besluit)",
    },
    # -- undetermined ---------------------------------------------------------------------------
    "finding.undetermined.phase": {
        "en": "{rule} cannot be decided: {steps} has no phase",
        "nl": "{rule} is niet te beoordelen: {steps} heeft geen fase",
    },
    "finding.undetermined.date": {
        "en": "{rule} cannot be decided: {steps} has no date",
        "nl": "{rule} is niet te beoordelen: {steps} heeft geen datum",
    },
    "hint.undetermined.phase": {"en": "give {steps} a phase", "nl": "geef {steps} een fase"},
    "hint.undetermined.date": {"en": "give {steps} dates", "nl": "geef {steps} datums"},
    # -- plan problems --------------------------------------------------------------------------
    "finding.plan-error.early-start": {
        "en": "'{step}' ({title}) starts before {before} ends, although it comes after it",
        "nl": "'{step}' ({title}) begint voordat {before} eindigt, hoewel het erna komt",
    },
    "hint.plan-error.early-start": {
        "en": "correct the dates of '{step}' or its 'after' list",
        "nl": "corrigeer de datums van '{step}' of de 'after'-lijst",
    },
    "finding.plan-error.unknown-waiver": {
        "en": "the plan waives rule '{rule}', which is not in the ruleset",
        "nl": "het plan maakt een uitzondering op regel '{rule}', die niet in de regelset staat",
    },
    "hint.plan-error.unknown-waiver": {
        "en": "correct the rule id of the waiver, or remove the waiver",
        "nl": "corrigeer de regelcode van de uitzondering, of verwijder de uitzondering",
    },
    # -- hints for rules about `participants`: they name the actor that is not reached ---------
    "hint.involvement-before.participant": {
        "en": "add a step with '{actor}' (or a broader group) at level {level} or higher before '{step}'",
        "nl": "voeg vóór '{step}' een stap toe met '{actor}' (of een bredere groep) op niveau {level} of hoger",
    },
    "hint.involvement-anywhere.participant": {
        "en": "involve '{actor}' (or a broader group) at level {level} or higher in a step that happens in every variant",
        "nl": "betrek '{actor}' (of een bredere groep) op niveau {level} of hoger in een stap die in elke variant plaatsvindt",
    },
    "hint.influence-by-phase.participant": {
        "en": "consult '{actor}' (or a broader group) in phase {phase} or earlier, in a step that happens in every variant",
        "nl": "raadpleeg '{actor}' (of een bredere groep) in fase {phase} of eerder, in een stap die in elke variant plaatsvindt",
    },
    "hint.response.participant": {
        "en": "add a step after '{step}' that involves '{actor}' (or a broader group) at level {level} or higher",
        "nl": "voeg na '{step}' een stap toe die '{actor}' (of een bredere groep) op niveau {level} of hoger betrekt",
    },
    "hint.response.within.participant": {
        "en": "add a step after '{step}' that involves '{actor}' (or a broader group) at level {level} or higher and starts within {period}",
        "nl": "voeg na '{step}' een stap toe die '{actor}' (of een bredere groep) op niveau {level} of hoger betrekt en binnen {period} begint",
    },
    "hint.lead-time.participant": {
        "en": "involve '{actor}' (or a broader group) at level {level} or higher in a step before '{step}' that starts at least {period} earlier",
        "nl": "betrek '{actor}' (of een bredere groep) op niveau {level} of hoger in een stap vóór '{step}' die ten minste {period} eerder begint",
    },
    # -- influence summary ----------------------------------------------------------------------
    "influence.first": {
        "en": "{role}: first influence at '{step}' (phase {phase})",
        "nl": "{role}: eerste invloed bij '{step}' (fase {phase})",
    },
    "influence.first.no-phase": {
        "en": "{role}: first influence at '{step}'", "nl": "{role}: eerste invloed bij '{step}'",
    },
    "influence.none": {
        "en": "{role}: no influence in some variant of the plan",
        "nl": "{role}: geen invloed in een variant van het plan",
    },
    "influence.late": {"en": "late: cannot reach a decision", "nl": "te laat: kan geen besluit meer bereiken"},
}

def period(value: str, lang: str) -> str:
    """'6 week' -> '6 weeks' / '6 weken' (the unit words are in the vocabulary data)."""
    from procesregels.core.vocabulary import unit_words

    amount, _, unit = value.partition(" ")
    words = unit_words(lang).get(unit)
    if words is None:
        return value
    return f"{amount} {words[0] if amount == '1' else words[1]}"
