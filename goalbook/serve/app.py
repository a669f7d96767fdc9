"""The Starlette application of ``goalbook serve``: :func:`make_app` builds it from a
:class:`~goalbook.serve.config.ServeConfig`, so that tests run it in-process and the command
runs it under uvicorn.

Routes: ``GET /`` the upload page; ``POST /check`` the results (files checked as
``goalbook check`` checks them, in the worker pool); ``GET /templates`` and
``GET /template/{framework}/{kind}.xlsx`` blank templates; ``GET /rules`` the catalogue;
``/static/…`` the page's own stylesheet and script. Every response carries a strict content
security policy; with a token every request must carry it.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from goalbook.frameworks import Framework, builtin_ids, load_framework
from goalbook.layout import LANGS
from goalbook.plural import count
from goalbook.serve.checking import check_uploads
from goalbook.serve.config import ServeConfig, is_loopback
from goalbook.serve.downloads import content_disposition, template_bytes, template_name
from goalbook.serve.pages import XLSX, render, results_page, rule_views, template_links
from goalbook.serve.words import words
from goalbook.template import TemplateOptions

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "goalbook_token"
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


class _BodyTooLarge(Exception):
    pass


class Guard:
    """Every response gets the security headers; with a token, a request without it (header
    ``Authorization: Bearer …`` or ``X-Goalbook-Token``, ``?token=``, or the cookie set on the
    first visit with ``?token=``) gets 403 and nothing else."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        via_query = False
        if self.token is not None:
            given = _given_token(request)
            if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
                lang = _lang(request, "zh")
                page = render("error", lang, message=words(lang)["forbidden"])
                await _secured(HTMLResponse(page, status_code=403))(scope, receive, send)
                return
            via_query = "token" in request.query_params

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
                if via_query and self.token is not None:
                    headers.append(
                        "set-cookie",
                        f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict",
                    )
            await send(message)

        await self.app(scope, receive, send_secured)


def _secured(response: Response) -> Response:
    for key, value in SECURITY_HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def _given_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return (
        request.headers.get("x-goalbook-token")
        or request.query_params.get("token")
        or request.cookies.get(TOKEN_COOKIE)
    )


def _lang(request: Request, default: str) -> str:
    lang = request.query_params.get("lang", default)
    return lang if lang in LANGS else default


def _bounded(receive: Receive, limit: int) -> Receive:
    """``receive`` that stops a body longer than ``limit`` (whatever its declared length)."""
    seen = 0

    async def inner() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _BodyTooLarge
        return message

    return inner


def _frameworks(config: ServeConfig) -> dict[str, Framework]:
    refs = config.frameworks or tuple(builtin_ids())
    loaded = [load_framework(ref) for ref in refs]
    return {fw.id: fw for fw in loaded}


class _Site:
    """The handlers of the page, over one configuration."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.frameworks = _frameworks(config)
        self.limiter: anyio.CapacityLimiter | None = None  # made in the event loop, when used
        self.mb = f"{config.max_file_bytes / 2**20:g}"
        n = config.max_files  # the limits as the page says them: n (中文), files (English)
        self.sizes = {"n": str(n), "files": count(n, "file"), "mb": self.mb}

    def lang(self, request: Request) -> str:
        return _lang(request, self.config.lang)

    def page(self, name: str, lang: str, status: int = 200, **values: object) -> HTMLResponse:
        return HTMLResponse(render(name, lang, **values), status_code=status)

    def failed(self, lang: str, status: int, key: str, **extra: str) -> HTMLResponse:
        message = words(lang)[key].format(**self.sizes, **extra)
        return self.page("error", lang, status, message=message)

    async def index(self, request: Request) -> Response:
        lang = self.lang(request)
        limits = words(lang)["limits"].format(**self.sizes)
        return self.page("index", lang, limits=limits)

    async def check(self, request: Request) -> Response:
        lang, config = self.lang(request), self.config
        length = request.headers.get("content-length", "")
        if not length.isdigit():
            return self.failed(lang, 411, "length_required")
        if int(length) > config.max_body_bytes:
            return self.failed(lang, 413, "too_large")
        request = Request(request.scope, _bounded(request.receive, config.max_body_bytes))
        try:
            async with request.form(max_files=config.max_files, max_fields=20) as form:
                uploads = [
                    item
                    for item in form.getlist("files")
                    if isinstance(item, UploadFile) and item.filename
                ]
                if not uploads:
                    return self.failed(lang, 400, "no_file")
                items = [(item.filename or "", item.file) for item in uploads]
                self.limiter = self.limiter or anyio.CapacityLimiter(config.concurrent)
                outcome = await anyio.to_thread.run_sync(
                    check_uploads, items, config, lang, limiter=self.limiter
                )
        except _BodyTooLarge:
            return self.failed(lang, 413, "too_large")
        except HTTPException as exc:  # the form itself: too many files or fields, malformed
            if "Too many" in exc.detail:
                return self.failed(lang, 413, "too_large")
            return self.failed(lang, 400, "bad_form", why=exc.detail)
        except ClientDisconnect:  # gone before the upload was complete: nothing was saved
            return Response(status_code=400)
        return HTMLResponse(results_page(outcome, lang))

    async def templates(self, request: Request) -> Response:
        lang = self.lang(request)
        frameworks = list(self.frameworks.values())
        links = template_links(frameworks, self.config.kinds, lang, f"?lang={lang}")
        return self.page("templates", lang, links=links)

    async def template(self, request: Request) -> Response:
        lang, config = self.lang(request), self.config
        framework = self.frameworks.get(request.path_params["framework"])
        kind = request.path_params["kind"]
        if framework is None or kind not in config.kinds:
            return self.failed(lang, 404, "not_found")
        opts = TemplateOptions(framework, kind, config.year, config.unit, lang=lang)
        data = await anyio.to_thread.run_sync(template_bytes, opts, config.work)
        name = template_name(framework, kind, lang, config.year)
        fallback = template_name(framework, kind, "en", config.year)
        disposition = content_disposition(name, fallback)
        return Response(data, media_type=XLSX, headers={"content-disposition": disposition})

    async def rules(self, request: Request) -> Response:
        lang = self.lang(request)
        return self.page("rules", lang, rules=rule_views(lang))

    async def no_icon(self, request: Request) -> Response:
        return Response(status_code=204)

    async def not_found(self, request: Request, exc: Exception) -> Response:
        lang = self.lang(request)
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        key = "not_found" if status in (404, 405) else "error_page"
        return self.page("error", lang, status, message=words(lang)[key])


def make_app(config: ServeConfig) -> Starlette:
    """The page as an ASGI application (see the module's description)."""
    site = _Site(config)
    routes = [
        Route("/", site.index),
        Route("/check", site.check, methods=["POST"]),
        Route("/templates", site.templates),
        Route("/template/{framework}/{kind}.xlsx", site.template),
        Route("/rules", site.rules),
        Route("/favicon.ico", site.no_icon),
        Mount("/static", StaticFiles(packages=[("goalbook.serve", "static")]), name="static"),
    ]
    hosts = ["*"] if not is_loopback(config.host) else [*LOOPBACK_NAMES, config.host]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(Guard, token=config.token),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        ],
        exception_handlers={404: site.not_found, 405: site.not_found},
    )
