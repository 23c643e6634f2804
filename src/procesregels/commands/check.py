"""The `check` command behind the CLI: read each ruleset, one summary line per file, and the
warnings about its rules (stderr, in the ruleset's own language, like its errors): a condition
that can never hold, a rule that holds only vacuously, a rule another rule already implies
(comparison/health.py)."""

from __future__ import annotations

from typing import Any, Callable, Sequence


def check_rulesets(names: Sequence[str], lang: str | None, shown_path: Callable[[str, str | None], str],
                   echo: Callable[..., Any]) -> tuple[bool, int]:
    """Check every ruleset: (True when one could not be read, the number of warnings). Each line
    is in `lang`, else in the language of its ruleset (of its error, for one that cannot be read)."""
    from procesregels.comparison.health import rule_warnings
    from procesregels.errors import ProcesregelsError
    from procesregels.i18n import counted, text
    from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard

    failed, warned = False, 0
    for name in names:
        try:
            ruleset = load_ruleset(name)
        except ProcesregelsError as error:
            failed = True
            echo(error.render(), err=True)
            echo(text("ruleset.check.failed", lang or error.lang, {"path": name}))
            continue
        said = lang or ruleset.language or "en"
        args = {"path": shown_path(name, ruleset.path), "language": ruleset.language}
        echo(counted("ruleset.check.ok", len(ruleset.rules), said, args))
        for warning in rule_warnings(ruleset, said):
            warned += 1
            echo(warning.render(), err=True)
    return failed, warned
