"""``goalbook check``: check returns, print the findings, write annotated copies and the
summary (the library's batch runner, goalbook.batch, does the work)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from goalbook.cli import options as opt
from goalbook.cli.diff import previous_options, with_previous
from goalbook.cli.words import said
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult, Severity
from goalbook.output import printable

if TYPE_CHECKING:  # the batch runner is loaded by the commands that need it
    from goalbook.batch import CheckRun
    from goalbook.season import Roster, RosterReport


def _codes(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A --select / --ignore list whose every code or prefix names a rule (a typo is a usage
    error, not a check that selects nothing)."""
    from goalbook.rules import RULES, select_codes

    try:
        select_codes(RULES, value)
    except GoalbookError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None
    return value


@click.command()
@click.help_option("-h", "--help")  # as in the group: the reference is the same however it ran
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
    type=click.Path(exists=True, path_type=Path),
    default=None,
    metavar="FILE|DIR",
    help="Reviewer decisions to carry over: a CSV or TOML file, or the -o folder of an earlier "
    "check (read, not written; with -o also those recorded there).",
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
    options = with_previous(options, previous, previous_threshold, jobs)
    batch = check_paths(
        paths,
        options,
        jobs=jobs,
        output=output,
        force=force,
        roster=units,
        decisions=decisions,
    )
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
        click.echo(f"goalbook: {said('interrupted', lang)}", err=True)
        sys.exit(130)
    # met, not returns: not checked (goalbook's own outputs are known once the batch has run)
    notes = [(note.path, note.reason) for note in batch.notes]
    for line in skipped_lines(notes, list(paths), lang):
        click.echo(f"goalbook: {line}", err=True)
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
    from goalbook.decisionnote import stale_dicts
    from goalbook.diff.resolved import resolved_lines
    from goalbook.output import JsonStream, csv_header, csv_rows
    from goalbook.textout import file_lines

    if fmt == "json":
        stream = JsonStream(lambda text: click.echo(text, nl=False), lang)

        def close() -> None:
            extra = _roster_json(batch.report if batch is not None else None, lang)
            if batch is not None and batch.summary.stale:  # with -o: decisions no finding took
                extra["decisions"] = stale_dicts(batch.summary.stale)
            stream.close(extra)

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
    from goalbook.decisionnote import stale_lines
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
        for line in stale_lines(batch.summary.stale, lang):
            click.echo(line)
    for line in kept_lines(batch.kept, summary_name(lang), lang, batch.current):
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
