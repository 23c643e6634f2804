"""`fmt` keeps what the council wrote (docs/spec/LANGUAGE.md 4b): numbers as words stay words, a
level written `op niveau informeren` stays; `fmt --lang` translates them; the meaning never changes."""

from __future__ import annotations

from procesregels.ruleset.format import render_ruleset
from procesregels.ruleset.loader import parse_ruleset

DUTCH = """regelset "Woorden"

kenmerk bouwhoogte: getal
kenmerk oppervlakte: getal
kenmerk instrument: begroting

regel R1 "Terugkoppeling"
  na elk besluit moeten deelnemers binnen zes weken geïnformeerd worden

regel R2 "Informeren"
  inwoners moeten ten minste op niveau informeren betrokken worden voordat de raad besluit

regel R3 "Jongeren"
  jongeren zelf moeten geraadpleegd worden

regel R4 "Elke groep"
  inwoners, ondernemers en maatschappelijke organisaties moeten geraadpleegd worden vóór het laatste besluit

regel R5 "Hoogbouw"
  als bouwhoogte meer dan 25 is of oppervlakte ten minste 0,5 is, tenzij instrument begroting is: omwonenden moeten geraadpleegd worden
"""


def test_dutch_wording_stays():
    ruleset = parse_ruleset(DUTCH, "woorden.rules")
    written = render_ruleset(ruleset, "nl")
    assert "binnen zes weken geïnformeerd worden" in written
    assert "ten minste op niveau informeren betrokken worden voordat de raad besluit" in written
    assert "jongeren zelf moeten geraadpleegd worden" in written
    assert "inwoners, ondernemers en maatschappelijke organisaties moeten geraadpleegd worden vóór het laatste besluit" in written
    assert ("als bouwhoogte meer dan 25 is of oppervlakte ten minste 0,5 is, tenzij instrument begroting is: "
            "omwonenden moeten geraadpleegd worden") in written
    assert render_ruleset(parse_ruleset(written, "again.rules"), "nl") == written


def test_translation_keeps_wording_and_meaning():
    ruleset = parse_ruleset(DUTCH, "woorden.rules")
    english = render_ruleset(ruleset, "en")
    assert "within six weeks" in english
    assert "must be involved at level inform before the council decides" in english
    assert "youth themselves must be consulted" in english
    assert "residents, businesses and organisations must be consulted before the last decision" in english
    assert "when bouwhoogte is more than 25 or oppervlakte is at least 0.5, unless instrument is begroting:" in english
    back = parse_ruleset(english, "en.rules")
    assert [r.meaning() for r in back.rules] == [r.meaning() for r in ruleset.rules]
    assert render_ruleset(back, "nl") == render_ruleset(ruleset, "nl")


def test_digits_stay_digits_and_keywords_are_normalised():
    ruleset = parse_ruleset('regelset "x"\nregel R1 "t"\n  elke terinzagelegging moet minimaal 6 weken duren\n', "x.rules")
    assert "elke terinzagelegging moet ten minste 6 weken duren" in render_ruleset(ruleset, "nl")
