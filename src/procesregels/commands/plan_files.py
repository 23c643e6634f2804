"""What `init --format xlsx` and `convert` do between reading their options and writing bytes."""

from __future__ import annotations

import sys
from pathlib import Path

from procesregels.errors import ConfigError, unwritable


def write_bytes(content: bytes, output: str | None) -> None:
    """`content` to a file, or to stdout when `output` is None or '-'."""
    if not output or output == "-":
        # the binary layer of stdout (click.get_binary_stream is deprecated since click 8.5)
        sys.stdout.buffer.write(content)
        return
    try:
        with open(output, "wb") as out:
            out.write(content)
    except OSError as error:
        raise unwritable(output, error) from None


def write_starter(file: str, lang: str, force: bool, fmt: str = "yaml") -> str | None:
    """Write the starter plan (YAML) or the spreadsheet template (xlsx; `plan.xlsx` for the default
    name); the file written, None for stdout ('-')."""
    from procesregels.i18n import text

    if fmt == "xlsx" and file == "plan.yaml":
        file = "plan.xlsx"
    if file != "-" and Path(file).exists() and not force:
        raise ConfigError(text("init.exists", lang, {"path": file}))
    if fmt == "xlsx":
        from procesregels.plan.convert import template_bytes

        write_bytes(template_bytes(lang), file)
    else:
        from procesregels.plan.starter import starter_plan

        write_bytes(starter_plan(lang, Path(file).name if file != "-" else "plan.yaml").encode("utf-8"), file)
    return None if file == "-" else file


def convert_plan(plan: str, to: str, lang: str, ruleset: str | None, output: str | None) -> None:
    """Write PLAN in format `to` (the ruleset gives the vocabulary its names are checked with)."""
    from procesregels.commands import lint as lint_run
    from procesregels.plan.convert import convert
    from procesregels.ruleset.loader import load_ruleset

    path = lint_run.plan_files([plan])[0]
    settings = lint_run.settings_for([path], {"ruleset": ruleset})
    vocabulary = load_ruleset(settings.ruleset).vocabulary()
    write_bytes(convert(path, to, lang, vocabulary), output)
