"""Check a plan's text against a ruleset, the way `procesregels lint` does, for the pages and the API.

The same functions as the command line: `parse_plan`, `engine.run.lint`, the reporters and the
picture's layout. Two caches keep the workbench quick while a person types: rulesets by file and
modification time (loading one parses a grammar), and whole results by the hash of their input
(the same text against the same ruleset gives the same bytes, so a repeated check is a lookup).
"""

from __future__ import annotations

import collections
import functools
import hashlib
import io
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from procesregels.errors import ProcesregelsError
from procesregels.web.paths import BadPath, resolve

DEFAULT_RULESET = "national"
_CACHE_SIZE = 256


class UnknownRuleset(ValueError):
    pass


@dataclass
class Checked:
    """One plan checked: its report, or the error that stopped reading it."""

    report: Any = None  # engine.findings.Report
    error: ProcesregelsError | None = None
    lang: str = "nl"
    extra: dict[str, Any] = field(default_factory=dict)
    #: The ruleset checked against: held so that its id, part of the cache key, is not reused
    #: by another ruleset while this result is cached.
    ruleset: Any = None

    @property
    def plan_report(self):
        return self.report.plans[0] if self.report is not None else None


class _Lru:
    def __init__(self, size: int):
        self.size = size
        self.items: collections.OrderedDict = collections.OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key, value) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


_rulesets = _Lru(32)
_texts = _Lru(32)  # rulesets sent as text, by the hash of the text
_results = _Lru(_CACHE_SIZE)


@functools.lru_cache(maxsize=1)
def _bundled() -> dict[str, Path]:
    """The bundled rulesets by name: they are part of the installed package and do not change."""
    from procesregels.ruleset.loader import bundled_rulesets

    return {path.stem: path for path in bundled_rulesets()}


def bundled_names() -> list[str]:
    return list(_bundled())


def ruleset_path(workspace: Path, name: str) -> Path:
    """The file of a ruleset name: a bundled name, or a `.rules` file of the workspace."""
    if name.endswith(".rules"):
        try:
            path = resolve(workspace, name)
        except BadPath:
            raise UnknownRuleset(name) from None
        if path.is_file():
            return path
        raise UnknownRuleset(name)
    if name in _bundled():
        return _bundled()[name]
    raise UnknownRuleset(name)


def load(workspace: Path, name: str):
    """The resolved ruleset `name` (cached until its file changes); UnknownRuleset, RulesetError."""
    from procesregels.ruleset.loader import load_ruleset

    path = ruleset_path(workspace, name)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise UnknownRuleset(name) from None
    key = (str(path), stamp)
    cached = _rulesets.get(key)
    if cached is None:
        if name.endswith(".rules"):
            refuse_outside(path.read_text(encoding="utf-8", errors="replace"), path, workspace)
        cached = load_ruleset(str(path))
        _rulesets.put(key, cached)
    return cached


def default_ruleset(workspace: Path, plan_name: str | None = None) -> str:
    """The ruleset a plan is checked against: the workspace configuration's, else `national`."""
    from procesregels.commands.config import find_config

    try:
        start = resolve(workspace, plan_name) if plan_name else workspace
        config = find_config(start if start.exists() else workspace)
    except (ProcesregelsError, BadPath):
        return DEFAULT_RULESET
    chosen = config.ruleset if config and config.ruleset else None
    if chosen is None:
        return DEFAULT_RULESET
    if chosen in bundled_names():
        return chosen
    try:
        return Path(chosen).resolve().relative_to(workspace.resolve()).as_posix()
    except ValueError:
        return DEFAULT_RULESET


def load_text(text: str, lang: str = "en"):
    """The ruleset written in `text` (sent to the API, not a file), parsed once per content: the
    same text is the same ruleset. RulesetError (not cached) when it cannot be read."""
    from procesregels.ruleset.loader import load_ruleset_text

    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    cached = _texts.get(key)
    if cached is None:
        path = Path("ruleset.rules")
        refuse_outside(text, path, None, lang)
        cached = load_ruleset_text(text, path)
        _texts.put(key, cached)
    return cached


