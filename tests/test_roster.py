"""A roster run (one template per unit): every row checked before anything is written, every
bad row named with its line, names that fit any file system, and a record of who got which
file."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from goalbook.names import NAME_MAX_BYTES, TEMP_ROOM


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "goalbook", *args], capture_output=True, text=True, check=False
    )


def test_every_bad_row_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    roster = tmp_path / "units.csv"
    roster.write_text(
        "单位名称,项目名称,年度,kind\n"
        "甲单位,项目一,2026,\n"  # 2: good
        "乙单位,,二〇二六,\n"  # 3: the year is not a number
        ",项目三,2026,\n"  # 4: no unit
        "丙单位,,2026,budget\n"  # 5: unknown kind
        "甲单位,项目一,2026,\n"  # 6: the same as line 2
        "\n"  # 7: a blank row between units
        "丁单位,,1999,\n"  # 8: year out of range
        "戊单位,,2026,\n",  # 9: good
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 2, done.stdout
    err = done.stderr
    for line in (3, 4, 5, 6, 7, 8):
        assert f"units.csv:{line}:" in err, err
    for line in (2, 9):
        assert f"units.csv:{line}:" not in err, err
    assert "第 2 行" in err  # the duplicate names the row it repeats
    assert "Traceback" not in err and "\\n" not in err
    assert not out.exists() or list(out.iterdir()) == []  # nothing half written


def test_rows_after_a_fix_all_go_out(tmp_path: Path) -> None:
    """After a failed run, fixing the roster and running again works (no 'exists')."""
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称,年度\n甲,2026\n乙,x\n丙,2026\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("template", "-o", str(out), "--roster", str(roster)).returncode == 2
    roster.write_text("单位名称,年度\n甲,2026\n乙,2026\n丙,2026\n", encoding="utf-8")
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.glob("*.xlsx")) == ["丙.xlsx", "乙.xlsx", "甲.xlsx"]


def test_existing_files_are_all_named_before_anything_is_written(tmp_path: Path) -> None:
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称\n甲\n乙\n丙\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "乙.xlsx").write_bytes(b"someone's work")
    (out / "丙.xlsx").write_bytes(b"someone's work")
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 2
    assert "乙.xlsx" in done.stderr and "丙.xlsx" in done.stderr and "--force" in done.stderr
    assert not (out / "甲.xlsx").exists()
    assert (out / "乙.xlsx").read_bytes() == b"someone's work"


def test_xlsx_roster_rows_are_numbered_as_the_sheet_shows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["单位名称", "年度"])
    ws.append(["甲", 2026])
    ws.append([None, 2026])
    ws.append(["乙", "明年"])
    roster = tmp_path / "units.xlsx"
    wb.save(roster)
    done = run("template", "-o", str(tmp_path / "out"), "--roster", str(roster))
    assert done.returncode == 2
    assert "units.xlsx:3:" in done.stderr and "units.xlsx:4:" in done.stderr
    assert "units.xlsx:2:" not in done.stderr


def test_a_long_name_fits_and_a_newline_is_removed(tmp_path: Path) -> None:
    long_unit = "很长的单位名称" * 30  # 630 bytes in UTF-8
    roster = tmp_path / "units.csv"
    roster.write_text(f'单位名称,项目名称\n{long_unit},项目\n"共青团\n东莞市委员会",\n', "utf-8")
    out = tmp_path / "out"
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.glob("*.xlsx"))
    assert "共青团东莞市委员会.xlsx" in names
    assert all(len(n.encode()) <= NAME_MAX_BYTES - TEMP_ROOM for n in names)
    wb = openpyxl.load_workbook(out / "共青团东莞市委员会.xlsx")
    meta = {r[0].value: r[1].value for r in wb["_meta"].iter_rows()}
    assert meta["unit"] == "共青团东莞市委员会"
    assert wb["基本信息"]["B5"].value == "共青团东莞市委员会"


@pytest.mark.parametrize("name", ["r.xlsx", "r.XLSM", "units.csv"])
def test_a_workbook_name_is_no_roster_folder(tmp_path: Path, name: str) -> None:
    roster = tmp_path / "units.csv"
    roster.write_text("单位名称\n甲\n", encoding="utf-8")
    out = tmp_path / "o" / name
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 2
    assert "文件夹" in done.stderr and "folder" in done.stderr
    assert not out.exists()


def test_the_run_writes_a_record_of_which_file_went_to_which_unit(tmp_path: Path) -> None:
    roster = tmp_path / "units.csv"
    roster.write_text(
        '单位名称,项目名称,年度\n甲,项目一,2026\n=HYPERLINK("x"),,\n甲,项目二,\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = run("template", "-o", str(out), "--roster", str(roster), "--year", "2027")
    assert done.returncode == 0, done.stderr
    record = out / "分发清单.csv"
    data = record.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["行号", "单位名称", "项目名称"] and rows[0][-1] == "文件"
    assert rows[1][:4] == ["2", "甲", "项目一", "2026"] and rows[1][-1] == "甲-项目一.xlsx"
    assert rows[2][1].startswith("'=")  # a formula in a roster stays text in the record
    assert rows[3][3] == "2027"  # the year the template got: the roster's, else --year
    assert len(rows) == 4
    assert rows[2][-1] == "'=HYPERLINK(_x_).xlsx"  # the file name is formula-safe too
    for row in rows[1:]:
        assert (out / row[-1].lstrip("'")).exists()


def test_the_record_follows_the_language(tmp_path: Path) -> None:
    roster = tmp_path / "units.csv"
    roster.write_text("unit\nA\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("template", "-o", str(out), "--roster", str(roster), "--lang", "en").returncode == 0
    rows = list(csv.reader(io.StringIO((out / "roster-files.csv").read_text("utf-8-sig"))))
    assert rows[0][0] == "line" and rows[1][-1] == "A.xlsx"
