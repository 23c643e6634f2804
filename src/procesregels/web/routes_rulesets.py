"""Rulesets: the list (bundled and the workspace's), a ruleset page, the editor with live `check`,
`test` and `fmt`, and comparing two or more rulesets.

Bundled rulesets are read-only; a workspace ruleset (`*.rules`) is edited like a plan: atomic
saves, kept versions, and a conflict page when the file changed meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from procesregels.core.vocabulary import severity_word
from procesregels.errors import ProcesregelsError
from procesregels.i18n import counted, text
from procesregels.web import checking, pages, storage
from procesregels.web.paths import (
    RULESET_SUFFIXES,
    BadPath,
    check_name,
    resolve,
    workspace_files,
)
from procesregels.web.routes_edit import conflict_page, rescue
from procesregels.web.routes_plans import load_document
from procesregels.web.views import error_view

#: A new ruleset: the national floor, and in comments how to write a rule and test it, so that a
#: griffie who never saw the language has an example to start from (comments change no meaning).
NEW_RULESET = {
    "nl": 'regelset "{title}"\n  breidt uit "national"\n\n'
          "# Schrijf hieronder de regels van de raad. Een regel heeft een code, een naam en een zin, zoals:\n"
          "#\n"
          '# regel R1 "Inwoners denken mee"\n'
          "#   inwoners moeten geraadpleegd worden voor elk besluit\n"
          "#\n"
          "# Haal het # aan het begin van die twee regels weg om hem te gebruiken. Rechts ziet u meteen of de\n"
          "# regelset te lezen is, en zo niet op welke regel het misgaat. Toets een regel aan een plan uit deze\n"
          "# map met een voorbeeld, en kies daarna 'Voorbeelden uitvoeren':\n"
          "#\n"
          '# voorbeeld "Ons plan voldoet" plan "marktplein.yaml" verwacht slaagt\n'
          '# voorbeeld "Zonder inwoners" plan "zonder-inwoners.yaml" verwacht R1\n',
    "en": 'ruleset "{title}"\n  extends "national"\n\n'
          "# Write the council's rules below. A rule has a code, a name and a sentence, such as:\n"
          "#\n"
          '# rule R1 "Residents think along"\n'
          "#   residents must be consulted before every decision\n"
          "#\n"
          "# Remove the # at the start of those two lines to use it. On the right you see at once whether\n"
          "# the ruleset reads, and if not on which line it goes wrong. Test a rule against a plan in this\n"
          "# folder with an example, then choose 'Run the examples':\n"
          "#\n"
          '# example "Our plan passes" plan "market-square.yaml" expect pass\n'
          '# example "Without residents" plan "no-residents.yaml" expect R1\n',
}


async def rulesets_page(request: Request) -> Response:
    from procesregels.ruleset import bundled

    workspace = pages.settings(request).workspace
    own = []
    for name in workspace_files(workspace, RULESET_SUFFIXES):
        try:
            ruleset = checking.load(workspace, name)
            own.append({"name": name, "title": ruleset.title, "rules": len(ruleset.rules), "error": None})
        except (ProcesregelsError, checking.UnknownRuleset) as error:
            own.append({"name": name, "title": name, "rules": 0, "error": getattr(error, "message", str(error))})
    return pages.page(request, "rulesets.html.j2", bundled=bundled.catalogue(), own=own)


async def ruleset_page(request: Request) -> Response:
    from procesregels.commands.explain import meaning
    from procesregels.commands.ruleset_examples import run_examples
    from procesregels.ruleset.sentences import SentenceWriter

    name = request.path_params["name"]
    lang = pages.lang_of(request)
    try:
        ruleset = checking.load(pages.settings(request).workspace, name)
    except checking.UnknownRuleset:
        return pages.message(request, "web.error.not_found", status=404, name=name)
    except ProcesregelsError as error:
        return pages.page(request, "ruleset.html.j2", name=name, ruleset=None, rules=[], examples=[],
                          errors=error_view(error), editable=name.endswith(".rules"))
    writer = SentenceWriter(ruleset.vocabulary(), lang, ruleset)
    rules = [{"id": rule.id, "title": rule.title, "source": rule.source, "layer": rule.layer,
              "severity": severity_word(rule.severity, lang),
              "sentence": writer.sentence(rule), "meaning": meaning(rule, writer)} for rule in ruleset.rules]
    examples = [{"name": result.name, "plan": result.plan, "passed": result.passed,
                 "error": result.error.message if result.error else None}
                for result in run_examples(ruleset, lang)]
    return pages.page(request, "ruleset.html.j2", name=name, ruleset=ruleset, rules=rules, examples=examples,
                      errors=[], editable=name.endswith(".rules"))


def _workspace_ruleset(request: Request) -> tuple[str, Path] | Response:
    name = request.path_params["name"]
    try:
        if not name.endswith(".rules"):
            raise BadPath(name)
        return name, resolve(pages.settings(request).workspace, name)
    except BadPath:
        return pages.message(request, "web.error.bad_name", status=404, name=name)


async def editor_page(request: Request) -> Response:
    found = _workspace_ruleset(request)
    if isinstance(found, Response):
        return found
    name, path = found
    document = load_document(request, name)
    if isinstance(document, Response):
        return document
    notice = "web.edit.saved" if request.query_params.get("saved") else None
    return _editor(request, name, path, document.text, document.version, notice=notice)


def _editor(request: Request, name: str, path: Path, source: str, base: str, *, notice: str | None = None,
            tests: list | None = None, status: int = 200) -> Response:
    return pages.page(request, "ruleset_edit.html.j2", status=status, name=name, source=source, base=base,
                      notice=notice, check=_check(source, path, pages.lang_of(request), pages.settings(request).workspace), tests=tests)


def _check(source: str, path: Path, lang: str, workspace: Path) -> dict:
    """What `check` says of the editor's text: the errors that stop it from being read, else a
    summary and the warnings about its own rules (comparison/health.py), in the page's language."""
    from procesregels.ruleset.loader import load_ruleset_text

    try:
        checking.refuse_outside(source, path, workspace, lang)
        ruleset = load_ruleset_text(source, path)
    except ProcesregelsError as error:
        return {"errors": error_view(error, source), "warnings": [], "summary": None}
    warnings = _warnings(ruleset, source, lang)
    return {"errors": [], "warnings": warnings, "warnings_title": counted("web.ruleset.warnings", len(warnings), lang),
            "warnings_help": counted("web.ruleset.warnings_help", len(warnings), lang),
            "summary": counted("web.ruleset.ok", len(ruleset.rules), lang), "ruleset": ruleset}


