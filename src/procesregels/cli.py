"""The command line: the only module that knows about files, options and exit codes.

Heavy modules are imported inside the commands, so `--help` and `--version` start fast.
Exit codes (docs/spec/CLI.md): 0 no finding of severity error, 1 at least one, 2 input could not be read.
"""

from __future__ import annotations

import functools
import sys

import click

from procesregels import __version__
from procesregels.core import LANGS
from procesregels.errors import ProcesregelsError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def reports_input_errors(command):
    """Turn a ProcesregelsError into its located message on stderr and exit code 2; a `--lang`
    given on the command line sets the language of every message (else each follows its input)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from procesregels.i18n import answering_in

        try:
            with answering_in(_chosen_lang(kwargs.get("lang"))):
                return command(*args, **kwargs)
        except ProcesregelsError as error:
            click.echo(error.render(), err=True)
            sys.exit(EXIT_INPUT)

    return wrapper


def _chosen_lang(lang: str | None) -> str | None:
    """`--lang` when the user gave it, not its default (`init`, `convert` default to a language
    for what they write, which says nothing about the language of their messages)."""
    from click.core import ParameterSource

    context = click.get_current_context(silent=True)
    if lang is None or context is None:
        return None
    source = context.get_parameter_source("lang")
    return lang if source in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT) else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="procesregels")
def cli() -> None:
    """Check planned participation processes against a council's participation rules."""


def main() -> None:
    from procesregels.commands import collector

    collector.one_shot()  # this process runs one command: why, in commands/collector.py
    cli(prog_name="procesregels")


# -- lint -------------------------------------------------------------------------------------

_FORMATS = ("text", "json", "sarif", "markdown", "html", "docx", "github")  # reporters.REPORTERS keys (tested)


@cli.command()
@click.argument("plans", nargs=-1, required=True, metavar="PLAN...")
@click.option("--ruleset", "-r", metavar="R", help="Ruleset file or bundled name  [default: national]")
@click.option("--format", "-f", "fmt", type=click.Choice(_FORMATS), help="Output format  [default: text]")
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


# -- compare ----------------------------------------------------------------------------------

@cli.command()
@click.argument("rulesets", nargs=-1, required=True, metavar="A B [C...]")
@click.option("--format", "-f", "fmt", default="text", show_default=True,
              type=click.Choice(("text", "markdown", "json", "csv", "html")), help="Output format")
@click.option("--lang", type=click.Choice(LANGS), help="Report language  [default: the first ruleset's]")
@click.option("--examples/--no-examples", default=None,
              help="Look for example plans that show each difference, confirmed by the engine  "
                   "[default: yes for fewer than 10 rulesets, not for csv]")
@click.option("--output", "-o", metavar="FILE", help="Write the comparison to FILE instead of stdout.")
@reports_input_errors
def compare(rulesets, fmt, lang, examples, output) -> None:
    """Compare rulesets rule by rule: the first against each other one (exit 0; 2: unreadable input)."""
    from procesregels.commands import compare as compare_run

    if len(rulesets) < 2:
        raise click.UsageError("compare needs at least two rulesets (A B [C...])")
    loaded = compare_run.load_all(rulesets)
    lang = lang or loaded[0].language or "en"
    comparisons = compare_run.run(loaded, examples=compare_run.wants_examples(examples, fmt, len(loaded)), lang=lang)
    result = compare_run.render(loaded, comparisons, fmt, lang)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(result)
        except OSError as error:
            from procesregels.errors import unwritable

            raise unwritable(output, error, lang) from error
    else:
        click.echo(result, nl=False)
    sys.exit(EXIT_OK)


@cli.command()
@click.argument("rulesets", nargs=-1, required=True, metavar="RULESET...")
@click.option("--output", "-o", required=True, metavar="DIR", help="Folder to write the site into.")
@click.option("--lang", type=click.Choice(LANGS), help="Language of the pages  [default: the first ruleset's]")
@reports_input_errors
def publish(rulesets, output, lang) -> None:
    """Write a static website of the rulesets, a page per rule, to put online (exit 0; 2: bad input)."""
    from procesregels.publish.site import run

    click.echo(run(rulesets, output, lang))  # exit 0; an input error exits 2


# -- graph ------------------------------------------------------------------------------------


@cli.command()
@click.argument("plan", metavar="PLAN")
@click.option("--ruleset", "-r", metavar="R", help="Ruleset for vocabulary and influence marks  [default: national]")
@click.option("--format", "-f", "fmt", type=click.Choice(("mermaid", "dot", "svg", "graphml", "json")), default="mermaid",
              show_default=True, help="A picture (mermaid, dot, svg) or the plan as a graph (graphml, json node-link)")
