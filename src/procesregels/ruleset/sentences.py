"""Rule model -> the canonical rule sentence in English or Dutch (used by `fmt` and `explain`).

Each template has one canonical sentence per language: the forms of docs/spec/LANGUAGE.md section 4.
Parsing the sentence gives back the same model (a property test checks this).
"""

from __future__ import annotations

import re
from decimal import Decimal

from procesregels.ruleset.model import (
    AllOf, AnyOf, Condition, Not, Duration, DurationBound, Event, EventBefore, FieldPresent, InfluenceByPhase,
    InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response, RolePresent, Rule, Ruleset,
)
from procesregels.core.vocabulary import Vocabulary, normalize, unit_words
from procesregels.ruleset.names import THOUSANDS

#: Dutch nouns with the article `het` (so `elk besluit`, `het college`); the others take `de`/`elke`.
#: A compound takes the gender of its last part (`buurtrechtverzoek` like `verzoek`), so names
#: are matched by ending.
_NEUTER = ("besluit", "ontwerp", "panel", "beraad", "advies", "college", "plan", "verzoek", "gesprek",
           "overleg", "onderzoek", "verslag", "voorstel", "programma", "platform")
_BOUNDS = {"at-least": ("at least", "ten minste"), "at-most": ("at most", "ten hoogste"),
           "more-than": ("more than", "meer dan"), "less-than": ("less than", "minder dan")}
_NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "nl": ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
}
_PLAIN_WORD = re.compile(r"[^\W\d_][\w&'’\-]*")
_RESERVED = frozenset(
    "is and en or of when als if indien the a an de het een must moet moeten worden in at op not niet unless tenzij".split()
)


