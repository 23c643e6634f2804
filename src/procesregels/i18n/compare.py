"""Texts of `compare` (keys `compare.*`).

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

COMPARE_MESSAGES: dict[str, dict[str, str]] = {
    # -- compare: comparing rulesets (compare*.py, plan_examples.py, `compare`) -----------------
    "compare.same": {"en": "the same meaning", "nl": "dezelfde betekenis"},
    "compare.who.same": {"en": "the same group", "nl": "dezelfde groep"},
    "compare.always": {"en": "neither rule can ever fail", "nl": "geen van beide regels kan ooit falen"},
    "compare.who.narrower": {
        "en": "the demand on {roles_x} is stricter than on {roles_y}: involving {roles_x} also counts as involving {roles_y}, not the reverse",
        "nl": "de eis voor {roles_x} is strenger dan die voor {roles_y}: {roles_x} betrekken telt ook als {roles_y} betrekken, niet andersom",
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
        "en": "Points on which a ruleset is stricter: {name_a} {a}, {name_b} {b}; cannot be ordered: {n}; the same meaning: {same}.",
        "nl": "Aantal punten waarop een regelset strenger is: {name_a} {a}, {name_b} {b}; niet te ordenen: {n}; dezelfde betekenis: {same}.",
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
    "compare.example.vacuous": {
        "en": "no example plan: {name_fail} demands this of every plan, even one without steps, and {name_pass} does not ({rules})",
        "nl": "geen voorbeeldplan: {name_fail} eist dit van elk plan, ook van een plan zonder stappen, en {name_pass} niet ({rules})",
    },
    "compare.examples": {"en": "Example plans", "nl": "Voorbeeldplannen"},
    "compare.legend": {"en": "Colour only where a plan can pass one ruleset and fail the other:",
                       "nl": "Kleur alleen waar een plan aan de ene regelset kan voldoen en aan de andere niet:"},
    "compare.legend.stricter": {"en": "{name_b} stricter", "nl": "{name_b} strenger"},
    "compare.legend.weaker": {"en": "{name_b} weaker", "nl": "{name_b} zwakker"},
    "compare.legend.missing": {"en": "missing in {name_b}", "nl": "ontbreekt in {name_b}"},
    "compare.no_rule": {"en": "no such rule", "nl": "geen regel hierover"},
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
    "compare.col.group": {"en": "Group", "nl": "Groep"},
    # -- compare --format csv of two rulesets: one row per rule pair (render_text.render_csv) -----
    "compare.csv.rule": {"en": "Rule in {name}", "nl": "Regel in {name}"},
    "compare.csv.cell": {"en": "{name_b} compared with {name_a}", "nl": "{name_b} vergeleken met {name_a}"},
    "compare.csv.source": {"en": "Source in {name}", "nl": "Bron in {name}"},
    "compare.csv.severity": {"en": "Severity in {name}", "nl": "Ernst in {name}"},
    "compare.group": {"en": "Group {number}", "nl": "Groep {number}"},
    "compare.group.nothing_apart": {"en": "no theme on which only this group agrees", "nl": "geen onderwerp waarop alleen deze groep het eens is"},
    "compare.groups": {"en": "Groups of similar rulesets", "nl": "Groepen van vergelijkbare regelsets"},
    "compare.groups.intro": {
        "en": "Rulesets that depart from {name} in the same ways stand together; each group with the themes on which its members agree and no other ruleset does.",
        "nl": "Regelsets die op dezelfde manier van {name} afwijken staan naast elkaar; bij elke groep de onderwerpen waarop de leden het eens zijn en geen andere regelset.",
    },
    # -- compare: values named in the reasons ---------------------------------------------------
    "compare.event.owned": {"en": "the {role} {verb}", "nl": "de {role} {verb}"},
    "compare.event.kind_owned": {"en": "a {kind} by {owner}", "nl": "een {kind} van {owner}"},
    "compare.event.any": {"en": "any {kind}", "nl": "elke {kind}"},
    "compare.event.any_neuter": {"en": "any {kind}", "nl": "elk {kind}"},
    "compare.event.participation": {"en": "participation", "nl": "participatie"},
    "compare.event.phase-starts": {"en": "the start of phase {phase}", "nl": "de start van fase {phase}"},
    "compare.event.phase-ends": {"en": "the end of phase {phase}", "nl": "het einde van fase {phase}"},
    "compare.progress": {"en": "Comparing rulesets", "nl": "Regelsets vergelijken"},
    "compare.cond.is": {"en": "{attribute} is {value}", "nl": "{attribute} {value} is"},
    "compare.cond.at-least": {"en": "{attribute} is at least {value}", "nl": "{attribute} ten minste {value} is"},
    "compare.cond.at-most": {"en": "{attribute} is at most {value}", "nl": "{attribute} ten hoogste {value} is"},
    "compare.cond.more-than": {"en": "{attribute} is more than {value}", "nl": "{attribute} meer dan {value} is"},
    "compare.cond.less-than": {"en": "{attribute} is less than {value}", "nl": "{attribute} minder dan {value} is"},
    "compare.cond.not": {"en": "not ({condition})", "nl": "niet ({condition})"},
    "compare.cond.not.is": {"en": "{attribute} is not {value}", "nl": "{attribute} niet {value} is"},
    "compare.cond.not.at-least": {"en": "{attribute} is not at least {value}", "nl": "{attribute} niet ten minste {value} is"},
    "compare.cond.not.at-most": {"en": "{attribute} is not at most {value}", "nl": "{attribute} niet ten hoogste {value} is"},
    "compare.cond.not.more-than": {"en": "{attribute} is not more than {value}", "nl": "{attribute} niet meer dan {value} is"},
    "compare.cond.not.less-than": {"en": "{attribute} is not less than {value}", "nl": "{attribute} niet minder dan {value} is"},
    "compare.event.last": {"en": "the last {kind}", "nl": "de laatste stap van de soort {kind}"},
    "compare.cond.always": {"en": "every plan", "nl": "elk plan"},
    "compare.cond.when": {"en": "when {conditions}", "nl": "als {conditions}"},
    # -- compare: rule themes, the rows of the matrix --------------------------------------------
}
