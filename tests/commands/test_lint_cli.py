"""`procesregels lint`: options, formats, output file and exit codes (docs/spec/CLI.md).

The run itself (`lint_run.lint_paths`) is replaced by the hand-built sample report here, so
these tests pin the command's own behaviour; tests/test_lint_cli_engine.py runs the real engine.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from procesregels.commands import lint as lint_run
from procesregels.commands.config import Config
from procesregels.cli import cli
from procesregels.cli.lint import FORMATS
from procesregels.core.record import replace
from procesregels.errors import PlanError
from procesregels.reporters import REPORTERS
from procesregels.span import Span
from reporter_samples import marktplein_report


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("plan: x\n", encoding="utf-8")
    return path


@pytest.fixture
def fake_run(monkeypatch):
    """Replace the engine run by a fixed report; records the settings the command passed."""
    calls = {}

    def lint_paths(paths, settings, progress=False):
        calls.update(paths=paths, settings=settings, progress=progress)
        report = calls.get("report", marktplein_report())
        return replace(report, lang=settings.lang or "en")

    monkeypatch.setattr(lint_run, "lint_paths", lint_paths)
    return calls


def without_errors(report):
    plans = tuple(replace(plan, findings=tuple(
        replace(f, severity="warning") if f.severity == "error" else f for f in plan.findings))
        for plan in report.plans)
    return replace(report, plans=plans)


def run(*args):
    return CliRunner().invoke(cli, ["lint", *map(str, args)])


def test_format_choices_are_the_reporters() -> None:
    assert set(FORMATS) == set(REPORTERS)


def test_errors_give_exit_code_1(plan_file, fake_run) -> None:
    result = run(plan_file)
    assert result.exit_code == 1, result.output
    assert "error R2 Residents co-produce the design [art. 4 lid 3]" in result.output


def test_only_warnings_give_exit_code_0_unless_fail_on_warning(plan_file, fake_run) -> None:
    fake_run["report"] = without_errors(marktplein_report())
    assert run(plan_file).exit_code == 0
    assert run(plan_file, "--fail-on", "warning").exit_code == 1


def test_waived_errors_do_not_fail(plan_file, fake_run) -> None:
    report = marktplein_report()
    only_waived = tuple(f for f in report.plans[0].findings if f.waived)
    fake_run["report"] = replace(
        report, plans=(replace(report.plans[0], findings=only_waived),))
    result = run(plan_file)
    assert result.exit_code == 0, result.output
    assert "(waived)" in result.output


def test_input_error_gives_exit_code_2_and_a_located_message(plan_file, monkeypatch) -> None:
    def broken(paths, settings, progress=False):
        raise PlanError("unknown role 'inwonres'", Span(str(plan_file), 3, 7), suggestions=["inwoners"])

    monkeypatch.setattr(lint_run, "lint_paths", broken)
    result = run(plan_file)
    assert result.exit_code == 2
    assert f"{plan_file}:3:7: error: unknown role 'inwonres'" in result.output
    assert "Traceback" not in result.output


def test_missing_plan_file_gives_exit_code_2(tmp_path, fake_run) -> None:
    result = run(tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert "no such plan file" in result.output
    assert "paths" not in fake_run


@pytest.mark.parametrize("args", [["--format", "pdf"], ["--lang", "de"], ["--fail-on", "info"], []])
def test_bad_options_give_exit_code_2(plan_file, fake_run, args) -> None:
    result = run(*args) if not args else run(plan_file, *args)
    assert result.exit_code == 2


def test_select_and_ignore_are_split_on_commas(plan_file, fake_run) -> None:
    run(plan_file, "--select", "R1,R2", "--select", "R5", "--ignore", " R7 ,")
    settings = fake_run["settings"]
    assert settings.select == ("R1", "R2", "R5")
    assert settings.ignore == ("R7",)


def test_defaults(plan_file, fake_run) -> None:
    run(plan_file)
    settings = fake_run["settings"]
    assert (settings.ruleset, settings.format, settings.lang, settings.fail_on) == ("national", "text", None, "error")
    assert fake_run["progress"] is False  # the test runner's stderr is not a terminal


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_output_file_gets_the_report(plan_file, fake_run, tmp_path, fmt) -> None:
    target = tmp_path / f"report.{fmt}"
    result = run(plan_file, "--format", fmt, "--output", target)
    assert result.exit_code == 1
    assert result.output == ""
    if getattr(REPORTERS[fmt], "BINARY", False):
        from reporter_samples import document_text

        written = document_text(target.read_bytes())
    else:
        written = target.read_text(encoding="utf-8")
    assert "R2" in written
    assert "\x1b[" not in written


def test_json_output_is_the_cli_md_object(plan_file, fake_run) -> None:
    result = run(plan_file, "--format", "json", "--lang", "nl")
    data = json.loads(result.output)
    assert data["version"] == 2 and data["plans"][0]["path"] == "plans/marktplein.yaml"


def test_unwritable_output_gives_exit_code_2(plan_file, fake_run, tmp_path) -> None:
    result = run(plan_file, "--output", tmp_path / "no-such-dir" / "out.txt")
    assert result.exit_code == 2
    assert "cannot write" in result.output


def test_configuration_file_is_used_and_the_command_line_wins(plan_file, fake_run) -> None:
    (plan_file.parent / "procesregels.toml").write_text('format = "json"\nlang = "nl"\nfail-on = "warning"\n')
    run(plan_file)
    assert (fake_run["settings"].format, fake_run["settings"].lang, fake_run["settings"].fail_on) == ("json", "nl", "warning")
    run(plan_file, "--format", "markdown", "--lang", "en")
    assert (fake_run["settings"].format, fake_run["settings"].lang) == ("markdown", "en")


def test_progress_only_for_many_plans_on_a_terminal() -> None:
    class Terminal:
        def __init__(self, tty):
            self.tty = tty

        def isatty(self):
            return self.tty

    assert lint_run.show_progress(50, Terminal(True))
    assert not lint_run.show_progress(50, Terminal(False))
    assert not lint_run.show_progress(2, Terminal(True))


def test_colour_only_for_text_on_a_terminal(monkeypatch) -> None:
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert lint_run.wants_colour(Config(), Terminal())
    assert not lint_run.wants_colour(Config(format="json"), Terminal())
    assert not lint_run.wants_colour(Config(output="x.txt"), Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not lint_run.wants_colour(Config(), Terminal())


def test_parse_ids() -> None:
    assert lint_run.parse_ids(["R1, R2", "R2", ""]) == ("R1", "R2")


def test_unknown_format_in_the_configuration_gives_exit_code_2(plan_file, fake_run) -> None:
    (plan_file.parent / "procesregels.toml").write_text('format = "pdf"\n')
    result = run(plan_file)
    assert result.exit_code == 2
    assert "'pdf'" in result.output and "Traceback" not in result.output


def test_a_folder_stands_for_its_plan_files(tmp_path, fake_run) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.yaml", "a.yml", "sub/c.json", "notes.txt"):
        (tmp_path / name).write_text("plan: x\n")
    run(tmp_path)
    assert fake_run["paths"] == [str(tmp_path / "a.yml"), str(tmp_path / "b.yaml"), str(tmp_path / "sub" / "c.json")]
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(empty)
    assert result.exit_code == 2 and "no plan files" in result.output


def test_stdout_gets_utf8_whatever_the_console_code_page(monkeypatch) -> None:
    import io

    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1252")
    monkeypatch.setattr("sys.stdout", console)
    lint_run.write_text("Online enquête ✓\n", None)
    assert raw.getvalue() == "Online enquête ✓\n".encode("utf-8")
