"""The start-up benchmark compares `lint` with importing the libraries `lint` itself imports:
that list in bench/run.py must be exactly what a lint run loads, or the ratio is not honest."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT, SPEC_EXAMPLES

CANDIDATES = ("lark", "pydantic", "click", "yaml", "networkx", "jinja2", "docx", "openpyxl", "starlette",
              "uvicorn", "multipart")


def _bench_libraries(name: str = "LINT_LIBRARIES") -> set[str]:
    tree = ast.parse((ROOT / "bench" / "run.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"bench/run.py has no {name}")


def _loaded_by_lint(*args: str, candidates: tuple[str, ...] = CANDIDATES) -> set[str]:
    code = (
        "import sys\n"
        "from procesregels.cli import main\n"
        f"sys.argv = ['procesregels', 'lint', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(' '.join(m for m in {candidates!r} if m in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SPEC_EXAMPLES,
                            timeout=120)
    assert result.stderr.endswith("\n"), result.stderr  # the last line is the list printed
    return set(result.stderr.splitlines()[-1].split())


def test_the_baseline_is_what_lint_imports() -> None:
    assert _loaded_by_lint("marktplein.yaml", "--ruleset", "marktplein.rules") == _bench_libraries()


def test_the_baseline_without_lark_is_what_lint_with_a_bundled_ruleset_imports() -> None:
    assert _loaded_by_lint("marktplein.yaml") == _bench_libraries("BUNDLED_LINT_LIBRARIES")


#: What a lint of a plain ruleset file need not load: the comparison (only for a rule that
#: replaces a floor rule), the prebuilt forms (bundled rulesets only), and pydantic's validator
#: building with its plugin lookup (the parser's and well-formed plans' models are built directly).
NOT_ON_THE_LINT_PATH = ("procesregels.comparison.rules", "procesregels.comparison.aspects", "procesregels.ruleset.prebuilt",
                        "pydantic.plugin._loader", "importlib.metadata")


def test_lint_of_a_ruleset_file_builds_no_validator_and_loads_no_comparison() -> None:
    assert _loaded_by_lint("marktplein.yaml", "--ruleset", "marktplein.rules", candidates=NOT_ON_THE_LINT_PATH) == set()