def _warnings(ruleset, source: str, lang: str) -> list[dict]:
    """The warnings of `check` about the rules written in `source`, each at its rule's sentence."""
    from procesregels.comparison.health import rule_warnings

    shown = []
    for warning in rule_warnings(ruleset, lang):
        span = warning.span
        shown.append({"rule": warning.rule, "message": warning.message, "kind": warning.kind,
                      "line": span.line if span else None, "column": span.column if span else None,
                      "excerpt": span.excerpt(source) if span else ""})
    return shown


async def editor_submit(request: Request) -> Response:
    from procesregels.commands.ruleset_examples import run_examples

    found = _workspace_ruleset(request)
    if isinstance(found, Response):
        return found
    name, path = found
    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        if problem.form is None:
            return pages.message(request, problem.key)
        return rescue(request, name, pages.field(problem.form, "text"), pages.field(problem.form, "base"), problem.key)
    source = pages.field(form, "text").replace("\r\n", "\n")
    base = pages.field(form, "base")
    action = pages.field(form, "action", "check")
    lang = pages.lang_of(request)
    if action == "save":
        try:
            storage.save(pages.settings(request).workspace, name, source, base, pages.user(request))
        except storage.Conflict as conflict:
            return conflict_page(request, name, source, conflict.current)
        except (storage.TooLarge, OSError) as error:
            return rescue(request, name, source, base, "web.error.save_failed", reason=str(error))
        return pages.redirect(f"/ruleset-edit/{pages.url_path(name)}?saved=1")
    if action == "fmt":
        from procesregels.ruleset.format import format_parsed
        from procesregels.ruleset.loader import load_layer_text

        try:
            parsed, own, vocabulary = load_layer_text(source, path)
            source = format_parsed(parsed, own, None, vocabulary)
        except ProcesregelsError:
            pass  # the check below shows why it cannot be formatted
        return _editor(request, name, path, source, base, notice="web.ruleset.formatted")
    if action == "test":
        check = _check(source, path, lang, pages.settings(request).workspace)
        tests = None
        if check.get("ruleset") is not None:
            tests = [{"name": r.name, "plan": r.plan, "passed": r.passed, "error": r.error.message if r.error else None,
                      "expected": " ".join(r.expected) or "pass", "got": " ".join(r.got) or "pass"}
                     for r in run_examples(check["ruleset"], lang)]
        return _editor(request, name, path, source, base, tests=tests)
    return _editor(request, name, path, source, base)


