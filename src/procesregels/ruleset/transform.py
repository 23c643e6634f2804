"""Parse tree -> rule model (rules.py): one transformer method per grammar rule.

Names are resolved (names.py) against the standard vocabulary plus the ruleset's own
declarations, so the model holds canonical ids only. Anything that parses but names nothing
known, or combines words into no rule, is a RulesetError at its place.
"""

from __future__ import annotations

import datetime as dt

from lark import Token, Tree
from lark.tree import Meta

from procesregels.ruleset.parse import Parsed
from procesregels.core.record import Record
from procesregels.ruleset.transform_conditions import _Condition
from procesregels.ruleset.transform_who import NUMBER_WORDS, WhoTransformer, _Who
from procesregels.errors import RulesetError
from procesregels.ruleset.attributes import check_condition, collect_attributes
from procesregels.ruleset.names import (
    Name, Resolver, collect_declarations, extended, fold, name_from, string_value,
)
from procesregels.ruleset.model import (
    Declaration, Duration, DurationBound, Event, EventBefore, Example, FieldPresent,
    InfluenceByPhase, InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response,
    RolePresent, Rule, Ruleset, trusted,
)
from procesregels.span import Span
from procesregels.core.vocabulary import (
    Vocabulary, severity_names, severity_of, standard, suggest, unit_of,
)

__all__ = ["build_ruleset", "fold", "name_from", "string_value"]

_LANGUAGES = {"nl": "nl", "en": "en", "dutch": "nl", "nederlands": "nl", "english": "en", "engels": "en"}
_FIELDS = {"owner": "owner", "eigenaar": "owner", "date": "date", "datum": "date"}
class _Sentence(Record):
    """A rule sentence: its conditions, its template and where it is written."""

    __slots__ = ("body", "condition", "span")

    def __init__(self, condition: _Condition, body: object, span: Span) -> None:
        self.condition, self.body, self.span = condition, body, span


class _Modifier(Record):
    """`before EVENT`, `after EVENT`, `within N`, `at least N before EVENT` in an involvement sentence."""

    __slots__ = ("event", "kind", "period", "span")

    def __init__(self, kind: str, span: Span, event: Event | None = None, period: Duration | None = None) -> None:
        self.kind, self.span, self.event, self.period = kind, span, event, period


def _string_meta(key: str):
    """A header line that holds a string (`municipality: "..."`): a transformer method giving (key, value, meta)."""
    def method(self, meta: Meta, children: list):
        return key, string_value(children[0]) if children[0].type == "STRING" else str(children[0]), meta

    return method


