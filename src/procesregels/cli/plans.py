"""The commands about one plan: `graph`, `schema`, `init`, `convert`."""

from __future__ import annotations

import click

from procesregels.cli import reports_input_errors
from procesregels.core import LANGS


@click.command()
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


@click.command()
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


@click.command()
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


@click.command()
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
