"""The local check page (``goalbook serve``): staff drop their returns in a browser and see
what a reviewer would flag. A thin shell over the same library calls as the command line; it
needs the ``serve`` extra (Starlette, uvicorn, python-multipart, Jinja2), which only
:mod:`goalbook.serve.app` (``make_app``) and the modules it imports load: the package itself
and its settings (:mod:`goalbook.serve.config`) import without it."""

from __future__ import annotations

from goalbook.serve.config import ServeConfig, is_loopback

__all__ = ["ServeConfig", "is_loopback"]
