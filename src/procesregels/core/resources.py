"""Where the shipped data lives: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def shipped_dir(name: str) -> Path:
    """The folder `grammar` or `rulesets`: in the wheel next to this module, else in the checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"procesregels is installed without its {name}/ folder")


def in_checkout() -> bool:
    """True when running from a checkout (the shipped folders at its top, not in the package):
    there, data derived from a source file is written on first use; an installed package has
    what its build wrote and is never written to."""
    return shipped_dir("rulesets").resolve() != (_PACKAGE / "rulesets").resolve()


def grammar_file() -> Path:
    return shipped_dir("grammar") / "procesregels.lark"


def rulesets_dir() -> Path:
    return shipped_dir("rulesets")


def display_path(path: str | Path) -> str:
    """How a file is named in output: relative to the working folder when inside it; a bundled
    ruleset as `rulesets/<name>.rules` wherever the package is installed, so that reports do not
    depend on where a virtual environment lives; any other file as given."""
    given = Path(path)
    resolved = given.resolve()
    # The bundled folder first: a virtual environment often lives inside the working folder.
    for base in (rulesets_dir().resolve().parent, Path.cwd().resolve()):
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return given.as_posix()


def json_data(text: str | bytes) -> Any:
    """The values of a JSON text the package ships (the vocabulary's and the bundled rulesets'
    prebuilt forms): dicts, lists, strings, numbers, booleans and None, as `json.loads` gives
    them; not JSON raises ValueError. Read by pydantic-core's parser, which every run has loaded
    with pydantic, because importing the `json` module cost about 1 ms of every `lint` that used
    nothing else of it (a test compares both on every shipped form)."""
    from pydantic_core import from_json

    return from_json(text)
