"""`procesregels serve`: choose who may connect, prepare the workspace, start uvicorn.

A workbench on this computer only (127.0.0.1, the default) needs no login. Listening on any other
address is refused unless `--auth FILE` (users with scrypt hashes) or `--trust-header NAME` (the
user name set by a reverse proxy's single sign-on) says who is asking.
"""

from __future__ import annotations

import ipaddress
import shutil
import tempfile
from pathlib import Path
from typing import Any

from procesregels.errors import ConfigError
from procesregels.i18n import text


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def access_for(host: str, auth_file: str | None, trust_header: str | None, lang: str = "en"):
    """The access rules for a server on `host`; ConfigError when they would leave it open."""
    from procesregels.web import auth
    from procesregels.web.security import Access

    if auth_file and trust_header:
        raise ConfigError(text("web.serve.auth_or_header", lang))
    if auth_file:
        try:
            users = auth.read_users(Path(auth_file))
        except auth.AuthFileError as error:
            raise ConfigError(text("web.serve.bad_auth_file", lang, {"where": str(error)})) from None
        if not users:
            raise ConfigError(text("web.serve.no_users", lang, {"path": auth_file}))
        return Access(users=users)
    if trust_header:
        return Access(trust_header=trust_header)
    if not is_loopback(host):
        raise ConfigError(text("web.serve.open_host", lang, {"host": host}))
    return Access()


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

        from procesregels.web.security import load_secret
        from procesregels.web.storage import state_folder

        load_secret(state_folder(folder.resolve()))
        os.environ[_SETTINGS_VARIABLE] = json.dumps(settings)
        echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": settings["workspace"]}))
        uvicorn.run("procesregels.web.server:app_from_environment", factory=True, workers=workers, **options)
        return
    app = _prepared_app(settings)
    echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": settings["workspace"]}))
    uvicorn.run(app, **options)


def _prepared_app(settings: dict):
    """The application for the settings of `run`, with the process warmed up (see tuning.py)."""
    from procesregels.web.app import create_app
    from procesregels.web.tuning import prepare_process

    folder = Path(settings["workspace"])
    app = create_app(folder, access_for(settings["host"], settings["auth"], settings["header"]),
                     demo=bool(settings["demo"]))
    prepare_process(folder)
    return app


def app_from_environment():
    """The application of one worker process (uvicorn calls this in each worker it starts)."""
    import json
    import os

    return _prepared_app(json.loads(os.environ[_SETTINGS_VARIABLE]))
