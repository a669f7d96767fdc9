"""Head blocks of the 89th held-out corpus: department and unit whole-of-budget returns
(部门整体 / 单位整体) with a budget block by kind and by source, shares, key tasks and numbered
annual goals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day, pct

CN_DAY = 'yyyy"年"m"月"d"日"'


def share(part: float, total: float, fmt: str = "0.00%") -> C:
    """The share of ``part`` in ``total`` as Excel stores a typed percentage."""
    return pct(round(part / total, 4), fmt)


def amount(value: Any, fmt: str = "0.00") -> Any:
    return value if isinstance(value, C) else C(value, fmt)


def head(s: Sheet, *, title: str, width: int, dept: str, filled: Any = None,
         code: str | None = None, year_cell: Any = None, contact: str = "") -> None:  # fmt: skip
    """Title and the unit's line (name, budget code or year, fill date)."""
    s.title(title, width)
    second = ("预算年度", year_cell) if year_cell is not None else ("部门编码", code or "")
    s.row("部门（单位）名称", dept, None, second[0], second[1], None,
          merge=[(2, 3), (5, width)])  # fmt: skip
    s.row("填报日期", filled or day(2026, 12, 9, CN_DAY), None, "联系人及电话", contact,
          None, merge=[(2, 3), (5, width)])  # fmt: skip


def budget_rows(s: Sheet, *, total: Any, basic: Any, project: Any, fiscal: Any, other: Any,
                fmt: str = "0.00", shares: dict[str, Any] | None = None,
                label: str = "部门预算（万元）") -> None:  # fmt: skip
    """Block A: one line per item (金额 and 占比), by kind then by source."""
    given = dict(total=total, basic=basic, project=project, fiscal=fiscal, other=other)
    num = {k: (v.value if isinstance(v, C) else v) for k, v in given.items()}
    shares = shares or {}
    s.row(label, "项目", "金额", "占比")
    top = s.r
    for key, name, val in (("total", "资金总额", total), ("basic", "其中：基本支出", basic),
                           ("project", "项目支出", project), ("fiscal", "其中：财政拨款", fiscal),
                           ("other", "其他资金", other)):  # fmt: skip
        sh = shares.get(key) or share(num[key], num["total"])
        s.row(None, name, amount(val, fmt), sh)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def budget_line(s: Sheet, *, total: Any, fiscal: Any, other: Any, basic: Any, project: Any,
                with_shares: bool = True, fmt: str = "0.00") -> None:  # fmt: skip
    """Block B: one header line, the amounts on one line, the shares below."""
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    vals = (total, fiscal, other, basic, project)
    s.row(None, *(amount(v, fmt) for v in vals))
    if with_shares:
        num = [v.value if isinstance(v, C) else v for v in vals]
        s.row(None, pct(1, "0.00%"), share(num[1], num[0]), share(num[2], num[0]),
              share(num[3], num[0]), share(num[4], num[0]))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, width: int = 6) -> None:
    """年度重点工作任务: (名称, 内容, 金额, 目标) lines and the 金额合计 line."""
    s.row("年度重点工作任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          merge=[(5, width)])  # fmt: skip
    top = s.r
    for name, what, money_, goal in rows:
        s.row(None, name, what, amount(money_), goal, merge=[(5, width)])
    s.row(None, "金额合计", None, amount(total), None, merge=[(5, width)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goals(s: Sheet, text: str, width: int = 6, label: str = "年度总体目标") -> None:
    s.row(label, text, merge=[(2, width)])


def duty(s: Sheet, text: str, width: int = 6) -> None:
    s.row("部门职能概述", text, merge=[(2, width)])


def footer(s: Sheet, clerk: str, phone: str, head_: str) -> None:
    s.skip()
    s.row(f"填报人：{clerk}", None, f"联系电话：{phone}", None, f"单位负责人：{head_}")
