"""The basics every command shares: --version, --help, `python -m`, a light start-up, and the
README's promises (its two opening commands, the CI script running exactly the second one)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from click.testing import CliRunner

from conftest import ROOT
from procesregels import __version__
from procesregels.cli import cli

# Modules that --help and --version must not pay for (start-up time is benchmarked).
HEAVY = ("lark", "pydantic", "networkx", "yaml", "jinja2")
COMMANDS = ("check", "compare", "explain", "fmt", "graph", "init", "lint", "rulesets", "schema",
            "test")


def readme_commands() -> list[str]:
    """The shell commands of the README's first code block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert block, "README.md has no code block"
    return [line.strip() for line in block[1].splitlines() if line.strip()
            and not line.lstrip().startswith("#")]


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"procesregels, version {__version__}"


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = set(re.findall(r"^  (\w+)\s", result.output, re.M))
    assert set(COMMANDS) <= listed, f"missing from --help: {sorted(set(COMMANDS) - listed)}"


def test_python_dash_m_works() -> None:
    result = subprocess.run([sys.executable, "-m", "procesregels", "--version"],
                            capture_output=True, text=True, cwd=ROOT, env=_env())
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_help_and_version_import_no_heavy_module() -> None:
    probe = (  # through `main`, which imports a command's work before click runs it
        "import sys\n"
        "from procesregels.cli import main\n"
        "for args in (['--help'], ['--version'], ['lint', '--help'], ['lint', 'plan.yaml', '-h'], []):\n"
        "    sys.argv = ['procesregels', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert last_line_of(probe) == "[]"


def test_the_work_of_a_command_is_imported_before_click_runs_it() -> None:
    """`import_work` imports what `lint` runs (the libraries with it) when lint is the command, and
    nothing for another command or a help option."""
    probe = (
        "import sys\n"
        "from procesregels.cli import WORK, import_work\n"
        "seen = []\n"
        "for args in (['check', 'r.rules'], ['lint', '--help'], ['plan.yaml', 'lint'], ['lint', 'plan.yaml']):\n"
        "    import_work(args)\n"
        "    seen.append(WORK['lint'] in sys.modules and 'pydantic' in sys.modules)\n"
        "print(seen)\n"
    )
    assert last_line_of(probe) == "[False, False, False, True]"


def test_every_work_module_belongs_to_a_command() -> None:
    import importlib

    from procesregels import cli as package

    assert set(package.WORK) <= set(package.COMMANDS)
    for module in package.WORK.values():
        importlib.import_module(module)


def test_every_command_of_the_cli_modules_is_in_the_table() -> None:
    """`cli.COMMANDS` says where each command is built: a command written in one of the package's
    modules but missing from the table would never be found."""
    import importlib

    import click

    from procesregels import cli as package

    written = {}
    for module in {module for module, _ in package.COMMANDS.values()}:
        for attribute, value in vars(importlib.import_module(f"procesregels.cli.{module}")).items():
            if isinstance(value, click.Command):
                written[value.name] = (module, attribute)
    assert written == package.COMMANDS


def test_a_command_builds_only_itself() -> None:
    probe = (
        "import sys\n"
        "from procesregels.cli import cli\n"
        "try:\n"
        "    cli(['lint', '--help'], prog_name='procesregels')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('procesregels.cli.')))\n"
    )
    assert last_line_of(probe) == "['procesregels.cli.lint']"


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["lnit"])
    assert result.exit_code == 2
    assert "lint" in result.output  # click suggests the nearest command


def test_readme_opens_with_the_two_commands() -> None:
    install_and_lint, install_and_test = readme_commands()
    assert install_and_lint.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    assert re.search(r"\.venv/bin/procesregels lint examples/\S+\.ya?ml$", install_and_lint)
    plan = install_and_lint.rsplit(" ", 1)[1]
    assert (ROOT / plan).is_file(), f"the README lints {plan}, which does not exist"
    assert install_and_test.startswith("python3 -m venv .venv && .venv/bin/pip install '.[test]'")
    assert install_and_test.endswith(".venv/bin/python -m pytest")
    # the linter and the type checker run before the tests, on what pyproject.toml configures
    assert " && .venv/bin/python -m ruff check src tests bench && " in install_and_test
    assert " && .venv/bin/python -m mypy src && " in install_and_test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, install_and_test = readme_commands()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in script.splitlines()
    assert script.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in script


def test_readme_plan_passes_the_default_ruleset() -> None:
    install_and_lint, _ = readme_commands()
    plan = install_and_lint.rsplit(" ", 1)[1]
    result = CliRunner().invoke(cli, ["lint", str(ROOT / plan), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [p["summary"]["error"] for p in report["plans"]] == [0]


def last_line_of(probe: str) -> str:
    """The last line a fresh interpreter prints running the Python code `probe` (it must succeed)."""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=_env())
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def readme_block_after(heading: str) -> str:
    """The first fenced block under a `## heading` of the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1]
    return re.search(r"```[a-z]*\n(.*?)```", section, re.S)[1]


def test_readme_example_files_are_the_ones_shown() -> None:
    folder = ROOT / "docs" / "voorbeeld"
    assert readme_block_after("A ruleset") == (folder / "voorbeeldstad.rules").read_text(encoding="utf-8")
    assert readme_block_after("A plan") == (folder / "marktplein.yaml").read_text(encoding="utf-8")


def test_readme_output_is_what_lint_prints(monkeypatch) -> None:
    shown = readme_block_after("The output").splitlines()
    command, expected = shown[0], "\n".join(shown[1:]) + "\n"
    assert command.startswith("$ procesregels lint ")
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, command.split()[2:])
    assert result.exit_code == 1
    assert result.output == expected


def test_readme_sample_schema_is_current() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    saved = (ROOT / "docs" / "voorbeeld" / "plan.schema.json").read_text(encoding="utf-8")
    assert result.output == saved, "run: procesregels schema -o docs/voorbeeld/plan.schema.json"


def test_readme_configuration_example_is_a_valid_configuration(tmp_path) -> None:
    from procesregels.commands.config import find_config

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", text, re.S)[1]
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    config = find_config(tmp_path)
    assert config is not None
    assert config.ruleset == str(tmp_path.resolve() / "regels" / "voorbeeldstad.rules")
    assert (config.lang, config.format, config.fail_on) == ("nl", "text", "error")
