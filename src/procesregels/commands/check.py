"""The `check` command behind the CLI: read each ruleset, one summary line per file, and the
warnings about its rules (stderr, in the ruleset's own language, like its errors)."""

from __future__ import annotations

from typing import Any, Callable, Sequence


def check_rulesets(names: Sequence[str], lang: str, shown_path: Callable[[str, str | None], str],
                   echo: Callable[..., Any]) -> bool:
    """Check every ruleset; True when one could not be read."""
    from procesregels.comparison.health import vacuous_rules
    from procesregels.errors import ProcesregelsError
    from procesregels.i18n import text
    from procesregels.comparison.floor import load_checked as load_ruleset  # with the floor guard

    failed = False
    for name in names:
        try:
            ruleset = load_ruleset(name)
        except ProcesregelsError as error:
            failed = True
            echo(error.render(), err=True)
            echo(text("ruleset.check.failed", lang, {"path": name}))
            continue
        args = {"path": shown_path(name, ruleset.path), "count": len(ruleset.rules), "language": ruleset.language}
        echo(text("ruleset.check.ok", lang, args))
        for warning in vacuous_rules(ruleset):
            echo(warning.render(), err=True)
    return failed
