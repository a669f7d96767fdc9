"""goalbook template and goalbook frameworks from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "goalbook", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_template_writes_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    done = run("template", "-o", str(out), "--kind", "department", "--year", "2026")
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(out)["_meta"]["B4"].value == "department"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--framework", "no-such-framework"], "未知框架 'no-such-framework'"),
        (["--framework", "{bad}"], "bad.toml:4:"),
        (["-o", "{missing}/x.xlsx"], "不存在"),
        (["-o", "{tmp}/x.csv"], ".xlsx"),
    ],
)
def test_bad_input_gives_one_line_and_status_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "b"\nname = "b"\n[[tier1]]\nname = "x"\n', encoding="utf-8")
    values = {"bad": str(bad), "missing": str(tmp_path / "missing"), "tmp": str(tmp_path)}
    args = [a.format(**values) for a in args]
    if "-o" not in args:
        args = ["-o", str(tmp_path / "t.xlsx"), *args]
    done = run("template", *args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize("option", ["--kind", "--money-unit", "--lang"])
def test_a_value_outside_the_choices_is_a_usage_error(tmp_path: Path, option: str) -> None:
    done = run("template", "-o", str(tmp_path / "t.xlsx"), option, "unit")
    assert done.returncode == 2
    assert f"Invalid value for '{option}'" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "t.xlsx").exists()


def test_roster_writes_one_safe_workbook_per_unit(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "单位名称,项目名称,年度\n"
        "共青团东莞市委员会,青年人才驿站,2026\n"
        "../../etc/passwd,,2026\n"
        "CON,,\n"
        "共青团东莞市委员会,青年人才驿站,2027\n",  # the same names, another year
        encoding="gb18030",  # as Excel in China saves CSV
    )
    out = tmp_path / "out"
    done = run("template", "-o", str(out), "--roster", str(roster))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.glob("*.xlsx"))
    assert len(names) == 4 and all(n.endswith(".xlsx") for n in names)
    assert "共青团东莞市委员会-青年人才驿站.xlsx" in names
    assert "共青团东莞市委员会-青年人才驿站-2.xlsx" in names
    assert all("/" not in n and not n.startswith(".") for n in names)
    assert "_CON.xlsx" in names
    assert list(tmp_path.glob("*.xlsx")) == []  # nothing escaped the folder
    wb = openpyxl.load_workbook(out / "共青团东莞市委员会-青年人才驿站.xlsx")
    meta = {r[0].value: r[1].value for r in wb["_meta"].iter_rows()}
    assert meta["unit"] == "共青团东莞市委员会" and meta["year"] == "2026"
    assert wb["基本信息"]["B4"].value == "青年人才驿站"


def test_roster_without_unit_column(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("name\nx\n", encoding="utf-8")
    done = run("template", "-o", str(tmp_path / "o"), "--roster", str(roster))
    assert done.returncode == 2 and "单位名称" in done.stderr


def test_frameworks_lists_and_shows() -> None:
    listing = run("frameworks")
    assert listing.returncode == 0 and "nat-2021" in listing.stdout and "shanghai" in listing.stdout
    shown = run("frameworks", "old-nat")
    assert shown.returncode == 0
    assert "产出指标" in shown.stdout and "    成本指标" in shown.stdout


def test_blank_templates_in_the_tree_are_up_to_date(tmp_path: Path) -> None:
    """templates/ must be what `goalbook template --all -o templates --force` writes today."""
    import zipfile

    tree = Path(__file__).resolve().parent.parent / "templates"
    done = run("template", "--all", "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    fresh = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert fresh == sorted(p.name for p in tree.glob("*.xlsx")), (
        "run: goalbook template --all -o templates --force"
    )
    for name in fresh:
        with zipfile.ZipFile(tmp_path / name) as a, zipfile.ZipFile(tree / name) as b:
            for member in a.namelist():
                stale = f"templates/{name} is out of date: run goalbook template --all -o templates"
                assert a.read(member) == b.read(member), f"{stale} --force"


def test_existing_template_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"someone's work")
    done = run("template", "-o", str(out))
    assert done.returncode == 2 and "--force" in done.stderr
    assert out.read_bytes() == b"someone's work"
    assert run("template", "-o", str(out), "--force").returncode == 0
    assert out.read_bytes().startswith(b"PK")


def test_roster_is_not_changed(tmp_path: Path) -> None:
    import hashlib

    roster = tmp_path / "roster.csv"
    roster.write_text("单位名称\n甲\n乙\n", encoding="utf-8")
    before = hashlib.sha256(roster.read_bytes()).hexdigest()
    assert run("template", "-o", str(tmp_path / "o"), "--roster", str(roster)).returncode == 0
    assert hashlib.sha256(roster.read_bytes()).hexdigest() == before
    again = run("template", "-o", str(tmp_path / "o"), "--roster", str(roster))
    assert again.returncode == 2 and "--force" in again.stderr
