"""What `procesregels lint` does between reading its options and choosing its exit code.

The CLI stays a thin layer of options; this module loads the ruleset and the plans, runs the
engine plan by plan (so a long run can show progress), and writes the report in the chosen
format. Input problems are raised as `ProcesregelsError`, which the CLI turns into exit code 2.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Sequence

from procesregels.commands import collector, progress_bar
from procesregels.commands.config import Config, find_config
from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard
from procesregels.core.record import replace
from procesregels.engine.findings import Report
from procesregels.engine.run import lint
from procesregels.errors import ConfigError, ProcesregelsError, unwritable
from procesregels.i18n import answer_lang, text
from procesregels.plan.loader import load_plan
from procesregels.reporters import REPORTERS

#: Below this many plans a progress bar only flickers; above it a long run shows that it lives.
PROGRESS_MIN_PLANS = 10


class InputErrors(ProcesregelsError):
    """Several plans that could not be read: every one is reported, then exit code 2."""

    def __init__(self, errors: Sequence[ProcesregelsError]):
        super().__init__(errors[0].message, errors[0].span, lang=errors[0].lang)
        self.errors = list(errors)

    def render(self) -> str:
        return "\n".join(error.render() for error in self.errors)


def parse_ids(values: Iterable[str]) -> tuple[str, ...]:
    """`--select R1,R2 --select R5` -> ("R1", "R2", "R5"): commas or repeats, blanks ignored."""
    ids = (part.strip() for value in values for part in value.split(","))
    return tuple(dict.fromkeys(part for part in ids if part))


def report_language(ruleset, lang: str | None) -> str:
    """The language asked for, else the ruleset's own language, else English."""
    return lang or getattr(ruleset, "language", None) or "en"


def show_progress(plan_count: int, stream: IO | None = None) -> bool:
    """A progress bar only helps a person watching a terminal, and only on a long run."""
    return progress_bar.wanted(plan_count, PROGRESS_MIN_PLANS, stream)


def settings_for(plan_paths: Sequence[str], options: dict) -> Config:
    """Command-line options over the configuration found from the first plan, over the defaults."""
    config = (find_config(Path(plan_paths[0])) if plan_paths else None) or Config()
    merged = config.merged(options)
    if merged.format not in REPORTERS:
        known = ", ".join(sorted(REPORTERS))
        args = {"format": merged.format, "path": config.path, "known": known}
        raise ConfigError(text("error.lint.unknown_format", answer_lang(), args))
    return merged


def lint_paths(plan_paths: Sequence[str], settings: Config, *, progress: bool = False) -> Report:
    """Load the ruleset and every plan, lint them, and return one report for the whole run."""
    ruleset = load_ruleset(settings.ruleset)
    collector.started()  # the modules and the ruleset live until the run ends
    vocabulary = ruleset.vocabulary()
    language = report_language(ruleset, settings.lang)
    reports, errors = [], []
    with progress_bar.progress(list(plan_paths), enabled=progress, label_key="report.progress", lang=language) as paths:
        for path in paths:
            try:
                plan = load_plan(path, vocabulary, lang=language)
            except ProcesregelsError as error:
                errors.append(error)  # keep loading: every unreadable plan is reported at once
                continue
            if not errors:
                reports.append(lint(ruleset, [plan], select=settings.select, ignore=settings.ignore, lang=language))
    if errors:  # a plan that cannot be checked gives no findings at all (docs/spec/PLAN.md, Errors)
        raise InputErrors(errors)
    merged = tuple(plan_report for report in reports for plan_report in report.plans)
    return replace(reports[0], plans=merged, lang=language)


def write_report(report: Report, settings: Config, *, colour: bool = False, verbose: bool = False) -> None:
    """Render `report` to the output file (UTF-8) or to stdout."""
    reporter = REPORTERS[settings.format]
    # text lists every rule's status only with --verbose (docs/spec/CLI.md, version 2)
    options = {"colour": colour, "verbose": verbose} if settings.format == "text" else {}
    if getattr(reporter, "BINARY", False):  # a Word document is bytes, not text
        _write_binary(report, reporter, settings.output)
        return
    if settings.output is None:
        rendered = io.StringIO()
        reporter.render(report, rendered, **options)
        write_text(rendered.getvalue(), None)
        return
    try:
        with open(settings.output, "w", encoding="utf-8", newline="\n") as out:
            reporter.render(report, out, **options)
    except OSError as error:
        raise unwritable(settings.output, error) from None


