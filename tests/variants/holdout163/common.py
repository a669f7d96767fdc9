"""Helpers shared by the returns of the 163rd held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day

HEAD1 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_DEPT = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[str] = HEAD1,
               label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table with tier-1 and tier-2 merged down over their blocks."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def signature(s: Sheet, who: str, checker: str, year: int, note: str | None = None) -> None:
    """Footnote and signature lines below the table (fill date in the autumn before)."""
    s.skip()
    if note:
        s.row(note, merge=[(1, 6)])
    s.row("填报人：", who, None, "审核人：", checker)
    s.row("填报日期：", day(year - 1, 10, 28, 'yyyy"年"m"月"d"日"'))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block (万元): (支出内容, 金额, 测算依据) lines and a 合计 row."""
    s.row("项目资金明细", "支出内容", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, total, None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
