"""The texts of the engine's findings, hints and influence summary (keys `finding.*`, `hint.*`,
`influence.*`), in English and Dutch; merged into `messages.CATALOGUE`.

Arguments: `step`/`title` the step a finding is about, `roles`/`role`/`level`/`phase` canonical
vocabulary ids (localized when shown), `period` a canonical duration such as "6 week" (shown as
"6 weeks" / "6 weken"), `actor` an actor id, `steps` a ready list of quoted step ids.
"""

from __future__ import annotations

ENGINE_MESSAGES: dict[str, dict[str, str]] = {
    # -- involvement before an event -----------------------------------------------------------
    # -- involvement anywhere ------------------------------------------------------------------
    # -- influence by phase ---------------------------------------------------------------------
    # -- event before event (one text per kind of first event) ---------------------------------
    # -- response -------------------------------------------------------------------------------
    # -- lead time ------------------------------------------------------------------------------
    # -- duration -------------------------------------------------------------------------------
    # -- field present --------------------------------------------------------------------------
    # -- role present / missing roles -----------------------------------------------------------
    "finding.missing-role": {
        "en": "no actor of the plan can stand for {role}, which {rules} need",
        "nl": "geen actor van het plan kan {role} vertegenwoordigen, terwijl {rules} dat vragen",
    },
    "finding.missing-role.one": {  # one rule: the verb agrees ("which R1 needs", "terwijl R1 dat vraagt")
        "en": "no actor of the plan can stand for {role}, which {rules} needs",
        "nl": "geen actor van het plan kan {role} vertegenwoordigen, terwijl {rules} dat vraagt",
    },
    "hint.missing-role": {
        "en": "add an actor with role {role} (or a narrower or broader role)",
        "nl": "voeg een actor toe met de rol {role} (of een smallere of bredere rol)",
    },
    # -- prohibition and late influence ---------------------------------------------------------
    "finding.late-influence": {
        "en": "'{step}' ({title}) gives influence but can happen with no decision after it: its input cannot reach a decision",
        "nl": "'{step}' ({title}) geeft invloed maar kan plaatsvinden zonder besluit erna: de inbreng kan geen besluit meer bereiken",
    },
    "hint.late-influence": {
        "en": "let a decision step come after '{step}' (list it in the decision's '{k_after}')",
        "nl": "laat een besluitstap na '{step}' komen (zet '{step}' in de '{k_after}'-lijst van het besluit)",
    },
    "hint.late-influence.dates": {
        "en": "give a decision step a date after {end} (when '{step}' ends), or list '{step}' in its '{k_after}'",
        "nl": "geef een besluitstap een datum na {end} (als '{step}' klaar is), of zet '{step}' in de '{k_after}'-lijst ervan",
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
    "finding.undetermined.owner": {
        "en": "{rule} cannot be decided: {steps} has no owner, so whether the rule is about it depends on who takes it",
        "nl": "{rule} is niet te beoordelen: {steps} heeft geen eigenaar, dus of de regel erover gaat hangt af van wie de stap neemt",
    },
    "finding.undetermined.owner_many": {
        "en": "{rule} cannot be decided: {steps} have no owner, so whether the rule is about them depends on who takes them",
        "nl": "{rule} is niet te beoordelen: {steps} hebben geen eigenaar, dus of de regel erover gaat hangt af van wie de stappen neemt",
    },
    "finding.undetermined.phase_many": {
        "en": "{rule} cannot be decided: {steps} have no phase",
        "nl": "{rule} is niet te beoordelen: {steps} hebben geen fase",
    },
    "finding.undetermined.date_many": {
        "en": "{rule} cannot be decided: {steps} have no date",
        "nl": "{rule} is niet te beoordelen: {steps} hebben geen datum",
    },
    "finding.undetermined.condition": {
        "en": "{rule} is not met here, but whether it applies depends on {attributes}, which the plan does not give",
        "nl": "{rule} wordt hier niet nageleefd, maar of de regel geldt hangt af van {attributes}, en het plan noemt die niet",
    },
    "hint.undetermined.condition": {
        "en": "give {attributes} under '{k_attributes}' in the plan",
        "nl": "vul {attributes} in onder '{k_attributes}' in het plan",
    },
    "hint.undetermined.phase": {"en": "give {steps} a phase", "nl": "geef {steps} een fase"},
    "hint.undetermined.date": {"en": "give {steps} dates", "nl": "vul de datum in bij {steps}"},
    "hint.undetermined.owner": {
        "en": "give {steps} an owner (who takes the step, for example the council or the executive)",
        "nl": "geef {steps} een eigenaar (wie de stap neemt, bijvoorbeeld de raad of het college)",
    },
    # -- plan problems --------------------------------------------------------------------------
    "finding.plan-error.early-start.many": {
        "en": "'{step}' ({title}) starts before {before} end, although it comes after them",
        "nl": "'{step}' ({title}) begint voordat {before} eindigen, hoewel het erna komt",
    },
    "finding.plan-error.early-start": {
        "en": "'{step}' ({title}) starts before {before} ends, although it comes after it",
        "nl": "'{step}' ({title}) begint voordat {before} eindigt, hoewel het erna komt",
    },
    "hint.plan-error.early-start": {
        "en": "correct the dates of '{step}' or its '{k_after}' list",
        "nl": "corrigeer de datums van '{step}' of de '{k_after}'-lijst",
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
