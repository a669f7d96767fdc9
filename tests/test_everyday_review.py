"""Issue 13, reviewers: re-running a check, goalbook's own outputs, --select typos, the CSV for
Excel, the text output, and click's usage errors in both languages."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from goalbook.annotate.report import report_content
from goalbook.check import CheckOptions, check_file
from goalbook.cli import main
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.rules import RULES, select_codes
from tests.returns import Return

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    if cwd is not None:  # the worktree's code, from another folder
        env = {**(env or os.environ)}
        env.setdefault("PYTHONPATH", str(EXAMPLES.parent))
    return subprocess.run([sys.executable, "-m", "goalbook", *args], capture_output=True,
                          text=True, check=False, timeout=300, env=env, cwd=cwd)  # fmt: skip


def _returns(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]  # T105 (error)
    bad.row("提供住宿服务人次")[3] = ""  # T103 (a note: read as =)
    bad.row("建设青年人才驿站数量")[3] = ""  # T103 again: the same hint
    return [bad.write(folder / "a.xlsx"), Return().write(folder / "b.xlsx")]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _codes(result: FileResult) -> set[tuple[str, str]]:
    return {(f.code, f.at.a1 if f.at else "") for f in result.findings}


# ----------------------------------------------------------------------------- 1: re-running


def test_a_rerun_checks_everything_and_keeps_the_copies(tmp_path: Path) -> None:
    a, _b = _returns(tmp_path / "returns")
    out = tmp_path / "out"
    first = run("check", str(a.parent), "-o", str(out), "--format", "json")
    assert first.returncode == 1 and "已存在" not in first.stderr
    copies = {p.name: _digest(p) for p in out.glob("*-审核.xlsx")}
    assert sorted(copies) == ["a-审核.xlsx", "b-审核.xlsx"]
    again = run("check", str(a.parent), "-o", str(out), "--format", "json")
    assert again.returncode == 1  # still checked and reported: the same findings
    assert json.loads(again.stdout)["files"] == json.loads(first.stdout)["files"]
    kept = [line for line in again.stderr.splitlines() if "批注副本" in line]
    assert kept == ["goalbook: 2 份批注副本已是最新（表和处理意见都没有变），未重写"]  # said once
    assert "--force" not in again.stderr  # nothing to force: they are what a new run would write
    assert {p.name: _digest(p) for p in out.glob("*-审核.xlsx")} == copies
    # a return touched but not changed keeps its copy: file times decide nothing
    os.utime(a, (1e9, 4e9))
    os.utime(out / "a-审核.xlsx", (1e9, 1e9))
    assert "2 份批注副本已是最新" in run("check", str(a.parent), "-o", str(out)).stderr
    # a return changed since its copy was made: its copy is made again, the other kept
    fixed = Return()
    fixed.row("驿站验收合格率")[4:7] = [3, 3, "篇"]
    fixed.write(a)
    third = run("check", str(a.parent), "-o", str(out))
    assert "1 份批注副本已是最新" in third.stderr
    assert _digest(out / "a-审核.xlsx") != copies["a-审核.xlsx"]
    assert _digest(out / "b-审核.xlsx") == copies["b-审核.xlsx"]
    # other check options make the copies again too (their findings differ)
    fourth = run("check", str(a.parent), "-o", str(out), "--ignore", "T103")
    assert "批注副本" not in fourth.stderr
    forced = run("check", str(a.parent), "-o", str(out), "--ignore", "T103", "--force")
    assert forced.returncode == 1 and "批注副本" not in forced.stderr


def test_a_copy_someone_edited_is_kept_even_when_the_return_changed(tmp_path: Path) -> None:
    (a,) = _returns(tmp_path / "returns")[:1]
    out = tmp_path / "out"
    run("check", str(a), "-o", str(out))
    copy = out / "a-审核.xlsx"
    wb = openpyxl.load_workbook(copy)
    wb.worksheets[0]["A1"] = "reviewer's note"
    wb.save(copy)
    edited = _digest(copy)
    Return().write(a)
    done = run("check", str(a), "-o", str(out))
    assert "1 份批注副本在 goalbook 写出后被修改过" in done.stderr and "--force" in done.stderr
    assert "已是最新" not in done.stderr and _digest(copy) == edited


# ----------------------------------------------------------------------------- 2: own outputs


def test_outputs_inside_the_input_folder_are_not_checked_again(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    _returns(folder)
    first = run("check", str(folder), "-o", str(folder), "--format", "json")
    assert first.returncode == 1
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["a-审核.xlsx", "a.xlsx", "b-审核.xlsx", "b.xlsx", "汇总.xlsx"]
    os.rename(folder / "汇总.xlsx", folder / "c.xlsx")  # known by its stamp, not its name
    os.rename(folder / "b-审核.xlsx", folder / "d.xlsx")
    again = run("check", str(folder), "-o", str(tmp_path / "out"), "--format", "json")
    files = [Path(f["path"]).name for f in json.loads(again.stdout)["files"]]
    assert files == ["a.xlsx", "b.xlsx"]
    notes = [line for line in again.stderr.splitlines() if "未检查" in line]
    assert notes == [
        f"goalbook: {folder}: 未检查 3 个文件：goalbook 的输出 3 个（a-审核.xlsx、c.xlsx、d.xlsx）"
    ]


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_outputs_met_without_copies_to_make_are_known_by_the_workers(
    tmp_path: Path, fmt: str
) -> None:
    """A plain check (no -o) does not open every workbook in the parent to look for the
    stamp: the workers know goalbook's output in the reading they do anyway. The outputs are
    listed as before, once the batch has run, and never checked."""
    folder = tmp_path / "returns"
    _returns(folder)
    run("check", str(folder), "-o", str(folder))
    os.rename(folder / "汇总.xlsx", folder / "c.xlsx")
    again = run("check", str(folder), "--format", fmt)
    if fmt == "json":
        files = [Path(f["path"]).name for f in json.loads(again.stdout)["files"]]
        assert files == ["a.xlsx", "b.xlsx"]
    else:
        shown = again.stdout
        assert "a.xlsx" in shown and "审核" not in shown and "c.xlsx" not in shown
    notes = [line for line in again.stderr.splitlines() if "未检查" in line]
    listed = "a-审核.xlsx、b-审核.xlsx、c.xlsx"
    assert notes == [f"goalbook: {folder}: 未检查 3 个文件：goalbook 的输出 3 个（{listed}）"]
    assert again.returncode == 1  # a.xlsx has an error; the outputs count for nothing


def test_a_plain_check_reads_stamps_in_the_parent_only_up_to_the_first_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import goalbook.check as check_module
    from goalbook.batch import check_paths

    folder = tmp_path / "returns"
    _returns(folder)
    for i in range(6):
        Return().write(folder / f"r{i}.xlsx")
    run("check", str(folder / "a.xlsx"), "-o", str(folder))  # one output among them
    seen: list[Path] = []
    real = check_module.read_stamp
    monkeypatch.setattr(check_module, "read_stamp", lambda p: seen.append(p) or real(p))
    batch = check_paths([folder], jobs=2)
    # stamps are read in the parent only up to the first return (a-审核.xlsx sorts first)
    assert [p.name for p in seen] == ["a-审核.xlsx", "a.xlsx"]
    results = list(batch)
    assert sorted(Path(r.path).name for r in results) == sorted(
        p.name for p in folder.iterdir() if p.name != "a-审核.xlsx"
    )
    assert [n.path.name for n in batch.notes] == ["a-审核.xlsx"]
    # only outputs: the same one-line error as before, before anything is checked
    only = tmp_path / "only"
    only.mkdir()
    shutil.copy(folder / "a-审核.xlsx", only / "x.xlsx")
    with pytest.raises(GoalbookError, match="只找到 goalbook 的输出"):
        check_paths([only])


@pytest.mark.parametrize("name", ["filled-004-project", "seed-000-dongguan-department"])
def test_a_copy_sent_back_is_checked_without_its_report_sheet(tmp_path: Path, name: str) -> None:
    src = EXAMPLES / f"{name}.xlsx"  # the report quotes its findings: D104 and X102 read it
    out = tmp_path / "out"
    run("check", str(src), "-o", str(out))
    original = check_file(src, CheckOptions())[0]
    back = tmp_path / "back" / f"{name}.xlsx"  # staff opened the copy and saved it
    back.parent.mkdir()
    openpyxl.load_workbook(out / f"{name}-审核.xlsx").save(back)
    done = run("check", str(back.parent), "--format", "json")
    (entry,) = json.loads(done.stdout)["files"]  # a return again, not goalbook's output
    assert {(f["code"], f["cell"] or "") for f in entry["findings"]} == _codes(original)
    # a save that lost the stamp: the report sheet is known by its name and its title
    stripped = tmp_path / "stripped.xlsx"
    with zipfile.ZipFile(back) as zin, zipfile.ZipFile(stripped, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "docProps/custom.xml":
                data = re.sub(rb"goalbook-", b"other-", data)
            zout.writestr(info, data)
    assert _codes(check_file(stripped, CheckOptions())[0]) == _codes(original)


def test_the_reader_knows_the_report_sheet_as_the_annotator_writes_it() -> None:
    from goalbook.outstamp import REPORT_SHEETS, REPORT_TITLES

    for lang in ("zh", "en"):
        report = report_content(FileResult("a.xlsx", "ok"), lang, ["审核报告", "Check report"])
        assert report.sheet.startswith(REPORT_SHEETS) and report.title in REPORT_TITLES


def test_a_bare_export_s_report_header_shows_a_dash_not_a_blank() -> None:
    bare = dict(report_content(FileResult("a.xlsx", "ok"), "zh", ["Sheet1"]).info)
    assert bare["单位"] == bare["项目"] == bare["年度"] == "—"
    named = FileResult("a.xlsx", "ok", unit="某局", project="路灯维护", year=2026)
    shown = dict(report_content(named, "zh", ["Sheet1"]).info)
    assert (shown["单位"], shown["项目"], shown["年度"]) == ("某局", "路灯维护", "2026")


# ----------------------------------------------------------------------------- 3: --select typos


def test_unknown_codes_are_a_usage_error() -> None:
    with pytest.raises(GoalbookError, match="B 预算与金额"):
        select_codes(RULES, "ZZZ")
    with pytest.raises(GoalbookError, match="T9"):
        select_codes(RULES, "", "T9")
    assert select_codes(RULES, " t1 , b") == {c for c in RULES if c.startswith(("T1", "B"))}
    done = CliRunner().invoke(main, ["check", str(EXAMPLES), "--select", "ZZZ"])
    assert done.exit_code == 2
    assert "ZZZ" in done.output and "valid families" in done.output and "有效的类别" in done.output


# ----------------------------------------------------------------------------- 4: CSV for Excel

OLD_COLUMNS = ["path", "status", "severity", "code", "rule", "sheet", "cell", "indicator",
               "message", "hint"]  # fmt: skip


def test_csv_has_a_byte_order_mark_and_unit_and_project_at_the_end(tmp_path: Path) -> None:
    (a,) = _returns(tmp_path)[:1]
    done = subprocess.run([sys.executable, "-m", "goalbook", "check", str(a), "--format", "csv"],
                          capture_output=True, check=False)  # fmt: skip
    assert done.stdout.startswith(b"\xef\xbb\xbf") and done.stdout.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig"))))
    assert rows[0][: len(OLD_COLUMNS) + 2] == [*OLD_COLUMNS, "unit", "project"]  # then more
    assert {(r[3], r[10], r[11]) for r in rows[1:]} >= {("T105", "某区团委", "青年人才驿站建设")}


# ----------------------------------------------------------------------------- 5: text output


def test_text_output_errors_first_hints_once_counts_in_chinese(tmp_path: Path) -> None:
    _returns(tmp_path)
    out = run("check", "a.xlsx", "b.xlsx", cwd=tmp_path).stdout
    lines = out.splitlines()
    assert lines[0] == "a.xlsx — 退回修改：1 个错误，1 个警告，4 个提示"
    severities = [line.split()[0] for line in lines[1:8]]
    assert severities == ["错误", "→", "警告", "→", "提示", "→", "提示"]  # the error first
    assert out.count("请加上 ≥、≤、> 或 <") == 1  # the four T103 findings share one hint
    assert not re.search(r"\d+ (error|warning|info)", out)  # no English counts
    table = lines[lines.index("") + 1 :]
    assert table[0].split() == ["文件", "单位", "结论", "错误", "警告", "提示"]
    assert table[1].split() == ["a.xlsx", "某区团委", "退回修改", "1", "1", "4"]
    assert table[2].split() == ["b.xlsx", "某区团委", "通过", "0", "0", "0"]
    assert table[3] == "共 2 个文件：1 个错误，1 个警告，4 个提示，0 个无法读取"
    en = run("check", "a.xlsx", "--lang", "en", cwd=tmp_path).stdout
    assert en.splitlines()[0] == "a.xlsx — send back: 1 error, 1 warning, 4 info"


def test_min_severity_and_summary(tmp_path: Path) -> None:
    a, b = _returns(tmp_path)
    errors = run("check", str(a), "--min-severity", "error").stdout
    assert "T105" in errors and "T103" not in errors and "另有 4 个提示未显示" in errors
    assert errors.splitlines()[0].endswith("1 个错误，1 个警告，4 个提示")  # counts stay whole
    brief = run("check", str(a), str(b), "--summary")
    assert brief.returncode == 1 and "T105" not in brief.stdout
    assert len(brief.stdout.splitlines()) == 4  # the table's head, a line per file, the total


def test_colour_only_on_a_terminal_without_no_color(tmp_path: Path) -> None:
    from goalbook.cli.check import _colour

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    assert "\x1b[" not in run("check", str(_returns(tmp_path)[0]), env=env).stdout  # piped
    os.environ.pop("NO_COLOR", None)
    try:
        assert _colour(Tty()) and not _colour(io.StringIO())
        os.environ["NO_COLOR"] = "1"
        assert not _colour(Tty())
    finally:
        os.environ.pop("NO_COLOR", None)
        if "NO_COLOR" in env:
            os.environ["NO_COLOR"] = env["NO_COLOR"]


def test_files_not_checked_are_one_line_per_folder(tmp_path: Path) -> None:
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder)
    done = run("check", str(folder))
    notes = [line for line in done.stderr.splitlines() if "未检查" in line]
    others = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".xlsx"
    )
    n, first = len(others), "、".join(others[:3])
    assert n > 3
    assert notes == [
        f"goalbook: {folder}: 未检查 {n} 个文件：不是 Excel 工作簿 {n} 个（{first} 等）"
    ]


# ----------------------------------------------------------------------------- 6: usage errors


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["check"], "缺少参数 'PATHS...'", "Missing argument 'PATHS...'"),
        (["chek"], "没有这个命令 'chek'", "No such command 'chek'"),
        (["check", "x.xlsx", "--format", "xml"], "'xml' 不是 'text', 'json', 'csv' 之一",
         "is not one of"),
        (["check", "x.xlsx", "--jobs", "99"], "不在允许的范围", "is not in the range"),
        (["check", "x.xlsx", "--bogus"], "没有这个选项 '--bogus'", "No such option"),
        (["template"], "缺少选项 '-o'", "Missing option"),
    ],
)  # fmt: skip
def test_click_usage_errors_speak_both_languages(args: list[str], zh: str, en: str) -> None:
    done = CliRunner().invoke(main, args)
    assert done.exit_code == 2, done.output
    last = done.output.strip().splitlines()[-1]
    assert last.startswith("goalbook: ") and zh in last and en in last
    assert "用法 / Usage:" in done.output or args == ["check", "x.xlsx", "--bogus"]


def test_an_unreadable_returns_line_names_the_file_once(tmp_path: Path) -> None:
    """The text line of an unreadable return starts with its path; the reason after it does not
    repeat it (the JSON ``error`` keeps it: a line of its own there)."""
    bad = tmp_path / "东莞市民政局.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    done = CliRunner().invoke(main, ["check", str(bad)])
    line = next(x for x in done.output.splitlines() if "无法读取：" in x)
    assert line.count(str(bad)) == 1 and line.startswith(str(bad))
    data = json.loads(CliRunner().invoke(main, ["check", str(bad), "--format", "json"]).output)
    assert data["files"][0]["error"].startswith(f"{bad}: ")
