"""Helpers shared by the returns of the 244th held-out set: cover and instruction sheets,
headers over two rows, note rows inside a table, money blocks with 测算依据."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
LIST = ("序号", "单位名称", "项目名称", "项目资金（万元）", "其中：财政拨款", "其他资金")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def cover(b: Book, lines: Sequence[Any], title: str = "封面") -> Sheet:
    """A cover sheet: a few centred lines, nothing else."""
    s = b.sheet(title, (70,))
    s.skip(3)
    for line in lines:
        r = s.row(line)
        s.ws.cell(r, 1).alignment = Alignment(horizontal="center")
        s.skip()
    return s


def instructions(b: Book, items: Sequence[str], title: str = "填表说明") -> Sheet:
    """An instructions sheet: a heading and numbered paragraphs."""
    s = b.sheet(title, (90,))
    s.row(title)
    for item in items:
        s.row(item)
    return s


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction row merged across the table."""
    return s.row(text, merge=[(1, width)])


def head2(s: Sheet, top: Sequence[Any], sub: Sequence[Any]) -> None:
    """A header over two rows: a label with None under it is merged down, a label with None
    beside it (and sub-labels under those) is merged across."""
    r1 = s.row(*top)
    r2 = s.row(*sub)
    n = len(top)
    for i in range(n):
        if top[i] is None:
            continue
        if sub[i] is None:
            s.ws.merge_cells(start_row=r1, start_column=i + 1, end_row=r2, end_column=i + 1)
            continue
        j = i
        while j + 1 < n and top[j + 1] is None and sub[j + 1] is not None:
            j += 1
        if j > i:
            s.ws.merge_cells(start_row=r1, start_column=i + 1, end_row=r1, end_column=j + 1)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under a one-row header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A money block: (支出内容, 金额, 测算依据) lines and their 合计 row."""
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, amount, basis, None, None, merge=[(4, 6)])
    s.row(None, "合计", total, None, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str, filled: str = "") -> None:
    """A blank line and the signature line below a table (with a 填报日期 when given)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled:
        s.row(f"填报日期：{filled}")


def stacked(s: Sheet, title: str | None, name: str, unit: str, funds: Sequence[Sequence[
        Any]], goal: str | Sequence[str], rows: Sequence[Sequence[Any]], dept: str,
        header: Sequence[str] = ONE, **kw: Any) -> None:  # fmt: skip
    """One project: its title (None: the default), head block (``goal`` one text, or the
    中期 and 年度 texts), indicators and a blank row (a stacked project starts below)."""
    goals = [goal] if isinstance(goal, str) else list(goal)
    project_head(s, year=2026, name=name, dept=dept, unit=unit, money=funds, goals=goals,
                 title=title, **kw)  # fmt: skip
    indicators(s, header, rows)
    s.skip()


def summary(s: Sheet, title: str, lines: Sequence[Sequence[Any]], total: Sequence[Any]) -> None:
    """A 汇总 sheet: the units' projects and their money, then the 合计 row."""
    s.title(title, 6)
    s.row(*LIST)
    for i, line in enumerate(lines, start=1):
        s.row(i, *line)
    s.row("合计", None, None, *total, merge=[(1, 3)])
