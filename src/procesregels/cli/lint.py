"""`procesregels lint`: its options; what it does is in `commands/lint.py`."""

from __future__ import annotations

import sys

import click

from procesregels.cli import EXIT_FINDINGS, EXIT_OK, reports_input_errors
from procesregels.core import LANGS


FORMATS = ("text", "json", "sarif", "markdown", "html", "docx", "github")  # reporters.REPORTERS keys (tested)


@click.command()
@click.argument("plans", nargs=-1, required=True, metavar="PLAN...")
@click.option("--ruleset", "-r", metavar="R", help="Ruleset file or bundled name  [default: national]")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), help="Output format  [default: text]")
@click.option("--lang", type=click.Choice(LANGS), help="Report language  [default: the ruleset's]")
@click.option("--select", multiple=True, metavar="IDS", help="Only these rules (comma-separated ids).")
@click.option("--ignore", multiple=True, metavar="IDS", help="Skip these rules (comma-separated ids).")
@click.option("--fail-on", type=click.Choice(("error", "warning")),
              help="Lowest severity that makes the exit code 1  [default: error]")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--verbose", "-v", is_flag=True, help="Text: also list every rule with its status.")
@reports_input_errors
def lint(plans, ruleset, fmt, lang, select, ignore, fail_on, output, verbose) -> None:
    """Check plans against a ruleset (exit 0: no errors, 1: errors, 2: unreadable input).

    Settings not given here come from procesregels.toml or [tool.procesregels] in pyproject.toml.
    """
    from procesregels.commands import lint as lint_run

    paths = lint_run.plan_files(plans)
    settings = lint_run.settings_for(paths, dict(
        ruleset=ruleset, format=fmt, lang=lang, select=lint_run.parse_ids(select),
        ignore=lint_run.parse_ids(ignore), fail_on=fail_on, output=output))
    report = lint_run.lint_paths(paths, settings, progress=lint_run.show_progress(len(paths)))
    lint_run.write_report(report, settings, colour=lint_run.wants_colour(settings), verbose=verbose)
    sys.exit(EXIT_FINDINGS if report.fails(settings.fail_on) else EXIT_OK)
