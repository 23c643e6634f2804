"""Every command run over Dutch inputs, and the English message words its output must not contain
(issue 16: "no Dutch output contains an English message word").

What is not the program's own message is taken out before the words are read: quoted texts (names,
ids and texts from the plan or ruleset), file names and paths, ids and codes with digits, options
(`--lang`), and the machine words of formats made for programs. What remains is the program's own
Dutch, and an English word there is a message the catalogue did not translate.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Iterator

from click.testing import CliRunner

from conftest import ROOT
from procesregels.cli import cli

RULESETS = ROOT / "rulesets"
EXAMPLES = ROOT / "examples"
PLAN_ERRORS = ROOT / "tests" / "data" / "plans" / "errors"
RULESET_ERRORS = ROOT / "tests" / "data" / "dsl" / "errors"

#: English words that are never Dutch (so a Dutch plan text or rule title cannot hold them by
#: chance) and that the program's own messages use: severities, outcomes, the nouns of the
#: language and the plan format, and the small words of an English sentence.
ENGLISH = frozenset("""
error errors warning warnings rule rules step steps passed failed fail pass not cannot expected found
ok the and with without must should before after within when where which would could does did
mean line column file folder read write written unknown missing plan's plans ruleset rulesets
level levels role roles phase phases kinds owner date dates days weeks months
residents participants council consult consulted advise informed involved decides
breached undetermined applicable waived reason hint because every each any only none
are were has have been be there this that these those than then also more less
example examples language summary report checked
""".split())

#: Plan keys in English, which a message about a plan with Dutch keys must not name.
ENGLISH_PLAN_KEYS = ("after", "actors", "steps", "owner", "kind", "participants", "phase", "date",
                     "start", "end", "duration", "optional", "choices", "options", "waivers", "title")

#: Ids of the built-in checks (codes, like rule ids).
_BUILT_IN_IDS = re.compile(r"\b(late-influence|missing-role|plan-error)\b")
_QUOTED = re.compile(r"(?<![\w])'[^'\n]*'(?![\w])|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”|`[^`\n]*`")
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def message_words(output: str) -> list[str]:
    """The words of the program's own text in `output` (see the module docstring)."""
    text = _BUILT_IN_IDS.sub(" ", _TAGS.sub(" ", _own_lines(output)))
    text = _QUOTED.sub(" ", text)
    kept = []
    for token in text.split():
        if any(ch.isdigit() for ch in token) or "/" in token or "\\" in token or token.startswith("-"):
            continue  # ids (R1, Z6), dates, counts, paths, options
        if re.search(r"\.(rules|yaml|yml|json|bpmn|xlsx|csv|toml|txt|md|html)\b", token):
            continue  # file names
        kept.append(token)
    return _WORD.findall(" ".join(kept))


def _own_lines(output: str) -> str:
    """The output without the lines that quote an input: the excerpt of a file above the caret line
    (`  after: [start, besluit]` / `        ^^^^^^^`), the English version that `explain` gives beside
    the Dutch one on purpose (`  en: ...`), and the example plan of `explain` (YAML of a plan)."""
    lines = output.splitlines()
    kept = []
    in_example = False
    for index, line in enumerate(lines):
        if line in ("Een plan dat hem breekt:", "Een plan dat eraan voldoet:"):
            in_example = True  # a plan in YAML follows, indented (or why there is none: "  geen: ...")
            continue
        if in_example and line.startswith("  ") and not line.startswith("  geen"):
            continue
        in_example = False
        caret_below = index + 1 < len(lines) and set(lines[index + 1].strip()) == {"^"}
        if caret_below or set(line.strip()) == {"^"} or line.lstrip().startswith("en: "):
            continue
        kept.append(line)
    return "\n".join(kept)


def english_words(output: str) -> list[str]:
    """The English message words in a Dutch output, in order, each once."""
    found = [word for word in message_words(output) if word.casefold() in ENGLISH]
    return list(dict.fromkeys(found))


def english_plan_keys(output: str) -> list[str]:
    """English plan keys quoted in an output about a plan written with Dutch keys."""
    return sorted({key for key in ENGLISH_PLAN_KEYS if re.search(rf"'{key}(:|'|-)", output)})


def run(*args: str) -> str:
    """stdout and stderr of one command (the exit code is not the point here)."""
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.output


def dutch_rulesets() -> list[str]:
    return sorted(path.stem for path in RULESETS.glob("*.rules"))


def example_plans() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


def scenarios(tmp: Path) -> Iterator[tuple[str, str]]:
    """(what was run, its output) for every command over Dutch inputs, success and error paths."""
    for name in dutch_rulesets():
        yield f"check {name}", run("check", name)
        yield f"test {name}", run("test", name)
        copy = tmp / f"{name}.rules"
        shutil.copy(RULESETS / f"{name}.rules", copy)
        yield f"fmt --check {name}", run("fmt", "--check", str(copy))
        yield f"explain (first rule) -r {name}", run("explain", _first_rule(name), "-r", name)
        yield f"explain X99 -r {name}", run("explain", "X99", "-r", name)
    yield "check nationaal --lang nl", run("check", "nationaal", "--lang", "nl")
    yield "lint -r nationaal --lang nl", run("lint", str(example_plans()[0]), "-r", "nationaal", "--lang", "nl")
    yield "lint missing plan --lang nl", run("lint", str(tmp / "geen.yaml"), "--lang", "nl")
    yield "fmt missing file --lang nl", run("fmt", str(tmp / "geen.rules"), "--lang", "nl")
    yield "test without examples", run("test", str(_no_examples(tmp)))
    yield "init --lang nl", run("init", str(tmp / "nieuw.yaml"), "--lang", "nl")
    yield "init exists --lang nl", run("init", str(tmp / "nieuw.yaml"), "--lang", "nl")
    yield "publish zwolle", run("publish", "zwolle", "--output", str(tmp / "site"))
    for plan in example_plans():
        for name in ("national", "zwolle", "amsterdam"):
            yield f"lint {plan.name} -r {name}", run("lint", str(plan), "-r", name, "-v")
        yield f"lint {plan.name} markdown", run("lint", str(plan), "-r", "vng-model", "-f", "markdown")
    for path in sorted(PLAN_ERRORS.glob("*.nl.*")):
        if path.suffix != ".txt":
            yield f"lint {path.name}", run("lint", str(path), "--lang", "nl")
    for path in sorted(RULESET_ERRORS.glob("*.rules")):
        if _is_dutch(path):
            yield f"check {path.name}", run("check", str(path))
    yield "compare national zwolle", run("compare", "national", "zwolle", "--no-examples")
    yield "compare markdown", run("compare", "vng-model", "amsterdam", "-f", "markdown", "--no-examples")


def _first_rule(name: str) -> str:
    from procesregels.ruleset.loader import load_ruleset

    return load_ruleset(name).rules[-1].id


def _is_dutch(path: Path) -> bool:
    from procesregels.ruleset.parse import detect_language

    return detect_language(path.read_text(encoding="utf-8", errors="replace")) == "nl"


def _no_examples(tmp: Path) -> Path:
    path = tmp / "zonder.rules"
    path.write_text('regelset "Zonder voorbeelden"\n  breidt uit "national"\n', encoding="utf-8")
    return path
