"""Which modules a `procesregels lint` run loads: the run in a fresh interpreter (a test process has
loaded everything already), in the folder of the worked example, with the prebuilt forms in place
(in a checkout the first use writes them, reading the TOML and parsing the bundled rulesets; an
installed package has them from its build)."""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

from conftest import SPEC_EXAMPLES


def loaded_by_lint(args: list[str] | tuple[str, ...], candidates: tuple[str, ...]) -> set[str]:
    """Those of `candidates` that are in `sys.modules` after `procesregels lint ARGS`."""
    return set(after_lint(args, f"' '.join(m for m in {candidates!r} if m in sys.modules)").split())


@lru_cache(maxsize=1)
def _forms_written() -> None:
    from procesregels.core.vocabulary_data import read
    from procesregels.ruleset.loader import bundled_rulesets, load_ruleset

    read()
    for path in bundled_rulesets():
        load_ruleset(str(path))


def after_lint(args: list[str] | tuple[str, ...], expression: str) -> str:
    """The value of a Python `expression` (a str; `sys` is imported) after `procesregels lint ARGS`."""
    _forms_written()
    code = (
        "import sys\n"
        "from procesregels.cli import main\n"
        f"sys.argv = ['procesregels', 'lint', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print({expression}, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SPEC_EXAMPLES,
                            timeout=120)
    assert result.stderr.endswith("\n"), result.stderr  # the last line is the value printed
    return result.stderr.splitlines()[-1]
