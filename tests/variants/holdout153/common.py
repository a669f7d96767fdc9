"""What the returns of this corpus share: a workbook saved by LibreOffice or WPS (inline strings,
the application's name in docProps/app.xml), dropdown lists left on the cells, conditional
formatting, frozen panes, a print area with repeated title rows, and footers as offices leave
them."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tests.variants.kit import Book, Sheet

APPS = {
    "lo": "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e",
    "wps": "WPS Office_12.1.0.16910_F1E327BC-269C-435d-A252-1C2C6C9A4F5A",
}
TIERS1 = "产出指标,成本指标,效益指标,满意度指标"
OPS = "≥,≤,=,＞,＜,定性"


@dataclass
class OfficeBook(Book):
    """A return saved again by LibreOffice (``lo``) or WPS (``wps``): strings stored inline."""

    app: str = "lo"

    def save(self, path: Path) -> Path:
        super().save(path)
        with zipfile.ZipFile(path) as z:
            files = {n: z.read(n) for n in z.namelist()}
        app = files["docProps/app.xml"].decode()
        app = re.sub(r"<Application>.*?</Application>", f"<Application>{APPS[self.app]}"
                     "</Application>", app)  # fmt: skip
        files["docProps/app.xml"] = app.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files.items():
                z.writestr(name, data)
        return path


def dropdown(s: Sheet, col: int, first: int, last: int, choices: str) -> None:
    """A dropdown list left on a column of the table (and on the empty rows below it)."""
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    letter = get_column_letter(col)
    dv.add(f"{letter}{first}:{letter}{last + 20}")
    s.ws.add_data_validation(dv)


def dress(s: Sheet, head: int, first: int, last: int, width: int, *, value_col: int,
          op_col: int | None = None, tier_col: int | None = 1, freeze: str | None = None,
          ) -> None:  # fmt: skip
    """Frozen panes under the header, a print area with the header rows repeated on each page,
    conditional formatting on the value column and dropdowns on the tier and operator columns."""
    ws = s.ws
    ws.freeze_panes = freeze or f"D{head + 1}"
    ws.print_title_rows = f"{head}:{head if first == head + 1 else first - 1}"
    ws.print_area = f"A1:{get_column_letter(width)}{last + 3}"
    v = get_column_letter(value_col)
    red = PatternFill(start_color="FFFFC7CE", end_color="FFFFC7CE", fill_type="solid")
    ws.conditional_formatting.add(
        f"{v}{first}:{v}{last}", FormulaRule(formula=[f"LEN(TRIM({v}{first}))=0"], fill=red)
    )
    ws.conditional_formatting.add(
        f"{v}{first}:{v}{last}",
        CellIsRule(operator="greaterThan", formula=["1000000"], font=Font(color="FF9C0006")),
    )
    if tier_col:
        dropdown(s, tier_col, first, last, TIERS1)
    if op_col:
        dropdown(s, op_col, first, last, OPS)


def names3(s: Sheet, first: int, last: int, col: int = 3) -> None:
    """The indicator name merged over three columns on every row of the table."""
    for r in range(first, last + 1):
        s.ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + 2)


def footer(s: Sheet, who: str, phone: str, filled: Any, width: int = 6) -> None:
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）", merge=[(1, 2)])
    if width > 6:
        s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r, end_column=width)


def notes(s: Sheet, lines: Sequence[str], width: int) -> None:
    """A long 填报说明 above the table, one instruction a row, merged across the table."""
    s.row("填报说明：", merge=[(1, width)])
    for line in lines:
        s.row(line, merge=[(1, width)])


NOTES = (
    "1. 本表由项目实施单位填报，经主管部门审核后随部门预算一并报送财政部门。",
    "2. 项目名称、主管部门、实施单位应与预算管理一体化系统中的项目库信息一致。",
    "3. 项目资金以万元为单位，保留两位小数；年度资金总额应等于财政拨款与其他资金之和。",
    "4. 总体目标应概括项目在预算年度内预期达到的产出和效果，做到指向明确、细化量化。",
    "5. 一级指标、二级指标按下拉菜单选择，不得自行修改或删除；三级指标由单位根据项目内容设置。",
    "6. 每个二级指标下至少设置一个三级指标，三级指标应与项目支出内容紧密相关。",
    "7. 指标值应尽量量化，由比较符、数值和计量单位组成，例如“≥95%”“≤30个工作日”。",
    "8. 确实难以量化的指标可采用定性表述，但应分级分档，便于评价时判断完成程度。",
    "9. 比率类指标的计量单位为“%”，上限为100%；增长率类指标可超过100%。",
    "10. 成本指标应反映项目的单位成本或总成本控制要求，不得高于年度资金总额。",
    "11. 满意度指标一般通过问卷调查取得，目标值原则上不低于85%。",
    "12. 预算执行率不作为绩效指标填报，在绩效评价时另行计分。",
    "13. 指标值设定依据可填写计划标准、行业标准、历史标准或其他标准。",
    "14. 请勿合并或插入列，以免影响系统导入；如需说明可在备注栏填写。",
    "15. 本表一式三份，主管部门、实施单位、财政部门各执一份。",
    "16. 填报过程中如有疑问，请与本级财政部门预算绩效管理科联系。",
)
