"""The JSON API: POST /api/lint, GET /api/rulesets, POST /api/compare (docs/workbench-api.md)."""

from __future__ import annotations

import io
import json

import pytest
from web_client import STARTER, client

from procesregels.engine.run import lint
from procesregels.plan.loader import parse_plan
from procesregels.reporters.json import render
from procesregels.ruleset.loader import load_ruleset


@pytest.fixture
def web(tmp_path):
    return client(tmp_path)


def cli_json(plan_text: str, ruleset: str = "national") -> str:
    loaded = load_ruleset(ruleset)
    report = lint(loaded, [parse_plan(plan_text, "plan.yaml", loaded.vocabulary(), lang=loaded.language)])
    out = io.StringIO()
    render(report, out)
    return out.getvalue()


def test_lint_as_json_gives_the_command_lines_report_byte_for_byte(web):
    answer = web.post("/api/lint", json={"plan": STARTER, "ruleset": "national"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    assert answer.text == cli_json(STARTER)
    again = web.post("/api/lint", json={"plan": STARTER, "ruleset": "national"})
    assert again.content == answer.content


def test_lint_takes_a_file_upload_and_a_ruleset_text(web):
    answer = web.post("/api/lint", files={"file": ("plan.yaml", STARTER.encode())}, data={"ruleset": "vng-model"})
    assert answer.status_code == 200 and json.loads(answer.text)["plans"][0]["title"] == "Herinrichting Dorpsplein"
    own = 'regelset "Eigen"\n  breidt uit "national"\n'
    assert web.post("/api/lint", json={"plan": STARTER, "ruleset_text": own}).status_code == 200


def test_lint_errors_are_located_and_never_a_500(web):
    broken = web.post("/api/lint", json={"plan": "plan: x\nsteps:\n  - id: a\n    kind: besluiten\n"})
    assert broken.status_code == 422
    assert broken.json()["errors"][0]["line"] == 4
    assert web.post("/api/lint", json={"plan": STARTER, "ruleset": "nope"}).status_code == 404
    assert web.post("/api/lint", json={"ruleset": "national"}).status_code == 400
    assert web.post("/api/lint", json={"plan": STARTER, "name": "../x.yaml"}).status_code == 400
    assert web.post("/api/lint", content=b"[1, 2]", headers={"content-type": "application/json"}).status_code == 400
    assert web.post("/api/lint", content=b"\xff{", headers={"content-type": "application/json"}).status_code == 400
    bad_rules = web.post("/api/lint", json={"plan": STARTER, "ruleset_text": "regelset \"x\"\nregel R1\n"})
    assert bad_rules.status_code == 422 and bad_rules.json()["errors"][0]["line"]


def test_a_ruleset_text_cannot_read_files_on_the_server(web, tmp_path):
    secret = tmp_path.parent / "geheim.rules"
    secret.write_text("geheime inhoud die niet naar buiten mag\n")
    for reference in (str(secret), "../geheim.rules", "/etc/passwd"):
        text = f'regelset "x"\n  breidt uit "{reference}"\n'
        answer = web.post("/api/lint", json={"plan": STARTER, "ruleset_text": text})
        assert answer.status_code == 422 and "geheime" not in answer.text and "root:" not in answer.text
    text = 'regelset "x"\nvoorbeeld "a" plan "/etc/passwd" verwacht voldoet\n'
    assert "root:" not in web.post("/api/lint", json={"plan": STARTER, "ruleset_text": text}).text


def test_rulesets_lists_bundled_and_workspace_rulesets(web, tmp_path):
    (tmp_path / "eigen.rules").write_text('regelset "Eigen regels"\n  breidt uit "national"\n', encoding="utf-8")
    (tmp_path / "buiten.rules").write_text('regelset "Buiten"\n  breidt uit "/etc/passwd"\n', encoding="utf-8")
    entries = web.get("/api/rulesets").json()
    names = [entry["name"] for entry in entries]
    assert "national" in names and "eigen.rules" in names and "buiten.rules" not in names
    assert set(entries[0]) == {"name", "title", "municipality", "version", "source"}


def test_compare_by_name_and_by_text(web):
    answer = web.post("/api/compare", json={"rulesets": ["national", "vng-model", "zwolle"]})
    data = answer.json()
    assert answer.status_code == 200 and len(data["pairs"]) == 2 and "matrix" in data
    texts = ['regelset "A"\nregel R1 "x"\n  inwoners moeten geraadpleegd worden voordat de raad besluit\n',
             'regelset "B"\nregel R1 "x"\n  inwoners moeten geïnformeerd worden voordat de raad besluit\n']
    by_text = web.post("/api/compare", json={"ruleset_texts": texts, "lang": "nl"}).json()
    assert by_text["pairs"][0]["verdict"] == "a-stricter"
    assert web.post("/api/compare", json={"rulesets": ["national"]}).status_code == 400
    assert web.post("/api/compare", json={"rulesets": ["national", "nope"]}).status_code == 404
