"""The command line: a thin click shell around the library. Only this package imports click.

Each command parses its options, calls one library function and renders what it returns. The
library modules are imported inside the commands: ``goalbook template`` need not load the
reader, and ``goalbook check`` need not load pandas, openpyxl or xlsxwriter.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from goalbook.cli import options as opt
from goalbook.cli.diff import diff, previous_options, with_previous
from goalbook.cli.serve import serve as serve_command
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult, Severity
from goalbook.frameworks import list_frameworks, load_framework
from goalbook.layout import KINDS
from goalbook.output import printable
from goalbook.version import __version__
from goalbook.vocabulary import MONEY_UNITS

if TYPE_CHECKING:  # the batch runner is loaded by the commands that need it
    from goalbook.batch import CheckRun
    from goalbook.season import Roster, RosterReport


@click.group(cls=opt.Bilingual, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="goalbook")
def main() -> None:
    """goalbook: performance goal tables (绩效目标表) — templates for coordinators, checks for
    reviewers."""


@main.command()
@opt.output("The .xlsx to write; a folder with --roster.", required=True)
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default="project",
    show_default=True,
    metavar="project|department",
    help="项目支出 (project) or 部门整体支出 (department) table.",
)
@opt.framework("nat-2021", "A built-in framework id or a framework TOML file.")
@click.option("--year", type=int, default=None, help="Budget year written into the template.")
@click.option("--unit", default="", help="Unit name written into the template.")
@click.option("--project", default="", help="Project name written into the template.")
@click.option(
    "--money-unit",
    type=click.Choice(MONEY_UNITS),
    default="万元",
    show_default=True,
    metavar="万元|元",
    help="Money unit of every amount.",
)
@opt.lang("Language of labels and instructions.")
@click.option(
    "--roster",
    type=click.Path(path_type=Path),
    default=None,
    help="csv/xlsx with a unit column (and optional project, year, money_unit, kind): "
    "one pre-filled workbook per row into the -o folder.",
)
@opt.force("Overwrite workbooks that already exist.")
@click.option(
    "--all",
    "all_blanks",
    is_flag=True,
    help="Every built-in framework × kind into the -o folder (the templates/ set).",
)
@opt.fail_cleanly
def template(
    output: Path,
    kind: str,
    framework: str,
    year: int | None,
    unit: str,
    project: str,
    money_unit: str,
    lang: str,
    roster: Path | None,
    force: bool,
    all_blanks: bool,
) -> None:
    """Write a blank performance goal table template."""
    from goalbook.roster import (
        RECORD_NAMES,
        RosterError,
        write_blank_set,
        write_roster_templates,
    )
    from goalbook.template import TemplateOptions, write_template

    if all_blanks:
        done = write_blank_set(output, force)
        click.echo(f"wrote {len(done)} templates to {printable(str(output))}")
        return
    opts = TemplateOptions(
        framework=load_framework(framework),
        kind=kind,
        year=year,
        unit=unit,
        project=project,
        money_unit=money_unit,
        lang=lang,
    )
    if roster is not None:
        try:
            written = write_roster_templates(roster, output, opts, force)
        except RosterError as exc:  # every bad row, one line each
            for problem in exc.problems:
                click.echo(f"goalbook: {printable(problem)}", err=True)
            sys.exit(2)
        record = output / RECORD_NAMES[lang]
        click.echo(f"wrote {len(written)} templates to {printable(str(output))}")
        click.echo(f"wrote {printable(str(record))}")
    else:
        if output.exists() and not force:
            raise GoalbookError(f"{output}: 已存在；加 --force 覆盖 / exists, use --force")
        click.echo(f"wrote {printable(str(write_template(output, opts)))}")


main.add_command(diff)


@main.command()
@click.argument("framework_id", required=False, metavar="[ID|FILE]")
@opt.fail_cleanly
def frameworks(framework_id: str | None) -> None:
    """List the built-in frameworks, or show the tiers of one."""
    if framework_id is None:
        for fw in list_frameworks():
            click.echo(f"{fw.id:10}  {fw.name}  ({fw.name_en})")
        return
    fw = load_framework(framework_id)
    click.echo(f"{fw.id}: {fw.name} ({fw.name_en})")
    if fw.required:
        click.echo(f"必填一级指标 required: {'、'.join(fw.required)}")
    for t1 in fw.tier1:
        aliases = f"  [{'、'.join(t1.aliases)}]" if t1.aliases else ""
        click.echo(f"{t1.name} ({t1.en}){aliases}")
        for t2 in t1.tier2:
            aliases = f"  [{'、'.join(t2.aliases)}]" if t2.aliases else ""
            click.echo(f"    {t2.name} ({t2.en}; {t2.role}){aliases}")


def _codes(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A --select / --ignore list whose every code or prefix names a rule (a typo is a usage
    error, not a check that selects nothing)."""
    from goalbook.rules import RULES, select_codes

    try:
        select_codes(RULES, value)
    except GoalbookError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None
    return value


