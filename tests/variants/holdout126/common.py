"""Head blocks of the 126th held-out corpus: small units' 部门整体 returns whose budget is split
into 基本支出 (人员经费, 公用经费) and 项目支出, with shares beside the amounts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day, pct

YEAR = 2027


def share(part: float, total: float) -> C:
    """A share as Excel stores it, rounded to two decimals of a percent."""
    return pct(round(part / total, 4), "0.00%")


def check_shares(total: float, *parts: float) -> None:
    assert abs(sum(round(p / total, 4) for p in parts) - 1) < 1e-9, parts


def unit_head(s: Sheet, *, title: str, dept: str, width: int, code: str = "",
              filled: Any = None, contact: str = "") -> None:  # fmt: skip
    s.title(title, width)
    s.row("单位名称", dept, None, "单位编码", code or "—", None, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled or day(YEAR - 1, 11, 18), None, "填报人及电话", contact or "—",
          None, merge=[(2, 3), (5, 6)])  # fmt: skip


def budget_list(s: Sheet, *, total: Any, fin: Any, other: Any, basic: Any, staff: Any,
                public: Any, proj: Any, raw: Sequence[float], fmt: str = "0.00",
                share_marks: dict[str, C] | None = None) -> None:  # fmt: skip
    """A budget block as label | amount | share rows; ``raw`` = (total, fin, other, basic,
    staff, public, proj) as numbers for the shares."""
    t, f, o, b, st, pu, p = raw
    check_shares(t, f, o)
    check_shares(t, b, p)
    check_shares(b, st, pu)
    sm = share_marks or {}

    def cell(v: Any) -> Any:
        return v if isinstance(v, C) else C(v, fmt)

    s.row("年度预算（万元）", "项目", "金额", "占比", "说明", None, merge=[(5, 6)])
    top = s.r
    s.row(
        None, "资金总额", cell(total), pct(1, "0.00%"), "财政拨款＋其他资金", None, merge=[(5, 6)]
    )
    s.row(None, "其中：财政拨款", cell(fin), sm.get("fin", share(f, t)), "一般公共预算", None,
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "其他资金", cell(other), sm.get("other", share(o, t)), "事业收入等", None,
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "基本支出", cell(basic), sm.get("basic", share(b, t)), "人员经费＋公用经费", None,
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "　其中：人员经费", cell(staff), share(st, b), "占基本支出", None, merge=[(5, 6)])
    s.row(None, "　　　　公用经费", cell(public), share(pu, b), "占基本支出", None, merge=[(5, 6)])
    s.row(None, "项目支出", cell(proj), sm.get("proj", share(p, t)), "年度主要任务", None,
          merge=[(5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, label: str = "年度主要任务",
          fmt: str = "0.00") -> None:  # fmt: skip
    """Task rows (名称, 内容, 金额, 目标) and the 金额合计 row."""
    s.row(label, "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for name, what, amount, goal in rows:
        a = amount if isinstance(amount, C) else C(amount, fmt)
        s.row(None, name, what, a, goal, None, merge=[(5, 6)])
    t = total if isinstance(total, C) else C(total, fmt)
    s.row(None, "金额合计", None, t, None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goal(s: Sheet, text: str, width: int = 6, label: str = "年度总体目标") -> None:
    s.row(label, text, merge=[(2, width)])


def footer(s: Sheet, *lines: str, width: int = 6) -> None:
    s.skip()
    for line in lines:
        s.row(line, merge=[(1, width)])
