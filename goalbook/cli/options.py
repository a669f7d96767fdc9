"""The options the commands share (``--lang``, ``--force``, ``--framework``, ``-o``, paths), the
GoalbookError guard of every command, and the goalbook group that shows click's usage errors in
both languages."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from goalbook.errors import GoalbookError
from goalbook.layout import LANGS
from goalbook.output import printable
from goalbook.usage import aborted, bilingual, help_hint, usage_line

P = ParamSpec("P")
R = TypeVar("R")
FC = TypeVar("FC", bound=Callable[..., Any])


def fail_cleanly(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a GoalbookError into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except GoalbookError as exc:
            click.echo(f"goalbook: {printable(str(exc))}", err=True)
            sys.exit(2)

    return wrapper


def lang(help: str | None = None) -> Callable[[FC], FC]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default="zh",
        show_default=True,
        metavar="zh|en",
        help=help,
    )


def force(help: str) -> Callable[[FC], FC]:
    return click.option("--force", is_flag=True, help=help)


def framework(default: str | None, help: str) -> Callable[[FC], FC]:
    return click.option(
        "--framework",
        default=default,
        show_default=default is not None,
        metavar="ID|FILE",
        help=help,
    )


def output(help: str, required: bool = False) -> Callable[[FC], FC]:
    return click.option(
        "-o",
        "--output",
        "output",
        required=required,  # no explicit default: with one, click 8.4 skips the required check
        type=click.Path(path_type=Path),
        help=help,
    )


def paths() -> Callable[[FC], FC]:
    return click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))


class Bilingual(click.Group):
    """The goalbook group: click's own usage errors shown in both languages (exit status 2)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            _show_usage_error(exc)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"goalbook: {bilingual(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo(aborted(), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def _show_usage_error(exc: click.UsageError) -> None:
    ctx = exc.ctx
    if ctx is not None:
        click.echo(usage_line(ctx.get_usage()), err=True)
        if ctx.command.get_help_option(ctx) is not None:
            click.echo(help_hint(f"{ctx.command_path} {ctx.help_option_names[0]}"), err=True)
        click.echo("", err=True)
    click.echo(f"goalbook: {bilingual(exc.format_message())}", err=True)
