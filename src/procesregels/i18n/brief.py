"""Texts of the documents an officer sends on (keys `brief.*`): the Word report and the
Markdown for a raadsinformatiebrief (reporters/brief.py, reporters/docx.py, reporters/markdown.py).

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

BRIEF_MESSAGES: dict[str, dict[str, str]] = {
    "brief.title": {"en": "Participation check: {plan}", "nl": "Participatietoets: {plan}"},
    "brief.municipality": {"en": "Municipality", "nl": "Gemeente"},
    "brief.plan": {"en": "Plan", "nl": "Plan"},
    "brief.ruleset": {"en": "Rules", "nl": "Regels"},
    "brief.ruleset_version": {"en": "{name}, version {version}", "nl": "{name}, versie {version}"},
    "brief.checked_on": {"en": "Date of the check", "nl": "Datum van de toets"},
    "brief.outcome": {"en": "Outcome", "nl": "Uitkomst"},
    "brief.outcome.failed": {"en": "The plan does not meet every rule.", "nl": "Het plan voldoet niet aan alle regels."},
    "brief.outcome.passed": {"en": "The plan meets the rules.", "nl": "Het plan voldoet aan de regels."},
    "brief.outcome.warned": {
        "en": "The plan has no errors, but it breaches rules whose severity is warning.",
        "nl": "Het plan bevat geen fouten, maar overtreedt regels met de ernst waarschuwing.",
    },
    "brief.outcome.warned_open": {
        "en": "The plan has no errors, but it breaches rules whose severity is warning; some rules could not be decided.",
        "nl": "Het plan bevat geen fouten, maar overtreedt regels met de ernst waarschuwing; over een deel valt nog niets te zeggen.",
    },
    "brief.outcome.open": {
        "en": "The plan meets the rules that could be checked; some could not be decided.",
        "nl": "Het plan voldoet aan de regels die te toetsen waren; over een deel valt nog niets te zeggen.",
    },
    "brief.counts": {
        "en": "Rules met: {passed}. Breached: {breached}. Cannot be decided yet: {undetermined}. "
              "Not applicable: {not_applicable}. Deviations accepted: {waived}.",
        "nl": "Regels waaraan voldaan is: {passed}. Overtreden: {breached}. Nog niet te beoordelen: {undetermined}. "
              "Niet van toepassing: {not_applicable}. Aanvaarde afwijkingen: {waived}.",
    },
    "brief.steps": {"en": "The steps of the process", "nl": "De stappen van het proces"},
    "brief.col.number": {"en": "No.", "nl": "Nr."},
    "brief.col.step": {"en": "Step", "nl": "Stap"},
    "brief.col.dates": {"en": "When", "nl": "Wanneer"},
    "brief.col.owner": {"en": "Responsible", "nl": "Verantwoordelijk"},
    "brief.col.participants": {"en": "Who takes part, at which level", "nl": "Wie doet mee, op welk niveau"},
    "brief.col.rule": {"en": "Rule", "nl": "Regel"},
    "brief.col.article": {"en": "Article", "nl": "Artikel"},
    "brief.col.status": {"en": "Outcome", "nl": "Uitkomst"},
    "brief.no_dates": {"en": "no date", "nl": "geen datum"},
    "brief.nobody": {"en": "nobody from outside", "nl": "niemand van buiten"},
    "brief.no_owner": {"en": "not given", "nl": "niet opgegeven"},
    "brief.optional": {"en": "(optional)", "nl": "(optioneel)"},
    "brief.picture": {"en": "The process in a picture", "nl": "Het proces in beeld"},
    "brief.picture_part": {"en": "Part {number} of {count}", "nl": "Deel {number} van {count}"},
    "brief.picture_note": {
        "en": "Time runs from left to right; each row is the party responsible for the steps in it.",
        "nl": "De tijd loopt van links naar rechts; elke rij is de partij die verantwoordelijk is voor de stappen erin.",
    },
    "brief.rules": {"en": "The rules", "nl": "De regels"},
    "brief.status.passed": {"en": "met", "nl": "voldaan"},
    "brief.status.breached": {"en": "breached", "nl": "overtreden"},
    "brief.status.undetermined": {"en": "cannot be decided yet", "nl": "nog niet te beoordelen"},
    "brief.status.not-applicable": {"en": "not applicable", "nl": "niet van toepassing"},
    "brief.status.waived": {"en": "deviation accepted", "nl": "afwijking aanvaard"},
    "brief.section.breached": {"en": "Rules the plan breaks", "nl": "Regels die het plan overtreedt"},
    "brief.section.undetermined": {"en": "Rules that cannot be decided yet", "nl": "Regels die nog niet te beoordelen zijn"},
    "brief.section.waived": {"en": "Accepted deviations", "nl": "Aanvaarde afwijkingen"},
    "brief.section.passed": {"en": "Rules the plan meets", "nl": "Regels waaraan het plan voldoet"},
    "brief.section.not-applicable": {"en": "Rules that do not apply to this plan", "nl": "Regels die voor dit plan niet gelden"},
    "brief.section.remarks": {"en": "Other remarks", "nl": "Overige opmerkingen"},
    "brief.what": {"en": "What is wrong", "nl": "Wat er mis is"},
    "brief.course": {"en": "The course of the steps", "nl": "Het verloop van de stappen"},
    "brief.change": {"en": "What to change", "nl": "Wat er moet veranderen"},
    "brief.missing": {"en": "What is missing", "nl": "Wat er ontbreekt"},
    "brief.reason": {"en": "Reason", "nl": "Reden"},
    "brief.why_not": {"en": "Why not", "nl": "Waarom niet"},
    "brief.when_false": {
        "en": "the rule applies only when {condition}; the plan gives {value}",
        "nl": "de regel geldt alleen als {condition}; het plan geeft {value}",
    },
    "brief.unless_true": {
        "en": "the rule does not apply when {condition}; the plan gives {value}",
        "nl": "de regel geldt niet als {condition}; het plan geeft {value}",
    },
    "brief.unless_missing": {
        "en": "the rule does not apply when {condition}; the plan does not say",
        "nl": "de regel geldt niet als {condition}; het plan zegt daar niets over",
    },
    "brief.when_missing": {
        "en": "the rule applies only when {condition}; the plan does not say",
        "nl": "de regel geldt alleen als {condition}; het plan zegt daar niets over",
    },
    "brief.not_selected": {"en": "not included in this check", "nl": "niet meegenomen in deze toets"},
    "brief.none": {"en": "None.", "nl": "Geen."},
    "brief.made_with": {
        "en": "Checked with procesregels {version} on {date}.",
        "nl": "Getoetst met procesregels {version} op {date}.",
    },
}
