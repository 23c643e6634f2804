"""Users of a workbench that listens beyond this computer: a file of names and scrypt hashes.

One line per user, `name:scrypt:N:r:p:salt:hash` (salt and hash in base64), written by
`procesregels serve --add-user NAME`. Passwords are never stored, only their scrypt hash with a
random salt; checking compares in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

N, R, P = 2**14, 8, 1
_NAME = re.compile(r"[A-Za-z0-9._@-]{1,64}")


class AuthFileError(ValueError):
    pass


def valid_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name))


def hash_password(password: str, salt: bytes | None = None, n: int = N, r: int = R, p: int = P) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt:{n}:{r}:{p}:{base64.b64encode(salt).decode()}:{base64.b64encode(digest).decode()}"


def verify(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split(":")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def read_users(path: Path) -> dict[str, str]:
    """name -> stored hash; AuthFileError for a file that cannot be used."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise AuthFileError(str(error)) from None
    users = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, stored = line.partition(":")
        if not valid_name(name) or not stored.startswith("scrypt:"):
            raise AuthFileError(f"{path}:{number}")
        users[name] = stored
    return users


def add_user(path: Path, name: str, password: str) -> None:
    """Add `name` (or replace its password); the file is readable by its owner only."""
    if not valid_name(name):
        raise AuthFileError(name)
    users = read_users(path)
    users[name] = hash_password(password)
    body = "".join(f"{user}:{stored}\n" for user, stored in sorted(users.items()))
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(body)


def check_basic(header: str | None, users: dict[str, str]) -> str | None:
    """The user named by an `Authorization: Basic ...` header when the password matches."""
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        name, _, password = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    stored = users.get(name)
    if stored is None:
        hash_password(password)  # the same work for an unknown name: no timing hint
        return None
    return name if verify(password, stored) else None
