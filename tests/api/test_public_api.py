"""The public API: every name of `procesregels.__all__` imports in a fresh interpreter, the
import stays light, and the README's "Use from Python" example runs."""

from __future__ import annotations

import re
import subprocess
import sys

import procesregels
from conftest import ROOT

REQUIRED = {"lint_plan", "load_plan", "load_ruleset", "parse_ruleset", "compare_rulesets", "__version__",
            "lint", "compare"}


def _fresh(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_all_names_the_promised_functions() -> None:
    assert REQUIRED <= set(procesregels.__all__)


def test_star_import_and_every_name_in_a_fresh_interpreter() -> None:
    code = (
        "from procesregels import *\n"
        "import procesregels\n"
        "missing = [n for n in procesregels.__all__ if n not in globals()]\n"
        "assert not missing, missing\n"
        "for name in procesregels.__all__:\n"
        "    exec(f'from procesregels import {name}')\n"
        "    assert name == '__version__' or callable(getattr(procesregels, name)), name\n"
        "print('ok')\n"
    )
    result = _fresh(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_each_name_alone_in_a_fresh_interpreter() -> None:
    for name in procesregels.__all__:
        result = _fresh(f"from procesregels import {name}")
        assert result.returncode == 0, (name, result.stderr)


def test_aliases_are_the_same_functions() -> None:
    assert procesregels.compare is procesregels.compare_rulesets
    from procesregels.engine.run import lint, lint_plan

    assert (procesregels.lint, procesregels.lint_plan) == (lint, lint_plan)


def test_import_is_light() -> None:
    code = (
        "import sys, procesregels\n"
        "heavy = sorted(m for m in ('lark', 'pydantic', 'yaml', 'jinja2', 'networkx', 'click',\n"
        "               'procesregels.engine', 'procesregels.ruleset') if m in sys.modules)\n"
        "print(heavy)\n"
    )
    result = _fresh(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


def test_unknown_name_is_an_attribute_error() -> None:
    result = _fresh("import procesregels\ntry:\n    procesregels.nothing\nexcept AttributeError:\n    print('ok')\n")
    assert result.stdout == "ok\n", result.stderr


def test_the_readme_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 1
    result = _fresh(blocks[0])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith(("error ", "warning ", "info ")) for line in lines), result.stdout
    assert lines[-1] in ("same", "a-stricter", "b-stricter", "only-a", "only-b", "incomparable")


def test_the_cli_module_is_light_for_version_and_help() -> None:
    code = (
        "import sys, procesregels.cli\n"
        "own = sorted(m for m in sys.modules if m.startswith('procesregels'))\n"
        "heavy = sorted(m for m in ('pydantic', 'lark', 'yaml', 'jinja2', 'networkx', 'docx', 'starlette')\n"
        "               if m in sys.modules)\n"
        "print(own, heavy)\n"
    )
    result = _fresh(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "['procesregels', 'procesregels._version', 'procesregels.cli'] []\n"
