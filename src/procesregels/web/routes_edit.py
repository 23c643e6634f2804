"""The plan editor (a form, no YAML needed), the text editor, their live checks, and saving.

Every edit carries `base`, the version of the file it started from. A save whose base is no
longer the file's version is refused with the conflict page, which shows the file as it is now
and keeps the person's own text in an editable field. A form that cannot be accepted (an
expired token, a server error) is shown again with what was typed, never dropped.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from procesregels.web import checking, choices, pages, planform, storage
from procesregels.web.paths import BadPath
from procesregels.web.routes_plans import (
    load_document,
    plan_name,
    ruleset_choice,
    ruleset_names,
)
from procesregels.web.views import plan_view

logger = logging.getLogger("procesregels.web")


def _vocabulary(request: Request, ruleset: str):
    from procesregels.core.vocabulary import standard

    try:
        return checking.load(pages.settings(request).workspace, ruleset).vocabulary()
    except (checking.UnknownRuleset, checking.ProcesregelsError):
        return standard()


def _check(request: Request, text: str, name: str, ruleset: str, rows: dict | None = None) -> dict:
    try:
        checked = checking.check_text(pages.settings(request).workspace, text, name, ruleset, pages.lang_of(request))
    except (checking.UnknownRuleset, checking.ProcesregelsError):
        checked = checking.Checked(error=checking.ProcesregelsError(
            pages.text("web.error.ruleset_short", pages.lang_of(request), {"name": ruleset})), lang=pages.lang_of(request))
    return plan_view(checked, rows=rows, source=text)


def _rows(form: planform.PlanForm) -> dict[str, int]:
    return {row.id: index for index, row in enumerate(form.steps) if row.id}


def _editor(request: Request, name: str, form: planform.PlanForm, base: str, *, status: int = 200,
            notice: str | None = None, comments: bool = False, ruleset: str | None = None) -> Response:
    ruleset = ruleset_choice(request, name, ruleset)
    lang = pages.lang_of(request)
    vocabulary = _vocabulary(request, ruleset)
    choices.localize_form(form, vocabulary, lang)
    attributes = choices.attribute_fields(form, vocabulary, lang)
    planform.fill_ids(form)
    text = planform.to_text(planform.to_data(form), name, to_check=True)
    return pages.page(request, "edit.html.j2", status=status, name=name, form=form, base=base, ruleset=ruleset,
                      rulesets=ruleset_names(request), options=choices.options(vocabulary, lang), notice=notice,
                      attributes=attributes,
                      comments=comments, view=_check(request, text, name, ruleset, _rows(form)))


async def edit_page(request: Request) -> Response:
    name = plan_name(request)
    if name.lower().endswith(".bpmn"):
        return pages.redirect(f"/text/{pages.url_path(name)}")
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    form = planform.from_data(planform.parse_text(document.text, name))
    notice = "web.edit.saved" if request.query_params.get("saved") else None
    if planform.parse_text(document.text, name) is None:
        return pages.redirect(f"/text/{pages.url_path(name)}")
    return _editor(request, name, form, document.version, notice=notice,
                   comments=not name.lower().endswith(".json") and planform.has_comments(document.text))


async def edit_submit(request: Request) -> Response:
    name = plan_name(request)
    try:
        fields = await pages.checked_form(request)
    except pages.FormProblem as problem:
        if problem.form is None:
            return pages.message(request, problem.key)
        text = planform.to_text(planform.to_data(planform.from_fields(problem.form)), name)
        return rescue(request, name, text, pages.field(problem.form, "base"), problem.key)
    try:
        return _edit_action(request, name, fields)
    except Exception:
        logger.exception("editor action failed")
        text = planform.to_text(planform.to_data(planform.from_fields(fields)), name)
        return rescue(request, name, text, pages.field(fields, "base"), "web.error.server")


def _edit_action(request: Request, name: str, fields) -> Response:
    form = planform.from_fields(fields)
    base = pages.field(fields, "base")
    action = pages.field(fields, "action", "check")
    if action == "add-step":
        form.steps.append(planform.StepRow())
    elif action == "add-actor":
        form.actors.append(planform.ActorRow())
    elif action == "add-choice":
        form.choices.append(("", ""))
    elif action == "add-attr":
        form.attributes.append(("", ""))
    elif action.startswith("remove-step-") and action[12:].isdigit() and int(action[12:]) < len(form.steps):
        removed = form.steps.pop(int(action[12:]))
        for row in form.steps:
            row.after = [item for item in row.after if item != removed.id]
    elif action.startswith("remove-actor-") and action[13:].isdigit() and int(action[13:]) < len(form.actors):
        form.actors.pop(int(action[13:]))
    elif action == "save":
        text = planform.to_text(planform.to_data(form), name)
        return _save(request, name, text, base, ruleset=pages.field(fields, "ruleset"))
    return _editor(request, name, form, base, ruleset=pages.field(fields, "ruleset"))


def _save(request: Request, name: str, text: str, base: str, *, from_text: bool = False,
          ruleset: str | None = None) -> Response:
    settings = pages.settings(request)
    try:
        storage.save(settings.workspace, name, text, base, pages.user(request))
    except storage.Conflict as conflict:
        return conflict_page(request, name, text, conflict.current)
    except BadPath:
        return pages.message(request, "web.error.bad_name", status=404, name=name)
    except storage.TooLarge:
        return rescue(request, name, text, base, "web.error.too_large")
    except OSError as error:  # a full disk, a read-only folder: the text is shown again, not lost
        return rescue(request, name, text, base, "web.error.save_failed", reason=error.strerror or str(error))
    from urllib.parse import urlencode

    chosen = ruleset or request.query_params.get("ruleset")
    query = {"ruleset": chosen} if chosen else {}
    target = "text" if from_text or name.lower().endswith(".bpmn") else "edit"
    if name.endswith(".rules"):
        return pages.redirect(f"/ruleset-edit/{pages.url_path(name)}?saved=1")
    return pages.redirect(f"/{target}/{pages.url_path(name)}?{urlencode({**query, 'saved': '1'})}")


def conflict_page(request: Request, name: str, mine: str, current: storage.Document | None) -> Response:
    import difflib

    theirs = current.text if current is not None else ""
    diff = list(difflib.unified_diff(theirs.splitlines(), mine.splitlines(), lineterm="", n=1))[2:]
    return pages.page(request, "conflict.html.j2", status=409, name=name, mine=mine, theirs=theirs,
                      deleted=current is None, base=current.version if current else storage.NEW, diff=diff)


def rescue(request: Request, name: str, text: str, base: str, key: str, **args) -> Response:
    """The person's text, shown again with why it was not saved and a way to save it after all."""
    return pages.page(request, "rescue.html.j2", status=400, name=name, mine=text, base=base or storage.NEW,
                      key=key, args=args)


