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
    from procesregels.plan.starter import starter_plan

    (folder / "dorpsplein.yaml").write_text(starter_plan("nl", "dorpsplein.yaml"), encoding="utf-8")
    return folder


def run(workspace: str | None, host: str, port: int, auth_file: str | None, trust_header: str | None,
        demo: bool, echo) -> None:
    import uvicorn

    from procesregels.web.app import create_app

    access = access_for(host, auth_file, trust_header)
    folder = demo_workspace() if demo else Path(workspace or ".")
    if not folder.is_dir():
        raise ConfigError(text("web.serve.no_folder", "en", {"path": str(folder)}))
    app = create_app(folder, access, demo=demo)
    from procesregels.web.tuning import prepare_process

    prepare_process(folder.resolve())
    shown = f"[{host}]" if ":" in host else host
    echo(text("web.serve.started", "en", {"url": f"http://{shown}:{port}/", "folder": str(folder.resolve())}))
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
