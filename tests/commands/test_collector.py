"""The garbage collector in a command-line run (commands/collector.py): a run freezes what its
start-up built and collects rarely; a program that uses the package keeps its collector as it
set it."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from conftest import SPEC_EXAMPLES
from procesregels.commands import collector


@pytest.mark.parametrize("entry", ["procesregels.__main__", "procesregels.cli"])  # console script, cli
def test_a_lint_run_freezes_its_start_up_and_collects_rarely(entry) -> None:
    code = (
        "import gc, sys\n"
        f"from {entry} import main\n"
        "from procesregels.commands import collector\n"
        "normal = gc.get_threshold()\n"
        "sys.argv = ['procesregels', 'lint', 'marktplein.yaml', '--ruleset', 'marktplein.rules']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold()[0] == collector.ONE_SHOT_THRESHOLD, gc.get_threshold()[1:] == normal[1:],\n"
        "      gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SPEC_EXAMPLES,
                            timeout=120)
    assert result.stderr.splitlines()[-1] == "True True True", result.stderr


def test_outside_a_command_line_run_the_collector_is_left_alone() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    collector.started()  # what lint_paths calls, here in a process that did not call one_shot()
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
