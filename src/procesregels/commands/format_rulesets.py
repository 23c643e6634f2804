"""The `fmt` command behind the CLI: rewrite ruleset files in canonical layout (and language), or
say which would change. Messages are in `--lang`, else in each ruleset's own language."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Callable, Sequence


def format_rulesets(names: Sequence[str], lang: str | None, check_only: bool, diff: bool,
                    echo: Callable[..., Any]) -> bool:
    """Format (or, with `check_only`/`diff`, only inspect) every file; True when one changes."""
    from procesregels.errors import RulesetError
    from procesregels.i18n import answer_lang, text
    from procesregels.ruleset.format import format_parsed
    from procesregels.ruleset.loader import bundled_rulesets, load_layer

    changed = False
    for name in names:
        path = Path(name)
        if not path.is_file():  # fmt rewrites files; a bundled ruleset is not the user's to rewrite
            bundled = any(name == known.stem for known in bundled_rulesets())
            key = "ruleset.fmt.not_a_file" if bundled else "ruleset.fmt.no_file"
            raise RulesetError(text(key, answer_lang(), {"name": name}))
        parsed, ruleset, vocabulary = load_layer(path)
        formatted = format_parsed(parsed, ruleset, lang, vocabulary)
        if formatted == parsed.text:
            continue
        changed = True
        said = lang or ruleset.language or "en"
        if diff:
            lines = difflib.unified_diff(parsed.text.splitlines(True), formatted.splitlines(True), name, name)
            echo("".join(lines), nl=False)
        elif check_only:
            echo(text("ruleset.fmt.would_change", said, {"path": name}))
        else:
            path.write_text(formatted, encoding="utf-8")
            echo(text("ruleset.fmt.changed", said, {"path": name}), err=True)
    return changed
