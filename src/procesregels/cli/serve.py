"""`procesregels serve`: the workbench (`web/`)."""

from __future__ import annotations

import click

from procesregels.cli import reports_input_errors


@click.command()
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
