"""The files that make procesregels fit the ecosystem: licence, catalogue entry, pre-commit hooks."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

import yaml

from conftest import ROOT
from procesregels import __version__
from procesregels.cli import cli


def test_licence_is_the_complete_eupl_1_2() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    articles = re.findall(r"^(\d+)\.\s?\S", text, re.M)
    assert articles == [str(n) for n in range(1, 16)], "all fifteen articles, in order"
    assert "Appendix" in text and "Compatible Licences" in text
    assert len(text) > 12000


def test_package_metadata_names_the_licence_and_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "EUPL-1.2"}
    assert project["dynamic"] == ["version"]  # one place: src/procesregels/_version.py
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setuptools["dynamic"]["version"] == {"attr": "procesregels._version.__version__"}
    assert importlib.metadata.version("procesregels") == __version__
    assert project["scripts"] == {"procesregels": "procesregels.__main__:main"}
    assert not any("pm4py" in dependency for dependency in project["dependencies"]), \
        "pm4py (AGPL) may only be an optional extra"


def test_publiccode_has_the_required_keys_of_standard_0_4() -> None:
    code = yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    assert code["publiccodeYmlVersion"] == "0.4"
    for key in ("name", "url", "platforms", "categories", "developmentStatus", "softwareType",
                "description", "legal", "maintenance", "localisation"):
        assert code.get(key), f"publiccode.yml lacks {key}"
    assert code["softwareVersion"] == __version__
    assert code["legal"]["license"] == "EUPL-1.2"
    assert code["developmentStatus"] in ("concept", "development", "beta", "stable", "obsolete")
    assert code["maintenance"]["type"] == "community" and code["maintenance"]["contacts"]
    assert set(code["localisation"]["availableLanguages"]) == {"nl", "en"}
    for lang in ("nl", "en"):
        description = code["description"][lang]
        assert len(description["shortDescription"]) <= 150
        assert 150 <= len(description["longDescription"]) <= 10000
        assert all(len(feature) <= 100 for feature in description["features"])


def test_pre_commit_hooks_run_existing_commands() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"procesregels-lint", "procesregels-check"}
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        program, command = hook["entry"].split()
        assert program == "procesregels" and command in cli.commands
        re.compile(hook["files"])
    assert re.search(by_id["procesregels-lint"]["files"], "plannen/marktplein.plan.yaml")
    assert not re.search(by_id["procesregels-lint"]["files"], ".github/workflows/ci.yaml")
    assert re.search(by_id["procesregels-check"]["files"], "regels/voorbeeldstad.rules")
