"""The plan form offers the ruleset's declared attributes (issue 15 item 3): a list of values as a
drop-down, a number as a number field, each labelled, saved into the plan's attributes."""

from __future__ import annotations

import re

import pytest
from web_client import as_pairs, client, form_fields

RULESET = """regelset "Proef"
kenmerk instrument: omgevingsplan, "openbare ruimte", beleid
kenmerk bouwhoogte: getal

regel R1 "Raadplegen bij een omgevingsplan"
  als instrument omgevingsplan is: inwoners moeten geraadpleegd worden voor elk besluit
"""

PLAN = """plan: Nieuwe wijk
kenmerken:
  instrument: Omgevingsplan
  wijk: centrum
actoren:
  raad: {rol: raad}
stappen:
  - {id: besluit, titel: Besluit, soort: besluit, eigenaar: raad, datum: 2027-03-01}
"""


@pytest.fixture
def web(tmp_path):
    (tmp_path / "proef.rules").write_text(RULESET, encoding="utf-8")
    (tmp_path / "wijk.yaml").write_text(PLAN, encoding="utf-8")
    return client(tmp_path)


def labelled(page: str, control_id: str) -> str:
    match = re.search(rf'<label for="{re.escape(control_id)}">([^<]*)</label>', page)
    assert match, f"no label for {control_id}"
    return match.group(1)


def attribute_ids(page: str) -> dict[str, int]:
    """declared attribute name -> its row number on the page (from the hidden key fields)."""
    return {key: int(number) for number, key in re.findall(r'<input type="hidden" name="attr-(\d+)-key" value="([^"]*)">', page)}


def test_the_form_offers_the_declared_attributes_as_choices(web):
    page = web.get("/edit/wijk.yaml?ruleset=proef.rules").text
    rows = attribute_ids(page)
    assert list(rows) == ["impact", "budget", "instrument", "bouwhoogte"]  # the standard two, then the ruleset's
    instrument = rows["instrument"]
    select = re.search(rf'<select id="attr-{instrument}-value" name="attr-{instrument}-value"[^>]*>(.*?)</select>', page, re.DOTALL)
    assert select, "the listed attribute is a drop-down"
    options = re.findall(r'<option value="([^"]*)"( selected)?>', select.group(1))
    assert [value for value, _ in options] == ["", "omgevingsplan", "openbare ruimte", "beleid"]
    assert [value for value, chosen in options if chosen] == ["omgevingsplan"]  # compared ignoring case
    number = rows["bouwhoogte"]
    assert re.search(rf'<input id="attr-{number}-value" name="attr-{number}-value" type="number"', page)
    assert labelled(page, f"attr-{number}-value") == "bouwhoogte (een getal)"
    impact = re.search(rf'<select id="attr-{rows["impact"]}-value"[^>]*>(.*?)</select>', page, re.DOTALL).group(1)
    assert re.findall(r'<option value="([^"]*)"', impact) == ["", "laag", "middel", "hoog"]  # in the page's language
    assert 'value="wijk"' in page and 'value="centrum"' in page  # an undeclared attribute stays a free row
    english = web.get("/edit/wijk.yaml?ruleset=proef.rules", cookies={"pr_lang": "en"}).text
    impact = re.search(rf'<select id="attr-{rows["impact"]}-value"[^>]*>(.*?)</select>', english, re.DOTALL).group(1)
    assert re.findall(r'<option value="([^"]*)"', impact) == ["", "low", "medium", "high"]