@main.command()
@opt.paths()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json", "csv")),
    default="text",
    show_default=True,
    metavar="text|json|csv",
    help="Output for people (text) or machines (json, csv).",
)
@click.option(
    "--select",
    default="",
    metavar="CODES",
    callback=_codes,
    help="Only these codes or prefixes (T1,B).",
)
@click.option(
    "--ignore",
    default="",
    metavar="CODES",
    callback=_codes,
    help="Leave out these codes or prefixes.",
)
@opt.framework(None, "Check tiers against this framework (default: stamped or detected).")
@click.option(
    "--jobs",
    default=0,
    show_default=True,
    type=click.IntRange(0, 64),
    help="Files checked in parallel; 0: one worker per CPU.",
)
@opt.lang("Language of messages.")
@opt.output("Folder for annotated copies (and a summary workbook for several returns).")
@opt.force("Overwrite annotated copies that already exist (else kept unless the return changed).")
@click.option(
    "--min-severity",
    type=click.Choice(tuple(s.value for s in Severity)),
    default="info",
    show_default=True,
    metavar="error|warning|info",
    help="Text output: show findings of this severity and above (the counts stay complete).",
)
@click.option("--summary", "brief", is_flag=True, help="Text output: one line per file.")
@click.option(
    "--roster",
    type=click.Path(path_type=Path),
    default=None,
    help="The units the templates went to (csv/xlsx, as for template --roster): a status per "
    "unit (not returned, sent back, to review, passed …) ends the output and the summary.",
)
@click.option(
    "--decisions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Reviewer decisions to carry over (CSV or TOML; with -o also those recorded there).",
)
@previous_options
@opt.fail_cleanly
def check(
    paths: tuple[Path, ...],
    fmt: str,
    select: str,
    ignore: str,
    framework: str | None,
    jobs: int,
    lang: str,
    output: Path | None,
    force: bool,
    min_severity: str,
    brief: bool,
    roster: Path | None,
    previous: Path | None,
    previous_threshold: float,
    decisions: Path | None,
) -> None:
    """Check returns (files or folders) and report every finding with its cell.

    Exit status: 0 no error findings; 1 at least one error finding; 2 usage error, an
    unreadable file (the others are still checked) or output that could not be written."""
    from goalbook.batch import check_paths
    from goalbook.check import CheckOptions
    from goalbook.textout import skipped_lines

    options = CheckOptions.make(framework, lang, select, ignore)
    units = _roster(roster) if roster is not None else None
    options = with_previous(options, previous, previous_threshold)
    batch = check_paths(
        paths,
        options,
        jobs=jobs,
        output=output,
        force=force,
        roster=units,
        decisions=decisions,
    )
    notes = [(note.path, note.reason) for note in batch.notes]  # met, not returns: not checked
    for line in skipped_lines(notes, list(paths), lang):
        click.echo(f"goalbook: {line}", err=True)
    colour = _colour(sys.stdout)
    show, close = _renderer(fmt, lang, Severity(min_severity), brief, colour, batch)
    results = iter(batch)
    count = len(batch.files) + len(batch.refused)
    hidden = not sys.stderr.isatty() or count < 2
    label = "检查中" if lang == "zh" else "checking"
    try:
        with click.progressbar(length=count, label=label, file=sys.stderr, hidden=hidden) as bar:
            for result in results:
                bar.update(1)
                show(result)
    except KeyboardInterrupt:
        results.close()  # the workers stop and the copies they had half written are removed
        click.echo("goalbook: 已中断；输入文件未改动，未写完的副本已删除 / interrupted", err=True)
        sys.exit(130)
    close()
    _finish(batch, fmt, lang, brief, colour)


def _roster(path: Path) -> Roster:
    """The roster of ``check --roster``; every bad row on a line of its own (exit status 2)."""
    from goalbook.roster import RosterError
    from goalbook.season import Roster

    try:
        return Roster.read(path)
    except RosterError as exc:
        for problem in exc.problems:
            click.echo(f"goalbook: {printable(problem)}", err=True)
        sys.exit(2)


def _renderer(
    fmt: str, lang: str, minimum: Severity, brief: bool, colour: bool, batch: CheckRun | None = None
) -> tuple[Callable[[FileResult], None], Callable[[], None]]:
    """What prints each result as it comes (in ``fmt``), and what ends the output."""
    from goalbook.diff.resolved import resolved_lines
    from goalbook.output import JsonStream, csv_header, csv_rows
    from goalbook.textout import file_lines

    if fmt == "json":
        stream = JsonStream(lambda text: click.echo(text, nl=False), lang)

        def close() -> None:
            stream.close(_roster_json(batch.report if batch is not None else None, lang))

        return stream.add, close
    if fmt == "csv":  # UTF-8 with a byte-order mark, as Excel wants it (whatever the locale)
        click.echo(csv_header().encode("utf-8-sig"), nl=False)
        return lambda r: click.echo(csv_rows(r, lang).encode("utf-8"), nl=False), lambda: None
    style = _style if colour else _plain

    def text(result: FileResult) -> None:
        if not brief:
            for line in file_lines(result, lang, minimum, style):
                click.echo(line, color=colour)
            for line in resolved_lines(result, lang, style, minimum):  # check --previous only
                click.echo(line, color=colour)

    return text, lambda: None


