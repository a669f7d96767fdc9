"""check --format csv carries a finding's decision: the columns after the old ones."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from goalbook.decisionio import write_plain
from goalbook.decisions import Listed, Record
from goalbook.output import CSV_COLUMNS
from tests.returns import Return

OLD = ("path", "status", "severity", "code", "rule", "sheet", "cell", "indicator", "message",
       "hint", "unit", "project")  # fmt: skip


def _csv(*args: str) -> tuple[list[str], list[dict[str, str]]]:
    done = subprocess.run([sys.executable, "-m", "goalbook", "check", *args, "--format", "csv"],
                          capture_output=True, check=False, timeout=300)  # fmt: skip
    assert done.returncode in (0, 1, 2), done.stderr
    text = done.stdout.decode("utf-8-sig")
    head = next(csv.reader(io.StringIO(text)))
    return head, list(csv.DictReader(io.StringIO(text)))


def _return(folder: Path) -> Path:
    """B101 at 基本信息!B16 and T105 at 绩效指标!E5 (errors), D202 at F5 (warning)."""
    folder.mkdir(parents=True, exist_ok=True)
    ret = Return()
    ret.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    ret.fields["中期财政拨款"] = 290
    return ret.write(folder / "a.xlsx")


def test_csv_columns_only_grow_at_the_end() -> None:
    assert CSV_COLUMNS[: len(OLD)] == OLD
    assert CSV_COLUMNS[len(OLD) :] == ("decision", "decision_status", "reason")


def test_csv_has_the_decision_of_each_finding(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    _return(folder)
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    head, rows = _csv(str(folder), str(tmp_path / "broken.xlsx"))
    assert tuple(head) == CSV_COLUMNS
    assert rows and all(r["decision"] == r["decision_status"] == r["reason"] == "" for r in rows)
    plain = write_plain(tmp_path / "d.csv", [
        Listed("current", Record("a.xlsx", "基本信息", "B16", "B101", "300", "accept", "=批复")),
        Listed("current", Record("a.xlsx", "绩效指标", "E5", "T105", "2", "return", "按篇")),
        Listed("current", Record("a.xlsx", "绩效指标", "F5", "D202", "*", "", "只写了说明")),
    ])  # fmt: skip
    head, rows = _csv(str(folder), "--decisions", str(plain))
    by = {(r["code"], r["cell"]): r for r in rows}
    assert [by["B101", "B16"][k] for k in head[-3:]] == ["accept", "accepted", "'=批复"]
    assert [by["T105", "E5"][k] for k in head[-3:]] == ["return", "returned", "按篇"]
    assert [by["D202", "F5"][k] for k in head[-3:]] == ["", "", "只写了说明"]
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)


def test_readme_lists_the_csv_columns() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("`--format csv` is UTF-8")
    listed = readme[readme.index("`path, status", start) + 1 :]
    listed = listed[: listed.index("`")]
    assert tuple(" ".join(listed.split()).split(", ")) == CSV_COLUMNS
