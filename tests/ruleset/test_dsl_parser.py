"""The parser itself: built once, keywords against names, terminals that mirror the vocabulary."""

from __future__ import annotations

import unicodedata

import pytest

from procesregels.ruleset.grammar import parser
from procesregels.ruleset.parse import detect_language, parse
from procesregels.errors import RulesetError
from procesregels.ruleset.model import Event, InvolvementBefore, RolePresent
from procesregels.ruleset.loader import parse_ruleset
from procesregels.ruleset.transform import fold
from procesregels.core.vocabulary import standard
from spec_sentences import parse_sentence


def test_the_parser_is_built_once():
    assert parser() is parser()


def test_participle_terminal_knows_every_vocabulary_participle():
    pattern = next(t for t in parser().terminals if t.name == "PARTICIPLE").pattern.to_regexp()
    import re

    for forms in standard().participles.values():
        for word in forms.values():
            if word:
                assert re.fullmatch(pattern, word), word


def test_verb_terminals_cover_every_vocabulary_verb():
    for kind, forms in standard().verbs.items():
        for lang, (third, infinitive) in forms.items():
            owner = "the council" if lang == "en" else "de raad"
            must = "must" if lang == "en" else "moet"
            rule = parse_sentence(f"residents must be consulted before {owner} {third}")
            assert rule.body.event == Event(type="steps", kind=kind, owner="council")
            rule = parse_sentence(f"{owner} {must} {infinitive} before participation starts")
            assert rule.body.first == Event(type="steps", kind=kind, owner="council")


@pytest.mark.parametrize(
    "name, role",
    [("voorzitter", "voorzitter"), ("nader team", "nader team"), ("planners", "planners"),
     ("inwoners van de binnenstad", "inwoners van de binnenstad"), ("moeders", "moeders"),
     ("wijk en buurt", "wijk en buurt"), ("college van B&W", "executive")],
)
def test_names_that_begin_with_or_contain_keywords(name, role):
    declaration = "" if role == "executive" else f"rol {name} valt onder inwoners"
    ruleset = parse_ruleset(f'regelset "x"\n{declaration}\nregel R1 "t"\n  het plan moet {name} bevatten\n')
    assert ruleset.rules[0].body == RolePresent(role=role)


def test_articles_are_ignored_but_kept_inside_declared_names():
    rule = parse_sentence("the residents must be consulted before the council decides")
    assert rule.body == InvolvementBefore(who=("residents",), level="consult", event=Event(type="steps", kind="decision", owner="council"))
    ruleset = parse_ruleset('regelset "x"\nrol bewoners van het plein valt onder inwoners\n'
                            'regel R1 "t"\n  het plan moet de bewoners van het plein bevatten\n')
    assert ruleset.declarations[0].name == "bewoners van het plein"
    assert ruleset.rules[0].body == RolePresent(role="bewoners van het plein")


def test_decomposed_unicode_is_read_as_composed():
    text = unicodedata.normalize("NFD", 'regelset "x"\nregel R1 "t"\n  jongeren moeten geïnformeerd worden\n')
    assert parse_ruleset(text).rules[0].body.level == "inform"


def test_fold_ignores_case_and_accents():
    assert fold("GeÏnformeerd") == fold("geinformeerd")


def test_language_detection():
    assert detect_language('regelset "x"\nregel R1 "t"\n  jongeren moeten geraadpleegd worden\n') == "nl"
    assert detect_language('ruleset "x"\nrule R1 "t"\n  youth must be consulted\n') == "en"
    assert detect_language('ruleset "regelset moeten worden"\n') == "en"  # strings do not count


def test_language_line_wins():
    assert parse_ruleset('ruleset "x"\n  language nl\n').language == "nl"
    assert parse_ruleset('regelset "x"\n  taal en\n').language == "en"


def test_comments_are_collected_per_parse():
    first = parse('ruleset "x"  # one\n', "a")
    second = parse('ruleset "y"\n# two\n# three\n', "b")
    assert [str(c) for c in first.comments] == ["# one"]
    assert [str(c) for c in second.comments] == ["# two", "# three"]


def test_metadata_and_examples():
    ruleset = parse_ruleset(
        'regelset "Regels"\n  gemeente "Stad"\n  versie "2025.1"\n  vastgesteld 2025-03-01\n  bron "Verordening"\n'
        '  breidt uit "national"\n\nregel R1 "t"\n  ernst waarschuwing\n  vervangt W1\n  jongeren moeten geraadpleegd worden\n'
        'schrapt W2, W3\nvoorbeeld "goed" plan "a.yaml" verwacht pass\nvoorbeeld "fout" plan "b.yaml" verwacht R1 W4\n'
    )
    assert (ruleset.municipality, ruleset.version, ruleset.adopted.isoformat(), ruleset.source) == (
        "Stad", "2025.1", "2025-03-01", "Verordening")
    assert ruleset.extends == ("national",)
    assert ruleset.rules[0].severity == "warning" and ruleset.rules[0].replaces == "W1"
    assert ruleset.drops == ("W2", "W3")
    assert [(e.name, e.plan, e.expect) for e in ruleset.examples] == [("goed", "a.yaml", ()), ("fout", "b.yaml", ("R1", "W4"))]


def test_metadata_twice_is_an_error():
    with pytest.raises(RulesetError, match="twice"):
        parse_ruleset('ruleset "x"\n  version "1"\n  version "2"\n')


def test_the_grammar_has_no_hidden_conflicts():
    """Lark resolves a shift/reduce conflict silently (as shift); in debug mode it logs it.
    A conflict would mean a sentence can be read two ways, so there must be none."""
    import logging

    from lark import Lark
    from lark import logger as lark_logger

    from procesregels.core.resources import grammar_file

    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())
    level = lark_logger.level
    lark_logger.addHandler(handler)
    lark_logger.setLevel(logging.DEBUG)
    try:
        Lark(grammar_file().read_text(encoding="utf-8"), parser="lalr", lexer="contextual", debug=True,
             maybe_placeholders=True)
    finally:
        lark_logger.removeHandler(handler)
        lark_logger.setLevel(level)
    assert not [message for message in records if "conflict" in message.lower()]
