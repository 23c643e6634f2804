"""The command line: the only package that knows about files, options and exit codes.

Each command is built when it is run: click builds a command's options when the decorators run,
so every command lives in a module of this package (`lint.py`, `plans.py`, `rulesets.py`,
`serve.py`) that is imported only when that command is looked up. `procesregels lint` builds
`lint` alone; `--help` lists every command, so it builds them all (none imports more than click
and the language list: heavy modules are imported inside the commands); `--version` builds none.
Exit codes (docs/spec/CLI.md): 0 no finding of severity error, 1 at least one, 2 input could not be read.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Iterator, MutableMapping

import click

from procesregels import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

#: Command name -> (module of this package, the command's name in it).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("rulesets", "check"),
    "compare": ("rulesets", "compare"),
    "convert": ("plans", "convert"),
    "explain": ("rulesets", "explain"),
    "fmt": ("rulesets", "fmt_command"),
    "graph": ("plans", "graph"),
    "init": ("plans", "init"),
    "lint": ("lint", "lint"),
    "publish": ("rulesets", "publish"),
    "rulesets": ("rulesets", "list_rulesets"),
    "schema": ("plans", "schema"),
    "serve": ("serve", "serve"),
    "test": ("rulesets", "test_examples"),
}


#: Command name -> the module that does its work, which `main` imports before click reads the
#: command line (the command imports it again when it runs, then from sys.modules).
WORK = {"lint": "procesregels.commands.lint"}
#: The options that show a command's help, which needs none of its work.
HELP = ("-h", "--help")


class _Commands(MutableMapping[str, click.Command]):
    """The group's commands by name, each imported on its first look-up. click reads a group's
    commands through this mapping only (`get`, the sorted names for `--help`, and the names alone
    for the "did you mean" of a misspelt command), so no command is built before it is needed."""

    def __init__(self, places: dict[str, tuple[str, str]]) -> None:
        self._places = dict(places)
        self._built: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            module, attribute = self._places[name]  # KeyError: no such command
            self._built[name] = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
        return self._built[name]

    def __setitem__(self, name: str, command: click.Command) -> None:  # `cli.add_command`
        self._places[name] = ("", name)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._places[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)


def reports_input_errors(command):
    """Turn a ProcesregelsError into its located message on stderr and exit code 2; a `--lang`
    given on the command line sets the language of every message (else each follows its input)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from procesregels.errors import ProcesregelsError  # here: `--help` and `--version` need no errors
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


@click.group(context_settings={"help_option_names": list(HELP)}, commands=_Commands(COMMANDS))
@click.version_option(__version__, "-V", "--version", prog_name="procesregels")
def cli() -> None:
    """Check planned participation processes against a council's participation rules."""


def main() -> None:
    from procesregels.commands import collector

    collector.one_shot()  # this process runs one command: why, in commands/collector.py
    import_work(sys.argv[1:])
    cli(prog_name="procesregels")


def import_work(arguments: list[str]) -> None:
    """Import the work of the command named first in `arguments`, here at the top of the call stack.

    Imported where the command runs, under click and the import machinery, pydantic's schema
    module was read 88 frames deep. CPython (3.11) keeps frames in 16 KB chunks and gives a chunk
    back to the system as soon as the frame at its start returns: at that depth, defining the
    module's 85 classes crossed the edge of a chunk again and again, and each crossing mapped and
    unmapped a fresh one (a `lint` of a typical plan: 524 unmaps and their page faults, about 3%
    of its CPU time). Imported from here it is read 57 frames deep, and the run unmaps 14 times,
    as a program that imports the libraries itself does. The group has no options of its own, so
    the command is the first argument; anything else, or a help option, imports nothing.
    """
    if arguments and arguments[0] in WORK and not set(arguments) & set(HELP):
        importlib.import_module(WORK[arguments[0]])
