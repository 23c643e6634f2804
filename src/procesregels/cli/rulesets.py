"""The commands about rulesets: `compare`, `publish`, `test`, `rulesets`, `check`, `fmt`, `explain`."""

from __future__ import annotations

import sys

import click

from procesregels.cli import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, reports_input_errors
from procesregels.core import LANGS


@click.command()
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


@click.command()
@click.argument("rulesets", nargs=-1, required=True, metavar="RULESET...")
@click.option("--output", "-o", required=True, metavar="DIR", help="Folder to write the site into.")
@click.option("--lang", type=click.Choice(LANGS), help="Language of the pages  [default: the first ruleset's]")
@reports_input_errors
def publish(rulesets, output, lang) -> None:
    """Write a static website of the rulesets, a page per rule, to put online (exit 0; 2: bad input)."""
    from procesregels.publish.site import run

    click.echo(run(rulesets, output, lang))  # exit 0; an input error exits 2


@click.command("test")
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


@click.command("rulesets")
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


@click.command()
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


@click.command(name="fmt")
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


@click.command()
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
