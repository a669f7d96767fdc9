"""``goalbook diff``: what changed between two returns, or two folders of returns."""

from __future__ import annotations

import json
from pathlib import Path

import click

from goalbook.cli import options as opt
from goalbook.errors import GoalbookError
from goalbook.output import json_text, printable


@click.command()
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
        click.echo(f"wrote {printable(str(output))}", err=True)