def _roster_json(report: RosterReport | None, lang: str) -> dict[str, Any]:
    return {} if report is None else {"roster": report.as_dict(lang)}


def _finish(batch: CheckRun, fmt: str, lang: str, brief: bool, colour: bool) -> None:
    """The closing table and totals (text), what was kept and what could not be written
    (stderr, once each), and the exit status."""
    from goalbook.names import summary_name
    from goalbook.textout import closing_lines, kept_lines, roster_lines, summary_lines

    rows = batch.summary.rows
    if fmt == "text":
        style = _style if colour else _plain
        several = len(rows) > 1
        ending = (
            summary_lines(rows, lang, style) if brief else closing_lines(rows, lang, style, several)
        )
        for line in ending:
            click.echo(line, color=colour)
        if batch.report is not None:
            for line in roster_lines(batch.report, lang, style):
                click.echo(line, color=colour)
    for line in kept_lines(batch.kept, summary_name(lang), lang):
        click.echo(f"goalbook: {line}", err=True)
    for line in batch.output_errors:  # once each: the output folder's fault, not a return's
        click.echo(f"goalbook: {line}", err=True)
    if batch.output_errors or any(r.status == "unreadable" for r in rows):
        sys.exit(2)
    sys.exit(1 if any(r.count(Severity.ERROR) for r in rows) else 0)


_COLOURS = {
    "error": "red",
    "return": "red",
    "unreadable": "magenta",
    "warning": "yellow",
    "review": "yellow",
    "info": "cyan",
    "pass": "green",
    "accepted": "green",
}


def _colour(stream: Any) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and bool(getattr(stream, "isatty", lambda: False)())


def _style(text: str, role: str) -> str:
    if role in _COLOURS:
        return click.style(text, fg=_COLOURS[role], bold=role in ("error", "return"))
    if role == "path":
        return click.style(text, bold=True)
    if role in ("hint", "dim"):
        return click.style(text, dim=True)
    return text


def _plain(text: str, role: str) -> str:
    return text


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "markdown")),
    default="text",
    show_default=True,
    metavar="text|markdown",
    help="A plain list, or the Markdown table of the README.",
)
@opt.lang()
@opt.fail_cleanly
def rules(fmt: str, lang: str) -> None:
    """Print the rule catalogue."""
    from goalbook.rules.docs import rule_table

    click.echo(rule_table(fmt, lang), nl=False)


def reference() -> str:
    """The help of every command, as the README's command reference shows it."""
    parts = []
    for name in sorted(main.commands):
        command = main.commands[name]
        if command.hidden:
            continue
        ctx = click.Context(command, info_name=f"goalbook {name}", terminal_width=100)
        parts.append(f"### goalbook {name}\n\n```\n{command.get_help(ctx)}\n```\n")
    return "\n".join(parts)


@main.command(hidden=True)
@click.argument("readme", type=click.Path(path_type=Path), default="README.md")
@click.option("--guide", type=click.Path(path_type=Path), default=None, metavar="DIR",
              help="Also the Chinese guide's rule pages in DIR (docs).")  # fmt: skip
@opt.fail_cleanly
def docs(readme: Path, guide: Path | None) -> None:
    """Regenerate the README's rule table and command reference from the code."""
    from goalbook.rules.docs import replace_block, rule_table

    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "rules", rule_table("markdown"))
    text = replace_block(text, "cli", reference())
    readme.write_text(text, encoding="utf-8")
    click.echo(f"updated {readme}")
    if guide is not None:
        from goalbook.guide import guide_pages

        for path, page in guide_pages(guide).items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != page:
                path.write_text(page, encoding="utf-8")
                click.echo(f"updated {path}")


@main.command()
@opt.paths()
@opt.output("The .csv or .xlsx to write.", required=True)
@opt.force("Overwrite the output if it exists.")
@opt.lang("Language of the column headers.")
@opt.fail_cleanly
def export(paths: tuple[Path, ...], output: Path, force: bool, lang: str) -> None:
    """Write one flat table of every indicator of the returns (csv or xlsx)."""
    from goalbook.export import export_paths
    from goalbook.textout import skipped_lines

    done = export_paths(paths, output, force, lang=lang)
    for line in skipped_lines([(note.path, note.reason) for note in done.notes], list(paths), "zh"):
        click.echo(f"goalbook: {line}", err=True)
    for line in done.errors:
        click.echo(f"goalbook: {printable(line)}", err=True)
    click.echo(f"wrote {done.indicators} indicators to {printable(str(output))}")
    if done.errors:
        sys.exit(2)


main.add_command(serve_command)  # goalbook serve: the local check page (goalbook.cli.serve)
