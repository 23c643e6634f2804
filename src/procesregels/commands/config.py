"""Project configuration: `procesregels.toml` or `[tool.procesregels]` in `pyproject.toml`.

Discovery follows ruff and yamllint: walk up from the plan's directory and take the first
configuration found. In one directory `procesregels.toml` wins over `pyproject.toml`, and a
`pyproject.toml` without a `[tool.procesregels]` table does not count (most projects have one
for other tools). Options given on the command line win over the file (`Config.merged`).

A typo in a configuration must not pass silently (a misspelt `ignore` would quietly turn a
check back on), so unknown keys and wrong types are a ConfigError naming the file, the line of
the key where it can be found, and the nearest known key.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final, Literal, Mapping

from procesregels.core.record import Record, field_names, replace
from procesregels.core.suggest import close_matches
from procesregels.core.vocabulary import severity_of
from procesregels.errors import ConfigError, os_reason
from procesregels.i18n import LANGS, answer_lang, text
from procesregels.span import Span

OWN_FILE = "procesregels.toml"
PYPROJECT = "pyproject.toml"
TOOL_TABLE = ("tool", "procesregels")

#: The severities `fail-on` may name: a run cannot fail on info. Dutch words are accepted too
#: (the people who write these files are Dutch officers): the vocabulary knows them.
FAIL_LEVELS = ("error", "warning")
KEYS = ("ruleset", "lang", "select", "ignore", "format", "fail-on", "output")
DEFAULT_RULESET = "national"


class Config(Record):
    """The settings of a `lint` run, the one settings object: the defaults, overlaid by a
    configuration file (`read_config`), overlaid by the command line (`merged`). Immutable."""

    __slots__ = ("path", "ruleset", "lang", "select", "ignore", "format", "fail_on", "output")
    path: Final[Path | None]  # the file these settings came from
    ruleset: Final[str]  # a bundled ruleset name, or an absolute path
    lang: Final[str | None]  # None: the ruleset's language
    select: Final[tuple[str, ...]]
    ignore: Final[tuple[str, ...]]
    format: Final[str]
    fail_on: Final[Literal["error", "warning"]]
    output: Final[str | None]  # an absolute path; None: stdout

    def __init__(self, path: Path | None = None, ruleset: str = DEFAULT_RULESET, lang: str | None = None,
                 select: tuple[str, ...] = (), ignore: tuple[str, ...] = (), format: str = "text",
                 fail_on: Literal["error", "warning"] = "error", output: str | None = None) -> None:
        self.path, self.ruleset, self.lang, self.select, self.ignore = path, ruleset, lang, select, ignore
        self.format, self.fail_on, self.output = format, fail_on, output

    def merged(self, options: Mapping[str, Any]) -> Config:
        """These settings with every command-line option that was given put on top.

        `options` uses the Python names (`fail_on`); a value of None or an empty sequence
        means the option was not given, so the file's value stays.
        """
        known = set(field_names(self)) - {"path"}
        changes: dict[str, Any] = {}
        for name, value in options.items():
            if name not in known:
                raise TypeError(f"Config has no option {name!r}")
            if value is None or (isinstance(value, (tuple, list)) and not value):
                continue
            changes[name] = _split_ids(value) if name in ("select", "ignore") else value
        return replace(self, **changes)


def find_config(start: Path) -> Config | None:
    """The first configuration in `start` (a plan file or a folder) or one of its parents."""
    start = Path(start).resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        own = directory / OWN_FILE
        if _is_file(own):
            return read_config(own)
        pyproject = directory / PYPROJECT
        if _is_file(pyproject) and _has_tool_table(pyproject):
            return read_config(pyproject)
    return None


def _is_file(path: Path) -> bool:
    # A parent folder we may not look into (another user's home) holds no configuration for us.
    try:
        return path.is_file()
    except OSError:
        return False


def read_config(path: Path) -> Config:
    """Read one configuration file; raises ConfigError for bad TOML, unknown keys, wrong types."""
    path = Path(path)
    source = _read_text(path)
    document = _parse_toml(source, path)
    section = TOOL_TABLE if path.name == PYPROJECT else ()
    table = _dig(document, section)
    if not isinstance(table, dict):
        raise _error(path, source, section, None, "error.config.not_table")
    values: dict[str, Any] = {}
    for key, value in sorted(table.items()):
        if key not in KEYS:
            raise _unknown_key(path, source, section, key)
        values[key.replace("-", "_")] = _validated(path, source, section, key, value)
    return Config(path=path.resolve(), **values)


# -- values ---------------------------------------------------------------------------------


def _validated(path: Path, source: str, section: tuple[str, ...], key: str, value: Any) -> Any:
    def fail(expected: str) -> ConfigError:
        return _error(path, source, section, key, "error.config.wrong_value",
                      key=key, expected=expected, value=_show(value))

    if key in ("select", "ignore"):
        if isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            return _split_ids(value)
        raise fail("a list of rule ids, e.g. [\"R1\", \"R7\"]")
    if not isinstance(value, str) or not value.strip():
        raise fail("a text")
    value = value.strip()
    if key == "lang":
        if value.lower() not in LANGS:
            raise fail("'en' or 'nl'")
        return value.lower()
    if key == "fail-on":
        level = severity_of(value)
        if level not in FAIL_LEVELS:
            raise fail("'error' or 'warning'")
        return level
    if key == "ruleset":
        return _ruleset_reference(value, path.resolve().parent)
    if key == "output":
        return str(path.resolve().parent / value)
    if key == "format":
        from procesregels.reporters import REPORTERS  # only when a configuration names a format

        if value not in REPORTERS:
            error = fail("one of " + ", ".join(sorted(REPORTERS)))
            error.suggestions = close_matches(value, sorted(REPORTERS), n=1)
            raise error
    return value


def _ruleset_reference(value: str, base: Path) -> str:
    """A bundled name stays a name; anything that looks like a path is made absolute.

    Relative paths are relative to the configuration file, so the setting means the same
    wherever `procesregels` is started from.
    """
    candidate = base / value
    looks_like_path = "/" in value or "\\" in value or value.endswith(".rules")
    return str(candidate) if looks_like_path or candidate.is_file() else value


def _split_ids(value: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Rule ids from a list or a comma-separated text, stripped, without empty entries."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(item.strip() for part in items for item in part.split(",") if item.strip())


def _show(value: Any) -> str:
    shown = repr(value) if not isinstance(value, bool) else str(value).lower()
    return shown if len(shown) <= 60 else shown[:57] + "..."


# -- files ----------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(text("error.config.not_utf8", answer_lang(), {"path": str(path)})) from None
    except OSError as error:
        raise ConfigError(
            text("error.config.unreadable", answer_lang(), {"path": str(path), "reason": os_reason(error, answer_lang())})
        ) from None


def _parse_toml(source: str, path: Path) -> dict[str, Any]:
    import tomllib  # here: only a run with a configuration file reads TOML (tomllib costs ~1.5 ms to import)

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        # tomllib puts the place in the message: "Invalid value (at line 3, column 9)".
        message = str(error)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        span = Span(_shown(path), int(found[1]), int(found[2])) if found else None
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        raise ConfigError(
            text("error.config.bad_toml", answer_lang(), {"reason": reason}), span, source_text=source
        ) from None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        source = _read_text(pyproject)
        return _dig(_parse_toml(source, pyproject), TOOL_TABLE) is not None
    except ConfigError:
        # A broken pyproject.toml of some other project higher up is not ours to report,
        # unless it is meant for us (then read_config reports where it is broken).
        try:
            return "tool.procesregels" in pyproject.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False


def _dig(document: dict[str, Any], section: tuple[str, ...]) -> Any:
    node: Any = document
    for name in section:
        if not isinstance(node, dict) or name not in node:
            return None
        node = node[name]
    return node


# -- errors ---------------------------------------------------------------------------------


def _unknown_key(path: Path, source: str, section: tuple[str, ...], key: str) -> ConfigError:
    error = _error(path, source, section, key, "error.config.unknown_key", key=key)
    error.suggestions = close_matches(key, KEYS, n=1, cutoff=0.6)
    if not error.suggestions:
        error.detail = text("error.config.known_keys", answer_lang(), {"keys": ", ".join(KEYS)})
    return error


def _error(
    path: Path, source: str, section: tuple[str, ...], at_key: str | None, message: str,
    **args: Any,
) -> ConfigError:
    span = _locate(source, _shown(path), section, at_key)
    return ConfigError(text(message, answer_lang(), args), span, source_text=source)


def _shown(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _locate(source: str, path: str, section: tuple[str, ...], key: str | None) -> Span | None:
    """The line of `key` inside the table `section` (tomllib keeps no positions)."""
    wanted_table = ".".join(section)
    table = ""
    for number, line in enumerate(source.splitlines(), start=1):
        header = re.match(r"\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$", line)
        if header:
            table = re.sub(r"\s*\.\s*", ".", header[1].replace('"', ""))
            if key is None and table == wanted_table:
                return Span(path, number, line.index("[") + 1)
            continue
        if key is None or table != wanted_table:
            continue
        found = re.match(r"(\s*)[\"']?" + re.escape(key) + r"[\"']?\s*=", line)
        if found:
            column = len(found[1]) + 1
            return Span(path, number, column, number, column + len(key))
    return None