@click.option("--lang", type=click.Choice(LANGS), help="Language of labels  [default: the ruleset's]")
@click.option("--output", "-o", metavar="FILE", help="Write the picture to FILE instead of stdout.")
@reports_input_errors
def graph(plan, ruleset, fmt, lang, output) -> None:
    """Draw PLAN: a lane per actor, steps in order, influence moments marked (or export its graph)."""
    from procesregels.commands import lint as lint_run

    drawing = lint_run.draw_plan(lint_run.plan_files([plan])[0], ruleset, fmt, lang)
    lint_run.write_text(drawing, output)


# -- schema and init (ecosystem: editors and new users) ----------------------------------------


@cli.command()
@click.option("--ruleset", "-r", metavar="R",
              help="Also suggest the roles, kinds, levels and attributes this ruleset declares.")
@click.option("--output", "-o", metavar="FILE", help="Write the schema to FILE instead of stdout.")
@reports_input_errors
def schema(ruleset, output) -> None:
    """Print the JSON Schema of the plan format, for editor completion.

    Save it next to your plans and start a plan with the line
    `# yaml-language-server: $schema=plan.schema.json`.
    """
    from procesregels.plan.schema import render

    vocabulary, numbers = None, None
    if ruleset:
        from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard
        from procesregels.ruleset.attributes import compared_numbers

        resolved = load_ruleset(ruleset)
        vocabulary, numbers = resolved.vocabulary(), compared_numbers(resolved)
    from procesregels.commands.plan_files import write_bytes

    write_bytes(render(vocabulary, numbers).encode("utf-8"), output)


@cli.command()
@click.argument("file", default="plan.yaml", metavar="[FILE]")
@click.option("--lang", type=click.Choice(LANGS), default="nl", show_default=True,
              help="Language of the names and comments in the plan.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option("--format", "fmt", type=click.Choice(("yaml", "xlsx")), default="yaml", show_default=True,
              help="A YAML plan, or a spreadsheet template (drop-down lists, an example row per kind of step).")
@reports_input_errors
def init(file, lang, force, fmt) -> None:
    """Write a commented starter plan that passes the default ruleset ('-' for stdout)."""
    from procesregels.commands.plan_files import write_starter
    from procesregels.i18n import text

    written = write_starter(file, lang, force, fmt)
    if written is not None:
        click.echo(text("init.written", lang, {"path": written}), err=True)


@cli.command()
@click.argument("plan", metavar="PLAN")
@click.option("--to", "to", type=click.Choice(("yaml", "xlsx", "json")), required=True, help="The format to write.")
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, help="Language of the keys written.")
@click.option("--ruleset", "-r", metavar="R", help="Ruleset for vocabulary  [default: national]")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")
@reports_input_errors
def convert(plan, to, lang, ruleset, output) -> None:
    """Write PLAN as YAML, a spreadsheet (xlsx) or JSON; what a spreadsheet cannot hold is refused."""
    from procesregels.commands.plan_files import convert_plan

    convert_plan(plan, to, lang, ruleset, output)


# -- test, rulesets: the bundled rulesets and the examples they carry ---------------------------


@cli.command("test")
@click.argument("rulesets", nargs=-1, required=True, metavar="RULESET...")
@click.option("--lang", type=click.Choice(LANGS), help="Output language  [default: each ruleset's]")
@reports_input_errors
def test_examples(rulesets, lang) -> None:
    """Run each ruleset's example plans against their expected outcome.

    Exit 0: every example as expected; 1: some differ; 2: a ruleset or example plan cannot be read.
    """
    from procesregels.commands import ruleset_examples as ruleset_tests
    from procesregels.i18n import text
    from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard

    loaded = [load_ruleset(name) for name in rulesets]  # an unreadable ruleset stops before any output
    results = []
    for ruleset in loaded:
        said = lang or ruleset.language or "en"
        if not ruleset.examples:
            click.echo(text("rulesettest.no_examples", said, {"ruleset": ruleset_tests.ruleset_name(ruleset)}), err=True)
        for result in ruleset_tests.run_examples(ruleset, said):
            click.echo(ruleset_tests.result_line(result, said))
            if result.error is not None:
                click.echo(result.error.render(), err=True)
            results.append(result)
    click.echo(ruleset_tests.summary_line(results, lang or loaded[0].language or "en"))
    if any(result.error is not None for result in results):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_OK if all(result.passed for result in results) else EXIT_FINDINGS)


@cli.command("rulesets")
@click.option("--format", "-f", "fmt", default="text", show_default=True, type=click.Choice(("text", "json")),
              help="Output format")
@click.option("--lang", default="en", show_default=True, type=click.Choice(LANGS), help="Language of the headings")
@reports_input_errors
def list_rulesets(fmt, lang) -> None:
    """List the bundled rulesets: name, version, municipality, title and source."""
    from procesregels.ruleset import bundled

    entries = bundled.catalogue()
    click.echo(bundled.render_json(entries) if fmt == "json" else bundled.render_text(entries, lang), nl=False)