async def text_page(request: Request) -> Response:
    name = plan_name(request)
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    ruleset = ruleset_choice(request, name)
    notice = "web.edit.saved" if request.query_params.get("saved") else None
    return pages.page(request, "text.html.j2", name=name, text=document.text, base=document.version, ruleset=ruleset,
                      rulesets=ruleset_names(request), notice=notice,
                      view=_check(request, document.text, name, ruleset))


async def text_submit(request: Request) -> Response:
    name = plan_name(request)
    try:
        fields = await pages.checked_form(request)
    except pages.FormProblem as problem:
        if problem.form is None:
            return pages.message(request, problem.key)
        return rescue(request, name, pages.field(problem.form, "text"), pages.field(problem.form, "base"), problem.key)
    text = pages.field(fields, "text").replace("\r\n", "\n")
    try:
        return _save(request, name, text, pages.field(fields, "base"), from_text=True)
    except Exception:
        logger.exception("saving text failed")
        return rescue(request, name, text, pages.field(fields, "base"), "web.error.server")


async def check_form(request: Request) -> Response:
    """Live re-check of the editor form: the panel's HTML (findings, picture) as JSON."""
    name = plan_name(request)
    try:
        fields = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return JSONResponse({"error": pages.text(problem.key, pages.lang_of(request))}, status_code=400)
    form = planform.from_fields(fields)
    unnamed = [number for number, row in enumerate(form.steps) if not row.id and row.title]
    planform.fill_ids(form)
    text = planform.to_text(planform.to_data(form), name, to_check=True)
    chosen = ruleset_choice(request, name, pages.field(fields, "ruleset"))
    rows = planform.step_indices(fields)
    # the short names made from titles go back to the page, so findings name what the person sees
    made = {f"step-{rows[number]}-id": form.steps[number].id for number in unnamed if number < len(rows)}
    return _panel(request, _check(request, text, name, chosen, _rows(form)), made)


async def check_text(request: Request) -> Response:
    """Live re-check of the text editor: located errors or findings, as JSON."""
    name = plan_name(request)
    try:
        fields = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return JSONResponse({"error": pages.text(problem.key, pages.lang_of(request))}, status_code=400)
    text = pages.field(fields, "text").replace("\r\n", "\n")
    return _panel(request, _check(request, text, name, ruleset_choice(request, name)))


def _panel(request: Request, view: dict, ids: dict[str, str] | None = None) -> Response:
    lang = pages.lang_of(request)
    html = pages.environment().get_template("panel.html.j2").render(t=pages.translator(lang), view=view, lang=lang)
    return JSONResponse({"html": html, "errors": len(view["errors"]), "findings": view.get("count", 0),
                         "ids": ids or {}}, headers={"cache-control": "no-store"})
