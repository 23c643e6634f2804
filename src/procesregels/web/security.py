"""What every request passes before a page sees it, and the CSRF token of every write.

`Guard` is plain ASGI middleware (no Starlette import needed at this layer):
- refuses raw paths with encoded slashes, backslashes or control characters (`%2F`, `%5C`, `%00`):
  after decoding they would look like ordinary folder separators;
- with `--auth FILE`, asks for a user and password (HTTP Basic, scrypt-checked, cached per
  header for a few minutes so a page's requests do not each pay for scrypt); with
  `--trust-header NAME`, takes the user from that header of the reverse proxy, and refuses a
  request without it;
- refuses bodies larger than the upload limit (the size is counted, not taken from the header);
- gives each browser a session cookie (random, HttpOnly, SameSite=Strict) from which its CSRF
  token is derived (HMAC with the workspace's secret), and adds the security headers
  (Content-Security-Policy `default-src 'self'`, no framing, no sniffing) to every answer.

`access_for` decides at start-up who may connect at all: no login is needed on the loopback address
only; any other address needs `--auth FILE` or `--trust-header NAME`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from procesregels.errors import ConfigError
from procesregels.i18n import text
from procesregels.web import auth

SESSION_COOKIE = "pr_session"
LANG_COOKIE = "pr_lang"
#: A plan or ruleset is at most 5 MB; a form or upload carries a little more around it.
MAX_BODY = 5 * 1024 * 1024 + 256 * 1024
CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_BAD_RAW = (b"%2f", b"%5c", b"%00", b"\\")
_AUTH_CACHE_SECONDS = 300

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


@dataclass
class Access:
    """Who may use the workbench: everyone on this computer, the users of a file, or the proxy's."""

    users: dict[str, str] = field(default_factory=dict)
    trust_header: str | None = None
    _cache: dict[bytes, tuple[str, float]] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        return not self.users and not self.trust_header

    def user(self, headers: dict[bytes, bytes]) -> str | None:
        if self.trust_header:
            value = headers.get(self.trust_header.lower().encode("latin-1"), b"").decode("latin-1").strip()
            return value if value and auth.valid_name(value) else None
        header = headers.get(b"authorization", b"")
        key = hashlib.sha256(header).digest()
        cached = self._cache.get(key)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        name = auth.check_basic(header.decode("latin-1"), self.users)
        if name is not None:
            if len(self._cache) > 1000:
                self._cache.clear()
            self._cache[key] = (name, time.monotonic() + _AUTH_CACHE_SECONDS)
        return name


def load_secret(state_folder: Path) -> bytes:
    """The workspace's CSRF secret: kept on disk so a restart does not void open forms."""
    path = state_folder / "secret"
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except OSError:
        pass
    data = secrets.token_bytes(32)
    path.touch(mode=0o600)
    path.write_bytes(data)
    return data


def csrf_token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: bytes, session: str | None, token: str | None) -> bool:
    if not session or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, session), token)


def _cookies(headers: dict[bytes, bytes]) -> dict[str, str]:
    found = {}
    for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            found[name] = value
    return found


class Guard:
    def __init__(self, app: ASGIApp, access: Access, max_body: int = MAX_BODY):
        self.app = app
        self.access = access
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
        if any(bad in raw.lower() for bad in _BAD_RAW) or any(byte < 0x20 or byte == 0x7F for byte in raw):
            await _plain(send, 400, b"Bad path")
            return
        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        user = None
        if not self.access.open:
            user = self.access.user(headers)
            if user is None:
                extra = [] if self.access.trust_header else [(b"www-authenticate", b'Basic realm="procesregels", charset="UTF-8"')]
                await _plain(send, 401, b"Login required", extra)
                return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _too_large(send)
            return
        cookies = _cookies(headers)
        session = cookies.get(SESSION_COOKIE, "")
        new_session = not (session.isalnum() and 20 <= len(session) <= 64)
        if new_session:
            session = secrets.token_hex(16)
        state = scope.setdefault("state", {})
        state.update(session=session, user=user, lang_cookie=cookies.get(LANG_COOKIE))

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
                if new_session:
                    cookie = f"{SESSION_COOKIE}={session}; Path=/; HttpOnly; SameSite=Strict"
                    message["headers"].append((b"set-cookie", cookie.encode()))
            await send(message)

        await self.app(scope, _limited(receive, self.max_body), send_with_headers)


class BodyTooLarge(Exception):
    pass


def _limited(receive: Callable, limit: int) -> Callable:
    seen = 0

    async def limited() -> dict[str, Any]:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge()
        return message

    return limited


async def _too_large(send: Callable) -> None:
    """A body over the limit, refused before it is read: a small page in both languages."""
    from html import escape

    from procesregels.i18n import text

    said = " / ".join(escape(text("web.error.too_large", lang)) for lang in ("nl", "en"))
    body = (f'<!doctype html><html lang="nl"><meta charset="utf-8"><title>413</title>'
            f'<p role="alert">{said}</p><p><a href="/">{escape(text("web.back_overview", "nl"))}</a></p></html>')
    await _plain(send, 413, body.encode("utf-8"), [(b"content-type", b"text/html; charset=utf-8")])


async def _plain(send: Callable, status: int, body: bytes, extra: list | None = None) -> None:
    extra = extra or []
    kind = [] if any(name == b"content-type" for name, _ in extra) else [(b"content-type", b"text/plain; charset=utf-8")]
    headers = [*kind, *HEADERS, *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# -- who may connect: decided once, when the server starts ----------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def access_for(host: str, auth_file: str | None, trust_header: str | None, lang: str = "en"):
    """The access rules for a server on `host`; ConfigError when they would leave it open."""
    if auth_file and trust_header:
        raise ConfigError(text("web.serve.auth_or_header", lang))
    if auth_file:
        try:
            users = auth.read_users(Path(auth_file))
        except auth.AuthFileError as error:
            raise ConfigError(text("web.serve.bad_auth_file", lang, {"where": str(error)})) from None
        if not users:
            raise ConfigError(text("web.serve.no_users", lang, {"path": auth_file}))
        return Access(users=users)
    if trust_header:
        return Access(trust_header=trust_header)
    if not is_loopback(host):
        raise ConfigError(text("web.serve.open_host", lang, {"host": host}))
    return Access()
