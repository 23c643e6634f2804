"""The workbench as an ASGI application: routes, static files, the guard, and error pages.

Every route calls the same functions as the command line (see checking.py); this module only
wires them to URLs. Files are named by their path in the workspace (`/plan/plans/markt.yaml`),
checked by paths.py before anything is read or written.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from procesregels.web import (
    pages,
    routes_api,
    routes_edit,
    routes_history,
    routes_plans,
    routes_rulesets,
    security,
)
from procesregels.web.paths import BadPath

STATIC = Path(__file__).resolve().parent / "static"
STATIC_FILES = {"app.css": "text/css", "app.js": "text/javascript"}


async def static(request: Request) -> Response:
    """The workbench's own CSS and script, and the picture's CSS (shared with the HTML report)."""
    name = request.path_params["file"]
    if name == "picture.css":
        from procesregels.picture.render import TEMPLATES

        return FileResponse(TEMPLATES / "picture.css", media_type="text/css")
    if name not in STATIC_FILES:
        return Response("Not found", status_code=404, media_type="text/plain")
    return FileResponse(STATIC / name, media_type=STATIC_FILES[name])


async def switch_language(request: Request) -> Response:
    """`/lang?to=en&next=/plan/x.yaml`: remember the language in a cookie and go back."""
    lang = request.query_params.get("to", "nl")
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    response = pages.redirect(target)
    if lang in pages.LANGS:
        response.set_cookie(security.LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="strict")
    return response


async def not_found(request: Request, exc: Exception) -> Response:
    return pages.message(request, "web.error.page_not_found", status=404, name=request.url.path)


async def bad_path(request: Request, exc: Exception) -> Response:
    return pages.message(request, "web.error.bad_name", status=404, name=str(exc))


async def too_large(request: Request, exc: Exception) -> Response:
    return pages.message(request, "web.error.too_large", status=413)


async def server_error(request: Request, exc: Exception) -> Response:
    """An unexpected error: a page in plain words (the traceback goes to the server's log only)."""
    return pages.message(request, "web.error.server", status=500)


def routes() -> list[Route]:
    name = "{name:path}"
    return [
        Route("/", routes_plans.overview),
        Route("/new", routes_plans.new_plan, methods=["POST"]),
        Route("/upload", routes_plans.upload, methods=["POST"]),
        Route(f"/plan/{name}", routes_plans.plan_page),
        Route("/download/{fmt}/" + name, routes_plans.download),
        Route(f"/edit/{name}", routes_edit.edit_page),
        Route(f"/edit/{name}", routes_edit.edit_submit, methods=["POST"]),
        Route(f"/text/{name}", routes_edit.text_page),
        Route(f"/text/{name}", routes_edit.text_submit, methods=["POST"]),
        Route(f"/check/form/{name}", routes_edit.check_form, methods=["POST"]),
        Route(f"/check/text/{name}", routes_edit.check_text, methods=["POST"]),
        Route(f"/history/{name}", routes_history.history_page),
        Route(f"/restore/{name}", routes_history.restore, methods=["POST"]),
        Route("/rulesets", routes_rulesets.rulesets_page),
        Route("/rulesets/new", routes_rulesets.new_ruleset, methods=["POST"]),
        Route(f"/ruleset/{name}", routes_rulesets.ruleset_page),
        Route(f"/ruleset-edit/{name}", routes_rulesets.editor_page),
        Route(f"/ruleset-edit/{name}", routes_rulesets.editor_submit, methods=["POST"]),
        Route(f"/check/ruleset/{name}", routes_rulesets.check_ruleset, methods=["POST"]),
        Route("/compare", routes_rulesets.compare_page),
        Route("/api/lint", routes_api.api_lint, methods=["POST"]),
        Route("/api/rulesets", routes_api.api_rulesets),
        Route("/api/compare", routes_api.api_compare, methods=["POST"]),
        Route("/lang", switch_language),
        Route("/static/{file}", static),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]


def create_app(workspace: Path, access: security.Access | None = None, *, demo: bool = False):
    """The workbench for `workspace`; wrapped in the guard (see security.py)."""
    from procesregels.web.storage import state_folder

    workspace = Path(workspace).resolve()
    secret = security.load_secret(state_folder(workspace))
    access = access or security.Access()
    app = Starlette(routes=routes(), exception_handlers={
        404: not_found, BadPath: bad_path, security.BodyTooLarge: too_large, Exception: server_error})
    app.state.settings = pages.Settings(workspace=workspace, secret=secret, access=access, demo=demo)
    return security.Guard(app, access)  # type: ignore[arg-type]  # outermost: its headers are on every answer, error pages too
