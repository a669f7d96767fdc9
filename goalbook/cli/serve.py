"""``goalbook serve``: the local check page, started under uvicorn."""

from __future__ import annotations

import importlib.util
import re
import secrets
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import click

from goalbook.cli import options as opt
from goalbook.cli.words import said
from goalbook.errors import GoalbookError
from goalbook.serve.config import ServeConfig, is_loopback

TOKEN = re.compile(r"[A-Za-z0-9._~-]{8,}")  # safe in an address and in a cookie
CONNECTIONS = 100
NEEDED = ("starlette", "uvicorn", "multipart", "jinja2")
DEFAULTS = ServeConfig(work=Path())  # the options' defaults are the page's settings' own


def missing_modules() -> list[str]:
    """The modules of the serve extra that are not installed."""
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


@click.command()
@click.option(
    "--host",
    default=DEFAULTS.host,
    show_default=True,
    help="Address to listen on; anything but this machine's loopback serves the "
    "network (a token is then required).",
)
@click.option("--port", default=DEFAULTS.port, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    default=DEFAULTS.token,
    help="Every request must carry it (generated when --host serves the network).",
)
@click.option(
    "--keep",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULTS.keep,
    help="Keep uploads and their outputs in this folder (default: nothing is kept).",
)
@opt.lang("Language of the page (visitors can switch).")
@click.option(
    "--max-files",
    default=DEFAULTS.max_files,
    show_default=True,
    type=click.IntRange(1, 500),
    help="Workbooks in one upload.",
)
@click.option(
    "--max-mb",
    default=DEFAULTS.max_file_bytes / 2**20,
    show_default=True,
    type=click.FloatRange(0.01, 1024),
    help="Size of one uploaded workbook, in MB.",
)
@click.option(
    "--jobs",
    default=DEFAULTS.jobs,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes of one upload's check.",
)
@click.option(
    "--concurrent",
    default=DEFAULTS.concurrent,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Uploads checked at the same time (the others wait).",
)
@click.option(
    "--timeout",
    default=DEFAULTS.timeout,
    show_default=True,
    type=click.FloatRange(1, 3600),
    help="Seconds one workbook may take to check.",
)
@click.option(
    "--framework",
    "frameworks",
    multiple=True,
    metavar="ID|FILE",
    help="Frameworks whose blank templates are offered (repeat; default: all built-in).",
)
@click.option(
    "--year", type=int, default=DEFAULTS.year, help="Budget year written into the templates."
)
@click.option("--unit", default=DEFAULTS.unit, help="Unit name written into the templates.")
@opt.fail_cleanly
def serve(
    host: str,
    port: int,
    token: str | None,
    keep: Path | None,
    lang: str,
    max_files: int,
    max_mb: float,
    jobs: int,
    concurrent: int,
    timeout: float,
    frameworks: tuple[str, ...],
    year: int | None,
    unit: str,
) -> None:
    """Start the local check page: staff drop their returns in a browser and see what a
    reviewer would flag, download annotated copies, blank templates and read the rules."""
    missing = missing_modules()
    if missing:
        click.echo(f"goalbook: {said('missing', lang, names=', '.join(missing))}", err=True)
        sys.exit(2)
    if token is not None and not TOKEN.fullmatch(token):
        raise GoalbookError(
            "--token: 须为 8 个以上的字母、数字或 -_.~ / 8 or more of A-Z a-z 0-9 -_.~"
        )
    if not is_loopback(host):
        token = token or secrets.token_urlsafe(16)
        click.echo(f"goalbook: {said('open', lang, host=host)}", err=True)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="goalbook-serve-"))
    try:
        _run(
            ServeConfig(
                work=work,
                host=host,
                port=port,
                token=token,
                lang=lang,
                keep=keep,
                max_file_bytes=int(max_mb * 2**20),
                max_files=max_files,
                jobs=jobs,
                concurrent=concurrent,
                timeout=timeout,
                frameworks=frameworks,
                year=year,
                unit=unit,
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(config: ServeConfig) -> None:
    """Print the address and serve until Ctrl+C."""
    import uvicorn

    from goalbook.serve.app import make_app

    app = make_app(config)
    shown = config.host if is_loopback(config.host) else socket.gethostname()
    token = f"?token={config.token}" if config.token else ""
    click.echo(f"goalbook serve: http://{shown}:{config.port}/{token}")
    click.echo(said("stop", config.lang))
    uvicorn.run(
        app,
        host=config.host,
        port=config.port,
        log_level="warning",
        lifespan="off",
        limit_concurrency=CONNECTIONS,  # beyond: 503 at once, not an ever longer queue
        timeout_keep_alive=5,
    )