def check_text(workspace: Path, text: str, name: str, ruleset_name: str, lang: str | None) -> Checked:
    """The plan written in `text` (as file `name`) checked against `ruleset_name`."""
    ruleset = load(workspace, ruleset_name)
    return check_with(ruleset, text, name, lang or ruleset.language or "nl")


def check_with(ruleset, text: str, name: str, language: str, lint_lang: str | None = "") -> Checked:
    """The plan written in `text` checked against a loaded ruleset, the answer cached by the hash of
    its input (a cached ruleset is the same object while its file is unchanged, so its id says which).
    `lint_lang` is the report's language when it differs from the plan's (None: the engine's choice)."""
    from procesregels.engine.run import lint
    from procesregels.plan.loader import parse_plan

    report_lang = language if lint_lang == "" else lint_lang
    key = hashlib.sha256("\x1f".join((text, name, str(id(ruleset)), language, str(report_lang))).encode(
        "utf-8", "surrogatepass")).hexdigest()
    cached = _results.get(key)
    if cached is not None:
        return cached
    try:
        plan = parse_plan(text, name, ruleset.vocabulary(), lang=language)
        checked = Checked(report=lint(ruleset, [plan], lang=report_lang), lang=language, ruleset=ruleset)
    except ProcesregelsError as error:
        checked = Checked(error=error, lang=language, ruleset=ruleset)
    _results.put(key, checked)
    return checked


def rendered(checked: Checked, fmt: str) -> str | bytes:
    """The report in one of the reporters' formats (json, sarif, markdown, html; docx as bytes)."""
    from procesregels.reporters import REPORTERS

    cache_key = "rendered:" + fmt
    if cache_key not in checked.extra:
        reporter = REPORTERS[fmt]
        out: io.StringIO | io.BytesIO = io.BytesIO() if getattr(reporter, "BINARY", False) else io.StringIO()
        reporter.render(checked.report, out)
        checked.extra[cache_key] = out.getvalue()
    return checked.extra[cache_key]


def download_formats() -> list[str]:
    """The report formats offered for download: those the reporters have (docx once it exists)."""
    from procesregels.reporters import REPORTERS

    return [fmt for fmt in ("json", "sarif", "markdown", "html", "docx") if fmt in REPORTERS]


_STRING = r'(?:"((?:[^"\\\n]|\\.)*)"|“([^”\n]*)”)'
_EXTENDS = re.compile(r'(?im)^[ \t]*(?:extends|breidt[ \t]+uit)[ \t]+' + _STRING)
_EXAMPLE_PLAN = re.compile(r'(?im)^[ \t]*(?:example|voorbeeld)[ \t]+' + _STRING + r'[ \t]+plan[ \t]+' + _STRING)


def outside_references(text: str, path: Path, workspace: Path | None) -> list[str]:
    """The files a ruleset text names (`extends`, example plans) that lie outside the workspace
    (or, for a text not in a workspace, that are not bundled rulesets): reading them would show
    a stranger's file in an error excerpt, so such a ruleset is refused before it is loaded."""
    bundled = set(bundled_names())
    refused = []
    for pattern in (_EXTENDS, _EXAMPLE_PLAN):
        for match in pattern.finditer(text):
            groups = [group for group in match.groups() if group is not None]
            reference = groups[-1] if groups else ""
            if pattern is _EXTENDS and reference in bundled:
                continue
            if workspace is None:
                refused.append(reference)
                continue
            try:
                target = (path.parent / reference).resolve()
            except (OSError, ValueError):
                refused.append(reference)
                continue
            if not target.is_relative_to(workspace.resolve()) or "\\" in reference or "\x00" in reference:
                refused.append(reference)
    return refused


def refuse_outside(text: str, path: Path, workspace: Path | None, lang: str = "nl") -> None:
    """RulesetError when the text names a file outside the workspace (see outside_references)."""
    from procesregels.errors import RulesetError
    from procesregels.i18n import text as message

    refused = outside_references(text, path, workspace)
    if refused:
        raise RulesetError(message("web.error.outside", lang, {"name": refused[0]}))
