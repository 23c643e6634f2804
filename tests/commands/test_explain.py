"""`explain`: every rule in words, in both languages; every template's documentation."""

from __future__ import annotations

import pytest

from procesregels.commands.explain import explain_rule, explain_template, meaning
from procesregels.ruleset.model import TEMPLATE_NAMES
from procesregels.ruleset.loader import parse_ruleset
from procesregels.ruleset.sentences import SentenceWriter
from spec_sentences import ATTRIBUTES, SENTENCES

RULESET = parse_ruleset(
    'ruleset "explain"\nkind hoorzitting is meeting\n' + ATTRIBUTES
    + "".join(f'rule S{case[0]} "sentence {case[0]}"\n  {case[1]}\n' for case in SENTENCES)
    + 'rule H1 "declared kind"\n  every hoorzitting must have a date\n'
)


@pytest.mark.parametrize("rule", RULESET.rules, ids=lambda rule: rule.id)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_rule_has_a_meaning_in_words(rule, lang):
    text = meaning(rule, SentenceWriter(RULESET.vocabulary(), lang, RULESET))
    assert len(text) > 20
    assert "{" not in text and "explain." not in text and "None" not in text


def test_meanings_use_the_language_they_are_in():
    rule = RULESET.rule("S7")
    vocabulary = RULESET.vocabulary()
    english = meaning(rule, SentenceWriter(vocabulary, "en", RULESET))
    dutch = meaning(rule, SentenceWriter(vocabulary, "nl", RULESET))
    assert "participants" in english and "6 weeks" in english
    assert "deelnemers" in dutch and "6 weken" in dutch


def test_conditions_are_explained():
    rule = RULESET.rule("S16")
    dutch = meaning(rule, SentenceWriter(RULESET.vocabulary(), "nl", RULESET))
    assert dutch.startswith("Alleen voor plannen waarin impact hoog is.")


def test_explain_rule_shows_sentence_in_both_languages_and_source():
    text = explain_rule(RULESET.rule("S1"), RULESET, "nl")
    assert text.startswith("S1: sentence 1\n")
    assert "  en: residents must be consulted before the council decides" in text
    assert "  nl: inwoners moeten geraadpleegd worden voordat de raad besluit" in text
    assert "Wat hij betekent:" in text


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_template_is_documented(name):
    text = explain_template(name)
    assert text.startswith(f"{name}\n\n")
    assert len(text) > len(name) + 40


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_documentation_comes_from_its_check(name):
    import inspect

    checks = pytest.importorskip("procesregels.engine.checks")
    first_line = inspect.getdoc(checks.REGISTRY[name]).splitlines()[0]
    assert first_line in explain_template(name)