def _write_binary(report: Report, reporter, output: str | None) -> None:
    rendered = io.BytesIO()
    reporter.render(report, rendered)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(rendered.getvalue())
        sys.stdout.buffer.flush()
        return
    try:
        Path(output).write_bytes(rendered.getvalue())
    except OSError as error:
        raise unwritable(output, error) from None


def wants_colour(settings: Config, stream: IO | None = None) -> bool:
    """Colour only for text on a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream if stream is not None else sys.stdout
    if settings.format != "text" or settings.output is not None or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def draw_plan(path: str, ruleset_name: str | None, fmt: str, lang: str | None) -> str:
    """The picture of one plan, with the influence moments and findings of a lint run marked."""
    from procesregels.picture import render as picture_render
    from procesregels.picture.layout import layout

    settings = settings_for([path], {"ruleset": ruleset_name, "lang": lang})
    report = lint_paths([path], settings)
    plan_report = report.plans[0]
    if fmt in ("graphml", "json"):  # the plan as a networkx graph, for network tools and programs
        from procesregels.plan import nx as plan_nx

        return plan_nx.graphml(plan_report.plan) if fmt == "graphml" else plan_nx.node_link_json(plan_report.plan)
    picture = layout(plan_report.plan, vocabulary=report.ruleset.vocabulary(), lang=report.lang,
                     findings=plan_report.findings, influence=plan_report.influence)
    return getattr(picture_render, fmt)(picture, report.lang)


def write_text(content: str, output: str | None) -> None:
    """`content` to a file or stdout, always as UTF-8: a report is UTF-8 whatever the console's
    code page, and a title with an `ê` must not crash the run on a cp1252 console."""
    if output is None:
        encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(sys.stdout, "buffer"):
            sys.stdout.flush()
            sys.stdout.buffer.write(content.encode("utf-8"))
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(content)
        return
    try:
        Path(output).write_text(content, encoding="utf-8", newline="\n")
    except OSError as error:
        raise unwritable(output, error) from None


#: What a folder given as PLAN contributes: the plan formats docs/spec/PLAN.md names.
PLAN_SUFFIXES = (".yaml", ".yml", ".json", ".bpmn", ".xlsx", ".csv")


def _is_plan_file(path: Path) -> bool:
    """A plan in a folder: a plan suffix, not the side file of a csv plan (`NAME.plan.yaml`) and
    not the lock file a spreadsheet program keeps while the sheet is open (`~$NAME.xlsx`)."""
    name = path.name.lower()
    if path.suffix.lower() not in PLAN_SUFFIXES or name.startswith("~$") or not path.is_file():
        return False
    return not (name.endswith(".plan.yaml") and path.with_name(path.name[: -len(".plan.yaml")] + ".csv").is_file())


def plan_files(paths: Sequence[str]) -> list[str]:
    """The plan files to check: files as given, folders as their plan files (recursively, sorted).

    A missing file or a folder without plans is an input error before anything is loaded.
    """
    files, problems = [], []
    for path in paths:
        given = Path(path)
        if given.is_dir():
            found = sorted(str(f) for f in given.rglob("*") if _is_plan_file(f))
            files.extend(found)
            if not found:
                suffixes = ", ".join(f"*{suffix}" for suffix in PLAN_SUFFIXES)
                args = {"suffixes": suffixes, "path": path}
                problems.append(ConfigError(text("error.lint.no_plans_in_folder", answer_lang(), args)))
        elif given.is_file():
            files.append(str(path))
        else:
            problems.append(ConfigError(text("error.lint.no_such_plan", answer_lang(), {"path": path})))
    if problems:
        raise InputErrors(problems)
    return list(dict.fromkeys(files))
