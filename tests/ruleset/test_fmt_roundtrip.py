"""Property: any rule model, written by `fmt` in English or Dutch, parses back to itself;
and `fmt` of its own output changes nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from procesregels.ruleset.parse import parse
from procesregels.ruleset.model import (
    AllOf, AnyOf, Condition, Not, Declaration, Duration, DurationBound, Event, EventBefore, Example, FieldPresent,
    InfluenceByPhase, InvolvementAnywhere, InvolvementBefore, LeadTime, Prohibition, Response,
    RolePresent, Rule, Ruleset,
)
from procesregels.ruleset.format import format_parsed, render_ruleset
from procesregels.ruleset.loader import parse_ruleset
from procesregels.ruleset.transform import build_ruleset
from procesregels.core.vocabulary import standard

VOCABULARY = standard()
STANDARD_ROLES = sorted(VOCABULARY.role_parent)
OWNER_ROLES = [role for role in STANDARD_ROLES if role not in VOCABULARY.dynamic_roles]
KINDS = sorted(VOCABULARY.kind_parent)
VERB_KINDS = sorted(VOCABULARY.verbs)
LEVELS = list(VOCABULARY.level_order)
PHASES = list(VOCABULARY.phase_order)

# Names a council might declare (several words, an article inside, a keyword at the start).
DECLARED_ROLES = {"wijkraad": "residents", "omwonenden van het plein": "neighbours", "voorzitter": "council",
                  "pleinbewoners": "omwonenden van het plein"}

text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=24)
rule_ids = st.from_regex(r"[A-Z0-9][A-Za-z0-9_.\-]{0,4}[A-Za-z0-9]|[A-Z]", fullmatch=True)
durations = st.builds(Duration, amount=st.integers(0, 400), unit=st.sampled_from(["day", "week", "month"]))


@st.composite
def worlds(draw):
    """Declarations (in an order where each parent comes first) and the names they make known."""
    declarations, roles, kinds = [], list(STANDARD_ROLES), list(KINDS)
    for name, parent in DECLARED_ROLES.items():
        if (parent in roles or parent in STANDARD_ROLES) and draw(st.booleans()):
            if parent not in roles:
                continue
            declarations.append(Declaration(category="role", name=name, parent=parent))
            roles.append(name)
    if draw(st.booleans()):
        declarations.append(Declaration(category="kind", name="hoorzitting", parent=draw(st.sampled_from(KINDS))))
        kinds.append("hoorzitting")
    if draw(st.booleans()):
        declarations.append(Declaration(category="level", name="meedenken", parent=draw(st.sampled_from(LEVELS))))
    return declarations, roles, kinds


def events(roles, kinds):
    owners = [role for role in roles if role not in VOCABULARY.dynamic_roles]
    return st.one_of(
        st.builds(lambda kind, owner: Event(type="steps", kind=kind, owner=owner), st.sampled_from(VERB_KINDS), st.sampled_from(owners)),
        st.builds(lambda kind: Event(type="steps", kind=kind), st.sampled_from(kinds)),
        st.just(Event(type="participation")),
        st.builds(lambda t, p: Event(type=t, phase=p), st.sampled_from(["phase-starts", "phase-ends"]), st.sampled_from(PHASES)),
        st.builds(lambda kind: Event(type="last", kind=kind), st.sampled_from(kinds)),
    )


@st.composite
def _with_groups(draw, body):
    """`themselves` and `and` lists (version 2), where the language allows them."""
    if not hasattr(body, "themselves") or any(w in VOCABULARY.dynamic_roles for w in body.who):
        return body
    return body.model_copy(update={"themselves": draw(st.booleans()),
                                   "each": len(body.who) >= 2 and draw(st.booleans())})


def bodies(roles, kinds):
    who = st.lists(st.sampled_from(roles), min_size=1, max_size=3, unique=True).map(tuple)
    level = st.sampled_from(LEVELS)
    event = events(roles, kinds)
    owners = [role for role in roles if role not in VOCABULARY.dynamic_roles]
    first = st.builds(lambda kind, owner: Event(type="steps", kind=kind, owner=owner), st.sampled_from(VERB_KINDS), st.sampled_from(owners))
    return st.one_of(
        st.builds(InvolvementBefore, who=who, level=level, event=event),
        st.builds(InvolvementAnywhere, who=who, level=level),
        st.builds(InfluenceByPhase, who=who, phase=st.sampled_from(PHASES)),
        st.builds(EventBefore, first=first, second=event),
        st.builds(Response, event=event, who=who, level=level, within=st.none() | durations),
        st.builds(DurationBound, kind=st.sampled_from(kinds), bound=st.sampled_from(["min", "max"]), length=durations),
        st.builds(LeadTime, who=who, level=level, event=event, lead=durations),
        st.builds(FieldPresent, field=st.sampled_from(["owner", "date"]), kind=st.none() | st.sampled_from(kinds)),
        st.builds(RolePresent, role=st.sampled_from(roles)),
        st.builds(Prohibition, event=event),
    ).flatmap(_with_groups)


#: Values of the declared list attributes: words that are keywords elsewhere, articles, quotes.
TEXT_VALUES = ("ruimte", "openbare ruimte", "5", "Hoog", "is", 'met "quotes"', "de", "en", "of", "minimaal",
               "voor", "at", "ten", "a", "high", "1.5")
#: Conditions may only test declared attributes (docs/spec/LANGUAGE.md section 1, version 2).
ATTRIBUTES = (
    Declaration(category="attribute", name="domein", parent="values", values=TEXT_VALUES),
    Declaration(category="attribute", name="instrument", parent="values", values=TEXT_VALUES),
    Declaration(category="attribute", name="woningen", parent="number"),
)

conditions = st.one_of(
    st.builds(lambda v: Condition(attribute="impact", op="is", value=v), st.sampled_from(["low", "medium", "high"])),
    st.builds(
        lambda a, v: Condition(attribute=a, op="is", value=v),
        st.sampled_from(["domein", "instrument"]),
        st.sampled_from(TEXT_VALUES),
    ),
    st.builds(lambda v: Condition(attribute="budget", op="is", value=v), st.integers(0, 10**9)),
    st.builds(
        lambda a, op, v: Condition(attribute=a, op=op, value=v),
        st.sampled_from(["budget", "woningen"]),
        st.sampled_from(["at-least", "at-most", "more-than", "less-than"]),
        st.integers(0, 10**12) | st.floats(0, 1e9, allow_nan=False, allow_infinity=False)
        | st.sampled_from([0.5, 2.125, 1000.5, 12.25]),
    ),
)
#: `is not`, and clauses joined as the grammar reads them: `or` over `and`.
literals = conditions | conditions.map(lambda c: Not(part=c))
expressions = st.lists(
    st.lists(literals, min_size=1, max_size=3).map(lambda ps: ps[0] if len(ps) == 1 else AllOf(parts=tuple(ps))),
    min_size=1, max_size=2,
).map(lambda ps: ps[0] if len(ps) == 1 else AnyOf(parts=tuple(ps)))


@st.composite
def rulesets(draw, lang):
    declarations, roles, kinds = draw(worlds())
    ids = draw(st.lists(rule_ids, min_size=0, max_size=5, unique=True))
    rules = tuple(
        Rule(
            id=rule_id,
            title=draw(text),
            source=draw(st.none() | text),
            severity=draw(st.sampled_from(["error", "warning", "info"])),
            when=draw(st.none() | st.none() | expressions),
            unless=draw(st.none() | st.none() | st.none() | expressions),
            body=draw(bodies(roles, kinds)),
            replaces=draw(st.none() | rule_ids),
        )
        for rule_id in ids
    )
    examples = tuple(
        Example(name=draw(text), plan=draw(text), expect=tuple(draw(st.lists(rule_ids, max_size=2))))
        for _ in range(draw(st.integers(0, 2)))
    )
    return Ruleset(
        title=draw(text),
        municipality=draw(st.none() | text),
        version=draw(st.none() | text),
        adopted=draw(st.none() | st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))),
        source=draw(st.none() | text),
        extends=tuple(draw(st.lists(text, max_size=1))),
        language=lang,
        legal_floor=draw(st.booleans()),
        declarations=tuple(declarations) + ATTRIBUTES,
        rules=rules,
        drops=tuple(draw(st.lists(rule_ids, max_size=2))),
        examples=examples,
    )


def _roundtrip(ruleset: Ruleset, lang: str) -> None:
    written = render_ruleset(ruleset, lang)
    parsed = parse_ruleset(written, "generated.rules")
    assert parsed.model_dump() == ruleset.model_dump(), written
    again = parse(written, "generated.rules")
    assert format_parsed(again, build_ruleset(again)) == written


@given(rulesets("en"))
def test_english_fmt_parses_back_to_the_same_model(ruleset):
    _roundtrip(ruleset, "en")


@given(rulesets("nl"))
def test_dutch_fmt_parses_back_to_the_same_model(ruleset):
    _roundtrip(ruleset, "nl")


@given(rulesets("nl"))
def test_translating_there_and_back_keeps_the_model(ruleset):
    english = parse_ruleset(render_ruleset(ruleset, "en"))
    dutch = parse_ruleset(render_ruleset(english, "nl"))
    assert dutch.model_dump() == ruleset.model_dump()


DUTCH_ARTICLES = """regelset "Lidwoorden"
  rol wijkplatform valt onder organisaties
  soort buurtrechtverzoek is advies

regel R1 "Raad geïnformeerd"
  raad of raadscommissie moet geïnformeerd worden voordat de raad besluit

regel R2 "Initiatiefnemer bekend"
  het plan moet initiatiefnemer bevatten

regel R3 "Wijkplatform op de hoogte"
  na elke buurtrechtverzoek moet wijkplatform geïnformeerd worden
"""


def test_dutch_fmt_writes_articles_before_singular_groups_and_keeps_the_meaning():
    ruleset = parse_ruleset(DUTCH_ARTICLES, "articles.rules")
    written = render_ruleset(ruleset, "nl")
    assert "de raad of de raadscommissie moet geïnformeerd worden voordat de raad besluit" in written
    assert "het plan moet een initiatiefnemer bevatten" in written
    assert "na elk buurtrechtverzoek moet het wijkplatform geïnformeerd worden" in written
    assert parse_ruleset(written, "articles.rules").model_dump() == ruleset.model_dump()
