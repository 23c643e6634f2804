"""The data of the standard vocabulary: `vocabulary.toml` is its one source; this module reads it.

Importing `tomllib` and parsing the file cost about 2.2 ms of CPU on every run that loads the
vocabulary (a typical `lint` spends about 4 ms checking its plan), while the file only changes
with a release. So the same data is also kept as JSON beside it (`vocabulary.prebuilt.json`),
which reads in a tenth of that: written by the build hook in `setup.py` into the wheel and, in a
checkout, on first use (git-ignored). The JSON is never edited by hand and never the source: it is
used only when its key matches the checksum of the TOML text beside it, so an edited TOML is read
as TOML until the JSON is written again. It is read only from the package folder, which is as
trusted as the code, and it is data (JSON), not code.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).with_name("vocabulary.toml")
DERIVED = SOURCE.with_name("vocabulary.prebuilt.json")
FORMAT = 1


def read() -> dict[str, Any]:
    """The vocabulary data of the package (in a checkout, the JSON is brought up to date)."""
    from procesregels.core.resources import in_checkout

    return load(SOURCE, DERIVED, refresh=in_checkout)


def load(source: Path, derived: Path, refresh=lambda: False) -> dict[str, Any]:
    """The data of the TOML file `source`, from `derived` when that was made from this very text;
    otherwise parsed from the TOML (and `derived` rewritten when `refresh()` says so)."""
    text = source.read_bytes()
    key = _key(text)
    data = _derived(derived, key)
    if data is not None:
        return data
    import tomllib

    data = tomllib.loads(text.decode("utf-8"))
    if refresh():
        try:
            write(derived, key, data)
        except OSError:
            pass  # a read-only checkout: read the TOML every time, as without the JSON
    return data


def write_beside(source: Path = SOURCE) -> Path:
    """Write the JSON form of `source` beside it (the build hook in setup.py)."""
    import tomllib

    text = source.read_bytes()
    target = source.with_name(DERIVED.name)
    write(target, _key(text), tomllib.loads(text.decode("utf-8")))
    return target


def write(target: Path, key: str, data: dict[str, Any]) -> None:
    """Atomically: a reader never sees half a file."""
    import json

    from procesregels.core.files import atomic_write

    atomic_write(target, json.dumps({"key": key, "data": data}, ensure_ascii=False).encode("utf-8"))


def _key(text: bytes) -> str:
    return f"{FORMAT}-{len(text)}-{zlib.crc32(text):08x}"


def _derived(derived: Path, key: str) -> dict[str, Any] | None:
    """The data in `derived` when it is there, whole and made from the text with `key`."""
    try:
        content = derived.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    from procesregels.core.resources import json_data

    try:
        form = json_data(content)
    except ValueError:
        return None
    if not isinstance(form, dict) or form.get("key") != key or not isinstance(form.get("data"), dict):
        return None
    return form["data"]
