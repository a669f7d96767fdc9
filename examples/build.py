"""Rebuild the example workbooks from the two published seed tables.

    python examples/build.py

* ``seed-000-dongguan-department.xlsx`` and ``seed-004-shanghai-project.xlsx``: each seed as a
  workbook in its published layout: one row per line of the published table, cells where the
  table has them (shifted cells included), tier cells merged down over the rows they cover,
  title rows merged across, numbers and dates as the text they were published as.
* ``filled-000-department.xlsx`` and ``filled-004-project.xlsx``: the same content typed into
  goalbook templates, tiers in every row, operator, number and unit in their own columns.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from goalbook.frameworks import load_framework  # noqa: E402
from goalbook.targets import number_text, parse_target  # noqa: E402
from goalbook.template import TemplateOptions, write_template  # noqa: E402


def published(source: Path, dest: Path, framework: str, tier_cols: tuple[int, int],
              label_col: int | None = None) -> None:  # fmt: skip
    lines = source.read_text(encoding="utf-8").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    rows = [line.split("\t") for line in lines]
    width = max(len(r) for r in rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    for r, cells in enumerate(rows, start=1):
        for c, text in enumerate(cells, start=1):
            if text.strip():
                _put(ws, r, c, text)
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")
        filled = [c for c, t in enumerate(cells) if t.strip()]
        if len(filled) == 1 and filled[0] == 0 and width > 1:  # a title or section row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    fw = load_framework(framework)
    is_label = {
        tier_cols[0]: lambda t: fw.find_tier1(t) is not None,
        tier_cols[1]: lambda t: bool(fw.tier2_owners(t)),
    }
    if label_col is not None:
        is_label[label_col] = lambda t: t == "绩效指标"
    for col, ok in is_label.items():
        r = 0
        while r < len(rows):
            if ok(_text(rows[r], col)) and _continues(rows, r + 1, col):
                end = r + 1
                while end < len(rows) and _continues(rows, end, col):
                    end += 1
                ws.merge_cells(
                    start_row=r + 1, start_column=col + 1, end_row=end, end_column=col + 1
                )
                r = end
            else:
                r += 1
    widths = {1: 18, 2: 18, 3: 40, 4: 24, 5: 24, 6: 24}
    for c, w in widths.items():
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = w
    wb.properties.creator = "goalbook examples"
    wb.properties.created = dt.datetime(2024, 1, 1)
    wb.save(dest)


def _put(ws: Any, r: int, c: int, value: object) -> None:
    """Write a value; text starting with "=" stays text (as published), never a formula."""
    cell = ws.cell(r, c, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _text(row: list[str], col: int) -> str:
    return row[col].strip() if col < len(row) else ""


def _continues(rows: list[list[str]], r: int, col: int) -> bool:
    """Row r continues the block above in column col: empty there and to its left, not blank."""
    if r >= len(rows) or not any(t.strip() for t in rows[r]):
        return False
    return all(not _text(rows[r], c) for c in range(col + 1))


def filled(source: Path, dest: Path, framework: str, kind: str, year: int, unit: str,
           money_unit: str, fields: dict[str, object]) -> None:  # fmt: skip
    """Type a seed's indicators into a goalbook template, as staff would."""
    write_template(dest, TemplateOptions(load_framework(framework), kind, year, unit,
                                         money_unit=money_unit))  # fmt: skip
    wb = openpyxl.load_workbook(dest)
    info = wb["基本信息"]
    labels = {str(info.cell(r, 1).value).split("（")[0]: r for r in range(1, info.max_row + 1)}
    for label, value in fields.items():
        _put(info, labels[label], 2, value)
    ind = wb["绩效指标"]
    headers = [c.value for c in ind[2]]
    col = {h: i + 1 for i, h in enumerate(headers)}
    row = 3
    for t1, t2, name, period, annual in _indicators(source):
        _put(ind, row, col["一级指标"], t1)
        _put(ind, row, col["二级指标"], t2)
        _put(ind, row, col["三级指标"], name)
        first = parse_target(annual or period)
        op = first.op.value if first.op and not first.op_implied else ""
        if first.kind.value == "qualitative":
            op = "定性"
        _put(ind, row, col["比较符"], op or None)
        for key, text in (("实施期指标值", period), ("年度指标值", annual)):
            if key not in col or not text:
                continue
            t = parse_target(text)
            value: object = text
            if t.number is not None and t.upper is None:
                value = float(number_text(t.number))
                if t.number == t.number.to_integral():
                    value = int(t.number)
            _put(ind, row, col[key], value)
        if first.unit:
            _put(ind, row, col["计量单位"], first.unit)
        row += 1
    wb.save(dest)


def _indicators(source: Path) -> list[list[str]]:
    """Rows of (tier1, tier2, name, period, annual): the seed as staff would type it."""
    lines = source.read_text(encoding="utf-8").splitlines()[1:]
    return [(line.split("\t") + [""] * 5)[:5] for line in lines if line.strip()]


def main() -> None:
    src = HERE / "source"
    published(
        src / "seed-000.txt", HERE / "seed-000-dongguan-department.xlsx", "nat-2021", (1, 2), 0
    )
    published(src / "seed-004.txt", HERE / "seed-004-shanghai-project.xlsx", "shanghai", (0, 1))
    filled(
        src / "filled-000.tsv", HERE / "filled-000-department.xlsx", "nat-2021", "department",
        2022, "中国共产主义青年团东莞市委员会", "万元",
        {"预算年度": 2022, "年度总体目标": "构建青年人才驿站分布格局；建设青少年帮教服务阵地；"
         "开展新生代产业工人“圆梦计划”，录取1500名以上学员。"},
    )  # fmt: skip
    filled(
        src / "filled-004.tsv", HERE / "filled-004-project.xlsx", "shanghai", "project",
        2020, "上海市青少年服务和权益保护办公室", "元",
        {"项目名称": "上海市青少年服务和权益保护工作经费", "预算年度": 2020,
         "项目属性": "常年项目", "计划开始日期": dt.datetime(2020, 1, 1),
         "计划完成日期": dt.datetime(2020, 12, 31), "项目期": 1,
         "中期资金总额": 5601000, "年度资金总额": 5601000, "上年预算额": 6224000,
         "上年预算执行数": 6224000},
    )  # fmt: skip


if __name__ == "__main__":
    main()
