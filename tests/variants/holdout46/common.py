"""Pieces the system exports of the 46th held-out set share: a key/value project head as the
budget systems print it, indicator rows with 指标编码, and the system footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

SPLIT = ("指标编码", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


def system_head(s: Sheet, *, title: str, name: str, code: str, dept: str, unit: str,
                money: Sequence[Any], goal: Any, attr: str = "延续项目", period: str = "1年",
                col: int = 1, width: int = 8) -> None:  # fmt: skip
    """A head as a budget system prints it: title merged across, key/value pairs, one money line
    (资金总额, 财政拨款, 其他资金) and the 年度绩效目标 merged across."""
    s.row(title, merge=[(col, col + width - 1)], col=col)
    s.row("项目名称", name, None, None, "项目编码", code, None, None, col=col,
          merge=[(col + 1, col + 3), (col + 5, col + width - 1)])  # fmt: skip
    s.row("主管部门", dept, None, None, "实施单位", unit, None, None, col=col,
          merge=[(col + 1, col + 3), (col + 5, col + width - 1)])  # fmt: skip
    s.row("项目属性", attr, None, None, "项目期", period, None, None, col=col,
          merge=[(col + 1, col + 3), (col + 5, col + width - 1)])  # fmt: skip
    s.row("资金总额（万元）", money[0], "其中：财政拨款", money[1], "其他资金", money[2], col=col)
    s.row("年度绩效目标", goal, merge=[(col + 1, col + width - 1)], col=col)


def coded(rows: Sequence[Sequence[Any]], prefix: str = "") -> list[list[Any]]:
    """Indicator rows (一级, 二级, 三级, …) with a 指标编码 in front, numbered as a system does."""
    out: list[list[Any]] = []
    seen: dict[Any, int] = {}
    for i, r in enumerate(rows, start=1):
        seen[r[0]] = seen.get(r[0], len(seen) + 1)
        out.append([f"{prefix}{seen[r[0]]:02d}{i:04d}", *r])
    return out


def footer(s: Sheet, printed: str, page: str = "第1页 共1页", col: int = 1) -> None:
    """The footer lines a system prints under the table."""
    s.skip()
    s.row(f"打印时间：{printed}", None, None, None, None, page, col=col)
