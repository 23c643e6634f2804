"""The overview of the workspace's plans, a new plan from the starter, uploads, the plan page, downloads."""

from __future__ import annotations

import datetime as dt
import re

from starlette.requests import Request
from starlette.responses import Response

from procesregels.errors import ProcesregelsError
from procesregels.web import checking, pages, storage
from procesregels.web.paths import (
    PLAN_SUFFIXES,
    BadPath,
    check_name,
    resolve,
    workspace_files,
)
from procesregels.web.views import plan_view, status_words

#: The overview checks this many plans; a folder with more lists the rest without a status.
OVERVIEW_CHECKED = 200
DOWNLOAD_TYPES = {"json": ("application/json", "json"), "sarif": ("application/sarif+json", "sarif"),
                  "markdown": ("text/markdown; charset=utf-8", "md"), "html": ("text/html; charset=utf-8", "html"),
                  "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")}


def ruleset_choice(request: Request, name: str | None = None, chosen: str | None = None) -> str:
    """The ruleset asked for (form field or `?ruleset=`), when it exists; else the workspace's default."""
    chosen = chosen or request.query_params.get("ruleset", "")
    workspace = pages.settings(request).workspace
    if chosen:
        try:
            checking.ruleset_path(workspace, chosen)
            return chosen
        except checking.UnknownRuleset:
            pass
    return checking.default_ruleset(workspace, name)


def ruleset_names(request: Request) -> list[str]:
    from procesregels.web.paths import RULESET_SUFFIXES

    workspace = pages.settings(request).workspace
    return checking.bundled_names() + workspace_files(workspace, RULESET_SUFFIXES)


async def overview(request: Request) -> Response:
    workspace = pages.settings(request).workspace
    lang = pages.lang_of(request)
    rows = []
    for number, name in enumerate(workspace_files(workspace, PLAN_SUFFIXES)):
        path = resolve(workspace, name)
        changed = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        row = {"name": name, "title": name, "status": "", "changed": changed, "ruleset": "", "failed": False}
        if number < OVERVIEW_CHECKED:
            try:
                ruleset = checking.default_ruleset(workspace, name)
                row["ruleset"] = ruleset
                checked = checking.check_text(workspace, storage.read(workspace, name).text, name, ruleset, lang)
            except (OSError, ValueError, checking.ProcesregelsError):
                checked = None
            if checked is not None and checked.report is not None:
                report = checked.plan_report
                row.update(title=report.title, status=status_words(report.summary(), lang), failed=report.failed)
            elif checked is not None:
                row.update(status=pages.text("web.status.unreadable", lang), failed=True)
        rows.append(row)
    return pages.page(request, "overview.html.j2", plans=rows)


def _new_name(raw: str) -> str:
    """A file name as typed (`Marktplein`) made into a plan file name (`marktplein.yaml`)."""
    name = raw.strip().replace("\\", "/")
    if not name.lower().endswith(PLAN_SUFFIXES):
        name = re.sub(r"\s+", "-", name) + ".yaml"
    return check_name(name)


async def new_plan(request: Request) -> Response:
    from procesregels.plan.starter import starter_plan

    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return pages.message(request, problem.key)
    settings = pages.settings(request)
    try:
        name = _new_name(pages.field(form, "name"))
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=pages.field(form, "name"))
    lang = pages.field(form, "starter_lang") if pages.field(form, "starter_lang") in pages.LANGS else "nl"
    text = starter_plan(lang, name.rsplit("/", 1)[-1])
    if name.lower().endswith(".json"):
        from procesregels.web import planform

        text = planform.to_text(planform.parse_text(text, "plan.yaml") or {}, name)
    try:
        storage.save(settings.workspace, name, text, storage.NEW, pages.user(request))
    except storage.Conflict:
        return pages.message(request, "web.error.exists", status=409, name=name)
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=name)
    return pages.redirect(f"/edit/{pages.url_path(name)}")


async def upload(request: Request) -> Response:
    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return pages.message(request, problem.key, status=413 if problem.key == "web.error.too_large" else 400)
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not upload.filename:
        return pages.message(request, "web.error.no_file")
    data = await upload.read(storage.MAX_BYTES + 1)
    if upload.filename.lower().endswith(".xlsx"):
        return _add_workbook(request, pages.field(form, "name"), upload.filename, data)
    try:
        text = storage.decode(data)
    except storage.TooLarge:
        return pages.message(request, "web.error.too_large", status=413)
    except storage.NotText:
        return pages.message(request, "web.error.not_text")
    try:
        name = _new_name(pages.field(form, "name") or upload.filename.rsplit("/", 1)[-1])
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=upload.filename)
    return _save_new(request, name, text)


