"""Reading and saving workspace files so that nothing typed is ever lost.

- Every save is atomic: the text goes to a temporary file in the same folder, is flushed to disk
  (fsync), then renamed over the old file, and the folder is synced. A crash (even SIGKILL) leaves
  the old file or the new one, never half of one.
- Every save keeps the previous content under `WORKSPACE/.procesregels/versions/<name>/`, with
  the time and (with `--auth`) the user, so an older version can be restored.
- Every edit carries the version it started from (a hash of the bytes it was made from). A save
  whose base is not the file's current version — changed in another tab, by another person or on
  disk — is refused with `Conflict`, which carries the current text so both can be shown.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from procesregels.core.files import atomic_write
from procesregels.web.paths import BadPath, check_name, resolve

STATE_DIR = ".procesregels"
#: The base of an edit that creates a file: there must be no file yet.
NEW = "new"
MAX_BYTES = 5 * 1024 * 1024
#: Older versions beyond this many per file are pruned, oldest first.
KEEP_VERSIONS = 200

_lock = threading.Lock()


class Conflict(Exception):
    """The file changed since the edit began; `current` is what is there now (None: deleted)."""

    def __init__(self, current: Document | None):
        super().__init__("conflict")
        self.current = current


class TooLarge(ValueError):
    pass


class NotText(ValueError):
    pass


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    version: str


@dataclass(frozen=True)
class Version:
    ident: str
    replaced_at: str
    user: str | None
    size: int


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


def read(workspace: Path, name: str) -> Document:
    """The text of a workspace file and its version; FileNotFoundError, TooLarge, NotText, BadPath."""
    data = _read_bytes(resolve(workspace, name))
    if data is None:
        raise FileNotFoundError(name)
    return Document(name, decode(data), version_of(data))


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise TooLarge(len(data))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotText() from None


def current_version(workspace: Path, name: str) -> str:
    data = _read_bytes(resolve(workspace, name))
    return NEW if data is None else version_of(data)


def save(workspace: Path, name: str, text: str, base: str, user: str | None = None) -> str:
    """Write `text` as `name` if the file is still at version `base`; the new version.

    The previous content is kept as a version first. Raises Conflict, TooLarge or BadPath."""
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise TooLarge(len(data))
    target = resolve(workspace, name)
    with _exclusive(workspace):
        current = _read_bytes(target)
        now = NEW if current is None else version_of(current)
        if base != now:
            raise Conflict(None if current is None else Document(name, current.decode("utf-8", "replace"), now))
        if current == data:
            return now
        if current is not None:
            _keep(workspace, name, current, user)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)
    return version_of(data)


def versions(workspace: Path, name: str) -> list[Version]:
    """The kept versions of `name`, newest first."""
    folder = _versions_folder(workspace, name)
    if not folder.is_dir():
        return []
    found = []
    for meta in sorted(folder.glob("*.json"), reverse=True):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found.append(Version(meta.stem, str(info.get("replaced_at", "")), info.get("user"), int(info.get("size", 0))))
    return found


def read_version(workspace: Path, name: str, ident: str) -> str:
    """The text of one kept version; BadPath for an id that is not one."""
    if not ident.replace("-", "").replace(".", "").isalnum() or len(ident) > 80:
        raise BadPath(ident)
    path = _versions_folder(workspace, name) / f"{ident}.txt"
    data = _read_bytes(path)
    if data is None:
        raise FileNotFoundError(ident)
    return decode(data)


def _keep(workspace: Path, name: str, data: bytes, user: str | None) -> None:
    folder = _versions_folder(workspace, name)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ident = f"{now.strftime('%Y%m%dT%H%M%S.%fZ')}-{version_of(data)[:8]}"
    atomic_write(folder / f"{ident}.txt", data)
    meta = {"replaced_at": now.isoformat(timespec="seconds"), "user": user, "size": len(data)}
    atomic_write(folder / f"{ident}.json", json.dumps(meta).encode("utf-8"))
    for old in sorted(folder.glob("*.json"))[:-KEEP_VERSIONS]:
        for path in (old, old.with_suffix(".txt")):
            with contextlib.suppress(OSError):
                path.unlink()


def state_folder(workspace: Path) -> Path:
    folder = workspace.resolve() / STATE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _versions_folder(workspace: Path, name: str) -> Path:
    return state_folder(workspace) / "versions" / check_name(name)


def _read_bytes(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    if len(data) > MAX_BYTES:
        raise TooLarge(len(data))
    return data


@contextlib.contextmanager
def _exclusive(workspace: Path) -> Iterator[None]:
    """One save at a time: a thread lock, and a file lock for other processes on this workspace."""
    with _lock:
        lock_path = state_folder(workspace) / "lock"
        with open(lock_path, "a+b") as handle:
            try:
                import fcntl
            except ImportError:  # not POSIX: the thread lock is all there is
                yield
                return
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
