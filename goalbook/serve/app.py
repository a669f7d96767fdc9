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


def make_app(config: ServeConfig) -> Starlette:
    """The page as an ASGI application (see the module's description)."""
    frameworks = _frameworks(config)
    limiter: list[anyio.CapacityLimiter] = []  # made in the event loop, on first use
    mb = f"{config.max_file_bytes / 2**20:g}"

    def page(name: str, lang: str, status: int = 200, **values: object) -> HTMLResponse:
        return HTMLResponse(render(name, lang, **values), status_code=status)

    def failed(lang: str, status: int, key: str, **extra: str) -> HTMLResponse:
        message = words(lang)[key].format(files=config.max_files, mb=mb, **extra)
        return page("error", lang, status, message=message)

    async def index(request: Request) -> Response:
        lang = _lang(request, config.lang)
        limits = words(lang)["limits"].format(files=config.max_files, mb=mb)
        return page("index", lang, limits=limits)

    async def check(request: Request) -> Response:
        lang = _lang(request, config.lang)
        length = request.headers.get("content-length", "")
        if not length.isdigit():
            return failed(lang, 411, "length_required")
        if int(length) > config.max_body_bytes:
            return failed(lang, 413, "too_large")
        request = Request(request.scope, _bounded(request.receive, config.max_body_bytes))
        if not limiter:
            limiter.append(anyio.CapacityLimiter(config.concurrent))
        try:
            async with request.form(max_files=config.max_files, max_fields=20) as form:
                uploads = [
                    item
                    for item in form.getlist("files")
                    if isinstance(item, UploadFile) and item.filename
                ]
                if not uploads:
                    return failed(lang, 400, "no_file")
                items = [(item.filename or "", item.file) for item in uploads]
                outcome = await anyio.to_thread.run_sync(
                    check_uploads, items, config, lang, limiter=limiter[0]
                )
        except _BodyTooLarge:
            return failed(lang, 413, "too_large")
        except HTTPException as exc:  # the form itself: too many files or fields, malformed
            if "Too many" in exc.detail:
                return failed(lang, 413, "too_large")
            return failed(lang, 400, "bad_form", why=exc.detail)
        except ClientDisconnect:  # gone before the upload was complete: nothing was saved
            return Response(status_code=400)
        return HTMLResponse(results_page(outcome, lang))

    async def templates(request: Request) -> Response:
        lang = _lang(request, config.lang)
        query = f"?lang={lang}"
        links = template_links(list(frameworks.values()), config.kinds, lang, query)
        return page("templates", lang, links=links)

    async def template(request: Request) -> Response:
        lang = _lang(request, config.lang)
        framework = frameworks.get(request.path_params["framework"])
        kind = request.path_params["kind"]
        if framework is None or kind not in config.kinds:
            return failed(lang, 404, "not_found")
        opts = TemplateOptions(framework, kind, config.year, config.unit, lang=lang)
        data = await anyio.to_thread.run_sync(template_bytes, opts, config.work)
        name = template_name(framework, kind, lang, config.year)
        fallback = template_name(framework, kind, "en", config.year)
        disposition = content_disposition(name, fallback)
        return Response(data, media_type=XLSX, headers={"content-disposition": disposition})

    async def rules(request: Request) -> Response:
        lang = _lang(request, config.lang)
        return page("rules", lang, rules=rule_views(lang))

    async def not_found(request: Request, exc: Exception) -> Response:
        lang = _lang(request, config.lang)
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        key = "not_found" if status in (404, 405) else "error_page"
        return page("error", lang, status, message=words(lang)[key])

    routes = [
        Route("/", index),
        Route("/check", check, methods=["POST"]),
        Route("/templates", templates),
        Route("/template/{framework}/{kind}.xlsx", template),
        Route("/rules", rules),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(packages=[("goalbook.serve", "static")]), name="static"),
    ]
    hosts = ["*"] if not is_loopback(config.host) else [*LOOPBACK_NAMES, config.host]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(Guard, token=config.token),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        ],
        exception_handlers={404: not_found, 405: not_found},
    )