def _save_new(request: Request, name: str, text: str) -> Response:
    try:
        storage.save(pages.settings(request).workspace, name, text, storage.NEW, pages.user(request))
    except storage.Conflict:
        return pages.message(request, "web.error.exists", status=409, name=name)
    return pages.redirect(f"/plan/{pages.url_path(name)}")


def _add_workbook(request: Request, typed: str | None, filename: str, data: bytes) -> Response:
    """An uploaded .xlsx plan, saved as a YAML plan (the workbench edits text; see spreadsheets.py)."""
    from procesregels.web.spreadsheets import first_problem, xlsx_as_yaml

    shown = filename.replace("\\", "/").rsplit("/", 1)[-1]
    try:
        name = _new_name(typed or shown[: -len(".xlsx")])
        if not name.lower().endswith((".yaml", ".yml")):  # the text written is YAML, whatever was typed
            name = _new_name(name.rsplit(".", 1)[0])
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=typed or filename)
    workspace = pages.settings(request).workspace
    try:
        vocabulary = checking.load(workspace, checking.default_ruleset(workspace, name)).vocabulary()
    except (ProcesregelsError, checking.UnknownRuleset):
        vocabulary = None  # the standard names; the plan page then says what is wrong with the ruleset
    try:
        text = xlsx_as_yaml(data, shown, pages.lang_of(request), vocabulary)
    except ProcesregelsError as error:
        return pages.message(request, "web.error.xlsx_upload", problem=first_problem(error))
    return _save_new(request, name, text)


def load_document(request: Request, name: str) -> storage.Document | Response:
    """The plan or ruleset file `name`, or the page that says why it cannot be shown."""
    try:
        return storage.read(pages.settings(request).workspace, name)
    except BadPath:
        return pages.message(request, "web.error.bad_name", status=404, name=name)
    except FileNotFoundError:
        return pages.message(request, "web.error.not_found", status=404, name=name)
    except storage.TooLarge:
        return pages.message(request, "web.error.too_large", status=413)
    except storage.NotText:
        return pages.message(request, "web.error.not_text")


def plan_name(request: Request) -> str:
    return request.path_params["name"]


async def plan_page(request: Request) -> Response:
    name = plan_name(request)
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    ruleset = ruleset_choice(request, name)
    try:
        checked = checking.check_text(pages.settings(request).workspace, document.text, name, ruleset,
                                      pages.lang_of(request))
    except checking.ProcesregelsError as error:
        return pages.message(request, "web.error.ruleset", status=400, name=ruleset, reason=error.message)
    view = plan_view(checked, source=document.text)
    return pages.page(request, "plan.html.j2", name=name, view=view, ruleset=ruleset, rulesets=ruleset_names(request),
                      formats=checking.download_formats(), editable=not name.lower().endswith(".bpmn"))


async def download(request: Request) -> Response:
    name = plan_name(request)
    fmt = request.path_params["fmt"]
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if fmt == "source":
        filename = name.rsplit("/", 1)[-1]
        return Response(document.text.encode("utf-8"), media_type="application/octet-stream",
                        headers={"content-disposition": _attachment(filename)})
    if fmt == "xlsx":
        return _download_workbook(request, name, document.text, stem)
    if fmt not in checking.download_formats():
        return pages.message(request, "web.error.not_found", status=404, name=fmt)
    ruleset = ruleset_choice(request, name)
    checked = checking.check_text(pages.settings(request).workspace, document.text, name, ruleset, pages.lang_of(request))
    if checked.report is None:
        return pages.page(request, "plan.html.j2", status=400, name=name, view=plan_view(checked, source=document.text),
                          ruleset=ruleset, rulesets=ruleset_names(request), formats=[], editable=True)
    body = checking.rendered(checked, fmt)
    media, suffix = DOWNLOAD_TYPES.get(fmt, ("application/octet-stream", fmt))
    return Response(body if isinstance(body, bytes) else body.encode("utf-8"), media_type=media,
                    headers={"content-disposition": _attachment(f"{stem}.{suffix}")})


def _download_workbook(request: Request, name: str, text: str, stem: str) -> Response:
    """The plan as an Excel workbook (`procesregels convert --to xlsx`), keys in the page's language."""
    from procesregels.web.spreadsheets import XLSX_TYPE, first_problem, plan_as_xlsx

    try:
        vocabulary = checking.load(pages.settings(request).workspace, ruleset_choice(request, name)).vocabulary()
        body = plan_as_xlsx(text, name, pages.lang_of(request), vocabulary)
    except checking.UnknownRuleset as unknown:
        return pages.message(request, "web.error.not_found", status=404, name=str(unknown))
    except ProcesregelsError as error:
        return pages.message(request, "web.error.xlsx_download", problem=first_problem(error))
    return Response(body, media_type=XLSX_TYPE, headers={"content-disposition": _attachment(f"{stem}.xlsx")})


def _attachment(filename: str) -> str:
    from urllib.parse import quote

    plain = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"
