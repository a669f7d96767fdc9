"""Shared pieces of the 22nd held-out set: a workbook whose formulas carry the values Excel
cached when the office saved it, the project head and the tiered indicator table as offices
lay them out (from any column, with a spacer column where the form has one)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.variants.kit import Book, C, Sheet

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@dataclass
class FBook(Book):
    """A return whose formula cells keep the value Excel computed and cached on saving."""

    cached: dict[tuple[str, str], float] = field(default_factory=dict)

    def formula(self, s: Sheet, row: int, col: int, text: str, value: C) -> None:
        """Write ``text`` (``=SUM(B5:B6)``) at the cell with ``value`` as its cached result;
        the marks and number format of ``value`` go with the cell."""
        s.put(row, col, value)
        cell = s.ws.cell(row, col)
        cell.value = text
        cell.data_type = "f"
        self.cached[(s.name, cell.coordinate)] = value.value

    def save(self, path: Path) -> Path:
        super().save(path)
        if not self.cached:
            return path
        names = [ws.title for ws in self.wb.worksheets]
        with zipfile.ZipFile(path) as z:
            parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        for (sheet, ref), value in sorted(self.cached.items()):
            part = f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"
            xml = parts[part].decode()
            pat = re.compile(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>')
            xml, n = pat.subn(lambda m, v=value: f"{m.group(1)}<v>{v}</v>", xml)
            assert n == 1, (sheet, ref)
            parts[part] = xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data)
        return path


def head(s: Sheet, *, name: str, dept: str, unit: str, start: Any, end: Any, years: str = "1年",
         attr: str = "延续项目", col: int = 1) -> None:  # fmt: skip
    """The four key/value rows of a project head (§3.1), six columns from ``col``."""
    s.row("项目名称", name, None, "主管部门及代码", dept, None, col=col,
          merge=[(col + 1, col + 2), (col + 4, col + 5)])  # fmt: skip
    s.row("实施单位", unit, None, "项目属性", attr, None, col=col,
          merge=[(col + 1, col + 2), (col + 4, col + 5)])  # fmt: skip
    s.row("项目期", years, "计划开始日期", start, "计划完成日期", end, col=col)


def goal(s: Sheet, text: Any, label: str = "年度绩效目标", col: int = 1, width: int = 6) -> None:
    s.row(label, text, col=col, merge=[(col + 1, col + width - 1)])


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4,
               col: int = 1) -> int:  # fmt: skip
    """A header row, then the rows with tier-1 and tier-2 merged down (None continues)."""
    s.row(*head, col=col)
    return s.table(rows, merged=(1, 2), col=col)


def signature(s: Sheet, filled: Any, col: int = 1) -> None:
    s.skip()
    s.row("填表人：周岚", None, "审核人：陆文涛", None, "联系电话：0571-6938 2214", col=col)
    s.row("填报日期：", filled, col=col)
