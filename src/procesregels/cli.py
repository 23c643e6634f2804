"""The command line: the only module that knows about files, options and exit codes.

Heavy modules are imported inside the commands, so `--help` and `--version` start fast.
Exit codes (CLI.md): 0 no finding of severity error, 1 at least one, 2 input could not be read.
"""

from __future__ import annotations

import functools
import sys

import click

from . import __version__
from .errors import ProcesregelsError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def reports_input_errors(command):
    """Turn a ProcesregelsError into its located message on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ProcesregelsError as error:
            click.echo(error.render(), err=True)
            sys.exit(EXIT_INPUT)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="procesregels")
def cli() -> None:
    """Check planned participation processes against a council's participation rules."""


def main() -> None:
    cli(prog_name="procesregels")
