"""`procesregels serve`: choose who may connect, prepare the workspace, start uvicorn.

A workbench on this computer only (127.0.0.1, the default) needs no login. Listening on any other
address is refused unless `--auth FILE` (users with scrypt hashes) or `--trust-header NAME` (the
user name set by a reverse proxy's single sign-on) says who is asking.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from procesregels.errors import ConfigError
from procesregels.i18n import text
from procesregels.web.security import access_for, is_loopback

__all__ = ["access_for", "add_user_command", "app_from_environment", "demo_workspace", "is_loopback", "run"]


def demo_workspace() -> Path:
    """A temporary copy of the bundled examples and rulesets, to try the workbench without risk."""
    from procesregels.core.resources import rulesets_dir

    folder = Path(tempfile.mkdtemp(prefix="procesregels-demo-"))
    examples = rulesets_dir() / "examples"
    if examples.is_dir():
        shutil.copytree(examples, folder / "plannen", dirs_exist_ok=True)
        # Each folder of examples was written for the bundled ruleset of its name (plannen/zwolle for
        # zwolle): a configuration beside them checks them against it, as the command line would.
        bundled = {path.stem for path in rulesets_dir().glob("*.rules")}
        for examples_of in sorted((folder / "plannen").iterdir()):
            if examples_of.is_dir() and examples_of.name in bundled:
                (examples_of / "procesregels.toml").write_text(f'ruleset = "{examples_of.name}"\n', encoding="utf-8")
    from procesregels.plan.starter import starter_plan

    (folder / "dorpsplein.yaml").write_text(starter_plan("nl", "dorpsplein.yaml"), encoding="utf-8")
    return folder


def add_user_command(auth_file: str | None, name: str, prompt, echo) -> None:
    """`serve --auth FILE --add-user NAME`: ask for the password twice and add the user's scrypt hash."""
    from procesregels.web.auth import AuthFileError, add_user

    if not auth_file:
        raise ConfigError(text("web.serve.add_user_needs_auth", "en"))
    password = prompt(text("web.serve.password", "en"), hide_input=True, confirmation_prompt=True, err=True)
    try:
        add_user(Path(auth_file), name, password)
    except AuthFileError as error:
        raise ConfigError(text("web.serve.cannot_add_user", "en", {"name": name, "path": auth_file,
                                                                    "reason": str(error)})) from None
    echo(text("web.serve.user_added", "en", {"name": name, "path": auth_file}))


_SETTINGS_VARIABLE = "PROCESREGELS_SERVE"


def run(workspace: str | None, host: str, port: int, auth_file: str | None, trust_header: str | None,
        demo: bool, echo, workers: int = 1) -> None:
    import uvicorn

    access_for(host, auth_file, trust_header)  # refuse an open address before anything starts
    folder = demo_workspace() if demo else Path(workspace or ".")
    if not folder.is_dir():
        raise ConfigError(text("web.serve.no_folder", "en", {"path": str(folder)}))
    settings = {"workspace": str(folder.resolve()), "host": host, "auth": auth_file, "header": trust_header,
                "demo": demo}
    shown = f"[{host}]" if ":" in host else host
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "warning", "server_header": False, "proxy_headers": False}
    if workers > 1:
        # Several processes: the checks are pure Python, so one process uses one core however its
        # requests are scheduled (the GIL); each worker builds the same application from these
        # settings. The CSRF secret is made here first, so that every worker reads the same one.
        import json
        import os

        from procesregels.web import processes
        from procesregels.web.security import load_secret
        from procesregels.web.storage import state_folder

        load_secret(state_folder(folder.resolve()))
        if processes.can_share_port():  # a socket per worker, so that clients are spread over them
            sockets = processes.listening_sockets(host, port, workers)
            echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": settings["workspace"]}))
            processes.run_workers(settings, options, sockets)
            return
        os.environ[_SETTINGS_VARIABLE] = json.dumps(settings)
        echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": settings["workspace"]}))
        uvicorn.run("procesregels.web.server:app_from_environment", factory=True, workers=workers, **options)
        return
    from procesregels.web.processes import prepared_app

    app = prepared_app(settings)
    echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": settings["workspace"]}))
    uvicorn.run(app, **options)


def app_from_environment():
    """The application of one of uvicorn's worker processes (where a port cannot be shared)."""
    import json
    import os

    from procesregels.web.processes import prepared_app, stop_with_parent

    stop_with_parent()
    return prepared_app(json.loads(os.environ[_SETTINGS_VARIABLE]))