async def check_ruleset(request: Request) -> Response:
    """Live `check` of the ruleset editor's text: the panel's HTML with its located errors or
    warnings, and how many of each, as JSON."""
    found = _workspace_ruleset(request)
    if isinstance(found, Response):
        return JSONResponse({"error": "bad name"}, status_code=404)
    _, path = found
    lang = pages.lang_of(request)
    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return JSONResponse({"error": text(problem.key, lang)}, status_code=400)
    check = _check(pages.field(form, "text").replace("\r\n", "\n"), path, lang, pages.settings(request).workspace)
    html = pages.environment().get_template("ruleset_check.html.j2").render(t=pages.translator(lang), check=check)
    return JSONResponse({"html": html, "errors": len(check["errors"]), "warnings": len(check["warnings"])},
                        headers={"cache-control": "no-store"})


async def new_ruleset(request: Request) -> Response:
    try:
        form = await pages.checked_form(request)
    except pages.FormProblem as problem:
        return pages.message(request, problem.key)
    raw = pages.field(form, "name").strip()
    try:
        name = check_name(raw if raw.endswith(".rules") else raw + ".rules")
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=raw)
    lang = pages.lang_of(request)
    title = raw.rsplit("/", 1)[-1].removesuffix(".rules").replace('"', "'")
    try:
        storage.save(pages.settings(request).workspace, name, NEW_RULESET[lang].format(title=title), storage.NEW,
                     pages.user(request))
    except storage.Conflict:
        return pages.message(request, "web.error.exists", status=409, name=name)
    except BadPath:
        return pages.message(request, "web.error.bad_name", name=raw)
    return pages.redirect(f"/ruleset-edit/{pages.url_path(name)}")


async def compare_page(request: Request) -> Response:
    from procesregels.web.comparing import compare_data

    names = [name for name in request.query_params.getlist("r") if name][:12]
    lang = pages.lang_of(request)
    choices = checking.bundled_names() + workspace_files(pages.settings(request).workspace, RULESET_SUFFIXES)
    data: dict | None = None
    errors: list[dict] = []
    if len(names) >= 2:
        try:
            data = compare_data(pages.settings(request).workspace, names, lang)
        except checking.UnknownRuleset as unknown:
            errors = [{"message": text("web.error.not_found", lang, {"name": str(unknown)}), "line": None,
                       "column": None, "excerpt": "", "detail": None, "suggestions": []}]
        except ProcesregelsError as error:
            errors = error_view(error)
    return pages.page(request, "compare.html.j2", names=names, choices=choices, data=data, errors=errors)
