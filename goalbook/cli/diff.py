"""``goalbook diff``: what changed between two returns, or two folders of returns."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import click

from goalbook.cli import options as opt
from goalbook.cli.options import FC
from goalbook.cli.words import said
from goalbook.errors import GoalbookError
from goalbook.output import json_text, printable

if TYPE_CHECKING:  # the checker is loaded by the commands that need it
    from goalbook.check import CheckOptions


# -h as in the goalbook group, as an option of its own: the help (and the README's reference made
# from it) is then the same whether or not the command ran in this process before (click caches
# the help option it makes with the names of the first context it meets)
@click.command()
@click.help_option("-h", "--help")
@click.argument("old", type=click.Path(path_type=Path), metavar="OLD")
@click.argument("new", type=click.Path(path_type=Path), metavar="NEW")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    metavar="text|json",
    help="Output for people (text) or machines (json).",
)
@opt.output("Also write the changes to this .xlsx (one sheet, linked to the new return's cells).")
@opt.force("Overwrite the -o workbook if it exists.")
@opt.lang("Language of the output.")
@opt.fail_cleanly
def diff(old: Path, new: Path, fmt: str, output: Path | None, force: bool, lang: str) -> None:
    """What changed from OLD to NEW: two returns (a resubmission, or last year's and this
    year's table), or two folders whose returns are matched by unit and project.

    Lists indicators added, removed and renamed, targets made stricter or looser (raised or
    lowered when the direction is unknown), tier moves, money changes and goal texts carried
    over word for word. Exit status: 0 (2 for a usage error or a path that does not exist)."""
    from goalbook.diff.run import diff_paths
    from goalbook.diff.text import json_document, text_lines

    for path in (old, new):
        if not path.exists():
            raise GoalbookError(f"{path}: 文件或文件夹不存在 / no such file or folder")
    if output is not None:
        if output.suffix.lower() != ".xlsx":
            raise GoalbookError(f"{output}: -o 应为 .xlsx 文件 / -o must name an .xlsx")
        if output.exists() and not force:
            raise GoalbookError(f"{output}: 已存在；加 --force 覆盖 / exists, use --force")
    comparison = diff_paths(old, new)
    if fmt == "json":
        document = json.dumps(json_document(comparison, lang), ensure_ascii=False)
        click.echo(json_text(document))
    else:
        for line in text_lines(comparison, lang):
            click.echo(line)
    if output is not None:
        from goalbook.diff.workbook import write_workbook

        try:
            write_workbook(output, comparison, lang)
        except OSError as exc:
            raise GoalbookError(f"{output}: 无法写入（{exc.strerror}）/ cannot write") from exc
        click.echo(said("wrote", lang, path=printable(str(output))), err=True)


def previous_options(func: FC) -> FC:
    """``check --previous PATH [--previous-threshold PCT]``."""
    func = click.option(
        "--previous-threshold",
        type=click.FloatRange(0, 1000),
        default=20.0,
        show_default=True,
        metavar="PCT",
        help="With --previous: a quantity target kept while the budget changed by more than "
        "this percentage is a finding (P103).",
    )(func)
    return click.option(
        "--previous",
        type=click.Path(path_type=Path),
        default=None,
        metavar="FILE|DIR",
        help="Compare each return with its previous version (last year's, or the one sent "
        "back; matched by unit and project): P findings, and the findings now resolved.",
    )(func)


def with_previous(
    options: CheckOptions, previous: Path | None, threshold: float, jobs: int = 0
) -> CheckOptions:
    """``options`` with the previous versions read from ``previous`` in ``jobs`` workers (a
    file that cannot be read: one line on stderr, as check says it)."""
    if previous is None:
        return options
    from goalbook.diff.run import load_previous

    if not previous.exists():
        raise GoalbookError(f"{previous}: 文件或文件夹不存在 / no such file or folder")
    share = Decimal(str(threshold)) / 100
    found, unreadable = load_previous(previous, options, share, jobs)
    for bad in unreadable:
        click.echo(f"goalbook: {printable(bad.error)}", err=True)
    return replace(options, previous=found)
