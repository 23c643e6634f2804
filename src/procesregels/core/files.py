"""Writing a file so that a reader never sees half of it: the workbench's saves and the prebuilt
forms that a checkout writes on first use."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def atomic_write(target: Path, data: bytes) -> None:
    """Temporary file in the same folder, fsync, rename over `target`, fsync the folder: a crash
    (even SIGKILL) leaves the old file or the new one, never half of one."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
