"""Mistakes and spellings of real clerks (issue: the language of real verordeningen): what a
clerk writes either means what they meant, or gets a message in the file's language that says
what to write, without English words in a Dutch message."""

from __future__ import annotations

import pytest

from procesregels.errors import RulesetError
from procesregels.ruleset.loader import parse_ruleset
from spec_sentences import parse_sentence


def _error(sentence: str, dutch: bool = True) -> str:
    header = 'regelset "x"' if dutch else 'ruleset "x"'
    rule = 'regel R1 "t"' if dutch else 'rule R1 "t"'
    with pytest.raises(RulesetError) as caught:
        parse_ruleset(f"{header}\n{rule}\n  {sentence}\n", "x.rules")
    return str(caught.value)


@pytest.mark.parametrize("variant,spec", [
    ("inwoners moeten geinformeerd worden voordat de raad besluit",
     "inwoners moeten geïnformeerd worden voordat de raad besluit"),
    ("elke terinzagelegging moet minimaal zes weken duren", "elke terinzagelegging moet ten minste 6 weken duren"),
    ("elke bijeenkomst moet maximaal 1 dag duren", "elke bijeenkomst moet ten hoogste 1 dag duren"),
    ("als bouwhoogte hoger dan 25 is: omwonenden moeten geraadpleegd worden",
     "als bouwhoogte meer dan 25 is: omwonenden moeten geraadpleegd worden"),
    ("als oppervlakte minimaal 0.5 is: inwoners worden geraadpleegd",
     "als oppervlakte ten minste 0,5 is: inwoners moeten geraadpleegd worden"),
])
def test_clerks_spellings_mean_the_same(variant, spec):
    assert parse_sentence(variant).meaning() == parse_sentence(spec).meaning()


@pytest.mark.parametrize("sentence,says", [
    ("inwoners moeten geraadpleegd worden voor het besluit", "'vóór elk besluit' of 'voordat de raad besluit'"),
    ("jongeren moeten betrokken worden", "'moeten geraadpleegd worden'"),
    ("agrariërs moeten geraadpleegd worden", "rol agrariërs valt onder"),
    ("inwoners moeten geraadpleegd worden, tenzij instrument begroting is",
     "tenzij instrument begroting is: inwoners moeten geraadpleegd worden"),
    ("als budget ten minste 1.000.000 is: inwoners moeten geraadpleegd worden", "1000000"),
    ("inwoners en ondernemers of jongeren moeten geraadpleegd worden", "alleen 'en'"),
])
def test_each_mistake_says_what_to_write(sentence, says):
    message = _error(sentence)
    assert says in message
    for english in ("'be'", "expected", "unexpected", "must"):
        assert english not in message


def test_english_mistakes_get_english_messages():
    assert "'before any decision'" in _error("residents must be consulted before the decision", dutch=False)
    assert "unless instrument is begroting: residents must be consulted" in _error(
        "residents must be consulted, unless instrument is begroting", dutch=False)
