"""The command line: a thin click shell around the library. Only this package imports click.

Each command parses its options, calls one library function and renders what it returns. The
library modules are imported inside the commands: ``goalbook template`` need not load the
reader, and ``goalbook check`` need not load pandas, openpyxl or xlsxwriter.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from goalbook.cli import options as opt
from goalbook.cli.check import check
from goalbook.cli.diff import diff
from goalbook.cli.serve import serve as serve_command
from goalbook.cli.words import said
from goalbook.errors import GoalbookError
from goalbook.frameworks import list_frameworks, load_framework
from goalbook.layout import KINDS
from goalbook.output import printable
from goalbook.version import __version__
from goalbook.vocabulary import MONEY_UNITS

HELP_NAMES = ["-h", "--help"]


@click.group(cls=opt.Bilingual, context_settings={"help_option_names": HELP_NAMES})
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
        click.echo(said("templates", lang, len(done), path=printable(str(output))))
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
        click.echo(said("templates", lang, len(written), path=printable(str(output))))
        click.echo(said("wrote", lang, path=printable(str(record))))
    else:
        if output.exists() and not force:
            raise GoalbookError(f"{output}: 已存在；加 --force 覆盖 / exists, use --force")
        click.echo(said("wrote", lang, path=printable(str(write_template(output, opts)))))


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


main.add_command(check)


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
    root = click.Context(main, info_name="goalbook", terminal_width=100, **main.context_settings)
    for name in sorted(main.commands):
        command = main.commands[name]
        if command.hidden:
            continue
        ctx = click.Context(command, info_name=name, parent=root)
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
    notes = [(note.path, note.reason) for note in done.notes]
    for text in skipped_lines(notes, list(paths), lang):
        click.echo(f"goalbook: {text}", err=True)
    for text in done.errors:
        click.echo(f"goalbook: {printable(text)}", err=True)
    click.echo(said("indicators", lang, done.indicators, path=printable(str(output))))
    if done.errors:
        sys.exit(2)


main.add_command(serve_command)  # goalbook serve: the local check page (goalbook.cli.serve)


# click caches a command's help option the first time any context asks for it: every command
# answers to -h as well as --help, however it is invoked (under goalbook, alone in a test, or in
# the README's command reference), so the help and the generated reference never depend on
# what ran before in the process.
for _command in main.commands.values():
    _command.context_settings.setdefault("help_option_names", HELP_NAMES)
