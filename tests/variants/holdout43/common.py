"""Pieces the returns of the 43rd held-out set share: a project head that may start in any
column, instruction sheets and blocks, dropdown-list sheets, signature lines and print setup,
written the way offices leave them in Excel and WPS."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from tests.variants.kit import Book, Sheet, day

NAT = (
    ("产出指标", ("数量指标", "质量指标", "时效指标")),
    ("成本指标", ("经济成本指标", "社会成本指标", "生态环境成本指标")),
    ("效益指标", ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
    ("满意度指标", ("服务对象满意度指标",)),
)
OLD = (
    ("产出指标", ("数量指标", "质量指标", "时效指标", "成本指标")),
    ("效益指标", ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
    ("满意度指标", ("服务对象满意度指标",)),
)

RULES = (
    "一、本表由项目实施单位填报，经主管部门审核后报送财政局预算科，同时报送电子版。",
    "二、金额单位为万元，保留两位小数；资金总额=财政拨款+其他资金。",
    "三、绩效指标按一级指标、二级指标、三级指标逐级填列：一级、二级指标从下拉列表中选择，"
    "三级指标由单位根据项目内容自行设置，每个二级指标下至少设置一个三级指标。",
    "四、指标值应细化、量化：定量指标写明比较符、数值和计量单位（如：≥95%、≤30个工作日、"
    "≥1200人次）；确实无法量化的，可用定性表述（如：良好、有效提升、持续改善）。",
    "五、比率类指标以百分比表示；满意度指标原则上不低于85%。",
    "六、多年期项目须分别填写中期指标值和年度指标值，年度指标值应体现当年工作量。",
    "七、成本指标应反映项目单位成本或总成本控制要求，不得简单照抄预算金额。",
    "八、本表须经单位负责人审签并加盖公章，纸质版一式两份。",
)


def at(col: int, *spans: tuple[int, int]) -> list[tuple[int, int]]:
    """Column spans given relative to the table's first column ``col`` as absolute spans."""
    return [(col + a - 1, col + b - 1) for a, b in spans]


def title(s: Sheet, text: str, col: int, width: int) -> int:
    """A title merged across the table that starts in column ``col``."""
    r = s.row(text, col=col, merge=at(col, (1, width)))
    s.ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="center")
    return r


def note(s: Sheet, text: Any, col: int, width: int) -> int:
    """A line of text merged across the table (instructions, 注, captions)."""
    r = s.row(text, col=col, merge=at(col, (1, width)))
    s.ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def project_head(s: Sheet, *, col: int, year: int, name: str, dept: str, unit: str,
                 money: Sequence[Sequence[Any]], goals: Sequence[Any], years: int = 1,
                 attr: str = "延续项目", start: Any = None, end: Any = None,
                 money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A six-column project head from column ``col`` (the title is written by the caller).
    ``money``: rows of (label, value, label, value); ``goals``: (年度目标,) or (中期, 年度)."""
    s.row("项目名称", name, None, "主管部门及代码", dept, col=col, merge=at(col, (2, 3), (5, 6)))
    s.row("实施单位", unit, None, "项目属性", attr, col=col, merge=at(col, (2, 3), (5, 6)))
    s.row("项目期", f"{years}年", "计划开始日期", start or day(year, 1, 1), "计划完成日期",
          end or day(year + years - 1, 12, 31), col=col)  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line, col=col)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row("总体目标", span, None, "年度目标", None, None, col=col,
              merge=at(col, (2, 3), (4, 6)))  # fmt: skip
        s.row(None, goals[0], None, goals[1], col=col, merge=at(col, (2, 3), (4, 6)))
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
        s.ws.row_dimensions[s.r].height = 150
    else:
        s.row("年度绩效目标", goals[0], col=col, merge=at(col, (2, 6)))
        s.ws.row_dimensions[s.r].height = 90


def instructions(book: Book, lines: Sequence[Any] = RULES, name: str = "填报说明") -> Sheet:
    """A first sheet holding only the office's filling instructions."""
    s = book.sheet(name, widths=(110,))
    s.row("填报说明")
    s.ws.cell(s.r, 1).alignment = Alignment(horizontal="center")
    for line in lines:
        s.row(line)
        s.ws.cell(s.r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    return s


def lists_sheet(book: Book, tiers: Sequence[tuple[str, Sequence[str]]] = NAT,
                name: str = "下拉选项", hidden: bool = False) -> Sheet:  # fmt: skip
    """The sheet the dropdowns point at: one column of tier-1 labels, one column of tier-2
    labels per tier-1 (headed by it), then operators and units."""
    s = book.sheet(name, widths=(14, 16, 16, 16, 16, 10, 10))
    ops = ("≥", "≤", "=", ">", "<", "定性")
    units = ("%", "人", "人次", "个", "次", "万元", "元", "天", "工作日")
    head = ("一级指标", *(t1 for t1, _ in tiers), "比较符", "计量单位")
    s.row(*head)
    depth = max(len(tiers), *(len(t2) for _, t2 in tiers), len(ops), len(units))
    for i in range(depth):
        cells: list[Any] = [tiers[i][0] if i < len(tiers) else None]
        cells += [t2[i] if i < len(t2) else None for _, t2 in tiers]
        cells += [ops[i] if i < len(ops) else None, units[i] if i < len(units) else None]
        s.row(*cells)
    if hidden:
        s.ws.sheet_state = "hidden"
    return s


def signature(s: Sheet, col: int, *, who: str, checker: str, phone: str, filled: Any) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row(f"填表人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期：",
                 filled, col=col)  # fmt: skip


def print_setup(s: Sheet, *, col: int, width: int, first: int, header: tuple[int, int],
                freeze: str | None = None, breaks: Sequence[int] = ()) -> None:  # fmt: skip
    """A4 print area from row ``first`` to the last row written, repeated header rows, frozen
    panes and manual page breaks, as a careful sender leaves them."""
    last = get_column_letter(col + width - 1)
    s.ws.print_area = f"{get_column_letter(col)}{first}:{last}{s.r}"
    s.ws.print_title_rows = f"{header[0]}:{header[1]}"
    s.ws.page_setup.orientation = "landscape"
    s.ws.page_setup.paperSize = s.ws.PAPERSIZE_A4
    s.ws.page_setup.fitToWidth = 1
    s.ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    s.ws.page_setup.fitToHeight = 0
    if freeze:
        s.ws.freeze_panes = freeze
    for r in breaks:
        s.ws.row_breaks.append(Break(id=r))


def hide(s: Sheet, *cols: int) -> None:
    """Columns the sender hid (their content stays in the file)."""
    for c in cols:
        s.ws.column_dimensions[get_column_letter(c)].hidden = True


def widths(s: Sheet, col: int, values: Sequence[float]) -> None:
    for i, w in enumerate(values):
        s.ws.column_dimensions[get_column_letter(col + i)].width = w
