"""Helpers shared by the returns of the 625th held-out set (pine nuts, persimmons, a rural
logistics station in the invented 松岙县): heads with their money blocks, indicator tables with
tier-1 and tier-2 merged down, footnotes, signature lines and budget-system exports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` passes unchanged)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    (pt, pf, po), (at, af, ao) = period, annual
    return [
        ["中期资金总额", wan(pt), "年度资金总额", wan(at)],
        ["其中：财政拨款", wan(pf), "其中：财政拨款", wan(af)],
        ["其他资金", wan(po), "其他资金", wan(ao)],
    ]


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, years: int = 1, title: str | None = None,
            attr: str = "延续项目") -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, title=title, attr=attr)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = (), filled: Any = None) -> None:  # fmt: skip
    """``budget``: (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); ``tasks``: (名称, 内容,
    金额, 目标) rows, the last the 金额合计 row."""
    rows = [(n, c, wan(a), t) for n, c, a, t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=[[wan(x) for x in budget]], goal=goal,
                    tasks=rows, filled=filled)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any) -> None:
    s.row("填报人", person, "联系电话", phone, "填报日期", when)


def page_break(s: Sheet) -> None:
    s.ws.row_breaks.append(Break(id=s.r))


def export_budget(b: Book, head: Sequence[Any], lines: Sequence[Sequence[Any]]) -> Sheet:
    """Sheet 「项目支出预算05-1」 of a budget-system export: header on the third row, the
    project's line (编码, 名称, 功能分类, 资金总额, 财政拨款, 其他资金), then its detail lines
    (编码, 明细, 测算依据, 金额)."""
    s = b.sheet("项目支出预算05-1", (16, 30, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "资金总额", "其中：财政拨款", "其他资金")
    s.row(*head[:3], *(wan(x) for x in head[3:]))
    s.row("明细编码", "支出明细", "测算依据", "金额")
    for code, label, basis, amount in lines:
        s.row(code, label, basis, wan(amount))
    return s


def export_goals(b: Book, unit: str, rows: Sequence[Sequence[Any]]) -> Sheet:
    """Sheet 「项目支出绩效目标05-2」: header on the third row, code, name, goal, tier-1 and
    tier-2 merged down."""
    s = b.sheet("项目支出绩效目标05-2", (16, 24, 36, 12, 16, 28, 18))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row(f"单位名称：{unit}")
    head = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, rows, merged=(1, 2, 3, 4, 5))
    return s
