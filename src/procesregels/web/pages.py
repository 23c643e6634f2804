"""What every page handler shares: the language, the templates, the CSRF check, forms, answers.

Templates are Jinja2 with autoescape on for everything, so a plan title or rule text containing
markup is shown as text. Every text on a page comes from the catalogue (`t('web.key')`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from procesregels.i18n import text
from procesregels.web import security

TEMPLATES = Path(__file__).resolve().parent / "templates"
LANGS = ("nl", "en")


@dataclass(frozen=True)
class Settings:
    """What the application was started with."""

    workspace: Path
    secret: bytes
    access: security.Access
    demo: bool = False


class FormProblem(Exception):
    """A form that cannot be read (too large, malformed): shown as a message, never a 500."""

    def __init__(self, key: str, form: FormData | None = None):
        super().__init__(key)
        self.key = key
        self.form = form  # what was sent, when it could be read: kept and shown again


@cache
def environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["url"] = url_path
    return env


def url_path(name: str) -> str:
    """A workspace file name as part of a URL: each segment quoted, the slashes kept."""
    return "/".join(quote(part, safe="") for part in name.split("/"))


def settings(request: Request) -> Settings:
    return request.app.state.settings


def lang_of(request: Request) -> str:
    chosen = request.scope.get("state", {}).get("lang_cookie")
    return chosen if chosen in LANGS else "nl"


def session(request: Request) -> str:
    return request.scope.get("state", {}).get("session", "")


def user(request: Request) -> str | None:
    return request.scope.get("state", {}).get("user")


def csrf(request: Request) -> str:
    return security.csrf_token(settings(request).secret, session(request))


def translator(lang: str):
    return lambda key, **args: text(key, lang, args)


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    body = environment().get_template(template).render(
        t=translator(lang), lang=lang, csrf=csrf(request), user=user(request), path=request.url.path,
        query=request.url.query, demo=settings(request).demo, **context)
    return HTMLResponse(body, status_code=status, headers={"cache-control": "no-store"})


def message(request: Request, key: str, status: int = 400, **args: Any) -> HTMLResponse:
    """A page that says one thing (a bad name, a bad upload, a missing file)."""
    return page(request, "message.html.j2", status=status, key=key, args=args)


def redirect(location: str) -> Response:
    return RedirectResponse(location, status_code=303)


async def read_form(request: Request) -> FormData:
    """The submitted form; FormProblem when it is too large or cannot be parsed."""
    from starlette.formparsers import MultiPartException

    try:
        return await request.form(max_files=4, max_fields=20000, max_part_size=security.MAX_BODY)
    except security.BodyTooLarge:
        raise FormProblem("web.error.too_large") from None
    except (MultiPartException, ValueError, UnicodeDecodeError):
        raise FormProblem("web.error.bad_form") from None


async def checked_form(request: Request) -> FormData:
    """The submitted form of a write; FormProblem('web.error.csrf') without a valid token."""
    form = await read_form(request)
    token = form.get("csrf")
    token = token if isinstance(token, str) else request.headers.get("x-csrf-token")
    if not security.csrf_ok(settings(request).secret, session(request), token):
        raise FormProblem("web.error.csrf", form)
    return form


def field(form: FormData, name: str, default: str = "") -> str:
    value = form.get(name)
    return value if isinstance(value, str) else default
