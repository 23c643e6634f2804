"""The JSON API for a municipality's own systems (docs/workbench-api.md).

- `POST /api/lint`: a plan (JSON `{"plan": text, "name": "plan.yaml"}` or a multipart `file`) and a
  ruleset (`ruleset`: a name from `GET /api/rulesets`, or `ruleset_text`) -> the JSON report of
  docs/spec/CLI.md. A plan that cannot be read -> 422 with the located errors.
- `GET /api/rulesets`: the rulesets the workbench knows: `[{name, title, municipality, version, source}]`.
- `POST /api/compare`: `{"rulesets": [names]}` or `{"ruleset_texts": [texts]}` -> the compare JSON of docs/spec/CLI.md.

Nothing here writes, so no CSRF token is asked; the access rules (loopback, `--auth`,
`--trust-header`) apply as to every page.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from procesregels.errors import ProcesregelsError
from procesregels.web import checking, pages, storage
from procesregels.web.paths import PLAN_SUFFIXES, RULESET_SUFFIXES, workspace_files
from procesregels.web.views import error_view


def _problem(status: int, message: str, errors: list | None = None) -> Response:
    return JSONResponse({"error": message, "errors": errors or []}, status_code=status)


async def _request_data(request: Request) -> dict[str, Any]:
    """The body as a dict: JSON, or a form whose `file` is the plan. ValueError when unreadable."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        body = await request.body()
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        return data
    form = await pages.read_form(request)
    fields: dict[str, Any] = {key: value for key, value in form.items() if isinstance(value, str)}
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str):
        fields["plan"] = storage.decode(await upload.read(storage.MAX_BYTES + 1))
        fields.setdefault("name", upload.filename or "plan.yaml")
    return fields


async def api_lint(request: Request) -> Response:
    try:
        data = await _request_data(request)
    except (ValueError, UnicodeDecodeError, pages.FormProblem, storage.NotText, storage.TooLarge) as error:
        return _problem(400, getattr(error, "key", None) or "the request body is not a JSON object or a form")
    plan_text, name = data.get("plan"), str(data.get("name") or "plan.yaml")
    if not isinstance(plan_text, str):
        return _problem(400, "'plan' (the plan's text) is required")
    if not name.lower().endswith(PLAN_SUFFIXES) or "/" in name or "\\" in name:
        return _problem(400, "'name' must be a plain file name ending in .yaml, .yml, .json or .bpmn")
    lang = data.get("lang") if data.get("lang") in pages.LANGS else None
    workspace = pages.settings(request).workspace
    ruleset_text = data.get("ruleset_text")
    if isinstance(ruleset_text, str):
        try:
            ruleset = checking.load_text(ruleset_text, lang or "en")
        except ProcesregelsError as error:
            return _problem(422, "the ruleset cannot be read", error_view(error, ruleset_text))
        checked = checking.check_with(ruleset, plan_text, name, lang or ruleset.language or "en", lint_lang=lang)
        if checked.error is not None:
            return _problem(422, "the plan cannot be read", error_view(checked.error, plan_text))
        return Response(checking.rendered(checked, "json"), media_type="application/json")
    ruleset_name = str(data.get("ruleset") or checking.default_ruleset(workspace))
    try:
        checked = checking.check_text(workspace, plan_text, name, ruleset_name, lang)
    except checking.UnknownRuleset:
        return _problem(404, f"unknown ruleset '{ruleset_name}'; GET /api/rulesets lists them")
    except ProcesregelsError as error:
        return _problem(422, "the ruleset cannot be read", error_view(error))
    if checked.error is not None:
        return _problem(422, "the plan cannot be read", error_view(checked.error, plan_text))
    return Response(checking.rendered(checked, "json"), media_type="application/json")


async def api_rulesets(request: Request) -> Response:
    from procesregels.ruleset import bundled

    entries = [{key: entry[key] for key in ("name", "title", "municipality", "version", "source")}
               for entry in bundled.catalogue()]
    workspace = pages.settings(request).workspace
    for name in workspace_files(workspace, RULESET_SUFFIXES):
        try:
            ruleset = checking.load(workspace, name)
        except (ProcesregelsError, checking.UnknownRuleset):
            continue
        entries.append({"name": name, "title": ruleset.title, "municipality": ruleset.municipality,
                        "version": ruleset.version, "source": ruleset.source})
    return JSONResponse(entries)


async def api_compare(request: Request) -> Response:
    from procesregels.web.comparing import compare_data, compare_text

    try:
        data = await _request_data(request)
    except (ValueError, UnicodeDecodeError, pages.FormProblem, storage.NotText, storage.TooLarge):
        return _problem(400, "the request body is not a JSON object")
    lang = str(data["lang"]) if data.get("lang") in pages.LANGS else "en"
    names, texts = data.get("rulesets"), data.get("ruleset_texts")
    try:
        if isinstance(texts, list) and len(texts) >= 2 and all(isinstance(t, str) for t in texts):
            return JSONResponse(compare_text(texts[:12], lang))
        if isinstance(names, list) and len(names) >= 2 and all(isinstance(n, str) for n in names):
            return JSONResponse(compare_data(pages.settings(request).workspace, names[:12], lang))
    except checking.UnknownRuleset as unknown:
        return _problem(404, f"unknown ruleset '{unknown}'")
    except ProcesregelsError as error:
        return _problem(422, "a ruleset cannot be read", error_view(error))
    return _problem(400, "give 'rulesets' (two or more names) or 'ruleset_texts' (two or more texts)")
