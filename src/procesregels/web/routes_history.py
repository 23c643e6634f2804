"""The history of a file: its kept versions, what changed in words, and restoring one.

Restoring is a save like any other: it keeps the current content as a version first and is
refused as a conflict when the file changed since the history page was opened.
"""

from __future__ import annotations

import difflib

from starlette.requests import Request
from starlette.responses import Response

from procesregels.i18n import text
from procesregels.web import pages, planform, storage
from procesregels.web.paths import BadPath
from procesregels.web.routes_edit import conflict_page
from procesregels.web.routes_plans import load_document, plan_name


def changes_in_words(old: str, new: str, name: str, lang: str) -> list[str]:
    """What changed from `old` to `new`: steps added, removed and changed for a plan; else a count of lines."""
    before, after = planform.parse_text(old, name), planform.parse_text(new, name)
    if name.lower().endswith((".yaml", ".yml", ".json")) and isinstance(before, dict) and isinstance(after, dict):
        old_form, new_form = planform.from_data(before), planform.from_data(after)
        old_steps = {row.id: row for row in old_form.steps}
        new_steps = {row.id: row for row in new_form.steps}
        said = []
        if old_form.title != new_form.title:
            said.append(text("web.history.retitled", lang, {"old": old_form.title, "new": new_form.title}))
        said += [text("web.history.step_added", lang, {"step": row.title or row.id})
                 for ident, row in new_steps.items() if ident not in old_steps]
        said += [text("web.history.step_removed", lang, {"step": row.title or row.id})
                 for ident, row in old_steps.items() if ident not in new_steps]
        said += [text("web.history.step_changed", lang, {"step": row.title or row.id})
                 for ident, row in new_steps.items() if ident in old_steps and old_steps[ident] != row]
        if old_form.actors != new_form.actors:
            said.append(text("web.history.actors_changed", lang))
        if said or old == new:
            return said or [text("web.history.same", lang)]
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines(), autojunk=False)
    added = sum(j2 - j1 for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("insert", "replace"))
    removed = sum(i2 - i1 for tag, i1, i2, _, _ in matcher.get_opcodes() if tag in ("delete", "replace"))
    return [text("web.history.lines", lang, {"added": added, "removed": removed})]


async def history_page(request: Request) -> Response:
    name = plan_name(request)
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    workspace = pages.settings(request).workspace
    lang = pages.lang_of(request)
    kept = storage.versions(workspace, name)
    shown = request.query_params.get("show")
    detail = None
    if shown:
        try:
            old = storage.read_version(workspace, name, shown)
        except (BadPath, FileNotFoundError, ValueError):
            return pages.message(request, "web.error.not_found", status=404, name=shown)
        diff = list(difflib.unified_diff(old.splitlines(), document.text.splitlines(), lineterm="", n=1))[2:]
        detail = {"ident": shown, "words": changes_in_words(old, document.text, name, lang), "diff": diff, "text": old}
    return pages.page(request, "history.html.j2", name=name, versions=kept, base=document.version, detail=detail)


async def restore(request: Request) -> Response:
    name = plan_name(request)
    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return pages.message(request, problem.key)
    workspace = pages.settings(request).workspace
    ident = pages.field(form, "version")
    try:
        old = storage.read_version(workspace, name, ident)
    except (BadPath, FileNotFoundError, ValueError):
        return pages.message(request, "web.error.not_found", status=404, name=ident)
    try:
        storage.save(workspace, name, old, pages.field(form, "base"), pages.user(request))
    except storage.Conflict as conflict:
        return conflict_page(request, name, old, conflict.current)
    except BadPath:
        return pages.message(request, "web.error.bad_name", status=404, name=name)
    page = "ruleset" if name.endswith(".rules") else "plan"
    return pages.redirect(f"/{page}/{pages.url_path(name)}")