def test_chosen_values_are_saved_into_the_plan_and_unknown_ones_left_out(web, tmp_path):
    page = web.get("/edit/wijk.yaml?ruleset=proef.rules").text
    rows = attribute_ids(page)
    instrument = rows["instrument"]
    fields = form_fields(page)
    fields[f"attr-{instrument}-value"] = ["openbare ruimte"]
    fields[f"attr-{rows['bouwhoogte']}-value"] = ["12.5"]
    fields[f"attr-{rows['impact']}-value"] = ["hoog"]
    fields[f"attr-{rows['budget']}-value"] = [""]
    fields["ruleset"] = ["proef.rules"]
    answer = web.post("/edit/wijk.yaml", data=as_pairs({**fields, "action": ["save"]}))
    assert answer.status_code == 200 and "Opgeslagen." in answer.text
    import yaml

    saved = yaml.safe_load((tmp_path / "wijk.yaml").read_text(encoding="utf-8"))
    assert saved["kenmerken"] == {"impact": "hoog", "instrument": "openbare ruimte", "bouwhoogte": 12.5,
                                  "wijk": "centrum"}  # budget left 'onbekend': not written
    from procesregels.plan.loader import parse_plan
    from procesregels.web import checking

    ruleset = checking.load(tmp_path, "proef.rules")
    plan = parse_plan((tmp_path / "wijk.yaml").read_text(encoding="utf-8"), "wijk.yaml", ruleset.vocabulary(), lang="nl")
    assert plan.attributes["bouwhoogte"] == 12.5


def test_a_value_outside_the_list_is_kept_as_written(web, tmp_path):
    (tmp_path / "wijk.yaml").write_text(PLAN.replace("Omgevingsplan", "zwembad"), encoding="utf-8")
    page = web.get("/edit/wijk.yaml?ruleset=proef.rules").text
    fields = form_fields(page)
    web.post("/edit/wijk.yaml", data=as_pairs({**fields, "action": ["save"], "ruleset": ["proef.rules"]}))
    assert 'name="attr-2-value" aria-describedby="attr-help"><option value="">— onbekend —</option>\n<option value="zwembad" selected>' in page
    assert "instrument: zwembad" in (tmp_path / "wijk.yaml").read_text(encoding="utf-8")


def test_an_attribute_written_in_another_case_keeps_its_key(web, tmp_path):
    (tmp_path / "wijk.yaml").write_text(PLAN.replace("  instrument:", "  Instrument:"), encoding="utf-8")
    page = web.get("/edit/wijk.yaml?ruleset=proef.rules").text
    assert list(attribute_ids(page)) == ["impact", "budget", "Instrument", "bouwhoogte"]  # one field, not two
    assert page.count('value="Instrument"') == 1


def test_no_attribute_row_is_dropped_when_two_spellings_name_one_attribute():
    from pathlib import Path

    from procesregels.web import checking, choices, planform

    form = planform.PlanForm(attributes=[("Instrument", "beleid"), ("instrument", "omgevingsplan"), ("", "")])
    vocabulary = checking.load(Path("."), "national").vocabulary()
    fields = choices.attribute_fields(form, vocabulary, "nl")
    assert [(f.key, f.value, f.kind) for f in fields if f.key.casefold() == "instrument"] == [
        ("Instrument", "beleid", "values"), ("instrument", "omgevingsplan", "free")]
    assert ("", "") in form.attributes  # a row just added stays, to be filled in
    assert len(form.attributes) == len(fields) == len(vocabulary.attributes) + 2


def test_a_number_attribute_that_is_not_a_number_is_shown_as_text_and_kept(web, tmp_path):
    """A browser empties a number field whose value is not a number; the value must survive a save."""
    (tmp_path / "wijk.yaml").write_text(PLAN.replace("  wijk: centrum", "  bouwhoogte: vier lagen"), encoding="utf-8")
    page = web.get("/edit/wijk.yaml?ruleset=proef.rules").text
    number = attribute_ids(page)["bouwhoogte"]
    assert f'<input id="attr-{number}-value" name="attr-{number}-value" type="text"' in page
    fields = form_fields(page)
    assert fields[f"attr-{number}-value"] == ["vier lagen"]
    web.post("/edit/wijk.yaml", data=as_pairs({**fields, "action": ["save"], "ruleset": ["proef.rules"]}))
    assert "bouwhoogte: vier lagen" in (tmp_path / "wijk.yaml").read_text(encoding="utf-8")

