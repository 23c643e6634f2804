"""Dutch keys and Dutch dates (docs/spec/PLAN.md, version 2): a plan written with them is the same plan.

The Dutch twin of each example plan is made here with the key list of docs/spec/PLAN.md written out again
(not the loader's own table), and must lint with exactly the same findings as the English one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from procesregels.engine.run import lint
from procesregels.errors import PlanError
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.ruleset.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

PLAN_KEYS = {"municipality": "gemeente", "attributes": "kenmerken", "actors": "actoren", "steps": "stappen",
             "choices": "keuzes", "waivers": "afwijkingen", "description": "beschrijving", "order": "volgorde"}
ACTOR_KEYS = {"role": "rol", "name": "naam"}
STEP_KEYS = {"title": "titel", "kind": "soort", "owner": "eigenaar", "participants": "deelnemers", "phase": "fase",
             "date": "datum", "start": "begin", "end": "eind", "duration": "duur", "after": "na",
             "optional": "optioneel", "description": "beschrijving"}
CHOICE_KEYS = {"options": "opties"}
WAIVER_KEYS = {"rule": "regel", "reason": "reden"}


def _dutch_date(value):
    if isinstance(value, dt.date):
        return f"{value.day:02d}-{value.month:02d}-{value.year}" if value.day % 2 else f"{value.day}-{value.month}-{value.year}"
    return value


def dutch_twin(data: dict) -> dict:
    """The plan data with every key and every date written the Dutch way."""
    def rename(mapping: dict, keys: dict) -> dict:
        return {keys.get(k, k): v for k, v in mapping.items()}

    out = rename(data, PLAN_KEYS)
    if isinstance(out.get("actoren"), dict):
        out["actoren"] = {k: rename(v, ACTOR_KEYS) for k, v in out["actoren"].items()}
    out["stappen"] = [{k: _dutch_date(v) for k, v in rename(step, STEP_KEYS).items()} for step in out.get("stappen") or []]
    out["keuzes"] = [rename(c, CHOICE_KEYS) for c in out.get("keuzes") or []]
    out["afwijkingen"] = [rename(w, WAIVER_KEYS) for w in out.get("afwijkingen") or []]
    return out


def _comparable(report):
    plan = report.plans[0]
    return [(f.rule, f.category, f.severity, f.message, getattr(f, "step", None)) for f in plan.findings], plan.passed


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_dutch_plan_lints_like_its_english_twin(path: Path, tmp_path: Path):
    ruleset = load_ruleset("national")
    vocabulary = ruleset.vocabulary()
    english = load_plan(path, vocabulary)
    twin = tmp_path / path.name
    twin.write_text(yaml.safe_dump(dutch_twin(yaml.safe_load(path.read_text(encoding="utf-8"))),
                                   allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert "stappen:" in twin.read_text(encoding="utf-8")
    dutch = load_plan(twin, vocabulary)
    assert dutch.model_dump() == english.model_dump()
    assert _comparable(lint(ruleset, [dutch], lang="nl")) == _comparable(lint(ruleset, [english], lang="nl"))


def test_day_month_year_dates_are_dates():
    plan = parse_plan("plan: t\nstappen:\n- {id: a, soort: bijeenkomst, datum: 7-4-2026}\n"
                      "- {id: b, soort: bijeenkomst, begin: 07-04-2026, eind: '2026-04-30'}\n", "p.yaml")
    assert plan.steps[0].start == plan.steps[0].end == dt.date(2026, 4, 7)
    assert (plan.steps[1].start, plan.steps[1].end) == (dt.date(2026, 4, 7), dt.date(2026, 4, 30))


@pytest.mark.parametrize("written, shown", [
    ("1 maart 2026", "2026-03-01"), ("3/1/2026", "2026-01-03"), ("1.3.2026", "2026-03-01"),
    ("7 april 2026", "2026-04-07"), ("2026/04/07", "2026-04-07"), ("1 mrt 2026", "2026-03-01"),
])
def test_other_forms_show_the_date_they_would_be(written: str, shown: str):
    with pytest.raises(PlanError) as raised:
        parse_plan(f"plan: t\nsteps:\n- {{id: a, kind: meeting, date: '{written}'}}\n", "p.yaml", lang="nl")
    assert shown in raised.value.message and "jaar-maand-dag" in raised.value.message


@pytest.mark.parametrize("written, why", [
    ("31-04-2026", "april heeft 30 dagen"), ("29-2-2026", "februari 2026 heeft 28 dagen"),
    ("2026-13-01", "er is geen maand 13"), ("31/4/2026", "april heeft 30 dagen"), ("0-1-2026", "er is geen dag 0"),
])
def test_an_impossible_date_says_why(written: str, why: str):
    with pytest.raises(PlanError) as raised:
        parse_plan(f"plan: t\nsteps:\n- {{id: a, kind: meeting, date: '{written}'}}\n", "p.yaml", lang="nl")
    assert raised.value.message.endswith(why)


def test_29_february_of_a_leap_year_is_a_date():
    plan = parse_plan("plan: t\nsteps:\n- {id: a, kind: meeting, date: 29-2-2028}\n", "p.yaml")
    assert plan.steps[0].start == dt.date(2028, 2, 29)


def test_a_misspelt_dutch_key_gets_a_dutch_suggestion():
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nstappen:\n- {id: a, soort: bijeenkomst, eigenaaar: x}\n", "p.yaml", lang="nl")
    assert raised.value.suggestions == ["eigenaar"]
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nstappen:\n- {id: a, soort: bijeenkomst, ower: x}\n", "p.yaml", lang="nl")
    assert raised.value.suggestions == ["owner"]  # no Dutch key is close: the English one is offered
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nsteps:\n- {id: a, kind: meeting, sort: x}\n", "p.yaml", lang="nl")
    assert raised.value.suggestions == ["start"]  # an English plan hears of English keys
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nsteps:\n- {id: a, kind: meeting, tilte: x}\n", "p.yaml")
    assert raised.value.suggestions == ["title"]


def test_one_key_in_two_languages_is_refused():
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nsteps:\n- {id: a, kind: meeting, soort: bijeenkomst}\n", "p.yaml")
    assert "'soort'" in raised.value.message and "'kind'" in raised.value.message


def test_a_missing_key_is_named_in_the_plans_language():
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nstappen:\n- {id: a, titel: x}\n", "p.yaml", lang="nl")
    assert "'soort'" in raised.value.message
