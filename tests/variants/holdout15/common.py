"""What the returns of the fifteenth held-out set share: totals written as ``=SUM`` formulas
with the value Excel caches when it saves, the head of a 中央对地方转移支付区域绩效目标表, and
the sign-off lines offices put under a table."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk


@dataclass
class FBook(Book):
    """A return whose totals are formulas; Excel and WPS store each formula with the value it
    computed (``<f>SUM(C6:C8)</f><v>86420</v>``), which openpyxl alone does not write."""

    cached: dict[tuple[str, str], float] = field(default_factory=dict)

    def formula(self, s: Sheet, row: int, col: int, text: str, value: float) -> None:
        """Turn the cell at (row, col) into ``text`` (``=SUM(...)``) caching ``value``."""
        cell = s.ws.cell(row, col)
        cell.value = text
        self.cached[(s.name, cell.coordinate)] = value

    def save(self, path: Path) -> Path:
        super().save(path)
        if self.cached:
            _cache_values(path, self.wb.sheetnames, self.cached)
        return path


def _cache_values(path: Path, sheets: list[str], cached: dict[tuple[str, str], float]) -> None:
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info)) for info in z.infolist()]
    out = []
    for info, data in entries:
        for (sheet, ref), value in cached.items():
            if info.filename != f"xl/worksheets/sheet{sheets.index(sheet) + 1}.xml":
                continue
            pattern = rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>'
            text = f"{value:.15g}"
            data, n = re.subn(pattern.encode(), rb"\1<v>" + text.encode() + b"</v>", data)
            assert n == 1, (sheet, ref)
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info, data)


def regional_head(s: Sheet, *, year: str, name: str, central: str, local: str,
                  money: Sequence[Sequence[Any]], goals: Sequence[Any], width: int = 6,
                  money_label: str = "资金情况（万元）", goal_label: str = "年度总体目标",
                  ) -> int:  # fmt: skip
    """The head of a 中央对地方转移支付区域绩效目标表: title, (year) line, programme, the
    central and local departments, the money by level (rows of label, value[, value]) and the
    goal rows (one text each, or (label, text) pairs). Returns the first money row."""
    s.title("中央对地方转移支付区域绩效目标表", width)
    s.row(f"（{year}）", merge=[(1, width)])
    s.ws.cell(s.r, 1).alignment = Alignment(horizontal="center")
    s.row("转移支付（项目）名称", name, merge=[(2, width)])
    s.row("中央主管部门", central, None, "地方主管部门", local, merge=[(2, 3), (5, width)])
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    first = s.r + 1
    for g in goals:
        if isinstance(g, tuple):
            s.row(goal_label if s.r + 1 == first else None, g[0], g[1],
                  merge=[(3, width)])  # fmt: skip
        else:
            s.row(goal_label if s.r + 1 == first else None, g, merge=[(2, width)])
    if len(goals) > 1:
        s.ws.merge_cells(start_row=first, start_column=1, end_row=s.r, end_column=1)
    return top


def sign_off(s: Sheet, *, year: int, month: int, date: int, who: str, checker: str,
             phone: str, col: int = 1) -> None:  # fmt: skip
    """The lines under a table: 填表人, 审核人, 联系电话, 填报日期 (a date cell)."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", day(year, month, date, CN_DATE), col=col)


def shrug(value: Any, note: str) -> C:
    """A value a careful reviewer finds right but would not argue over a warning about: any
    finding on its row is tolerated up to a warning, none is asked for."""
    return mk(value, "*", "warning", required=False, row=True, note=note)


def vmerge(s: Sheet, cols: Sequence[int], first: int, last: int) -> None:
    """Merge each column of ``cols`` down from row ``first`` to ``last`` (a two-line head)."""
    for c in cols:
        s.ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