class SentenceWriter:
    """Writes names and sentences of one ruleset in one language."""

    def __init__(self, vocabulary: Vocabulary, lang: str, ruleset: Ruleset | None = None):
        self.vocabulary = vocabulary
        self.lang = lang
        declared = ruleset.declarations if ruleset else ()
        # Declared names are written as the council wrote them; a level keeps its municipal word.
        self.declared: dict[tuple[str, str], str] = {
            (d.category, normalize(d.name)): d.name for d in declared if d.category != "level"
        }
        self.level_alias: dict[str, str] = {}
        for declaration in declared:
            if declaration.category == "level":
                self.level_alias.setdefault(declaration.parent, declaration.name)
        #: how the rule being written was worded (Rule.wording), while `sentence` writes it
        self.wording: frozenset[str] = frozenset()
        self.impact_nl = {en: name for name, en in vocabulary.impact_names.items() if name != normalize(en)}

    # -- names --------------------------------------------------------------------------------

    def name(self, category: str, ident: str) -> str:
        return self.declared.get((category, ident)) or self.vocabulary.name_of(category, ident, self.lang)

    def level(self, ident: str) -> str:
        return self.level_alias.get(ident) or self.vocabulary.name_of("level", ident, self.lang)

    def who_of(self, body) -> str:
        """WHO of a rule body: `youth themselves`, `inwoners, ondernemers en organisaties`."""
        return self.who(body.who, getattr(body, "themselves", False), getattr(body, "each", False))

    def who(self, roles: tuple[str, ...], themselves: bool = False, each: bool = False) -> str:
        text = self._who(roles, each)
        return f"{text} {'themselves' if self.lang == 'en' else 'zelf'}" if themselves else text

    def _who(self, roles: tuple[str, ...], each: bool) -> str:
        if each:  # `A, B and C`: the and-list of docs/spec/LANGUAGE.md 4b
            names = [self._group(role) for role in roles]
            return f"{', '.join(names[:-1])} {'and' if self.lang == 'en' else 'en'} {names[-1]}"
        if self.lang == "en":
            return " or ".join(self.name("role", role) for role in roles)
        # Dutch needs the article before a singular group (`de raad`, `het college`); plurals
        # (`inwoners`) go without, as in the rule sentences of docs/spec/LANGUAGE.md. Articles are
        # ignored when parsing, so this changes how a rule reads, never what it means.
        return " of ".join(self._group(role) for role in roles)

    def _group(self, role: str) -> str:
        if self.lang == "en":
            return self.name("role", role)
        return self._the(self.name("role", role)) if self._singular(role) else self.name("role", role)

    def _singular(self, role: str) -> bool:
        """Whether a Dutch role name is singular, judged by its head noun (`omwonenden van het
        plein` is plural, `college van B&W` singular)."""
        head = re.split(r"\s+(?:van|voor|in|uit|met)\s+", self.name("role", role).casefold())[0].split()
        return bool(head) and not head[-1].endswith(("en", "s"))

    def _the(self, noun: str) -> str:
        if self.lang == "en":
            return f"the {noun}"
        return f"het {noun}" if noun.split()[0].casefold().endswith(_NEUTER) else f"de {noun}"

    def _every(self, kind: str) -> str:
        noun = self.name("kind", kind)
        if self.lang == "en":
            return f"every {noun}"
        return f"elk {noun}" if noun.casefold().endswith(_NEUTER) else f"elke {noun}"

    def duration(self, duration: Duration) -> str:
        if "number-words" in self.wording and 1 <= duration.amount <= 12:  # `zes weken` stays
            singular, plural = unit_words(self.lang)[duration.unit]
            word = _NUMBER_WORDS[self.lang][duration.amount - 1]
            return f"{word} {singular if duration.amount == 1 else plural}"
        return self._digits(duration)

    def _digits(self, duration: Duration) -> str:
        singular, plural = unit_words(self.lang)[duration.unit]
        return f"{duration.amount} {singular if duration.amount == 1 else plural}"

    def _verb(self, kind: str, infinitive: bool) -> str:
        verb = self.vocabulary.verbs[kind][self.lang][1 if infinitive else 0]
        first, _, rest = verb.partition(" ")
        if self.lang == "nl" and rest and first in _NEUTER:
            return f"het {verb}"
        return verb

    # -- events -------------------------------------------------------------------------------

    def is_clause(self, event: Event) -> bool:
        """Dutch: `voordat`/`nadat` before a clause, `vóór`/`na` before a noun (`elk besluit`)."""
        return not (event.type in ("steps", "last") and event.owner is None)

    def event(self, event: Event) -> str:
        en = self.lang == "en"
        if event.type == "participation":
            return "participation starts" if en else "participatie start"
        if event.type in ("phase-starts", "phase-ends"):
            phase = self.name("phase", event.phase_named)
            verb = {"phase-starts": ("starts", "start"), "phase-ends": ("ends", "eindigt")}[event.type][0 if en else 1]
            return f"{'phase' if en else 'fase'} {phase} {verb}"
        if event.type == "last":
            noun = self.name("kind", event.kind_named)
            if en:
                return f"the last {noun}"
            return f"{'het' if noun.casefold().endswith(_NEUTER) else 'de'} laatste {noun}"
        if event.owner is None:
            return self._every(event.kind_named).replace("every ", "any ", 1) if en else self._every(event.kind_named)
        return f"{self._the(self.name('role', event.owner))} {self._verb(event.kind_named, infinitive=False)}"

    def before(self, event: Event) -> str:
        if self.lang == "en":
            return f"before {self.event(event)}"
        return f"{'voordat' if self.is_clause(event) else 'vóór'} {self.event(event)}"

    def after(self, event: Event) -> str:
        if self.lang == "en":
            return f"after {self.event(event)}"
        return f"{'nadat' if self.is_clause(event) else 'na'} {self.event(event)}"

    # -- involvement --------------------------------------------------------------------------

    def _involved(self, level: str) -> str:
        """`be consulted` / `be involved at level advise`; Dutch without its final `worden`."""
        # Participles only up to consult: "must be advised" would read as "must receive advice".
        participle = self.vocabulary.participles.get(level, {}).get(self.lang)
        plain = self.vocabulary.level_rank(level) <= self.vocabulary.level_rank(self.vocabulary.influence_from)
        if participle and plain and level not in self.level_alias and "level-phrase" not in self.wording:
            return f"be {participle}" if self.lang == "en" else participle
        if self.lang == "en":
            return f"be involved at level {self.level(level)}"
        return f"ten minste op niveau {self.level(level)} betrokken"

    def must(self, who: tuple[str, ...], each: bool = False) -> str:
        """`must`; in Dutch `moet` for one role in the singular (`de raad`), else `moeten`."""
        if self.lang == "en":
            return "must"
        return "moet" if not each and all(self._singular(role) for role in who) else "moeten"

    def _involvement(self, body, middle: str = "", tail: str = "") -> str:
        level = body.level
        if self.lang == "en":
            parts = [self.who_of(body), "must", self._involved(level), middle, tail]
        else:
            parts = [self.who_of(body), self.must(body.who, body.each), middle, self._involved(level), "worden", tail]
        return " ".join(part for part in parts if part)

    # -- sentences ---------------------------------------------------------------------------

    def body(self, body) -> str:
        en = self.lang == "en"
        if isinstance(body, InvolvementBefore):
            return self._involvement(body, tail=self.before(body.event))
        if isinstance(body, InvolvementAnywhere):
            return self._involvement(body)
        if isinstance(body, InfluenceByPhase):
            phase = self.name("phase", body.phase)
            if en:
                return f"{self.who_of(body)} must have influence in phase {phase} or earlier"
            return f"{self.who_of(body)} {self.must(body.who, body.each)} invloed hebben in fase {phase} of eerder"
        if isinstance(body, EventBefore):
            first = body.first
            assert first.owner is not None  # the first event of `X must VERB before ...` is an owner's step
            owner = self._the(self.name("role", first.owner))
            verb = self._verb(first.kind_named, infinitive=True)
            return f"{owner} {'must' if en else 'moet'} {verb} {self.before(body.second)}"
        if isinstance(body, Response):
            return self._response(body)
        if isinstance(body, DurationBound):
            bound = {("min", True): "at least", ("max", True): "at most", ("min", False): "ten minste", ("max", False): "ten hoogste"}[(body.bound, en)]
            if en:
                return f"{self._every(body.kind)} must last {bound} {self.duration(body.length)}"
            return f"{self._every(body.kind)} moet {bound} {self.duration(body.length)} duren"
        if isinstance(body, LeadTime):
            # `2 weken voor elke bijeenkomst` (docs/spec/LANGUAGE.md sentence 11): after a period, plain `voor`.
            before = self.before(body.event).replace("vóór ", "voor ", 1)
            ahead = f"{'at least' if en else 'ten minste'} {self.duration(body.lead)} {before}"
            if en:
                return self._involvement(body, tail=ahead)
            return self._involvement(body, middle=ahead)
        if isinstance(body, FieldPresent):
            field = {("owner", True): "an owner", ("date", True): "a date", ("owner", False): "een eigenaar", ("date", False): "een datum"}[(body.field, en)]
            subject = ("every participation step" if en else "elke participatiestap") if body.kind is None else self._every(body.kind)
            return f"{subject} must have {field}" if en else f"{subject} moet {field} hebben"
        if isinstance(body, RolePresent):
            role = self.name("role", body.role)
            if en:
                return f"the plan must include {role}"
            return f"het plan moet {'een ' + role if self._singular(body.role) else role} bevatten"
        if isinstance(body, Prohibition):
            return f"{'no participation' if en else 'geen participatie'} {self.after(body.event)}"
        raise TypeError(f"no sentence for {type(body).__name__}")

    def _response(self, body: Response) -> str:
        opening = self.after(body.event)
        if self.lang == "en":
            within = f"within {self.duration(body.within)}" if body.within else ""
            return f"{opening}, {self._involvement(body, tail=within)}"
        within = f"binnen {self.duration(body.within)}" if body.within else ""
        # A comma closes an opening clause (`nadat de raad besluit,`), not a noun (`na elk besluit`).
        opening += "," if self.is_clause(body.event) else ""
        parts = [opening, self.must(body.who, body.each), self.who_of(body), within, self._involved(body.level), "worden"]
        return " ".join(part for part in parts if part)

    def condition(self, condition: Condition, negated: bool = False) -> str:
        """One clause: `bouwhoogte is [not] more than 25` / `bouwhoogte [niet] meer dan 25 is`."""
        en = self.lang == "en"
        value = self._value(condition)
        nota = ("not " if en else "niet ") if negated else ""
        if condition.op == "is":
            return f"{condition.attribute} is {nota}{value}" if en else f"{condition.attribute} {nota}{value} is"
        bound = _BOUNDS[condition.op][0 if en else 1]
        return f"{condition.attribute} is {nota}{bound} {value}" if en else f"{condition.attribute} {nota}{bound} {value} is"

    def expression(self, expression) -> str:
        """Clauses joined by `and`/`or` as written (`and` binds tighter, so no brackets are needed
        for what the grammar reads)."""
        if isinstance(expression, Condition):
            return self.condition(expression)
        if isinstance(expression, Not) and isinstance(expression.part, Condition):
            return self.condition(expression.part, negated=True)
        if isinstance(expression, AllOf) and not any(isinstance(p, AnyOf) for p in expression.parts):
            return f" {'and' if self.lang == 'en' else 'en'} ".join(self.expression(p) for p in expression.parts)
        if isinstance(expression, AnyOf):
            return f" {'or' if self.lang == 'en' else 'of'} ".join(self.expression(p) for p in expression.parts)
        raise ValueError(f"a condition the language cannot write: {expression!r}")

    def opening(self, rule: Rule) -> str | None:
        """`when A`, `unless B` or `when A, unless B` (without the colon); None without conditions."""
        en = self.lang == "en"
        parts = []
        if rule.when is not None:
            parts.append(f"{'when' if en else 'als'} {self.expression(rule.when)}")
        if rule.unless is not None:
            parts.append(f"{'unless' if en else 'tenzij'} {self.expression(rule.unless)}")
        return ", ".join(parts) or None

    def _value(self, condition: Condition) -> str:
        value = condition.value
        if isinstance(value, bool):
            return quote(str(value))
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):  # Dutch writes a decimal comma (`0,5`)
            written = format(Decimal(repr(value)), "f")
            if THOUSANDS.fullmatch(written):  # `2.125` would read as two thousand: `2.1250`
                written += "0"
            return written.replace(".", ",") if self.lang == "nl" else written
        if normalize(condition.attribute) == "impact" and value in self.vocabulary.impact_order:
            return value if self.lang == "en" else self.impact_nl.get(value, value)
        if _PLAIN_WORD.fullmatch(value) and value.casefold() not in _RESERVED and not _keyword_like(value):
            return value
        return quote(value)

    def sentence(self, rule: Rule) -> str:
        """The rule's sentence, with its `when` conditions."""
        self.wording = rule.wording
        try:
            text = self.body(rule.body)
        finally:
            self.wording = frozenset()
        opening = self.opening(rule)
        return f"{opening}: {text}" if opening else text


def _keyword_like(value: str) -> bool:
    """A bare condition value must not read as a unit or at-least word; quote those."""
    return value.casefold() in {"ten", "at", "minstens", "hoogstens", "minimaal", "maximaal", "least", "most", "more",
                                "meer", "less", "minder", "greater", "groter", "higher", "hoger", "fewer", "smaller",
                                "kleiner", "lower", "lager", "except", "behalve"}


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