class RulesetTransformer(WhoTransformer):
    """Bottom-up: names and phrases first, then sentences, rules and the ruleset."""

    def __init__(self, parsed: Parsed, resolver: Resolver, declarations: tuple[Declaration, ...]):
        self._wording: set[str] = set()  # of the rule being read (see Rule.wording)
        self.parsed = parsed
        self.resolver = resolver
        self.vocabulary = resolver.vocabulary
        self.declarations = declarations
        self.verbs = {
            fold(form): kind for kind, forms in self.vocabulary.verbs.items() for pair in forms.values() for form in pair
        }
        self.participles = {
            fold(word): level for level, forms in self.vocabulary.participles.items() for word in forms.values() if word
        }

    def _span(self, meta: Meta | Token) -> Span:
        return self.resolver.span(meta)

    def _error(self, key: str, where: Meta | Token | Span, args: dict | None = None, suggestions: list[str] | None = None):
        span = where if isinstance(where, Span) else self._span(where)
        return self.resolver.error(key, span, args, suggestions)

    def _declared(self, attribute: Token, value: Token | None) -> None:
        check_condition(self.resolver, self.vocabulary, attribute, value)

    # -- names --------------------------------------------------------------------------------

    def _role(self, meta: Meta, children: list) -> tuple[str, Span]:
        name = name_from(self.parsed, meta, children)
        return self.resolver.name("role", name), name.span

    subject_name = inverted_name = owner_name = included_name = _role

    def kind_ref(self, meta: Meta, children: list) -> str:
        (token,) = children
        return self.resolver.name("kind", Name(str(token), str(token), self._span(token)))

    def _phase(self, token: Token) -> str:
        return self.resolver.name("phase", Name(str(token), str(token), self._span(token)))

    def level_phrase(self, meta: Meta, children: list) -> str:
        (token,) = children
        return self.resolver.name("level", Name(str(token), str(token), self._span(token)))

    def by_participle(self, meta: Meta, children: list) -> str:
        (token,) = children
        return self.participles[fold(token)]

    def by_level(self, meta: Meta, children: list) -> str:
        (level,) = children
        self._wording.add("level-phrase")  # `op niveau informeren` stays as written (fmt)
        return level

    # -- events and durations ---------------------------------------------------------------

    def _verb(self, meta: Meta, children: list) -> str:
        return self.verbs[fold(" ".join(str(t) for t in children))]

    verb_third_person = verb_infinitive = _verb

    def owner_event(self, meta: Meta, children: list) -> Event:
        (owner, _), kind = children
        return trusted(Event, type="steps", kind=kind, owner=owner)

    def kind_event(self, meta: Meta, children: list) -> Event:
        (kind,) = children
        return trusted(Event, type="steps", kind=kind)

    def participation_event(self, meta: Meta, children: list) -> Event:
        return trusted(Event, type="participation")

    def phase_starts(self, meta: Meta, children: list) -> Event:
        return trusted(Event, type="phase-starts", phase=self._phase(children[0]))

    def last_event(self, meta: Meta, children: list) -> Event:
        (kind,) = children
        return trusted(Event, type="last", kind=kind)

    def phase_ends(self, meta: Meta, children: list) -> Event:
        return trusted(Event, type="phase-ends", phase=self._phase(children[0]))

    def duration(self, meta: Meta, children: list) -> Duration:
        found = unit_of(fold(children[-1]))
        assert found is not None, children[-1]  # the grammar's UNIT terminal only takes unit words
        unit, plural = found
        if len(children) == 1:
            if plural:  # `at least weeks`: how many?
                raise self._error("ruleset.duration_amount", meta, {"unit": str(children[-1])})
            return trusted(Duration, amount=1, unit=unit)
        if children[0].type == "NUMBER_WORD":
            self._wording.add("number-words")
            return trusted(Duration, amount=NUMBER_WORDS[fold(children[0])], unit=unit)
        if "." in children[0] or "," in children[0]:
            raise self._error("ruleset.whole_number", children[0], {"number": str(children[0])})
        return trusted(Duration, amount=int(children[0]), unit=unit)

    # -- modifiers of involvement sentences -----------------------------------------------

    def before(self, meta: Meta, children: list) -> _Modifier:
        return _Modifier("before", self._span(meta), event=children[0])

    def after(self, meta: Meta, children: list) -> _Modifier:
        return _Modifier("after", self._span(meta), event=children[0])

    def within(self, meta: Meta, children: list) -> _Modifier:
        return _Modifier("within", self._span(meta), period=children[0])

    def lead(self, meta: Meta, children: list) -> _Modifier:
        duration, event = children
        return _Modifier("lead", self._span(meta), event=event, period=duration)

    # -- sentences ------------------------------------------------------------------------

    def involvement(self, meta: Meta, children: list):
        who = next(c for c in children if isinstance(c, _Who)).fields()
        level = next(c for c in children if isinstance(c, str))
        modifiers = [c for c in children if isinstance(c, _Modifier)]
        kinds = sorted(m.kind for m in modifiers)
        by_kind = {m.kind: m for m in modifiers}
        if not kinds:
            return trusted(InvolvementAnywhere, **who, level=level)
        if kinds == ["before"]:
            return trusted(InvolvementBefore, **who, level=level, event=by_kind["before"].event)
        if kinds in (["after"], ["after", "within"]):
            within = by_kind["within"].period if "within" in by_kind else None
            return trusted(Response, event=by_kind["after"].event, **who, level=level, within=within)
        if kinds == ["lead"]:
            lead = by_kind["lead"]
            return trusted(LeadTime, **who, level=level, event=lead.event, lead=lead.period)
        if kinds == ["within"]:
            raise self._error("ruleset.within_needs_after", by_kind["within"].span)
        raise self._error("ruleset.combination", meta)

    def influence(self, meta: Meta, children: list) -> InfluenceByPhase:
        who, phase = children
        return trusted(InfluenceByPhase, **who.fields(), phase=phase)

    def phase_bound(self, meta: Meta, children: list) -> str:
        return self._phase(children[0])

    def event_order(self, meta: Meta, children: list) -> EventBefore:
        who, kind, second = children
        if len(who.roles) != 1 or who.themselves:
            raise self._error("ruleset.one_owner", meta)
        return trusted(EventBefore, first=trusted(Event, type="steps", kind=kind, owner=who.roles[0]), second=second)

    def duration_bound(self, meta: Meta, children: list) -> DurationBound:
        kind, bound, length = children
        return trusted(DurationBound, kind=kind, bound="min" if bound == "at-least" else "max", length=length)

    def participation_step(self, meta: Meta, children: list) -> None:
        return None

    def field_present(self, meta: Meta, children: list) -> FieldPresent:
        kind, field = children
        return trusted(FieldPresent, field=_FIELDS[fold(field)], kind=kind)

    def role_present(self, meta: Meta, children: list) -> RolePresent:
        ((role, _),) = children
        return trusted(RolePresent, role=role)

    def prohibition(self, meta: Meta, children: list) -> Prohibition:
        return trusted(Prohibition, event=children[0])

    def sentence(self, meta: Meta, children: list) -> _Sentence:
        condition, body = children
        return _Sentence(condition or _Condition(None, None), body, self._span(meta))

    # -- rules --------------------------------------------------------------------------------

    def rule_source(self, meta: Meta, children: list):
        return "source", string_value(children[0]), meta

    def severity(self, meta: Meta, children: list):
        (word,) = children
        value = severity_of(fold(word))
        if value is None:
            raise self._error("ruleset.severity", word, {"value": str(word)}, suggest(str(word), severity_names()))
        return "severity", value, meta

    def replaces(self, meta: Meta, children: list):
        return "replaces", str(children[0]), meta

    def rule(self, meta: Meta, children: list) -> Rule:
        rule_id, title, *rest = children
        options: dict[str, str] = {}
        (sentence,) = [child for child in rest if isinstance(child, _Sentence)]
        for key, value, where in (child for child in rest if not isinstance(child, _Sentence)):
            if key in options:
                raise self._error("ruleset.option_twice", where, {"option": key})
            options[key] = value
        return trusted(
            Rule,
            id=str(rule_id),
            title=string_value(title),
            source=options.get("source"),
            severity=options.get("severity", "error"),
            when=sentence.condition.when,
            unless=sentence.condition.unless,
            body=sentence.body,
            replaces=options.get("replaces"),
            span=self._span(meta),
            sentence_span=sentence.span,
            wording=frozenset(self._take_wording()),
        )

    def _take_wording(self) -> set[str]:
        wording, self._wording = self._wording, set()
        return wording

    def drops(self, meta: Meta, children: list):
        return "drops", tuple(str(t) for t in children), meta

    def example(self, meta: Meta, children: list) -> Example:
        name, plan, *expect = children
        ids = () if expect and expect[0].type == "PASS" else tuple(str(t) for t in expect)
        return trusted(Example, name=string_value(name), plan=string_value(plan), expect=ids, span=self._span(meta))

    def role_decl(self, meta: Meta, children: list):
        return "declaration", None, meta

    kind_decl = level_decl = attribute_decl = role_decl

    def legal_floor(self, meta: Meta, children: list):
        return "legal_floor", True, meta

    # -- header ---------------------------------------------------------------------------

    municipality = _string_meta("municipality")
    version = _string_meta("version")
    meta_source = _string_meta("source")
    extends = _string_meta("extends")

    def adopted(self, meta: Meta, children: list):
        try:
            return "adopted", dt.date.fromisoformat(str(children[0])), meta
        except ValueError:
            raise self._error("ruleset.bad_date", children[0], {"value": str(children[0])}) from None

    def language(self, meta: Meta, children: list):
        value = _LANGUAGES.get(fold(children[0]))
        if value is None:
            raise self._error("ruleset.language", children[0], {"value": str(children[0])}, suggest(str(children[0]), _LANGUAGES))
        return "language", value, meta

    def header(self, meta: Meta, children: list) -> dict:
        title, *lines = children
        fields: dict = {"title": string_value(title), "span": self._span(meta)}
        for key, value, where in lines:
            if key in fields:
                raise self._error("ruleset.option_twice", where, {"option": key})
            fields[key] = value
        if "extends" in fields:
            fields["extends"] = (fields["extends"],)
        return fields

    def start(self, meta: Meta, children: list) -> Ruleset:
        header, *items = children
        rules: list[Rule] = []
        first_line: dict[str, int] = {}
        drops: list[str] = []
        for item in items:
            if isinstance(item, Rule):
                assert item.span is not None  # the transformer places every rule it makes
                if item.id in first_line:
                    raise self._error("ruleset.duplicate_rule", item.span, {"id": item.id, "line": first_line[item.id]})
                first_line[item.id] = item.span.line
                rules.append(item)
            elif isinstance(item, tuple) and item[0] == "drops":
                drops.extend(item[1])
        examples = tuple(item for item in items if isinstance(item, Example))
        header.setdefault("language", self.resolver.language)
        return trusted(
            Ruleset,
            **header,
            declarations=self.declarations,
            rules=tuple(rules),
            drops=tuple(drops),
            examples=examples,
            path=self.parsed.path,
        )


def build_ruleset(parsed: Parsed, base: Vocabulary | None = None) -> Ruleset:
    """The rule model of one parsed file (layering not applied). `base` is the vocabulary of the
    rulesets it extends (default: the standard vocabulary)."""
    language = _declared_language(parsed) or parsed.language
    base = base or standard()
    resolver = Resolver(parsed, base, language)
    declarations = collect_declarations(parsed, resolver, base) + collect_attributes(parsed, resolver, base)
    resolver.vocabulary = extended(base, list(declarations)) if declarations else base
    try:
        return RulesetTransformer(parsed, resolver, declarations).transform(parsed.tree)
    except RulesetError:
        raise
    except Exception as error:  # defensive: a slip of the reader is a located message, never a traceback
        raise resolver.error("ruleset.unreadable", Span(parsed.path, 1, 1), {"reason": str(error)[:200]}) from None


def _declared_language(parsed: Parsed) -> str | None:
    """The value of a `language` line, when it names a language (messages use it too)."""
    header = parsed.tree.children[0]
    for line in header.children:
        if isinstance(line, Tree) and line.data == "language":
            return _LANGUAGES.get(fold(str(line.children[0])))
    return None