# -- check, fmt, explain: the ruleset language ------------------------------------------------


@cli.command()
@click.argument("rulesets", nargs=-1, required=True, metavar="RULESET...")
@click.option("--lang", type=click.Choice(LANGS), help="Language of the summary  [default: each ruleset's]")
@click.option("--strict", is_flag=True, help="Exit 1 when a ruleset gets a warning.")
@reports_input_errors
def check(rulesets, lang, strict) -> None:
    """Parse and resolve rulesets (paths or bundled names); one summary line per file, and
    warnings (stderr) about rules that can never apply, hold only vacuously or repeat another.

    Exit 0 when every ruleset reads, 2 when one does not (its error goes to stderr); with
    --strict, 1 when every ruleset reads and one gets a warning.
    """
    from procesregels.commands.check import check_rulesets

    failed, warned = check_rulesets(rulesets, lang, _shown_path, click.echo)
    sys.exit(EXIT_INPUT if failed else EXIT_FINDINGS if strict and warned else EXIT_OK)


def _shown_path(name: str, path: str | None) -> str:
    """A bundled name is shown as its file (resources.display_path); a path as the user gave it."""
    import os

    from procesregels.core.resources import display_path

    if path is None or os.path.exists(name):
        return name
    return display_path(path)


@cli.command(name="fmt")
@click.argument("rulesets", nargs=-1, required=True, metavar="RULESET...")
@click.option("--lang", type=click.Choice(LANGS), help="Write in this language  [default: the file's]")
@click.option("--check", "check_only", is_flag=True, help="Change nothing; exit 1 when a file would change.")
@click.option("--diff", is_flag=True, help="Change nothing; print what would change as a unified diff.")
@reports_input_errors
def fmt_command(rulesets, lang, check_only, diff) -> None:
    """Rewrite rulesets in canonical layout (and language), keeping comments."""
    from procesregels.commands.format_rulesets import format_rulesets

    changed = format_rulesets(rulesets, lang, check_only, diff, click.echo)
    sys.exit(EXIT_FINDINGS if changed and (check_only or diff) else EXIT_OK)


@cli.command()
@click.argument("rule", metavar="RULE")
@click.option("--ruleset", "-r", metavar="R", help="Ruleset file or bundled name  [default: national]")
@click.option("--lang", type=click.Choice(LANGS), help="Language of the labels  [default: the ruleset's]")
@reports_input_errors
def explain(rule, ruleset, lang) -> None:
    """Explain RULE (a rule id of the ruleset, or a template name such as involvement-before)."""
    from procesregels.commands.explain import example_plans_text, explain_rule, explain_template, is_template
    from procesregels.errors import RulesetError
    from procesregels.i18n import text
    from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard

    if ruleset is None and is_template(rule):
        click.echo(explain_template(rule), nl=False)
        return
    loaded = load_ruleset(ruleset or "national")
    found = loaded.rule(rule)
    if found is None:
        if is_template(rule):
            click.echo(explain_template(rule), nl=False)
            return
        args = {"ruleset": ruleset or "national", "id": rule}
        from procesregels.ruleset.loader import suggest_ids

        suggestions = suggest_ids(rule, [r.id for r in loaded.rules])
        said = lang or loaded.language or "en"
        raise RulesetError(text("explain.unknown_rule", said, args), suggestions=suggestions, lang=said)
    language = lang or loaded.language or "en"
    click.echo(explain_rule(found, loaded, language) + example_plans_text(found, loaded, language), nl=False)


# -- serve: the workbench ----------------------------------------------------------------------


@cli.command()
@click.argument("workspace", required=False, metavar="[WORKSPACE]")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--auth", "auth_file", metavar="FILE", help="Users file (scrypt hashes); needed beyond this computer.")
@click.option("--trust-header", metavar="NAME", help="Take the user from this header of a reverse proxy.")
@click.option("--demo", is_flag=True, help="Serve a temporary copy of the bundled examples.")
@click.option("--add-user", metavar="NAME", help="Add a user to the --auth FILE (asks for the password) and stop.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 16),
              help="Server processes (a check uses one core; 2 on a 2-core machine doubles the throughput).")
@reports_input_errors
def serve(workspace, host, port, auth_file, trust_header, demo, add_user, workers) -> None:
    """The workbench: a web application to write and check plans and rulesets in a browser."""
    if add_user:
        from procesregels.web.server import add_user_command

        add_user_command(auth_file, add_user, click.prompt, lambda line: click.echo(line, err=True))
        return
    from procesregels.web.server import run

    run(workspace, host, port, auth_file, trust_header, demo, click.echo, workers)
