"""Pieces shared by the returns of the 70th held-out corpus: the indicator table with an
operator and a unit column, money rows of a project head, and the lines offices leave below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, day, money

YEAR = 2027
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(v: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(v, WAN)


def project_money(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """A one-year project's money rows: 中期 and 年度 totals agree."""
    return [
        ["中期资金总额", wan(total), "年度资金总额", wan(total)],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), "其他资金", wan(other)],
    ]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEAD6,
               label: str | None = None) -> int:  # fmt: skip
    """The indicator table, tier cells merged down as offices do."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def footer(s: Sheet, who: str, phone: str, head: str = "单位负责人") -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"{head}（签字）：")
    s.row("填报单位（盖章）", None, None, None, day(YEAR - 1, 11, 18, 'yyyy"年"m"月"d"日"'))
