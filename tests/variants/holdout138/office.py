"""Workbooks as offices send them: a 封面 and a 填报说明 sheet, a hidden sheet of dropdown
lists, formulas that carry their cached values, accounting and custom money formats, cell
comments, frozen panes and print titles."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tests.variants.kit import Book, C, Sheet

ACC = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ '  # 会计专用
WANF = '#,##0.00"万元"'
BRK = "#,##0.00;(#,##0.00)"  # negatives in brackets
WAN4 = '0.0000"万元"'


@dataclass(frozen=True)
class FX(C):
    """A formula (``=SUM(B6:B7)``) stored with the value Excel cached when it last calculated."""

    cached: Any = None


@dataclass
class OfficeSheet(Sheet):
    cached: dict[tuple[str, str], Any] = field(default_factory=dict)

    def put(self, row: int, col: int, value: Any) -> None:
        super().put(row, col, value)
        if isinstance(value, FX):
            cell = self.ws.cell(row, col)
            cell.data_type = "f"
            self.cached[(self.name, f"{get_column_letter(col)}{row}")] = value.cached

    def note(self, row: int, col: int, text: str, author: str = "财务科") -> None:
        """A cell comment (批注) holding an explanation."""
        self.ws.cell(row, col).comment = Comment(text, author)


@dataclass
class OfficeBook(Book):
    cached: dict[tuple[str, str], Any] = field(default_factory=dict)

    def sheet(self, title: str, widths: Any = (16, 16, 30, 18, 18, 18)) -> OfficeSheet:
        s = super().sheet(title, widths)
        return OfficeSheet(s.ws, self.marks, cached=self.cached)

    def save(self, path: Path) -> Path:
        super().save(path)
        titles = [ws.title for ws in self.wb.worksheets]
        with zipfile.ZipFile(path) as z:
            files = {n: z.read(n) for n in z.namelist()}
        for (title, ref), value in self.cached.items():
            name = f"xl/worksheets/sheet{titles.index(title) + 1}.xml"
            xml = files[name].decode("utf-8")
            pat = re.compile(r'(<c r="' + ref + r'"[^>]*>)<f>(.*?)</f><v\s*/>')
            xml, n = pat.subn(lambda m, v=value: f"{m.group(1)}<f>{m.group(2)}</f><v>{v}</v>", xml)
            assert n == 1, (title, ref)
            files[name] = xml.encode("utf-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in files.items():
                z.writestr(n, data)
        return path


def cover(b: OfficeBook, title: str, unit: str, year: int, date: str) -> None:
    """A 封面 sheet: the form's name, the unit, the seal line and the date."""
    s = b.sheet("封面", (10, 40, 10))
    s.skip(5)
    s.row(None, f"{year}年度")
    s.row(None, title)
    s.skip(4)
    s.row(None, f"填报单位（盖章）：{unit}")
    s.row(None, "单位负责人：            财务负责人：")
    s.row(None, f"报送日期：{date}")


def notes(b: OfficeBook, lines: list[str]) -> None:
    """A 填报说明 sheet: numbered instructions, no table."""
    s = b.sheet("填报说明", (6, 90))
    s.row(None, "填报说明")
    for i, line in enumerate(lines, start=1):
        s.row(f"{i}.", line)


NOTES = [
    "本表金额单位为万元，保留两位小数；合计栏为公式，请勿手工改写。",
    "一级指标、二级指标请从下拉列表中选择，三级指标由单位根据项目实际填写。",
    "指标值应细化、量化，定量指标须注明计量单位；难以量化的可用定性表述。",
    "满意度类指标一般不低于85%，比率类指标不得超过100%。",
    "本表一式两份，经单位负责人签字并加盖公章后报送财政部门。",
]

TIER1 = ["产出指标", "效益指标", "满意度指标", "成本指标"]
TIER2 = [
    "数量指标",
    "质量指标",
    "时效指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
]


def lists(b: OfficeBook, target: OfficeSheet | None = None, rows: str = "") -> None:
    """A hidden sheet of dropdown lists; ``rows`` (``A8:B30``) gets the tier dropdowns."""
    s = b.sheet("下拉选项", (16, 20, 10))
    s.row("一级", "二级", "比较符")
    ops = ["≥", "≤", "=", ">", "<", "定性"]
    for i in range(max(len(TIER1), len(TIER2), len(ops))):
        s.row(
            TIER1[i] if i < len(TIER1) else None,
            TIER2[i] if i < len(TIER2) else None,
            ops[i] if i < len(ops) else None,
        )
    s.ws.sheet_state = "hidden"
    if target is not None and rows:
        first, last = rows.split(":")
        one = DataValidation(type="list", formula1=f"=下拉选项!$A$2:$A${len(TIER1) + 1}")
        two = DataValidation(type="list", formula1=f"=下拉选项!$B$2:$B${len(TIER2) + 1}")
        target.ws.add_data_validation(one)
        target.ws.add_data_validation(two)
        r1 = re.sub(r"\D", "", first)
        r2 = re.sub(r"\D", "", last)
        c1 = re.sub(r"\d", "", first)
        c2 = chr(ord(c1) + 1)
        one.add(f"{c1}{r1}:{c1}{r2}")
        two.add(f"{c2}{r1}:{c2}{r2}")


def frame(s: OfficeSheet, header_rows: str, freeze: str) -> None:
    """Print titles and frozen panes as offices set them."""
    s.ws.print_title_rows = header_rows
    s.ws.freeze_panes = freeze


def sign(s: OfficeSheet, who: str, phone: str, date: str) -> None:
    s.skip(1)
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row("单位负责人（签字）：", None, "（单位公章）")
